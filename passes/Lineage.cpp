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

std::string edgeLabel(const LineageEdge &E) {
  switch (E.Kind) {
  case LineageEdge::ForeignKey:
    return "foreign key";
  case LineageEdge::Maps:
    return "maps";
  case LineageEdge::Inherits:
    return "inherits";
  case LineageEdge::Enum:
    return "enum";
  case LineageEdge::Reads:
    return "reads";
  case LineageEdge::Attribute:
    return ("attribute " + E.Detail).str();
  case LineageEdge::Relationship:
    return ("relationship " + E.Detail).str();
  case LineageEdge::SecondaryOf:
    return ("secondary of " + E.Detail).str();
  }
  return "";
}

unsigned LineageGraph::add(LineageNode::KindType Kind, llvm::StringRef Name,
                           ir::Loc Where) {
  auto [It, Inserted] = ByName.try_emplace(Name, Nodes.size());
  if (!Inserted)
    return It->second;
  Nodes.push_back({Kind, ir::ComputedAttribute::ColumnProperty, It->getKey(),
                   ~0u, 0, 0, Where});
  return Nodes.size() - 1;
}

unsigned LineageGraph::addChild(unsigned Owner, LineageNode::KindType Kind,
                                llvm::StringRef Name, ir::Loc Where) {
  if (std::optional<unsigned> Existing = child(Owner, Name))
    return *Existing;
  unsigned N = Nodes.size();
  Nodes.push_back(
      {Kind, ir::ComputedAttribute::ColumnProperty, Name, Owner, 0, 0, Where});
  LineageNode &O = Nodes[Owner];
  if (O.Children == 0)
    O.FirstChild = N;
  if (O.FirstChild + O.Children == N)
    ++O.Children;
  else
    MoreChildren[Owner].push_back(N);
  return N;
}

template <typename Fn>
void LineageGraph::forEachChild(unsigned Owner, Fn Visit) const {
  const LineageNode &O = Nodes[Owner];
  for (unsigned N = O.FirstChild; N < O.FirstChild + O.Children; ++N)
    Visit(N);
  if (!MoreChildren.empty())
    if (auto It = MoreChildren.find(Owner); It != MoreChildren.end())
      for (unsigned N : It->second)
        Visit(N);
}

std::optional<unsigned> LineageGraph::child(unsigned Owner,
                                            llvm::StringRef Name) const {
  std::optional<unsigned> Found;
  forEachChild(Owner, [&](unsigned N) {
    if (!Found && Nodes[N].Name == Name)
      Found = N;
  });
  return Found;
}

std::optional<unsigned>
LineageGraph::findTable(const std::optional<std::string> &Schema,
                        llvm::StringRef Table) const {
  auto It = Schema ? ByName.find(ir::qualifiedName(Schema, Table.str()))
                   : ByName.find(Table);
  if (It == ByName.end() || Nodes[It->second].Kind != LineageNode::Table)
    return std::nullopt;
  return It->second;
}

std::string LineageGraph::name(unsigned N) const {
  const LineageNode &Node = Nodes[N];
  if (Node.Owner == ~0u)
    return Node.Name.str();
  return (Nodes[Node.Owner].Name + "." + Node.Name).str();
}

