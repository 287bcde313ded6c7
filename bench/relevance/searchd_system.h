// SearchdSystem ("jippnas"): the project under test, run as in production.
// prepare() runs the real `indexer build` into <out>/index and starts the
// real searchd on a free loopback port; search() sends what a portal sends:
//   GET /v1/search?q=<query>&per_page=<k>&province=...&year=...
// (every value URL-encoded, filters as repeated parameters) and takes the
// ids of "hits". shutdown() stops searchd with SIGTERM.
// Thread-safety: one thread.
// Not for analysing results: ids only.
#pragma once

#include <memory>
#include <string>

#include "common/index_build.h"
#include "common/searchd_instance.h"
#include "relevance/system.h"

namespace httplib {
class Client;
}

namespace jipp::bench::relevance {

inline constexpr const char* kSearchdSystemName = "jippnas";

struct SearchdSystemOptions {
  std::string indexer;
  std::string searchd;
  std::string index_dir;
};

// encodeURIComponent: everything but A-Z a-z 0-9 - _ . ! ~ * ' ( ) as %XX
// of its UTF-8 bytes.
std::string url_encode(std::string_view s);

// "/v1/search?q=...&per_page=k&<filters>" for `query`.
std::string search_target(const EvalQuery& query, size_t k);

// The first `n` "file:line: error: ..." lines of the indexer's output,
// indented, for messages about rejected records.
std::string first_errors(const std::string& indexer_output, size_t n);

class SearchdSystem : public RetrievalSystem {
 public:
  explicit SearchdSystem(SearchdSystemOptions options);
  ~SearchdSystem() override;

  std::string name() const override { return kSearchdSystemName; }
  Status prepare(const Corpus& corpus) override;
  Result<std::vector<std::string>> search(const EvalQuery& query, size_t k) override;
  Status shutdown() override;
  nlohmann::ordered_json info() const override;

  // The indexer's report, for the caller's summary line.
  const IndexBuildResult& build() const { return build_; }

 private:
  SearchdSystemOptions options_;
  IndexBuildResult build_;
  std::unique_ptr<SearchdInstance> searchd_;
  std::unique_ptr<httplib::Client> client_;
  int exit_code_ = -1;
};

}  // namespace jipp::bench::relevance
