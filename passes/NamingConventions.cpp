//===- NamingConventions.cpp - Constraint and index names -----------------===//
//
// A transcription of SQLAlchemy 2.0's sql/naming.py (ConventionDict,
// _get_convention, _constraint_name_for_table and the events that call it)
// and of IdentifierPreparer._truncate_and_render_maxlen_name. Where the
// Python code raises, the comments say so: the name is then left null and a
// diagnostic explains why, since SQLAlchemy would fail to import the models.
//
//===----------------------------------------------------------------------===//

#include "passes/NamingConventions.h"

#include "passes/PercentFormat.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/MD5.h"

#include <fmt/format.h>

#include <optional>

using namespace schemac;
using llvm::ArrayRef;
using llvm::StringRef;

namespace {

enum class Kind { PrimaryKey, ForeignKey, Unique, Check, Index };

struct KindInfo {
  StringRef Noun;
  /// The key of naming._prefix_dict.
  StringRef Prefix;
  StringRef Class;
};

const KindInfo &info(Kind K) {
  static const KindInfo Infos[] = {
      {"primary key", "pk", "PrimaryKeyConstraint"},
      {"foreign key", "fk", "ForeignKeyConstraint"},
      {"unique constraint", "uq", "UniqueConstraint"},
      {"check constraint", "ck", "CheckConstraint"},
      {"index", "ix", "Index"}};
  return Infos[static_cast<int>(K)];
}

/// The rest of each class's __mro__, which _get_convention walks.
ArrayRef<StringRef> bases(Kind K) {
  static const StringRef ConstraintBases[] = {"ColumnCollectionConstraint",
                                              "ColumnCollectionMixin",
                                              "Constraint",
                                              "DialectKWArgs",
                                              "HasConditionalDDL",
                                              "SchemaItem",
                                              "SchemaVisitable",
                                              "SchemaEventTarget",
                                              "EventTarget",
                                              "Visitable",
                                              "object"};
  static const StringRef IndexBases[] = {"DialectKWArgs",
                                         "ColumnCollectionMixin",
                                         "HasConditionalDDL",
                                         "SchemaItem",
                                         "SchemaVisitable",
                                         "SchemaEventTarget",
                                         "EventTarget",
                                         "Visitable",
                                         "object"};
  if (K == Kind::Index)
    return IndexBases;
  return ConstraintBases;
}

/// A class key may reach us as written, e.g. "sa.UniqueConstraint"; the
/// Python dict holds the class object itself, so only the last part counts.
StringRef className(StringRef Key) {
  size_t Dot = Key.rfind('.');
  return Dot == StringRef::npos ? Key : Key.drop_front(Dot + 1);
}

/// The convention's value for \p Key. The IR keeps the entries in the order
/// written, and in a Python dict display the last duplicate wins.
const std::string *findKey(const ir::NamingConvention &NC, StringRef Key,
                           bool AsClass) {
  for (const auto &[K, V] : llvm::reverse(NC))
    if ((AsClass ? className(K) : StringRef(K)) == Key)
      return &V;
  return nullptr;
}

/// naming._get_convention: the first class of the MRO that the convention
/// names, the short key before the class. Only the constraint's own class
/// has a short key.
const std::string *findTemplate(const ir::NamingConvention &NC, Kind K) {
  if (const std::string *T = findKey(NC, info(K).Prefix, /*AsClass=*/false))
    return T;
  if (const std::string *T = findKey(NC, info(K).Class, /*AsClass=*/true))
    return T;
  for (StringRef Base : bases(K))
    if (const std::string *T = findKey(NC, Base, /*AsClass=*/true))
      return T;
  return nullptr;
}

/// Whether \p Key names a template rather than a token callable.
bool isTypeKey(StringRef Key) {
  for (Kind K : {Kind::PrimaryKey, Kind::ForeignKey, Kind::Unique, Kind::Check,
                 Kind::Index})
    if (Key == info(K).Prefix || Key == info(K).Class ||
        llvm::is_contained(bases(K), Key))
      return true;
  return false;
}

/// str.replace(Old, New): every non-overlapping occurrence, left to right.
std::string replaceAll(StringRef S, StringRef Old, StringRef New) {
  std::string Out;
  size_t Pos;
  while ((Pos = S.find(Old)) != StringRef::npos) {
    Out += S.take_front(Pos);
    Out += New;
    S = S.drop_front(Pos + Old.size());
  }
  Out += S;
  return Out;
}

/// naming.ConventionDict for one constraint: resolves the %(token)s keys of a
/// template.
class ConventionDict {
public:
  ConventionDict(const ir::NamingConvention &NC, const ir::Table &Table,
                 const std::optional<std::string> &Name,
                 ArrayRef<std::string> Columns, const ir::ForeignKey *FK,
                 const ir::ConventionTokens &Tokens)
      : NC(NC), Table(Table), Name(Name), Columns(Columns), FK(FK),
        Tokens(Tokens) {}

