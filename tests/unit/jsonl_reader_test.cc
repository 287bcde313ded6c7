#include "jsonl_reader.h"

#include <gtest/gtest.h>

#include <fstream>

#include "../e2e/searchd_process.h"

namespace jipp::indexer {
namespace {

class JsonlReaderTest : public ::testing::Test {
 protected:
  std::vector<JsonlLine> read_all(const std::string& content) {
    const std::string path = dir_ / "in.jsonl";
    std::ofstream(path, std::ios::binary) << content;
    auto r = JsonlReader::open(path);
    EXPECT_TRUE(r.is_ok());
    std::vector<JsonlLine> out;
    JsonlLine line;
    while ((*r)->next(&line)) out.push_back(line);
    return out;
  }
  testing::TempDir dir_;
};

TEST_F(JsonlReaderTest, ReadsLinesWithNumbers) {
  auto lines = read_all("{\"id\":\"a\"}\n{\"id\":\"b\"}\n");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[1].number, 2u);
  EXPECT_EQ(lines[1].value["id"], "b");
  EXPECT_TRUE(lines[1].status.is_ok());
}

TEST_F(JsonlReaderTest, ToleratesBomAndCrlf) {
  auto lines = read_all("\xEF\xBB\xBF{\"id\":\"a\"}\r\n{\"id\":\"b\"}\r\n");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_TRUE(lines[0].status.is_ok());
  EXPECT_EQ(lines[0].raw, "{\"id\":\"a\"}");
  EXPECT_TRUE(lines[1].status.is_ok());
}

TEST_F(JsonlReaderTest, ReportsEachBadLine) {
  auto lines = read_all("\n{\"id\":\n[1,2]\n{\"id\":\"\xff\"}\n{\"id\":\"ok\"}");
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0].status.message(), "empty line");
  EXPECT_EQ(lines[1].status.message().rfind("malformed JSON at byte", 0), 0u)
      << lines[1].status.message();
  EXPECT_EQ(lines[2].status.message(), "expected a JSON object");
  EXPECT_EQ(lines[3].status.message(), "invalid UTF-8 near byte 8 of the line");
  EXPECT_TRUE(lines[4].status.is_ok()) << "last line without a newline";
}

TEST_F(JsonlReaderTest, MissingFileIsNotFound) {
  auto r = JsonlReader::open(dir_ / "nope.jsonl");
  ASSERT_FALSE(r.is_ok());
  EXPECT_EQ(r.status().kind(), ErrorKind::kNotFound);
}

}  // namespace
}  // namespace jipp::indexer
