//===- DialectLowering.h - Types and defaults as a dialect's DDL -*- C++
//-*-===//
//
// Turns the column types and server defaults of the schema IR into the text
// a dialect's CREATE TABLE carries, as SQLAlchemy 2.0 renders them
// (`type.compile(dialect=...)` and the DDL compiler's DEFAULT clause), for the
// dialect objects SQLAlchemy builds before connecting: `postgresql.dialect()`
// (psycopg2), `mysql.dialect()` (mysqlclient, no server version) and
// `sqlite.dialect()`. That is what the reference output is computed with, so
// schemac's output can be compared with it character for character.
//
// Where SQLAlchemy raises instead of rendering -- a PostgreSQL-only type on
// SQLite, a VARCHAR without a length on MySQL, a PostgreSQL enum without a
// name -- a stated best effort is rendered and lowerType() says why.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_DIALECTLOWERING_H
#define SCHEMAC_PASSES_DIALECTLOWERING_H

#include "ir/Schema.h"

#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace schemac::passes {

enum class Dialect { PostgreSQL, MySQL, SQLite };

/// "postgresql", "mysql" or "sqlite", as SQLAlchemy names the dialects.
std::optional<Dialect> parseDialect(llvm::StringRef Name);
llvm::StringRef dialectName(Dialect D);

/// A type's DDL text, and whether it is SQLAlchemy's own.
struct LoweredType {
  std::string Text;
  /// Empty when Text is exactly what SQLAlchemy renders. Otherwise why it is
  /// schemac's best effort instead -- SQLAlchemy raises for this type on this
  /// dialect, or the type's DDL is unknown (an opaque or unknown class) -- for
  /// the caller to report as a warning.
  std::string Problem;
  /// The Problem is that SQLAlchemy raises for the type on the dialect
  /// (create_all() fails), not that the analysis does not know its DDL.
  bool Raises = false;
};

/// The type as SQLAlchemy 2.0's `type.compile(dialect=...)` renders it in
/// CREATE TABLE. Where SQLAlchemy raises:
///  - a dialect's type that the target dialect's compiler has no rendering
///    for (postgresql.JSONB on SQLite, mysql.LONGTEXT on PostgreSQL) is
///    rendered as its generic equivalent, TypeEngine.as_generic(), would be
///    (JSON; VARCHAR); a type without one (postgresql.INET) as its own
///    dialect renders it (INET); an ARRAY off PostgreSQL as its item type
///    followed by [] per dimension;
///  - a VARCHAR, NVARCHAR or VARBINARY without a length on MySQL is rendered
///    without one;
///  - a native enum without a name on PostgreSQL is rendered as the
///    non-native VARCHAR(n);
///  - an opaque or unknown class is rendered as its name upper-cased.
LoweredType lowerType(const ir::SqlType &Type, Dialect D);

/// lowerType(Type, D).Text.
std::string renderType(const ir::SqlType &Type, Dialect D);

/// The type a column of type \p Type has on \p D: its with_variant() type
/// for D (or a TypeDecorator's load_dialect_impl() result, or what a
/// @compiles function renders), else itself.
const ir::SqlType &dialectType(const ir::SqlType &Type, Dialect D);

/// A column's type as the dialect's CREATE TABLE writes it: the dialect's
/// type rendered by renderType().
std::string renderColumnType(const ir::SqlType &Type, Dialect D);

/// Facts about the database server that change SQLAlchemy's DDL. The
/// defaults are those of a dialect that has not connected, as the reference
/// output is computed.
struct ServerTraits {
  /// MySQL 8.0.13 or later (MariaDB 10.2.1 or later): SQLAlchemy then writes
  /// a server default that is an expression in parentheses, DEFAULT (now()).
  bool MySQLExpressionDefaults = false;
  /// SQLAlchemy 1.4's rules: on SQLite a function or expression default is
  /// always parenthesised, text() never.
  bool SqlAlchemy14 = false;
};

/// The text after DEFAULT in the dialect's DDL for this server default, as
/// `ddl_compiler.get_column_default_string(col)` returns it, and in
/// parentheses where the dialect's column DDL adds them: always on SQLite
/// for an expression (DEFAULT (1 + 2)), on MySQL only with
/// Traits.MySQLExpressionDefaults.
///
/// A Function default's FunctionArgs are taken as already rendered; a
/// Function or Expression default "true" or "false" (sa.true(), sa.false())
/// is rendered as the dialect's boolean literal.
/// The SQL of a default's expression as the dialect's compiler writes it,
/// without the parentheses a DEFAULT clause may add (Column(default=
/// func.now()) is CURRENT_TIMESTAMP on SQLite).
std::string renderSqlExpression(const ir::ServerDefault &Default, Dialect D);

/// \p Text, SQL sema rendered, with each marked function call
/// (ir::markFunction) as the dialect's compiler writes it. A call whose
/// dialect rendering drops the DDL compiler's options names its arguments'
/// columns after \p TablePrefix, the table's marked [schema.]name
/// (SQLite's length(items.name)).
std::string renderMarkedFunctions(llvm::StringRef Text, Dialect D,
                                  llvm::StringRef TablePrefix);

std::string renderServerDefault(const ir::ServerDefault &Default,
                                const ir::SqlType &ColumnType, Dialect D,
                                const ServerTraits &Traits = {});

} // namespace schemac::passes

#endif // SCHEMAC_PASSES_DIALECTLOWERING_H
