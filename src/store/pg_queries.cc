// The read side of PgStore: story lists, a story, an entity, search. A query's
// words become one tsquery: each word (or "phrase") in every configuration the
// stored languages use, any of those forms matching; CJK terms are substrings
// of the folded text, found through the pg_trgm index.
#include <cstdio>
#include <stdexcept>

#include "store/columns.h"
#include "store/cursor.h"
#include "store/pg_schema.h"
#include "store/pg_store.h"
#include "store/search_terms.h"
#include "text/words.h"

namespace newsdesk::store {
namespace {

// SQL text with its parameters, numbered as they are added.
struct Sql {
  std::string text;
  std::vector<std::string> params;
  std::string param(std::string value) {
    params.push_back(std::move(value));
    return "$" + std::to_string(params.size());
  }
};

// A WHERE clause built from parts.
struct Where {
  std::string sql;
  void add(const std::string& condition) { sql += (sql.empty() ? " WHERE " : " AND ") + condition; }
};

pqxx::result run(pqxx::transaction_base& txn, const Sql& sql) {
  return txn.exec_params(sql.text, pqxx::prepare::make_dynamic_params(sql.params));
}

// A LIKE pattern that finds `text` anywhere.
std::string contains_pattern(const std::string& text) {
  std::string out = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

// The tsquery for one word or phrase: its form in any of the configurations.
std::string any_config(Sql& sql, const std::vector<std::string>& configs, const std::string& words) {
  std::string p = sql.param(words);
  std::string out;
  for (const auto& c : configs) {
    out += (out.empty() ? "(" : " || ") + std::string("phraseto_tsquery(") + sql.param(c) + "::regconfig, unaccent(" +
           p + "))";
  }
  return out + ")";
}

// The query's words as a tsquery expression ("" when it has none), with the
// meaning parse_query gives them: plain words all match, "quoted words" as a
// phrase, OR between two parts either.
std::string words_tsquery(Sql& sql, const std::string& query, const std::vector<std::string>& configs) {
  std::string out;
  bool pending_or = false;
  for (const auto& [part, is_phrase] : split_query(query)) {
    if (!is_phrase && part == "OR") {
      pending_or = !out.empty();
      continue;
    }
    if (has_cjk(part)) continue;
    auto words = text::split_words(part);
    if (words.empty()) continue;
    std::string expr;
    if (is_phrase || words.size() == 1) {
      expr = any_config(sql, configs, part);
    } else {
      // "l'attacco" unquoted: its words each must match, in any form.
      for (const auto& w : words) expr += (expr.empty() ? "(" : " && ") + any_config(sql, configs, std::string(w.text));
      expr += ")";
    }
    if (out.empty()) out = expr;
    else out = "(" + out + (pending_or ? " || " : " && ") + expr + ")";
    pending_or = false;
  }
  return out;
}

constexpr const char* kSummaryColumns =
    "s.id, s.title, s.language, s.languages, s.items, s.documents, s.sites, s.first_seen, s.last_seen";

StorySummary read_summary(const pqxx::row& row) {
  StorySummary out;
  out.id = row[0].as<std::string>();
  out.title = row[1].as<std::string>();
  out.language = row[2].as<std::string>();
  out.languages = json_strings(row[3].as<std::string>());
  out.items = row[4].as<int>();
  out.documents = row[5].as<int>();
  out.sites = json_strings(row[6].as<std::string>());
  out.first_seen = row[7].as<std::string>();
  out.last_seen = row[8].as<std::string>();
  return out;
}

}  // namespace

std::vector<std::string> PgStore::stored_languages(pqxx::transaction_base& txn) {
  std::vector<std::string> out;
  for (const auto& row : txn.exec("SELECT language FROM item_languages")) out.push_back(row[0].as<std::string>());
  return out;
}

std::vector<std::string> PgStore::query_configs(pqxx::transaction_base& txn, const std::string& language) {
  pqxx::result r = language.empty()
                       ? txn.exec("SELECT DISTINCT newsdesk_text_config(language)::text FROM item_languages "
                                  "UNION SELECT 'simple'")
                       : txn.exec_params("SELECT newsdesk_text_config($1)::text UNION SELECT 'simple'", language);
  std::vector<std::string> out;
  for (const auto& row : r) out.push_back(row[0].as<std::string>());
  return out;
}

StoryPage PgStore::list_stories(const StoryQuery& query) {
  return in_transaction([&](pqxx::transaction_base& txn) {
    int limit = clamp_limit(query.limit);
    const Filters& f = query.filters;
    Sql sql;
    Where where;
    if (!query.text.empty()) {
      std::vector<std::string> configs = query_configs(txn, f.language);
      std::string words = words_tsquery(sql, query.text, configs);
      ParsedQuery parsed = parse_query(query.text, {});
      if (words.empty() && parsed.cjk_terms.empty()) return StoryPage{};
      if (!words.empty()) where.add("s.id IN (SELECT i.story_id FROM items i WHERE i.words @@ " + words + ")");
      for (const auto& term : parsed.cjk_terms) {
        where.add("s.id IN (SELECT i.story_id FROM items i WHERE i.trigrams LIKE " +
                  sql.param(contains_pattern(term)) + ")");
      }
    }
    if (!f.language.empty()) {
      where.add("EXISTS (SELECT 1 FROM items i WHERE i.story_id = s.id AND i.language = " + sql.param(f.language) + ")");
    }
    if (!f.since.empty()) where.add("substr(s.last_seen, 1, 10) >= " + sql.param(f.since));
    if (!f.until.empty()) where.add("substr(s.last_seen, 1, 10) <= " + sql.param(f.until));
    if (!f.entity.empty()) {
      where.add("s.id IN (SELECT story_id FROM story_entities WHERE entity_id = " + sql.param(f.entity) + ")");
    }
    if (!f.site.empty()) {
      where.add("EXISTS (SELECT 1 FROM items i WHERE i.story_id = s.id AND i.site = " + sql.param(f.site) + ")");
    }
    bool newest = query.order == StoryOrder::kNewest;
    if (!query.cursor.empty()) {
      auto c = decode_cursor(query.cursor, 3);
      if (!c || (*c)[0] != (newest ? "n" : "l")) bad_cursor();
      std::string id = sql.param((*c)[2]);
      if (newest) {
        std::string seen = sql.param((*c)[1]);
        where.add("(s.last_seen < " + seen + " OR (s.last_seen = " + seen + " AND s.id < " + id + "))");
      } else {
        int64_t items = 0;
        try { items = std::stoll((*c)[1]); } catch (...) { bad_cursor(); }
        std::string n = sql.param(std::to_string(items));
        where.add("(s.items < " + n + " OR (s.items = " + n + " AND s.id < " + id + "))");
      }
    }
    sql.text = std::string("SELECT ") + kSummaryColumns + " FROM stories s" + where.sql +
               (newest ? " ORDER BY s.last_seen DESC, s.id DESC" : " ORDER BY s.items DESC, s.id DESC") +
               " LIMIT " + std::to_string(limit + 1);
    StoryPage page;
    for (const auto& row : run(txn, sql)) page.stories.push_back(read_summary(row));
    if (static_cast<int>(page.stories.size()) > limit) {
      page.stories.resize(limit);
      const StorySummary& last = page.stories.back();
      page.next_cursor =
          encode_cursor({newest ? "n" : "l", newest ? last.last_seen : std::to_string(last.items), last.id});
    }
    return page;
  });
}

std::optional<StoryDetail> PgStore::story(const std::string& id) {
  return in_transaction([&](pqxx::transaction_base& txn) -> std::optional<StoryDetail> {
    pqxx::result r = txn.exec_params(
        std::string("SELECT ") + kSummaryColumns + ", s.entities FROM stories s WHERE s.id = $1", id);
    if (r.empty()) return std::nullopt;
    StoryDetail d;
    d.summary = read_summary(r[0]);
    d.entities = nlohmann::json::parse(r[0][9].as<std::string>());
    for (auto& item : story_items(txn, id)) d.items.push_back(std::move(item.item));
    for (const auto& row : txn.exec_params(
             "SELECT kind, data FROM facts WHERE story_id = $1 ORDER BY kind COLLATE \"C\", position", id)) {
      std::string kind = row[0].as<std::string>();
      auto value = nlohmann::json::parse(row[1].as<std::string>());
      if (kind == "dates" || kind == "durations") d.dates.push_back(std::move(value));
      else if (kind == "quantities") d.quantities.push_back(std::move(value));
      else if (kind == "quotes") d.quotes.push_back(std::move(value));
    }
    return d;
  });
}

std::optional<EntityDetail> PgStore::entity(const std::string& id, int limit, const std::string& cursor) {
  return in_transaction([&](pqxx::transaction_base& txn) -> std::optional<EntityDetail> {
    pqxx::result r = txn.exec_params(
        "SELECT e.name, e.type, e.variants, e.country, e.lat, e.lon, "
        "(SELECT coalesce(sum(mentions), 0) FROM story_entities WHERE entity_id = e.id), "
        "(SELECT count(*) FROM story_entities WHERE entity_id = e.id) FROM entities e WHERE e.id = $1",
        id);
    if (r.empty()) return std::nullopt;
    const auto& row = r[0];
    EntityDetail d;
    EntitySummary& e = d.entity;
    e.id = id;
    e.name = row[0].as<std::string>();
    e.type = row[1].as<std::string>();
    e.variants = json_strings(row[2].as<std::string>());
    e.country = row[3].as<std::string>();
    if (!row[4].is_null()) e.lat = row[4].as<double>();
    if (!row[5].is_null()) e.lon = row[5].as<double>();
    e.mentions = row[6].as<int>();
    e.stories = row[7].as<int>();
    StoryQuery q;
    q.filters.entity = id;
    q.limit = limit;
    q.cursor = cursor;
    d.stories = list_stories(q);
    return d;
  });
}

SearchPage PgStore::search(const SearchQuery& query) {
  return in_transaction([&](pqxx::transaction_base& txn) {
    int limit = clamp_limit(query.limit);
    const Filters& f = query.filters;
    std::vector<std::string> langs = f.language.empty() ? stored_languages(txn) : std::vector<std::string>{f.language};
    ParsedQuery parsed = parse_query(query.text, langs);  // for the snippets' marks
    Sql sql;
    std::string words = words_tsquery(sql, query.text, query_configs(txn, f.language));
    if (words.empty() && parsed.cjk_terms.empty()) return SearchPage{};
    // The rank: ts_rank_cd over the words, else how much of the CJK text the
    // first term covers; negated, so that lower sorts first as SQLite's bm25.
    std::string from = "items i";
    Where where;
    std::string rank;
    if (!words.empty()) {
      from = "items i, (SELECT " + words + " AS q) tsq";
      where.add("i.words @@ tsq.q");
      rank = "-ts_rank_cd(i.words, tsq.q)::float8";
    }
    for (const auto& term : parsed.cjk_terms) {
      where.add("i.trigrams LIKE " + sql.param(contains_pattern(term)));
      if (rank.empty()) rank = "-word_similarity(" + sql.param(term) + ", i.trigrams)::float8";
    }
    if (!f.language.empty()) where.add("i.language = " + sql.param(f.language));
    if (!f.since.empty()) where.add("i.day >= " + sql.param(f.since));
    if (!f.until.empty()) where.add("i.day <= " + sql.param(f.until));
    if (!f.entity.empty()) {
      where.add("i.story_id IN (SELECT story_id FROM story_entities WHERE entity_id = " + sql.param(f.entity) + ")");
    }
    if (!f.site.empty()) where.add("i.site = " + sql.param(f.site));
    // The first page fixes the newest item it may show, so later pages neither
    // repeat nor skip rows when documents arrive between requests.
    int64_t snapshot = 0;
    std::string after;
    if (!query.cursor.empty()) {
      auto c = decode_cursor(query.cursor, 4);
      if (!c || (*c)[0] != "s") bad_cursor();
      try {
        snapshot = std::stoll((*c)[1]);
        (void)std::stod((*c)[2]);
        (void)std::stoll((*c)[3]);
      } catch (...) {
        bad_cursor();
      }
      std::string r = sql.param((*c)[2]);
      after = " WHERE r > " + r + "::float8 OR (r = " + r + "::float8 AND id > " + sql.param((*c)[3]) + "::bigint)";
    } else {
      snapshot = txn.exec("SELECT coalesce(max(id), 0) FROM items")[0][0].as<int64_t>();
    }
    where.add("i.id <= " + sql.param(std::to_string(snapshot)) + "::bigint");
    sql.text = "SELECT * FROM (SELECT i.id AS id, " + rank +
               " AS r, i.story_id, i.title, i.body, i.language, i.url, i.site, i.published FROM " + from + where.sql +
               ") hits" + after + " ORDER BY r, id LIMIT " + std::to_string(limit + 1);
    SearchPage page;
    std::vector<std::string> raw_ranks;
    for (const auto& row : run(txn, sql)) {
      SearchHit h;
      h.item_id = row[0].as<int64_t>();
      raw_ranks.push_back(row[1].as<std::string>());
      h.rank = -row[1].as<double>();
      h.story_id = row[2].as<std::string>();
      h.title = row[3].as<std::string>();
      std::string body = row[4].as<std::string>();
      h.language = row[5].as<std::string>();
      h.url = row[6].as<std::string>();
      h.site = row[7].as<std::string>();
      h.published = row[8].as<std::string>();
      h.snippet = make_snippet(body.empty() ? h.title : body, h.language, parsed);
      page.hits.push_back(std::move(h));
    }
    if (static_cast<int>(page.hits.size()) > limit) {
      page.hits.resize(limit);
      // The rank as PostgreSQL printed it, so that the next page compares it exactly.
      page.next_cursor = encode_cursor({"s", std::to_string(snapshot), raw_ranks[limit - 1],
                                        std::to_string(page.hits.back().item_id)});
    }
    return page;
  });
}

StoreCounts PgStore::counts() {
  return in_transaction([&](pqxx::transaction_base& txn) {
    StoreCounts c;
    pqxx::row r = txn.exec1(
        "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM items), "
        "(SELECT count(*) FROM stories), (SELECT count(*) FROM entities)");
    c.documents = r[0].as<int64_t>();
    c.items = r[1].as<int64_t>();
    c.stories = r[2].as<int64_t>();
    c.entities = r[3].as<int64_t>();
    c.schema_version = pg_schema_version(txn);
    return c;
  });
}

}  // namespace newsdesk::store
