// Plots: the data files and variables the gnuplot scripts in bench/report/
// draw docs/benchmarks/*.png from (latency.gp, http.gp, scale.gp,
// indexing.gp). Writes into `dir`:
//   vars.gp        footer (machine, date, command, commit), sizes, headline,
//                  scale_method (the scale curve's facet method, for its title)
//   latency.dat    per engine/work: match=all p50 p99, match=any p50 p99 (headline size)
//   http-N.dat     per connection count: requests/s p50 p99 (match=any)
//   scale.dat      records, in-process p50 p99 (searchd's default method, any), index MB
//   indexing.dat   per size: records/s of indexer, --shards 2, SQLite, PostgreSQL
// Thread-safety: writes files only.
#pragma once

#include <string>
#include <vector>

#include "report/results.h"

namespace jipp::bench::report {

// The footer every figure carries: "2 CPUs (AMD EPYC), 23.5 GiB RAM |
// 2025-01-01 (commit abc1234) | bench/run".
std::string figure_footer(const std::vector<SizeResults>& results);

// false when a file cannot be written (the message in *error).
bool write_plot_data(const std::vector<SizeResults>& results, uint64_t headline_records,
                     const std::string& dir, std::string* error);

}  // namespace jipp::bench::report
