// Markdown: docs/benchmarks.md from the speed benchmark's results: the runs
// and machine, the targets with their measured numbers and verdicts, query
// latency (with searchd/peer and HTTP/in-process ratios in the same table),
// HTTP throughput, indexing, the scale curve, memory, result agreement, the
// slowest queries, how each peer was configured, and the reference figures.
// Thread-safety: pure function of its inputs.
// Not for measuring (bench/speed) or drawing (plots.h, gnuplot).
#pragma once

#include <string>
#include <vector>

#include "report/results.h"

namespace jipp::bench::report {

struct ReportOptions {
  std::string plots_rel_dir = "benchmarks";  // the PNGs, relative to the report
  std::string notes;                          // hand-written notes, appended verbatim
  uint64_t headline_records = 100000;         // the size the targets are judged at
  uint64_t large_records = 1000000;           // the size of the 1M targets
};

std::string render_markdown(const std::vector<SizeResults>& results, const ReportOptions& options);

}  // namespace jipp::bench::report
