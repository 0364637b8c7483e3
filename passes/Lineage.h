//===- Lineage.h - What depends on a table or column ----------*- C++ -*-===//
//
// A graph over the schema IR: tables, columns, mapped classes and their
// computed attributes, with an edge from each element to what it depends on
// -- a foreign key's column to the column it references, a class to its
// table, to the columns it maps (a joined subclass's parents' too) and to
// its computed attributes, a computed
// attribute (column_property, hybrid, synonym) to the columns and computed
// attributes it reads, a
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

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace schemac::passes {

struct LineageNode {
  enum KindType : uint8_t { Table, Column, Class, Enum, Attribute };
  KindType Kind = Table;
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
  /// A table's first IR table of its name, a class's first IR class.
  unsigned Index = ~0u;
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
/// decides whose data a change reaches.
enum class LineageScope { Everything, ForeignKeys };

/// The graph over a schema, which must outlive it. It is made as a walk
/// reaches it: a question about one element of a schema of 20,000 tables
/// looks at the few hundred it reaches, not at every column. Nodes are
/// numbered as they are reached; the edges of a node come in the order of
/// the schema (tables' foreign keys, then enum types, then classes).
class LineageGraph {
public:
  explicit LineageGraph(const ir::Schema &Schema,
                        LineageScope Scope = LineageScope::Everything);
  LineageGraph(const LineageGraph &) = delete;
  LineageGraph &operator=(const LineageGraph &) = delete;

  /// The node named "table", "schema.table", "table.column",
  /// "schema.table.column", a mapped class's qualified name or that and a
  /// computed attribute's name, or a Python enum a column's type uses.
  std::optional<unsigned> find(llvm::StringRef Name);
  /// What a name find() does not know may mean: the columns a mapped
  /// class's column attribute of the name maps (`module.Order.total`), the
  /// class of a relationship, else the elements whose names are nearest
  /// (a class by its own name, a misspelt table or column). At most
  /// three, best first.
  std::vector<std::string> suggest(llvm::StringRef Name);
  const LineageNode &node(unsigned N) const { return Nodes[N]; }
  /// The node's full name: "orders.customer_id", "app.models.Order.total".
  std::string name(unsigned N) const;

  /// The elements a change to \p Root reaches (Downstream) or that it
  /// depends on, each once with the edge that first reached it, breadth
  /// first, at most \p Depth edges away (0: no limit). A table's
  /// downstream includes its columns' downstream.
  std::vector<LineageEdge> walk(unsigned Root, bool Downstream, unsigned Depth);

private:
  /// The order of an edge in the schema: (0, table, foreign key, pair) for
  /// foreign keys, (1, table, column) for enum types, (2, class, part, ...)
  /// for what a class maps.
  using EdgeOrder = std::array<uint32_t, 5>;
  struct OrderedEdge {
    EdgeOrder Order;
    LineageEdge Edge;
  };
  /// A table, class or Python enum a name stands for, before it has a node:
  /// the first IR table or class of the name, or the enum's name.
  struct NameTarget {
    LineageNode::KindType Kind;
    unsigned Index;
    llvm::StringRef Enum;
  };
  /// A class's part that names a table or class: inherits (2), a
  /// relationship's target (3, R, 0) or secondary (3, R, 1).
  struct NamedReference {
    unsigned Class;
    EdgeOrder Order;
    LineageEdge::KindType Kind;
    llvm::StringRef Detail;
  };

  unsigned tableNode(unsigned Table);
  unsigned classNode(unsigned Class);
  unsigned enumNode(llvm::StringRef Name);
  /// \p Table node's column, \p Class node's computed attribute, of this
  /// name, if it has one.
  std::optional<unsigned> columnNode(unsigned Table, llvm::StringRef Name);
  /// The child of this name made so far; a node made a child of \p Owner.
  std::optional<unsigned> child(unsigned Owner, llvm::StringRef Name) const;
  unsigned addChild(unsigned Owner, LineageNode::KindType Kind,
                    llvm::StringRef Name, ir::Loc Where);
  std::optional<unsigned> attributeNode(unsigned Class, llvm::StringRef Name);
  /// Each way to read \p Name as an owner's name and a part of it, while
  /// \p Visit (table?, first IR table or class, owner's name, part) returns
  /// false: a class's and an attribute, then a table's and a column.
  template <typename Fn>
  void forEachOwnerSplit(llvm::StringRef Name, Fn Visit) const;
  std::optional<unsigned> findTable(const std::optional<std::string> &Schema,
                                    llvm::StringRef Name) const;
  /// A table's name first, then a class's, then an enum's -- a class's first
  /// for what names a class (a parent, a relationship's target): a name
  /// that two kinds of element have stands for the first.
  std::optional<NameTarget> findName(llvm::StringRef Name,
                                     bool ClassFirst = false);
  unsigned nodeOf(NameTarget T);
  /// What class \p Class names by name -- its parent, its relationships'
  /// targets (classes first) and secondaries (tables first) -- each with
  /// the edge's place and kind.
  template <typename Fn> void forEachNamedReference(unsigned Class, Fn Visit);
  /// The IR tables of a table node's name, the IR classes of a class
  /// node's name.
  template <typename Fn> void forEachTable(unsigned Node, Fn Visit) const;
  template <typename Fn> void forEachClass(unsigned Node, Fn Visit) const;

  /// A node's edges to what it depends on, or (\p In) from what depends
  /// on it, in the order of the schema; kept for the next walk, and valid
  /// until the next call.
  llvm::ArrayRef<LineageEdge> edges(unsigned N, bool In);
  void addOutEdges(unsigned N, std::vector<OrderedEdge> &Out);
  void addInEdges(unsigned N, std::vector<OrderedEdge> &Out);
  void buildReverseIndex();
  /// Whether IR class \p Class maps the column of IR table \p Table: not
  /// where another class of a single-table hierarchy declares it, outside
  /// the class's own line of superclasses.
  bool mapsColumn(unsigned Class, unsigned Table, llvm::StringRef Column);
  /// The IR tables whose columns a class maps: its own, at level 0 with
  /// itself as the superclass, then, as SQLAlchemy's mapper of a joined
  /// subclass maps its parents' columns too, each other one its
  /// superclasses map, with the nearest superclass that maps it and how
  /// many levels up that is.
  template <typename Fn> void forEachMappedTable(unsigned Class, Fn Visit);
  /// The IR table class \p Class maps: of the tables of its table's name,
  /// the one that lists it (two MetaData objects may each have a table of
  /// the name).
  std::optional<unsigned> tableOfClass(unsigned Class) const;

  const ir::Schema &Schema;
  LineageScope Scope;
  std::vector<LineageNode> Nodes;
  /// Per name, the first IR table or class; per IR table or class, the first
  /// of its name and the next.
  llvm::StringMap<unsigned> TableByName, ClassByName;
  std::vector<unsigned> FirstTable, NextTable, FirstClass, NextClass;
  /// The node of a first IR table or class, once made (~0u before).
  std::vector<unsigned> TableNodes, ClassNodes;
  llvm::StringMap<unsigned> EnumNodes;
  /// The columns and computed attributes made under a node.
  llvm::DenseMap<unsigned, llvm::SmallVector<unsigned, 8>> Children;
  llvm::DenseMap<unsigned, std::vector<LineageEdge>> OutCache, InCache;
  /// edges()' edges before they are ordered, kept for their memory.
  std::vector<OrderedEdge> Unordered;

  /// Who refers to a first IR table or class, by its index, found in one
  /// pass over the schema the first time a walk goes downstream. Vectors,
  /// not maps: a large schema's pass fills tens of thousands of entries.
  bool ReverseIndexBuilt = false;
  template <typename T> using ByIndex = std::vector<llvm::SmallVector<T, 0>>;
  ByIndex<std::pair<unsigned, unsigned>> ForeignKeysTo;
  /// By IR table, not its name's first: the classes that map its columns,
  /// as forEachMappedTable finds them (class, superclass, levels up).
  ByIndex<std::array<unsigned, 3>> MappedBy;
  /// Reads of a table's columns: (class, attribute, read); of a class's
  /// computed attributes: (class, attribute, Through's index).
  ByIndex<std::array<unsigned, 3>> ReadsOf, AttributeReadsOf;
  ByIndex<NamedReference> TablesNamedBy, ClassesNamedBy;
  llvm::StringMap<llvm::SmallVector<NamedReference, 2>> EnumsNamedBy;
  /// The columns (IR table, column) of each Python enum type, found the
  /// first time an enum is asked for.
  std::optional<
      llvm::StringMap<llvm::SmallVector<std::pair<unsigned, unsigned>, 4>>>
      EnumColumns;
  void findEnumColumns();
  /// The columns single-table subclasses declare, by IR table: (column,
  /// class), found the first time a class's columns are asked for.
  std::optional<llvm::DenseMap<
      unsigned, llvm::SmallVector<std::pair<llvm::StringRef, unsigned>, 2>>>
      DeclaredColumns;
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
