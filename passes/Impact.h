//===- Impact.h - Who a schema change reaches -----------------*- C++ -*-===//
//
// Consumers of the schema outside the models -- a contracts list in
// schemac.yaml today -- attached to tables and columns. A change reaches
// the consumers of the element it changes and of every table or column
// that depends on it by foreign key (the lineage graph of the old schema,
// where removed elements still are). Safe changes reach no one.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_IMPACT_H
#define SCHEMAC_PASSES_IMPACT_H

#include "passes/Lineage.h"
#include "passes/SchemaDiff.h"

namespace schemac::passes {

/// A consumer of a table ("orders", "billing.orders") or of one of its
/// columns.
struct Consumer {
  std::string Table;
  std::optional<std::string> Column;
  std::string Name;
  std::optional<std::string> Owner;
  /// The diff document's impact kind: "contract" for the contracts list.
  std::string Kind = "contract";
};

/// The consumers a change to \p Element ("table", "table.column") of
/// \p G's schema reaches.
std::vector<ImpactEntry> consumersOf(LineageGraph &G,
                                     const std::vector<Consumer> &Consumers,
                                     llvm::StringRef Element);

/// Fills each change's Impact from the consumers, walking \p OldSchema's
/// foreign keys (and \p NewSchema's, for what was added).
void computeImpact(std::vector<Change> &Changes, const ir::Schema &OldSchema,
                   const ir::Schema &NewSchema,
                   const std::vector<Consumer> &Consumers);

} // namespace schemac::passes

#endif
