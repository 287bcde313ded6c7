#include "server.h"

#include <httplib.h>
#include <signal.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <iostream>
#include <mutex>
#include <thread>

#include "handlers.h"
#include "jipp/analyzer.h"
#include "jipp/fields.h"
#include "jipp/index_layout.h"
#include "jipp/facet_normalizer.h"
#include "search_gate.h"
#include "search_service.h"

namespace jipp::searchd {

namespace {

using Clock = std::chrono::steady_clock;

void send_json(httplib::Response& res, int status, const nlohmann::json& body) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json; charset=utf-8");
}

void send_error(httplib::Response& res, const Status& s) {
  send_json(res, http_status(s.kind()), error_body(s));
}

void handle_get_search(const SearchService& svc, SearchGate& gate, const httplib::Request& req,
                       httplib::Response& res) {
  const auto start = Clock::now();
  Params params(req.params.begin(), req.params.end());
  auto parsed = parse_search_params(params);
  if (!parsed.is_ok()) return send_error(res, parsed.status());
  // took_ms includes the wait for a free slot: it is what the client saw.
  auto result = [&] {
    SearchGate::Pass pass = gate.enter();
    return svc.search(*parsed);
  }();
  if (!result.is_ok()) return send_error(res, result.status());
  const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  send_json(res, 200, render_search(*parsed, *result, ms));
}

void handle_get_record(const SearchService& svc, const httplib::Request& req,
                       httplib::Response& res) {
  auto rec = svc.get_record(req.matches[1]);
  if (!rec.is_ok()) return send_error(res, rec.status());
  send_json(res, 200, *rec);
}

void handle_get_health(const SearchService& svc, httplib::Response& res) {
  auto info = svc.info();
  if (!info.is_ok()) return send_error(res, info.status());
  send_json(res, 200,
            {{"status", "ok"},
             {"documents", info->documents},
             {"index_version", info->version},
             {"built_at", info->built_at}});
}

// The route table: every endpoint searchd serves.
void add_routes(httplib::Server& svr, const SearchService& svc, SearchGate& gate) {
  svr.Get("/v1/search", [&svc, &gate](const httplib::Request& req, httplib::Response& res) {
    handle_get_search(svc, gate, req, res);
  });
  svr.Get(R"(/v1/records/([A-Za-z0-9._:-]{1,64}))",
          [&svc](const httplib::Request& req, httplib::Response& res) {
            handle_get_record(svc, req, res);
          });
  svr.Get("/health", [&svc](const httplib::Request&, httplib::Response& res) {
    handle_get_health(svc, res);
  });
}

}  // namespace

