#include "jipp/stemmer.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <thread>
#include <fstream>
#include <sstream>

#include "test_support.h"

namespace jipp {
namespace {

class StemmerTest : public ::testing::Test {
 protected:
  std::string root(const std::string& w) { return testing::shared_analyzer()->root(w); }
};

struct Case {
  const char* word;
  const char* root;
  const char* why;
};

TEST_F(StemmerTest, StripsConfixesWithSoundChanges) {
  const Case cases[] = {
      {"kependudukan", "duduk", "ke-an around peN- + duduk"},
      {"penduduk", "duduk", "peN- + duduk"},
      {"berkelanjutan", "lanjut", "ber- ke- -an"},
      {"mempermudah", "mudah", "mem- per-"},
      {"perizinan", "izin", "per-an"},
      {"pelayanan", "layan", "pe-an"},
      {"pelayanannya", "layan", "clitic -nya then pe-an"},
      {"menyapu", "sapu", "meny- recodes to s"},
      {"memukul", "pukul", "mem- recodes to p"},
      {"mengkaji", "kaji", "meng- before k"},
      {"penyuluhan", "suluh", "peny-an recodes to s"},
      {"pengobatan", "obat", "peng-an before a vowel"},
      {"pemberdayaan", "daya", "pem- ber- -an"},
      {"mengurus", "urus", "recoding ambiguity (urus/kurus) settled by affix flags"},
      {"pendidikan", "didik", "pen-an"},
      {"kesehatan", "sehat", "ke-an"},
      {"digitalisasi", "digital", "loanword -isasi on a dictionary entry"},
      {"belajar", "ajar", "derived entry in id_ID.dic"},
  };
  for (const Case& c : cases) EXPECT_EQ(root(c.word), c.root) << c.word << ": " << c.why;
}

TEST_F(StemmerTest, KeepsRootsAndNames) {
  const Case cases[] = {
      {"bekasi", "bekasi", "region name is protected (not bekas + -i)"},
      {"sleman", "sleman", "region name is protected"},
      {"kediri", "kediri", "region name is protected (not ke- + diri)"},
      {"adapun", "adapun", "dictionary word ending in -pun"},
      {"terbang", "terbang", "ter- entry is a root of its own"},
      {"kelas", "kelas", "ke- entry is a root of its own"},
      {"masyarakat", "masyarakat", "root"},
      {"covid19", "covid19", "words with digits are left alone"},
      {"di", "di", "short words"},
  };
  for (const Case& c : cases) EXPECT_EQ(root(c.word), c.root) << c.word << ": " << c.why;
}

TEST_F(StemmerTest, ResolvesReduplication) {
  const Case cases[] = {
      {"anak-anak", "anak", "full reduplication"},
      {"kupu-kupu", "kupu-kupu", "a root that is itself reduplicated"},
      {"bolak-balik", "bolak-balik", "dictionary compound"},
      {"sayur-mayur", "sayur", "imitative reduplication"},
      {"memukul-mukul", "pukul", "affixed reduplication"},
      {"berbagai-bagai", "bagai", "affixed reduplication"},
      {"e-KTP", "ektp", "hyphenated acronym is joined, not reduplication"},
  };
  for (const Case& c : cases) EXPECT_EQ(root(c.word), c.root) << c.word << ": " << c.why;
}

TEST_F(StemmerTest, AccuracyOnSharedDevSet) {
  const std::string path = std::string(JIPP_SHARED_EVAL_DIR) + "/stemming/dev.tsv";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "stemming evaluation file not found: " << path;
  std::string line;
  int total = 0, correct = 0;
  std::string misses;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::stringstream ss(line);
    std::string word, expected;
    std::getline(ss, word, '\t');
    std::getline(ss, expected, '\t');
    ++total;
    const std::string got = root(word);
    if (got == expected) {
      ++correct;
    } else {
      misses += "  " + word + ": expected " + expected + ", got " + got + "\n";
    }
  }
  ASSERT_GT(total, 0);
  const double pct = 100.0 * correct / total;
  std::printf("stemming accuracy: %d/%d (%.1f%%)\n%s", correct, total, pct, misses.c_str());
  EXPECT_GE(pct, 95.0);
}

TEST_F(StemmerTest, ThreadsSharingTheCacheAgree) {
  // Four threads, each with its own Xapian::Stem, stem the same words at
  // once through the shared cache; every answer matches the uncached one.
  auto analyzer = testing::shared_analyzer();
  const std::vector<std::string> words = {"kependudukan", "pelayanannya", "mempermudah",
                                          "perizinan",    "berkelanjutan", "penyuluhan",
                                          "pengobatan",   "mengurus",      "menteri"};
  std::vector<std::string> expected;
  for (const auto& w : words) {
    const StemmerData& d = analyzer->stemmer_data();
    expected.push_back(d.canonical(d.stem(w)));
  }
  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      Xapian::Stem stem = analyzer->make_stem();
      for (int round = 0; round < 200; ++round) {
        for (size_t i = 0; i < words.size(); ++i) {
          if (stem(words[i]) != expected[i]) ++mismatches;
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(mismatches.load(), 0);
}

TEST_F(StemmerTest, CachingAdapterAgreesWithData) {
  auto analyzer = testing::shared_analyzer();
  Xapian::Stem stem = analyzer->make_stem();
  EXPECT_EQ(stem("kependudukan"), "duduk");
  EXPECT_EQ(stem("kependudukan"), "duduk");  // cached
  EXPECT_EQ(stem.get_description(), "Xapian::Stem(jipp-indonesian)");
}

}  // namespace
}  // namespace jipp
