//===- ErDiagram.h - The schema as an entity-relationship diagram -*- C++
//-*-===//
//
// `schemac schema --format=mermaid|dot`: tables with their key columns
// (primary, foreign and unique keys) and an edge per foreign key, as Mermaid
// (GitHub renders it in Markdown) or Graphviz DOT. A focus draws only the
// named tables and their neighbours by foreign key.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_ERDIAGRAM_H
#define SCHEMAC_PASSES_ERDIAGRAM_H

#include "ir/Schema.h"
#include "passes/DialectLowering.h"
#include "passes/SchemaDiff.h"

#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace schemac::passes {

/// Which tables to draw: all, or the named ones ("table" or
/// "schema.table") and the tables their foreign keys link them to.
struct DiagramFocus {
  std::vector<std::string> Tables;
};

void emitSchemaMermaid(const ir::Schema &Schema, Dialect D,
                       const DiagramFocus &Focus, llvm::raw_ostream &OS);
void emitSchemaDot(const ir::Schema &Schema, Dialect D,
                   const DiagramFocus &Focus, llvm::raw_ostream &OS);

/// The tables a diff changed, as Mermaid: their key columns and changed
/// columns (marked with the rules that fired; a dropped table or column
/// drawn from the old schema), and the foreign keys between them.
void emitChangeDiagram(const ir::Schema &Old, const ir::Schema &New,
                       const std::vector<Change> &Changes, Dialect D,
                       llvm::raw_ostream &OS);

/// \p S as a DOT string: '"' and '\' escaped ('\' starts an escape in a
/// label).
std::string dotQuoted(llvm::StringRef S);

/// The names in \p Focus that name no table of \p Schema.
std::vector<std::string> unknownFocusTables(const ir::Schema &Schema,
                                            const DiagramFocus &Focus);

} // namespace schemac::passes

#endif
