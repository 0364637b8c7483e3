//===- SchemaDiff.cpp - Changes between two schemas ----------------------===//
//
// Tables pair up by (schema, name), then by rename; columns by name, then by
// rename (SchemaDiffConstraints.cpp pairs the rest). What is left unpaired
// was added or removed.
//
//===----------------------------------------------------------------------===//

#include "passes/Differ.h"
#include "passes/TypeChange.h"

#include "ir/Compare.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"

#include <fmt/format.h>

#include <map>
#include <set>

namespace schemac::passes {

namespace {

constexpr DiffRuleInfo Rules[] = {
#define DIFF_RULE(Id, Kind, Severity, Summary)                                 \
  {#Id, ChangeKind::Kind, ChangeSeverity::Severity, Summary},
#include "passes/DiffRules.def"
};

} // namespace

namespace detail {

llvm::json::Array jsonNames(const Names &N) {
  llvm::json::Array A;
  for (const std::string &S : N)
    A.push_back(S);
  return A;
}

std::string comparableDefault(llvm::StringRef S) {
  S = S.trim();
  while (S.size() >= 2 && S.front() == '(' && S.back() == ')')
    S = S.drop_front().drop_back().trim();
  if (S.size() >= 2 && S.front() == '\'' && S.back() == '\'') {
    llvm::StringRef Inner = S.drop_front().drop_back();
    double Number;
    if (!Inner.empty() && !Inner.getAsDouble(Number))
      return Inner.str();
    if (Inner.equals_insensitive("true") || Inner.equals_insensitive("false"))
      return Inner.lower();
  }
  if (S.equals_insensitive("true") || S.equals_insensitive("false"))
    return S.lower();
  return S.str();
}

/// Same name, type and nullability column by column: the same table.
static bool sameColumns(const ir::Table &A, const ir::Table &B, Dialect D) {
  if (A.Columns.size() != B.Columns.size() || A.Columns.empty())
    return false;
  for (size_t I = 0; I < A.Columns.size(); ++I)
    if (A.Columns[I].Name != B.Columns[I].Name ||
        renderColumnType(A.Columns[I].Type, D) !=
            renderColumnType(B.Columns[I].Type, D) ||
        A.Columns[I].Nullable != B.Columns[I].Nullable)
      return false;
  return true;
}

void Differ::diffTables() {
  auto Key = [](const ir::Table &T) {
    return std::make_pair(T.Schema.value_or(""), T.Name);
  };
  // Two MetaData objects may each have a table of a name (a migration
  // script's throwaway Table beside the model's). The new tables of a name
  // pair with the old ones mapped by the same classes first, then with
  // those of the same columns, then in order.
  std::map<std::pair<std::string, std::string>, std::vector<const ir::Table *>>
      OldByKey;
  for (const ir::Table &T : Old.Tables)
    OldByKey[Key(T)].push_back(&T);
  std::set<const ir::Table *> OldMatched;
  std::map<const ir::Table *, const ir::Table *> PairOf; // new -> old
  auto Match = [&](auto Fits) {
    for (const ir::Table &T : New.Tables) {
      auto It = OldByKey.find(Key(T));
      if (PairOf.count(&T) || It == OldByKey.end())
        continue;
      for (const ir::Table *O : It->second)
        if (!OldMatched.count(O) && Fits(*O, T)) {
          PairOf[&T] = O;
          OldMatched.insert(O);
          break;
        }
    }
  };
  Match([](const ir::Table &O, const ir::Table &T) {
    return !T.Classes.empty() && O.Classes == T.Classes;
  });
  Match([&](const ir::Table &O, const ir::Table &T) {
    return sameColumns(O, T, Opt.D);
  });
  Match([](const ir::Table &, const ir::Table &) { return true; });
  std::vector<std::pair<const ir::Table *, const ir::Table *>> Pairs;
  std::vector<const ir::Table *> Added;
  for (const ir::Table &T : New.Tables) {
    if (auto It = PairOf.find(&T); It != PairOf.end())
      Pairs.emplace_back(It->second, &T);
    else
      Added.push_back(&T);
  }
  // Renames: a hint names the old table; else the same mapped class, or the
  // very same columns, under another name.
  auto Unmatched = [&](auto Pred) -> const ir::Table * {
    for (const ir::Table &T : Old.Tables)
      if (!OldMatched.count(&T) && Pred(T))
        return &T;
    return nullptr;
  };
  for (auto It = Added.begin(); It != Added.end();) {
    const ir::Table &T = **It;
    const ir::Table *From = nullptr;
    if (const RenameHint *H = hintFor(T, std::nullopt))
      From = Unmatched([&](const ir::Table &O) {
        return O.Name == H->OldName && O.Schema == T.Schema;
      });
    if (!From && !T.Classes.empty())
      From =
          Unmatched([&](const ir::Table &O) { return O.Classes == T.Classes; });
    // The same columns: only for a table of some substance (two tables of
    // just an id are not one), and only when no other table fits.
    if (!From && T.Columns.size() >= 2) {
      auto Same = [&](const ir::Table &O) { return sameColumns(O, T, Opt.D); };
      unsigned Fits = 0;
      for (const ir::Table &O : Old.Tables)
        Fits += !OldMatched.count(&O) && Same(O);
      const ir::Table *Candidate = Unmatched(Same);
      unsigned Rivals = 0;
      for (const ir::Table *N : Added)
        Rivals += Candidate && sameColumns(*Candidate, *N, Opt.D);
      if (Fits == 1 && Rivals == 1)
        From = Candidate;
    }
    if (!From) {
      ++It;
      continue;
    }
    OldMatched.insert(From);
    TableRenames[From->qualifiedName()] = T.qualifiedName();
    Change &C = add(DiffRule::TABLE_RENAMED, *From);
    C.Old = Properties{{"name", From->Name},
                       {"schema", optionalJson(From->Schema)}};
    C.New = Properties{{"name", T.Name}, {"schema", optionalJson(T.Schema)}};
    C.Message = fmt::format("table {} is renamed to {}; readers and writers "
                            "of the old name will fail",
                            From->qualifiedName(), T.qualifiedName());
    C.OldLoc = From->Where;
    C.NewLoc = T.Where;
    Pairs.emplace_back(From, &T);
    It = Added.erase(It);
  }
  for (const ir::Table *T : Added) {
    Change &C = add(DiffRule::TABLE_ADDED, *T);
    C.New = Properties{{"columns", static_cast<int64_t>(T->Columns.size())}};
    C.Message = fmt::format("table {} is added", T->qualifiedName());
    C.NewLoc = T->Where;
  }
  for (const ir::Table &T : Old.Tables)
    if (!OldMatched.count(&T)) {
      Change &C = add(DiffRule::TABLE_REMOVED, T);
      C.Old = Properties{{"columns", static_cast<int64_t>(T.Columns.size())}};
      C.Message =
          fmt::format("table {} is dropped; its readers and writers will fail",
                      T.qualifiedName());
      C.OldLoc = T.Where;
    }
  for (auto &[A, B] : Pairs) {
    NewTable = B;
    diffTable(*A, *B);
    NewTable = nullptr;
  }
}

void Differ::diffTable(const ir::Table &A, const ir::Table &B) {
  // Most tables of a large schema did not change. The same definition can
  // still differ where the sides render server defaults differently, or
  // where it references a table that was renamed.
  if (OldTraits.SqlAlchemy14 == NewTraits.SqlAlchemy14 &&
      OldTraits.MySQLExpressionDefaults == NewTraits.MySQLExpressionDefaults &&
      llvm::none_of(A.ForeignKeys,
                    [&](const ir::ForeignKey &FK) {
                      return TableRenames.count(
                          ir::qualifiedName(FK.RefSchema, FK.RefTable));
                    }) &&
      ir::sameDefinition(A, B))
    return;
  std::string AComment = A.Comment.value_or(""),
              BComment = B.Comment.value_or("");
  if (AComment != BComment) {
    Change &C = add(DiffRule::TABLE_COMMENT_CHANGED, A);
    C.Old = Properties{{"comment", optionalJson(A.Comment)}};
    C.New = Properties{{"comment", optionalJson(B.Comment)}};
    C.Message = fmt::format("comment of table {} changes", A.qualifiedName());
    C.OldLoc = A.Where;
    C.NewLoc = B.Where;
  }

  // Columns: by name, then renames.
  std::map<const ir::Column *, const ir::Column *> Pairs; // new -> old
  std::set<const ir::Column *> OldMatched;
  std::map<std::string, std::string> Renamed; // old name -> new name
  for (const ir::Column &CB : B.Columns)
    if (const ir::Column *CA = A.findColumn(CB.Name)) {
      Pairs[&CB] = CA;
      OldMatched.insert(CA);
    }
  auto UnmatchedOld = [&](auto Pred) -> const ir::Column * {
    for (const ir::Column &CA : A.Columns)
      if (!OldMatched.count(&CA) && Pred(CA))
        return &CA;
    return nullptr;
  };
  for (size_t I = 0; I < B.Columns.size(); ++I) {
    const ir::Column &CB = B.Columns[I];
    if (Pairs.count(&CB))
      continue;
    const ir::Column *From = nullptr;
    if (const RenameHint *H = hintFor(B, CB.Name))
      From = UnmatchedOld(
          [&](const ir::Column &CA) { return CA.Name == H->OldName; });
    // Column("new_name") under the same ORM attribute: renamed in the
    // database only.
    if (!From && !CB.Attribute.empty())
      From = UnmatchedOld(
          [&](const ir::Column &CA) { return CA.Attribute == CB.Attribute; });
    // The same place and the same definition.
    auto SameDefinition = [&](const ir::Column &CA, const ir::Column &X) {
      return typeText(CA) == typeText(X) && CA.Nullable == X.Nullable &&
             CA.PrimaryKey == X.PrimaryKey &&
             comparableDefault(serverDefault(CA, true)) ==
                 comparableDefault(serverDefault(X, false));
    };
    // The dropped columns of its definition, and the added ones: a place
    // pairs them only where they are as many (nine dropped and one added
    // are no rename of one of the nine).
    if (!From) {
      const ir::Column *Only = nullptr;
      unsigned Dropped = 0, AddedAlike = 0;
      for (const ir::Column &CA : A.Columns)
        if (!OldMatched.count(&CA) && SameDefinition(CA, CB)) {
          Only = &CA;
          ++Dropped;
        }
      for (const ir::Column &X : B.Columns)
        if (!Pairs.count(&X) && !A.findColumn(X.Name) && Only &&
            SameDefinition(*Only, X))
          ++AddedAlike;
      if (Dropped == AddedAlike)
        From = UnmatchedOld([&](const ir::Column &CA) {
          return size_t(&CA - A.Columns.data()) == I && SameDefinition(CA, CB);
        });
      // Elsewhere, but the only dropped column of that definition, and
      // this the only added one.
      if (!From && Dropped == 1 && AddedAlike == 1)
        From = Only;
    }
    if (!From)
      continue;
    Pairs[&CB] = From;
    OldMatched.insert(From);
    Renamed[From->Name] = CB.Name;
    NewColumn = &CB;
    Change &C = add(DiffRule::COLUMN_RENAMED, A, From->Name);
    NewColumn = nullptr;
    C.Old = Properties{{"name", From->Name}};
    C.New = Properties{{"name", CB.Name}};
    C.Message = fmt::format("column {}.{} is renamed to {}; readers and "
                            "writers of the old name will fail",
                            A.qualifiedName(), From->Name, CB.Name);
    C.OldLoc = From->Where;
    C.NewLoc = CB.Where;
  }
  for (const ir::Column &CB : B.Columns) {
    auto It = Pairs.find(&CB);
    if (It != Pairs.end()) {
      NewColumn = &CB;
      diffColumn(A, *It->second, CB);
      NewColumn = nullptr;
      continue;
    }
    bool Breaking = !CB.Nullable && !databaseFills(B, CB, false);
    Change &C =
        add(Breaking ? DiffRule::COLUMN_ADDED_NOT_NULL : DiffRule::COLUMN_ADDED,
            B, CB.Name);
    C.New = columnJson(CB, false);
    C.Message =
        Breaking
            ? fmt::format("column {}.{} is added as NOT NULL without a server "
                          "default; inserts that omit it fail, and so does "
                          "the migration on a table with rows",
                          B.qualifiedName(), CB.Name)
            : fmt::format("column {}.{} is added", B.qualifiedName(), CB.Name);
    C.NewLoc = CB.Where;
  }
  for (const ir::Column &CA : A.Columns)
    if (!OldMatched.count(&CA)) {
      Change &C = add(DiffRule::COLUMN_REMOVED, A, CA.Name);
      C.Old = columnJson(CA, true);
      C.Message = fmt::format("column {}.{} is dropped; readers of it will "
                              "fail",
                              A.qualifiedName(), CA.Name);
      C.OldLoc = CA.Where;
    }
  diffConstraints(A, B, Renamed);
}

void Differ::diffColumn(const ir::Table &A, const ir::Column &CA,
                        const ir::Column &CB) {
  diffType(A, CA, CB);
  auto Here = [&](Change &C) {
    C.OldLoc = CA.Where;
    C.NewLoc = CB.Where;
  };
  std::string Where = A.qualifiedName() + "." + CA.Name;
  if (CA.Nullable != CB.Nullable && !(CA.PrimaryKey && CB.PrimaryKey)) {
    DiffRule R = CB.Nullable ? DiffRule::COLUMN_MADE_NULLABLE
                 : !databaseFills(*NewTable, CB, false)
                     ? DiffRule::COLUMN_MADE_NOT_NULL
                     : DiffRule::COLUMN_MADE_NOT_NULL_WITH_DEFAULT;
    Change &C = add(R, A, CA.Name);
    C.Old = Properties{{"nullable", CA.Nullable}};
    C.New = Properties{{"nullable", CB.Nullable}};
    C.Message =
        CB.Nullable
            ? fmt::format("column {} becomes nullable; readers that expect "
                          "a value may get NULL",
                          Where)
            : fmt::format("column {} becomes NOT NULL{}", Where,
                          R == DiffRule::COLUMN_MADE_NOT_NULL
                              ? "; existing NULLs fail the migration and "
                                "inserts without it fail"
                              : "; existing NULLs fail the migration");
    Here(C);
  }
  llvm::json::Value DA = defaultJson(CA), DB = defaultJson(CB);
  if (DA != DB) {
    Change &C = add(DiffRule::DEFAULT_CHANGED, A, CA.Name);
    C.Old = Properties{{"default", std::move(DA)}};
    C.New = Properties{{"default", std::move(DB)}};
    C.Message = fmt::format("Python-side default of {} changes", Where);
    Here(C);
  }
  std::string SA = serverDefault(CA, true), SB = serverDefault(CB, false);
  if (comparableDefault(SA) != comparableDefault(SB)) {
    DiffRule R = SA.empty()   ? DiffRule::SERVER_DEFAULT_ADDED
                 : SB.empty() ? DiffRule::SERVER_DEFAULT_REMOVED
                              : DiffRule::SERVER_DEFAULT_CHANGED;
    Change &C = add(R, A, CA.Name);
    auto Value = [](const std::string &S) {
      return S.empty() ? llvm::json::Value(nullptr) : llvm::json::Value(S);
    };
    C.Old = Properties{{"server_default", Value(SA)}};
    C.New = Properties{{"server_default", Value(SB)}};
    C.Message = R == DiffRule::SERVER_DEFAULT_ADDED
                    ? fmt::format("server default {} is added to {}", SB, Where)
                : R == DiffRule::SERVER_DEFAULT_REMOVED
                    ? fmt::format("server default of {} is removed; inserts "
                                  "that omit the column get NULL or fail",
                                  Where)
                    : fmt::format("server default of {} changes from {} to {}",
                                  Where, SA, SB);
    Here(C);
  }
  diffGenerated(A, CA, CB);
  diffSequence(A, CA, CB);
  if (CA.Comment.value_or("") != CB.Comment.value_or("")) {
    Change &C = add(DiffRule::COLUMN_COMMENT_CHANGED, A, CA.Name);
    C.Old = Properties{{"comment", optionalJson(CA.Comment)}};
    C.New = Properties{{"comment", optionalJson(CB.Comment)}};
    C.Message = fmt::format("comment of column {} changes", Where);
    Here(C);
  }
}

void Differ::diffType(const ir::Table &A, const ir::Column &CA,
                      const ir::Column &CB) {
  std::string Where = A.qualifiedName() + "." + CA.Name;
  const ir::SqlType &TA = dialectType(CA.Type, Opt.D),
                    &TB = dialectType(CB.Type, Opt.D);
  // The column's type as the dialect renders it, on each side; a change of
  // it, and why it matters.
  std::string A1 = typeText(CA), B1 = typeText(CB);
  auto TypeChanged = [&](DiffRule R, llvm::StringRef Why) {
    Change &C = add(R, A, CA.Name);
    C.Old = Properties{{"type", A1}};
    C.New = Properties{{"type", B1}};
    C.Message =
        fmt::format("type of {} changes from {} to {}{}", Where, A1, B1, Why);
    C.OldLoc = CA.Where;
    C.NewLoc = CB.Where;
  };
  // An enum: its values, whatever the type's text (MySQL lists them, a
  // non-native enum's length follows the longest).
  if (TA.Class == "Enum" && TB.Class == "Enum") {
    const Names &VA = TA.EnumValues, &VB = TB.EnumValues;
    Names Kept;
    for (const std::string &V : VA)
      if (llvm::is_contained(VB, V))
        Kept.push_back(V);
    for (const std::string &V : VA)
      if (!llvm::is_contained(VB, V)) {
        Change &C = add(DiffRule::ENUM_VALUE_REMOVED, A, CA.Name);
        C.Name = V;
        C.Old = Properties{{"values", jsonNames(VA)}};
        C.New = Properties{{"values", jsonNames(VB)}};
        C.Message = fmt::format("enum value '{}' is removed from {}; rows "
                                "holding it break the migration and readers "
                                "that expect it",
                                V, Where);
        C.OldLoc = CA.Where;
        C.NewLoc = CB.Where;
      }
    // Added values: at the end (after every kept one) or in between.
    size_t LastKept = 0;
    for (size_t I = 0; I < VB.size(); ++I)
      if (llvm::is_contained(VA, VB[I]))
        LastKept = I + 1;
    Names NewOrderKept;
    for (size_t I = 0; I < VB.size(); ++I) {
      if (llvm::is_contained(VA, VB[I])) {
        NewOrderKept.push_back(VB[I]);
        continue;
      }
      bool AtEnd = I >= LastKept;
      Change &C = add(AtEnd ? DiffRule::ENUM_VALUE_ADDED
                            : DiffRule::ENUM_VALUE_INSERTED,
                      A, CA.Name);
      C.Name = VB[I];
      C.Old = Properties{{"values", jsonNames(VA)}};
      C.New = Properties{{"values", jsonNames(VB)}};
      C.Message =
          AtEnd ? fmt::format("enum value '{}' is added to {}", VB[I], Where)
                : fmt::format("enum value '{}' is added to {} before "
                              "existing values; their order changes",
                              VB[I], Where);
      C.OldLoc = CA.Where;
      C.NewLoc = CB.Where;
    }
    // Native or not, and the type's name where the database names it
    // (PostgreSQL's CREATE TYPE): another type to the database.
    auto Native = [](const ir::SqlType &T) {
      return T.boolArg("native_enum").value_or(true);
    };
    auto Name = [](const ir::SqlType &T) {
      const ir::Scalar *N = T.arg("name");
      return N && N->Kind == ir::Scalar::Str ? N->StrValue : std::string();
    };
    bool AnotherType =
        Native(TA) != Native(TB) ||
        (Opt.D == Dialect::PostgreSQL && Native(TA) && Name(TA) != Name(TB));
    if (AnotherType)
      TypeChanged(DiffRule::TYPE_CHANGED,
                  ": another enum type to the database");
    // Where the dialect stores it as VARCHAR of its longest value (not
    // native, SQLite), a longer or shorter value changes that column type.
    if (!AnotherType && llvm::StringRef(A1).starts_with("VARCHAR") &&
        llvm::StringRef(B1).starts_with("VARCHAR")) {
      TypeChangeKind K = classifyTypeChange(A1, B1, Opt.D);
      if (K == TypeChangeKind::Widened)
        TypeChanged(DiffRule::TYPE_WIDENED,
                    ", the length of its longest enum value: the migration "
                    "alters the column, or writers of the new values fail");
      else if (K == TypeChangeKind::Narrowed)
        TypeChanged(DiffRule::TYPE_NARROWED,
                    ", the length of its longest enum value: existing values "
                    "may not fit");
    }
    if (Kept != NewOrderKept) {
      Change &C = add(DiffRule::ENUM_VALUES_REORDERED, A, CA.Name);
      C.Old = Properties{{"values", jsonNames(VA)}};
      C.New = Properties{{"values", jsonNames(VB)}};
      C.Message = fmt::format("values of the enum of {} are reordered; "
                              "ORDER BY and comparisons on it change",
                              Where);
      C.OldLoc = CA.Where;
      C.NewLoc = CB.Where;
    }
    return;
  }
  // A type the analysis could not see on either side says nothing.
  if (A1.empty() || B1.empty())
    return;
  TypeChangeKind K = classifyTypeChange(A1, B1, Opt.D);
  if (K == TypeChangeKind::None)
    return;
  DiffRule R = K == TypeChangeKind::Widened || K == TypeChangeKind::Respelled
                   ? DiffRule::TYPE_WIDENED
               : K == TypeChangeKind::Narrowed ? DiffRule::TYPE_NARROWED
               : K == TypeChangeKind::TimeZone ? DiffRule::TYPE_TIMEZONE_CHANGED
                                               : DiffRule::TYPE_CHANGED;
  const char *Why =
      K == TypeChangeKind::Widened    ? "widened; the migration rewrites the "
                                        "table and readers may need to widen too"
      : K == TypeChangeKind::Narrowed ? "narrowed; existing values may not fit"
      : K == TypeChangeKind::Respelled
          ? "the same values under another type; readers that check the "
            "column's type see the change"
      : K == TypeChangeKind::TimeZone
          ? "its time zone handling changes; stored values are reinterpreted"
          : "a different kind of value; readers and writers break";
  TypeChanged(R, std::string(": ") + Why);
}

std::vector<Change> Differ::run() {
  diffTables();
  llvm::stable_sort(Out, [](const Change &X, const Change &Y) {
    auto Key = [](const Change &C) {
      return std::make_tuple(C.Schema.value_or(""), C.Table,
                             C.Column.value_or(""), changeKindName(C.Kind),
                             C.Name.value_or(""));
    };
    return Key(X) < Key(Y);
  });
  return std::move(Out);
}

/// Computed() and Identity(): what the database generates for a column.
void Differ::diffGenerated(const ir::Table &A, const ir::Column &CA,
                           const ir::Column &CB) {
  const ir::GeneratedColumn *GA = CA.Generated.get(), *GB = CB.Generated.get();
  if (GA == GB || (GA && GB && *GA == *GB))
    return;
  std::string Where = A.qualifiedName() + "." + CA.Name;
  auto Report = [&](DiffRule R, std::string Message) {
    Change &C = add(R, A, CA.Name);
    C.Old = Properties{{"generated", generatedJson(CA)}};
    C.New = Properties{{"generated", generatedJson(CB)}};
    C.Message = std::move(Message);
    C.OldLoc = CA.Where;
    C.NewLoc = CB.Where;
  };
  bool WasComputed = CA.isComputed(), IsComputed = CB.isComputed();
  if (IsComputed && !WasComputed)
    Report(DiffRule::COLUMN_MADE_COMPUTED,
           fmt::format("column {} becomes computed (GENERATED ALWAYS AS ({})); "
                       "writers that set it will fail",
                       Where, GB->SqlText));
  else if (WasComputed && !IsComputed)
    Report(DiffRule::COLUMN_NO_LONGER_COMPUTED,
           fmt::format("column {} is no longer computed; its values are no "
                       "longer kept up to date, and writers must set them",
                       Where));
  else if (WasComputed)
    Report(DiffRule::COMPUTED_COLUMN_CHANGED,
           fmt::format("computed column {} changes from ({}) to ({}); its "
                       "values are recomputed",
                       Where, GA->SqlText, GB->SqlText));
  bool WasIdentity = CA.isIdentity(), IsIdentity = CB.isIdentity();
  if (IsIdentity && !WasIdentity)
    Report(DiffRule::IDENTITY_ADDED,
           fmt::format("column {} becomes an identity column (GENERATED {} AS "
                       "IDENTITY)",
                       Where, GB->Always ? "ALWAYS" : "BY DEFAULT"));
  else if (WasIdentity && !IsIdentity)
    Report(DiffRule::IDENTITY_REMOVED,
           fmt::format("column {} is no longer an identity column; inserts "
                       "that leave it out get no value",
                       Where));
  else if (WasIdentity && GB->Always && !GA->Always)
    Report(DiffRule::IDENTITY_MADE_ALWAYS,
           fmt::format("identity column {} becomes GENERATED ALWAYS; inserts "
                       "that give it a value will fail",
                       Where));
  else if (WasIdentity)
    Report(DiffRule::IDENTITY_CHANGED,
           fmt::format("identity column {} changes its options", Where));
}

void Differ::diffSequence(const ir::Table &A, const ir::Column &CA,
                          const ir::Column &CB) {
  llvm::json::Value SA = sequenceJson(CA), SB = sequenceJson(CB);
  if (SA == SB)
    return;
  std::string Where = A.qualifiedName() + "." + CA.Name;
  auto Name = [](const ir::SequenceDef &Q) {
    return (Q.Schema ? *Q.Schema + "." : "") + Q.Name;
  };
  DiffRule R = !CA.DefaultSequence   ? DiffRule::COLUMN_SEQUENCE_ADDED
               : !CB.DefaultSequence ? DiffRule::COLUMN_SEQUENCE_REMOVED
                                     : DiffRule::COLUMN_SEQUENCE_CHANGED;
  Change &C = add(R, A, CA.Name);
  C.Old = Properties{{"sequence", std::move(SA)}};
  C.New = Properties{{"sequence", std::move(SB)}};
  if (R == DiffRule::COLUMN_SEQUENCE_ADDED)
    C.Message = fmt::format("column {} takes its values from sequence {}",
                            Where, Name(*CB.DefaultSequence));
  else if (R == DiffRule::COLUMN_SEQUENCE_REMOVED)
    C.Message = fmt::format("column {} no longer takes its values from "
                            "sequence {}; inserts that leave it out get none",
                            Where, Name(*CA.DefaultSequence));
  else if (Name(*CA.DefaultSequence) != Name(*CB.DefaultSequence))
    C.Message = fmt::format(
        "column {} takes its values from sequence {} instead of {}; the new "
        "one must exist and start past the values taken",
        Where, Name(*CB.DefaultSequence), Name(*CA.DefaultSequence));
  else
    C.Message = fmt::format("sequence {} of column {} changes its options; "
                            "the database's sequence keeps its own until "
                            "altered",
                            Name(*CB.DefaultSequence), Where);
  C.OldLoc = CA.Where;
  C.NewLoc = CB.Where;
}

} // namespace detail

llvm::StringRef changeKindName(ChangeKind K) {
  static const char *const Names[] = {
      "add_table",          "remove_table",
      "rename_table",       "add_column",
      "remove_column",      "rename_column",
      "modify_type",        "modify_nullable",
      "modify_default",     "modify_server_default",
      "modify_comment",     "modify_table_comment",
      "modify_primary_key", "add_index",
      "remove_index",       "add_unique",
      "remove_unique",      "add_fk",
      "remove_fk",          "add_check",
      "remove_check",       "add_enum_value",
      "remove_enum_value"};
  return Names[static_cast<int>(K)];
}

llvm::StringRef severityName(ChangeSeverity S) {
  switch (S) {
  case ChangeSeverity::Safe:
    return "safe";
  case ChangeSeverity::Warning:
    return "warning";
  case ChangeSeverity::Breaking:
    return "breaking";
  }
  return "";
}

const DiffRuleInfo &ruleInfo(DiffRule R) { return Rules[static_cast<int>(R)]; }

llvm::ArrayRef<DiffRuleInfo> allRules() { return Rules; }

std::optional<DiffRule> findRule(llvm::StringRef Id) {
  for (size_t I = 0; I < std::size(Rules); ++I)
    if (Rules[I].Id == Id)
      return static_cast<DiffRule>(I);
  return std::nullopt;
}

std::vector<Change> diffSchemas(const ir::Schema &Old, const ir::Schema &New,
                                const DiffOptions &Options) {
  return detail::Differ(Old, New, Options).run();
}

} // namespace schemac::passes
