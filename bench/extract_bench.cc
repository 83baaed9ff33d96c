// newsdesk-extract-bench: drives the extractor (or a parser alone) over many pages for
// bench/run — prints one JSON line per page and a timing summary of the loop only.
//
//   newsdesk-extract-bench [--mode extract|parse|libxml2|gumbo] [--list FILE.tsv]
//                          [--no-output] [--repeat N] [--max-bytes N] [--no-language] [PATH...]
//
// A list file holds "path<TAB>url" lines. Paths ending in .gz are gunzipped on load;
// loading is outside the timed loop.
#include <linux/perf_event.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <zlib.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "extract/charset.h"
#include "extract/content.h"
#include "extract/metadata.h"
#include "extract/extract.h"
#include "extract/html.h"
#include "extract/render.h"

#ifdef NEWSDESK_BENCH_LIBXML2
#include <libxml/HTMLparser.h>
#endif
#ifdef NEWSDESK_BENCH_GUMBO
#include <gumbo.h>
#endif

namespace {

struct Page {
  std::string path;
  std::string url;
  std::string bytes;
};

bool load(const std::string& path, std::string& out) {
  gzFile f = gzopen(path.c_str(), "rb");  // reads plain files too
  if (!f) return false;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof(buf))) > 0) out.append(buf, static_cast<size_t>(n));
  gzclose(f);
  return n >= 0;
}

long peak_rss_kb() {
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

// Instructions retired in user space by this thread, when the kernel lets us count them
// (perf_event_paranoid <= 2); -1 otherwise. CPU time varies with the load others put on
// a shared machine; the instruction count does not.
struct InstructionCounter {
  int fd = -1;
  InstructionCounter() {
    perf_event_attr attr{};
    attr.type = PERF_TYPE_HARDWARE;
    attr.size = sizeof(attr);
    attr.config = PERF_COUNT_HW_INSTRUCTIONS;
    attr.disabled = 1;
    attr.exclude_kernel = 1;
    attr.exclude_hv = 1;
    fd = static_cast<int>(syscall(SYS_perf_event_open, &attr, 0, -1, -1, 0));
  }
  ~InstructionCounter() {
    if (fd >= 0) close(fd);
  }
  void start() {
    if (fd < 0) return;
    ioctl(fd, PERF_EVENT_IOC_RESET, 0);
    ioctl(fd, PERF_EVENT_IOC_ENABLE, 0);
  }
  double stop() {
    if (fd < 0) return -1;
    ioctl(fd, PERF_EVENT_IOC_DISABLE, 0);
    long long v = 0;
    if (read(fd, &v, sizeof(v)) != static_cast<ssize_t>(sizeof(v))) return -1;
    return static_cast<double>(v);
  }
};

}  // namespace

