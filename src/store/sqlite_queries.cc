// The read side of SqliteStore: story lists, a story, an entity, search.
#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <variant>

#include "store/columns.h"
#include "store/cursor.h"
#include "store/schema.h"
#include "store/search_terms.h"
#include "store/sqlite_store.h"

namespace newsdesk::store {
namespace {

using Param = std::variant<int64_t, double, std::string>;

// A WHERE clause built from parts, with its parameters in order.
struct Where {
  std::string sql;
  std::vector<Param> params;
  void add(const std::string& condition, std::vector<Param> values = {}) {
    sql += (sql.empty() ? " WHERE " : " AND ") + condition;
    for (auto& v : values) params.push_back(std::move(v));
  }
};

void bind_all(Statement& s, const std::vector<Param>& params) {
  int n = 1;
  for (const auto& p : params) {
    std::visit([&](const auto& v) { s.bind(n, v); }, p);
    ++n;
  }
}

constexpr const char* kSummaryColumns =
    "s.id, s.title, s.language, s.languages, s.items, s.documents, s.sites, s.first_seen, s.last_seen";

StorySummary read_summary(const Statement& s) {
  StorySummary out;
  out.id = s.text(0);
  out.title = s.text(1);
  out.language = s.text(2);
  out.languages = json_strings(s.text(3));
  out.items = static_cast<int>(s.integer(4));
  out.documents = static_cast<int>(s.integer(5));
  out.sites = json_strings(s.text(6));
  out.first_seen = s.text(7);
  out.last_seen = s.text(8);
  return out;
}

// Every query leaves the connection with no read open, so that a long-lived
// reader (the server's) sees the next commit and lets the WAL be checkpointed.
struct ReadsReleased {
  Database& db;
  ~ReadsReleased() { db.release_reads(); }
};

}  // namespace

std::vector<std::string> SqliteStore::stored_languages() {
  // Languages that have a Snowball stemmer and items: few, and cheap to list.
  Statement& q = db_.prepare("SELECT language FROM item_languages");
  std::vector<std::string> out;
  while (q.step()) {
    std::string lang = q.text(0);
    if (!lang.empty()) out.push_back(lang);
  }
  return out;
}

StoryPage SqliteStore::list_stories(const StoryQuery& query) {
  ReadsReleased released{db_};
  int limit = clamp_limit(query.limit);
  const Filters& f = query.filters;
  Where where;
  if (!query.text.empty()) {
    std::vector<std::string> langs = f.language.empty() ? stored_languages() : std::vector<std::string>{f.language};
    ParsedQuery parsed = parse_query(query.text, langs);
    if (parsed.empty()) return {};
    if (!parsed.words_match.empty()) {
      where.add("s.id IN (SELECT i.story_id FROM items i WHERE i.id IN "
                "(SELECT rowid FROM item_words WHERE item_words MATCH ?))", {parsed.words_match});
    }
    for (const auto& term : parsed.cjk_terms) {
      if (term.size() >= 9) {  // three CJK characters: what a trigram needs
        where.add("s.id IN (SELECT i.story_id FROM items i WHERE i.id IN "
                  "(SELECT rowid FROM item_trigrams WHERE item_trigrams MATCH ?))", {"\"" + term + "\""});
      } else {
        where.add("s.id IN (SELECT i.story_id FROM items i WHERE i.title LIKE ? OR i.body LIKE ?)",
                  {"%" + term + "%", "%" + term + "%"});
      }
    }
  }
  if (!f.language.empty()) {
    where.add("EXISTS (SELECT 1 FROM items i WHERE i.story_id = s.id AND i.language = ?)", {f.language});
  }
  if (!f.since.empty()) where.add("substr(s.last_seen, 1, 10) >= ?", {f.since});
  if (!f.until.empty()) where.add("substr(s.last_seen, 1, 10) <= ?", {f.until});
  if (!f.entity.empty()) {
    where.add("s.id IN (SELECT story_id FROM story_entities WHERE entity_id = ?)", {f.entity});
  }
  if (!f.site.empty()) {
    where.add("EXISTS (SELECT 1 FROM items i WHERE i.story_id = s.id AND i.site = ?)", {f.site});
  }
  bool newest = query.order == StoryOrder::kNewest;
  if (!query.cursor.empty()) {
    auto c = decode_cursor(query.cursor, 3);
    if (!c || (*c)[0] != (newest ? "n" : "l")) bad_cursor();
    if (newest) {
      where.add("(s.last_seen < ? OR (s.last_seen = ? AND s.id < ?))", {(*c)[1], (*c)[1], (*c)[2]});
    } else {
      int64_t items = 0;
      try { items = std::stoll((*c)[1]); } catch (...) { bad_cursor(); }
      where.add("(s.items < ? OR (s.items = ? AND s.id < ?))", {items, items, (*c)[2]});
    }
  }
  std::string sql = std::string("SELECT ") + kSummaryColumns + " FROM stories s" + where.sql +
                    (newest ? " ORDER BY s.last_seen DESC, s.id DESC" : " ORDER BY s.items DESC, s.id DESC") +
                    " LIMIT " + std::to_string(limit + 1);
  Statement& s = db_.prepare(sql);
  bind_all(s, where.params);
  StoryPage page;
  while (s.step()) page.stories.push_back(read_summary(s));
  if (static_cast<int>(page.stories.size()) > limit) {
    page.stories.resize(limit);
    const StorySummary& last = page.stories.back();
    page.next_cursor = encode_cursor({newest ? "n" : "l", newest ? last.last_seen : std::to_string(last.items), last.id});
  }
  return page;
}

std::optional<StoryDetail> SqliteStore::story(const std::string& id) {
  ReadsReleased released{db_};
  Statement& s = db_.prepare(std::string("SELECT ") + kSummaryColumns + ", s.entities FROM stories s WHERE s.id = ?");
  if (!s.bind(1, id).step()) return std::nullopt;
  StoryDetail d;
  d.summary = read_summary(s);
  d.entities = nlohmann::json::parse(s.text(9));
  for (auto& r : story_items(id)) d.items.push_back(std::move(r.item));
  Statement& f = db_.prepare("SELECT kind, data FROM facts WHERE story_id = ? ORDER BY kind, position");
  f.bind(1, id);
  while (f.step()) {
    std::string kind = f.text(0);
    auto value = nlohmann::json::parse(f.text(1));
    if (kind == "dates" || kind == "durations") d.dates.push_back(std::move(value));
    else if (kind == "quantities") d.quantities.push_back(std::move(value));
    else if (kind == "quotes") d.quotes.push_back(std::move(value));
  }
  return d;
}

std::optional<EntityDetail> SqliteStore::entity(const std::string& id, int limit, const std::string& cursor) {
  ReadsReleased released{db_};
  Statement& s = db_.prepare(
      "SELECT e.name, e.type, e.variants, e.country, e.lat, e.lon, "
      "(SELECT coalesce(sum(mentions), 0) FROM story_entities WHERE entity_id = e.id), "
      "(SELECT count(*) FROM story_entities WHERE entity_id = e.id) FROM entities e WHERE e.id = ?");
  if (!s.bind(1, id).step()) return std::nullopt;
  EntityDetail d;
  EntitySummary& e = d.entity;
  e.id = id;
  e.name = s.text(0);
  e.type = s.text(1);
  e.variants = json_strings(s.text(2));
  e.country = s.text(3);
  if (!s.is_null(4)) e.lat = s.real(4);
  if (!s.is_null(5)) e.lon = s.real(5);
  e.mentions = static_cast<int>(s.integer(6));
  e.stories = static_cast<int>(s.integer(7));
  StoryQuery q;
  q.filters.entity = id;
  q.limit = limit;
  q.cursor = cursor;
  d.stories = list_stories(q);
  return d;
}

SearchPage SqliteStore::search(const SearchQuery& query) {
  ReadsReleased released{db_};
  int limit = clamp_limit(query.limit);
  const Filters& f = query.filters;
  std::vector<std::string> langs = f.language.empty() ? stored_languages() : std::vector<std::string>{f.language};
  ParsedQuery parsed = parse_query(query.text, langs);
  if (parsed.empty()) return {};
  // The matching items with their rank (bm25: lower is better), best first.
  std::string from;
  Where where;
  std::string rank;
  const bool item_filters = !f.language.empty() || !f.since.empty() || !f.until.empty() ||
                            !f.entity.empty() || !f.site.empty() || !parsed.cjk_terms.empty();
  std::string id_column = "i.id";
  if (!parsed.words_match.empty()) {
    // Without filters on the items the index alone answers: no seek into
    // items for each of thousands of matches.
    from = item_filters ? "item_words JOIN items i ON i.id = item_words.rowid" : "item_words";
    if (!item_filters) id_column = "item_words.rowid";
    where.add("item_words MATCH ?", {parsed.words_match});
    rank = "bm25(item_words, 3.0, 1.0)";
  }
  for (const auto& term : parsed.cjk_terms) {
    bool trigram = term.size() >= 9;
    if (from.empty() && trigram) {
      from = "item_trigrams JOIN items i ON i.id = item_trigrams.rowid";
      where.add("item_trigrams MATCH ?", {"\"" + term + "\""});
      rank = "bm25(item_trigrams)";
    } else if (trigram) {
      where.add("i.id IN (SELECT rowid FROM item_trigrams WHERE item_trigrams MATCH ?)", {"\"" + term + "\""});
    } else {
      where.add("(i.title LIKE ? OR i.body LIKE ?)", {"%" + term + "%", "%" + term + "%"});
    }
  }
  if (from.empty()) {
    from = "items i";
    rank = "0.0";
  }
  if (!f.language.empty()) where.add("i.language = ?", {f.language});
  if (!f.since.empty()) where.add("i.day >= ?", {f.since});
  if (!f.until.empty()) where.add("i.day <= ?", {f.until});
  if (!f.entity.empty()) where.add("i.story_id IN (SELECT story_id FROM story_entities WHERE entity_id = ?)", {f.entity});
  if (!f.site.empty()) where.add("i.site = ?", {f.site});
  // The first page fixes the newest item it may show, so later pages neither
  // repeat nor skip rows when documents arrive between requests.
  int64_t snapshot = 0;
  double after_rank = 0;
  int64_t after_id = 0;
  if (!query.cursor.empty()) {
    auto c = decode_cursor(query.cursor, 4);
    if (!c || (*c)[0] != "s") bad_cursor();
    try {
      snapshot = std::stoll((*c)[1]);
      after_rank = std::stod((*c)[2]);
      after_id = std::stoll((*c)[3]);
    } catch (...) {
      bad_cursor();
    }
  } else {
    Statement& m = db_.prepare("SELECT coalesce(max(id), 0) FROM items");
    snapshot = m.step() ? m.integer(0) : 0;
  }
  where.add(id_column + " <= ?", {snapshot});
  // Ranked by ids alone: carrying each match's body through the sort made a
  // common word cost seconds. The rows of the one page shown are read after.
  std::string inner = "SELECT " + id_column + " AS id, " + rank + " AS r FROM " + from + where.sql;
  std::string sql = "SELECT * FROM (" + inner + ")";
  if (!query.cursor.empty()) {
    sql += " WHERE r > ? OR (r = ? AND id > ?)";
    where.params.push_back(after_rank);
    where.params.push_back(after_rank);
    where.params.push_back(after_id);
  }
  sql += " ORDER BY r, id LIMIT " + std::to_string(limit + 1);
  Statement& s = db_.prepare(sql);
  bind_all(s, where.params);
  SearchPage page;
  std::vector<double> raw_ranks;
  while (s.step()) {
    SearchHit h;
    h.item_id = s.integer(0);
    raw_ranks.push_back(s.real(1));
    h.rank = -s.real(1);
    page.hits.push_back(std::move(h));
  }
  Statement& row = db_.prepare("SELECT story_id, title, body, language, url, site, published FROM items WHERE id = ?");
  for (SearchHit& h : page.hits) {
    row.reset();
    bind_all(row, {h.item_id});
    if (!row.step()) continue;
    h.story_id = row.text(0);
    h.title = row.text(1);
    std::string body = row.text(2);
    h.language = row.text(3);
    h.url = row.text(4);
    h.site = row.text(5);
    h.published = row.text(6);
    h.snippet = make_snippet(body.empty() ? h.title : body, h.language, parsed);
  }
  if (static_cast<int>(page.hits.size()) > limit) {
    page.hits.resize(limit);
    char r[40];
    std::snprintf(r, sizeof r, "%.17g", raw_ranks[limit - 1]);
    page.next_cursor = encode_cursor({"s", std::to_string(snapshot), r, std::to_string(page.hits.back().item_id)});
  }
  return page;
}

StoreCounts SqliteStore::counts() {
  ReadsReleased released{db_};
  StoreCounts c;
  auto count = [&](const char* sql) {
    Statement& s = db_.prepare(sql);
    return s.step() ? s.integer(0) : 0;
  };
  c.documents = count("SELECT count(*) FROM documents");
  c.items = count("SELECT count(*) FROM items");
  c.stories = count("SELECT count(*) FROM stories");
  c.entities = count("SELECT count(*) FROM entities");
  c.schema_version = user_version(db_);
  return c;
}

}  // namespace newsdesk::store
