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
// alone on every relation of its query's FROM clause and of the queries
// enclosing it (which of them has the column is the warehouse's to know);
// through a CTE or subquery only where that selects *, onto what it reads.
// Where a name cannot be placed (a qualifier no query defines, a table
// function), it is read of any relation.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_DBTSQL_H
#define SCHEMAC_PASSES_DBTSQL_H

#include "llvm/ADT/StringRef.h"

#include <map>
#include <set>
#include <string>

namespace schemac::passes {

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

  /// Whether it reads \p Column of the relation \p Relation names: by
  /// where it places the column where it reads that relation, else (as
  /// Jinja that was not compiled) wherever it names it.
  bool readsColumn(llvm::StringRef Relation, llvm::StringRef Column) const;
};

SqlReading readSql(llvm::StringRef Sql);

} // namespace schemac::passes

#endif
