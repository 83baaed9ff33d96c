#include "ingest/warc_reader.h"

#include <algorithm>
#include <cctype>
#include <charconv>

#include <fmt/format.h>

#include "ingest/format.h"
#include "ingest/news_item.h"
#include "ingest/timestamps.h"

namespace newsdesk::ingest {
namespace {

constexpr size_t kMaxHeaderLine = 64u << 10;
constexpr size_t kMaxHeaderBytes = 1u << 20;

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool is_record_start(std::string_view line) {
  return line.substr(0, 7) == "WARC/1." || line.substr(0, 7) == "WARC/0.";
}

std::optional<uint64_t> parse_length(std::string_view s) {
  s = trim(s);
  uint64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || s.empty()) return std::nullopt;
  return v;
}

std::string strip_angles(std::string_view s) {
  s = trim(s);
  if (s.size() >= 2 && s.front() == '<' && s.back() == '>') s = s.substr(1, s.size() - 2);
  return std::string(s);
}

// Undoes chunked transfer coding; false when the body is not chunked after all.
bool dechunk(std::string_view in, std::string& out) {
  out.clear();
  size_t i = 0;
  for (;;) {
    size_t eol = in.find('\n', i);
    if (eol == std::string_view::npos) return false;
    std::string_view size_line = trim(in.substr(i, eol - i));
    size_t semi = size_line.find(';');
    if (semi != std::string_view::npos) size_line = size_line.substr(0, semi);
    uint64_t size = 0;
    auto [p, ec] = std::from_chars(size_line.data(), size_line.data() + size_line.size(), size, 16);
    if (ec != std::errc() || p != size_line.data() + size_line.size() || size_line.empty()) return false;
    i = eol + 1;
    if (size == 0) return true;
    if (i + size > in.size()) return false;
    out.append(in.substr(i, size));
    i += size;
    if (in.substr(i, 2) == "\r\n") i += 2;
    else if (in.substr(i, 1) == "\n") i += 1;
  }
}

bool is_document_type(std::string_view media_type) {
  return media_type == "text/html" || media_type == "application/xhtml+xml" || media_type == "text/plain" ||
         media_type == kNewsItemMediaType;
}

}  // namespace

const std::string& WarcHeader::get(const std::string& lower_name) const {
  static const std::string kEmpty;
  auto it = fields.find(lower_name);
  return it == fields.end() ? kEmpty : it->second;
}

std::pair<std::string, std::string> split_content_type(std::string_view value) {
  std::string_view type = value.substr(0, value.find(';'));
  std::string charset;
  std::string low = lower(value);
  size_t at = low.find("charset=");
  if (at != std::string::npos) {
    std::string_view rest = value.substr(at + 8);
    rest = rest.substr(0, rest.find(';'));
    rest = trim(rest);
    if (rest.size() >= 2 && (rest.front() == '"' || rest.front() == '\'')) rest = rest.substr(1, rest.size() - 2);
    charset = std::string(rest);
  }
  return {lower(trim(type)), charset};
}

bool parse_http_response(std::string_view block, HttpResponse& out) {
  if (block.substr(0, 5) != "HTTP/") return false;
  size_t eol = block.find('\n');
  if (eol == std::string_view::npos) return false;
  std::string_view status_line = trim(block.substr(0, eol));
  size_t sp = status_line.find(' ');
  if (sp == std::string_view::npos) return false;
  std::string_view code = status_line.substr(sp + 1, 3);
  auto [p, ec] = std::from_chars(code.data(), code.data() + code.size(), out.status);
  if (ec != std::errc()) return false;
  size_t i = eol + 1;
  for (;;) {
    size_t e = block.find('\n', i);
    std::string_view line = block.substr(i, e == std::string_view::npos ? std::string_view::npos : e - i);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      i = e == std::string_view::npos ? block.size() : e + 1;
      break;
    }
    size_t colon = line.find(':');
    if (colon != std::string_view::npos) {
      std::string name = lower(trim(line.substr(0, colon)));
      std::string value(trim(line.substr(colon + 1)));
      auto [it, fresh] = out.headers.emplace(name, value);
      if (!fresh) it->second += ", " + value;
    }
    if (e == std::string_view::npos) { i = block.size(); break; }
    i = e + 1;
  }
  out.body = std::string(block.substr(i));
  return true;
}

WarcSource::WarcSource(std::string name, std::unique_ptr<InputStream> input, const SourceOptions& options)
    : name_(std::move(name)), input_(std::move(input)), options_(options) {}

SourceCounts WarcSource::counts() const {
  SourceCounts c = counts_;
  c.bytes_read = input_->input_position();
  return c;
}

