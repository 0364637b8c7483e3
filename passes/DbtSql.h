//===- DbtSql.h - What a dbt model's SQL reads ----------------*- C++ -*-===//
//
// Enough of SQL to apply the impact rule to a model's compiled code: the
// identifiers it names (not in comments, string literals or as function
// names), and whether its result carries every column of what it reads
// (a final `select *` over a relation, or over CTEs that do the same).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_DBTSQL_H
#define SCHEMAC_PASSES_DBTSQL_H

#include "llvm/ADT/StringRef.h"

#include <set>
#include <string>

namespace schemac::passes {

struct SqlReading {
  /// Lower-case identifiers the SQL names.
  std::set<std::string> Identifiers;
  /// Its result has every column of a relation it reads.
  bool PassesThrough = false;
};

SqlReading readSql(llvm::StringRef Sql);

} // namespace schemac::passes

#endif
