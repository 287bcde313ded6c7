// Indonesian stemmer: confix stripping (Nazief-Adriani / Enhanced Confix
// Stripping, Asian et al. 2007, with Arifin's precedence adjustment and
// suffix backtracking) where a candidate counts only when it is a root in
// the dictionary.
//
// The dictionary is hunspell-id's id_ID.dic (its entries, the word before
// each '/') plus data/roots-extra.txt for roots it lacks. Because id_ID.dic
// also lists many derived forms as entries (belajar, pelajar, besaran), an
// entry does not stop stripping when a prefix or loanword suffix leads to a
// shorter root; and where confix stripping finds nothing, hunspell's own
// affix engine (libhunspell, reading id_ID.aff) is asked for the root.
// Names of regions and provinces are protected ("Bekasi" is not "bekas").
//
// Thread-safety: StemmerData is immutable after load() except for the
// hunspell handle and the shared stem cache, each behind its own lock.
// IndonesianStemmer adds a per-instance cache in front: one per thread.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "jipp/status.h"

class Hunspell;

namespace jipp {

class StemmerData {
 public:
  // `dic_path` is id_ID.dic (its .aff beside it); `extra_roots` and
  // `protected_words` are added to the dictionary and the protected set.
  static Result<std::shared_ptr<StemmerData>> load(
      const std::string& dic_path, const std::vector<std::string>& extra_roots,
      const std::vector<std::string>& protected_words);
  ~StemmerData();

  // Is `w` (lower case, hyphens removed) a dictionary root?
  bool is_root(std::string_view w) const { return roots_.count(std::string(w)) > 0; }
  bool is_protected(std::string_view w) const {
    return protected_.count(std::string(w)) > 0;
  }
  // The dictionary's spelling of a joined compound ("bolakbalik" ->
  // "bolak-balik"), or `w` itself.
  std::string display(const std::string& w) const;
  // Is the hyphenated form (parts joined with '-') a dictionary entry?
  bool is_compound_entry(const std::string& hyphenated) const {
    return compounds_.count(hyphenated) > 0;
  }

  // The root of one lower-case word without hyphens. Uncached.
  std::string stem(const std::string& word) const;

  // The index term for a root: spelling variants and single-word synonyms
  // share one term (ijin -> izin, ktpel -> ektp). Identity for most roots.
  const std::string& canonical(const std::string& root) const {
    auto it = variants_.find(root);
    return it == variants_.end() ? root : it->second;
  }
  // canonical(stem(word)) through a cache shared by every thread: a new
  // worker thread, or one that reopened the index, starts warm. Thread-safe.
  std::string cached_term(const std::string& word) const;

  // Used while loading synonyms only: makes `root` index as `canonical`.
  void add_variant(const std::string& root, const std::string& canonical_root) {
    if (root != canonical_root) variants_.emplace(root, canonical_root);
  }

  size_t root_count() const { return roots_.size(); }

 private:
  StemmerData() = default;
  std::vector<std::string> hunspell_stems(const std::string& word) const;
  std::string ecs(const std::string& word) const;
  std::string entry_root(const std::string& word) const;
  void collect_prefixed(const std::string& w, const std::string& suffix, int depth,
                        const char* prev, std::vector<std::string>* out) const;
  std::string choose(const std::string& word, const std::vector<std::string>& candidates) const;

  std::unordered_set<std::string> roots_;
  std::unordered_set<std::string> protected_;
  std::unordered_set<std::string> compounds_;               // "kupu-kupu"
  std::unordered_map<std::string, std::string> display_;   // "kupukupu" -> "kupu-kupu"
  std::unordered_map<std::string, std::string> variants_;  // root -> canonical root
  std::unordered_map<std::string, uint16_t> flags_;         // root -> affix classes
  size_t productivity(const std::string& root) const;
  mutable std::mutex hunspell_mutex_;
  mutable std::shared_mutex shared_cache_mu_;
  mutable std::unordered_map<std::string, std::string> shared_cache_;  // guarded
  std::unique_ptr<Hunspell> hunspell_;
};

// The Xapian adapter: TermGenerator and QueryParser call operator() for
// every word they stem; it returns the canonical root, so spelling
// variants and single-word synonyms meet in one term. Caches results; not
// thread-safe.
class IndonesianStemmer : public Xapian::StemImplementation {
 public:
  explicit IndonesianStemmer(std::shared_ptr<const StemmerData> data)
      : data_(std::move(data)) {}
  std::string operator()(const std::string& word) override;
  std::string get_description() const override { return "jipp-indonesian"; }

 private:
  std::shared_ptr<const StemmerData> data_;
  std::unordered_map<std::string, std::string> cache_;
};

}  // namespace jipp
