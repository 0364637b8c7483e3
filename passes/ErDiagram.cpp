//===- ErDiagram.cpp - The schema as an entity-relationship diagram ------===//

#include "passes/ErDiagram.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <fmt/format.h>

#include <map>
#include <set>

namespace schemac::passes {

namespace {

const ir::Table *findTable(const ir::Schema &S,
                           const std::optional<std::string> &Schema,
                           llvm::StringRef Name) {
  for (const ir::Table &T : S.Tables)
    if (T.Name == Name && (!Schema || T.Schema == Schema))
      return &T;
  return nullptr;
}

const ir::Table *refTable(const ir::Schema &S, const ir::ForeignKey &F) {
  return findTable(S, F.RefSchema, F.RefTable);
}

bool named(const ir::Table &T, const std::string &Name) {
  return Name == T.Name || Name == T.qualifiedName();
}

/// The tables to draw, in the schema's order.
std::vector<const ir::Table *> selected(const ir::Schema &S,
                                        const DiagramFocus &Focus) {
  std::vector<const ir::Table *> Out;
  if (Focus.Tables.empty()) {
    for (const ir::Table &T : S.Tables)
      Out.push_back(&T);
    return Out;
  }
  std::set<const ir::Table *> Keep;
  for (const ir::Table &T : S.Tables) {
    if (!llvm::any_of(Focus.Tables,
                      [&](const std::string &N) { return named(T, N); }))
      continue;
    Keep.insert(&T);
    // Neighbours: what it references, and what references it.
    for (const ir::ForeignKey &F : T.ForeignKeys)
      if (const ir::Table *R = refTable(S, F))
        Keep.insert(R);
    for (const ir::Table &Other : S.Tables)
      for (const ir::ForeignKey &F : Other.ForeignKeys)
        if (refTable(S, F) == &T)
          Keep.insert(&Other);
  }
  for (const ir::Table &T : S.Tables)
    if (Keep.count(&T))
      Out.push_back(&T);
  return Out;
}

/// Primary, foreign and unique key columns: what a diagram shows.
struct KeyColumn {
  const ir::Column *C;
  bool Primary, Foreign, Unique;
};
std::vector<KeyColumn> keyColumns(const ir::Table &T) {
  std::vector<KeyColumn> Out;
  for (const ir::Column &C : T.Columns) {
    bool Primary = llvm::is_contained(T.PrimaryKeyConstraint.Columns, C.Name);
    bool Foreign = llvm::any_of(T.ForeignKeys, [&](const ir::ForeignKey &F) {
      return llvm::is_contained(F.Columns, C.Name);
    });
    bool Unique =
        C.Unique ||
        llvm::any_of(T.UniqueConstraints,
                     [&](const ir::UniqueConstraint &U) {
                       return U.Columns.size() == 1 && U.Columns[0] == C.Name;
                     }) ||
        llvm::any_of(T.Indexes, [&](const ir::Index &I) {
          return I.Unique && I.Columns.size() == 1 && I.Columns[0] == C.Name;
        });
    if (Primary || Foreign || Unique)
      Out.push_back({&C, Primary, Foreign, Unique});
  }
  return Out;
}

/// Whether the foreign key's columns are unique in their table: one-to-one.
bool uniqueKey(const ir::Table &T, const ir::ForeignKey &F) {
  auto Same = [&](const std::vector<std::string> &Cols) {
    return Cols.size() == F.Columns.size() &&
           llvm::all_of(F.Columns, [&](const std::string &C) {
             return llvm::is_contained(Cols, C);
           });
  };
  if (Same(T.PrimaryKeyConstraint.Columns))
    return true;
  for (const ir::UniqueConstraint &U : T.UniqueConstraints)
    if (Same(U.Columns))
      return true;
  for (const ir::Index &I : T.Indexes)
    if (I.Unique && Same(I.Columns))
      return true;
  return F.Columns.size() == 1 && T.findColumn(F.Columns[0]) &&
         T.findColumn(F.Columns[0])->Unique;
}

bool nullableKey(const ir::Table &T, const ir::ForeignKey &F) {
  return llvm::any_of(F.Columns, [&](const std::string &Name) {
    const ir::Column *C = T.findColumn(Name);
    return C && C->Nullable;
  });
}

/// Mermaid identifiers: letters, digits, '_' and '-'.
std::string mermaidName(llvm::StringRef S) {
  std::string Out;
  for (char C : S)
    Out += llvm::isAlnum(C) || C == '_' || C == '-' ? C : '_';
  return Out;
}
/// A Mermaid attribute type: no spaces or commas.
std::string mermaidType(llvm::StringRef S) {
  std::string Out;
  for (char C : S)
    if (C == ' ')
      Out += '_';
    else if (C != ',')
      Out += C;
  return Out.empty() ? "UNKNOWN" : Out;
}

std::string html(llvm::StringRef S) {
  std::string Out;
  for (char C : S)
    Out += C == '<'   ? std::string("&lt;")
           : C == '>' ? std::string("&gt;")
           : C == '&' ? std::string("&amp;")
           : C == '"' ? std::string("&quot;")
                      : std::string(1, C);
  return Out;
}

/// Each foreign key between two drawn tables: (table, key, referenced).
template <typename Fn>
void forEachEdge(const ir::Schema &Schema,
                 const std::vector<const ir::Table *> &Tables, Fn F) {
  std::set<const ir::Table *> Drawn(Tables.begin(), Tables.end());
  for (const ir::Table *T : Tables)
    for (const ir::ForeignKey &Key : T->ForeignKeys)
      if (const ir::Table *R = refTable(Schema, Key); R && Drawn.count(R))
        F(*T, Key, *R);
}

std::string typeOf(const ir::Column &C, Dialect D) {
  return dialectType(C.Type, D).isUnknown() ? "" : renderColumnType(C.Type, D);
}

} // namespace

void emitChangeDiagram(const ir::Schema &Old, const ir::Schema &New,
                       const std::vector<Change> &Changes, Dialect D,
                       llvm::raw_ostream &OS) {
  // Per table (the name it has where it is drawn from): the rules fired on
  // each column, and on the table itself.
  struct Drawn {
    const ir::Table *T = nullptr;
    std::map<std::string, std::vector<std::string>> Columns;
    std::vector<std::string> Table;
  };
  std::map<std::string, Drawn> Tables;
  for (const Change &C : Changes) {
    std::string NewName = ir::qualifiedName(C.NewSchema, C.NewTable);
    const ir::Table *T = findTable(New, C.NewSchema, C.NewTable);
    std::string Name = NewName;
    if (!T) {
      T = findTable(Old, C.Schema, C.Table);
      Name = ir::qualifiedName(C.Schema, C.Table);
    }
    if (!T)
      continue;
    Drawn &E = Tables[Name];
    E.T = T;
    std::string Rule = ruleInfo(C.Rule).Id.str();
    if (C.NewColumn && T->findColumn(*C.NewColumn))
      E.Columns[*C.NewColumn].push_back(Rule);
    else if (C.Column)
      E.Columns[*C.Column].push_back(Rule);
    else
      E.Table.push_back(Rule);
  }
  OS << "erDiagram\n";
  for (auto &[Name, E] : Tables) {
    OS << "    " << mermaidName(Name) << " {\n";
    std::set<std::string> Shown;
    auto Line = [&](const ir::Column &C, llvm::StringRef Keys,
                    const std::vector<std::string> *Rules) {
      OS << "        " << mermaidType(typeOf(C, D)) << " "
         << mermaidName(C.Name);
      if (!Keys.empty())
        OS << " " << Keys;
      if (Rules)
        OS << " \"" << llvm::join(*Rules, ", ") << "\"";
      OS << "\n";
      Shown.insert(C.Name);
    };
    for (const KeyColumn &K : keyColumns(*E.T)) {
      std::string Keys = std::string(K.Primary ? "PK" : "");
      if (K.Foreign)
        Keys += Keys.empty() ? "FK" : ", FK";
      auto It = E.Columns.find(K.C->Name);
      Line(*K.C, Keys, It == E.Columns.end() ? nullptr : &It->second);
    }
    for (const ir::Column &C : E.T->Columns)
      if (!Shown.count(C.Name))
        if (auto It = E.Columns.find(C.Name); It != E.Columns.end())
          Line(C, "", &It->second);
    // Columns only the old schema has: dropped or renamed away.
    for (auto &[Column, Rules] : E.Columns)
      if (!Shown.count(Column))
        OS << "        DROPPED " << mermaidName(Column) << " \""
           << llvm::join(Rules, ", ") << "\"\n";
    OS << "    }\n";
  }
  for (auto &[Name, E] : Tables)
    for (const ir::ForeignKey &F : E.T->ForeignKeys)
      if (Tables.count(ir::qualifiedName(F.RefSchema, F.RefTable)))
        OS << "    " << mermaidName(ir::qualifiedName(F.RefSchema, F.RefTable))
           << " ||--o{ " << mermaidName(Name) << " : \""
           << llvm::join(F.Columns, ", ") << "\"\n";
}

std::vector<std::string> unknownFocusTables(const ir::Schema &Schema,
                                            const DiagramFocus &Focus) {
  std::vector<std::string> Out;
  for (const std::string &N : Focus.Tables)
    if (llvm::none_of(Schema.Tables,
                      [&](const ir::Table &T) { return named(T, N); }))
      Out.push_back(N);
  return Out;
}

void emitSchemaMermaid(const ir::Schema &Schema, Dialect D,
                       const DiagramFocus &Focus, llvm::raw_ostream &OS) {
  std::vector<const ir::Table *> Tables = selected(Schema, Focus);
  OS << "erDiagram\n";
  for (const ir::Table *T : Tables) {
    OS << "    " << mermaidName(T->qualifiedName()) << " {\n";
    for (const KeyColumn &K : keyColumns(*T)) {
      std::vector<std::string> Keys;
      if (K.Primary)
        Keys.push_back("PK");
      if (K.Foreign)
        Keys.push_back("FK");
      if (K.Unique && !K.Primary)
        Keys.push_back("UK");
      OS << "        " << mermaidType(typeOf(*K.C, D)) << " "
         << mermaidName(K.C->Name) << " " << llvm::join(Keys, ", ") << "\n";
    }
    OS << "    }\n";
  }
  forEachEdge(
      Schema, Tables,
      [&](const ir::Table &T, const ir::ForeignKey &F, const ir::Table &R) {
        // The referenced row: exactly one, or zero or one when the key may be
        // NULL; the referencing rows: zero or one when the key is unique.
        std::string Left = nullableKey(T, F) ? "|o" : "||";
        std::string Right = uniqueKey(T, F) ? "o|" : "o{";
        OS << "    " << mermaidName(R.qualifiedName()) << " " << Left << "--"
           << Right << " " << mermaidName(T.qualifiedName()) << " : \""
           << llvm::join(F.Columns, ", ") << "\"\n";
      });
}

void emitSchemaDot(const ir::Schema &Schema, Dialect D,
                   const DiagramFocus &Focus, llvm::raw_ostream &OS) {
  std::vector<const ir::Table *> Tables = selected(Schema, Focus);
  OS << "digraph schema {\n"
     << "  rankdir=LR;\n"
     << "  node [shape=plaintext, fontname=\"Helvetica\"];\n"
     << "  edge [arrowhead=crow, arrowtail=none, dir=both];\n";
  for (const ir::Table *T : Tables) {
    OS << "  \"" << T->qualifiedName() << "\" [label=<<table border=\"0\" "
       << "cellborder=\"1\" cellspacing=\"0\">"
       << "<tr><td bgcolor=\"lightgrey\"><b>" << html(T->qualifiedName())
       << "</b></td></tr>";
    for (const KeyColumn &K : keyColumns(*T)) {
      std::string Keys = std::string(K.Primary ? " PK" : "") +
                         (K.Foreign ? " FK" : "") +
                         (K.Unique && !K.Primary ? " UK" : "");
      OS << "<tr><td port=\"" << html(K.C->Name) << "\" align=\"left\">"
         << html(K.C->Name) << " " << html(typeOf(*K.C, D)) << Keys
         << "</td></tr>";
    }
    OS << "</table>>];\n";
  }
  forEachEdge(
      Schema, Tables,
      [&](const ir::Table &T, const ir::ForeignKey &F, const ir::Table &R) {
        OS << fmt::format(
            "  \"{}\":\"{}\" -> \"{}\":\"{}\" [label=\"{}\"];\n",
            R.qualifiedName(), F.RefColumns.empty() ? "" : F.RefColumns[0],
            T.qualifiedName(), F.Columns.empty() ? "" : F.Columns[0],
            llvm::join(F.Columns, ", "));
      });
  OS << "}\n";
}

} // namespace schemac::passes
