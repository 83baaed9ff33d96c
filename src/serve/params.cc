#include "serve/params.h"

#include <algorithm>
#include <charconv>
#include <initializer_list>
#include <string_view>

namespace newsdesk::serve {
namespace {

constexpr size_t kMaxValueBytes = 512;

bool is_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  int month = (s[5] - '0') * 10 + (s[6] - '0');
  int day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool is_language(std::string_view s) {
  if (s.size() < 2 || s.size() > 3) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool is_site(std::string_view s) {
  if (s.empty() || s.size() > 253) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '-' || c == ':' || c == '_';
  });
}

// Walks the parameters once; each known name goes to its setter, which returns
// an error message or "".
class ParamReader {
 public:
  explicit ParamReader(const Fields& params) : params_(params) {}

  template <class Setter>
  std::string read(std::initializer_list<std::string_view> names, Setter&& set) {
    std::vector<std::string_view> seen;
    for (const auto& [name, value] : params_) {
      if (std::find(names.begin(), names.end(), name) == names.end())
        return "unknown parameter '" + name + "'";
      if (std::find(seen.begin(), seen.end(), name) != seen.end())
        return "parameter '" + name + "' given twice";
      seen.push_back(name);
      if (value.size() > kMaxValueBytes) return "parameter '" + name + "' is too long";
      std::string error = set(name, value);
      if (!error.empty()) return error;
    }
    return "";
  }

 private:
  const Fields& params_;
};

std::string parse_limit(const std::string& value, int& limit) {
  int n = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || end != value.data() + value.size() || n < 1 || n > 100)
    return "parameter 'limit' must be an integer from 1 to 100";
  limit = n;
  return "";
}

std::string parse_filter(const std::string& name, const std::string& value, store::Filters& f) {
  if (name == "lang") {
    if (!is_language(value)) return "parameter 'lang' must be an ISO 639 code such as 'it'";
    f.language = value;
  } else if (name == "since" || name == "until") {
    if (!is_date(value)) return "parameter '" + name + "' must be a date YYYY-MM-DD";
    (name == "since" ? f.since : f.until) = value;
  } else if (name == "entity") {
    if (value.empty()) return "parameter 'entity' must not be empty";
    f.entity = value;
  } else if (name == "site") {
    if (!is_site(value)) return "parameter 'site' must be a host name such as 'www.ansa.it'";
    f.site = value;
  }
  return "";
}

std::string check_range(const store::Filters& f) {
  if (!f.since.empty() && !f.until.empty() && f.since > f.until)
    return "parameter 'since' is after 'until'";
  return "";
}

}  // namespace

std::variant<store::StoryQuery, ParamError> parse_story_query(const Fields& params) {
  store::StoryQuery q;
  std::string error = ParamReader(params).read(
      {"q", "lang", "since", "until", "entity", "site", "order", "limit", "cursor"},
      [&](const std::string& name, const std::string& value) -> std::string {
        if (name == "q") q.text = value;
        else if (name == "order") {
          if (value == "newest") q.order = store::StoryOrder::kNewest;
          else if (value == "largest") q.order = store::StoryOrder::kLargest;
          else return "parameter 'order' must be 'newest' or 'largest'";
        } else if (name == "limit") return parse_limit(value, q.limit);
        else if (name == "cursor") q.cursor = value;
        else return parse_filter(name, value, q.filters);
        return "";
      });
  if (error.empty()) error = check_range(q.filters);
  if (!error.empty()) return ParamError{error};
  return q;
}

std::variant<store::SearchQuery, ParamError> parse_search_query(const Fields& params) {
  store::SearchQuery q;
  bool has_text = false;
  std::string error = ParamReader(params).read(
      {"q", "lang", "since", "until", "entity", "site", "limit", "cursor"},
      [&](const std::string& name, const std::string& value) -> std::string {
        if (name == "q") {
          q.text = value;
          has_text = value.find_first_not_of(" \t\r\n") != std::string::npos;
        } else if (name == "limit") return parse_limit(value, q.limit);
        else if (name == "cursor") q.cursor = value;
        else return parse_filter(name, value, q.filters);
        return "";
      });
  if (error.empty() && !has_text) error = "parameter 'q' is required: the words to search for";
  if (error.empty()) error = check_range(q.filters);
  if (!error.empty()) return ParamError{error};
  return q;
}

std::variant<PageParams, ParamError> parse_page_params(const Fields& params) {
  PageParams p;
  std::string error = ParamReader(params).read(
      {"limit", "cursor"}, [&](const std::string& name, const std::string& value) -> std::string {
        if (name == "limit") return parse_limit(value, p.limit);
        p.cursor = value;
        return "";
      });
  if (!error.empty()) return ParamError{error};
  return p;
}

}  // namespace newsdesk::serve
