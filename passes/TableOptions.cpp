//===- TableOptions.cpp - What follows a CREATE TABLE's column list ------===//
//
// Each dialect's post_create_table over a table's options: MySQL's ENGINE=,
// CHARSET=, COLLATE and partitioning, SQLite's WITHOUT ROWID and STRICT,
// PostgreSQL's INHERITS, PARTITION BY, USING, WITH OIDS, ON COMMIT and
// TABLESPACE.
//
//===----------------------------------------------------------------------===//

#include "passes/TableOptions.h"

#include "passes/SqlText.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace schemac::passes::detail {

using llvm::StringRef;

std::optional<std::string> tableOption(const ir::Table &T, StringRef Keyword) {
  std::optional<std::string> Value;
  for (const auto &[K, V] : T.DialectOptions)
    if (K == Keyword)
      Value = V;
  return Value;
}

static bool isOneOf(StringRef S, std::initializer_list<StringRef> Names) {
  return llvm::is_contained(Names, S);
}

/// MySQLDDLCompiler.post_create_table. SQLAlchemy lists the options in the
/// order of a Python set, which changes from run to run; here they come in
/// the order given, the table's comment last. Its topological sort puts
/// COLLATE in a round of its own after all the others where an option
/// sets a character set, and the partitioning after the rest.
static std::string mysqlTableOptions(const ir::Table &T) {
  static constexpr StringRef Partitioning[] = {
      "PARTITION_BY", "PARTITIONS", "SUBPARTITION_BY", "SUBPARTITIONS"};
  std::vector<std::pair<std::string, std::string>> Options, Partitions;
  for (const auto &[K, V] : T.DialectOptions)
    if (StringRef(K).starts_with("mysql_")) {
      std::string Name = StringRef(K).drop_front(6).upper();
      (llvm::is_contained(Partitioning, Name) ? Partitions : Options)
          .emplace_back(Name, V);
    }
  if (T.Comment)
    Options.emplace_back("COMMENT", *T.Comment);
  bool SetsCharset = llvm::any_of(Options, [](const auto &O) {
    return isOneOf(O.first, {"DEFAULT_CHARSET", "DEFAULT_CHARACTER_SET",
                             "CHARSET", "CHARACTER_SET"});
  });
  if (SetsCharset)
    std::stable_partition(Options.begin(), Options.end(),
                          [](const auto &O) { return O.first != "COLLATE"; });
  llvm::stable_sort(Partitions, [](const auto &A, const auto &B) {
    return llvm::find(Partitioning, A.first) <
           llvm::find(Partitioning, B.first);
  });
  std::vector<std::string> Written;
  auto Write = [&](std::string Name, const std::string &Value, bool Partition) {
    // Names are matched with their underscores: DATA_DIRECTORY's value is
    // not quoted, though SQLAlchemy lists "DATA DIRECTORY" as a string.
    std::string Arg = isOneOf(Name, {"COMMENT", "PASSWORD", "CONNECTION"})
                          ? quoteStringLiteral(Value, Dialect::MySQL)
                          : Value;
    if (Partition || isOneOf(Name, {"DATA_DIRECTORY", "INDEX_DIRECTORY",
                                    "DEFAULT_CHARACTER_SET", "CHARACTER_SET",
                                    "DEFAULT_CHARSET", "DEFAULT_COLLATE"}))
      std::replace(Name.begin(), Name.end(), '_', ' ');
    bool Spaced =
        Partition || isOneOf(Name, {"TABLESPACE", "DEFAULT CHARACTER SET",
                                    "CHARACTER SET", "COLLATE"});
    Written.push_back(Name + (Spaced ? " " : "=") + Arg);
  };
  for (const auto &[Name, Value] : Options)
    Write(Name, Value, /*Partition=*/false);
  for (const auto &[Name, Value] : Partitions)
    Write(Name, Value, /*Partition=*/true);
  return llvm::join(Written, " ");
}

/// SQLiteDDLCompiler.post_create_table.
static std::string sqliteTableOptions(const ir::Table &T, bool SqlAlchemy14) {
  std::vector<std::string> Options;
  if (tableOption(T, "sqlite_with_rowid") == "False")
    Options.push_back("WITHOUT ROWID");
  if (!SqlAlchemy14 && tableOption(T, "sqlite_strict") == "True")
    Options.push_back("STRICT");
  return Options.empty() ? "" : "\n " + llvm::join(Options, ",\n ");
}

/// PGDDLCompiler.post_create_table.
static std::string postgresqlTableOptions(const ir::Table &T,
                                          bool SqlAlchemy14) {
  std::string Text;
  std::vector<std::string> Inherits;
  for (const auto &[K, V] : T.DialectOptions)
    if (K == "postgresql_inherits")
      Inherits.push_back(quoteIfNeeded(V, Dialect::PostgreSQL));
  if (!Inherits.empty())
    Text += "\n INHERITS ( " + llvm::join(Inherits, ", ") + " )";
  if (auto By = tableOption(T, "postgresql_partition_by"); By && !By->empty())
    Text += "\n PARTITION BY " + *By;
  if (auto Using = tableOption(T, "postgresql_using");
      !SqlAlchemy14 && Using && !Using->empty())
    Text += "\n USING " + *Using;
  if (auto Oids = tableOption(T, "postgresql_with_oids"); Oids == "True")
    Text += "\n WITH OIDS";
  else if (Oids == "False")
    Text += "\n WITHOUT OIDS";
  if (auto OnCommit = tableOption(T, "postgresql_on_commit");
      OnCommit && !OnCommit->empty()) {
    std::string Upper = StringRef(*OnCommit).upper();
    std::replace(Upper.begin(), Upper.end(), '_', ' ');
    Text += "\n ON COMMIT " + Upper;
  }
  if (auto Space = tableOption(T, "postgresql_tablespace");
      Space && !Space->empty())
    Text += "\n TABLESPACE " + quoteIfNeeded(*Space, Dialect::PostgreSQL);
  return Text;
}

std::string postCreateTable(const ir::Table &T, Dialect D, bool SqlAlchemy14) {
  switch (D) {
  case Dialect::MySQL:
    return mysqlTableOptions(T);
  case Dialect::SQLite:
    return sqliteTableOptions(T, SqlAlchemy14);
  case Dialect::PostgreSQL:
    return postgresqlTableOptions(T, SqlAlchemy14);
  }
  return "";
}

} // namespace schemac::passes::detail
