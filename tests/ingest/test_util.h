// Helpers for the ingest tests: a scratch folder, gzip members made in memory,
// and draining a DocumentSource into documents and diagnostics.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/diagnostic.h"
#include "core/raw_doc.h"
#include "ingest/document_source.h"

namespace newsdesk::ingest::testing {

namespace fs = std::filesystem;

inline std::string gzip(const std::string& data, int level = 6) {
  z_stream z{};
  deflateInit2(&z, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

struct Drained {
  std::vector<core::RawDoc> docs;
  std::vector<core::Diagnostic> errors;
  std::vector<std::string> order;  // "doc SOURCE" / "error SOURCE: WHERE: REASON"
};

inline Drained drain(DocumentSource& source) {
  Drained d;
  while (auto r = source.next()) {
    if (r->ok()) {
      d.order.push_back("doc " + r->value().source);
      d.docs.push_back(std::move(r->value()));
    } else {
      d.order.push_back("error " + core::format_diagnostic(r->error()));
      d.errors.push_back(r->error());
    }
  }
  return d;
}

inline Drained drain_path(const std::string& path, const SourceOptions& options = {}) {
  auto source = open_source(path, options);
  return drain(*source);
}

class ScratchDir : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           ("newsdesk_ingest_" + std::to_string(::getpid()) + "_" + info->test_suite_name() + "_" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& bytes) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  fs::path dir_;
};

inline std::string data_file(const std::string& name) {
  return std::string(NEWSDESK_SOURCE_DIR) + "/tests/ingest/data/" + name;
}

}  // namespace newsdesk::ingest::testing
