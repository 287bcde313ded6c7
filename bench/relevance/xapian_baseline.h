// XapianBaseline ("xapian-snowball"): what Xapian gives with no project code,
// the reference point for searchd's own analysis. An in-memory database;
// title, summary, description and agency indexed by TermGenerator with
// Xapian's built-in Snowball "indonesian" stemmer (STEM_SOME, no stop
// words); BM25 with default parameters; queries parsed by QueryParser with
// the same stemmer and OP_OR; filters as boolean terms (prefix + folded
// value, see filter_key()).
// Thread-safety: one thread.
#pragma once

#include <memory>

#include <xapian.h>

#include "relevance/system.h"

namespace jipp::bench::relevance {

inline constexpr const char* kXapianBaselineName = "xapian-snowball";

class XapianBaseline : public RetrievalSystem {
 public:
  XapianBaseline();
  std::string name() const override { return kXapianBaselineName; }
  Status prepare(const Corpus& corpus) override;
  Result<std::vector<std::string>> search(const EvalQuery& query, size_t k) override;
  nlohmann::ordered_json info() const override;

 private:
  Xapian::WritableDatabase db_;
  Xapian::QueryParser qp_;
  size_t parse_fallbacks_ = 0;  // queries re-parsed as plain words after a syntax error
};

}  // namespace jipp::bench::relevance