  /// The value of \p Key, or std::nullopt with failure() set.
  std::optional<std::string> lookup(StringRef Key);

  /// Resolving %(constraint_name)s resets the constraint's name to None, so a
  /// template that then yields "" leaves the constraint unnamed.
  bool consumedName() const { return ConsumedName; }
  std::optional<passes::FormatFailure> &failure() { return Fail; }

private:
  std::nullopt_t fail(bool Raises, std::string Message) {
    Fail = passes::FormatFailure{Raises, std::move(Message)};
    return std::nullopt;
  }

  enum class Attr { Key, Name, Label };
  std::string columnX(size_t Idx, Attr A) const;
  std::optional<std::string> referredColumnX(size_t Idx);
  /// Whether ConventionDict has a _key_<Method>(idx) method.
  static bool isMethod(StringRef Method) {
    return Method == "column_X_key" || Method == "column_X_name" ||
           Method == "column_X_label" || Method == "referred_column_X_name";
  }
  std::optional<std::string> callMethod(StringRef Method, size_t Idx);
  std::optional<std::string> referredTableName();

  const ir::NamingConvention &NC;
  const ir::Table &Table;
  const std::optional<std::string> &Name;
  ArrayRef<std::string> Columns;
  const ir::ForeignKey *FK;
  const ir::ConventionTokens &Tokens;
  bool ConsumedName = false;
  std::optional<passes::FormatFailure> Fail;
};

std::string ConventionDict::columnX(size_t Idx, Attr A) const {
  // For an FK the columns are those of its elements, in order; past the end
  // the IndexError is caught and the token is empty.
  ArrayRef<std::string> Cols =
      FK ? ArrayRef<std::string>(FK->Columns) : Columns;
  if (Idx >= Cols.size())
    return "";
  const std::string &Col = Cols[Idx];
  if (A != Attr::Label)
    return Col;
  // Column._ddl_label: <schema>_<table>_<column>, dots of the schema as "_".
  std::string Label;
  if (Table.Schema && !Table.Schema->empty())
    Label = replaceAll(*Table.Schema, ".", "_") + "_";
  return Label + Table.Name + "_" + Col;
}

std::optional<std::string> ConventionDict::referredColumnX(size_t Idx) {
  if (!FK)
    return fail(true, "%(referred_column_N_name)s only applies to a "
                      "foreign key (the constraint has no attribute "
                      "'elements')");
  if (Idx >= FK->RefColumns.size())
    return fail(true, fmt::format("the foreign key has no referred column {} "
                                  "(IndexError: list index out of range)",
                                  Idx));
  return FK->RefColumns[Idx];
}

std::optional<std::string> ConventionDict::callMethod(StringRef Method,
                                                      size_t Idx) {
  if (Method == "column_X_key")
    return columnX(Idx, Attr::Key);
  if (Method == "column_X_name")
    return columnX(Idx, Attr::Name);
  if (Method == "column_X_label")
    return columnX(Idx, Attr::Label);
  return referredColumnX(Idx);
}

std::optional<std::string> ConventionDict::referredTableName() {
  if (!FK)
    return fail(true, "%(referred_table_name)s only applies to a foreign key "
                      "(the constraint has no attribute 'elements')");
  // ForeignKey.target_fullname split on dots: "table.col" or
  // "schema.table.col"; any other count leaves the Python variable unbound.
  std::string Full = FK->RefSchema ? *FK->RefSchema + "." : "";
  Full += FK->RefTable + "." +
          (FK->RefColumns.empty() ? std::string() : FK->RefColumns[0]);
  llvm::SmallVector<StringRef, 4> Parts;
  StringRef(Full).split(Parts, '.');
  if (Parts.size() == 3)
    return Parts[1].str();
  if (Parts.size() == 2)
    return Parts[0].str();
  return fail(true, fmt::format("the referred column '{}' has {} dotted parts; "
                                "SQLAlchemy expects 2 or 3",
                                Full, Parts.size()));
}

/// re.match(r".*_?column_(\d+)(_?N)?_.+", Key). The greedy ".*" makes the
/// last "column_" that the rest of the pattern fits the one that counts; "."
/// stops at a newline.
bool matchColumnToken(StringRef Key, StringRef &Digits, StringRef &Multiples) {
  Key = Key.take_until([](char C) { return C == '\n'; });
  for (size_t Pos = Key.rfind("column_"); Pos != StringRef::npos;
       Pos = Pos ? Key.take_front(Pos).rfind("column_") : StringRef::npos) {
    StringRef Rest = Key.drop_front(Pos + 7);
    StringRef D = Rest.take_while(llvm::isDigit);
    if (D.empty())
      continue;
    Rest = Rest.drop_front(D.size());
    // "(_?N)?" tries "_N", then "N", then nothing; then "_" and one more
    // character must follow.
    for (StringRef M : {"_N", "N", ""})
      if (Rest.starts_with(M) && Rest.drop_front(M.size()).size() >= 2 &&
          Rest.drop_front(M.size()).front() == '_') {
        Digits = D;
        Multiples = M;
        return true;
      }
  }
  return false;
}

/// An index past any list: the token then resolves as it does out of range.
size_t parseIndex(StringRef Digits) {
  size_t Idx;
  if (Digits.getAsInteger(10, Idx))
    return SIZE_MAX;
  return Idx;
}

std::optional<std::string> ConventionDict::lookup(StringRef Key) {
  // A key of the convention itself is a user callable, called with the
  // constraint and the table. The type keys hold templates, and calling a
  // str raises.
  if (findKey(NC, Key, /*AsClass=*/false)) {
    // sema ran the callable for this constraint where it could.
    for (const auto &[Token, Value] : Tokens)
      if (Token == Key)
        return Value;
    if (isTypeKey(Key))
      return fail(true, fmt::format("token %({})s names the convention's own "
                                    "'{}' template, which is not callable",
                                    Key, Key));
    return fail(false, fmt::format("token %({})s is a callable of the naming "
                                   "convention; its result is not known "
                                   "without running the code",
                                   Key));
  }
  if (Key == "table_name")
    return Table.Name;
  if (Key == "constraint_name") {
    if (!Name)
      return fail(true, "Naming convention including %(constraint_name)s "
                        "token requires that constraint is explicitly named.");
    ConsumedName = true;
    return *Name;
  }
  if (Key == "referred_table_name")
    return referredTableName();
  // The per-index methods exist under their own names too, but calling one
  // without its index raises a TypeError.
  if (isMethod(Key))
    return fail(true,
                fmt::format("token %({})s is missing its column index", Key));

  StringRef Digits, Multiples;
  if (matchColumnToken(Key, Digits, Multiples)) {
    if (!Multiples.empty()) {
      // column_0N_name, column_0_N_name: every column, joined with "" or "_".
      // Only a literal "0" before the N is understood, and only once there
      // is a column to apply the method to; an AttributeError from
      // referred_column_0N_name off a foreign key also becomes a KeyError.
      std::string Method = replaceAll(Key, ("0" + Multiples).str(), "X");
      size_t N = FK ? FK->Columns.size() : Columns.size();
      bool Known =
          isMethod(Method) && (FK || Method != "referred_column_X_name");
      if (Known || !N) {
        std::string Joined;
        for (size_t I = 0; I != N; ++I) {
          std::optional<std::string> R = callMethod(Method, I);
          if (!R)
            return std::nullopt;
          if (I && Multiples.starts_with("_"))
            Joined += '_';
          Joined += *R;
        }
        return Joined;
      }
    } else {
      std::string Method = replaceAll(Key, Digits, "X");
      if (isMethod(Method))
        return callMethod(Method, parseIndex(Digits));
    }
  }
  return fail(true, fmt::format("unknown naming convention token %({})s "
                                "(KeyError)",
                                Key));
}

/// What the naming events leave a constraint's name as.
struct Outcome {
  enum KindType { Keep, Set, Failed };
  KindType What = Keep;
  std::optional<std::string> Name;           ///< Set: the new name, or none.
  std::optional<passes::FormatFailure> Fail; ///< Failed: why.
};

/// Names the constraints and indexes of one table.
class Namer {
public:
  Namer(ir::Table &Table, const ir::NamingConvention &NC, unsigned MaxLength,
        std::vector<ir::Diagnostic> *Diags)
      : Table(Table), NC(NC), MaxLength(MaxLength), Diags(Diags) {}

