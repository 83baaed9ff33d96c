#include "ingest/file_reader.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace newsdesk::ingest {
namespace {

namespace fs = std::filesystem;

class FileReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("newsdesk_reader_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& bytes) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  fs::path dir_;
};

TEST_F(FileReaderTest, ReadsAWholeFile) {
  auto r = read_input(write("a.txt", "Titolo\n\nTesto."));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->bytes, "Titolo\n\nTesto.");
  EXPECT_GT(r->fetch_time, 0);
}

TEST_F(FileReaderTest, NamesTheReasonForEachFailure) {
  auto missing = read_input((dir_ / "nope.txt").string());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().reason, "no such file");

  auto directory = read_input(dir_.string());
  ASSERT_FALSE(directory.ok());
  EXPECT_EQ(directory.error().reason, "is a directory");

  auto big = read_input(write("big.txt", std::string(2000, 'x')), 1000);
  ASSERT_FALSE(big.ok());
  EXPECT_NE(big.error().reason.find("limit"), std::string::npos);
  EXPECT_EQ(big.error().source, (dir_ / "big.txt").string());
}

TEST_F(FileReaderTest, UnreadableFile) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads any file";
  std::string p = write("secret.txt", "x");
  ::chmod(p.c_str(), 0);
  auto r = read_input(p);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().reason, "permission denied");
}

}  // namespace
}  // namespace newsdesk::ingest
