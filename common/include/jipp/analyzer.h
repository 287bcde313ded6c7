// Analyzer: turns Indonesian text into the words Xapian indexes and
// searches. Used unchanged by the indexer and by searchd's query builder: a
// term is only findable if both sides produce it the same way.
//
// The pipeline: tokenize() (ICU normalisation and segmentation) -> one index
// word per token (reduplication resolved, hyphenated acronyms joined:
// "anak-anak" -> "anak", "e-KTP" -> "ektp") -> Xapian's TermGenerator or
// QueryParser, which call our stemmer (a Xapian::StemImplementation) and
// stop-word list (a Xapian::Stopper). Because the words handed to Xapian are
// plain letters and digits, Xapian's own tokenizer splits them identically
// on both sides, and phrases, boolean operators, field prefixes and
// wildcards keep working.
//
// Thread-safety: an Analyzer is immutable after load() and may be shared;
// each thread asks make_stem() for its own stemmer (it holds a cache).
#pragma once

#include <xapian.h>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "jipp/status.h"
#include "jipp/stemmer.h"

namespace jipp {

struct AnalyzerOptions {
  std::string data_dir;     // stopwords-id.txt, synonyms.tsv, roots-extra.txt, regions.tsv
  std::string hunspell_dic; // id_ID.dic of the hunspell-id package
};

// One token as the debugging view shows it.
struct AnalyzedToken {
  std::string token;       // as written
  std::string normalized;  // the index word
  std::string stem;        // the stemmed index term (without Xapian's Z prefix)
  bool stopword = false;
  std::vector<std::string> synonyms;
};

class Analyzer {
 public:
  static Result<std::shared_ptr<const Analyzer>> load(const AnalyzerOptions& options);

  // Index side: the words of `text`, separated by single spaces.
  std::string index_text(std::string_view text) const;

  // Query side: `query` with every word replaced by its index word and the
  // query syntax (quotes, + - ( ) : *, AND OR NOT in capitals) kept.
  std::string query_text(std::string_view query) const;

  // A new stemmer for the calling thread.
  Xapian::Stem make_stem() const;

  // The stop-word list (owned by the Analyzer; never released to Xapian).
  const Xapian::Stopper* stopper() const { return stopper_.get(); }
  bool is_stopword(const std::string& word) const { return (*stopper_)(word); }

  // The root of one word as the stemming evaluation scores it: the whole
  // per-word pipeline (clitics, reduplication, confix stripping), spelled
  // as the dictionary spells it ("bolak-balik").
  std::string root(std::string_view word) const;

  // Token-by-token view for `indexer analyze`.
  std::vector<AnalyzedToken> analyze(std::string_view text) const;

  // Index side of the synonyms (data/synonyms.tsv): the canonical words of
  // the multiword forms found in `words` (output of index_text), e.g.
  // "pusat kesehatan masyarakat" -> "puskesmas", space-separated. Indexing
  // them makes an acronym query find records that only spell it out.
  std::string synonym_additions(const std::string& words) const;

  // Query side: (key, value) pairs for Xapian::WritableDatabase::add_synonym,
  // mapping each multiword form to its canonical stemmed term, so
  // QueryParser's FLAG_AUTO_MULTIWORD_SYNONYMS finds records that only use
  // the acronym. Single-word forms need no entry: the stemmer maps them to
  // one term (see StemmerData::canonical).
  std::vector<std::pair<std::string, std::string>> xapian_synonyms() const;

  // Stable digest of the linguistic data, stored in the index so searchd can
  // tell when it runs with data other than the index was built with.
  const std::string& fingerprint() const { return fingerprint_; }

  const StemmerData& stemmer_data() const { return *stemmer_data_; }

 private:
  Analyzer() = default;
  std::string word_for(const struct Token& token) const;

  Status load_synonyms(const std::string& path, StemmerData* data, uint64_t* hash);

  struct Multiword {
    std::vector<std::string> words;
    std::string canonical;
  };
  std::shared_ptr<const StemmerData> stemmer_data_;
  // First word -> multiword forms starting with it, longest first.
  std::unordered_map<std::string, std::vector<Multiword>> multiword_;
  // Normalised single word -> the other forms of its groups, for analyze().
  std::unordered_map<std::string, std::vector<std::string>> word_synonyms_;
  std::unique_ptr<Xapian::SimpleStopper> stopper_;
  std::string fingerprint_;
};

}  // namespace jipp