  void name(Kind K, std::optional<std::string> &Name, bool NameIsFinal,
            ArrayRef<std::string> Columns, const ir::ForeignKey *FK,
            const ir::Loc &Where, const ir::ConventionTokens &Tokens);

  /// Every Table gets an implicit PrimaryKeyConstraint, which is named as
  /// soon as it is attached, before it has columns and whatever primary key
  /// the table ends up with; if that raises, the Table is never built.
  bool implicitPrimaryKeyBuilds();

private:
  /// _constraint_name_for_table and the event that assigns its result.
  Outcome conventionName(Kind K, const std::optional<std::string> &Name,
                         ArrayRef<std::string> Columns,
                         const ir::ForeignKey *FK,
                         const ir::ConventionTokens &Tokens) const;
  void reportFailure(Kind K, const passes::FormatFailure &F,
                     const ir::Loc &Where) {
    report(F.Raises ? ir::Diagnostic::Error : ir::Diagnostic::Warning,
           fmt::format("cannot name {} of table '{}' after naming convention "
                       "'{}': {}",
                       info(K).Noun, Table.Name, *findTemplate(NC, K),
                       F.Message),
           Where);
  }
  void report(ir::Diagnostic::SeverityKind Severity, std::string Message,
              const ir::Loc &Where) {
    if (Diags)
      Diags->push_back({Severity, std::move(Message),
                        Where.isKnown() ? Where : Table.Where});
  }

