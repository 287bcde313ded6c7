#include "speed/inproc.h"

#include <chrono>

#include "jipp/analyzer.h"
#include "jipp/facet_normalizer.h"

namespace jipp::bench::speed {

searchd::SearchRequest to_search_request(const BenchQuery& q, searchd::MatchMode match,
                                         bool facets) {
  searchd::SearchRequest req;
  req.q = q.text;
  req.per_page = 10;
  req.match = match;
  for (const BenchFilter& f : q.filters) req.filters[f.name].push_back(f.value);
  if (!facets) req.facets.clear();
  return req;
}

Result<std::unique_ptr<InprocEngine>> InprocEngine::open(const std::string& index_dir,
                                                         const std::string& data_dir,
                                                         const std::string& hunspell_dic,
                                                         searchd::FacetMethod method) {
  auto analyzer = Analyzer::load({data_dir, hunspell_dic});
  if (!analyzer.is_ok()) return analyzer.status();
  auto normalizer = FacetNormalizer::load(data_dir);
  if (!normalizer.is_ok()) return normalizer.status();
  auto svc = std::make_unique<searchd::SearchService>(index_dir, *analyzer, *normalizer, method);
  const auto t0 = std::chrono::steady_clock::now();
  if (Status s = svc->reload(); !s.is_ok()) return s;
  if (Status s = svc->check_open(); !s.is_ok()) return s;
  std::unique_ptr<InprocEngine> engine(new InprocEngine(std::move(svc)));
  engine->reload_seconds_ =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  return engine;
}

Result<QueryOutcome> InprocEngine::query(const BenchQuery& q, searchd::MatchMode match,
                                         bool facets) const {
  auto resp = svc_->search(to_search_request(q, match, facets));
  if (!resp.is_ok()) return resp.status();
  return QueryOutcome{static_cast<int64_t>(resp->total)};
}

}  // namespace jipp::bench::speed
