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

/// A Mermaid string, as entity names, relationship labels and comments are
/// written: an entity name ends at '"', '%' or '\', and none takes a line
/// break. (Bare entity names would clash with Mermaid's keywords: "one",
/// "class", "style", ...)
std::string mermaidQuoted(llvm::StringRef S) {
  std::string Out = "\"";
  for (char C : S)
    Out +=
        C == '"' || C == '%' || C == '\\' || static_cast<unsigned char>(C) < ' '
            ? '_'
            : C;
  return Out + "\"";
}

/// A Mermaid attribute word, a column's name or type: a letter or '_', then
/// letters, digits, '-' and '_', and in a type also "()[]"; "PK", "FK" and
/// "UK" are keys. A name's other characters become '_'; in a type quotes go
/// and each run of other characters becomes one '_': NUMERIC(10_2),
/// ENUM(a_b), TIMESTAMP_WITH_TIME_ZONE.
std::string mermaidWord(llvm::StringRef S, bool Type) {
  std::string Out;
  for (char C : S) {
    if (llvm::isAlnum(C) || C == '_' || C == '-' ||
        (Type && llvm::StringRef("()[]").contains(C)))
      Out += C;
    else if (!Type)
      Out += '_';
    else if (C != '"' && C != '\'' && (Out.empty() || Out.back() != '_'))
      Out += '_';
  }
  if (Out.empty())
    return Type ? "UNKNOWN" : "_";
  llvm::StringRef Head = llvm::StringRef(Out).take_front(2);
  bool Key = (Head.equals_insensitive("PK") || Head.equals_insensitive("FK") ||
              Head.equals_insensitive("UK")) &&
             (Out.size() == 2 || !(llvm::isAlnum(Out[2]) || Out[2] == '_'));
  if (Key || !(llvm::isAlpha(Out[0]) || Out[0] == '_'))
    Out.insert(0, "_");
  return Out;
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

/// The port of the row of a key's first column in its table's node: "c" and
/// the column's position (a name may hold ':', which DOT takes for a compass
/// point), or none when the node does not show that column.
std::string dotPort(const ir::Table &T,
                    const std::vector<std::string> &Columns) {
  if (!Columns.empty())
    for (const KeyColumn &K : keyColumns(T))
      if (K.C->Name == Columns[0])
        return fmt::format(":\"c{}\"", K.C - T.Columns.data());
  return "";
}

std::string typeOf(const ir::Column &C, Dialect D) {
  return dialectType(C.Type, D).isUnknown() ? "" : renderColumnType(C.Type, D);
}

} // namespace

std::string dotQuoted(llvm::StringRef S) {
  std::string Out = "\"";
  for (char C : S) {
    if (C == '"' || C == '\\')
      Out += '\\';
    Out += C;
  }
  return Out + "\"";
}

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
    OS << "    " << mermaidQuoted(Name) << " {\n";
    std::set<std::string> Shown;
    auto Line = [&](const ir::Column &C, llvm::StringRef Keys,
                    const std::vector<std::string> *Rules) {
      OS << "        " << mermaidWord(typeOf(C, D), /*Type=*/true) << " "
         << mermaidWord(C.Name, /*Type=*/false);
      if (!Keys.empty())
        OS << " " << Keys;
      if (Rules)
        OS << " " << mermaidQuoted(llvm::join(*Rules, ", "));
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
        OS << "        DROPPED " << mermaidWord(Column, /*Type=*/false) << " "
           << mermaidQuoted(llvm::join(Rules, ", ")) << "\n";
    OS << "    }\n";
  }
  for (auto &[Name, E] : Tables)
    for (const ir::ForeignKey &F : E.T->ForeignKeys)
      if (Tables.count(ir::qualifiedName(F.RefSchema, F.RefTable)))
        OS << "    "
           << mermaidQuoted(ir::qualifiedName(F.RefSchema, F.RefTable))
           << " ||--o{ " << mermaidQuoted(Name) << " : "
           << mermaidQuoted(llvm::join(F.Columns, ", ")) << "\n";
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
    OS << "    " << mermaidQuoted(T->qualifiedName()) << " {\n";
    for (const KeyColumn &K : keyColumns(*T)) {
      std::vector<std::string> Keys;
      if (K.Primary)
        Keys.push_back("PK");
      if (K.Foreign)
        Keys.push_back("FK");
      if (K.Unique && !K.Primary)
        Keys.push_back("UK");
      OS << "        " << mermaidWord(typeOf(*K.C, D), /*Type=*/true) << " "
         << mermaidWord(K.C->Name, /*Type=*/false) << " "
         << llvm::join(Keys, ", ") << "\n";
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
        OS << "    " << mermaidQuoted(R.qualifiedName()) << " " << Left << "--"
           << Right << " " << mermaidQuoted(T.qualifiedName()) << " : "
           << mermaidQuoted(llvm::join(F.Columns, ", ")) << "\n";
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
    OS << "  " << dotQuoted(T->qualifiedName())
       << " [label=<<table border=\"0\" "
       << "cellborder=\"1\" cellspacing=\"0\">"
       << "<tr><td bgcolor=\"lightgrey\"><b>" << html(T->qualifiedName())
       << "</b></td></tr>";
    for (const KeyColumn &K : keyColumns(*T)) {
      std::string Keys = std::string(K.Primary ? " PK" : "") +
                         (K.Foreign ? " FK" : "") +
                         (K.Unique && !K.Primary ? " UK" : "");
      OS << "<tr><td port=\"c" << K.C - T->Columns.data()
         << "\" align=\"left\">" << html(K.C->Name) << " "
         << html(typeOf(*K.C, D)) << Keys << "</td></tr>";
    }
    OS << "</table>>];\n";
  }
  forEachEdge(
      Schema, Tables,
      [&](const ir::Table &T, const ir::ForeignKey &F, const ir::Table &R) {
        OS << "  " << dotQuoted(R.qualifiedName()) << dotPort(R, F.RefColumns)
           << " -> " << dotQuoted(T.qualifiedName()) << dotPort(T, F.Columns)
           << " [label=" << dotQuoted(llvm::join(F.Columns, ", ")) << "];\n";
      });
  OS << "}\n";
}

} // namespace schemac::passes