  ir::Table &Table;
  const ir::NamingConvention &NC;
  unsigned MaxLength;
  std::vector<ir::Diagnostic> *Diags;
};

Outcome Namer::conventionName(Kind K, const std::optional<std::string> &Name,
                              ArrayRef<std::string> Columns,
                              const ir::ForeignKey *FK,
                              const ir::ConventionTokens &Tokens) const {
  Outcome O;
  const std::string *Tmpl = findTemplate(NC, K);
  // An explicit name wins over a convention that does not build on it.
  if (!Tmpl || (Name && !StringRef(*Tmpl).contains("constraint_name")))
    return O;
  ConventionDict D(NC, Table, Name, Columns, FK, Tokens);
  std::optional<std::string> Result = passes::percentFormat(
      *Tmpl, [&](StringRef Key) { return D.lookup(Key); }, D.failure());
  if (!Result) {
    O.What = Outcome::Failed;
    O.Fail = std::move(D.failure());
    return O;
  }
  // The event only assigns a non-empty result, but resolving
  // %(constraint_name)s has already reset the name to None.
  if (Result->empty()) {
    if (D.consumedName())
      O.What = Outcome::Set;
    return O;
  }
  O.What = Outcome::Set;
  O.Name = passes::truncateConventionName(*Result, MaxLength);
  return O;
}

void Namer::name(Kind K, std::optional<std::string> &Name, bool NameIsFinal,
                 ArrayRef<std::string> Columns, const ir::ForeignKey *FK,
                 const ir::Loc &Where, const ir::ConventionTokens &Tokens) {
  // conv(): _constraint_name_for_table returns it as it is. Being a
  // _truncated_label, as a convention's result is, the DDL compiler
  // shortens it the same way.
  if (NameIsFinal && Name) {
    Name = passes::truncateConventionName(*Name, MaxLength);
    return;
  }
  Outcome O = conventionName(K, Name, Columns, FK, Tokens);
  switch (O.What) {
  case Outcome::Set:
    Name = std::move(O.Name);
    return;
  case Outcome::Failed:
    Name.reset();
    reportFailure(K, *O.Fail, Where);
    return;
  case Outcome::Keep:
    break;
  }
  // An explicit name is not truncated; SQLAlchemy's DDL compiler refuses one
  // over the dialect's max_identifier_length.
  if (Name && MaxLength && passes::pyLen(*Name) > MaxLength)
    report(ir::Diagnostic::Warning,
           fmt::format("{} name '{}' is longer than the dialect's limit of {} "
                       "characters",
                       info(K).Noun, *Name, MaxLength),
           Where);
}

bool Namer::implicitPrimaryKeyBuilds() {
  Outcome O = conventionName(Kind::PrimaryKey, std::nullopt, {}, nullptr,
                             Table.PrimaryKeyConstraint.Tokens);
  // A callable that fails here is beyond knowing; one that works names a
  // constraint that is renamed or replaced later.
  if (O.What != Outcome::Failed || !O.Fail->Raises)
    return true;
  reportFailure(Kind::PrimaryKey, *O.Fail, Table.PrimaryKeyConstraint.Where);
  return false;
}

/// ColumnCollectionMixin keeps its columns in a DedupeColumnCollection.
std::vector<std::string> dedupe(ArrayRef<std::string> Columns) {
  std::vector<std::string> Out;
  for (const std::string &C : Columns)
    if (!llvm::is_contained(Out, C))
      Out.push_back(C);
  return Out;
}

/// The table column an index expression counts as. SQLAlchemy takes the
/// first column of a breadth-first walk of the expression; we only have its
/// SQL text, so we take the mentioned column nested in the fewest
/// parentheses, the first of those. Function names (followed by "("),
/// qualifiers (followed by "."), types after "::", numbers and string
/// literals are not column mentions.
std::optional<std::string> expressionColumn(StringRef Sql,
                                            const ir::Table &Table) {
  auto IsIdentChar = [](char C) {
    return llvm::isAlnum(C) || C == '_' || C == '$' ||
           static_cast<unsigned char>(C) >= 0x80;
  };
  std::optional<std::string> Best;
  size_t BestDepth = SIZE_MAX, Depth = 0;
  size_t I = 0;
  while (I < Sql.size()) {
    char C = Sql[I];
    size_t Start = I;
    std::string Ident;
    if (C == '\'' || C == '"' || C == '`') {
      // A quoted literal or identifier; the quote doubles to escape itself.
      for (++I; I < Sql.size(); ++I) {
        if (Sql[I] != C)
          continue;
        if (I + 1 < Sql.size() && Sql[I + 1] == C)
          ++I;
        else
          break;
      }
      I = std::min(I + 1, Sql.size());
      if (C == '\'')
        continue;
      Ident = replaceAll(Sql.slice(Start + 1, I - 1), std::string(2, C),
                         std::string(1, C));
    } else if (IsIdentChar(C)) {
      while (I < Sql.size() && IsIdentChar(Sql[I]))
        ++I;
      if (llvm::isDigit(C))
        continue;
      Ident = Sql.slice(Start, I).str();
    } else {
      if (C == '(')
        ++Depth;
      else if (C == ')' && Depth)
        --Depth;
      ++I;
      continue;
    }
    StringRef After = Sql.drop_front(I).ltrim();
    if (After.starts_with("(") || After.starts_with(".") ||
        Sql.take_front(Start).rtrim().ends_with("::"))
      continue;
    if (Depth < BestDepth && Table.findColumn(Ident)) {
      Best = std::move(Ident);
      BestDepth = Depth;
    }
  }
  return Best;
}

} // namespace

