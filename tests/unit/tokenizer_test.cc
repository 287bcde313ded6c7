#include "jipp/tokenizer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace jipp {
namespace {

std::vector<std::string> texts(std::string_view s, bool query = false) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(s, query)) out.push_back(t.text);
  return out;
}

struct Case {
  const char* input;
  std::vector<std::string> expected;
  const char* why;
};

TEST(TokenizerTest, SegmentsIndonesianText) {
  const Case cases[] = {
      {"Pelayanan Publik", {"pelayanan", "publik"}, "case folding"},
      {"anak-anak bermain", {"anak-anak", "bermain"}, "hyphenated compound stays one token"},
      {"e-KTP dan KTP-el", {"e-ktp", "dan", "ktp-el"}, "hyphenated acronyms"},
      {"COVID-19 tahun 2019", {"covid-19", "tahun", "2019"}, "letters and digits join"},
      {"periode 2019-2021", {"periode", "2019", "2021"}, "number ranges split"},
      {"periode 2019–2021", {"periode", "2019", "2021"}, "en dash separates"},
      {"jaringan 5G", {"jaringan", "5g"}, "digit-letter word"},
      {"Jum'at dan Jum’at", {"jumat", "dan", "jumat"}, "apostrophes dropped in words"},
      {"www.banyuwangikab.go.id", {"www", "banyuwangikab", "go", "id"}, "URL parts"},
      {"info@dukcapil.go.id", {"info", "dukcapil", "go", "id"}, "e-mail parts"},
      {"Rp 1,2 miliar dan 2.166.086 jiwa", {"rp", "1,2", "miliar", "dan", "2.166.086", "jiwa"},
       "numbers keep separators"},
      {"café ÉLITE", {"cafe", "elite"}, "accents on Latin letters removed"},
      {"ＫＴＰ", {"ktp"}, "NFKC folds full-width letters"},
      {"“Si Cantik”", {"si", "cantik"}, "curly quotes are not words"},
  };
  for (const Case& c : cases) EXPECT_EQ(texts(c.input), c.expected) << c.why;
}

TEST(TokenizerTest, QueryModeKeepsSyntax) {
  std::vector<Token> t = tokenize("\"izin usaha\" AND -korupsi title:dukcapil izin*", true);
  std::string rebuilt;
  for (const Token& tok : t) rebuilt += tok.text;
  EXPECT_EQ(rebuilt, "\"izin usaha\" AND -korupsi title:dukcapil izin*");
  auto op = std::find_if(t.begin(), t.end(), [](const Token& x) { return x.text == "AND"; });
  ASSERT_NE(op, t.end());
  EXPECT_EQ(op->kind, Token::Kind::kOperator);
}

TEST(TokenizerTest, LowerCaseOperatorsAreWords) {
  std::vector<Token> t = tokenize("and or", true);
  EXPECT_EQ(t[0].kind, Token::Kind::kWord);
}

TEST(TokenizerTest, ReplacesInvalidUtf8) {
  std::vector<std::string> out = texts("data\xff\xfe rusak");
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out.back(), "rusak");
}

TEST(TokenizerTest, SkipsOverlongTokensWithoutQuadraticWork) {
  std::string huge(1 << 20, 'a');
  std::vector<std::string> out = texts("awal " + huge + " akhir");
  EXPECT_EQ(out, (std::vector<std::string>{"awal", "akhir"}));
}

TEST(TokenizerTest, ControlCharactersSeparateWords) {
  EXPECT_EQ(texts(std::string("satu\x01" "dua\x7f" "tiga")),
            (std::vector<std::string>{"satu", "dua", "tiga"}));
}

TEST(TokenizerTest, OtherScriptsAreSegmented) {
  EXPECT_EQ(texts("北京大学").size(), 2u) << "ICU dictionary segmentation of Chinese";
  EXPECT_EQ(texts("وونغ جاوه").size(), 2u) << "Arabic script (Pegon)";
  EXPECT_FALSE(texts("ꦮꦺꦴꦁꦗꦮ").empty()) << "Javanese script";
}

TEST(TokenizerTest, EmptyAndBlankInput) {
  EXPECT_TRUE(texts("").empty());
  EXPECT_TRUE(texts("   \n\t ").empty());
  EXPECT_TRUE(texts("--- ... !!!").empty());
}

TEST(TokenizerTest, FoldWordRemovesLatinAccentsOnly) {
  EXPECT_EQ(fold_word("Café"), "cafe");
  EXPECT_EQ(fold_word("ẞ"), "ss");
}

}  // namespace
}  // namespace jipp
