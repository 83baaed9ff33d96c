// The queue module against a real NATS server: URLs, documents in and out of
// messages, the stream's dedup, and a redelivered document stored once.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <vector>

#include "ingest/content_hash.h"
#include "nats_server.h"
#include "pipeline/ingest_job.h"
#include "queue/consumer.h"
#include "queue/doc_message.h"
#include "queue/nats_url.h"
#include "queue/publisher.h"
#include "store/sqlite_store.h"

namespace newsdesk::queue {
namespace {

using testing::fresh_subject;
using testing::test_server;

TEST(NatsUrl, SplitsServerSubjectAndNames) {
  std::string why;
  auto url = parse_nats_url("nats://127.0.0.1:4229/news.raw", &why);
  ASSERT_TRUE(url) << why;
  EXPECT_EQ(url->server, "nats://127.0.0.1:4229");
  EXPECT_EQ(url->subject, "news.raw");
  EXPECT_EQ(url->stream, "NEWSDESK_news_raw");
  EXPECT_EQ(url->consumer, "newsdesk-workers");
  auto with_user = parse_nats_url("nats://ann:secret@queue.example:4222/raw", &why);
  ASSERT_TRUE(with_user) << why;
  EXPECT_EQ(with_user->server, "nats://ann:secret@queue.example:4222");
  EXPECT_EQ(with_user->stream, "NEWSDESK_raw");
}

TEST(NatsUrl, RefusesWhatCannotNameOneStream) {
  struct Case {
    const char* url;
    const char* reason_part;
  } cases[] = {
      {"http://127.0.0.1:4229/raw", "not a nats:// URL"},
      {"nats://127.0.0.1:4229", "no subject"},
      {"nats://127.0.0.1:4229/", "no subject"},
      {"nats://127.0.0.1/raw", "no port"},
      {"nats://:4229/raw", "no host"},
      {"nats://127.0.0.1:0/raw", "port"},
      {"nats://127.0.0.1:70000/raw", "port"},
      {"nats://127.0.0.1:42x/raw", "port"},
      {"nats://127.0.0.1:4229/news.*", "wildcard"},
      {"nats://127.0.0.1:4229/news.>", "wildcard"},
      {"nats://127.0.0.1:4229/news..raw", "empty token"},
      {"nats://127.0.0.1:4229/news raw", "spaces"},
  };
  for (const auto& c : cases) {
    std::string why;
    EXPECT_FALSE(parse_nats_url(c.url, &why)) << c.url;
    EXPECT_NE(why.find(c.reason_part), std::string::npos) << c.url << ": " << why;
  }
}

TEST(DocMessage, HeaderValuesSurviveEscaping) {
  for (const std::string& value : std::vector<std::string>{"plain", "100% sure", "line\nbreak\r\n",
                                                           std::string("nul\0byte", 8), "ünïcode"}) {
    std::string escaped = escape_header_value(value);
    EXPECT_EQ(escaped.find_first_of("\r\n"), std::string::npos);
    EXPECT_EQ(unescape_header_value(escaped), value);
  }
}

core::RawDoc page(int n) {
  core::RawDoc doc;
  doc.source = "pages/" + std::to_string(n) + ".html";
  doc.url = "https://news.example/" + std::to_string(n);
  doc.media_type = "text/html";
  doc.charset = "utf-8";
  doc.fetch_time = 1748736000 + n;
  doc.bytes = "<html><head><title>Council votes on plan " + std::to_string(n) +
              "</title></head><body><article><h1>Council votes on plan " + std::to_string(n) + "</h1><p>" +
              std::string(400, 'a' + n % 26) + "</p></article></body></html>";
  return doc;
}

NatsUrl fresh_url(const std::string& name) {
  std::string why;
  auto url = parse_nats_url(test_server() + "/" + fresh_subject(name), &why);
  EXPECT_TRUE(url) << why;
  return *url;
}

// Everything waiting, in as many fetches as it takes.
std::vector<core::RawDoc> drain(Consumer& consumer) {
  std::vector<core::RawDoc> docs;
  for (int tries = 0; tries < 20; ++tries) {
    Batch batch = consumer.fetch(100, 500);
    if (batch.empty()) break;
    docs.insert(docs.end(), batch.docs().begin(), batch.docs().end());
    batch.ack();
  }
  return docs;
}

TEST(Queue, PublishedDocumentsComeBackWhole) {
  NEWSDESK_NEED_NATS();
  NatsUrl url = fresh_url("roundtrip");
  JetStream jetstream(url);
  Publisher publisher(jetstream, 4);  // fewer in flight than documents: exercises the stall
  for (int n = 0; n < 10; ++n) publisher.publish(page(n));
  core::RawDoc odd = page(99);
  odd.source = "weird\nname%.html";
  odd.fetch_time = 0;
  odd.charset.clear();
  publisher.publish(odd);
  PublishCounts counts = publisher.finish();
  EXPECT_EQ(counts.published, 11u);
  EXPECT_EQ(counts.duplicates, 0u);
  EXPECT_TRUE(counts.failures.empty());

  Consumer consumer(jetstream);
  std::vector<core::RawDoc> got = drain(consumer);
  ASSERT_EQ(got.size(), 11u);
  for (int n = 0; n < 10; ++n) {
    core::RawDoc want = page(n);
    EXPECT_EQ(got[n].bytes, want.bytes);
    EXPECT_EQ(got[n].source, want.source);
    EXPECT_EQ(got[n].url, want.url);
    EXPECT_EQ(got[n].media_type, want.media_type);
    EXPECT_EQ(got[n].charset, want.charset);
    EXPECT_EQ(got[n].fetch_time, want.fetch_time);
  }
  EXPECT_EQ(got[10].source, odd.source);
  EXPECT_EQ(got[10].fetch_time, 0);
  EXPECT_EQ(got[10].charset, "");
}

TEST(Queue, RepublishedDocumentIsDroppedByTheStream) {
  NEWSDESK_NEED_NATS();
  NatsUrl url = fresh_url("dedup");
  JetStream jetstream(url);
  {
    Publisher publisher(jetstream);
    publisher.publish(page(1));
    publisher.publish(page(2));
    publisher.finish();
  }
  Publisher again(jetstream);
  core::RawDoc renamed = page(1);
  renamed.source = "elsewhere/1.html";  // same bytes, same document
  again.publish(renamed);
  again.publish(page(3));
  PublishCounts counts = again.finish();
  EXPECT_EQ(counts.published, 1u);
  EXPECT_EQ(counts.duplicates, 1u);
  Consumer consumer(jetstream);
  EXPECT_EQ(drain(consumer).size(), 3u);
}

TEST(Queue, TooLargeForTheServerIsOneClearFailure) {
  NEWSDESK_NEED_NATS();
  JetStream jetstream(fresh_url("large"));
  Publisher publisher(jetstream);
  core::RawDoc huge = page(1);
  huge.bytes.assign(static_cast<size_t>(natsConnection_GetMaxPayload(jetstream.connection())) + 1, 'x');
  publisher.publish(huge);
  PublishCounts counts = publisher.finish();
  ASSERT_EQ(counts.failures.size(), 1u);
  EXPECT_EQ(counts.failures[0].source, huge.source);
  EXPECT_NE(counts.failures[0].reason.find("max_payload"), std::string::npos);
}

// A worker that stored a batch and died before its ack: the batch comes back
// (NumDelivered 2) and the store counts it as already stored.
TEST(Queue, RedeliveredDocumentIsStoredOnce) {
  NEWSDESK_NEED_NATS();
  NatsUrl url = fresh_url("redeliver");
  JetStream jetstream(url);
  Publisher publisher(jetstream);
  for (int n = 0; n < 3; ++n) publisher.publish(page(n));
  ASSERT_EQ(publisher.finish().published, 3u);

  std::filesystem::path db_path = std::filesystem::temp_directory_path() /
                                  ("newsdesk-queue-" + std::to_string(std::random_device()()) + ".db");
  {
    store::SqliteStore db(db_path.string());
    Consumer consumer(jetstream);
    Batch first = consumer.fetch(10, 2000);
    ASSERT_EQ(first.docs().size(), 3u);
    EXPECT_EQ(first.redeliveries(), 0);
    pipeline::IngestReport stored = pipeline::ingest_documents(db, first.docs());
    EXPECT_EQ(stored.documents_added, 3);
    first.nak();  // as if the ack was lost with the worker

    // The server may hand the redelivered messages back over more than one
    // fetch (it did on a loaded machine): gather them all.
    std::vector<Batch> again;
    std::vector<core::RawDoc> docs;
    int redeliveries = 0;
    for (int tries = 0; docs.size() < 3 && tries < 10; ++tries) {
      again.push_back(consumer.fetch(10, 5000));
      docs.insert(docs.end(), again.back().docs().begin(), again.back().docs().end());
      redeliveries += again.back().redeliveries();
    }
    ASSERT_EQ(docs.size(), 3u);
    EXPECT_EQ(redeliveries, 3);
    pipeline::IngestReport second = pipeline::ingest_documents(db, docs);
    EXPECT_EQ(second.documents_added, 0);
    EXPECT_EQ(second.documents_already_stored, 3);
    for (Batch& b : again) b.ack();
    EXPECT_EQ(db.counts().documents, 3);
    EXPECT_TRUE(consumer.fetch(10, 300).empty());
  }
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db_path.string() + suffix);
}

}  // namespace
}  // namespace newsdesk::queue
