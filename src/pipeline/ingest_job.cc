#include "pipeline/ingest_job.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <map>
#include <set>
#include <sstream>
#include <thread>


#include "analyze/entities_types.h"
#include "analyze/facts_json.h"
#include "ingest/content_hash.h"
#include "ingest/document_source.h"
#include "ingest/map_in_order.h"
#include "ingest/progress.h"
#include "pipeline/document_items.h"
#include "pipeline/page_placement.h"
#include "pipeline/story_analysis.h"
#include "story/engine.h"
#include "story/grouper.h"
#include "story/item_features.h"
#include "text/normalize.h"

namespace newsdesk::pipeline {
namespace {

// One input document, read on any thread: its record and its items.
struct Pending {
  DocumentOutcome outcome;
  std::vector<story::ItemFeatures> features;  // of outcome.items, computed on the reader thread
  std::vector<ItemAnalysis> analyses;         // of outcome.items, likewise
  std::vector<store::ItemWords> words;        // of outcome.items, likewise
  store::DocumentRecord record;
};

Pending read_pending(core::Result<core::RawDoc>& entry) {
  Pending p;
  if (entry.ok()) {
    const core::RawDoc& doc = entry.value();
    p.record.hash = ingest::content_hash(doc.bytes);
    p.record.source = doc.source;
    p.record.url = doc.url;
    p.record.bytes = static_cast<int64_t>(doc.bytes.size());
  }
  p.outcome = read_document(entry);  // its time: the publication date of a news item
  if (!p.outcome.items.empty()) p.features = story::describe_items(p.outcome.items);
  for (const auto& item : p.outcome.items) {
    p.analyses.push_back(analyze_item(item));
    p.words.push_back(store::index_item_words(item.title, item.body, item.language));
  }
  p.record.fetch_time = p.outcome.time;
  return p;
}

// "https://www.ansa.it/x" -> "www.ansa.it"
std::string site_of(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (size_t at = rest.rfind('@'); at != std::string_view::npos) rest = rest.substr(at + 1);
  rest = rest.substr(0, rest.find(':'));
  std::string host(rest);
  for (char& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return host;
}

std::string iso_time(int64_t seconds) {
  std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

core::Relation relation_of(const std::string& name) {
  for (auto r : {core::Relation::kOriginal, core::Relation::kExactDuplicate, core::Relation::kTruncated,
                 core::Relation::kNearDuplicate, core::Relation::kParaphrase, core::Relation::kSameEvent}) {
    if (core::to_string(r) == name) return r;
  }
  return core::Relation::kOriginal;
}

core::ItemKind kind_of(const std::string& name) {
  if (name == "article") return core::ItemKind::kArticle;
  if (name == "teaser") return core::ItemKind::kTeaser;
  return core::ItemKind::kHeadline;
}

// Item analyses by item id, kept while their stories may still grow: a story
// that gains an item is merged again from its items' analyses, not re-analysed.
// Bounded; the oldest items go first (their stories are the likeliest closed),
// and an item no longer here is analysed again from its stored text.
class AnalysisCache {
 public:
  explicit AnalysisCache(size_t capacity) : capacity_(capacity) {}

  // Evicts: call it only while no reference from get() is held.
  void put(int64_t item_id, ItemAnalysis analysis) {
    by_item_.insert_or_assign(item_id, std::move(analysis));
    while (by_item_.size() > capacity_) by_item_.erase(by_item_.begin());
  }

  // Never evicts, so that the references a story's merge holds stay valid;
  // the next put() trims what this adds.
  const ItemAnalysis& get(int64_t item_id, const core::Item& item) {
    auto it = by_item_.find(item_id);
    if (it == by_item_.end()) it = by_item_.emplace(item_id, analyze_item(item)).first;
    return it->second;
  }

 private:
  size_t capacity_;
  std::map<int64_t, ItemAnalysis> by_item_;
};

// The stored story rebuilt from all its items: canonical title, languages,
// counts, and the analysis over every item (not only the batch's).
store::StoryRecord analyse_story(store::Store& db, const std::string& id, AnalysisCache& analyses) {
  std::vector<store::ItemRecord> stored = db.story_items(id);
  std::vector<core::Item> items;
  std::vector<int> members;
  std::set<int64_t> documents;
  std::vector<std::string> sites;
  int64_t first = 0, last = 0;
  for (const auto& r : stored) {
    core::Item item;
    item.kind = kind_of(r.item.kind);
    item.path = r.item.source;
    item.line = item.end_line = r.item.line;
    item.title = r.item.title;
    item.body = r.item.text;
    item.language = r.item.language;
    item.url = r.item.url;
    item.published = r.item.published;
    item.relation = relation_of(r.item.relation);
    item.score = r.item.score;
    members.push_back(static_cast<int>(items.size()));
    items.push_back(std::move(item));
    documents.insert(r.document_id);
    if (!r.item.site.empty() && std::find(sites.begin(), sites.end(), r.item.site) == sites.end()) {
      sites.push_back(r.item.site);
    }
    first = first == 0 ? r.time : std::min(first, r.time);
    last = std::max(last, r.time);
  }
  core::Story story = story::assemble_story(items, members, id);
  std::vector<const core::Item*> in_order;
  std::vector<const ItemAnalysis*> found;
  for (int i : story.items) {
    size_t k = static_cast<size_t>(i);
    in_order.push_back(&items[k]);
    found.push_back(&analyses.get(stored[k].item.id, items[k]));
  }
  StoryAnalysis analysis = merge_story_analysis(in_order, found);
  store::StoryRecord rec;
  store::StorySummary& s = rec.summary;
  s.id = id;
  s.title = story.title;
  s.language = story.language;
  s.languages = story.languages;
  s.items = static_cast<int>(items.size());
  s.documents = static_cast<int>(documents.size());
  s.sites = sites;
  s.first_seen = iso_time(first);
  s.last_seen = iso_time(last);
  for (const auto& e : analysis.entities) {
    store::EntitySummary es;
    std::string type(analyze::to_string(e.type));
    es.id = e.key.empty() ? type + ":" + text::fold(e.name) : e.key;
    es.name = e.name;
    es.type = type;
    es.variants = e.variants;
    es.mentions = e.mentions;
    es.country = e.country;
    es.lat = e.lat;
    es.lon = e.lon;
    rec.entities.push_back(std::move(es));
  }
  rec.facts = analyze::facts_to_json(analysis.facts);
  return rec;
}

// Where a batch's time goes, on stderr when NEWSDESK_INGEST_TIMES is set:
// what `bench/run store` profiles with (no profiler on the machine).
struct StageTimes {
  double place = 0, write = 0, analyse = 0, state = 0, commit = 0;
  size_t batches = 0, state_rows = 0, state_body_bytes = 0;  // engine rows written, and their documents' bodies
  size_t catch_ups = 0;  // of the engine, to rows another writer saved
  ~StageTimes() {
    if (std::getenv("NEWSDESK_INGEST_TIMES")) {
      std::fprintf(stderr, "ingest stages (s): place %.2f, write %.2f, analyse %.2f, state %.2f, commit %.2f\n",
                   place, write, analyse, state, commit);
      std::fprintf(stderr,
                   "engine state: %zu batches, %zu rows written, %zu bytes of document bodies (%zu a batch), "
                   "%zu catch-ups\n",
                   batches, state_rows, state_body_bytes, batches ? state_body_bytes / batches : 0, catch_ups);
    }
  }
};

class Stopwatch {
 public:
  double lap() {
    auto now = std::chrono::steady_clock::now();
    double s = std::chrono::duration<double>(now - last_).count();
    last_ = now;
    return s;
  }

 private:
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

class IngestRun {
 public:
  IngestRun(store::Store& db, const IngestOptions& options)
      : db_(db), options_(options), engine_(load_engine()),
        analyses_(static_cast<size_t>(std::max(1, options.analyses_kept))) {}

  void add(Pending& p) {
    if (p.outcome.error) {
      report_.diagnostics.push_back(std::move(*p.outcome.error));
      return;
    }
    batch_.push_back(std::move(p));
    if (batch_.size() >= static_cast<size_t>(std::max(1, options_.batch_documents))) flush();
  }

  // Stores the pending documents in one transaction with the engine state
  // they leave, so a crash keeps both or neither.
  void flush() {
    if (batch_.empty()) return;
    try {
      commit();
    } catch (...) {
      // The store still holds the state before this batch: start again from it.
      db_.abort_batch();
      engine_ = load_engine();
      throw;
    }
    batch_.clear();
  }

  IngestReport finish() {
    flush();
    return take_report();
  }

  // What was committed since the last report; the run goes on.
  IngestReport take_report() {
    IngestReport report = std::move(report_);
    report_ = {};
    seen_stories_.clear();
    return report;
  }

  // After a failed commit: forget the documents not stored and their counts.
  void discard() {
    batch_.clear();
    take_report();
  }

 private:
  // The generation is read before the state: a save by another writer in
  // between makes us reload once more, never miss it.
  story::StoryEngine load_engine() {
    generation_ = db_.engine_state_generation();
    write_all_ = false;
    core::EngineRows rows = db_.load_engine_rows(0);
    if (rows.meta) return story::StoryEngine::load(rows);
    // A store from before schema 5 keeps the state as one text: read it once,
    // and the next commit writes it as rows in its place.
    std::string text = db_.load_engine_text();
    if (!text.empty()) {
      std::istringstream in(text);
      write_all_ = true;
      return story::StoryEngine::load(in);
    }
    story::EngineOptions o;
    o.window_seconds = options_.window_hours * 3600;
    return story::StoryEngine(o);
  }

  // Reads only the rows written since the generation we hold; a state we
  // read from a text (or none) is loaded whole.
  void catch_up() {
    int64_t now = db_.engine_state_generation();
    core::EngineRows rows = write_all_ || generation_ == 0 ? core::EngineRows{} : db_.load_engine_rows(generation_);
    if (!rows.meta) {
      engine_ = load_engine();
      return;
    }
    engine_.catch_up(rows);
    generation_ = now;
    ++times_.catch_ups;
  }

  void note_story(const std::string& id) {
    if (seen_stories_.insert(id).second) report_.story_ids.push_back(id);
  }

  void commit() {
    db_.begin_batch();
    // Another ingest or worker on this store has placed documents since our
    // last save: continue from its state, under the write lock we now hold.
    if (db_.engine_state_generation() != generation_) catch_up();
    Stopwatch watch;
    std::vector<std::string> stored;
    std::set<std::string> hashes;
    std::set<std::string> touched;
    int64_t next_id = db_.next_item_id();
    std::map<uint64_t, int64_t> item_of_seq;  // this batch's items
    std::vector<std::pair<int64_t, uint64_t>> items_added;  // item id, engine seq
    int added = 0, already = 0, items = 0;
    for (Pending& p : batch_) {
      const std::string& hash = p.record.hash;
      if (hashes.count(hash) || db_.has_document(hash)) {
        ++already;
        if (!hashes.count(hash)) for (const auto& id : db_.document_stories(hash)) note_story(id);
        continue;
      }
      hashes.insert(hash);
      int64_t document_id = db_.add_document(p.record);
      ++added;
      stored.push_back(hash + "\t" + p.record.source);
      std::vector<core::Item>& page = p.outcome.items;
      if (page.empty()) continue;
      for (auto& item : page) item.path = p.record.source;
      watch.lap();
      PagePlacement placed = place_page(engine_, page, p.outcome.time, std::move(p.features));
      times_.place += watch.lap();
      int64_t first_id = next_id;
      next_id += static_cast<int64_t>(page.size());
      for (size_t k = 0; k < page.size(); ++k) item_of_seq[placed.seq[k]] = first_id + static_cast<int64_t>(k);
      for (size_t k = 0; k < page.size(); ++k) {
        const core::Item& item = page[k];
        store::ItemRecord r;
        store::StoredItem& it = r.item;
        it.id = first_id + static_cast<int64_t>(k);
        it.story_id = engine_.story_id_of(placed.seq[k]);
        it.kind = core::to_string(item.kind);
        it.title = item.title;
        it.text = item.body;
        it.language = item.language;
        it.url = item.url.empty() ? p.record.url : item.url;
        it.site = site_of(it.url);
        if (it.site.empty()) it.site = site_of(p.record.url);
        it.source = p.record.source;
        it.line = item.line;
        it.published = item.published;
        it.relation = core::to_string(item.relation);
        if (uint64_t of = placed.of_seq[k]) {
          auto in_batch = item_of_seq.find(of);
          it.of_item = in_batch != item_of_seq.end() ? in_batch->second : db_.item_id_of_seq(of);
        }
        it.score = item.score;
        it.layer = item.layer;
        it.evidence = item.evidence;
        if (k < p.words.size()) r.words = std::move(p.words[k]);
        r.document_id = document_id;
        r.seq = placed.seq[k];
        r.time = p.outcome.time;
        db_.add_item(r);
        if (k < p.analyses.size()) analyses_.put(it.id, std::move(p.analyses[k]));
        items_added.emplace_back(it.id, r.seq);
        touched.insert(it.story_id);
        for (const auto& e : item.evidence) {
          if (e.rfind("joins story ", 0) == 0) touched.insert(e.substr(12));
        }
        ++items;
      }
      times_.write += watch.lap();
    }
    // A later document may have shown two stories to be one: the engine keeps
    // the older id, and the younger's items move to it.
    watch.lap();
    std::set<std::string> alive;
    for (const auto& id : touched) {
      std::vector<uint64_t> seqs = db_.story_seqs(id);
      std::string now;
      for (auto it = seqs.rbegin(); it != seqs.rend() && now.empty(); ++it) now = engine_.story_id_of(*it);
      if (!now.empty() && now != id) {
        db_.merge_story(id, now);
        alive.insert(now);
      } else if (!seqs.empty()) {
        alive.insert(id);
      }
    }
    for (const auto& id : alive) db_.put_story(analyse_story(db_, id, analyses_));
    times_.analyse += watch.lap();
    for (const auto& [item_id, seq] : items_added) {
      std::string id = engine_.story_id_of(seq);
      if (!id.empty()) note_story(id);
    }
    // Only what this batch changed: its documents, the ones it moved or freed.
    core::EngineRows rows = engine_.take_delta();
    if (write_all_) rows = engine_.rows();
    db_.save_engine_rows(rows);
    generation_ = db_.engine_state_generation();
    ++times_.batches;
    times_.state_rows += rows.docs.size() + rows.stories.size() + rows.dropped_docs.size() + rows.dropped_stories.size();
    for (const auto& d : rows.docs) times_.state_body_bytes += d.body.size();
    times_.state += watch.lap();
    db_.commit_batch();
    write_all_ = false;
    times_.commit += watch.lap();
    report_.documents_added += added;
    report_.documents_already_stored += already;
    report_.items_added += items;
    if (options_.on_commit && !stored.empty()) options_.on_commit(stored);
  }

  store::Store& db_;
  IngestOptions options_;
  // Set by load_engine, so declared before engine_.
  int64_t generation_ = 0;  // of the engine state we hold
  bool write_all_ = false;  // the state was read from a text: the next commit writes all of it as rows
  story::StoryEngine engine_;
  std::vector<Pending> batch_;
  IngestReport report_;
  std::set<std::string> seen_stories_;
  StageTimes times_;
  AnalysisCache analyses_;
};

// Documents handed over in memory, as a source.
class MemorySource : public ingest::DocumentSource {
 public:
  explicit MemorySource(const std::vector<core::RawDoc>& docs) : docs_(docs) {}
  std::optional<core::Result<core::RawDoc>> next() override {
    if (next_ >= docs_.size()) return std::nullopt;
    ++counts_.documents;
    counts_.bytes_read += docs_[next_].bytes.size();
    return core::Result<core::RawDoc>(docs_[next_++]);
  }
  ingest::SourceCounts counts() const override { return counts_; }

 private:
  const std::vector<core::RawDoc>& docs_;
  size_t next_ = 0;
  ingest::SourceCounts counts_;
};

int thread_count(const IngestOptions& options) {
  return options.threads > 0 ? options.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

// Documents read ahead of the writer: enough that the readers keep working
// while a whole batch commits.
size_t reading_window(const IngestOptions& options) {
  return static_cast<size_t>(std::max(64, options.batch_documents));
}

IngestReport run(store::Store& db, ingest::DocumentSource& source, uint64_t total_bytes,
                 const IngestOptions& options) {
  IngestRun ingest(db, options);
  ingest::ProgressMeter meter(stderr, options.progress, total_bytes);
  ingest::map_in_order<Pending>(
      source, thread_count(options), reading_window(options), read_pending, [&](Pending& p) { ingest.add(p); },
      [&] { meter.update(source.counts()); });
  IngestReport report = ingest.finish();
  meter.finish(source.counts());
  return report;
}

}  // namespace

IngestReport ingest_paths(store::Store& db, const std::vector<std::string>& paths, const IngestOptions& options) {
  auto source = ingest::open_sources(paths);
  return run(db, *source, options.progress ? ingest::total_input_bytes(paths) : 0, options);
}

IngestReport ingest_documents(store::Store& db, const std::vector<core::RawDoc>& docs,
                              const IngestOptions& options) {
  MemorySource source(docs);
  return run(db, source, 0, options);
}

// Defined here, in the file that defines IngestRun.
struct IngestSession::State {
  State(store::Store& db, const IngestOptions& options) : run(db, options), options(options) {}
  IngestRun run;
  IngestOptions options;
};

IngestSession::IngestSession(store::Store& db, const IngestOptions& options)
    : state_(std::make_unique<State>(db, options)) {}

IngestSession::~IngestSession() = default;

IngestReport IngestSession::ingest(const std::vector<core::RawDoc>& docs) {
  MemorySource source(docs);
  try {
    ingest::map_in_order<Pending>(
        source, thread_count(state_->options), reading_window(state_->options), read_pending,
        [&](Pending& p) { state_->run.add(p); }, [] {});
    return state_->run.finish();
  } catch (...) {
    state_->run.discard();
    throw;
  }
}

}  // namespace newsdesk::pipeline
