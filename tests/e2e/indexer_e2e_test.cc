// End-to-end tests of the real `indexer` binary: bad input accounting,
// --strict, update and delete, crash safety under SIGKILL, and searchd
// picking up rebuilt indexes while it serves requests.
#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include <fcntl.h>

#include <atomic>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include "jipp/index_layout.h"
#include "searchd_process.h"

namespace jipp {
namespace {

using nlohmann::json;
using testing::run_command;

const std::string kRoot = JIPP_SOURCE_DIR;
const std::string kSample = kRoot + "/data/sample/innovations.jsonl";
const std::string kBad = kRoot + "/tests/fixtures/bad-records.jsonl";

std::vector<std::string> read_lines(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<std::string> out;
  std::string line;
  while (std::getline(in, line)) out.push_back(line);
  return out;
}

// Lines of `text` that contain `needle`, with `strip` removed from them.
std::vector<std::string> lines_with(const std::string& text, const std::string& needle,
                                    const std::string& strip) {
  std::vector<std::string> out;
  std::stringstream ss(text);
  std::string line;
  while (std::getline(ss, line)) {
    if (line.find(needle) == std::string::npos) continue;
    for (size_t p; (p = line.find(strip)) != std::string::npos;) line.erase(p, strip.size());
    out.push_back(line);
  }
  return out;
}

Xapian::doccount doc_count(const std::string& index) {
  return Xapian::Database(layout::live_path(index)).get_doccount();
}

bool has_id(const std::string& index, const std::string& id) {
  return Xapian::Database(layout::live_path(index)).term_exists("Q" + id);
}

class IndexerE2ETest : public ::testing::Test {
 protected:
  testing::CommandResult indexer(std::vector<std::string> args) {
    args.insert(args.begin(), JIPP_INDEXER_BIN);
    return run_command(args);
  }
  testing::CommandResult build(const std::string& input, std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"build", "--input", input, "--index", index_};
    args.insert(args.end(), extra.begin(), extra.end());
    return indexer(args);
  }
  // Writes records to a JSONL file in the temp dir.
  std::string write_jsonl(const std::string& name, const std::vector<json>& records) {
    const std::string path = dir_ / name;
    std::ofstream out(path);
    for (const auto& r : records) out << r.dump() << "\n";
    return path;
  }
  std::string generate(int count, int seed) {
    const std::string path = dir_ / ("gen-" + std::to_string(count) + ".jsonl");
    auto r = run_command({JIPP_GEN_CORPUS_BIN, "--count", std::to_string(count), "--seed",
                          std::to_string(seed), "--output", path});
    EXPECT_EQ(r.exit_code, 0) << r.output;
    return path;
  }

