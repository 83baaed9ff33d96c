// English parts of the day written by their meridiem after a day word: "today pm" (the afternoon,
// 12-16), "tomorrow am" (the morning, 8-12), as notes and schedules abbreviate them.
#pragma once

#include <cstddef>
#include <vector>

#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {

// At token j: "pm"/"p.m." gives 12 (afternoon), "am"/"a.m." 8 (morning), 0 none; `end` the token
// after it. Only where the phrase ends or joins another ("today pm to tomorrow am"): "tomorrow am
// I free" is the verb.
int english_meridiem_part_at(const std::vector<FactToken>& t, size_t j, size_t& end);

// "one morning", "some afternoon": a part of some day, told without the day. Whether token i is
// such a "one" or "some" (the part itself is the mention; "one night" stays a count of nights).
bool english_indefinite_part_word(const std::vector<FactToken>& t, size_t i);

}  // namespace newsdesk::analyze
