#include "analyze/date_meals.h"

namespace newsdesk::analyze {
namespace {

// Lexicon value of a meal: first hour * 100 + last hour, + 10000 when the word names the time alone.
constexpr int kNamesTime = 10000;

struct Meal {
  int first_hour = 0, last_hour = 0;
  bool names_time = false;
  size_t end = 0;
};

std::optional<Meal> meal_word(const std::vector<std::vector<DateWordMatch>>& words, size_t j) {
  if (j >= words.size()) return std::nullopt;
  for (const DateWordMatch& m : words[j])
    if (m.kind == DateWord::kMeal) {
      int v = m.value % kNamesTime;
      return Meal{v / 100, v % 100, m.value >= kNamesTime, m.end_token};
    }
  return std::nullopt;
}

// The after/since or before word ending just at token i (up to three words back: "later than").
std::optional<DateWord> bound_ending_at(const std::vector<std::vector<DateWordMatch>>& words, size_t i) {
  for (size_t back = 1; back <= 3 && back <= i; ++back)
    for (const DateWordMatch& m : words[i - back])
      if (m.end_token == i && (m.kind == DateWord::kAfter || m.kind == DateWord::kSince || m.kind == DateWord::kBefore))
        return m.kind;
  return std::nullopt;
}

}  // namespace

std::optional<MealTime> meal_time_at(const std::vector<std::vector<DateWordMatch>>& words, size_t i) {
  if (i >= words.size()) return std::nullopt;
  // "at lunch", "around dinner", "at around breakfast": the whole meal, the word in front kept
  for (const DateWordMatch& prep : words[i]) {
    if (prep.kind != DateWord::kTimePrep) continue;
    if (auto meal = meal_word(words, prep.end_token))
      return MealTime{i, meal->end, meal->first_hour, meal->last_hour, prep.value == 1};
  }
  auto meal = meal_word(words, i);
  if (!meal) return std::nullopt;
  // "after dinner" starts when it ends, "before lunch" ends when it starts
  if (auto bound = bound_ending_at(words, i))
    return MealTime{i, meal->end, *bound == DateWord::kBefore ? meal->first_hour : meal->last_hour, -1, false};
  if (meal->names_time) return MealTime{i, meal->end, meal->first_hour, meal->last_hour, false};
  return std::nullopt;
}

}  // namespace newsdesk::analyze
