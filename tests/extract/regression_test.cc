// Regression: the bench scorers (README-extraction.md) re-implemented on a fixed subset
// of the shared sets; fails when a score drops below the floor recorded here.
#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "extract/extract.h"

namespace newsdesk::extract {
namespace {

// Floors: measured on these subsets (2026-11-27) minus a small margin.
constexpr double kScrapinghubF1Floor = 0.96;
constexpr double kTrafilaturaF1Floor = 0.92;  // 0.928 after the lead, climb and tail work
constexpr double kHtmldateAccuracyFloor = 0.85;

const std::string kData = std::string(NEWSDESK_SHARED_DIR) + "/data";

bool have_data() { return std::filesystem::exists(kData + "/trafilatura-eval.json"); }

std::string gunzip(const std::string& path) {
  std::string out;
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return out;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof(buf))) > 0) out.append(buf, static_cast<size_t>(n));
  gzclose(f);
  return out;
}

nlohmann::json load_json(const std::string& path) {
  std::ifstream in(path);
  return nlohmann::json::parse(in);
}

std::string extract_text(const std::string& path, const std::string& url, std::string* date = nullptr) {
  core::RawDoc doc;
  doc.source = path;
  doc.bytes = gunzip(path);
  doc.url = url;
  auto r = extract_article(doc);
  if (!r.ok()) return {};
  if (date) *date = r->date.date;
  return r->text();
}

// Python's re \w+: letters, numbers and '_'.
std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    int8_t t = c < 0 ? static_cast<int8_t>(U_UNASSIGNED) : u_charType(c);
    bool w = c == '_' || (t >= U_UPPERCASE_LETTER && t <= U_OTHER_LETTER) || t == U_DECIMAL_DIGIT_NUMBER ||
             t == U_LETTER_NUMBER || t == U_OTHER_NUMBER;
    if (w) cur.append(s, static_cast<size_t>(start), static_cast<size_t>(i - start));
    else if (!cur.empty()) out.push_back(std::move(cur)), cur.clear();
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

std::map<std::string, int> shingles(const std::string& s) {
  auto w = words(s);
  std::map<std::string, int> out;
  if (w.empty()) return out;
  if (w.size() < 4) {
    std::string k;
    for (auto& x : w) k += x + '\x1f';
    out[k] = 1;
    return out;
  }
  for (size_t i = 0; i + 4 <= w.size(); ++i) out[w[i] + '\x1f' + w[i + 1] + '\x1f' + w[i + 2] + '\x1f' + w[i + 3]]++;
  return out;
}

// Python's str.split() whitespace, collapsed to one space.
std::string norm(const std::string& s) {
  std::string out;
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  bool space = false;
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    bool ws = (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
              (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
    if (ws) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out.append(s, static_cast<size_t>(start), static_cast<size_t>(i - start));
  }
  return out;
}

TEST(extract_regression, ScrapinghubSubset) {
  if (!have_data()) GTEST_SKIP() << "no shared data at " << kData;
  auto truth = load_json(kData + "/scrapinghub/ground-truth.json");
  std::vector<std::string> keys;
  for (auto it = truth.begin(); it != truth.end(); ++it) keys.push_back(it.key());
  std::sort(keys.begin(), keys.end());
  double psum = 0, rsum = 0;
  int pn = 0, rn = 0;
  for (size_t k = 0; k < keys.size(); k += 3) {  // every third page: 61 pages
    const auto& rec = truth[keys[k]];
    std::string pred = extract_text(kData + "/scrapinghub/html/" + keys[k] + ".html.gz", rec["url"].get<std::string>());
    auto t = shingles(rec["articleBody"].get<std::string>()), p = shingles(pred);
    double tp = 0, fp = 0, fn = 0;
    for (auto& [s, c] : t) {
      auto it = p.find(s);
      int pc = it == p.end() ? 0 : it->second;
      tp += std::min(c, pc);
      fn += std::max(0, c - pc);
    }
    for (auto& [s, c] : p) {
      auto it = t.find(s);
      fp += std::max(0, c - (it == t.end() ? 0 : it->second));
    }
    bool perfect = fp == 0 && fn == 0;
    if (tp + fp > 0) psum += perfect ? 1 : tp / (tp + fp), ++pn;
    if (tp + fn > 0) rsum += perfect ? 1 : tp / (tp + fn), ++rn;
  }
  double P = psum / std::max(1, pn), R = rsum / std::max(1, rn);
  double f1 = 2 * P * R / (P + R);
  std::printf("scrapinghub subset: F1 %.3f P %.3f R %.3f\n", f1, P, R);
  EXPECT_GE(f1, kScrapinghubF1Floor);
}

TEST(extract_regression, TrafilaturaEvalSubset) {
  if (!have_data()) GTEST_SKIP() << "no shared data at " << kData;
  auto recs = load_json(kData + "/trafilatura-eval.json");
  double tp = 0, fp = 0, fn = 0;
  for (size_t i = 0; i < recs.size() && i < 300; ++i) {
    const auto& r = recs[i];
    std::string text = norm(extract_text(kData + "/" + r["file"].get<std::string>(), r["url"].get<std::string>()));
    for (const auto& w : r["with"]) (text.find(norm(w.get<std::string>())) != std::string::npos ? tp : fn) += 1;
    for (const auto& w : r["without"]) fp += text.find(norm(w.get<std::string>())) != std::string::npos;
  }
  double f1 = 2 * tp / (2 * tp + fp + fn);
  std::printf("trafilatura-eval subset: F1 %.3f (tp %.0f fp %.0f fn %.0f)\n", f1, tp, fp, fn);
  EXPECT_GE(f1, kTrafilaturaF1Floor);
}

TEST(extract_regression, HtmldateSubset) {
  if (!have_data()) GTEST_SKIP() << "no shared data at " << kData;
  auto recs = load_json(kData + "/htmldate-eval.json");
  int ok = 0, n = 0;
  for (size_t i = 0; i < recs.size() && i < 300; ++i, ++n) {
    const auto& r = recs[i];
    std::string date;
    extract_text(kData + "/" + r["file"].get<std::string>(), r["url"].get<std::string>(), &date);
    ok += r["date"].is_string() && date == r["date"].get<std::string>();
  }
  double acc = static_cast<double>(ok) / n;
  std::printf("htmldate subset: accuracy %.3f (%d/%d)\n", acc, ok, n);
  EXPECT_GE(acc, kHtmldateAccuracyFloor);
}

}  // namespace
}  // namespace newsdesk::extract
