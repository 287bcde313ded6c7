#include "jipp/agency_names.h"

#include <fstream>
#include <sstream>
#include <vector>

#include "jipp/text_util.h"

namespace jipp {

namespace {

// Small words that stay lower case inside a title-cased name.
const std::unordered_set<std::string> kConnectors = {"dan", "serta", "untuk", "dari",
                                                     "di",  "ke",    "atau",  "pada"};

bool has_lower(std::string_view s) {
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}
bool has_upper(std::string_view s) {
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

// "dinas" -> "Dinas": the first letter up, the rest as folded.
std::string title_word(const std::string& folded) {
  std::string w = folded;
  if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 'a' + 'A');
  return w;
}

// Acronyms in agency names: short, and in capitals where they were written
// in mixed case. In an all-capitals name they cannot be told apart, so
// words of up to four letters without a vowel-consonant pattern of a
// normal word (RSUD, UPTD, BPJS, PDAM) are kept.
bool looks_like_acronym(const std::string& upper_word) {
  if (upper_word.size() > 5) return false;
  int vowels = 0;
  for (char c : upper_word) {
    if (c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U') ++vowels;
    if (c >= '0' && c <= '9') return true;
  }
  return vowels == 0 || (upper_word.size() <= 3 && vowels <= 1 && upper_word != "DAN" &&
                         upper_word != "DI" && upper_word != "KE");
}

}  // namespace

Result<AgencyNames> AgencyNames::load(const std::string& data_dir) {
  const std::string path = data_dir + "/agency-abbreviations.tsv";
  std::ifstream in(path);
  if (!in) return Status(ErrorKind::kUnavailable, "cannot read " + path);
  AgencyNames a;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    a.expansions_[fold_case(line.substr(0, tab))] = line.substr(tab + 1);
  }
  return a;
}

std::string AgencyNames::normalize(std::string_view name) const {
  const std::string collapsed = collapse_spaces(name);
  const bool all_caps = !has_lower(collapsed) && has_upper(collapsed);
  const bool all_lower = !has_upper(collapsed);
  std::stringstream ss(collapsed);
  std::string word, out;
  while (ss >> word) {
    std::string trail;
    while (!word.empty() && (word.back() == ',' || word.back() == ';')) {
      trail.insert(trail.begin(), word.back());
      word.pop_back();
    }
    const std::string folded = fold_case(word);
    auto it = expansions_.find(folded);
    if (it == expansions_.end() && !folded.empty() && folded.back() == '.') {
      it = expansions_.find(folded.substr(0, folded.size() - 1));
    }
    std::string piece;
    if (it != expansions_.end()) {
      piece = it->second;
    } else if (all_caps) {
      piece = looks_like_acronym(word) ? word
              : kConnectors.count(folded) ? folded
                                          : title_word(folded);
    } else if (all_lower) {
      piece = kConnectors.count(folded) ? folded : title_word(folded);
    } else {
      piece = word;
    }
    if (!out.empty()) out.push_back(' ');
    out += piece + trail;
  }
  return out;
}

std::string AgencyNames::key(std::string_view value) {
  const std::string folded = fold_case(value);
  std::string out;
  bool space = false;
  for (char c : folded) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (space && !out.empty()) out.push_back(' ');
      space = false;
      out.push_back(c);
    } else {
      space = true;
    }
  }
  return out;
}

}  // namespace jipp
