//===- Lineage.cpp - What depends on a table or column -------------------===//

#include "passes/Lineage.h"

#include <deque>

namespace schemac::passes {

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

} // namespace schemac::passes
