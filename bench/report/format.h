// Format: number formatting shared by the report's tables and plots
// ("2.31 ms", "12,345", "1.2 GB", "x4.2").
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace jipp::bench::report {

// Milliseconds with 3 significant digits ("0.412", "2.31", "14.2", "447").
std::string fmt_ms(double ms);
std::string fmt_ms(const std::optional<double>& ms);  // "-" when absent
// Integer with thousands separators.
std::string fmt_int(uint64_t n);
// Decimal with `digits` after the point.
std::string fmt_fixed(double v, int digits);
// Bytes as kB/MB/GB (decimal units).
std::string fmt_bytes(uint64_t bytes);
// kB as MB ("312 MB").
std::string fmt_kb_as_mb(uint64_t kb);
// A ratio ("x4.2", "x0.61").
std::string fmt_ratio(double r);

}  // namespace jipp::bench::report