int main(int argc, char** argv) {
  std::string mode = "extract";
  std::string list;
  bool output = true;
  int repeat = 1;
  newsdesk::extract::ExtractOptions options;
  std::vector<Page> pages;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "missing value for " << a << "\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--mode") mode = next();
    else if (a == "--list") list = next();
    else if (a == "--no-output") output = false;
    else if (a == "--repeat") repeat = std::stoi(next());
    else if (a == "--max-bytes") options.max_bytes = std::stoul(next());
    else if (a == "--no-language") options.detect_language = false;
    else pages.push_back({a, "", ""});
  }
  if (!list.empty()) {
    std::ifstream in(list);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      size_t tab = line.find('\t');
      Page p;
      p.path = line.substr(0, tab);
      if (tab != std::string::npos) p.url = line.substr(tab + 1);
      pages.push_back(std::move(p));
    }
  }
  size_t total_bytes = 0;
  for (auto& p : pages) {
    if (!load(p.path, p.bytes)) std::cerr << p.path << ": cannot read\n";
    total_bytes += p.bytes.size();
  }
  long rss_before = peak_rss_kb();
  std::vector<std::string> out_lines(output ? pages.size() : 0);
  size_t errors = 0, sink = 0;
  auto cpu_now = [] {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
  };
  InstructionCounter counter;
  counter.start();
  double cpu0 = cpu_now();
  auto t0 = std::chrono::steady_clock::now();
  for (int r = 0; r < repeat; ++r) {
    for (size_t i = 0; i < pages.size(); ++i) {
      const Page& p = pages[i];
      if (mode == "extract") {
        newsdesk::core::RawDoc doc;
        doc.source = p.path;
        doc.bytes = p.bytes;
        doc.url = p.url;
        doc.media_type = "text/html";
        auto res = newsdesk::extract::extract_article(doc, options);
        if (!res.ok()) {
          ++errors;
          if (output && r == 0) {
            nlohmann::json j = {{"path", p.path}, {"error", res.error().reason}};
            out_lines[i] = j.dump();
          }
          continue;
        }
        if (output && r == 0) out_lines[i] = newsdesk::extract::article_to_json(*res, p.path);
        sink += res->blocks.size();
      } else if (mode == "explain") {
        // Which container won, and its ancestors: for tuning by hand.
        auto dec = newsdesk::extract::decode_html(p.bytes, "", p.path);
        if (!dec.ok()) { ++errors; continue; }
        auto doc = newsdesk::extract::parse_html(std::move(dec->utf8));
        auto meta = newsdesk::extract::read_metadata(doc, newsdesk::extract::DayMonthOrder::kDayFirst);
        auto content = newsdesk::extract::extract_content(doc, newsdesk::extract::clean_title(meta), p.url, false);
        std::cout << p.path << " nodes=" << doc.nodes.size() << " blocks=" << content.blocks.size() << "\n";
        for (size_t n = 1; n < doc.nodes.size(); ++n) {
          int ni = static_cast<int>(n);
          if (doc.node(ni).type != newsdesk::extract::NodeType::kElement) continue;
          if (!newsdesk::extract::is_boilerplate_element(doc, ni)) continue;
          std::string t;
          doc.append_text(ni, t);
          if (t.size() > 1500 && doc.node(ni).tag != newsdesk::extract::Tag::kScript)
            std::cout << "  SKIPPED " << doc.node(ni).text << " class=" << doc.attr(ni, "class")
                      << " id=" << doc.attr(ni, "id") << " len=" << t.size() << "\n";
        }
        if (const char* find = std::getenv("NEWSDESK_FIND")) {
          // Where a snippet lives: the ancestors of the first text node holding its start.
          std::string_view needle(find);
          needle = needle.substr(0, std::min<size_t>(needle.size(), 12));
          for (size_t n = 1; n < doc.nodes.size(); ++n) {
            const auto& nd = doc.nodes[n];
            if (nd.type != newsdesk::extract::NodeType::kText || nd.text.find(needle) == std::string_view::npos) continue;
            std::cout << "  FOUND in text node " << n << "\n";
            for (int a = doc.node(static_cast<int>(n)).parent; a > 0; a = doc.node(a).parent)
              std::cout << "    " << doc.node(a).text << " class=" << doc.attr(a, "class") << " id=" << doc.attr(a, "id")
                        << " hard=" << newsdesk::extract::is_structural_boilerplate(doc, a)
                        << " hint=" << newsdesk::extract::has_boilerplate_hints(doc, a) << (a == content.root ? " <== ROOT" : "") << "\n";
            break;
          }
        }
        for (int n = content.root; n > 0; n = doc.node(n).parent) {
          std::cout << "  " << doc.node(n).text << " class=" << doc.attr(n, "class") << " id=" << doc.attr(n, "id")
                    << " skip=" << newsdesk::extract::is_boilerplate_element(doc, n) << "\n";
        }
      } else if (mode == "parse") {
        auto dec = newsdesk::extract::decode_html(p.bytes, "", p.path);
        if (!dec.ok()) { ++errors; continue; }
        auto doc = newsdesk::extract::parse_html(std::move(dec->utf8));
        sink += doc.nodes.size();
#ifdef NEWSDESK_BENCH_LIBXML2
      } else if (mode == "libxml2") {
        auto dec = newsdesk::extract::decode_html(p.bytes, "", p.path);
        if (!dec.ok()) { ++errors; continue; }
        htmlDocPtr d = htmlReadMemory(dec->utf8.data(), static_cast<int>(dec->utf8.size()), nullptr, "UTF-8",
                                      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                          HTML_PARSE_NONET | HTML_PARSE_COMPACT);
        if (d) { ++sink; xmlFreeDoc(d); }
#endif
#ifdef NEWSDESK_BENCH_GUMBO
      } else if (mode == "gumbo") {
        auto dec = newsdesk::extract::decode_html(p.bytes, "", p.path);
        if (!dec.ok()) { ++errors; continue; }
        GumboOutput* g = gumbo_parse_with_options(&kGumboDefaultOptions, dec->utf8.data(), dec->utf8.size());
        if (g) { ++sink; gumbo_destroy_output(&kGumboDefaultOptions, g); }
#endif
      } else {
        std::cerr << "unknown or unavailable mode " << mode << "\n";
        return 2;
      }
    }
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double cpu_secs = cpu_now() - cpu0;
  double instructions = counter.stop();
  for (const auto& l : out_lines)
    if (!l.empty()) std::cout << l << '\n';
  double n = static_cast<double>(pages.size()) * repeat;
  nlohmann::json summary = {{"mode", mode},
                            {"pages", n},
                            {"bytes", static_cast<double>(total_bytes) * repeat},
                            {"seconds", secs},
                            {"cpu_seconds", cpu_secs},
                            {"pages_per_cpu_s", cpu_secs > 0 ? n / cpu_secs : 0},
                            {"pages_per_s", secs > 0 ? n / secs : 0},
                            {"mb_per_s", secs > 0 ? static_cast<double>(total_bytes) * repeat / 1e6 / secs : 0},
                            {"instructions", instructions},
                            {"instructions_per_page", instructions >= 0 && n > 0 ? instructions / n : -1.0},
                            {"peak_rss_kb", peak_rss_kb()},
                            {"rss_after_load_kb", rss_before},
                            {"errors", errors},
                            {"sink", sink}};
  std::cerr << "SUMMARY " << summary.dump() << '\n';
  return 0;
}
