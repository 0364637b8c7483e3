//===- TableOptions.h - What follows a CREATE TABLE's column list -*- C++ -*-//
//
// Internal to the passes: a table's dialect options, as each dialect's DDL
// compiler writes them (post_create_table) or reads them.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_TABLEOPTIONS_H
#define SCHEMAC_PASSES_TABLEOPTIONS_H

#include "ir/Schema.h"
#include "passes/DialectLowering.h"

#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace schemac::passes::detail {

/// The value of the table's option \p Keyword ("sqlite_autoincrement"), the
/// last given; none if it has none.
std::optional<std::string> tableOption(const ir::Table &T,
                                       llvm::StringRef Keyword);

/// What the dialect writes after the closing parenthesis of CREATE TABLE:
/// " ENGINE=InnoDB CHARSET=utf8mb4" without the leading space on MySQL,
/// "\n WITHOUT ROWID" on SQLite, "\n PARTITION BY ..." on PostgreSQL.
std::string postCreateTable(const ir::Table &T, Dialect D, bool SqlAlchemy14);

} // namespace schemac::passes::detail

#endif // SCHEMAC_PASSES_TABLEOPTIONS_H
