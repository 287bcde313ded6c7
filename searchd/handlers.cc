#include "handlers.h"

#include <cmath>
#include <set>

#include "jipp/cli.h"
#include "jipp/fields.h"
#include "jipp/text_util.h"

namespace jipp::searchd {

namespace {

constexpr size_t kMaxQueryBytes = 1000;
constexpr size_t kMaxFilterValues = 50;

Status bad(const std::string& param, const std::string& message) {
  return Status::invalid(message, param);
}

Result<int> parse_int_param(const std::string& name, const std::string& value, int min,
                            int max) {
  unsigned long long v = 0;
  if (!cli::parse_uint(value, static_cast<unsigned long long>(max), &v) ||
      v < static_cast<unsigned long long>(min)) {
    return bad(name, "parameter \"" + name + "\" must be an integer " + std::to_string(min) +
                         "-" + std::to_string(max) + ", got \"" + sanitize_utf8(value) + "\"");
  }
  return static_cast<int>(v);
}

}  // namespace

Result<SearchRequest> parse_search_params(const Params& params) {
  SearchRequest req;
  std::set<std::string> seen_single;
  for (const auto& [name, value] : params) {
    if (!is_valid_utf8(value)) {
      return bad(name, "parameter \"" + name + "\" is not valid UTF-8");
    }
    const bool single = name == "q" || name == "page" || name == "per_page" ||
                        name == "facets" || name == "facet_limit" || name == "match";
    if (single && !seen_single.insert(name).second) {
      return bad(name, "parameter \"" + name + "\" given more than once");
    }
    if (name == "q") {
      if (value.size() > kMaxQueryBytes) {
        return bad(name, "parameter \"q\" is longer than " + std::to_string(kMaxQueryBytes) +
                             " bytes");
      }
      req.q = value;
    } else if (name == "page") {
      auto v = parse_int_param(name, value, 1, kMaxResultWindow);
      if (!v.is_ok()) return v.status();
      req.page = *v;
    } else if (name == "per_page") {
      auto v = parse_int_param(name, value, 1, kMaxPerPage);
      if (!v.is_ok()) return v.status();
      req.per_page = *v;
    } else if (name == "facet_limit") {
      auto v = parse_int_param(name, value, 1, kMaxFacetLimit);
      if (!v.is_ok()) return v.status();
      req.facet_limit = *v;
    } else if (name == "match") {
      if (value == "any") {
        req.match = MatchMode::kAny;
      } else if (value == "all") {
        req.match = MatchMode::kAll;
      } else {
        return bad(name, "parameter \"match\" must be \"any\" or \"all\", got \"" + value + "\"");
      }
    } else if (name == "facets") {
      req.facets.clear();
      size_t start = 0;
      while (start <= value.size()) {
        size_t comma = value.find(',', start);
        std::string f = collapse_spaces(value.substr(start, comma - start));
        if (!f.empty()) {
          if (!find_facet(f)) {
            return bad(name, "parameter \"facets\": unknown facet \"" + f +
                                 "\" (known: province, agency, region, year, source, "
                                 "category, status)");
          }
          if (std::find(req.facets.begin(), req.facets.end(), f) == req.facets.end()) {
            req.facets.push_back(f);
          }
        }
        if (comma == std::string::npos) break;
        start = comma + 1;
      }
    } else if (find_facet(name)) {
      auto& values = req.filters[name];
      if (collapse_spaces(value).empty()) {
        return bad(name, "parameter \"" + name + "\" is empty");
      }
      if (values.size() >= kMaxFilterValues) {
        return bad(name, "parameter \"" + name + "\" given more than " +
                             std::to_string(kMaxFilterValues) + " times");
      }
      values.push_back(value);
    } else if (!name.empty() && name[0] == '_') {
      // Cache busters (_=1700000000) are common in portal frontends.
    } else {
      return bad(name, "unknown parameter \"" + sanitize_utf8(name) + "\"");
    }
  }
  if (static_cast<long long>(req.page) * req.per_page > kMaxResultWindow) {
    return bad("page", "page * per_page must not exceed " + std::to_string(kMaxResultWindow));
  }
  return req;
}

nlohmann::json render_search(const SearchRequest& req, const SearchResponse& resp,
                             double took_ms) {
  using nlohmann::json;
  json hits = json::array();
  for (const Hit& h : resp.hits) {
    json hit = {{"id", h.id}, {"score", std::round(h.score * 10000) / 10000}};
    for (const char* k : {"title", "summary", "agency", "region", "province", "year",
                          "source", "category", "status", "award", "url"}) {
      auto it = h.record.find(k);
      if (it != h.record.end()) hit[k] = *it;
    }
    hits.push_back(std::move(hit));
  }
  json facets = json::object();
  for (const auto& [name, counts] : resp.facets) {
    json arr = json::array();
    for (const FacetCount& c : counts) {
      if (std::string(name) == "year") {
        arr.push_back({{"value", std::stoi(c.value)}, {"count", c.count}});
      } else {
        arr.push_back({{"value", c.value}, {"count", c.count}});
      }
    }
    facets[name] = std::move(arr);
  }
  json out = {{"query", req.q},       {"total", resp.total}, {"page", req.page},
              {"per_page", req.per_page}, {"hits", std::move(hits)},
              {"facets", std::move(facets)}, {"took_ms", std::round(took_ms * 1000) / 1000}};
  if (!resp.did_you_mean.empty()) out["did_you_mean"] = resp.did_you_mean;
  if (!resp.showing_results_for.empty()) out["showing_results_for"] = resp.showing_results_for;
  return out;
}

int http_status(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::kOk: return 200;
    case ErrorKind::kInvalidArgument: return 400;
    case ErrorKind::kNotFound: return 404;
    case ErrorKind::kFailedPrecondition: return 409;
    case ErrorKind::kUnavailable: return 503;
    case ErrorKind::kInternal: return 500;
  }
  return 500;
}

nlohmann::json error_body(const Status& status) {
  nlohmann::json e = {{"status", http_status(status.kind())},
                      {"code", error_kind_name(status.kind())},
                      {"message", status.message()}};
  if (!status.field().empty()) e["param"] = status.field();
  return {{"error", std::move(e)}};
}

}  // namespace jipp::searchd
