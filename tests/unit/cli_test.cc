#include "jipp/cli.h"

#include <gtest/gtest.h>

#include <vector>

namespace jipp::cli {
namespace {

std::string parse(Flags& flags, std::vector<std::string> args) {
  args.insert(args.begin(), "prog");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  return flags.parse(static_cast<int>(argv.size()), argv.data());
}

TEST(FlagsTest, StoresValuesAndNamesTheFlagInErrors) {
  std::string index;
  unsigned long long port = 8080;
  Flags flags("prog");
  flags.text("--index", &index);
  flags.uint("--port", 1, 65535, &port);
  EXPECT_EQ(parse(flags, {"--index", "/x", "--port", "9000"}), "");
  EXPECT_EQ(index, "/x");
  EXPECT_EQ(port, 9000u);
  EXPECT_FALSE(flags.help());
  EXPECT_EQ(parse(flags, {"--port", "0"}), "--port needs an integer 1-65535");
  EXPECT_EQ(parse(flags, {"--port", "70000"}), "--port needs an integer 1-65535");
  EXPECT_EQ(parse(flags, {"--port", "9x"}), "--port needs an integer 1-65535");
  EXPECT_EQ(port, 9000u) << "a rejected value leaves the target alone";
  EXPECT_EQ(parse(flags, {"--index"}), "--index needs a value");
  EXPECT_EQ(parse(flags, {"--bogus"}), "unknown option '--bogus' (prog --help shows the usage)");
}

TEST(FlagsTest, CustomValuesAndHelp) {
  int n = 0;
  Flags flags("prog");
  flags.custom("--mode", "fast or slow", [&](const std::string& v) {
    n = v == "fast" ? 1 : v == "slow" ? 2 : 0;
    return n != 0;
  });
  EXPECT_EQ(parse(flags, {"--mode", "slow"}), "");
  EXPECT_EQ(n, 2);
  EXPECT_EQ(parse(flags, {"--mode", "medium"}), "--mode needs fast or slow");
  EXPECT_EQ(parse(flags, {"-h", "--bogus"}), "");
  EXPECT_TRUE(flags.help());
}

TEST(FlagsTest, MissingRequiredOptionIsNamedUnlessHelpWasAsked) {
  std::string index, out;
  Flags flags("prog");
  flags.required("--index", &index);
  flags.required("--out", &out);
  EXPECT_EQ(parse(flags, {"--out", "x"}), "--index is required");
  EXPECT_EQ(parse(flags, {"--index", "/i"}), "");
  EXPECT_EQ(index, "/i");
  EXPECT_EQ(out, "x");
  std::string other;
  Flags again("prog");
  again.required("--index", &other);
  EXPECT_EQ(parse(again, {"--help"}), "");
  EXPECT_TRUE(again.help());
}

}  // namespace
}  // namespace jipp::cli