std::string passes::truncateConventionName(StringRef Name, unsigned MaxLength) {
  size_t Len = passes::pyLen(Name);
  if (!MaxLength || Len <= MaxLength)
    return Name.str();
  // name[0 : max_ - 8], with Python's reading of a negative bound.
  long long Stop = static_cast<long long>(MaxLength) - 8;
  if (Stop < 0)
    Stop = std::max(0LL, static_cast<long long>(Len) + Stop);
  llvm::MD5 Hash;
  Hash.update(Name);
  llvm::MD5::MD5Result Digest;
  Hash.final(Digest);
  llvm::SmallString<32> Hex = Digest.digest();
  return (passes::pyPrefix(Name, Stop) + "_" + Hex.str().take_back(4)).str();
}

void passes::applyNamingConventions(ir::Table &Table,
                                    unsigned MaxIdentifierLength,
                                    std::vector<ir::Diagnostic> *Diags) {
  // MetaData(naming_convention=...) falls back to the default for any falsy
  // value, {} included.
  static const ir::NamingConvention Default = {{"ix", "ix_%(column_0_label)s"}};
  const ir::NamingConvention &NC =
      Table.Naming && !Table.Naming->empty() ? *Table.Naming : Default;
  Namer N(Table, NC, MaxIdentifierLength, Diags);

  ir::PrimaryKey &PK = Table.PrimaryKeyConstraint;
  // Without columns the DDL has no PRIMARY KEY clause to carry a name.
  if (!N.implicitPrimaryKeyBuilds() || PK.Columns.empty())
    PK.Name.reset();
  else
    N.name(Kind::PrimaryKey, PK.Name, PK.NameIsFinal, dedupe(PK.Columns),
           nullptr, PK.Where, PK.Tokens);

  for (ir::ForeignKey &FK : Table.ForeignKeys)
    N.name(Kind::ForeignKey, FK.Name, FK.NameIsFinal, {}, &FK, FK.Where,
           FK.Tokens);
  for (ir::UniqueConstraint &UQ : Table.UniqueConstraints)
    N.name(Kind::Unique, UQ.Name, UQ.NameIsFinal, dedupe(UQ.Columns), nullptr,
           UQ.Where, UQ.Tokens);
  // A CheckConstraint's columns are those its expression mentions; one
  // written as SQL text, the usual case, has none. The column a
  // column-level one is given to does not count.
  for (ir::CheckConstraint &CK : Table.CheckConstraints)
    N.name(Kind::Check, CK.Name, CK.NameIsFinal, {}, nullptr, CK.Where,
           CK.Tokens);
  for (ir::Index &IX : Table.Indexes) {
    std::vector<std::string> Columns;
    for (const std::string &Entry : IX.Columns) {
      if (Table.findColumn(Entry))
        Columns.push_back(Entry);
      else if (auto Col = expressionColumn(Entry, Table))
        Columns.push_back(std::move(*Col));
    }
    N.name(Kind::Index, IX.Name, IX.NameIsFinal, dedupe(Columns), nullptr,
           IX.Where, IX.Tokens);
  }
}
