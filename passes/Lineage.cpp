//===- Lineage.cpp - What depends on a table or column -------------------===//

#include "passes/Lineage.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>

namespace schemac::passes {

namespace {

/// Indexes \p Count elements by \p NameOf: the first of each name in
/// \p ByName, each one's first of its name in \p First and the next in
/// \p Next (~0u for the last).
template <typename NameFn>
void indexNames(unsigned Count, NameFn NameOf,
                llvm::StringMap<unsigned> &ByName, std::vector<unsigned> &First,
                std::vector<unsigned> &Next) {
  ByName = llvm::StringMap<unsigned>(Count);
  First.resize(Count);
  Next.assign(Count, ~0u);
  std::vector<unsigned> Last(Count);
  for (unsigned I = 0; I < Count; ++I) {
    auto [It, New] = ByName.try_emplace(NameOf(I), I);
    First[I] = It->second;
    if (!New)
      Next[Last[First[I]]] = I;
    Last[First[I]] = I;
  }
}

} // namespace

LineageGraph::LineageGraph(const ir::Schema &Schema, LineageScope Scope)
    : Schema(Schema), Scope(Scope) {
  // Only the names: what refers to what is found as a walk needs it.
  indexNames(
      Schema.Tables.size(),
      [&](unsigned I) {
        const ir::Table &T = Schema.Tables[I];
        return T.Schema ? T.qualifiedName() : T.Name;
      },
      TableByName, FirstTable, NextTable);
  TableNodes.assign(Schema.Tables.size(), ~0u);
  if (Scope == LineageScope::ForeignKeys)
    return;
  indexNames(
      Schema.Classes.size(),
      [&](unsigned I) -> llvm::StringRef { return Schema.Classes[I].Name; },
      ClassByName, FirstClass, NextClass);
  ClassNodes.assign(Schema.Classes.size(), ~0u);
}

std::string LineageGraph::name(unsigned N) const {
  const LineageNode &Node = Nodes[N];
  if (Node.Owner == ~0u)
    return Node.Name.str();
  return (Nodes[Node.Owner].Name + "." + Node.Name).str();
}

unsigned LineageGraph::tableNode(unsigned Table) {
  unsigned First = FirstTable[Table];
  if (TableNodes[First] == ~0u) {
    const ir::Table &T = Schema.Tables[First];
    LineageNode N;
    N.Kind = LineageNode::Table;
    N.Name = TableByName.find(T.Schema ? T.qualifiedName() : T.Name)->getKey();
    N.Index = First;
    N.Where = T.Where;
    TableNodes[First] = Nodes.size();
    Nodes.push_back(N);
  }
  return TableNodes[First];
}

unsigned LineageGraph::classNode(unsigned Class) {
  unsigned First = FirstClass[Class];
  if (ClassNodes[First] == ~0u) {
    const ir::MappedClass &C = Schema.Classes[First];
    LineageNode N;
    N.Kind = LineageNode::Class;
    N.Name = ClassByName.find(C.Name)->getKey();
    N.Index = First;
    N.Where = C.Where;
    ClassNodes[First] = Nodes.size();
    Nodes.push_back(N);
  }
  return ClassNodes[First];
}

unsigned LineageGraph::enumNode(llvm::StringRef Name) {
  auto [It, New] = EnumNodes.try_emplace(Name, Nodes.size());
  if (New) {
    LineageNode N;
    N.Kind = LineageNode::Enum;
    N.Name = It->getKey();
    Nodes.push_back(N);
  }
  return It->second;
}

template <typename Fn>
void LineageGraph::forEachTable(unsigned Node, Fn Visit) const {
  for (unsigned TI = Nodes[Node].Index; TI != ~0u; TI = NextTable[TI])
    Visit(TI, Schema.Tables[TI]);
}

template <typename Fn>
void LineageGraph::forEachClass(unsigned Node, Fn Visit) const {
  for (unsigned CI = Nodes[Node].Index; CI != ~0u; CI = NextClass[CI])
    Visit(CI, Schema.Classes[CI]);
}

std::optional<unsigned> LineageGraph::child(unsigned Owner,
                                            llvm::StringRef Name) const {
  auto It = Children.find(Owner);
  if (It != Children.end())
    for (unsigned C : It->second)
      if (Nodes[C].Name == Name)
        return C;
  return std::nullopt;
}

unsigned LineageGraph::addChild(unsigned Owner, LineageNode::KindType Kind,
                                llvm::StringRef Name, ir::Loc Where) {
  LineageNode N;
  N.Kind = Kind;
  N.Name = Name;
  N.Owner = Owner;
  N.Where = Where;
  Nodes.push_back(N);
  Children[Owner].push_back(Nodes.size() - 1);
  return Nodes.size() - 1;
}

std::optional<unsigned> LineageGraph::columnNode(unsigned Table,
                                                 llvm::StringRef Name) {
  if (std::optional<unsigned> Made = child(Table, Name))
    return Made;
  // The first column of the name in the tables of the table's name.
  const ir::Column *Found = nullptr;
  forEachTable(Table, [&](unsigned, const ir::Table &T) {
    for (const ir::Column &C : T.Columns)
      if (!Found && C.Name == Name)
        Found = &C;
  });
  if (!Found)
    return std::nullopt;
  return addChild(Table, LineageNode::Column, Found->Name, Found->Where);
}

std::optional<unsigned> LineageGraph::attributeNode(unsigned Class,
                                                    llvm::StringRef Name) {
  if (std::optional<unsigned> Made = child(Class, Name))
    return Made;
  // Where the first computed attribute of the name is; the last one's kind.
  const ir::ComputedAttribute *First = nullptr, *Last = nullptr;
  forEachClass(Class, [&](unsigned, const ir::MappedClass &C) {
    for (const ir::ComputedAttribute &A : C.Computed)
      if (A.Name == Name) {
        if (!First)
          First = &A;
        Last = &A;
      }
  });
  if (!First)
    return std::nullopt;
  unsigned A =
      addChild(Class, LineageNode::Attribute, First->Name, First->Where);
  Nodes[A].Computed = Last->Kind;
  return A;
}

std::optional<unsigned>
LineageGraph::findTable(const std::optional<std::string> &TableSchema,
                        llvm::StringRef Name) const {
  auto It = TableSchema
                ? TableByName.find(ir::qualifiedName(TableSchema, Name.str()))
                : TableByName.find(Name);
  if (It == TableByName.end())
    return std::nullopt;
  return It->second;
}

std::optional<LineageGraph::NameTarget>
LineageGraph::findName(llvm::StringRef Name, bool ClassFirst) {
  auto Class = ClassByName.find(Name);
  if (ClassFirst && Class != ClassByName.end())
    return NameTarget{LineageNode::Class, Class->second, {}};
  if (auto It = TableByName.find(Name); It != TableByName.end())
    return NameTarget{LineageNode::Table, It->second, {}};
  if (Scope == LineageScope::ForeignKeys)
    return std::nullopt;
  if (Class != ClassByName.end())
    return NameTarget{LineageNode::Class, Class->second, {}};
  findEnumColumns();
  if (auto It = EnumColumns->find(Name); It != EnumColumns->end())
    return NameTarget{LineageNode::Enum, 0, It->getKey()};
  return std::nullopt;
}

unsigned LineageGraph::nodeOf(NameTarget T) {
  switch (T.Kind) {
  case LineageNode::Table:
    return tableNode(T.Index);
  case LineageNode::Class:
    return classNode(T.Index);
  default:
    return enumNode(T.Enum);
  }
}

void LineageGraph::findEnumColumns() {
  if (EnumColumns)
    return;
  EnumColumns.emplace();
  for (unsigned TI = 0; TI < Schema.Tables.size(); ++TI)
    for (unsigned CI = 0; CI < Schema.Tables[TI].Columns.size(); ++CI)
      if (const std::string &Enum =
              Schema.Tables[TI].Columns[CI].Type->valuesEnumClass();
          !Enum.empty())
        (*EnumColumns)[Enum].push_back({TI, CI});
}

template <typename Fn>
void LineageGraph::forEachOwnerSplit(llvm::StringRef Name, Fn Visit) const {
  // A table's name may have a dot, a column's too.
  for (bool Table : {false, true}) {
    const llvm::StringMap<unsigned> &Owners = Table ? TableByName : ClassByName;
    for (size_t Dot = Name.rfind('.'); Dot != llvm::StringRef::npos && Dot > 0;
         Dot = Name.rfind('.', Dot - 1))
      if (auto Owner = Owners.find(Name.take_front(Dot));
          Owner != Owners.end() && Visit(Table, Owner->second, Owner->getKey(),
                                         Name.drop_front(Dot + 1)))
        return;
  }
}

std::optional<unsigned> LineageGraph::find(llvm::StringRef Name) {
  if (auto It = TableByName.find(Name); It != TableByName.end())
    return tableNode(It->second);
  if (auto It = ClassByName.find(Name); It != ClassByName.end())
    return classNode(It->second);
  std::optional<unsigned> Found;
  forEachOwnerSplit(Name, [&](bool Table, unsigned Owner, llvm::StringRef,
                              llvm::StringRef Part) {
    Found = Table ? columnNode(tableNode(Owner), Part)
                  : attributeNode(classNode(Owner), Part);
    return Found.has_value();
  });
  if (Found)
    return Found;
  // Last, as finding it reads every column's type.
  if (Scope == LineageScope::Everything) {
    findEnumColumns();
    if (auto It = EnumColumns->find(Name); It != EnumColumns->end())
      return enumNode(It->getKey());
  }
  return std::nullopt;
}

std::vector<std::string> LineageGraph::suggest(llvm::StringRef Name) {
  std::vector<std::string> Found;
  // As a compiler's typo correction: the nearest names, with at most a
  // third of the letters of the part that differs changed.
  unsigned Limit = 0, Closest = 0;
  auto Start = [&](llvm::StringRef Part) {
    Found.clear();
    Limit = (Part.size() + 2) / 3;
    Closest = Limit;
  };
  auto Consider = [&](llvm::StringRef Part, llvm::StringRef Candidate,
                      std::string Meant) {
    unsigned Distance =
        Part.edit_distance(Candidate, /*AllowReplacements=*/true, Limit);
    if (Distance > Closest)
      return;
    if (Distance < Closest) {
      Closest = Distance;
      Found.clear();
    }
    if (Found.size() < 3 && !llvm::is_contained(Found, Meant))
      Found.push_back(std::move(Meant));
  };
  // "module.Class.attribute" (an attribute that maps columns is not an
  // element of its own, nor is a relationship), then "[schema.]table.column".
  bool Owned = false;
  forEachOwnerSplit(Name, [&](bool Table, unsigned Owner,
                              llvm::StringRef OwnerName, llvm::StringRef Part) {
    Owned = true;
    Start(Part);
    if (Table) {
      for (unsigned TI = Owner; TI != ~0u; TI = NextTable[TI])
        for (const ir::Column &C : Schema.Tables[TI].Columns)
          Consider(Part, C.Name, (OwnerName + "." + C.Name).str());
      return true;
    }
    unsigned N = classNode(Owner);
    for (const LineageEdge &E : edges(N, /*In=*/false))
      if (E.Kind == LineageEdge::Attribute)
        Consider(Part, E.Detail,
                 Nodes[E.To].Kind == LineageNode::Column
                     ? name(E.To)
                     : (OwnerName + "." + E.Detail).str());
    forEachClass(N, [&](unsigned, const ir::MappedClass &C) {
      for (const ir::Relationship &R : C.Relationships)
        Consider(Part, R.Name, C.Name);
    });
    return true;
  });
  if (Owned)
    return Found;
  // A class by its own name, without its module's.
  for (const ir::MappedClass &C : Schema.Classes)
    if (llvm::StringRef(C.Name).rsplit('.').second == Name &&
        !llvm::is_contained(Found, C.Name) && Found.size() < 3)
      Found.push_back(C.Name);
  if (!Found.empty())
    return Found;
  // A table of a schema named without it (`organization` is
  // `dispatch_core.organization`), or one of its columns.
  // Not a structured binding: a lambda captures it, which C++17 forbids.
  std::pair<llvm::StringRef, llvm::StringRef> Split = Name.split('.');
  llvm::StringRef BareTable = Split.first, Column = Split.second;
  for (const ir::Table &T : Schema.Tables) {
    if (!T.Schema || T.Name != BareTable || Found.size() >= 3)
      continue;
    if (Column.empty())
      Found.push_back(T.qualifiedName());
    else if (llvm::any_of(T.Columns, [&](const ir::Column &C) {
               return C.Name == Column;
             }))
      Found.push_back(T.qualifiedName() + "." + Column.str());
  }
  if (!Found.empty())
    return Found;
  // In the schema's order, which is by name: of names as near, the first.
  Start(Name);
  // A table of a schema is considered with the schema and without it.
  for (const ir::Table &T : Schema.Tables) {
    std::string TableName = T.Schema ? T.qualifiedName() : T.Name;
    Consider(Name, TableName, TableName);
    if (T.Schema)
      Consider(Name, T.Name, TableName);
    if (Name.contains('.'))
      for (const ir::Column &C : T.Columns) {
        Consider(Name, TableName + "." + C.Name, TableName + "." + C.Name);
        if (T.Schema)
          Consider(Name, T.Name + "." + C.Name, TableName + "." + C.Name);
      }
  }
  for (const ir::MappedClass &C : Schema.Classes)
    Consider(Name, C.Name, C.Name);
  return Found;
}

template <typename Fn>
void LineageGraph::forEachNamedReference(unsigned Class, Fn Visit) {
  const ir::MappedClass &C = Schema.Classes[Class];
  auto Named = [&](const std::string &Name, NamedReference Ref) {
    if (std::optional<NameTarget> T =
            findName(Name, Ref.Kind != LineageEdge::SecondaryOf))
      Visit(*T, Ref);
  };
  if (C.Inherits)
    Named(*C.Inherits, {Class, {2, Class, 2, 0, 0}, LineageEdge::Inherits, {}});
  for (unsigned RI = 0; RI < C.Relationships.size(); ++RI) {
    const ir::Relationship &R = C.Relationships[RI];
    if (!R.Target.empty())
      Named(R.Target,
            {Class, {2, Class, 3, RI, 0}, LineageEdge::Relationship, R.Name});
    if (R.Secondary)
      Named(ir::qualifiedName(R.SecondarySchema, *R.Secondary),
            {Class, {2, Class, 3, RI, 1}, LineageEdge::SecondaryOf, R.Name});
  }
}

std::optional<unsigned> LineageGraph::tableOfClass(unsigned Class) const {
  const ir::MappedClass &C = Schema.Classes[Class];
  std::optional<unsigned> First =
      C.Table ? findTable(C.Schema, *C.Table) : std::nullopt;
  // Two MetaData objects may each have a table of the name.
  for (unsigned TI = First ? *First : ~0u; TI != ~0u; TI = NextTable[TI])
    if (std::binary_search(Schema.Tables[TI].Classes.begin(),
                           Schema.Tables[TI].Classes.end(), C.Name))
      return TI;
  return First;
}

template <typename Fn>
void LineageGraph::forEachMappedTable(unsigned Class, Fn Visit) {
  llvm::SmallVector<unsigned, 4> Seen;
  if (auto T = tableOfClass(Class)) {
    Seen.push_back(*T);
    Visit(Class, *T, 0);
  }
  // A concrete class maps its own table only, and ends the line it is in.
  unsigned Level = 0;
  for (unsigned At = Class; Schema.Classes[At].Inheritance == "joined" ||
                            Schema.Classes[At].Inheritance == "single";) {
    const std::optional<std::string> &Parent = Schema.Classes[At].Inherits;
    auto Found = Parent ? ClassByName.find(*Parent) : ClassByName.end();
    if (Found == ClassByName.end() || ++Level > Schema.Classes.size())
      return;
    At = Found->second;
    if (auto T = tableOfClass(At); T && !llvm::is_contained(Seen, *T)) {
      Seen.push_back(*T);
      Visit(At, *T, Level);
    }
  }
}

void LineageGraph::buildReverseIndex() {
  if (ReverseIndexBuilt)
    return;
  ReverseIndexBuilt = true;
  ForeignKeysTo.resize(Schema.Tables.size());
  for (unsigned TI = 0; TI < Schema.Tables.size(); ++TI) {
    const auto &FKs = Schema.Tables[TI].ForeignKeys;
    for (unsigned FI = 0; FI < FKs.size(); ++FI)
      if (auto To = findTable(FKs[FI].RefSchema, FKs[FI].RefTable))
        ForeignKeysTo[*To].push_back({TI, FI});
  }
  if (Scope == LineageScope::ForeignKeys)
    return;
  MappedBy.resize(Schema.Tables.size());
  ReadsOf.resize(Schema.Tables.size());
  AttributeReadsOf.resize(Schema.Classes.size());
  TablesNamedBy.resize(Schema.Tables.size());
  ClassesNamedBy.resize(Schema.Classes.size());
  for (unsigned CI = 0; CI < Schema.Classes.size(); ++CI) {
    const ir::MappedClass &C = Schema.Classes[CI];
    forEachMappedTable(CI, [&](unsigned Super, unsigned T, unsigned Level) {
      MappedBy[T].push_back({CI, Super, Level});
    });
    forEachNamedReference(CI, [&](NameTarget T, const NamedReference &Ref) {
      if (T.Kind == LineageNode::Enum)
        EnumsNamedBy[T.Enum].push_back(Ref);
      else
        (T.Kind == LineageNode::Table ? TablesNamedBy : ClassesNamedBy)[T.Index]
            .push_back(Ref);
    });
    for (unsigned AI = 0; AI < C.Computed.size(); ++AI)
      for (unsigned RI = 0; RI < C.Computed[AI].Reads.size(); ++RI) {
        const ir::ColumnRef &R = C.Computed[AI].Reads[RI];
        if (auto T = findTable(R.Schema, R.Table))
          ReadsOf[*T].push_back({CI, AI, RI});
      }
    for (unsigned AI = 0; AI < C.Computed.size(); ++AI)
      for (unsigned K = 0; K < C.Computed[AI].Through.size(); ++K)
        if (auto Class = ClassByName.find(C.Computed[AI].Through[K].Class);
            Class != ClassByName.end())
          AttributeReadsOf[Class->second].push_back({CI, AI, K});
  }
}

bool LineageGraph::mapsColumn(unsigned Class, unsigned Table,
                              llvm::StringRef Column) {
  if (!DeclaredColumns) {
    DeclaredColumns.emplace();
    for (unsigned CI = 0; CI < Schema.Classes.size(); ++CI) {
      const ir::MappedClass &C = Schema.Classes[CI];
      if (C.DeclaredColumns.empty())
        continue;
      if (auto T = tableOfClass(CI))
        for (const std::string &Name : C.DeclaredColumns)
          (*DeclaredColumns)[*T].push_back({Name, CI});
    }
  }
  auto It = DeclaredColumns->find(Table);
  if (It == DeclaredColumns->end())
    return true;
  auto Parent = [&](unsigned C) -> std::optional<unsigned> {
    const std::optional<std::string> &P = Schema.Classes[C].Inherits;
    auto Found = P ? ClassByName.find(*P) : ClassByName.end();
    if (Found == ClassByName.end())
      return std::nullopt;
    return Found->second;
  };
  // A class and its superclasses, to the root of its single-table
  // hierarchy (the first that maps the table on its own).
  auto LineOf = [&](unsigned C) {
    llvm::SmallVector<unsigned, 4> Line;
    for (std::optional<unsigned> At = C;
         At && Line.size() <= Schema.Classes.size(); At = Parent(*At)) {
      Line.push_back(*At);
      if (Schema.Classes[*At].Inheritance != "single")
        break;
    }
    return Line;
  };
  llvm::SmallVector<unsigned, 4> Line = LineOf(Class);
  bool Declared = false, SameHierarchy = false;
  for (auto [Name, Declarer] : It->second) {
    if (Name != Column)
      continue;
    Declared = true;
    for (unsigned L : Line)
      if (Schema.Classes[L].Name == Schema.Classes[Declarer].Name)
        return true;
    SameHierarchy |= Schema.Classes[LineOf(Declarer).back()].Name ==
                     Schema.Classes[Line.back()].Name;
  }
  // A class outside the hierarchy (`__table__ = Employee.__table__`) maps
  // the whole table.
  return !Declared || !SameHierarchy;
}

void LineageGraph::addOutEdges(unsigned N, std::vector<OrderedEdge> &Out) {
  const LineageNode Node = Nodes[N];
  bool Everything = Scope == LineageScope::Everything;
  auto Add = [&](EdgeOrder O, unsigned To, LineageEdge::KindType Kind,
                 llvm::StringRef Detail = {}) {
    Out.push_back({O, {N, To, Kind, Detail}});
  };
  switch (Node.Kind) {
  case LineageNode::Table:
    forEachTable(N, [&](unsigned TI, const ir::Table &T) {
      for (unsigned FI = 0; FI < T.ForeignKeys.size(); ++FI)
        if (auto To = findTable(T.ForeignKeys[FI].RefSchema,
                                T.ForeignKeys[FI].RefTable))
          Add({0, TI, FI, 0, 0}, tableNode(*To), LineageEdge::ForeignKey);
    });
    return;
  case LineageNode::Column:
    forEachTable(Node.Owner, [&](unsigned TI, const ir::Table &T) {
      for (unsigned FI = 0; FI < T.ForeignKeys.size(); ++FI) {
        const ir::ForeignKey &F = T.ForeignKeys[FI];
        std::optional<unsigned> To;
        for (unsigned I = 0; I < F.Columns.size() && I < F.RefColumns.size();
             ++I) {
          if (F.Columns[I] != Node.Name)
            continue;
          if (!To)
            To = findTable(F.RefSchema, F.RefTable);
          if (!To)
            break;
          if (auto Ref = columnNode(tableNode(*To), F.RefColumns[I]))
            Add({0, TI, FI, I + 1, 0}, *Ref, LineageEdge::ForeignKey);
        }
      }
      if (Everything)
        for (unsigned CI = 0; CI < T.Columns.size(); ++CI)
          if (T.Columns[CI].Name == Node.Name &&
              !T.Columns[CI].Type->valuesEnumClass().empty())
            Add({1, TI, CI, 0, 0},
                enumNode(T.Columns[CI].Type->valuesEnumClass()),
                LineageEdge::Enum);
    });
    return;
  case LineageNode::Class:
    forEachClass(N, [&](unsigned CI, const ir::MappedClass &C) {
      forEachMappedTable(CI, [&](unsigned Super, unsigned T, unsigned Level) {
        unsigned TableN = tableNode(T);
        if (Level == 0)
          Add({2, CI, 0, 0, 0}, TableN, LineageEdge::Maps);
        const ir::Table &Mapped = Schema.Tables[T];
        for (unsigned K = 0; K < Mapped.Columns.size(); ++K)
          if (!Mapped.Columns[K].Attribute.empty() &&
              mapsColumn(Super, T, Mapped.Columns[K].Name))
            Add({2, CI, 1, Level, K},
                *columnNode(TableN, Mapped.Columns[K].Name),
                LineageEdge::Attribute, Mapped.Columns[K].Attribute);
      });
      forEachNamedReference(CI, [&](NameTarget T, const NamedReference &Ref) {
        Add(Ref.Order, nodeOf(T), Ref.Kind, Ref.Detail);
      });
      for (unsigned AI = 0; AI < C.Computed.size(); ++AI)
        Add({2, CI, 4, AI, 0}, *attributeNode(N, C.Computed[AI].Name),
            LineageEdge::Attribute, C.Computed[AI].Name);
    });
    return;
  case LineageNode::Attribute:
    forEachClass(Node.Owner, [&](unsigned CI, const ir::MappedClass &C) {
      for (unsigned AI = 0; AI < C.Computed.size(); ++AI) {
        if (C.Computed[AI].Name != Node.Name)
          continue;
        const auto &Reads = C.Computed[AI].Reads;
        for (unsigned RI = 0; RI < Reads.size(); ++RI)
          if (auto T = findTable(Reads[RI].Schema, Reads[RI].Table))
            if (auto Col = columnNode(tableNode(*T), Reads[RI].Column))
              Add({2, CI, 4, AI, RI + 1}, *Col, LineageEdge::Reads);
        const auto &Through = C.Computed[AI].Through;
        for (unsigned K = 0; K < Through.size(); ++K) {
          auto Class = ClassByName.find(Through[K].Class);
          if (Class == ClassByName.end())
            continue;
          if (auto Read =
                  attributeNode(classNode(Class->second), Through[K].Name))
            Add({2, CI, 4, AI, unsigned(Reads.size()) + K + 1}, *Read,
                LineageEdge::Reads);
        }
      }
    });
    return;
  case LineageNode::Enum:
    return;
  }
}

void LineageGraph::addInEdges(unsigned N, std::vector<OrderedEdge> &Out) {
  buildReverseIndex();
  const LineageNode Node = Nodes[N];
  auto Add = [&](EdgeOrder O, unsigned From, LineageEdge::KindType Kind,
                 llvm::StringRef Detail = {}) {
    Out.push_back({O, {From, N, Kind, Detail}});
  };
  auto Named = [&](llvm::ArrayRef<NamedReference> Refs) {
    for (const NamedReference &R : Refs)
      Add(R.Order, classNode(R.Class), R.Kind, R.Detail);
  };
  switch (Node.Kind) {
  case LineageNode::Table:
    for (auto [TI, FI] : ForeignKeysTo[Node.Index])
      Add({0, TI, FI, 0, 0}, tableNode(TI), LineageEdge::ForeignKey);
    forEachTable(N, [&](unsigned TI, const ir::Table &) {
      for (auto [CI, Super, Level] : MappedBy[TI])
        if (Level == 0)
          Add({2, CI, 0, 0, 0}, classNode(CI), LineageEdge::Maps);
    });
    Named(TablesNamedBy[Node.Index]);
    return;
  case LineageNode::Column: {
    unsigned Table = Nodes[Node.Owner].Index;
    for (auto [TI, FI] : ForeignKeysTo[Table]) {
      const ir::ForeignKey &F = Schema.Tables[TI].ForeignKeys[FI];
      for (unsigned I = 0; I < F.Columns.size() && I < F.RefColumns.size(); ++I)
        if (F.RefColumns[I] == Node.Name)
          if (auto From = columnNode(tableNode(TI), F.Columns[I]))
            Add({0, TI, FI, I + 1, 0}, *From, LineageEdge::ForeignKey);
    }
    if (Scope == LineageScope::ForeignKeys)
      return;
    // Each class maps the table of its own MetaData.
    forEachTable(Node.Owner, [&](unsigned TI, const ir::Table &T) {
      for (auto [CI, Super, Level] : MappedBy[TI])
        for (unsigned K = 0; K < T.Columns.size(); ++K)
          if (T.Columns[K].Name == Node.Name &&
              !T.Columns[K].Attribute.empty() &&
              mapsColumn(Super, TI, Node.Name))
            Add({2, CI, 1, Level, K}, classNode(CI), LineageEdge::Attribute,
                T.Columns[K].Attribute);
    });
    for (auto [CI, AI, RI] : ReadsOf[Table]) {
      const ir::ComputedAttribute &A = Schema.Classes[CI].Computed[AI];
      if (A.Reads[RI].Column == Node.Name)
        Add({2, CI, 4, AI, RI + 1}, *attributeNode(classNode(CI), A.Name),
            LineageEdge::Reads);
    }
    return;
  }
  case LineageNode::Class:
    Named(ClassesNamedBy[Node.Index]);
    return;
  case LineageNode::Attribute:
    forEachClass(Node.Owner, [&](unsigned CI, const ir::MappedClass &C) {
      for (unsigned AI = 0; AI < C.Computed.size(); ++AI)
        if (C.Computed[AI].Name == Node.Name)
          Add({2, CI, 4, AI, 0}, Node.Owner, LineageEdge::Attribute,
              C.Computed[AI].Name);
    });
    for (auto [CI, AI, K] : AttributeReadsOf[Nodes[Node.Owner].Index]) {
      const ir::ComputedAttribute &A = Schema.Classes[CI].Computed[AI];
      if (A.Through[K].Name == Node.Name)
        Add({2, CI, 4, AI, unsigned(A.Reads.size()) + K + 1},
            *attributeNode(classNode(CI), A.Name), LineageEdge::Reads);
    }
    return;
  case LineageNode::Enum:
    findEnumColumns();
    for (auto [TI, CI] : EnumColumns->lookup(Node.Name))
      Add({1, TI, CI, 0, 0},
          *columnNode(tableNode(TI), Schema.Tables[TI].Columns[CI].Name),
          LineageEdge::Enum);
    if (auto It = EnumsNamedBy.find(Node.Name); It != EnumsNamedBy.end())
      Named(It->second);
    return;
  }
}

llvm::ArrayRef<LineageEdge> LineageGraph::edges(unsigned N, bool In) {
  auto &Cache = In ? InCache : OutCache;
  if (auto It = Cache.find(N); It != Cache.end())
    return It->second;
  Unordered.clear();
  if (In)
    addInEdges(N, Unordered);
  else
    addOutEdges(N, Unordered);
  llvm::stable_sort(Unordered, [](const OrderedEdge &A, const OrderedEdge &B) {
    return A.Order < B.Order;
  });
  std::vector<LineageEdge> &Edges = Cache[N];
  Edges.reserve(Unordered.size());
  for (const OrderedEdge &E : Unordered)
    Edges.push_back(E.Edge);
  return Edges;
}

std::vector<LineageEdge> LineageGraph::walk(unsigned Root, bool Downstream,
                                            unsigned Depth) {
  std::vector<LineageEdge> Result;
  // By node number (dense, in the order made): each node's distance from
  // the root, ~0u for one not reached.
  std::vector<unsigned> Level;
  auto Reach = [&](unsigned N, unsigned L) {
    if (N >= Level.size())
      Level.resize(std::max<size_t>(Nodes.size(), N + 1), ~0u);
    if (Level[N] != ~0u)
      return false;
    Level[N] = L;
    return true;
  };
  std::vector<unsigned> Queue;
  auto Start = [&](unsigned N) {
    if (Reach(N, 0))
      Queue.push_back(N);
  };
  Start(Root);
  // What depends on a table's columns depends on the table: all of them,
  // in the order of its tables'.
  if (Downstream && Nodes[Root].Kind == LineageNode::Table) {
    std::vector<llvm::StringRef> Names;
    forEachTable(Root, [&](unsigned, const ir::Table &T) {
      for (const ir::Column &C : T.Columns)
        Names.push_back(C.Name);
    });
    for (llvm::StringRef Name : Names)
      Start(*columnNode(Root, Name));
  }
  for (size_t Head = 0; Head < Queue.size(); ++Head) {
    unsigned N = Queue[Head];
    unsigned L = Level[N];
    if (Depth && L >= Depth)
      continue;
    for (const LineageEdge &E : edges(N, /*In=*/Downstream)) {
      unsigned Next = Downstream ? E.From : E.To;
      if (!Reach(Next, L + 1))
        continue;
      Result.push_back(E);
      Queue.push_back(Next);
    }
  }
  return Result;
}

} // namespace schemac::passes
