// JsonWriter: appends JSON straight to a string. The API's hot responses (story
// pages, search hits) and the `stories` output are written with it rather than
// built as a JSON tree first: the tree's allocations and its serialiser cost
// more than the query on a busy server, and 8% of a `stories` run.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsdesk::core {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }

  JsonWriter& key(std::string_view name);
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
  JsonWriter& value(int64_t n);
  JsonWriter& value(int n) { return value(static_cast<int64_t>(n)); }
  JsonWriter& value(double d);  // NaN and infinities become null
  JsonWriter& value(bool b);
  JsonWriter& null();
  JsonWriter& raw(std::string_view json);  // a value already serialised
  // A line break between elements, for output read by people and line tools.
  JsonWriter& newline() {
    out_ += '\n';
    return *this;
  }

  // Shorthands: "name": value inside an object.
  template <class T>
  JsonWriter& field(std::string_view name, const T& v) {
    key(name);
    return value(v);
  }
  JsonWriter& string_array(std::string_view name, const std::vector<std::string>& items);
  // An empty string is written as null.
  JsonWriter& optional_string(std::string_view name, const std::string& s);

 private:
  JsonWriter& open(char c);
  JsonWriter& close(char c);
  void separate();
  void escaped(std::string_view s);

  std::string& out_;
  std::vector<bool> first_;  // per open container: no element written yet
  bool after_key_ = false;
};

}  // namespace newsdesk::core
