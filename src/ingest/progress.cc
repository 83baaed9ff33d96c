#include "ingest/progress.h"

#include <fmt/format.h>

namespace newsdesk::ingest {
namespace {

std::string grouped(uint64_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

}  // namespace

std::string format_progress(const SourceCounts& c, double seconds, uint64_t total_bytes) {
  double mb = static_cast<double>(c.bytes_read) / 1e6;
  std::string line = fmt::format("{} docs  {:.1f} MB", grouped(c.documents), mb);
  if (seconds > 0.05) {
    line += fmt::format("  {:.0f} docs/s  {:.1f} MB/s", static_cast<double>(c.documents) / seconds, mb / seconds);
  }
  if (c.errors > 0) line += fmt::format("  {} error{}", grouped(c.errors), c.errors == 1 ? "" : "s");
  if (total_bytes > 0 && c.bytes_read > 0 && c.bytes_read < total_bytes && seconds > 0.5) {
    double rest = seconds * static_cast<double>(total_bytes - c.bytes_read) / static_cast<double>(c.bytes_read);
    auto s = static_cast<uint64_t>(rest + 0.5);
    line += s >= 3600 ? fmt::format("  ETA {}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
                      : fmt::format("  ETA {}:{:02}", s / 60, s % 60);
  }
  return line;
}

ProgressMeter::ProgressMeter(std::FILE* out, bool enabled, uint64_t total_bytes)
    : out_(out), enabled_(enabled), total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()), last_(start_) {}

double ProgressMeter::seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void ProgressMeter::update(const SourceCounts& counts) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (drawn_ && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  std::string line = format_progress(counts, seconds(), total_bytes_);
  size_t width = line.size();
  if (width < last_width_) line.append(last_width_ - width, ' ');
  last_width_ = width;
  std::fprintf(out_, "\r%s", line.c_str());
  std::fflush(out_);
  drawn_ = true;
}

void ProgressMeter::finish(const SourceCounts& counts) {
  if (!enabled_) return;
  drawn_ = false;
  update(counts);
  std::fputc('\n', out_);
  std::fflush(out_);
}

}  // namespace newsdesk::ingest
