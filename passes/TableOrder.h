//===- TableOrder.h - Tables in foreign key dependency order ---*- C++ -*-===//
//
// The order MetaData.create_all creates tables in: SQLAlchemy 2.0's
// sort_tables_and_constraints() over the tables sorted by key, which is what
// MetaData.sorted_tables uses (create_all itself starts from the order the
// tables were defined in, which the IR does not keep).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_TABLEORDER_H
#define SCHEMAC_PASSES_TABLEORDER_H

#include "ir/Schema.h"

#include "llvm/ADT/StringMap.h"

#include <cstddef>
#include <vector>

namespace schemac::passes {

struct TableOrder {
  /// Indexes into Schema.Tables, each table after the tables it refers to.
  std::vector<size_t> Tables;
  /// Per table of Schema.Tables: whether it is part of a cycle of
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
TableOrder sortTables(const ir::Schema &Schema);

/// The tables of a schema by schema and name, for the foreign keys that
/// refer to them.
class TableLookup {
public:
  explicit TableLookup(const ir::Schema &Schema);
  /// The table \p FK refers to, or null when it is not in the schema. A
  /// foreign key without a schema refers to a table without one.
  const ir::Table *referredTable(const ir::ForeignKey &FK) const;

private:
  const ir::Schema &Schema;
  llvm::StringMap<size_t> ByKey;
};

} // namespace schemac::passes

#endif // SCHEMAC_PASSES_TABLEORDER_H
