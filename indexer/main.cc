// indexer: the admins' CLI. Parses flags and calls the command functions in
// build.h; everything worth testing lives there.
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "build.h"
#include "jipp/cli.h"

namespace {

const char* kUsage =
    "usage:\n"
    "  indexer build --input FILE [--input FILE...] --index DIR [--rejects PATH]\n"
    "                [--strict] [--batch-size N] [--data-dir DIR]\n"
    "  indexer analyze [--json] [--data-dir DIR] [TEXT...]   (stdin when no TEXT)\n"
    "Exit codes: 0 ok, 1 records rejected, 2 usage or setup error, 3 index write failed.\n";

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
  BuildOptions build;
  AnalyzeOptions analyze;
  std::vector<std::string> words;

  for (int i = 2; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&](std::string* dst) {
      if (i + 1 >= argc) return false;
      *dst = argv[++i];
      return true;
    };
    std::string v;
    if (a == "--data-dir") {
      if (!value(&common.data_dir)) return usage_error("--data-dir needs a value");
    } else if (a == "--hunspell-dic") {
      if (!value(&common.hunspell_dic)) return usage_error("--hunspell-dic needs a value");
    } else if (cmd == "build" && a == "--input") {
      if (!value(&v)) return usage_error("--input needs a value");
      build.inputs.push_back(v);
    } else if (cmd == "build" && a == "--index") {
      if (!value(&build.index_dir)) return usage_error("--index needs a value");
    } else if (cmd == "build" && a == "--rejects") {
      if (!value(&build.rejects_path)) return usage_error("--rejects needs a value");
    } else if (cmd == "build" && a == "--strict") {
      build.strict = true;
    } else if (cmd == "build" && a == "--batch-size") {
      unsigned long long n = 0;
      if (!value(&v) || !jipp::cli::parse_uint(v, 10000000, &n) || n == 0) {
        return usage_error("--batch-size needs a positive integer");
      }
      build.batch_size = n;
    } else if (cmd == "analyze" && a == "--json") {
      analyze.json = true;
    } else if (cmd == "analyze" && a.rfind("--", 0) != 0) {
      words.push_back(a);
    } else {
      return usage_error("unknown option '" + a + "' for '" + cmd + "'");
    }
  }

  if (cmd == "build") {
    build.common = common;
    return run_build(build, std::cout, std::cerr);
  }
  if (cmd == "analyze") {
    analyze.common = common;
    for (const auto& w : words) analyze.text += (analyze.text.empty() ? "" : " ") + w;
    return run_analyze(analyze, std::cout, std::cerr);
  }
  return usage_error("unknown command '" + cmd + "'");
}
