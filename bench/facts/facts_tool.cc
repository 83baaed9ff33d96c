// Benchmark driver for the fact finders: reads JSON lines {"text","lang","ref"} on
// stdin and writes what newsdesk finds, one JSON line per input; or times them.
//   facts_tool           < cases.jsonl > found.jsonl
//   facts_tool --speed FILE LANG   (MB/s of find_facts on one core)
//   facts_tool --facts FILE LANG   (the facts JSON of one text, no publication date)
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "analyze/date_durations.h"
#include "analyze/date_mentions.h"
#include "analyze/facts.h"
#include "analyze/facts_json.h"
#include "analyze/quantity_numbers.h"

using namespace newsdesk::analyze;

namespace {

// "2016-11-07" or "2016-11-07T16:12:00": the reference date and, when given, its time.
std::optional<Anchor> parse_ref(const std::string& ref) {
  if (ref.size() < 10) return std::nullopt;
  Anchor a{CivilDate{std::stoi(ref.substr(0, 4)), std::stoi(ref.substr(5, 2)), std::stoi(ref.substr(8, 2))},
           "publication", ""};
  if (ref.size() >= 19 && ref[10] == 'T') a.time = ref.substr(11, 8);
  return a;
}

int speed(const char* path, const char* lang) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  size_t bytes = 0, found = 0;
  find_facts(text, lang, std::nullopt);  // loads the lexicons outside the timing
  // The CPU time of this thread: the machine is shared, and wall time would count the
  // other processes' turns as ours. MB/s per core is what the target is stated in.
  auto cpu_now = [] {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
  };
  double t0 = cpu_now(), secs = 0;
  while (secs < 2.0) {
    Facts f = find_facts(text, lang, std::nullopt);
    found += f.dates.size() + f.quantities.size() + f.quotes.size();
    bytes += text.size();
    secs = cpu_now() - t0;
  }
  std::cout << nlohmann::json{{"bytes", bytes}, {"seconds", secs}, {"mb_per_s", bytes / secs / 1e6},
                              {"found", found}}
                   .dump()
            << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 4 && std::string(argv[1]) == "--speed") return speed(argv[2], argv[3]);
  if (argc == 4 && std::string(argv[1]) == "--facts") {  // --facts FILE LANG: the facts JSON of one text
    std::ifstream in(argv[2], std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::cout << facts_to_json(find_facts(ss.str(), argv[3], std::nullopt)).dump(1) << "\n";
    return 0;
  }
  std::string line;
  while (std::getline(std::cin, line)) {
    auto c = nlohmann::json::parse(line);
    std::string text = c["text"], lang = c["lang"], ref = c.value("ref", "");
    nlohmann::json out;
    out["numbers"] = nlohmann::json::array();
    for (const auto& n : find_numbers(text, lang)) {
      out["numbers"].push_back({{"b", n.begin}, {"e", n.end}, {"value", n.value}, {"article", n.article_only},
                                {"glued", n.glued_unit}});
    }
    out["dates"] = nlohmann::json::array();
    auto dates = find_dates(text, lang, parse_ref(ref));
    std::vector<std::pair<size_t, size_t>> spans;
    for (const auto& d : dates) spans.emplace_back(d.begin, d.end);
    for (const auto& d : find_durations(text, lang, spans))
      out["dates"].push_back({{"b", d.begin}, {"e", d.end}, {"duration", d.seconds}, {"iso", d.iso}});
    for (const auto& d : dates) {
      nlohmann::json j{{"b", d.begin}, {"e", d.end}, {"day", d.granularity == DateGranularity::kDay},
                       {"time", d.time}, {"time_only", d.granularity == DateGranularity::kTime},
                       {"start", d.start.iso()}, {"end", d.end_exclusive.iso()}, {"value", d.value()}};
      if (d.future_start) {
        j["fstart"] = d.future_start->iso();
        if (d.future_end) j["fend"] = d.future_end->iso();
      }
      if (d.open_start) j["start"] = nullptr;
      if (d.open_end) j["end"] = nullptr;
      if (!d.time_end.empty()) j["time_end"] = d.time_end;
      if (d.granularity == DateGranularity::kSet) j["set"] = d.set;
      if (d.approx) j["approx"] = true;
      if (!d.unresolved.empty()) j["unresolved"] = d.unresolved;
      if ((d.open_start || d.open_end) && !d.time.empty()) {  // a bounded time: its day stays in start
        j["day_of"] = d.start.iso();
        if (d.future_start) j["fday_of"] = d.future_start->iso();
      }
      out["dates"].push_back(j);
    }
    std::cout << out.dump() << "\n";
  }
  return 0;
}
