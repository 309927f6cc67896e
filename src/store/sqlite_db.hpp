#pragma once
// Thin RAII wrappers over the SQLite C API, private to the store layer. Every failure throws
// genai_quiz::Error with SQLite's message and the database path.

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace genai_quiz::sqlite {

/// One open connection.
class Db {
 public:
  /// Opens (creating if needed) the database at `path`; ":memory:" gives a private one.
  explicit Db(const std::string& path);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  /// Runs one or more statements that return no rows.
  void exec(std::string_view sql);
  /// Throws Error describing the last failure of `what`.
  [[noreturn]] void fail(std::string_view what, int code) const;

  sqlite3* handle() const { return db_; }
  const std::string& path() const { return path_; }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

/// A prepared statement with 1-based binds and 0-based columns.
class Statement {
 public:
  Statement(Db& db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view value);
  Statement& bind(int index, std::optional<std::int64_t> value);
  Statement& bind(int index, std::optional<double> value);

  /// Advances to the next row; false when there are no more.
  bool step();
  /// Runs a statement that returns no rows.
  void run();
  /// Makes the statement ready to run again from the start, with no binds.
  Statement& reset();

  bool is_null(int column) const;
  std::int64_t int64(int column) const;
  double real(int column) const;
  std::string text(int column) const;
  std::optional<std::int64_t> optional_int64(int column) const;
  std::optional<double> optional_real(int column) const;

 private:
  Db& db_;
  sqlite3_stmt* stmt_ = nullptr;
};

/// A write transaction started with BEGIN IMMEDIATE, so that a second writer waits for the busy
/// timeout at the start rather than failing half-way. Rolls back unless committed.
class Transaction {
 public:
  explicit Transaction(Db& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  void commit();

 private:
  Db& db_;
  bool done_ = false;
};

}  // namespace genai_quiz::sqlite
