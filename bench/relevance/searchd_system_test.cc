#include "relevance/searchd_system.h"

#include <gtest/gtest.h>

namespace jipp::bench::relevance {
namespace {

class SearchdSystemTest : public ::testing::Test {};

TEST_F(SearchdSystemTest, UrlEncodeIsEncodeUriComponent) {
  EXPECT_EQ(url_encode("Jawa Tengah"), "Jawa%20Tengah");
  EXPECT_EQ(url_encode("a&b=c+d?#/"), "a%26b%3Dc%2Bd%3F%23%2F");
  EXPECT_EQ(url_encode("L’Étranger"), "L%E2%80%99%C3%89tranger");
  EXPECT_EQ(url_encode("-_.!~*'()"), "-_.!~*'()");
}

TEST_F(SearchdSystemTest, SearchTargetSendsFiltersAsRepeatedParameters) {
  EvalQuery q{"q1", "pelayanan \"e-KTP\"",
              {{"province", "Jawa Tengah"}, {"province", "Jawa Timur"}, {"year", "2021"}}, 1};
  EXPECT_EQ(search_target(q, 10),
            "/v1/search?q=pelayanan%20%22e-KTP%22&per_page=10&province=Jawa%20Tengah"
            "&province=Jawa%20Timur&year=2021");
}

TEST_F(SearchdSystemTest, FirstErrorsQuotesIndexerDiagnostics) {
  const std::string out =
      "c.jsonl:1: error: field 'agency': required\n"
      "c.jsonl:2: warning: field 'category' is empty\n"
      "c.jsonl:3: error: field 'year': expected an integer\n"
      "indexer: 1 of 3 records indexed, 2 rejected, 1 warning(s)\n";
  EXPECT_EQ(first_errors(out, 5),
            "  c.jsonl:1: error: field 'agency': required\n"
            "  c.jsonl:3: error: field 'year': expected an integer\n");
  EXPECT_EQ(first_errors(out, 1), "  c.jsonl:1: error: field 'agency': required\n");
}

}  // namespace
}  // namespace jipp::bench::relevance
