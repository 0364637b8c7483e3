//===- SqlText.h - Quoting and escaping as SQLAlchemy's dialects do -*- C++
//-*-===//
//
// Internal to the passes: how the default driver of each dialect (psycopg2,
// mysqlclient, pysqlite) makes SQLAlchemy quote identifiers and escape text
// that goes into DDL.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_SQLTEXT_H
#define SCHEMAC_PASSES_SQLTEXT_H

#include "passes/DialectLowering.h"

#include "llvm/ADT/StringRef.h"

#include <string>

namespace schemac::passes::detail {

/// Whether the driver's paramstyle is "format" or "pyformat" (psycopg2,
/// mysqlclient), so that every literal % in compiled SQL -- in a string, a
/// text() clause, an identifier -- is written %%.
bool doublesPercents(Dialect D);

/// \p Text with each % doubled where the dialect's driver needs that.
std::string escapePercents(llvm::StringRef Text, Dialect D);

/// Whether \p Name has a character outside [A-Za-z0-9_$], which makes
/// SQLAlchemy quote it whatever its case (_requires_quotes_illegal_chars).
bool hasIllegalIdentifierChars(llvm::StringRef Name);

/// \p Name in the dialect's identifier quotes, escaped (quote_identifier);
/// its % doubled on pyformat dialects unless \p EscapePercents is false, as
/// for a name inside SQL text that is escaped whole later.
std::string quoteIdentifier(llvm::StringRef Name, Dialect D,
                            bool EscapePercents = true);

/// \p Name as the dialect's IdentifierPreparer.quote() writes it: quoted
/// when it is one of the dialect's reserved words, has upper-case letters or
/// other characters than [a-z0-9_$], or starts with a digit or $.
std::string quoteIfNeeded(llvm::StringRef Name, Dialect D,
                          bool EscapePercents = true);

/// A text() clause as compiled SQL carries it: "\\:" stands for a colon that
/// does not start a bind parameter (BIND_PARAMS_ESC), and % is escaped like
/// anywhere in compiled SQL.
std::string renderTextClause(llvm::StringRef Text, Dialect D);

/// \p Value as a SQL string literal: in single quotes, with ' doubled, and
/// with % and \ doubled where the dialect does (render_literal_value with
/// String; PostgreSQL and MySQL assume backslash escapes before they
/// connect).
std::string quoteStringLiteral(llvm::StringRef Value, Dialect D);

} // namespace schemac::passes::detail

#endif // SCHEMAC_PASSES_SQLTEXT_H
