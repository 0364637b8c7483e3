//===- TableOrder.h - Tables in foreign key dependency order ---*- C++ -*-===//
//
// The order MetaData.create_all creates tables in: SQLAlchemy 2.0's
// sort_tables_and_constraints() over the tables sorted by key, which is what
// MetaData.sorted_tables uses (create_all itself starts from the order the
// tables were defined in, which the IR does not keep).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_TABLEORDER_H
#define SCHEMAC_IR_TABLEORDER_H

#include "ir/Schema.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"

#include <cstddef>
#include <vector>

namespace schemac::ir {

struct TableOrder {
  /// Indexes into the tables sorted, each table after the tables it refers
  /// to.
  std::vector<size_t> Tables;
  /// Per table sorted: whether it is part of a cycle of
  /// references. Such a table gives up all its foreign keys, which cannot be
  /// created with it; create_all adds them afterwards with ALTER TABLE where
  /// the dialect can, as it does a use_alter foreign key.
  std::vector<bool> InCycle;
};

/// Sorts the tables as sort_tables_and_constraints() does: by key
/// ("schema.name", or "name"), then in rounds, each taking, in that order,
/// the tables whose referenced tables were all taken in earlier rounds (a
/// table's references to itself do not count). A use_alter foreign key is
/// no dependency, nor is one to a table that is not in the schema. When
/// tables still refer to each other in a cycle, every table in a cycle has
/// its foreign keys deferred and no longer depends on anything.
/// (The tables of one MetaData: MetaData.sorted_tables, which sema gives.)
TableOrder sortTables(llvm::ArrayRef<const Table *> Tables);
TableOrder sortTables(const Schema &S);

/// Tables by schema and name, for the foreign keys that refer to them.
class TableLookup {
public:
  explicit TableLookup(llvm::ArrayRef<const Table *> Tables);
  explicit TableLookup(const Schema &S);
  /// The table \p FK refers to, or null when it is not among them. A
  /// foreign key without a schema refers to a table without one.
  const Table *referredTable(const ForeignKey &FK) const;

private:
  llvm::StringMap<const Table *> ByKey;
};

} // namespace schemac::ir

#endif // SCHEMAC_IR_TABLEORDER_H
