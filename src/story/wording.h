// How much of their wording two short texts share, function words included:
// what tells a paraphrase ("says the same, reworded") from another headline
// on the same event, which the weighted content-term score cannot — two
// headlines on one event share their names and key words either way.
#pragma once

#include <string_view>

namespace newsdesk::story {

// Words of the shorter-read side found in the other, over the longer side's
// word count, on match keys (text::fold_to_key: folded, one space between
// words); 0.8 of that when the figures the two give differ. In [0, 1].
double wording_overlap(std::string_view key_a, std::string_view key_b);

// Two headlines are paraphrases when they share at least kParaphraseWording of
// their wording, or score at least kParaphraseScore on names, figures and words
// (reworded throughout: "Thousands evacuated as bushfire nears Canberra" /
// "Bushfire forces thousands to flee Canberra"); else they report the same
// event otherwise. Both chosen on the MRPC training pairs, where the wording
// line alone gives F1 0.823 (bench/story/paraphrase.py).
inline constexpr double kParaphraseWording = 0.38;
inline constexpr double kParaphraseScore = 0.6;

}  // namespace newsdesk::story
