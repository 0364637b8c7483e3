//===- DbtSql.h - What a dbt model's SQL reads ----------------*- C++ -*-===//
//
// Enough of SQL to apply the impact rule to a model's compiled code: the
// identifiers it names (not in comments, string literals or as function
// names), which columns it reads of which relation, and whether its result
// carries every column of what it reads (a final `select *` over a
// relation, or over CTEs that do the same).
//
// A column is placed on a relation as SQL's scopes place it: `alias.col` on
// the relation the alias names in the query or one enclosing it; `col`
// alone, from its query outwards, on each relation that may have it (one
// whose columns are not known may have any: KnownColumns), up to the first
// query with a relation known to have it, where only those that have it
// count (which of several relations has it is the warehouse's to know);
// through a CTE or subquery only where that selects *, onto what it reads.
// Where a name cannot be placed (a qualifier no query defines, a table
// function), it is read of any relation. A name that is one of the select
// list's aliases, where the clause sees them, is not placed.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_DBTSQL_H
#define SCHEMAC_PASSES_DBTSQL_H

#include "llvm/ADT/StringRef.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace schemac::passes {

/// How a warehouse's SQL writes strings, comments and aliases beyond the
/// standard, by dbt's adapter_type.
struct SqlLexicon {
  /// A backslash escapes the next character of a string.
  bool BackslashEscapes = false;
  /// # and // start comments to the end of the line.
  bool HashComments = false, SlashComments = false;
  /// /* ... */ nests (Postgres).
  bool NestedComments = false;
  /// Three quotes open and close a string.
  bool TripleQuotes = false;
  /// "..." is a string; names are quoted `...`.
  bool DoubleQuotesAreStrings = false;
  /// `alias: expression` in a select list and `alias: table` in a FROM
  /// clause (DuckDB), where Snowflake's `value:field` is a path.
  bool PrefixAliases = false;
  /// A query may start with its FROM clause, and one without a select
  /// list selects * (DuckDB).
  bool FromFirst = false;
  /// WHERE, HAVING and QUALIFY may name the select list's aliases, which
  /// a dropped column of that name gives way to (Snowflake, Redshift,
  /// Databricks, DuckDB).
  bool LateralAliases = false;
  /// GROUP BY and ORDER BY may name the select list's aliases (all but
  /// SQL Server's).
  bool GroupByAliases = true;
  /// An unquoted name is its lower case and a quoted one is as written
  /// (Postgres: discount is not the column "Discount"); elsewhere a name
  /// is a column's in any case.
  bool FoldsToLower = false;

  static SqlLexicon forAdapter(llvm::StringRef Adapter);
};

/// In SqlReading::ColumnsOf: the SQL reads every column of the relation
/// (UNION of a select *, whose columns must line up).
inline constexpr const char *ReadsEveryColumn = "*";

struct SqlReading {
  /// Lower-case identifiers the SQL names.
  std::set<std::string> Identifiers;
  /// Its result has every column of a relation it reads.
  bool PassesThrough = false;
  /// The relations its queries read, by the last part of their names
  /// (lower case), with the columns read of each; under "", the columns
  /// that could not be placed. Empty where the SQL is not a query the
  /// reader follows.
  std::map<std::string, std::set<std::string>> ColumnsOf;
  /// Of those, the relations whose every column its result carries.
  std::set<std::string> PassedThrough;
  /// The names the select lists of its result say beside their *: its
  /// own, and those of the CTEs and subqueries whose * it selects. Where a
  /// relation it passes through gains a column of one of these names, the
  /// result has two columns of that name, which no table or view may.
  std::set<std::string> ResultNames;
  /// Of those, the ones it names with a schema: "schema.name", lower case;
  /// the columns read of each; and the names it reads without a schema
  /// (or as a CTE's).
  std::set<std::string> QualifiedRelations;
  std::map<std::string, std::set<std::string>> ColumnsOfQualified;
  std::set<std::string> UnqualifiedRelations;
  /// Where the warehouse folds unquoted names to lower case (Postgres):
  /// the table names of QualifiedRelations as it resolves them, a quoted
  /// one as written (`"Households"` is no table households), by its key.
  std::map<std::string, std::set<std::string>> RelationSpellings;

  /// Whether it reads \p Column of the relation \p Relation names: by
  /// where it places the column where it reads that relation, else (as
  /// Jinja that was not compiled) wherever it names it. Given the
  /// relation's \p Schema, where the SQL names it only with schemas, that
  /// one among them (`raw.orders`, not `snapshots.orders`).
  bool readsColumn(llvm::StringRef Relation, llvm::StringRef Column,
                   llvm::StringRef Schema = "") const;
  /// Whether its result carries every column of \p Relation: by the
  /// relations its select * reads, else by PassesThrough.
  bool passesThrough(llvm::StringRef Relation) const;
};

/// The columns relations of the warehouse are known to have, by
/// "schema.name" in lower case, as their tables name them: where a query's
/// relation is one of these, an unqualified column is placed as the
/// warehouse resolves it, on the relations of the innermost query that
/// have it, and on those of the queries enclosing it only where none of
/// them may. A relation not here (a model, a CTE, a name without a schema)
/// may have any column.
using KnownColumns = std::map<std::string, std::vector<std::string>>;

/// The reading of \p Sql, compiled SQL or, where \p Compiled is false, a
/// model's Jinja source, whose strings may name columns too. Where a select
/// list's alias is also a column \p Known gives a relation of the query,
/// GROUP BY (and with lateral aliases WHERE, HAVING and QUALIFY) reads the
/// alias, which stands in for the column once it is gone; with
/// \p ColumnsBeforeAliases, the column, as the warehouse binds the name
/// while the column is there.
SqlReading readSql(llvm::StringRef Sql, const SqlLexicon &Lexicon,
                   bool Compiled = true, const KnownColumns *Known = nullptr,
                   bool ColumnsBeforeAliases = false);

/// Every "schema.name" that \p Sql may name as a relation: the last two
/// parts of each dotted name, lower case and unquoted, wherever they are.
/// More than QualifiedRelations, and quicker to find: an index of which
/// code to read.
std::vector<std::string> dottedNames(llvm::StringRef Sql);

/// The reading of a dbt Python model's code: every name it says, in its
/// code or its strings (column names, SQL filters), read of every relation;
/// its result carries every column (what its DataFrame holds is not known).
SqlReading readPython(llvm::StringRef Code);

} // namespace schemac::passes

#endif
