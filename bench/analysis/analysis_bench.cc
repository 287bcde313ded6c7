// Analysis throughput: MB/s of Indonesian text turned into index terms on
// one core, by the project's analyzer (ICU normalisation and segmentation,
// reduplication, confix-stripping stemmer with synonyms, through Xapian's
// TermGenerator) side by side with Xapian's own TermGenerator using the
// Snowball Indonesian stemmer on the same text, in the same run.
//
// usage: analysis-bench --input CORPUS.jsonl [--repeat N] [--json OUT]
#include <xapian.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "jipp/analyzer.h"
#include "jipp/cli.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// Runs `fn` over every text `repeat` times; returns the median pass time.
template <typename Fn>
double median_pass(const std::vector<std::string>& texts, int repeat, Fn fn) {
  std::vector<double> passes;
  for (int i = 0; i < repeat; ++i) {
    const auto t = Clock::now();
    for (const auto& s : texts) fn(s);
    passes.push_back(seconds_since(t));
  }
  std::sort(passes.begin(), passes.end());
  return passes[passes.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  std::string input, json_out;
  int repeat = 5;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--input" && i + 1 < argc) {
      input = argv[++i];
    } else if (a == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--json" && i + 1 < argc) {
      json_out = argv[++i];
    } else {
      std::cerr << "usage: analysis-bench --input CORPUS.jsonl [--repeat N] [--json OUT]\n";
      return 2;
    }
  }
  std::ifstream in(input);
  if (!in) {
    std::cerr << "analysis-bench: cannot read " << input << "\n";
    return 2;
  }
  // The record text an indexer analyses: title, summary, description.
  std::vector<std::string> texts;
  size_t bytes = 0;
  std::string line;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) continue;
    std::string t = j.value("title", "") + "\n" + j.value("summary", "") + "\n" +
                    j.value("description", "");
    bytes += t.size();
    texts.push_back(std::move(t));
  }
  auto analyzer = jipp::Analyzer::load(
      {jipp::cli::default_data_dir(), jipp::cli::default_hunspell_dic()});
  if (!analyzer.is_ok()) {
    std::cerr << "analysis-bench: " << analyzer.status().message() << "\n";
    return 2;
  }
  const jipp::Analyzer& a = **analyzer;

  Xapian::TermGenerator ours;
  ours.set_stemmer(a.make_stem());
  ours.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);
  Xapian::TermGenerator snowball;
  snowball.set_stemmer(Xapian::Stem("indonesian"));
  snowball.set_stemming_strategy(Xapian::TermGenerator::STEM_SOME);

  size_t terms_ours = 0, terms_snowball = 0;
  // Warm-up pass: fills the stem caches as a long-running indexer has them.
  for (const auto& s : texts) {
    Xapian::Document d;
    ours.set_document(d);
    ours.index_text(a.index_text(s));
  }
  const double t_ours = median_pass(texts, repeat, [&](const std::string& s) {
    Xapian::Document d;
    ours.set_document(d);
    const std::string words = a.index_text(s);
    ours.index_text(words);
    const std::string extra = a.synonym_additions(words);
    if (!extra.empty()) ours.index_text(extra);
    terms_ours += d.termlist_count();
  });
  const double t_snow = median_pass(texts, repeat, [&](const std::string& s) {
    Xapian::Document d;
    snowball.set_document(d);
    snowball.index_text(s);
    terms_snowball += d.termlist_count();
  });
  const double mb = bytes / 1e6;
  std::printf("analysis throughput, %zu texts, %.1f MB, median of %d passes, one core\n",
              texts.size(), mb, repeat);
  std::printf("%-36s %10s %10s\n", "analyzer", "MB/s", "s/pass");
  std::printf("%-36s %10.2f %10.3f\n", "jipp (ICU + dictionary stemmer)", mb / t_ours, t_ours);
  std::printf("%-36s %10.2f %10.3f\n", "xapian TermGenerator + snowball", mb / t_snow, t_snow);
  std::printf("time ratio jipp/snowball: %.2fx (target <= 1.50x)\n", t_ours / t_snow);
  if (!json_out.empty()) {
    nlohmann::json j = {{"texts", texts.size()},
                        {"megabytes", mb},
                        {"passes", repeat},
                        {"jipp_mb_per_s", mb / t_ours},
                        {"snowball_mb_per_s", mb / t_snow},
                        {"time_ratio", t_ours / t_snow},
                        {"terms_per_pass_jipp", terms_ours / static_cast<size_t>(repeat)},
                        {"terms_per_pass_snowball", terms_snowball / static_cast<size_t>(repeat)}};
    std::ofstream(json_out) << j.dump(2) << "\n";
  }
  return 0;
}
