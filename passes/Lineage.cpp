//===- Lineage.cpp - What depends on a table or column -------------------===//

#include "passes/Lineage.h"
#include "passes/ErDiagram.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"

#include <fmt/format.h>

#include <deque>
#include <set>

namespace schemac::passes {

namespace {

/// A computed attribute is named for what computes it: "hybrid_property".
llvm::StringRef kindName(const LineageNode &N) {
  switch (N.Kind) {
  case LineageNode::Table:
    return "table";
  case LineageNode::Column:
    return "column";
  case LineageNode::Class:
    return "class";
  case LineageNode::Enum:
    return "enum";
  case LineageNode::Attribute:
    return ir::computedKindName(N.Computed);
  }
  return "";
}

/// Text in a Mermaid flowchart label or edge label: Mermaid's entity codes
/// for what would end the label or be read as HTML or Markdown.
std::string mermaidLabel(llvm::StringRef S) {
  std::string Out;
  for (char C : S)
    switch (C) {
    case '"':
      Out += "#quot;";
      break;
    case '#':
      Out += "#35;";
      break;
    case '&':
      Out += "#amp;";
      break;
    case '<':
      Out += "#lt;";
      break;
    case '>':
      Out += "#gt;";
      break;
    case '`':
      Out += "#96;";
      break;
    case '|':
      Out += "#124;";
      break;
    default:
      Out += static_cast<unsigned char>(C) < ' ' ? ' ' : C;
    }
  return Out;
}

} // namespace

unsigned LineageGraph::add(LineageNode::KindType Kind, llvm::StringRef Name,
                           ir::Loc Where) {
  auto [It, Inserted] = ByName.try_emplace(Name, Nodes.size());
  if (!Inserted)
    return It->second;
  Nodes.push_back({Kind, It->getKey(), Where});
  return Nodes.size() - 1;
}

void LineageGraph::link(unsigned From, unsigned To, llvm::StringRef Kind) {
  Edges.push_back({From, To, Kind});
}

llvm::StringRef LineageGraph::edgeKind(llvm::StringRef Kind,
                                       llvm::StringRef Name) {
  llvm::SmallString<64> Text(Kind);
  Text += ' ';
  Text += Name;
  return EdgeKinds.insert(Text).first->getKey();
}

void LineageGraph::index() {
  // Each node's edges, out and in, as ranges of one array each: a node
  // list per node would be half a million small allocations.
  auto Build = [&](std::vector<unsigned> &Start, std::vector<unsigned> &List,
                   bool ByFrom) {
    Start.assign(Nodes.size() + 1, 0);
    for (const LineageEdge &E : Edges)
      ++Start[(ByFrom ? E.From : E.To) + 1];
    for (size_t N = 0; N < Nodes.size(); ++N)
      Start[N + 1] += Start[N];
    List.resize(Edges.size());
    std::vector<unsigned> Next(Start.begin(), Start.end() - 1);
    for (unsigned E = 0; E < Edges.size(); ++E)
      List[Next[ByFrom ? Edges[E].From : Edges[E].To]++] = E;
  };
  Build(OutStart, OutEdges, /*ByFrom=*/true);
  Build(InStart, InEdges, /*ByFrom=*/false);
}

unsigned LineageGraph::addColumn(unsigned Table, llvm::StringRef Column,
                                 ir::Loc Where) {
  std::vector<unsigned> &Columns = TableColumns[Table];
  if (std::optional<unsigned> Existing = columnNode(Table, Column))
    return *Existing;
  llvm::StringRef TableName = Nodes[Table].Name;
  size_t Size = TableName.size() + 1 + Column.size();
  char *Name = ColumnNames.Allocate<char>(Size);
  llvm::copy(TableName, Name);
  Name[TableName.size()] = '.';
  llvm::copy(Column, Name + TableName.size() + 1);
  Nodes.push_back({LineageNode::Column, llvm::StringRef(Name, Size), Where});
  Columns.push_back(Nodes.size() - 1);
  return Nodes.size() - 1;
}

std::optional<unsigned> LineageGraph::columnNode(unsigned Table,
                                                 llvm::StringRef Column) const {
  auto It = TableColumns.find(Table);
  if (It == TableColumns.end())
    return std::nullopt;
  size_t Prefix = Nodes[Table].Name.size() + 1;
  for (unsigned N : It->second)
    if (Nodes[N].Name.drop_front(Prefix) == Column)
      return N;
  return std::nullopt;
}

LineageGraph::LineageGraph(const ir::Schema &Schema, LineageScope Scope) {
  size_t Named = Schema.Tables.size() + Schema.Classes.size();
  for (const ir::MappedClass &C : Schema.Classes)
    Named += C.Computed.size();
  size_t Elements = Named;
  for (const ir::Table &T : Schema.Tables)
    for (const ir::Column &C : T.Columns)
      Elements += C.Type->EnumClass.empty() ? 1 : 2; // and at most one enum
  Nodes.reserve(Elements);
  // Most columns have a foreign key's edge or a class's attribute edge.
  Edges.reserve(2 * Elements);
  TableColumns.reserve(Schema.Tables.size());
  // A table's columns are found through the table (a few columns each), not
  // through a map of every column's name: a large schema has hundreds of
  // thousands of them.
  ByName = llvm::StringMap<unsigned>(Named);
  // Tables and columns first, so that every reference finds its target.
  std::vector<unsigned> TableNode;
  std::vector<std::vector<unsigned>> ColumnNode(Schema.Tables.size());
  for (const ir::Table &T : Schema.Tables) {
    TableNode.push_back(add(LineageNode::Table, T.qualifiedName(), T.Where));
    for (const ir::Column &C : T.Columns)
      ColumnNode[TableNode.size() - 1].push_back(
          addColumn(TableNode.back(), C.Name, C.Where));
  }
  for (size_t TI = 0; TI < Schema.Tables.size(); ++TI) {
    for (const ir::ForeignKey &F : Schema.Tables[TI].ForeignKeys) {
      auto RefTable = ByName.find(ir::qualifiedName(F.RefSchema, F.RefTable));
      if (RefTable == ByName.end() ||
          Nodes[RefTable->second].Kind != LineageNode::Table)
        continue;
      link(TableNode[TI], RefTable->second, "foreign key");
      for (size_t I = 0; I < F.Columns.size() && I < F.RefColumns.size(); ++I) {
        auto From = columnNode(TableNode[TI], F.Columns[I]);
        auto To = columnNode(RefTable->second, F.RefColumns[I]);
        if (From && To)
          link(*From, *To, "foreign key");
      }
    }
  }
  if (Scope == LineageScope::ForeignKeys) {
    index();
    return;
  }
  // Columns of a Python enum's values depend on the enum class.
  for (size_t TI = 0; TI < Schema.Tables.size(); ++TI)
    for (size_t CI = 0; CI < Schema.Tables[TI].Columns.size(); ++CI)
      if (const std::string &Enum =
              Schema.Tables[TI].Columns[CI].Type->EnumClass;
          !Enum.empty())
        link(ColumnNode[TI][CI], add(LineageNode::Enum, Enum, {}), "enum");
  // Classes: their table and its columns, parents, relationships, and their
  // computed attributes with the columns those read.
  for (const ir::MappedClass &C : Schema.Classes)
    add(LineageNode::Class, C.Name, C.Where);
  llvm::StringMap<size_t> TableIndex;
  for (size_t TI = 0; TI < Schema.Tables.size(); ++TI)
    TableIndex.try_emplace(Nodes[TableNode[TI]].Name, TI);
  for (const ir::MappedClass &C : Schema.Classes) {
    unsigned ClassNode = ByName.lookup(C.Name);
    if (C.Table) {
      auto T = TableIndex.find(ir::qualifiedName(C.Schema, *C.Table));
      if (T != TableIndex.end()) {
        size_t TI = T->second;
        link(ClassNode, TableNode[TI], "maps");
        for (size_t CI = 0; CI < Schema.Tables[TI].Columns.size(); ++CI)
          if (const std::string &Attribute =
                  Schema.Tables[TI].Columns[CI].Attribute;
              !Attribute.empty())
            link(ClassNode, ColumnNode[TI][CI],
                 edgeKind("attribute", Attribute));
      }
    }
    if (C.Inherits)
      if (auto P = ByName.find(*C.Inherits); P != ByName.end())
        link(ClassNode, P->second, "inherits");
    for (const ir::Relationship &R : C.Relationships) {
      if (auto T = ByName.find(R.Target);
          !R.Target.empty() && T != ByName.end())
        link(ClassNode, T->second, edgeKind("relationship", R.Name));
      if (R.Secondary)
        if (auto S = ByName.find(*R.Secondary); S != ByName.end())
          link(ClassNode, S->second, edgeKind("secondary of", R.Name));
    }
    for (const ir::ComputedAttribute &A : C.Computed) {
      unsigned Attr =
          add(LineageNode::Attribute, C.Name + "." + A.Name, A.Where);
      Nodes[Attr].Computed = A.Kind;
      link(ClassNode, Attr, edgeKind("attribute", A.Name));
      for (const ir::ColumnRef &R : A.Reads)
        if (auto T = TableIndex.find(ir::qualifiedName(R.Schema, R.Table));
            T != TableIndex.end())
          if (auto Col = columnNode(TableNode[T->second], R.Column))
            link(Attr, *Col, "reads");
    }
  }
  index();
}

std::optional<unsigned> LineageGraph::find(llvm::StringRef Name) const {
  if (auto It = ByName.find(Name); It != ByName.end())
    return It->second;
  // "[schema.]table.column": a table's name may have a dot, a column's too.
  for (size_t Dot = Name.rfind('.'); Dot != llvm::StringRef::npos && Dot > 0;
       Dot = Name.rfind('.', Dot - 1)) {
    auto Table = ByName.find(Name.take_front(Dot));
    if (Table != ByName.end() &&
        Nodes[Table->second].Kind == LineageNode::Table)
      if (std::optional<unsigned> C =
              columnNode(Table->second, Name.drop_front(Dot + 1)))
        return C;
  }
  return std::nullopt;
}

std::vector<LineageEdge> LineageGraph::walk(unsigned Root, bool Downstream,
                                            unsigned Depth) const {
  std::vector<LineageEdge> Result;
  std::vector<unsigned> Level(Nodes.size(), ~0u);
  std::deque<unsigned> Queue;
  auto Start = [&](unsigned N) {
    if (Level[N] == ~0u) {
      Level[N] = 0;
      Queue.push_back(N);
    }
  };
  Start(Root);
  // What depends on a table's columns depends on the table.
  if (Downstream && Nodes[Root].Kind == LineageNode::Table)
    if (auto It = TableColumns.find(Root); It != TableColumns.end())
      for (unsigned N : It->second)
        Start(N);
  while (!Queue.empty()) {
    unsigned N = Queue.front();
    Queue.pop_front();
    if (Depth && Level[N] >= Depth)
      continue;
    llvm::ArrayRef<unsigned> Adjacent =
        Downstream ? llvm::ArrayRef(InEdges).slice(InStart[N],
                                                   InStart[N + 1] - InStart[N])
                   : llvm::ArrayRef(OutEdges).slice(
                         OutStart[N], OutStart[N + 1] - OutStart[N]);
    for (unsigned E : Adjacent) {
      unsigned Next = Downstream ? Edges[E].From : Edges[E].To;
      if (Level[Next] != ~0u)
        continue;
      Level[Next] = Level[N] + 1;
      Result.push_back(Edges[E]);
      Queue.push_back(Next);
    }
  }
  return Result;
}

void emitLineage(const LineageGraph &G, unsigned Root, bool Downstream,
                 const std::vector<LineageEdge> &Walk,
                 const std::vector<ImpactEntry> &Consumers,
                 LineageFormat Format, llvm::raw_ostream &OS) {
  const LineageNode &R = G.node(Root);
  // The node each step reaches, and the one it came from.
  auto Reached = [&](const LineageEdge &E) {
    return Downstream ? E.From : E.To;
  };
  auto Via = [&](const LineageEdge &E) { return Downstream ? E.To : E.From; };
  switch (Format) {
  case LineageFormat::Text: {
    OS << R.Name << " (" << kindName(R)
       << "): " << (Downstream ? "what depends on it" : "what it depends on")
       << "\n";
    if (Walk.empty())
      OS << "  nothing\n";
    for (const LineageEdge &E : Walk) {
      const LineageNode &N = G.node(Reached(E));
      OS << "  " << N.Name << " (" << kindName(N) << ")  " << E.Kind
         << (Downstream ? " -> " : " <- ") << G.node(Via(E)).Name;
      if (N.Where.isKnown())
        OS << "  " << N.Where.File << ":" << N.Where.Line;
      OS << "\n";
    }
    for (const ImpactEntry &C : Consumers) {
      OS << "  " << C.Name << " (" << C.Kind << ")";
      if (C.Owner)
        OS << "  owner " << *C.Owner;
      if (!C.Via.empty())
        OS << "  via " << llvm::join(C.Via, " -> ");
      OS << "\n";
    }
    OS << fmt::format("{} element{}", Walk.size(), Walk.size() == 1 ? "" : "s");
    if (!Consumers.empty())
      OS << fmt::format(", {} consumer{}", Consumers.size(),
                        Consumers.size() == 1 ? "" : "s");
    OS << "\n";
    return;
  }
  case LineageFormat::Json: {
    llvm::json::OStream J(OS, 2);
    auto Loc = [&](const ir::Loc &L) {
      if (!L.isKnown())
        return J.attribute("loc", nullptr);
      J.attributeObject("loc", [&] {
        J.attribute("file", L.File);
        J.attribute("line", L.Line);
        J.attribute("col", L.Col);
      });
    };
    auto Node = [&](const LineageNode &N) {
      J.object([&] {
        J.attribute("name", N.Name);
        J.attribute("kind", kindName(N));
        Loc(N.Where);
      });
    };
    J.object([&] {
      J.attribute("format", "schemac.lineage");
      J.attribute("version", 1);
      J.attribute("direction", Downstream ? "downstream" : "upstream");
      J.attributeBegin("root");
      Node(R);
      J.attributeEnd();
      J.attributeArray("elements", [&] {
        for (const LineageEdge &E : Walk)
          J.object([&] {
            const LineageNode &N = G.node(Reached(E));
            J.attribute("name", N.Name);
            J.attribute("kind", kindName(N));
            J.attribute("via", G.node(Via(E)).Name);
            J.attribute("edge", E.Kind);
            Loc(N.Where);
          });
      });
      J.attributeArray("consumers", [&] {
        for (const ImpactEntry &C : Consumers)
          J.object([&] {
            J.attribute("kind", C.Kind);
            J.attribute("name", C.Name);
            J.attribute("owner", C.Owner ? llvm::json::Value(*C.Owner)
                                         : llvm::json::Value(nullptr));
            J.attributeArray("via", [&] {
              for (const std::string &V : C.Via)
                J.value(V);
            });
          });
      });
    });
    OS << "\n";
    return;
  }
  case LineageFormat::Dot: {
    OS << "digraph lineage {\n  rankdir=LR;\n  node [shape=box, "
          "fontname=\"Helvetica\"];\n";
    OS << "  " << dotQuoted(R.Name)
       << " [style=filled, fillcolor=lightgrey];\n";
    for (const LineageEdge &E : Walk)
      OS << "  " << dotQuoted(G.node(E.From).Name) << " -> "
         << dotQuoted(G.node(E.To).Name) << " [label=" << dotQuoted(E.Kind)
         << "];\n";
    for (const ImpactEntry &C : Consumers) {
      std::string Id = dotQuoted(C.Kind + ":" + C.Name);
      OS << "  " << Id << " [shape=ellipse];\n  " << Id << " -> "
         << dotQuoted(R.Name) << " [style=dashed, label=\"reads\"];\n";
    }
    OS << "}\n";
    return;
  }
  case LineageFormat::Mermaid: {
    // Mermaid ids: the node's index; its label, the name. Every node an edge
    // names is declared, the ones a step came from too.
    OS << "flowchart LR\n";
    std::vector<unsigned> Shown = {Root};
    std::set<unsigned> Seen = {Root};
    for (const LineageEdge &E : Walk)
      for (unsigned N : {Reached(E), Via(E)})
        if (Seen.insert(N).second)
          Shown.push_back(N);
    for (unsigned N : Shown)
      OS << "    n" << N << "[\"" << mermaidLabel(G.node(N).Name) << " ("
         << kindName(G.node(N)) << ")\"]\n";
    for (const LineageEdge &E : Walk)
      OS << "    n" << E.From << " -->|" << mermaidLabel(E.Kind) << "| n"
         << E.To << "\n";
    for (size_t I = 0; I < Consumers.size(); ++I)
      OS << "    c" << I << "([\"" << mermaidLabel(Consumers[I].Name) << " ("
         << mermaidLabel(Consumers[I].Kind) << ")\"]) -.->|reads| n" << Root
         << "\n";
    OS << "    style n" << Root << " fill:#ddd\n";
    return;
  }
  }
}

} // namespace schemac::passes
