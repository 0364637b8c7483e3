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
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>
#include <vector>

namespace schemac::passes {

struct LineageNode {
  enum KindType : uint8_t { Table, Column, Class, Enum, Attribute };
  KindType Kind;
  /// An Attribute's kind.
  ir::ComputedAttribute::KindType Computed =
      ir::ComputedAttribute::ColumnProperty;
  /// A table's, class's or enum's full name ("orders", "billing.orders",
  /// "app.models.Order"); a column's or computed attribute's own name, under
  /// its Owner ("customer_id", "total"). LineageGraph::name() gives every
  /// node's full name.
  llvm::StringRef Name;
  /// A column's table, a computed attribute's class.
  unsigned Owner = ~0u;
  /// A table's columns, a class's computed attributes: most are the nodes
  /// [FirstChild, FirstChild + Children), added one after another.
  unsigned FirstChild = 0, Children = 0;
  ir::Loc Where;
};

struct LineageEdge {
  enum KindType : uint8_t {
    ForeignKey,
    Maps,
    Inherits,
    Enum,
    Reads,
    Attribute,
    Relationship,
    SecondaryOf
  };
  /// The dependent element, and what it depends on.
  unsigned From, To;
  KindType Kind;
  /// The attribute's or relationship's name, for Attribute, Relationship
  /// and SecondaryOf.
  llvm::StringRef Detail;
};

/// "foreign key", "attribute <name>", "maps", "inherits", "relationship
/// <name>", "secondary of <name>", "enum", "reads".
std::string edgeLabel(const LineageEdge &E);

/// What a graph holds: every element, or only the data's dependencies --
/// tables, columns and the foreign keys between them -- which is all that
/// decides whose data a change reaches, in a fraction of the time.
enum class LineageScope { Everything, ForeignKeys };

/// The graph refers to the names in the schema it is built from, which must
/// outlive it.
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
  /// The node's full name: "orders.customer_id", "app.models.Order.total".
  std::string name(unsigned N) const;

  /// The elements a change to \p Root reaches (Downstream) or that it
  /// depends on, each once with the edge that first reached it, breadth
  /// first, at most \p Depth edges away (0: no limit). A table's
  /// downstream includes its columns' downstream.
  std::vector<LineageEdge> walk(unsigned Root, bool Downstream,
                                unsigned Depth) const;

private:
  /// The table, class or enum of this name, made if there is none.
  unsigned add(LineageNode::KindType Kind, llvm::StringRef Name, ir::Loc Where);
  /// \p Owner's column or attribute of this name, made if it has none.
  unsigned addChild(unsigned Owner, LineageNode::KindType Kind,
                    llvm::StringRef Name, ir::Loc Where);
  std::optional<unsigned> child(unsigned Owner, llvm::StringRef Name) const;
  template <typename Fn> void forEachChild(unsigned Owner, Fn Visit) const;
  /// The table of this schema and name.
  std::optional<unsigned> findTable(const std::optional<std::string> &Schema,
                                    llvm::StringRef Table) const;
  void link(unsigned From, unsigned To, LineageEdge::KindType Kind,
            llvm::StringRef Detail = {});

  std::vector<LineageNode> Nodes;
  std::vector<LineageEdge> Edges;
  /// Edge indexes per node: node N's are List[Start[N], Start[N + 1]).
  std::vector<unsigned> OutStart, OutEdges, InStart, InEdges;
  void index();
  /// Tables, classes and enums by name; columns and computed attributes are
  /// found through their owner.
  llvm::StringMap<unsigned> ByName;
  /// The children of an owner that were not added right after its others
  /// (a second table or class of the same name): rare.
  llvm::DenseMap<unsigned, llvm::SmallVector<unsigned, 4>> MoreChildren;
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
