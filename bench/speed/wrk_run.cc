#include "speed/wrk_run.h"

#include <algorithm>
#include <cmath>

#include "common/process.h"

namespace jipp::bench::speed {

namespace {
double round3(double v) { return std::round(v * 1000) / 1000; }
}  // namespace

Result<WrkResult> run_wrk(const WrkOptions& o) {
  const int threads = std::max(1, std::min(o.threads, o.connections));
  const std::vector<std::string> argv{o.wrk,
                                      "-t" + std::to_string(threads),
                                      "-c" + std::to_string(o.connections),
                                      "-d" + std::to_string(o.duration_s) + "s",
                                      "--timeout",
                                      std::to_string(o.timeout_s) + "s",
                                      "-s",
                                      o.script,
                                      o.url,
                                      "--",
                                      o.paths_file};
  CommandResult run = run_command(argv);
  if (run.exit_code != 0) {
    return Status(ErrorKind::kUnavailable, "wrk failed (" + describe_exit(run.exit_code) + "):\n" +
                                               tail_lines(run.output, 6));
  }
  const size_t at = run.output.rfind("JSON {");
  if (at == std::string::npos) {
    return Status(ErrorKind::kUnavailable,
                  "wrk printed no JSON summary line:\n" + tail_lines(run.output, 6));
  }
  const size_t end = run.output.find('\n', at);
  auto j = nlohmann::json::parse(run.output.substr(at + 5, end == std::string::npos
                                                               ? std::string::npos
                                                               : end - at - 5),
                                 nullptr, false);
  if (j.is_discarded()) {
    return Status(ErrorKind::kUnavailable, "wrk's JSON summary does not parse");
  }
  WrkResult r;
  r.requests = j["requests"].get<uint64_t>();
  r.duration_s = j["duration_us"].get<double>() / 1e6;
  r.requests_per_s = r.duration_s > 0 ? r.requests / r.duration_s : 0;
  const auto& l = j["latency_us"];
  r.mean_ms = l["mean"].get<double>() / 1000;
  r.p50_ms = l["p50"].get<double>() / 1000;
  r.p90_ms = l["p90"].get<double>() / 1000;
  r.p99_ms = l["p99"].get<double>() / 1000;
  r.p999_ms = l["p999"].get<double>() / 1000;
  r.max_ms = l["max"].get<double>() / 1000;
  const auto& e = j["errors"];
  r.connect_errors = e["connect"].get<uint64_t>();
  r.read_errors = e["read"].get<uint64_t>();
  r.write_errors = e["write"].get<uint64_t>();
  r.status_errors = e["status"].get<uint64_t>();
  r.timeouts = e["timeout"].get<uint64_t>();
  r.output = run.output.substr(0, at);
  return r;
}

nlohmann::ordered_json to_json(const WrkResult& r) {
  return {{"requests", r.requests},
          {"duration_s", round3(r.duration_s)},
          {"requests_per_s", std::round(r.requests_per_s * 10) / 10},
          {"latency_ms",
           {{"mean", round3(r.mean_ms)},
            {"p50", round3(r.p50_ms)},
            {"p90", round3(r.p90_ms)},
            {"p99", round3(r.p99_ms)},
            {"p999", round3(r.p999_ms)},
            {"max", round3(r.max_ms)}}},
          {"errors",
           {{"total", r.errors()},
            {"connect", r.connect_errors},
            {"read", r.read_errors},
            {"write", r.write_errors},
            {"status", r.status_errors},
            {"timeout", r.timeouts}}},
          {"wrk_output", r.output}};
}

}  // namespace jipp::bench::speed
