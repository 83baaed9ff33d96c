// A page's expected grouping, as a person reads it (tests/e2e/pages/*.expect):
// which items form each story, which lines are dropped, and key relations.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

namespace newsdesk::e2e {

struct PageExpectation {
  std::string language;
  std::vector<std::set<int>> stories;       // each story's item start lines
  std::map<int, int> spans;                 // article start line -> end line
  std::set<int> dropped;
  std::map<int, std::string> relations;     // line -> relation
};

// Parses the lines "language: it", "story: 3 5 12-24", "dropped: 1 26",
// "relation: 10 exact_duplicate"; '#' starts a comment.
PageExpectation parse_expectation(const std::string& text);

}  // namespace newsdesk::e2e
