#include "speed/peer.h"

#include <cmath>

namespace jipp::bench::speed {

nlohmann::ordered_json to_json(const LoadStats& s) {
  nlohmann::ordered_json j;
  j["records"] = s.records;
  j["input_bytes"] = s.input_bytes;
  j["seconds"] = std::round(s.seconds * 1000) / 1000;
  j["records_per_s"] = s.seconds > 0 ? std::round(s.records / s.seconds * 10) / 10 : 0;
  j["mb_per_s"] = s.seconds > 0 ? std::round(s.input_bytes / 1e6 / s.seconds * 100) / 100 : 0;
  j["phases"] = s.phases;
  j["index_bytes"] = s.index_bytes;
  j["bytes_per_record"] = s.records ? s.index_bytes / s.records : 0;
  j["sizes"] = s.sizes;
  j["client_peak_rss_kb"] = s.client_peak_rss_kb;
  j["server_peak_rss_kb"] = s.server_peak_rss_kb;
  j["server_pss_kb"] = s.server_pss_kb;
  return j;
}

std::vector<std::string> query_words(const std::string& text) {
  std::vector<std::string> words;
  std::string w;
  for (char c : text) {
    if (c == ' ' || c == '\t') {
      if (!w.empty()) words.push_back(std::move(w));
      w.clear();
    } else {
      w += c;
    }
  }
  if (!w.empty()) words.push_back(std::move(w));
  return words;
}

}  // namespace jipp::bench::speed