int run(const ServerConfig& config) {
  // Block the signals in every thread; one thread takes them with sigwait.
  sigset_t sigs;
  sigemptyset(&sigs);
  sigaddset(&sigs, SIGTERM);
  sigaddset(&sigs, SIGINT);
  sigaddset(&sigs, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &sigs, nullptr);
  signal(SIGPIPE, SIG_IGN);

  auto analyzer = Analyzer::load({config.data_dir, config.hunspell_dic});
  if (!analyzer.is_ok()) {
    std::cerr << "searchd: " << analyzer.status().message() << "\n";
    return 2;
  }
  auto facets = FacetNormalizer::load(config.data_dir);
  if (!facets.is_ok()) {
    std::cerr << "searchd: " << facets.status().message() << "\n";
    return 2;
  }
  SearchService svc(config.index_dir, *analyzer, *facets);
  if (Status s = svc.reload(); !s.is_ok()) {
    std::cerr << "searchd: " << s.message() << "\n";
    return 2;
  }

  httplib::Server svr;
  const int threads = config.threads > 0
                          ? config.threads
                          : std::max(4, static_cast<int>(std::thread::hardware_concurrency()) * 4);
  svr.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  // Without TCP_NODELAY a second request on a kept-alive connection waits
  // ~40 ms for Nagle's algorithm and delayed ACKs.
  svr.set_tcp_nodelay(true);
  // One search per core plus one, to use a core while another search's
  // thread is descheduled. 100k records, 8 connections, 2 cores: at most 2
  // searches 580 requests/s p99 30 ms, 3: 638 p99 31 ms, 4: 716 p99 37 ms,
  // unlimited (16 threads): 786 p99 58 ms.
  SearchGate gate(config.max_searches > 0
                      ? static_cast<unsigned>(config.max_searches)
                      : std::max(1u, std::thread::hardware_concurrency()) + 1);
  add_routes(svr, svc, gate);
  svr.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (res.status == 404 && res.body.empty()) {
      send_error(res, Status(ErrorKind::kNotFound, "no such endpoint: " + req.path));
    }
  });
  svr.set_exception_handler([](const httplib::Request& req, httplib::Response& res,
                               std::exception_ptr ep) {
    std::string what = "unknown exception";
    try {
      std::rethrow_exception(ep);
    } catch (const Xapian::Error& e) {
      what = e.get_description();
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    std::cerr << "searchd: internal error on " << req.path << ": " << what << "\n";
    send_error(res, Status(ErrorKind::kInternal, "internal error"));
  });

  int port = config.port;
  if (port == 0) {
    port = svr.bind_to_any_port(config.bind);
  } else if (!svr.bind_to_port(config.bind, port)) {
    port = -1;
  }
  if (port <= 0) {
    std::cerr << "searchd: cannot listen on " << config.bind << ":" << config.port << "\n";
    return 2;
  }
  std::cout << "listening on " << config.bind << ":" << port << std::endl;

  std::atomic<bool> stopping{false};
  std::mutex mu;
  std::condition_variable cv;

  // Watcher: a version published by `indexer build`, or batches committed
  // by `indexer update`, are picked up without a restart; each worker
  // reopens its own handle on its next request.
  std::thread watcher([&] {
    int seen_version = layout::live_version(config.index_dir);
    std::unique_ptr<Xapian::Database> probe;
    try {
      probe = std::make_unique<Xapian::Database>(layout::live_path(config.index_dir));
    } catch (const Xapian::Error&) {
      // Retried below.
    }
    std::unique_lock<std::mutex> lock(mu);
    while (!stopping) {
      cv.wait_for(lock, std::chrono::milliseconds(config.reload_poll_ms));
      if (stopping) break;
      const int version = layout::live_version(config.index_dir);
      bool changed = false;
      try {
        if (version != seen_version || !probe) {
          // A new version, or the first look: compare with what the
          // service loaded at start (seen_version), not with nothing.
          changed = version != seen_version;
          probe = std::make_unique<Xapian::Database>(layout::live_path(config.index_dir));
        } else {
          changed = probe->reopen();
        }
      } catch (const Xapian::Error& e) {
        std::cerr << "searchd: cannot reopen the index: " << e.get_description() << std::endl;
        probe.reset();
        continue;
      }
      if (changed) {
        if (Status s = svc.reload(); !s.is_ok()) {
          std::cerr << "searchd: " << s.message() << std::endl;
          continue;
        }
        if (version != seen_version) {
          std::cout << "searchd: index version " << version << " published; reloading"
                    << std::endl;
        }
      }
      seen_version = version;
    }
  });
  std::thread signals([&] {
    for (;;) {
      int sig = 0;
      if (sigwait(&sigs, &sig) != 0) continue;
      if (sig == SIGHUP) {
        if (Status s = svc.reload(); !s.is_ok()) std::cerr << "searchd: " << s.message() << std::endl;
        std::cout << "searchd: SIGHUP; reloading the index" << std::endl;
        continue;
      }
      stopping = true;
      cv.notify_all();
      svr.stop();
      return;
    }
  });

  const bool ok = svr.listen_after_bind();
  if (!stopping) {
    // listen ended on its own (socket error): wake the signal thread.
    stopping = true;
    cv.notify_all();
    pthread_kill(signals.native_handle(), SIGTERM);
  }
  signals.join();
  watcher.join();
  std::cout << "searchd: stopped" << std::endl;
  return ok || stopping ? 0 : 1;
}

}  // namespace jipp::searchd
