// A thin RAII layer over the SQLite C API: one connection, prepared statements
// kept and reused (the ingest hot path binds thousands of rows per batch), and
// errors as exceptions that name the database and SQLite's reason.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace newsdesk::store {

class Statement {
 public:
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}

  // Binds by 1-based position; returns *this so calls chain.
  Statement& bind(int index, int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view value);
  Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
  Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
  Statement& bind_null(int index);

  // Advances; false when no row is left. The statement is reset on the next bind after done.
  bool step();
  void run() { while (step()) {} }

  int64_t integer(int column) const;
  double real(int column) const;
  std::string text(int column) const;
  bool is_null(int column) const;

  // Clears bindings and rewinds, so the statement can be used again.
  void reset();

  // Stepped to a row and not finished: it holds the connection's read snapshot.
  bool active() const { return active_; }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
  bool done_ = false;
  bool active_ = false;
};

class Database {
 public:
  // Opens (creating) the file; throws std::runtime_error naming it.
  explicit Database(const std::string& path);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void exec(const std::string& sql);
  // A cached prepared statement, reset and ready to bind. Valid until the next
  // prepare() of the same text finishes with it (one user at a time).
  Statement& prepare(const std::string& sql);
  // Rewinds every statement left on a row. Until then, a statement whose rows
  // were not all read keeps a read transaction open: the connection sees no
  // later commits and the WAL cannot be checkpointed past its snapshot.
  void release_reads();
  int64_t last_insert_id() const;
  int changes() const;
  const std::string& path() const { return path_; }
  sqlite3* handle() const { return db_; }

 private:
  std::string path_;
  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, std::unique_ptr<Statement>> statements_;
  std::unordered_map<std::string, sqlite3_stmt*> raw_;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back if left without commit() (an exception).
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  void commit();

 private:
  Database& db_;
  bool open_ = true;
};

}  // namespace newsdesk::store
