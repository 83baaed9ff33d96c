// A fresh, empty store for one test on a backend, so that the store tests run
// once per backend: "sqlite", a file in a temporary directory; "postgresql", a
// new database on the server NEWSDESK_TEST_PG names (scripts/cluster-up.sh),
// dropped afterwards. Without NEWSDESK_TEST_PG the PostgreSQL runs skip.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <random>
#include <string>

#include <pqxx/pqxx>

#include "store/pg_store.h"
#include "store/sqlite_store.h"
#include "test_docs.h"

namespace newsdesk::store::testing {

class TestStore {
 public:
  explicit TestStore(std::string backend) : backend_(std::move(backend)) {
    if (backend_ == "sqlite") {
      location_ = dir_.file("s.db");
      return;
    }
    const char* admin = std::getenv("NEWSDESK_TEST_PG");
    if (!admin || !*admin) {
      unavailable_ = "NEWSDESK_TEST_PG is not set (scripts/cluster-up.sh starts a server and names it)";
      return;
    }
    admin_ = admin;
    std::random_device rd;
    database_ = "newsdesk_test_" + std::to_string(rd()) + std::to_string(rd());
    pqxx::connection conn(admin_);
    pqxx::nontransaction(conn).exec("CREATE DATABASE " + database_);
    location_ = with_database(admin_, database_);
  }
  ~TestStore() {
    if (database_.empty()) return;
    try {
      pqxx::connection conn(admin_);
      // FORCE: a store a test left open must not keep its database.
      pqxx::nontransaction(conn).exec("DROP DATABASE IF EXISTS " + database_ + " WITH (FORCE)");
    } catch (const std::exception& e) {
      ADD_FAILURE() << "dropping " << database_ << ": " << e.what();
    }
  }
  TestStore(const TestStore&) = delete;
  TestStore& operator=(const TestStore&) = delete;

  // Empty when the backend can be tested here; else why it cannot.
  const std::string& unavailable() const { return unavailable_; }
  const std::string& location() const { return location_; }
  bool postgres() const { return backend_ == "postgresql"; }

  std::unique_ptr<Store> open() const { return open_store(location_); }
  // The store migrated only up to `version`, as an older release left it.
  std::unique_ptr<Store> open_at_version(int version) const {
    if (postgres()) return std::make_unique<PgStore>(location_, version);
    return std::make_unique<SqliteStore>(location_, version);
  }

 private:
  // The admin URL with another database in its path.
  static std::string with_database(const std::string& url, const std::string& database) {
    size_t host = url.find("://");
    size_t path = url.find('/', host == std::string::npos ? 0 : host + 3);
    size_t query = url.find('?');
    std::string rest = query == std::string::npos ? "" : url.substr(query);
    std::string base = url.substr(0, std::min(path, query));
    return base + "/" + database + rest;
  }

  std::string backend_;
  TempDir dir_;
  std::string admin_, database_, location_, unavailable_;
};

// The store tests' base: a fresh store of the parameter's backend, or a skip.
class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    store_ = std::make_unique<TestStore>(GetParam());
    if (!store_->unavailable().empty()) GTEST_SKIP() << store_->unavailable();
  }
  std::unique_ptr<TestStore> store_;
};

inline std::string backend_name(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

}  // namespace newsdesk::store::testing

#define NEWSDESK_STORE_BACKENDS(suite)                                                           \
  INSTANTIATE_TEST_SUITE_P(Backends, suite, ::testing::Values("sqlite", "postgresql"), \
                           ::newsdesk::store::testing::backend_name)
