// Handlers: HTTP <-> domain. Reads and checks parameters, calls the
// SearchService, renders JSON, and maps error kinds to status codes. Every
// non-2xx body comes from error_body().
// Thread-safety: stateless functions; safe from any worker thread.
// Not for Xapian details or the socket: see search_service.h, server.h.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

#include "jipp/status.h"
#include "search_service.h"

namespace jipp::searchd {

// Query parameters as httplib gives them: a name may repeat.
using Params = std::multimap<std::string, std::string>;

// Parses /v1/search parameters. invalid_argument names the parameter.
Result<SearchRequest> parse_search_params(const Params& params);

nlohmann::json render_search(const SearchRequest& req, const SearchResponse& resp,
                             double took_ms);

int http_status(ErrorKind kind);

// {"error": {"status": 400, "code": "invalid_argument", "param": "page",
//            "message": "..."}}
nlohmann::json error_body(const Status& status);

}  // namespace jipp::searchd
