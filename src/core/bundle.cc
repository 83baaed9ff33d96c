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

}  // namespace newsdesk::core
