// How much two items say the same thing: weighted overlap of their terms, with
// a penalty when each names people or places the other does not (two events
// that share many words but not their who and where).
#pragma once

#include <string>
#include <vector>

#include "core/item.h"
#include "story/item_features.h"

namespace newsdesk::story {

struct Overlap {
  double matched_a = 0, total_a = 0;  // weight of a's terms found in b, and in all
  double matched_b = 0, total_b = 0;
  double names_matched = 0;           // name weight found on both sides (a's view)
  double names_only_a = 0, names_only_b = 0;
  int numbers_a = 0, numbers_b = 0, numbers_matched = 0;
  int numbers_disagreeing = 0;  // a's figures that b gives otherwise for the same thing
  int dates_a = 0, dates_b = 0, dates_matched = 0;  // weekdays and months
  int events_matched = 0;   // event concepts both report: ev:kill, ev:labour_strike, ...
  int anchors_matched = 0;  // names, places, figures and dates both give
  int terms_matched_a = 0;  // a's terms found in b, wholly or in part

  // What measure_overlap(b, a) gives, from what measuring (a, b) already
  // counted: callers that need both orientations count once.
  Overlap reversed() const;

  // b's view of the fields above that are a's, kept for reversed().
  double names_matched_by_b = 0;
  int numbers_matched_by_b = 0, numbers_disagreeing_by_b = 0, dates_matched_by_b = 0;
  int events_matched_by_b = 0, anchors_matched_by_b = 0, terms_matched_b = 0;
};

Overlap measure_overlap(const ItemFeatures& a, const ItemFeatures& b);

// Dice over weighted terms: both texts say the same (paraphrased headlines).
double dice(const Overlap& o);

// Share of a's weight found in b: a headline inside an article.
double containment_of_a(const Overlap& o);

// True when both sides name someone or somewhere the other does not, at least
// as much as they share: "Putin meets Kim in Beijing" / "Putin meets Erdogan in Ankara".
bool names_conflict(const Overlap& o);

// Figures of the same thing disagree and none agree: "5 killed in Kyiv" /
// "12 killed in Odesa".
bool numbers_conflict(const Overlap& o);

// Both say when and the days or months differ: "on Tuesday" / "on Saturday".
bool dates_conflict(const Overlap& o);

// The same kind of event with the same who, where, how many or when, and
// nothing contradicting: "sciopero ... venerdì" / "venerdì nero, lo sciopero".
// Such a pair scores at least kSignatureScore, however differently worded.
bool same_event_signature(const Overlap& o, double score);
inline constexpr double kSignatureScore = 0.5;

// What two items share that says "same event": names, figures, dates, event
// and place concepts — the evidence `stories --explain` shows. At most `max`.
std::vector<std::string> shared_evidence(const ItemFeatures& a, const ItemFeatures& b, size_t max = 8);

struct PairScore {
  double score = 0;
  core::Relation relation = core::Relation::kParaphrase;  // or kSameEvent with an article
  // Both give a name, place, figure, date or event concept: evidence that does
  // not depend on the language, which a link across languages must have.
  bool anchored = false;
  // The overlap it was scored on, as measure_overlap(a, b) gives it.
  Overlap overlap;
  // Two headlines in one language: how much wording they share (wording.h),
  // which says whether one rewords the other or tells the event otherwise.
  double wording = 0;
};

// Whether a pair may join one story on its score: across languages, only
// when anchored — dictionary words alone chain unrelated pages together.
bool may_link(const PairScore& score, const ItemFeatures& a, const ItemFeatures& b);

// The score that decides whether `a` joins the story of `b`, by their kinds.
PairScore score_pair(const core::Item& a, const ItemFeatures& fa, const core::Item& b,
                     const ItemFeatures& fb);

// A pair scoring at least this reports the same event.
inline constexpr double kSameStoryThreshold = 0.45;

}  // namespace newsdesk::story
