#include "report/format.h"

#include <cmath>
#include <cstdio>

namespace jipp::bench::report {

std::string fmt_fixed(double v, int digits) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

std::string fmt_ms(double ms) {
  if (ms < 1) return fmt_fixed(ms, 3);
  if (ms < 10) return fmt_fixed(ms, 2);
  if (ms < 100) return fmt_fixed(ms, 1);
  return fmt_fixed(ms, 0);
}

std::string fmt_ms(const std::optional<double>& ms) { return ms ? fmt_ms(*ms) : "-"; }

std::string fmt_int(uint64_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<size_t>(i), ",");
  return s;
}

std::string fmt_bytes(uint64_t bytes) {
  const double b = static_cast<double>(bytes);
  if (b >= 1e9) return fmt_fixed(b / 1e9, 2) + " GB";
  if (b >= 1e6) return fmt_fixed(b / 1e6, b >= 1e8 ? 0 : 1) + " MB";
  if (b >= 1e3) return fmt_fixed(b / 1e3, 1) + " kB";
  return std::to_string(bytes) + " B";
}

std::string fmt_kb_as_mb(uint64_t kb) {
  const double mb = static_cast<double>(kb) / 1024.0;
  return fmt_fixed(mb, mb >= 100 ? 0 : 1) + " MB";
}

std::string fmt_ratio(double r) {
  if (!std::isfinite(r)) return "-";
  return "x" + fmt_fixed(r, r >= 10 ? 0 : r >= 1 ? 1 : 2);
}

}  // namespace jipp::bench::report