core::Diagnostic WarcSource::error_at(uint64_t position, std::string reason) const {
  uint64_t offset = input_->gzipped() ? input_->stream().input_offset_of(position) : position;
  return core::Diagnostic{name_, fmt::format("offset {}", offset), std::move(reason)};
}

bool WarcSource::resync() {
  BufferedReader& in = input_->reader();
  std::string line;
  while (in.read_line(line, kMaxHeaderLine, nullptr, true)) {
    if (is_record_start(line)) {
      in.unread(line);
      return true;
    }
  }
  return false;
}

std::optional<core::Result<core::RawDoc>> WarcSource::next() {
  for (;;) {
    if (!pending_.empty()) {
      core::Diagnostic d = std::move(pending_.front());
      pending_.erase(pending_.begin());
      ++counts_.errors;
      return core::Result<core::RawDoc>(std::move(d));
    }
    if (ended_) return std::nullopt;
    core::Result<core::RawDoc> out(core::Diagnostic{});
    Step step = read_record(out);
    BufferedReader& in = input_->reader();
    // Faults the stream found (a bad gzip member, a read error) are held until
    // the reader gets to them, then reported in place of what they cut short.
    for (auto& f : input_->stream().take_errors()) faults_.push_back(std::move(f));
    // A record whose bytes came (in part) from a faulty member is not trusted.
    if (step == Step::kDoc && !faults_.empty()) {
      ByteStream& stream = input_->stream();
      uint64_t first = stream.input_offset_of(record_start_);
      uint64_t last = stream.input_offset_of(in.position() > 0 ? in.position() - 1 : 0);
      for (const auto& f : faults_) {
        if (f.offset >= first && f.offset <= last) step = Step::kSkip;
      }
    }
    input_->stream().forget_before(in.position());
    // Not asked after a clean record: on a pipe that would wait for the next one.
    if ((step != Step::kDoc || !faults_.empty()) && in.at_end()) {
      for (auto& f : input_->stream().take_errors()) faults_.push_back(std::move(f));
      if (!faults_.empty() && step == Step::kError) step = Step::kSkip;
      for (auto& f : faults_) pending_.push_back({name_, fmt::format("offset {}", f.offset), f.reason});
      faults_.clear();
      if (!in.resume()) ended_ = true;
    }
    if (step == Step::kDoc) {
      ++counts_.documents;
      return out;
    }
    if (step == Step::kError) {
      ++counts_.errors;
      return out;
    }
  }
}

