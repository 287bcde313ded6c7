#include "relevance/searchd_system.h"

#include <filesystem>

#include <nlohmann/json.hpp>
#include <httplib.h>

namespace jipp::bench::relevance {

namespace {

constexpr time_t kReadTimeoutSeconds = 30;

}  // namespace

std::string first_errors(const std::string& indexer_output, size_t n) {
  std::string out;
  size_t pos = 0, found = 0;
  while (pos < indexer_output.size() && found < n) {
    size_t nl = indexer_output.find('\n', pos);
    if (nl == std::string::npos) nl = indexer_output.size();
    const std::string line = indexer_output.substr(pos, nl - pos);
    if (line.find(": error: ") != std::string::npos) {
      out += "  " + line + "\n";
      ++found;
    }
    pos = nl + 1;
  }
  return out;
}

std::string url_encode(std::string_view s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    const bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_' || c == '.' || c == '!' || c == '~' || c == '*' ||
                      c == '\'' || c == '(' || c == ')';
    if (keep) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string search_target(const EvalQuery& query, size_t k) {
  std::string t = "/v1/search?q=" + url_encode(query.text) + "&per_page=" + std::to_string(k);
  for (const Filter& f : query.filters) t += "&" + url_encode(f.name) + "=" + url_encode(f.value);
  return t;
}

SearchdSystem::SearchdSystem(SearchdSystemOptions options) : options_(std::move(options)) {}

SearchdSystem::~SearchdSystem() = default;

Status SearchdSystem::prepare(const Corpus& corpus) {
  namespace fs = std::filesystem;
  // A previous run's index is replaced, never extended; but only remove a
  // directory that is recognisably an index.
  std::error_code ec;
  const fs::path dir(options_.index_dir);
  if (fs::exists(dir, ec)) {
    if (!fs::is_directory(dir, ec) ||
        (!fs::exists(dir / "current", ec) && !fs::is_empty(dir, ec))) {
      return Status(ErrorKind::kFailedPrecondition,
                    options_.index_dir + " exists and is not an index; refusing to replace it");
    }
    fs::remove_all(dir, ec);
    fs::remove(options_.index_dir + ".rejects.jsonl", ec);
  }
  auto build = build_index({options_.indexer, {corpus.path}, options_.index_dir});
  if (!build.is_ok()) return build.status();
  build_ = std::move(*build);
  if (build_.indexed && *build_.indexed == 0) {
    return Status(ErrorKind::kFailedPrecondition,
                  "the indexer rejected every record; its first complaints:\n" +
                      first_errors(build_.output, 3));
  }

  auto searchd = SearchdInstance::start({options_.searchd, options_.index_dir, {}});
  if (!searchd.is_ok()) return searchd.status();
  searchd_ = std::move(*searchd);
  client_ = std::make_unique<httplib::Client>(searchd_->host(), searchd_->port());
  client_->set_keep_alive(true);
  client_->set_read_timeout(kReadTimeoutSeconds, 0);
  return Status::ok();
}

Result<std::vector<std::string>> SearchdSystem::search(const EvalQuery& query, size_t k) {
  if (!client_) return Status(ErrorKind::kFailedPrecondition, "searchd is not running");
  auto res = client_->Get(search_target(query, k));
  if (!res) {
    return Status(ErrorKind::kUnavailable, "HTTP request failed: " + httplib::to_string(res.error()));
  }
  nlohmann::json body = nlohmann::json::parse(res->body, nullptr, /*allow_exceptions=*/false);
  if (res->status != 200) {
    std::string message = res->body.substr(0, 200);
    if (body.is_object() && body.contains("error") && body["error"].is_object() &&
        body["error"].value("message", "") != "") {
      message = body["error"]["message"].get<std::string>();
    }
    return Status(res->status >= 500 ? ErrorKind::kInternal : ErrorKind::kInvalidArgument,
                  "HTTP " + std::to_string(res->status) + ": " + message);
  }
  if (!body.is_object() || !body.contains("hits") || !body["hits"].is_array()) {
    return Status(ErrorKind::kInternal, "response has no \"hits\" array");
  }
  std::vector<std::string> ids;
  for (const auto& hit : body["hits"]) {
    if (hit.is_object() && hit.contains("id") && hit["id"].is_string()) {
      ids.push_back(hit["id"].get<std::string>());
    }
  }
  return ids;
}

Status SearchdSystem::shutdown() {
  client_.reset();
  if (!searchd_) return Status::ok();
  exit_code_ = searchd_->stop();
  searchd_.reset();
  if (exit_code_ != 0) {
    return Status(ErrorKind::kInternal,
                  "searchd did not exit cleanly on SIGTERM (" + describe_exit(exit_code_) + ")");
  }
  return Status::ok();
}

nlohmann::ordered_json SearchdSystem::info() const {
  nlohmann::ordered_json j;
  j["index"] = options_.index_dir;
  j["indexer_exit_code"] = build_.exit_code;
  auto opt = [](const std::optional<size_t>& v) {
    return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
  };
  j["records_read"] = opt(build_.read);
  j["records_indexed"] = opt(build_.indexed);
  j["records_rejected"] = opt(build_.rejected);
  if (build_.rejected.value_or(0) > 0) j["rejects_file"] = build_.rejects_path;
  j["index_seconds"] = build_.seconds;
  // One keep-alive connection for all queries, as a portal's backend pool.
  j["http"] = "keep-alive, one connection";
  if (exit_code_ >= 0) j["searchd_exit_code"] = exit_code_;
  return j;
}

}  // namespace jipp::bench::relevance
