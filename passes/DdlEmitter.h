//===- DdlEmitter.h - The schema as CREATE statements ---------*- C++ -*-===//
//
// The DDL SQLAlchemy 2.0's MetaData.create_all emits for the schema, as a
// mock engine (create_mock_engine) captures it for the dialect objects
// DialectLowering describes: CREATE TYPE for PostgreSQL's native enums, then
// per table, in TableOrder's order, CREATE TABLE, its CREATE INDEXes and, on
// PostgreSQL, its COMMENT ONs; last, on PostgreSQL and MySQL, ALTER TABLE ADD
// for the foreign keys of tables that refer to each other in a cycle. Each
// statement is the text CreateTable(...).compile(dialect=...) and its kin
// give, without the blank lines around it.
//
// Run lowerSchema() first: the constraint names, and the CHECKs an Enum or
// Boolean makes, come from it.
//
// What the IR does not record is rendered as SQLAlchemy renders its
// absence: Identity, Computed and Sequence columns, deferrable constraints,
// dialect keyword options (mysql_engine, postgresql_using, ...). The order
// of a table's constraints is SQLAlchemy's creation order, which the IR
// leaves to be inferred (see DdlEmitter.cpp); its indexes, and the foreign
// keys deferred for a cycle, which create_all takes from sets, are ordered
// by name and by table.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_DDLEMITTER_H
#define SCHEMAC_PASSES_DDLEMITTER_H

#include "ir/Schema.h"
#include "passes/DialectLowering.h"

#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace schemac::passes {

/// The statements, in order, without a terminating semicolon.
std::vector<std::string> compileSchemaDdl(const ir::Schema &Schema, Dialect D);

/// The statements, each followed by ";" and separated by a blank line.
void emitSchemaDdl(const ir::Schema &Schema, Dialect D, llvm::raw_ostream &OS);

} // namespace schemac::passes

#endif // SCHEMAC_PASSES_DDLEMITTER_H
