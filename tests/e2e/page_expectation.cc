#include "page_expectation.h"

#include <sstream>

namespace newsdesk::e2e {

PageExpectation parse_expectation(const std::string& text) {
  PageExpectation e;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string key = line.substr(0, colon);
    std::istringstream values(line.substr(colon + 1));
    if (key == "language") {
      values >> e.language;
    } else if (key == "story") {
      std::set<int> story;
      std::string token;
      while (values >> token) {
        auto dash = token.find('-');
        int start = std::stoi(token.substr(0, dash));
        story.insert(start);
        if (dash != std::string::npos) e.spans[start] = std::stoi(token.substr(dash + 1));
      }
      e.stories.push_back(story);
    } else if (key == "dropped") {
      int n;
      while (values >> n) e.dropped.insert(n);
    } else if (key == "relation") {
      int n;
      std::string relation;
      values >> n >> relation;
      e.relations[n] = relation;
    }
  }
  return e;
}

}  // namespace newsdesk::e2e
