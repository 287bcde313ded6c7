// indexer: the admins' CLI. Parses flags and calls the command functions in
// commands.h; everything worth testing lives there.
#include <algorithm>
#include <cstring>
#include <functional>
#include <iostream>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "commands.h"
#include "jipp/cli.h"

namespace {

const char* kUsage =
    "usage:\n"
    "  indexer build   --input FILE [--input FILE...] --index DIR [--shards N] [--jobs N]\n"
    "                  [--strict] [--rejects PATH] [--progress bar|lines]\n"
    "  indexer update  --input FILE --index DIR [--batch-size N] [--strict] [--rejects PATH]\n"
    "  indexer delete  --index DIR --id ID [--id ID...]\n"
    "  indexer stats   --index DIR [--top N] [--json]\n"
    "  indexer check   --index DIR\n"
    "  indexer analyze [--json] [TEXT...]        (standard input when no TEXT)\n"
    "FILE may be - for standard input. Every command takes --data-dir DIR.\n"
    "Exit codes: 0 ok; 1 records rejected (or check found problems); 2 usage or\n"
    "setup error, or the index is locked; 3 the index could not be written or read.\n";

int usage_error(const std::string& msg) {
  std::cerr << "indexer: " << msg << "\n" << kUsage;
  return jipp::indexer::kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  using namespace jipp::indexer;
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
    std::cout << kUsage;
    return argc < 2 ? kExitUsage : kExitOk;
  }
  const std::string cmd = argv[1];
  CommonOptions common{jipp::cli::default_data_dir(), jipp::cli::default_hunspell_dic()};
  std::vector<std::string> inputs, ids, words;
  std::string index_dir, rejects;
  bool strict = false, json = false;
  // One writer thread per core by default (up to 4).
  unsigned long long shards = 1, batch = 1000, top = 20,
                     jobs = std::min(4u, std::max(1u, std::thread::hardware_concurrency()));
  int progress = -1;

  // Flags each command accepts; a value-taking flag stores into its target.
  std::map<std::string, std::function<bool(const std::string&)>> with_value = {
      {"--data-dir", [&](const std::string& v) { common.data_dir = v; return true; }},
      {"--hunspell-dic", [&](const std::string& v) { common.hunspell_dic = v; return true; }},
      {"--input", [&](const std::string& v) { inputs.push_back(v); return true; }},
      {"--index", [&](const std::string& v) { index_dir = v; return true; }},
      {"--rejects", [&](const std::string& v) { rejects = v; return true; }},
      {"--id", [&](const std::string& v) { ids.push_back(v); return true; }},
      {"--shards", [&](const std::string& v) { return jipp::cli::parse_uint(v, 64, &shards) && shards > 0; }},
      {"--jobs", [&](const std::string& v) { return jipp::cli::parse_uint(v, 64, &jobs) && jobs > 0; }},
      {"--batch-size",
       [&](const std::string& v) { return jipp::cli::parse_uint(v, 10000000, &batch) && batch > 0; }},
      {"--top", [&](const std::string& v) { return jipp::cli::parse_uint(v, 1000000, &top); }},
      {"--progress",
       [&](const std::string& v) {
         progress = v == "bar" ? 1 : v == "lines" ? 0 : -2;
         return progress != -2;
       }},
  };
  const std::map<std::string, std::vector<std::string>> allowed = {
      {"build", {"--input", "--index", "--rejects", "--strict", "--shards", "--jobs", "--batch-size",
                 "--progress"}},
      {"update", {"--input", "--index", "--rejects", "--strict", "--batch-size", "--progress"}},
      {"delete", {"--index", "--id"}},
      {"stats", {"--index", "--top", "--json"}},
      {"check", {"--index"}},
      {"analyze", {"--json"}},
  };
  auto cmd_flags = allowed.find(cmd);
  if (cmd_flags == allowed.end()) return usage_error("unknown command '" + cmd + "'");

  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    const bool common_flag = a == "--data-dir" || a == "--hunspell-dic";
    const auto& ok = cmd_flags->second;
    if (!common_flag && a.rfind("--", 0) == 0 && std::find(ok.begin(), ok.end(), a) == ok.end()) {
      return usage_error("unknown option '" + a + "' for '" + cmd + "'");
    }
    if (a == "--strict") {
      strict = true;
    } else if (a == "--json") {
      json = true;
    } else if (auto f = with_value.find(a); f != with_value.end()) {
      if (i + 1 >= argc) return usage_error(a + " needs a value");
      if (!f->second(argv[++i])) return usage_error("bad value for " + a + ": '" + argv[i] + "'");
    } else if (cmd == "analyze") {
      words.push_back(a);
    } else {
      return usage_error("unexpected argument '" + a + "'");
    }
  }

  if (cmd == "build") {
    BuildOptions o{common, inputs,   index_dir, rejects, strict, static_cast<unsigned>(shards),
                   static_cast<unsigned>(jobs), batch, progress};
    return run_build(o, std::cout, std::cerr);
  }
  if (cmd == "update") {
    UpdateOptions o{common, inputs, index_dir, rejects, strict, batch, progress};
    return run_update(o, std::cout, std::cerr);
  }
  if (cmd == "delete") return run_delete({common, index_dir, ids}, std::cout, std::cerr);
  if (cmd == "stats") {
    return run_stats({common, index_dir, static_cast<size_t>(top), json}, std::cout, std::cerr);
  }
  if (cmd == "check") return run_check({index_dir}, std::cout, std::cerr);
  AnalyzeOptions o{common, {}, json};
  for (const auto& w : words) o.text += (o.text.empty() ? "" : " ") + w;
  return run_analyze(o, std::cout, std::cerr);
}
