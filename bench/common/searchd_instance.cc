#include "common/searchd_instance.h"

#include <signal.h>

#include <thread>

#include <httplib.h>

namespace jipp::bench {

Result<std::unique_ptr<SearchdInstance>> SearchdInstance::start(const SearchdOptions& options) {
  std::unique_ptr<SearchdInstance> s(new SearchdInstance());
  std::vector<std::string> argv{options.searchd, "--index", options.index_dir,
                                "--bind",        s->host_, "--port",
                                "0"};
  argv.insert(argv.end(), options.extra_args.begin(), options.extra_args.end());
  auto child = ChildProcess::spawn(argv);
  if (!child.is_ok()) return child.status();
  s->child_ = std::move(*child);

  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + options.start_timeout;
  auto line = s->child_->read_line(options.start_timeout);
  if (!line.is_ok()) {
    const int code = s->child_->stop(SIGTERM);
    return Status(ErrorKind::kUnavailable, "searchd did not start (" + describe_exit(code) +
                                               "; its messages are above)");
  }
  const std::string tag = "listening on " + s->host_ + ":";
  if (line->rfind(tag, 0) != 0) {
    s->child_->stop(SIGTERM);
    return Status(ErrorKind::kUnavailable,
                  "searchd printed \"" + *line + "\", expected \"" + tag + "PORT\"");
  }
  try {
    s->port_ = std::stoi(line->substr(tag.size()));
  } catch (const std::exception&) {
    s->child_->stop(SIGTERM);
    return Status(ErrorKind::kUnavailable, "searchd printed a bad port: \"" + *line + "\"");
  }
  s->child_->drain_stdout();

  httplib::Client client(s->host_, s->port_);
  client.set_connection_timeout(1, 0);
  client.set_read_timeout(5, 0);
  while (Clock::now() < deadline) {
    if (auto res = client.Get("/health"); res && res->status == 200) {
      s->health_ = res->body;
      return s;
    }
    if (!s->child_->running()) {
      const int code = s->child_->stop(SIGTERM);
      return Status(ErrorKind::kUnavailable,
                    "searchd exited before /health answered (" + describe_exit(code) + ")");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  s->child_->stop(SIGTERM);
  return Status(ErrorKind::kUnavailable, "searchd's /health did not answer 200 in time");
}

int SearchdInstance::stop() {
  if (!child_) return 0;
  return child_->stop(SIGTERM);
}

}  // namespace jipp::bench