WarcSource::Step WarcSource::read_record(core::Result<core::RawDoc>& out) {
  BufferedReader& in = input_->reader();
  std::string line;
  bool overlong = false;
  // Blank lines between records are tolerated.
  uint64_t start = in.position();
  do {
    start = record_start_ = in.position();
    if (!in.read_line(line, kMaxHeaderLine, &overlong)) return Step::kEnd;
  } while (line.empty());
  if (!is_record_start(line)) {
    out = error_at(start, "not a WARC record header");
    resync();
    return Step::kError;
  }
  WarcHeader header;
  header.version = line;
  size_t header_bytes = line.size();
  for (;;) {
    if (!in.read_line(line, kMaxHeaderLine, &overlong)) {
      out = error_at(start, "truncated record header");
      return Step::kError;
    }
    if (line.empty()) break;
    header_bytes += line.size();
    if (overlong || header_bytes > kMaxHeaderBytes) {
      out = error_at(start, "record header too long");
      resync();
      return Step::kError;
    }
    if (is_record_start(line)) {
      // A new record began inside this one's header: the header was cut short.
      in.unread(line + "\r\n");
      out = error_at(start, "truncated record header");
      return Step::kError;
    }
    size_t colon = line.find(':');
    if (colon == std::string::npos) {
      if (!line.empty() && (line[0] == ' ' || line[0] == '\t') && !header.fields.empty()) continue;
      out = error_at(start, "bad record header line");
      resync();
      return Step::kError;
    }
    header.fields[lower(trim(std::string_view(line).substr(0, colon)))] =
        std::string(trim(std::string_view(line).substr(colon + 1)));
  }
  auto length = parse_length(header.get("content-length"));
  if (!length) {
    out = error_at(start, "record without a valid Content-Length");
    resync();
    return Step::kError;
  }
  std::string type = lower(header.get("warc-type"));
  bool wanted = type == "response" || type == "resource" || type == "conversion";
  if (*length > options_.max_doc_bytes) {
    uint64_t got = in.skip(*length);
    if (got < *length) {
      out = error_at(start, fmt::format("truncated record: Content-Length {} but {} bytes", *length, got));
      return Step::kError;
    }
    if (in.peek(4) == "\r\n\r\n") in.skip(4);
    if (!wanted) { ++counts_.skipped; return Step::kSkip; }
    out = error_at(start, fmt::format("record of {} bytes is over the limit of {} bytes", *length,
                                      options_.max_doc_bytes));
    return Step::kError;
  }
  std::string block;
  block.reserve(static_cast<size_t>(*length));
  size_t got = in.read(block, static_cast<size_t>(*length));
  if (got < *length) {
    out = error_at(start, fmt::format("truncated record: Content-Length {} but {} bytes", *length, got));
    return Step::kError;
  }
  std::string_view trailer = in.peek(4);
  if (trailer == "\r\n\r\n") {
    in.skip(4);
  } else if (!trailer.empty()) {
    // The length lies: what follows is not the record separator. Look for the
    // next record inside what was read as this one's block.
    in.unread(block);
    resync();
    out = error_at(start, fmt::format("Content-Length {} does not match the record", *length));
    return Step::kError;
  }
  if (!wanted) {
    ++counts_.skipped;
    return Step::kSkip;
  }

  core::RawDoc doc;
  std::string id = strip_angles(header.get("warc-record-id"));
  uint64_t offset = input_->gzipped() ? input_->stream().input_offset_of(start) : start;
  doc.source = id.empty() ? fmt::format("{}@{}", name_, offset) : fmt::format("{}#{}", name_, id);
  doc.url = strip_angles(header.get("warc-target-uri"));
  if (auto t = parse_timestamp(header.get("warc-date"))) doc.fetch_time = *t;
  auto [record_type, record_charset] = split_content_type(header.get("content-type"));
  bool http = type == "response" &&
              (record_type == "application/http" || std::string_view(block).substr(0, 5) == "HTTP/");
  if (http) {
    HttpResponse response;
    if (!parse_http_response(block, response)) {
      out = error_at(start, "response record without a readable HTTP header");
      return Step::kError;
    }
    if ((response.status < 200 || response.status > 299) && !options_.keep_non_2xx) {
      ++counts_.skipped;
      return Step::kSkip;
    }
    auto [media, charset] = split_content_type(response.headers["content-type"]);
    doc.media_type = media;
    doc.charset = charset;
    std::string body = std::move(response.body);
    if (lower(response.headers["transfer-encoding"]).find("chunked") != std::string::npos) {
      std::string plain;
      if (dechunk(body, plain)) body = std::move(plain);
    }
    std::string encoding = lower(response.headers["content-encoding"]);
    if (!encoding.empty() && encoding != "identity") {
      if ((encoding == "gzip" || encoding == "x-gzip") && is_gzip(body)) {
        StringStream packed(std::move(body));
        GzipStream gz(packed, options_.max_inflate_ratio);
        BufferedReader r(gz);
        std::string plain;
        r.read(plain, options_.max_doc_bytes + 1);
        if (!gz.take_errors().empty()) {
          out = error_at(start, "HTTP body with a bad gzip Content-Encoding");
          return Step::kError;
        }
        if (plain.size() > options_.max_doc_bytes) {
          out = error_at(start, fmt::format("decoded body over the limit of {} bytes", options_.max_doc_bytes));
          return Step::kError;
        }
        body = std::move(plain);
      } else if (encoding != "gzip" && encoding != "x-gzip") {
        // Crawlers often store the decoded body yet keep the header: trust bytes that look like text.
        Format f = detect_format(std::string_view(body).substr(0, 4096));
        if (f != Format::kHtml && f != Format::kText && f != Format::kXml) {
          out = error_at(start, fmt::format("HTTP body in an unsupported Content-Encoding: {}", encoding));
          return Step::kError;
        }
      }
    }
    doc.bytes = std::move(body);
  } else {
    doc.media_type = record_type;
    doc.charset = record_charset;
    doc.bytes = std::move(block);
  }
  if (doc.media_type.empty() || doc.media_type == "application/octet-stream") {
    std::string identified = split_content_type(header.get("warc-identified-payload-type")).first;
    if (!identified.empty()) doc.media_type = identified;
  }
  if (doc.media_type.empty()) {
    Format f = detect_format(std::string_view(doc.bytes).substr(0, 4096));
    if (f == Format::kHtml) doc.media_type = "text/html";
    else if (f == Format::kText) doc.media_type = "text/plain";
  }
  if (!is_document_type(doc.media_type)) {
    ++counts_.skipped;
    return Step::kSkip;
  }
  out = std::move(doc);
  return Step::kDoc;
}

}  // namespace newsdesk::ingest