void LineageGraph::link(unsigned From, unsigned To, LineageEdge::KindType Kind,
                        llvm::StringRef Detail) {
  Edges.push_back({From, To, Kind, Detail});
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

LineageGraph::LineageGraph(const ir::Schema &Schema, LineageScope Scope) {
  size_t Named = Schema.Tables.size() + Schema.Classes.size();
  size_t Elements = Named;
  for (const ir::MappedClass &C : Schema.Classes)
    Elements += C.Computed.size();
  // Each IR table's column nodes, table after table: a column's node is
  // ColumnNode[ColumnBase[TI] + CI].
  std::vector<size_t> ColumnBase(Schema.Tables.size() + 1, 0);
  for (size_t TI = 0; TI < Schema.Tables.size(); ++TI) {
    const ir::Table &T = Schema.Tables[TI];
    ColumnBase[TI + 1] = ColumnBase[TI] + T.Columns.size();
    for (const ir::Column &C : T.Columns)
      Elements += C.Type->EnumClass.empty() ? 1 : 2; // and at most one enum
  }
  Nodes.reserve(Elements);
  // Most columns have a foreign key's edge or a class's attribute edge.
  Edges.reserve(2 * Elements);
  // A table's columns are found through the table (a few columns each), not
  // through a map of every column's name: a large schema has hundreds of
  // thousands of them.
  ByName = llvm::StringMap<unsigned>(Named);
  // Tables and columns first, so that every reference finds its target.
  std::vector<unsigned> TableNode;
  TableNode.reserve(Schema.Tables.size());
  std::vector<unsigned> ColumnNode(ColumnBase.back());
  for (size_t TI = 0; TI < Schema.Tables.size(); ++TI) {
    const ir::Table &T = Schema.Tables[TI];
    TableNode.push_back(
        T.Schema ? add(LineageNode::Table, T.qualifiedName(), T.Where)
                 : add(LineageNode::Table, T.Name, T.Where));
    for (size_t CI = 0; CI < T.Columns.size(); ++CI)
      ColumnNode[ColumnBase[TI] + CI] =
          addChild(TableNode.back(), LineageNode::Column, T.Columns[CI].Name,
                   T.Columns[CI].Where);
  }
  for (size_t TI = 0; TI < Schema.Tables.size(); ++TI) {
    for (const ir::ForeignKey &F : Schema.Tables[TI].ForeignKeys) {
      std::optional<unsigned> RefTable = findTable(F.RefSchema, F.RefTable);
      if (!RefTable)
        continue;
      link(TableNode[TI], *RefTable, LineageEdge::ForeignKey);
      for (size_t I = 0; I < F.Columns.size() && I < F.RefColumns.size(); ++I) {
        auto From = child(TableNode[TI], F.Columns[I]);
        auto To = child(*RefTable, F.RefColumns[I]);
        if (From && To)
          link(*From, *To, LineageEdge::ForeignKey);
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
        link(ColumnNode[ColumnBase[TI] + CI], add(LineageNode::Enum, Enum, {}),
             LineageEdge::Enum);
  // Classes: their table and its columns, parents, relationships, and their
  // computed attributes with the columns those read.
  for (const ir::MappedClass &C : Schema.Classes)
    add(LineageNode::Class, C.Name, C.Where);
  // A table node's first IR table: whose columns a class maps.
  std::vector<unsigned> FirstTable(Nodes.size(), ~0u);
  for (size_t TI = Schema.Tables.size(); TI-- > 0;)
    FirstTable[TableNode[TI]] = TI;
  for (const ir::MappedClass &C : Schema.Classes) {
    unsigned ClassNode = ByName.lookup(C.Name);
    if (C.Table)
      if (std::optional<unsigned> T = findTable(C.Schema, *C.Table)) {
        size_t TI = FirstTable[*T];
        link(ClassNode, *T, LineageEdge::Maps);
        for (size_t CI = 0; CI < Schema.Tables[TI].Columns.size(); ++CI)
          if (const std::string &Attribute =
                  Schema.Tables[TI].Columns[CI].Attribute;
              !Attribute.empty())
            link(ClassNode, ColumnNode[ColumnBase[TI] + CI],
                 LineageEdge::Attribute, Attribute);
      }
    if (C.Inherits)
      if (auto P = ByName.find(*C.Inherits); P != ByName.end())
        link(ClassNode, P->second, LineageEdge::Inherits);
    for (const ir::Relationship &R : C.Relationships) {
      if (auto T = ByName.find(R.Target);
          !R.Target.empty() && T != ByName.end())
        link(ClassNode, T->second, LineageEdge::Relationship, R.Name);
      if (R.Secondary)
        if (auto S = ByName.find(*R.Secondary); S != ByName.end())
          link(ClassNode, S->second, LineageEdge::SecondaryOf, R.Name);
    }
    for (const ir::ComputedAttribute &A : C.Computed) {
      unsigned Attr =
          addChild(ClassNode, LineageNode::Attribute, A.Name, A.Where);
      Nodes[Attr].Computed = A.Kind;
      link(ClassNode, Attr, LineageEdge::Attribute, A.Name);
      for (const ir::ColumnRef &R : A.Reads)
        if (auto T = findTable(R.Schema, R.Table))
          if (auto Col = child(*T, R.Column))
            link(Attr, *Col, LineageEdge::Reads);
    }
  }
  index();
}

std::optional<unsigned> LineageGraph::find(llvm::StringRef Name) const {
  if (auto It = ByName.find(Name); It != ByName.end())
    return It->second;
  // "class.attribute", then "[schema.]table.column": a table's name may
  // have a dot, a column's too.
  for (LineageNode::KindType Owner : {LineageNode::Class, LineageNode::Table})
    for (size_t Dot = Name.rfind('.'); Dot != llvm::StringRef::npos && Dot > 0;
         Dot = Name.rfind('.', Dot - 1)) {
      auto It = ByName.find(Name.take_front(Dot));
      if (It != ByName.end() && Nodes[It->second].Kind == Owner)
        if (std::optional<unsigned> C =
                child(It->second, Name.drop_front(Dot + 1)))
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
    forEachChild(Root, Start);
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
    OS << G.name(Root) << " (" << kindName(R)
       << "): " << (Downstream ? "what depends on it" : "what it depends on")
       << "\n";
    if (Walk.empty())
      OS << "  nothing\n";
    for (const LineageEdge &E : Walk) {
      const LineageNode &N = G.node(Reached(E));
      OS << "  " << G.name(Reached(E)) << " (" << kindName(N) << ")  "
         << edgeLabel(E) << (Downstream ? " -> " : " <- ") << G.name(Via(E));
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
    auto Node = [&](unsigned N) {
      J.object([&] {
        J.attribute("name", G.name(N));
        J.attribute("kind", kindName(G.node(N)));
        Loc(G.node(N).Where);
      });
    };
    J.object([&] {
      J.attribute("format", "schemac.lineage");
      J.attribute("version", 1);
      J.attribute("direction", Downstream ? "downstream" : "upstream");
      J.attributeBegin("root");
      Node(Root);
      J.attributeEnd();
      J.attributeArray("elements", [&] {
        for (const LineageEdge &E : Walk)
          J.object([&] {
            const LineageNode &N = G.node(Reached(E));
            J.attribute("name", G.name(Reached(E)));
            J.attribute("kind", kindName(N));
            J.attribute("via", G.name(Via(E)));
            J.attribute("edge", edgeLabel(E));
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
    OS << "  " << dotQuoted(G.name(Root))
       << " [style=filled, fillcolor=lightgrey];\n";
    for (const LineageEdge &E : Walk)
      OS << "  " << dotQuoted(G.name(E.From)) << " -> "
         << dotQuoted(G.name(E.To)) << " [label=" << dotQuoted(edgeLabel(E))
         << "];\n";
    for (const ImpactEntry &C : Consumers) {
      std::string Id = dotQuoted(C.Kind + ":" + C.Name);
      OS << "  " << Id << " [shape=ellipse];\n  " << Id << " -> "
         << dotQuoted(G.name(Root)) << " [style=dashed, label=\"reads\"];\n";
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
      OS << "    n" << N << "[\"" << mermaidLabel(G.name(N)) << " ("
         << kindName(G.node(N)) << ")\"]\n";
    for (const LineageEdge &E : Walk)
      OS << "    n" << E.From << " -->|" << mermaidLabel(edgeLabel(E)) << "| n"
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
