// Every input a fuzzer once crashed on (tests/fuzz-regressions/<target>/) runs
// again through the same entry point, in the normal build, under the normal sanitizers.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

// http_fuzz is built where the server over the real store is (tests/fuzz/CMakeLists.txt).
#ifdef NEWSDESK_FUZZ_HTTP
#define NEWSDESK_FUZZ_HTTP_TARGET(X) X(http)
#else
#define NEWSDESK_FUZZ_HTTP_TARGET(X)
#endif
#define NEWSDESK_FUZZ_TARGETS(X)                                                                          \
  X(html) X(extract) X(charset) X(page_blocks) X(warc) X(gzip) X(feed) X(json_lines) X(facts) X(language) \
  NEWSDESK_FUZZ_HTTP_TARGET(X)

#define DECLARE(t) extern "C" int newsdesk_fuzz_##t(const uint8_t* data, size_t size);
NEWSDESK_FUZZ_TARGETS(DECLARE)
#undef DECLARE

namespace newsdesk::fuzz {
namespace {

namespace fs = std::filesystem;
using EntryPoint = int (*)(const uint8_t*, size_t);

struct Target {
  const char* name;
  EntryPoint run;
};

#define ENTRY(t) Target{#t, &newsdesk_fuzz_##t},
const Target kTargets[] = {NEWSDESK_FUZZ_TARGETS(ENTRY)};
#undef ENTRY

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class FuzzRegressions : public ::testing::TestWithParam<Target> {};

TEST_P(FuzzRegressions, ReplaysEveryInput) {
  const Target& t = GetParam();
  fs::path dir = fs::path(NEWSDESK_SOURCE_DIR) / "tests/fuzz-regressions" / t.name;
  int replayed = 0;
  if (fs::is_directory(dir)) {
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (!entry.is_regular_file()) continue;
      SCOPED_TRACE(entry.path().string());
      std::string bytes = read_file(entry.path());
      EXPECT_EQ(t.run(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()), 0);
      ++replayed;
    }
  }
  // The edges every target must take in its stride too.
  for (std::string bytes : {std::string(), std::string(1, '\0'), std::string("\xff\xfe\x00<", 4)}) {
    EXPECT_EQ(t.run(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()), 0);
  }
  RecordProperty("replayed", replayed);
}

INSTANTIATE_TEST_SUITE_P(Targets, FuzzRegressions, ::testing::ValuesIn(kTargets),
                         [](const ::testing::TestParamInfo<Target>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace newsdesk::fuzz
