#include "core/bundle.h"

namespace newsdesk::core {

std::map<std::string, std::string_view, std::less<>> parse_bundle(std::string_view blob) {
  constexpr std::string_view kMarker = "@@ file ";
  std::map<std::string, std::string_view, std::less<>> files;
  size_t pos = blob.find(kMarker);
  while (pos != std::string_view::npos) {
    size_t name_begin = pos + kMarker.size();
    size_t name_end = blob.find('\n', name_begin);
    if (name_end == std::string_view::npos) break;
    size_t next = blob.find(std::string("\n") + std::string(kMarker), name_end);
    size_t body_end = next == std::string_view::npos ? blob.size() : next + 1;
    files.emplace(std::string(blob.substr(name_begin, name_end - name_begin)),
                  blob.substr(name_end + 1, body_end - name_end - 1));
    pos = next == std::string_view::npos ? next : next + 1;
  }
  return files;
}

std::vector<std::string_view> lexicon_entries(std::string_view body) {
  std::vector<std::string_view> entries;
  size_t pos = 0;
  while (pos < body.size()) {
    size_t eol = body.find('\n', pos);
    if (eol == std::string_view::npos) eol = body.size();
    std::string_view line = body.substr(pos, eol - pos);
    pos = eol + 1;
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) {
      line.remove_suffix(1);
    }
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    if (line.empty() || line.front() == '#') continue;
    entries.push_back(line);
  }
  return entries;
}

std::string language_of_file(std::string_view file_name) {
  return std::string(file_name.substr(0, file_name.find('.')));
}

}  // namespace newsdesk::core