  testing::TempDir dir_;
  const std::string index_ = dir_ / "index";
};

json record(const std::string& id, const std::string& title, const std::string& province) {
  return {{"id", id},        {"title", title}, {"agency", "Dinas Sosial Kota Padang"},
          {"province", province}, {"year", 2022}};
}

TEST_F(IndexerE2ETest, BadInputIsReportedLineByLineAndNothingIsLost) {
  auto r = build(kBad, {"--rejects", dir_ / "rejects.jsonl"});
  EXPECT_EQ(r.exit_code, 1) << r.output;
  // Every diagnostic, exactly (paths made relative to the fixture folder).
  const std::vector<std::string> expected = read_lines(kRoot + "/tests/fixtures/bad-records.expected");
  std::vector<std::string> got = lines_with(r.output, "bad-records.jsonl:", kRoot + "/tests/fixtures/");
  EXPECT_EQ(got, expected);
  EXPECT_GE(expected.size() - 2, 30u) << "at least 30 kinds of bad records";

  // indexed + deleted + rejected = lines, and the summary says so.
  std::smatch m;
  ASSERT_TRUE(std::regex_search(r.output, m,
                                std::regex(R"((\d+) lines: (\d+) indexed \((\d+) repeated id\), (\d+) deleted, (\d+) rejected)")))
      << r.output;
  const int lines = std::stoi(m[1]), indexed = std::stoi(m[2]), repeated = std::stoi(m[3]),
            deleted = std::stoi(m[4]), rejected = std::stoi(m[5]);
  EXPECT_EQ(lines, static_cast<int>(read_lines(kBad).size()));
  EXPECT_EQ(indexed + deleted + rejected, lines);

  // The rejects file holds exactly the rejected lines, verbatim, each with
  // its location and reason.
  const std::vector<std::string> input = read_lines(kBad);
  const std::vector<std::string> rejects = read_lines(dir_ / "rejects.jsonl");
  ASSERT_EQ(static_cast<int>(rejects.size()), rejected);
  std::set<int> rejected_lines;
  for (const std::string& line : rejects) {
    json j = json::parse(line);
    const std::string loc = j["location"];
    const int n = std::stoi(loc.substr(loc.rfind(':') + 1));
    rejected_lines.insert(n);
    EXPECT_FALSE(j["error"].get<std::string>().empty());
    std::string raw = input[static_cast<size_t>(n - 1)];
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    if (raw.find('\xff') == std::string::npos) {
      EXPECT_EQ(j["raw"], raw) << loc;
    } else {
      EXPECT_NE(j["raw"].get<std::string>().find("\xEF\xBF\xBD"), std::string::npos)
          << "invalid bytes are replaced so the rejects file stays JSON";
    }
  }
  for (const std::string& e : expected) {
    if (e.find(": error: ") == std::string::npos) continue;
    const int n = std::stoi(e.substr(e.find(':') + 1));
    EXPECT_TRUE(rejected_lines.count(n)) << e;
  }
  // The good lines (BOM, CRLF, a repeated id, an empty optional field) are in.
  EXPECT_EQ(doc_count(index_), static_cast<Xapian::doccount>(indexed - repeated));
  for (const char* id : {"good-bom", "good-2", "good-crlf", "good-empty-optional"}) {
    EXPECT_TRUE(has_id(index_, id)) << id;
  }
}

TEST_F(IndexerE2ETest, StrictBuildLeavesTheLiveIndexExactlyAsItWas) {
  ASSERT_EQ(build(kSample).exit_code, 0);
  const std::string stub_before = read_lines(index_ + "/current").at(0);
  auto r = build(kBad, {"--strict"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.output.find("--strict"), std::string::npos) << r.output;
  EXPECT_EQ(read_lines(index_ + "/current").at(0), stub_before);
  EXPECT_EQ(layout::list_versions(index_), std::vector<int>{1});
  EXPECT_EQ(doc_count(index_), 320u);
}

TEST_F(IndexerE2ETest, UpdateUpsertsDeletesAndIsIdempotent) {
  ASSERT_EQ(build(write_jsonl("base.jsonl", {record("a", "Posyandu Keliling", "Bali"),
                                             record("b", "Bank Sampah Digital", "Bali"),
                                             record("c", "Antrean Online", "Aceh")}))
                .exit_code,
            0);
  const std::string changes = write_jsonl(
      "changes.jsonl", {record("a", "Posyandu Keliling", "Jawa Timur"),  // moves province
                        record("d", "Kartu Identitas Anak", "Bali"),     // new
                        json{{"id", "c"}, {"deleted", true}}});
  for (int run = 0; run < 2; ++run) {
    auto r = indexer({"update", "--input", changes, "--index", index_});
    ASSERT_EQ(r.exit_code, 0) << r.output;
    Xapian::Database db(layout::live_path(index_));
    EXPECT_EQ(db.get_doccount(), 3u) << "run " << run;
    EXPECT_TRUE(db.term_exists("Qd"));
    EXPECT_FALSE(db.term_exists("Qc"));
    // The facet moved with the upsert: Bali lost "a", Jawa Timur got it.
    EXPECT_EQ(db.get_termfreq("XP:bali"), 2u);
    EXPECT_EQ(db.get_termfreq("XP:jawa timur"), 1u);
  }
  EXPECT_EQ(layout::list_versions(index_), std::vector<int>{1}) << "updates change the live version in place";
}

TEST_F(IndexerE2ETest, StrictUpdateLeavesTheLiveIndexUntouched) {
  ASSERT_EQ(build(kSample).exit_code, 0);
  const std::string changes =
      write_jsonl("changes.jsonl", {record("new-1", "Layanan Baru", "Bali"),
                                    json{{"id", "new-2"}, {"title", ""}}});
  auto r = indexer({"update", "--input", changes, "--index", index_, "--strict"});
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_EQ(doc_count(index_), 320u);
  EXPECT_FALSE(has_id(index_, "new-1"));
}

TEST_F(IndexerE2ETest, DeleteRemovesRecordsById) {
  ASSERT_EQ(build(kSample).exit_code, 0);
  auto r = indexer({"delete", "--index", index_, "--id", "jip-a001", "--id", "jip-b002"});
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(doc_count(index_), 318u);
  EXPECT_FALSE(has_id(index_, "jip-a001"));
  auto missing = indexer({"delete", "--index", index_, "--id", "no-such-id"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.output.find("no record with id \"no-such-id\""), std::string::npos);
}

TEST_F(IndexerE2ETest, ShardedBuildIsOneIndexAndUpdatesFindTheirShard) {
  ASSERT_EQ(build(kSample, {"--shards", "3"}).exit_code, 0);
  EXPECT_EQ(layout::shard_paths(layout::live_version_dir(index_)).size(), 3u);
  EXPECT_EQ(doc_count(index_), 320u);
  const std::string changes = write_jsonl("changes.jsonl", {record("jip-a001", "Judul Baru", "Bali")});
  ASSERT_EQ(indexer({"update", "--input", changes, "--index", index_}).exit_code, 0);
  EXPECT_EQ(doc_count(index_), 320u) << "the upsert replaced the record in its own shard";
  auto check = indexer({"check", "--index", index_});
  EXPECT_EQ(check.exit_code, 0) << check.output;
}

TEST_F(IndexerE2ETest, ParallelBuildsHoldTheSameIndexAsOneThread) {
  // One thread, and three writer threads whose parts are compacted into one
  // database: the same records, terms and facet counts.
  std::vector<json> stats;
  for (const char* jobs : {"1", "3"}) {
    const std::string index = dir_ / (std::string("index-") + jobs);
    auto r = indexer({"build", "--input", kSample, "--index", index, "--jobs", jobs});
    ASSERT_EQ(r.exit_code, 0) << r.output;
    EXPECT_EQ(layout::shard_paths(layout::live_version_dir(index)).size(), 1u);
    EXPECT_EQ(indexer({"check", "--index", index}).exit_code, 0);
    auto s = indexer({"stats", "--index", index, "--json", "--top", "1000"});
    json j = json::parse(s.output);
    j.erase("built_at");
    j.erase("bytes");
    j.erase("index");
    stats.push_back(j);
    Xapian::Database db(layout::live_path(index));
    EXPECT_EQ(db.get_termfreq("Zduduk"), Xapian::Database(layout::live_path(dir_ / "index-1")).get_termfreq("Zduduk"));
  }
  EXPECT_EQ(stats[0], stats[1]);
}

TEST_F(IndexerE2ETest, StatsAndCheck) {
  ASSERT_EQ(build(write_jsonl("agencies.jsonl",
                              {record("a", "Satu", "Bali"), record("b", "Dua", "Bali")}))
                .exit_code,
            0);
  auto stats = indexer({"stats", "--index", index_, "--json"});
  ASSERT_EQ(stats.exit_code, 0) << stats.output;
  json j = json::parse(stats.output);
  EXPECT_EQ(j["records"], 2);
  EXPECT_EQ(j["version"], 1);
  EXPECT_EQ(j["facets"]["province"]["top"][0]["value"], "Bali");
  EXPECT_EQ(j["facets"]["province"]["top"][0]["count"], 2);
  auto check = indexer({"check", "--index", index_});
  EXPECT_EQ(check.exit_code, 0) << check.output;
  EXPECT_NE(check.output.find("checked 2 documents: 0 problem(s)"), std::string::npos);
}

// Starts `args` and SIGKILLs it after `ms` milliseconds (if still running).
int run_and_kill(const std::vector<std::string>& args, int ms) {
  pid_t pid = ::fork();
  if (pid == 0) {
    int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, 1);
    ::dup2(null, 2);
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(argv[0], argv.data());
    _exit(127);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(ms));
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  return status;
}

TEST_F(IndexerE2ETest, SigkillDuringRebuildLeavesTheLiveIndexIntact) {
  ASSERT_EQ(build(kSample).exit_code, 0);
  const std::string big = generate(4000, 7);
  for (int ms : {150, 600, 1500}) {
    run_and_kill({JIPP_INDEXER_BIN, "build", "--input", big, "--index", index_}, ms);
    EXPECT_EQ(layout::live_version(index_), 1) << "killed after " << ms << " ms";
    EXPECT_EQ(doc_count(index_), 320u);
    auto check = indexer({"check", "--index", index_});
    EXPECT_EQ(check.exit_code, 0) << check.output;
  }
  auto rerun = build(big);
  ASSERT_EQ(rerun.exit_code, 0) << rerun.output;
  EXPECT_EQ(doc_count(index_), 4000u);
  EXPECT_EQ(indexer({"check", "--index", index_}).exit_code, 0);
}

TEST_F(IndexerE2ETest, SigkillDuringUpdateLeavesTheLastCommittedBatch) {
  ASSERT_EQ(build(kSample).exit_code, 0);
  const std::string big = generate(3000, 11);
  const std::vector<std::string> lines = read_lines(big);
  const int batch = 250;
  Xapian::doccount before = 320;
  for (int ms : {300, 900, 1800}) {
    run_and_kill({JIPP_INDEXER_BIN, "update", "--input", big, "--index", index_,
                  "--batch-size", std::to_string(batch)},
                 ms);
    auto check = indexer({"check", "--index", index_});
    EXPECT_EQ(check.exit_code, 0) << "killed after " << ms << " ms: " << check.output;
    // Exactly the records of whole committed batches: a prefix of the
    // input, a multiple of the batch size long.
    const Xapian::doccount now = doc_count(index_);
    const int committed = static_cast<int>(now) - 320;
    EXPECT_GE(now, before);
    EXPECT_EQ(committed % batch, 0) << "killed after " << ms << " ms: " << committed;
    for (int i = 0; i < static_cast<int>(lines.size()); ++i) {
      const std::string id = json::parse(lines[static_cast<size_t>(i)])["id"];
      ASSERT_EQ(has_id(index_, id), i < committed) << id << " after " << ms << " ms";
    }
    before = now;
  }
  auto rerun = indexer({"update", "--input", big, "--index", index_});
  ASSERT_EQ(rerun.exit_code, 0) << rerun.output;
  EXPECT_EQ(doc_count(index_), 3320u);
}

TEST_F(IndexerE2ETest, SearchdServesThroughThreeRebuildsWithoutAFailedRequest) {
  ASSERT_EQ(build(kSample).exit_code, 0);
  testing::SearchdProcess server(JIPP_SEARCHD_BIN, index_);
  std::atomic<bool> done{false};
  std::atomic<int> requests{0}, failures{0};
  std::thread client([&] {
    httplib::Client c("127.0.0.1", server.port());
    while (!done) {
      auto r = c.Get("/v1/search?q=pelayanan+kesehatan&per_page=5");
      ++requests;
      if (!r || r->status != 200) ++failures;
    }
  });
  httplib::Client c("127.0.0.1", server.port());
  std::vector<std::string> base = read_lines(kSample);
  for (int round = 1; round <= 3; ++round) {
    // The sample plus one record only this round has.
    const std::string word = "penandaronde" + std::string(1, static_cast<char>('a' + round));
    std::vector<json> recs;
    for (const auto& l : base) recs.push_back(json::parse(l));
    recs.push_back(record("round-" + std::to_string(round), "Inovasi " + word, "Bali"));
    ASSERT_EQ(build(write_jsonl("round.jsonl", recs)).exit_code, 0);
    const auto published = std::chrono::steady_clock::now();
    bool found = false;
    std::string last;
    while (!found && std::chrono::steady_clock::now() - published < std::chrono::seconds(5)) {
      auto r = c.Get(("/v1/search?q=" + word).c_str());
      last = r ? std::to_string(r->status) + " " + r->body : "no response";
      found = r && r->status == 200 && json::parse(r->body)["total"] == 1;
      if (!found) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    EXPECT_TRUE(found) << "last answer: " << last.substr(0, 300);
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - published).count();
    EXPECT_TRUE(found) << "round " << round;
    EXPECT_LE(secs, 2.0) << "round " << round << ": new records served after " << secs << " s";
  }
  done = true;
  client.join();
  EXPECT_GT(requests.load(), 10);
  EXPECT_EQ(failures.load(), 0) << "of " << requests.load() << " requests";
  EXPECT_EQ(server.stop(), 0);
}

}  // namespace
}  // namespace jipp
