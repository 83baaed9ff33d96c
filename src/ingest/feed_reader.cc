#include "ingest/feed_reader.h"

#include <libxml/xmlreader.h>

#include <cstring>

#include <fmt/format.h>

#include "ingest/timestamps.h"

namespace newsdesk::ingest {
namespace {

std::string take_xml_string(xmlChar* s) {
  if (!s) return {};
  std::string out(reinterpret_cast<const char*>(s));
  xmlFree(s);
  return out;
}

std::string attribute(xmlTextReaderPtr r, const char* name) {
  return take_xml_string(xmlTextReaderGetAttribute(r, reinterpret_cast<const xmlChar*>(name)));
}

std::string_view local_name(xmlTextReaderPtr r) {
  const xmlChar* n = xmlTextReaderConstLocalName(r);
  return n ? std::string_view(reinterpret_cast<const char*>(n)) : std::string_view();
}

std::string trimmed(std::string s) {
  size_t a = s.find_first_not_of(" \t\r\n");
  if (a == std::string::npos) return {};
  size_t b = s.find_last_not_of(" \t\r\n");
  return s.substr(a, b - a + 1);
}

int read_callback(void* ctx, char* buffer, int len) {
  return static_cast<FeedSource*>(ctx)->read_input(buffer, len);
}

int close_callback(void*) { return 0; }

void error_callback(void* ctx, xmlErrorPtr error) {
  if (!error || error->level < XML_ERR_ERROR) return;
  std::string message = error->message ? trimmed(error->message) : "XML error";
  static_cast<FeedSource*>(ctx)->on_error(error->line, std::move(message));
}

}  // namespace

struct FeedSource::Parser {
  xmlTextReaderPtr reader = nullptr;
  bool root_checked = false;
  bool have_node = false;  // positioned on a node not yet looked at (after Next())
  std::string feed_title;
  std::string feed_language;
  std::string error;
  int error_line = 0;
  int error_count = 0;
};

FeedSource::FeedSource(std::string name, std::unique_ptr<InputStream> input, const SourceOptions& options)
    : name_(std::move(name)), input_(std::move(input)), options_(options), parser_(std::make_unique<Parser>()) {
  // No network, no external entities or DTDs: a feed cannot make us fetch or expand anything.
  parser_->reader = xmlReaderForIO(read_callback, close_callback, this, name_.c_str(), nullptr,
                                   XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOWARNING | XML_PARSE_NOERROR);
  if (!parser_->reader) {
    pending_.push_back({name_, "", "cannot start the XML parser"});
    done_ = true;
    return;
  }
  xmlTextReaderSetStructuredErrorHandler(parser_->reader, error_callback, this);
}

FeedSource::~FeedSource() {
  if (parser_ && parser_->reader) xmlFreeTextReader(parser_->reader);
}

int FeedSource::read_input(char* buffer, int len) {
  std::string chunk;
  size_t got = input_->reader().read(chunk, static_cast<size_t>(len));
  input_->stream().forget_before(input_->reader().position());
  std::memcpy(buffer, chunk.data(), got);
  return static_cast<int>(got);
}

void FeedSource::on_error(int line, std::string message) {
  if (parser_->error_count++ == 0) {
    parser_->error = std::move(message);
    parser_->error_line = line;
  }
}

void FeedSource::take_stream_faults() {
  for (auto& f : input_->stream().take_errors()) {
    pending_.push_back({name_, fmt::format("offset {}", f.offset), f.reason});
  }
}

SourceCounts FeedSource::counts() const {
  SourceCounts c = counts_;
  c.bytes_read = input_->input_position();
  return c;
}

std::optional<core::Result<core::RawDoc>> FeedSource::finish_item(NewsItem item, int index) {
  std::string where = fmt::format("item {}", index);
  if (item.title.empty() && item.text.empty() && item.html.empty()) {
    // After an XML error this is most likely the item the error cut: the error says it.
    if (parser_->error_count > 0) return std::nullopt;
    ++counts_.errors;
    return core::Result<core::RawDoc>(core::Diagnostic{name_, where, "item without a title or text"});
  }
  if (auto t = parse_timestamp(item.published)) item.published = format_timestamp(*t);
  core::RawDoc doc;
  doc.source = fmt::format("{}#{}", name_, where);
  doc.url = item.url;
  doc.media_type = std::string(kNewsItemMediaType);
  doc.charset = "utf-8";
  doc.fetch_time = input_->mtime();
  doc.bytes = news_item_to_json(item);
  if (doc.bytes.size() > options_.max_doc_bytes) {
    ++counts_.errors;
    return core::Result<core::RawDoc>(core::Diagnostic{
        name_, where, fmt::format("item over the limit of {} bytes", options_.max_doc_bytes)});
  }
  ++counts_.documents;
  return core::Result<core::RawDoc>(std::move(doc));
}

std::optional<core::Result<core::RawDoc>> FeedSource::next() {
  Parser& p = *parser_;
  for (;;) {
    if (!pending_.empty()) {
      core::Diagnostic d = std::move(pending_.front());
      pending_.erase(pending_.begin());
      ++counts_.errors;
      return core::Result<core::RawDoc>(std::move(d));
    }
    if (done_) return std::nullopt;

    // Walks to the end of the next item.
    NewsItem item;
    bool in_item = false;
    int item_depth = 0;
    std::string updated;
    for (;;) {
      int rc = 1;
      if (!p.have_node) rc = xmlTextReaderRead(p.reader);
      p.have_node = false;
      if (rc != 1) {
        done_ = true;
        take_stream_faults();
        if (pending_.empty() && p.error_count > 0 && !error_reported_) {
          error_reported_ = true;
          std::string reason = "not well-formed XML: " + p.error;
          if (p.error_count > 1) reason += fmt::format(" ({} more errors)", p.error_count - 1);
          pending_.push_back({name_, fmt::format("line {}", p.error_line), reason});
        } else if (rc < 0 && pending_.empty()) {
          pending_.push_back({name_, "", "not well-formed XML"});
        }
        break;
      }
      int type = xmlTextReaderNodeType(p.reader);
      int depth = xmlTextReaderDepth(p.reader);
      if (type == XML_READER_TYPE_END_ELEMENT && in_item && depth == item_depth) {
        if (item.published.empty()) item.published = updated;
        if (auto doc = finish_item(std::move(item), ++items_)) return doc;
        item = NewsItem{};
        in_item = false;
        updated.clear();
        continue;
      }
      if (type != XML_READER_TYPE_ELEMENT) continue;
      std::string_view name = local_name(p.reader);
      if (!p.root_checked) {
        p.root_checked = true;
        if (name != "rss" && name != "feed" && name != "RDF" && name != "channel") {
          pending_.push_back({name_, "", fmt::format("XML but not a feed (root element <{}>)", name)});
          done_ = true;
          break;
        }
        p.feed_language = take_xml_string(xmlTextReaderXmlLang(p.reader));
        continue;
      }
      bool empty = xmlTextReaderIsEmptyElement(p.reader) == 1;
      if (!in_item) {
        if (name == "item" || name == "entry") {
          if (empty) continue;
          in_item = true;
          item_depth = depth;
          item.feed = p.feed_title;
          std::string lang = take_xml_string(xmlTextReaderXmlLang(p.reader));
          item.language = lang.empty() ? p.feed_language : lang;
        } else if (depth <= 2 && name == "title" && p.feed_title.empty()) {
          p.feed_title = trimmed(take_xml_string(xmlTextReaderReadString(p.reader)));
        } else if (depth <= 2 && name == "language" && p.feed_language.empty()) {
          p.feed_language = trimmed(take_xml_string(xmlTextReaderReadString(p.reader)));
        }
        continue;
      }
      if (depth != item_depth + 1) continue;
      // A field of the item: read it whole, then step over its subtree.
      auto text = [&] { return trimmed(take_xml_string(xmlTextReaderReadString(p.reader))); };
      if (name == "title") {
        item.title = text();
      } else if (name == "link") {
        std::string href = attribute(p.reader, "href");
        std::string rel = attribute(p.reader, "rel");
        if (href.empty()) href = text();
        if (item.url.empty() && (rel.empty() || rel == "alternate")) item.url = href;
      } else if (name == "guid" || name == "id") {
        item.id = text();
        if (item.url.empty() && attribute(p.reader, "isPermaLink") != "false" &&
            item.id.rfind("http", 0) == 0)
          item.url = item.id;
      } else if (name == "encoded" || name == "content") {
        std::string kind = attribute(p.reader, "type");
        std::string body = kind == "xhtml" ? trimmed(take_xml_string(xmlTextReaderReadInnerXml(p.reader))) : text();
        if (!body.empty()) {
          if (kind == "html" || kind == "xhtml" || name == "encoded" || looks_like_markup(body)) {
            item.html = std::move(body);
            item.text.clear();
          } else {
            item.text = std::move(body);
            item.html.clear();
          }
        }
      } else if (name == "description" || name == "summary") {
        std::string body = text();
        if (item.html.empty() && item.text.empty() && !body.empty()) {
          (looks_like_markup(body) || attribute(p.reader, "type") == "html" ? item.html : item.text) = std::move(body);
        }
      } else if (name == "pubDate" || name == "published" || name == "issued" || name == "date") {
        if (item.published.empty()) item.published = text();
      } else if (name == "updated" || name == "modified") {
        updated = text();
      } else if (name == "category" || name == "subject") {
        std::string term = attribute(p.reader, "term");
        if (term.empty()) term = text();
        if (!term.empty()) item.categories.push_back(std::move(term));
      } else if (name == "language") {
        item.language = text();
      } else {
        continue;
      }
      if (!empty && xmlTextReaderNext(p.reader) == 1) p.have_node = true;
    }
  }
}

}  // namespace newsdesk::ingest
