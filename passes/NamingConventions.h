//===- NamingConventions.h - Constraint and index names --------*- C++ -*-===//
//
// Sema records each constraint and index with the name written in the source,
// if any. The name the DDL carries also depends on the MetaData's
// naming_convention and on the dialect's identifier length limit, and
// SQLAlchemy computes it in lib/sqlalchemy/sql/naming.py when the constraint
// is attached to its Table and truncates it in
// IdentifierPreparer.format_constraint. This pass does the same on the IR.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_NAMINGCONVENTIONS_H
#define SCHEMAC_PASSES_NAMINGCONVENTIONS_H

#include "ir/Schema.h"

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace schemac::passes {

/// Gives every constraint and index of \p Table the name SQLAlchemy 2.0's DDL
/// would carry, after the table's MetaData naming convention
/// (ir::Table::Naming; null or empty means SQLAlchemy's default, {"ix":
/// "ix_%(column_0_label)s"}).
///
/// On input each Name is the one written in the source (std::nullopt when
/// none); on output it is the DDL's name, std::nullopt where the DDL carries
/// none. A name produced by a convention and longer than
/// \p MaxIdentifierLength code points is cut and given an md5 suffix, as
/// SQLAlchemy does; an explicit name is kept as written whatever its length.
/// 0 means no limit. The lengths SQLAlchemy truncates at are PostgreSQL 63,
/// MySQL 64 (its max_index_name_length / max_constraint_name_length; its
/// max_identifier_length of 255 only bounds explicit names) and SQLite 9999
/// (the DefaultDialect's value, in effect 0).
///
/// A name that cannot be computed is left null: a convention token bound to a
/// callable (the result depends on code we do not run; such a key should be
/// in the convention with any template, since only its presence is looked
/// at -- a token that is not there is an unknown one), and every case in
/// which SQLAlchemy itself raises while building the Table, such as
/// %(constraint_name)s for an unnamed constraint. If \p Diags is given, each
/// such case adds a diagnostic there (an error where SQLAlchemy raises, a
/// warning otherwise), as does an explicit name over the limit.
///
/// What the IR does not record is approximated: a column's Core `key` is
/// taken to be its name (declarative models never set it apart), a
/// CheckConstraint has no columns (true of one written as a SQL string), and
/// an index expression contributes the table column its SQL text mentions
/// outermost and first.
void applyNamingConventions(ir::Table &Table, unsigned MaxIdentifierLength,
                            std::vector<ir::Diagnostic> *Diags = nullptr);

/// SQLAlchemy's truncation of a convention-made name: a name longer than
/// \p MaxLength code points keeps its first MaxLength - 8 and gets "_" and the
/// last four hex digits of its md5. Shorter names, and any name when
/// \p MaxLength is 0, are returned unchanged.
std::string truncateConventionName(llvm::StringRef Name, unsigned MaxLength);

} // namespace schemac::passes

#endif // SCHEMAC_PASSES_NAMINGCONVENTIONS_H
