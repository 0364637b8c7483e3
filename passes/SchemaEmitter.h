//===- SchemaEmitter.h - The schema IR as JSON and text -------*- C++ -*-===//
//
// lowerSchema() runs the passes that make the IR dialect-specific (naming
// conventions with the dialect's identifier limit); the emitters then print
// it: JSON exactly per the schema document of docs/output-formats (the
// public contract), or a readable text summary.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_SCHEMAEMITTER_H
#define SCHEMAC_PASSES_SCHEMAEMITTER_H

#include "ir/Schema.h"
#include "passes/DialectLowering.h"

#include "llvm/Support/raw_ostream.h"

#include <functional>
#include <vector>

namespace schemac::passes {

/// Runs the lowering passes in order; AfterPass, when given, sees the IR
/// after each (its name as --print-after spells it).
void lowerSchema(ir::Schema &Schema, Dialect D,
                 const std::function<void(llvm::StringRef, const ir::Schema &)>
                     &AfterPass = {});
/// lowerSchema for the tables \p Lower marks only (a diff leaves the tables
/// that are the same on both sides as they are: its reports do not read
/// them).
void lowerTables(ir::Schema &Schema, Dialect D, const std::vector<bool> &Lower);
/// A warning for each column whose type or Computed() SQLAlchemy cannot
/// render on \p D (create_all() raises there), appended to
/// Schema.Diagnostics; \p D's own.
void checkColumnDdl(ir::Schema &Schema, Dialect D);
/// The pass names lowerSchema runs, in order.
llvm::ArrayRef<llvm::StringRef> loweringPassNames();
void emitSchemaJson(const ir::Schema &Schema, Dialect D, llvm::raw_ostream &OS);
void emitSchemaText(const ir::Schema &Schema, Dialect D, llvm::raw_ostream &OS);

} // namespace schemac::passes

#endif
