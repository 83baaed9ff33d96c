// Finding entities in one text: people, places and organisations from capitalised
// spans, gazetteers and cue words, with the variants a text uses merged into one.
#pragma once

#include <string_view>
#include <vector>

#include "analyze/entities_types.h"

namespace newsdesk::analyze {

struct FindOptions {
  // KIND's convention: a common noun naming one institution ("il governo",
  // "la polizia") is an organisation. Off for story entities.
  bool institutions = false;
};

// The entities `text` names, in order of first mention. `language` is ISO 639-1
// ("" when unknown: every language's cues apply).
std::vector<Entity> find_entities(std::string_view text, std::string_view language,
                                  const FindOptions& options = {});

}  // namespace newsdesk::analyze
