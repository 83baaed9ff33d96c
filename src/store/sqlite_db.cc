#include "store/sqlite_db.h"

#include <sqlite3.h>

#include <stdexcept>

namespace newsdesk::store {
namespace {

// "FILE: what: SQLite's reason", so every error names the store.
[[noreturn]] void fail(sqlite3* db, const std::string& what) {
  const char* file = db ? sqlite3_db_filename(db, "main") : nullptr;
  std::string where = file && *file ? std::string(file) + ": " : "";
  if (what.rfind(where, 0) == 0) where.clear();
  throw std::runtime_error(where + what + ": " + (db ? sqlite3_errmsg(db) : "out of memory"));
}

}  // namespace

Statement& Statement::bind(int index, int64_t value) {
  if (done_) reset();
  if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) fail(db_, "bind");
  return *this;
}

Statement& Statement::bind(int index, double value) {
  if (done_) reset();
  if (sqlite3_bind_double(stmt_, index, value) != SQLITE_OK) fail(db_, "bind");
  return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
  if (done_) reset();
  if (sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT) !=
      SQLITE_OK) {
    fail(db_, "bind");
  }
  return *this;
}

Statement& Statement::bind_null(int index) {
  if (done_) reset();
  if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) fail(db_, "bind");
  return *this;
}

bool Statement::step() {
  if (done_) return false;
  int rc = sqlite3_step(stmt_);
  active_ = rc == SQLITE_ROW;
  if (active_) return true;
  done_ = true;
  if (rc != SQLITE_DONE) {
    std::string sql = sqlite3_sql(stmt_);
    sqlite3_reset(stmt_);
    fail(db_, "query failed (" + sql.substr(0, 60) + ")");
  }
  return false;
}

int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }
double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }
bool Statement::is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

std::string Statement::text(int column) const {
  const unsigned char* p = sqlite3_column_text(stmt_, column);
  int n = sqlite3_column_bytes(stmt_, column);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(n)) : std::string();
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  done_ = false;
  active_ = false;
}

Database::Database(const std::string& path) : path_(path) {
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    std::string reason = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw std::runtime_error(path + ": cannot open: " + reason);
  }
  sqlite3_extended_result_codes(db_, 1);
  // Readers and the writer of other processes wait for each other instead of failing.
  sqlite3_busy_timeout(db_, 10000);
}

Database::~Database() {
  statements_.clear();
  for (auto& [sql, stmt] : raw_) sqlite3_finalize(stmt);
  sqlite3_close(db_);
}

void Database::exec(const std::string& sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    std::string reason = error ? error : "unknown error";
    sqlite3_free(error);
    throw std::runtime_error(path_ + ": " + reason);
  }
}

Statement& Database::prepare(const std::string& sql) {
  auto it = statements_.find(sql);
  if (it != statements_.end()) {
    it->second->reset();
    return *it->second;
  }
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db_, sql.c_str(), -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
    fail(db_, path_ + ": cannot prepare (" + sql.substr(0, 80) + ")");
  }
  raw_[sql] = stmt;
  auto& slot = statements_[sql];
  slot = std::make_unique<Statement>(db_, stmt);
  return *slot;
}

void Database::release_reads() {
  for (auto& [sql, statement] : statements_) {
    if (statement->active()) statement->reset();
  }
}

int64_t Database::last_insert_id() const { return sqlite3_last_insert_rowid(db_); }
int Database::changes() const { return sqlite3_changes(db_); }

Transaction::Transaction(Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (open_) {
    try {
      db_.exec("ROLLBACK");
    } catch (...) {
    }
  }
}

void Transaction::commit() {
  db_.release_reads();
  db_.exec("COMMIT");
  open_ = false;
}

}  // namespace newsdesk::store
