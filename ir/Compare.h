//===- Compare.h - Whether two IR elements define the same thing -*- C++
//-*-===//
//
// A diff of two large schemas pairs tens of thousands of tables that did
// not change; telling that two tables are the same is much cheaper than
// rendering and comparing each of their columns' DDL. Source locations do
// not take part: a table that only moved defines the same table. The
// analysis of an edit (sema/EditAnalysis.cpp) compares too.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_COMPARE_H
#define SCHEMAC_IR_COMPARE_H

#include "ir/Schema.h"

namespace schemac::ir {

/// Every attribute of the two tables is the same (a new attribute of an IR
/// element belongs here, as in Bytecode.cpp), wherever they are written.
bool sameDefinition(const Table &A, const Table &B);
/// The same class, wherever written.
bool sameDefinition(const MappedClass &A, const MappedClass &B);
/// What other tables and classes read of a table is the same: its name,
/// the classes mapped to it, its columns' names, keys and primary key flags
/// in their order, its primary and foreign keys, its naming convention.
bool sameInterface(const Table &A, const Table &B);
bool sameType(const SqlType &A, const SqlType &B);

} // namespace schemac::ir

#endif
