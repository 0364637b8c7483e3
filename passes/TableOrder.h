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

#include <cstddef>
#include <vector>

namespace schemac::passes {

struct TableOrder {
  /// Indexes into Schema.Tables, each table after the tables it refers to.
  std::vector<size_t> Tables;
  /// Per table of Schema.Tables: whether it is part of a cycle of
  /// references. Such a table gives up all its foreign keys, which cannot be
  /// created with it; create_all adds them afterwards with ALTER TABLE where
  /// the dialect can.
  std::vector<bool> InCycle;
};

/// Sorts the tables as sort_tables_and_constraints() does: by key
/// ("schema.name", or "name"), then in rounds, each taking, in that order,
/// the tables whose referenced tables were all taken in earlier rounds (a
/// table's references to itself do not count). When tables refer to each
/// other in a cycle, every table in a cycle has its foreign keys deferred
/// and no longer depends on anything. A foreign key to a table that is not
/// in the schema is no dependency.
TableOrder sortTables(const ir::Schema &Schema);

/// The table \p FK refers to, or null when it is not in the schema. A
/// foreign key without a schema refers to a table without one.
const ir::Table *referredTable(const ir::Schema &Schema,
                               const ir::ForeignKey &FK);

} // namespace schemac::passes

#endif // SCHEMAC_PASSES_TABLEORDER_H
