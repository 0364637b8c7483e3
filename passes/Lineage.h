//===- Lineage.h - What depends on a table or column ----------*- C++ -*-===//
//
// A graph over the schema IR: tables, columns, mapped classes and their
// computed attributes, with an edge from each element to what it depends on
// -- a foreign key's column to the column it references, a class to its
// table, to its columns and to its computed attributes, a computed
// attribute (column_property, hybrid, synonym) to the columns it reads, a
// subclass to its parent, a relationship to its target class (and its
// secondary table). Downstream of an element is everything with a path to
// it: what a change to it reaches; upstream, everything it reaches.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_LINEAGE_H
#define SCHEMAC_PASSES_LINEAGE_H

#include "ir/Schema.h"
#include "passes/SchemaDiff.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>
#include <vector>

namespace schemac::passes {

struct LineageNode {
  enum KindType : uint8_t { Table, Column, Class, Enum, Attribute };
  KindType Kind;
  /// "orders", "billing.orders", "orders.customer_id", "app.models.Order",
  /// "app.models.Order.total" (a computed attribute); the graph owns it.
  llvm::StringRef Name;
  ir::Loc Where;
  /// An Attribute's kind.
  ir::ComputedAttribute::KindType Computed =
      ir::ComputedAttribute::ColumnProperty;
};

struct LineageEdge {
  /// The dependent element, and what it depends on.
  unsigned From, To;
  /// "foreign key", "attribute <name>", "maps", "inherits", "relationship
  /// <name>", "secondary of <name>", "enum", "reads"; the graph owns it.
  llvm::StringRef Kind;
};

/// What a graph holds: every element, or only the data's dependencies --
/// tables, columns and the foreign keys between them -- which is all that
/// decides whose data a change reaches, in a fraction of the time.
enum class LineageScope { Everything, ForeignKeys };

class LineageGraph {
public:
  explicit LineageGraph(const ir::Schema &Schema,
                        LineageScope Scope = LineageScope::Everything);
  LineageGraph(const LineageGraph &) = delete;
  LineageGraph &operator=(const LineageGraph &) = delete;

  /// The node named "table", "schema.table", "table.column",
  /// "schema.table.column", a mapped class's qualified name or that and a
  /// computed attribute's name.
  std::optional<unsigned> find(llvm::StringRef Name) const;
  const LineageNode &node(unsigned N) const { return Nodes[N]; }

  /// The elements a change to \p Root reaches (Downstream) or that it
  /// depends on, each once with the edge that first reached it, breadth
  /// first, at most \p Depth edges away (0: no limit). A table's
  /// downstream includes its columns' downstream.
  std::vector<LineageEdge> walk(unsigned Root, bool Downstream,
                                unsigned Depth) const;

private:
  unsigned add(LineageNode::KindType Kind, llvm::StringRef Name, ir::Loc Where);
  unsigned addColumn(unsigned Table, llvm::StringRef Column, ir::Loc Where);
  std::optional<unsigned> columnNode(unsigned Table,
                                     llvm::StringRef Column) const;
  void link(unsigned From, unsigned To, llvm::StringRef Kind);
  /// "<Kind> <Name>", kept once however many edges have it.
  llvm::StringRef edgeKind(llvm::StringRef Kind, llvm::StringRef Name);

  /// The columns' names ("table.column"); the other nodes' are ByName's
  /// keys, the edges' kinds EdgeKinds'.
  llvm::BumpPtrAllocator ColumnNames;
  llvm::StringSet<> EdgeKinds;
  std::vector<LineageNode> Nodes;
  std::vector<LineageEdge> Edges;
  /// Edge indexes per node: node N's are List[Start[N], Start[N + 1]).
  std::vector<unsigned> OutStart, OutEdges, InStart, InEdges;
  void index();
  /// Tables, classes, computed attributes and enums by name; columns are
  /// found through their table's node.
  llvm::StringMap<unsigned> ByName;
  llvm::DenseMap<unsigned, std::vector<unsigned>> TableColumns;
};

enum class LineageFormat { Text, Json, Dot, Mermaid };

/// \p Consumers: who outside the models reads the element (a contracts
/// list, a dbt project), shown after the graph's elements.
void emitLineage(const LineageGraph &G, unsigned Root, bool Downstream,
                 const std::vector<LineageEdge> &Walk,
                 const std::vector<ImpactEntry> &Consumers,
                 LineageFormat Format, llvm::raw_ostream &OS);

} // namespace schemac::passes

#endif
