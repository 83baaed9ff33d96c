// newsdesk-ingest-bench: packs folders into a WARC and times reading inputs
// through ingest/ (and, when built with extract/, extraction on N threads).
//
//   newsdesk-ingest-bench pack DIR... -o FILE.warc.gz
//   newsdesk-ingest-bench read [--threads N] [--extract] [--repeat K] [--batch B] PATH...
//
// `read` prints one JSON object: documents, errors, MB in, pages/s, MB/s, peak RSS.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ingest/document_source.h"
#include "ingest/map_in_order.h"
#include "ingest/news_item.h"
#include "ingest/warc_writer.h"
#ifdef NEWSDESK_BENCH_EXTRACT
#include "extract/extract.h"
#endif

namespace {

using newsdesk::core::RawDoc;
namespace ingest = newsdesk::ingest;

long peak_rss_kb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

// User + system CPU of all threads: pages per CPU second do not depend on what
// else the machine is running.
double cpu_seconds() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
         static_cast<double>(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

int usage() {
  std::fprintf(stderr,
               "usage: newsdesk-ingest-bench pack DIR... -o FILE.warc.gz [--url-prefix URL]\n"
               "       newsdesk-ingest-bench read [--threads N] [--extract] [--repeat K] [--batch B] PATH...\n");
  return 2;
}

int pack(int argc, char** argv) {
  std::vector<std::string> inputs;
  std::string output;
  ingest::PackOptions options;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if ((a == "-o" || a == "--output") && i + 1 < argc) output = argv[++i];
    else if (a == "--url-prefix" && i + 1 < argc) options.url_prefix = argv[++i];
    else inputs.push_back(a);
  }
  if (inputs.empty() || output.empty()) return usage();
  auto writer = ingest::WarcWriter::create(output);
  if (!writer) {
    std::fprintf(stderr, "%s\n", newsdesk::core::format_diagnostic(writer.error()).c_str());
    return 1;
  }
  (*writer)->write_warcinfo(output, "newsdesk-ingest-bench pack");
  options.output = output;
  auto start = std::chrono::steady_clock::now();
  auto result = ingest::pack_warc(inputs, **writer, options);
  bool ok = (*writer)->finish();
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  for (const auto& d : result.diagnostics) std::fprintf(stderr, "%s\n", newsdesk::core::format_diagnostic(d).c_str());
  std::fprintf(stderr, "packed %llu records, %.1f MB, in %.2f s\n", static_cast<unsigned long long>(result.records),
               static_cast<double>((*writer)->bytes_written()) / 1e6, s);
  return ok && result.diagnostics.empty() ? 0 : 1;
}

// What a worker makes of one document; summed in input order.
struct Outcome {
  bool ok = false;
  size_t text_bytes = 0;
};

Outcome process(const RawDoc& doc, bool extract) {
  Outcome o;
  o.ok = true;
  o.text_bytes = doc.bytes.size();
#ifdef NEWSDESK_BENCH_EXTRACT
  if (extract && !ingest::is_news_item(doc)) {
    auto article = newsdesk::extract::extract_article(doc);
    o.ok = article.ok();
    o.text_bytes = article.ok() ? article->text().size() : 0;
  }
#else
  (void)extract;
#endif
  return o;
}

int read(int argc, char** argv) {
  int threads = 1;
  int repeat = 1;
  size_t batch = 64;
  bool extract = false;
  std::vector<std::string> paths;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--threads" && i + 1 < argc) threads = std::max(1, std::atoi(argv[++i]));
    else if (a == "--repeat" && i + 1 < argc) repeat = std::max(1, std::atoi(argv[++i]));
    else if (a == "--batch" && i + 1 < argc) batch = static_cast<size_t>(std::max(1, std::atoi(argv[++i])));
    else if (a == "--extract") extract = true;
    else paths.push_back(a);
  }
  if (paths.empty()) return usage();
#ifndef NEWSDESK_BENCH_EXTRACT
  if (extract) {
    std::fprintf(stderr, "built without extract/: --extract ignored\n");
    extract = false;
  }
#endif
  std::vector<std::string> all;
  for (int r = 0; r < repeat; ++r) all.insert(all.end(), paths.begin(), paths.end());

  auto start = std::chrono::steady_clock::now();
  double cpu_start = cpu_seconds();
  auto source = ingest::open_sources(all);
  uint64_t docs = 0, errors = 0, failed = 0, doc_bytes = 0, text_bytes = 0;
  // A bounded window of documents read in order, processed on all threads,
  // consumed in order: memory stays at one window whatever the input size.
  struct Done {
    bool read = false;
    size_t doc_bytes = 0;
    Outcome outcome;
  };
  ingest::map_in_order<Done>(
      *source, threads, batch,
      [&](newsdesk::core::Result<RawDoc>& r) {
        Done d;
        if (!r.ok()) return d;
        d.read = true;
        d.doc_bytes = r->bytes.size();
        d.outcome = process(*r, extract);
        return d;
      },
      [&](Done& d) {
        if (!d.read) { ++errors; return; }
        ++docs;
        doc_bytes += d.doc_bytes;
        if (!d.outcome.ok) ++failed;
        text_bytes += d.outcome.text_bytes;
      });
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double cpu = cpu_seconds() - cpu_start;
  auto counts = source->counts();
  nlohmann::ordered_json j;
  j["threads"] = threads;
  j["extract"] = extract;
  j["repeat"] = repeat;
  j["documents"] = docs;
  j["read_errors"] = errors;
  j["extract_failures"] = failed;
  j["skipped_records"] = counts.skipped;
  j["input_mb"] = static_cast<double>(counts.bytes_read) / 1e6;
  j["document_mb"] = static_cast<double>(doc_bytes) / 1e6;
  j["text_mb"] = static_cast<double>(text_bytes) / 1e6;
  j["seconds"] = s;
  j["cpu_seconds"] = cpu;
  j["pages_per_s"] = static_cast<double>(docs) / s;
  j["pages_per_cpu_s"] = static_cast<double>(docs) / cpu;
  j["document_mb_per_s"] = static_cast<double>(doc_bytes) / 1e6 / s;
  j["peak_rss_mb"] = static_cast<double>(peak_rss_kb()) / 1024.0;
  std::printf("%s\n", j.dump().c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  if (std::strcmp(argv[1], "pack") == 0) return pack(argc, argv);
  if (std::strcmp(argv[1], "read") == 0) return read(argc, argv);
  return usage();
}
