#include "extract/article.h"

namespace newsdesk::extract {

std::string Article::text() const {
  std::string out;
  for (const auto& b : blocks) {
    if (!out.empty()) out += "\n\n";
    out += b.text;
  }
  return out;
}

}  // namespace newsdesk::extract
