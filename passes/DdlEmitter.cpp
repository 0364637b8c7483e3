//===- DdlEmitter.cpp - The schema as CREATE statements -------------------===//
//
// A port of the parts of sql/compiler.py DDLCompiler and of the dialects'
// DDL compilers (PGDDLCompiler, MySQLDDLCompiler, SQLiteDDLCompiler) that the
// IR has the facts for, and of SchemaGenerator's order of statements.
//
//===----------------------------------------------------------------------===//

#include "passes/DdlEmitter.h"

#include "ir/TableOrder.h"
#include "passes/SqlText.h"
#include "passes/TableOptions.h"
#include "passes/TypeClasses.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <set>
#include <tuple>

using llvm::StringRef;

namespace schemac::passes {

using ir::sortTables;
using ir::TableLookup;
using ir::TableOrder;

namespace {

//===----------------------------------------------------------------------===//
// Type facts the DDL compilers ask for
//===----------------------------------------------------------------------===//

bool isDecorator(const ir::SqlType &Type) {
  return Type.Inner && !Type.Opaque && !detail::isArrayType(Type);
}

/// A TypeDecorator's impl, as _type_affinity sees it: through every
/// decorator, and not per dialect.
const ir::SqlType &unwrapDecorators(const ir::SqlType &Type) {
  return isDecorator(Type) ? unwrapDecorators(*Type.Inner) : Type;
}

/// The type whose class a dialect's DDL compiler checks (SERIAL or
/// BIGSERIAL, MySQL's TIMESTAMP NULL): the column type's dialect_impl() with
/// one TypeDecorator taken off, the impl's own variant for the dialect
/// included, as get_column_specification() takes it. Null where a
/// TypeDecorator is left, which is no type class: a decorator over a
/// decorator, and under 1.4 a with_variant() type, as that is a Variant.
const ir::SqlType *compiledImpl(const ir::SqlType &Type, Dialect D,
                                bool SqlAlchemy14) {
  std::string Name = dialectName(D).str();
  const ir::SqlType &Impl = Type.forDialect(Name);
  if (SqlAlchemy14 && Type.WithVariant)
    return isDecorator(Impl) ? nullptr : &Impl;
  if (!isDecorator(Impl))
    return &Impl;
  const ir::SqlType &Inner = *Impl.Inner;
  if (isDecorator(Inner) || (SqlAlchemy14 && Inner.WithVariant))
    return nullptr;
  const ir::SqlType &InnerImpl = Inner.forDialect(Name);
  return isDecorator(InnerImpl) ? nullptr : &InnerImpl;
}

detail::TypeVisit typeVisit(const ir::SqlType *Type) {
  const detail::TypeClassInfo *Class =
      Type ? detail::findTypeClass(Type->Dialect, Type->Class) : nullptr;
  return Class ? Class->Visit : detail::TypeVisit::NullType;
}

/// What kind of number a type holds: its _type_affinity where
/// PrimaryKeyConstraint._autoincrement_column asks (Integer or Numeric), and
/// which integer class it is where PostgreSQL picks SERIAL, SMALLSERIAL or
/// BIGSERIAL.
enum class NumberKind { None, Integer, SmallInteger, BigInteger, Numeric };

NumberKind numberKind(const ir::SqlType *Type) {
  using V = detail::TypeVisit;
  switch (typeVisit(Type)) {
  case V::Integer:
  case V::INTEGER:
  case V::TINYINT: // mysql's TINYINT and MEDIUMINT are plain Integers
  case V::MEDIUMINT:
    return NumberKind::Integer;
  case V::SmallInteger:
  case V::SMALLINT:
    return NumberKind::SmallInteger;
  case V::BigInteger:
  case V::BIGINT:
    return NumberKind::BigInteger;
  case V::Numeric:
  case V::NUMERIC:
  case V::DECIMAL:
  case V::Float:
  case V::FLOAT:
  case V::REAL:
  case V::Double:
  case V::DOUBLE:
  case V::DOUBLE_PRECISION:
    return NumberKind::Numeric;
  default:
    return NumberKind::None;
  }
}

/// The PostgreSQL enum type a column of type \p Type (its PostgreSQL
/// variant) refers to by name, and create_all creates first: the type, a
/// TypeDecorator's impl or an ARRAY's item type, when that is a native enum
/// with a name whose create_type is not False.
const ir::SqlType *postgresqlEnumType(const ir::SqlType &Type,
                                      bool SqlAlchemy14) {
  // TypeDecorator and ARRAY pass the column on to their inner type, which
  // sets up the enum's DDL events. Under 1.4 an inner with_variant() type
  // is a Variant, which passes it on to each of its types, and the one for
  // PostgreSQL creates its enum there; 2.0 passes it to the type alone.
  if (Type.Inner && !Type.Opaque)
    return postgresqlEnumType(SqlAlchemy14 && Type.Inner->WithVariant
                                  ? Type.Inner->forDialect("postgresql")
                                  : *Type.Inner,
                              SqlAlchemy14);
  const detail::TypeClassInfo *Class =
      detail::findTypeClass(Type.Dialect, Type.Class);
  // mysql.ENUM is no named type; Enum and postgresql.ENUM are.
  if (!Class || Class->Visit != detail::TypeVisit::Enum)
    return nullptr;
  detail::TypeView T(Type, *Class);
  const ir::Scalar *CreateType = Type.arg("create_type");
  if (!T.flag("native_enum") || !T.flag("name") ||
      (CreateType && !detail::truthy(*CreateType)))
    return nullptr;
  return &Type;
}

//===----------------------------------------------------------------------===//
// The order of a table's constraints
//===----------------------------------------------------------------------===//

/// Whether a foreign key's constraint is one its column makes as it joins
/// the table (ForeignKey() given to the column), which comes after every
/// constraint written among the table's arguments.
bool isColumnForeignKey(const ir::Table &T, const ir::ForeignKey &FK) {
  return FK.OfColumn && FK.Columns.size() == 1 &&
         T.findColumn(FK.Columns.front());
}

/// One of a table's constraints after its primary key.
struct ConstraintRef {
  enum KindType { Unique, Check, ForeignKey } Kind;
  size_t Index; ///< Into the table's list of that kind.
};

/// The constraints CREATE TABLE lists after the primary key, in the order
/// SQLAlchemy created them (Table._sorted_constraints): first those written
/// among the table's arguments, in the order of their source positions;
/// then those each column makes as it joins the table, in column order: its
/// unique=True constraint, its type's CHECK, its foreign keys. Column-level
/// CHECKs go inline in their column instead.
std::vector<ConstraintRef> orderConstraints(const ir::Table &T) {
  std::vector<std::pair<ConstraintRef, const ir::Loc *>> Written;
  for (size_t I = 0; I < T.UniqueConstraints.size(); ++I)
    if (!T.UniqueConstraints[I].FromColumnFlag)
      Written.push_back(
          {{ConstraintRef::Unique, I}, &T.UniqueConstraints[I].Where});
  for (size_t I = 0; I < T.CheckConstraints.size(); ++I)
    if (!T.CheckConstraints[I].Column)
      Written.push_back(
          {{ConstraintRef::Check, I}, &T.CheckConstraints[I].Where});
  std::vector<bool> ColumnFK(T.ForeignKeys.size());
  for (size_t I = 0; I < T.ForeignKeys.size(); ++I) {
    ColumnFK[I] = isColumnForeignKey(T, T.ForeignKeys[I]);
    if (!ColumnFK[I])
      Written.push_back(
          {{ConstraintRef::ForeignKey, I}, &T.ForeignKeys[I].Where});
  }
  // Unknown positions last; positions in different files by file name, for
  // want of their modules' import order.
  llvm::stable_sort(Written, [](const auto &A, const auto &B) {
    const ir::Loc &LA = *A.second, &LB = *B.second;
    return std::make_tuple(!LA.isKnown(), LA.File, LA.Line, LA.Col) <
           std::make_tuple(!LB.isKnown(), LB.File, LB.Line, LB.Col);
  });
  std::vector<ConstraintRef> Out;
  for (const auto &W : Written)
    Out.push_back(W.first);

  for (const ir::Column &C : T.Columns) {
    for (size_t I = 0; I < T.UniqueConstraints.size(); ++I)
      if (T.UniqueConstraints[I].FromColumnFlag &&
          T.UniqueConstraints[I].Columns == std::vector<std::string>{C.Name})
        Out.push_back({ConstraintRef::Unique, I});
    for (size_t I = 0; I < T.CheckConstraints.size(); ++I)
      if (T.CheckConstraints[I].TypeBound &&
          T.CheckConstraints[I].Column == C.Name)
        Out.push_back({ConstraintRef::Check, I});
    for (size_t I = 0; I < T.ForeignKeys.size(); ++I)
      if (ColumnFK[I] && T.ForeignKeys[I].Columns.front() == C.Name)
        Out.push_back({ConstraintRef::ForeignKey, I});
  }
  return Out;
}

//===----------------------------------------------------------------------===//
// The compiler
//===----------------------------------------------------------------------===//

class DdlCompiler {
public:
  DdlCompiler(const ir::Schema &Schema, Dialect D)
      : Schema(Schema), Tables(Schema), D(D) {
    Traits.SqlAlchemy14 = Schema.SqlAlchemyVersion == "1.4";
  }

  std::vector<std::string> compile();

private:
  std::string quote(StringRef Name) const {
    return detail::quoteIfNeeded(Name, D);
  }
  std::string literal(StringRef Value) const {
    return detail::quoteStringLiteral(Value, D);
  }
  std::string quoteAll(const std::vector<std::string> &Names) const {
    return llvm::join(
        llvm::map_range(Names, [&](const std::string &N) { return quote(N); }),
        ", ");
  }
  std::string formatTable(const std::optional<std::string> &SchemaName,
                          StringRef Name, bool UseSchema = true) const {
    return (UseSchema && SchemaName ? quote(*SchemaName) + "." : "") +
           quote(Name);
  }
  std::string formatTable(const ir::Table &T) const {
    return formatTable(T.Schema, T.Name);
  }
  std::string preamble(const std::optional<std::string> &Name) const {
    return Name ? "CONSTRAINT " + quote(*Name) + " " : "";
  }

  const ir::Column *autoincrementColumn(const ir::Table &T) const;
  /// With sqlite_autoincrement=True, SQLite's only column of the primary
  /// key, an integer without a foreign key: its PRIMARY KEY AUTOINCREMENT
  /// is inline, and the table has no PRIMARY KEY constraint.
  const ir::Column *sqliteInlineKey(const ir::Table &T) const;
  /// \p InlineKey: \p C is sqliteInlineKey(T).
  std::string columnSpecification(const ir::Table &T, const ir::Column &C,
                                  bool Autoincrement, bool InlineKey) const;
  std::string primaryKey(const ir::Table &T, const ir::Column *AutoInc) const;
  std::optional<std::string> foreignKey(const ir::Table &T,
                                        const ir::ForeignKey &FK) const;
  /// visit_computed_column: PostgreSQL's generated columns are all stored.
  std::string computed(const ir::GeneratedColumn &G) const {
    std::string Text = "GENERATED ALWAYS AS (" + G.SqlText + ")";
    if (D == Dialect::PostgreSQL || G.Persisted == true)
      return Text + " STORED";
    return G.Persisted == false ? Text + " VIRTUAL" : Text;
  }
  std::string identity(const ir::GeneratedColumn &G) const {
    std::string Text = G.Always ? "GENERATED ALWAYS AS IDENTITY"
                                : "GENERATED BY DEFAULT AS IDENTITY";
    std::vector<std::string> Options = renderedOptions(G.Options);
    if (!Options.empty())
      Text += " (" + llvm::join(Options, " ") + ")";
    return Text;
  }
  /// ORDER is Oracle's, rendered on every dialect by 1.4 only.
  std::vector<std::string>
  renderedOptions(const std::vector<std::string> &Given) const {
    std::vector<std::string> Options;
    for (const std::string &Option : Given)
      if (Traits.SqlAlchemy14 || !StringRef(Option).ends_with("ORDER"))
        Options.push_back(Option);
    return Options;
  }
  /// What create_all makes of a sequence: PostgreSQL's alone of the three
  /// dialects has them, and leaves an optional one to SERIAL.
  void createSequence(const ir::SequenceDef &Q) {
    if (D != Dialect::PostgreSQL || Q.Optional)
      return;
    std::string Text = "CREATE SEQUENCE " + formatTable(Q.Schema, Q.Name);
    if (Q.DataType)
      Text += " AS " + renderColumnType(*Q.DataType, D);
    std::vector<std::string> Options = renderedOptions(Q.Options);
    // 1.4's visit_create_sequence starts at the dialect's sequence base.
    if (Traits.SqlAlchemy14 && !Q.HasStart) {
      auto At = Options.begin();
      if (At != Options.end() && StringRef(*At).starts_with("INCREMENT"))
        ++At;
      Options.insert(At, "START WITH 1");
    }
    if (!Options.empty())
      Text += " " + llvm::join(Options, " ");
    Statements.push_back(std::move(Text));
  }
  std::string check(const ir::CheckConstraint &K) const {
    return preamble(K.Name) + "CHECK (" + K.SqlText + ")" +
           ir::deferralClause(K.Deferred) + onConflict(K.SqliteOnConflict);
  }
  /// SQLite's ON CONFLICT clause of a constraint or a NOT NULL.
  std::string onConflict(const std::optional<std::string> &Clause) const {
    return D == Dialect::SQLite && Clause ? " ON CONFLICT " + *Clause : "";
  }
  /// \p Deferred: the foreign keys that are created later, by ALTER TABLE.
  std::string
  createTable(const ir::Table &T,
              llvm::function_ref<bool(const ir::ForeignKey &)> Deferred) const;
  std::string indexExpression(const ir::Table &T, StringRef Entry) const;
  void createIndexes(const ir::Table &T);
  std::string createIndex(const ir::Table &T, const ir::Index &I) const;
  void createEnumTypes();

  const ir::Schema &Schema;
  TableLookup Tables;
  Dialect D;
  ServerTraits Traits;
  std::vector<std::string> Statements;
};

/// Whether \p C is one of the columns of a foreign key of \p T.
static bool inForeignKey(const ir::Table &T, const ir::Column &C) {
  return llvm::any_of(T.ForeignKeys, [&](const ir::ForeignKey &F) {
    return llvm::is_contained(F.Columns, C.Name);
  });
}

const ir::Column *DdlCompiler::sqliteInlineKey(const ir::Table &T) const {
  const std::vector<std::string> &PK = T.PrimaryKeyConstraint.Columns;
  if (D != Dialect::SQLite || PK.size() != 1 ||
      detail::tableOption(T, "sqlite_autoincrement") != "True")
    return nullptr;
  const ir::Column *C = T.findColumn(PK.front());
  if (!C || inForeignKey(T, *C))
    return nullptr;
  NumberKind Kind = numberKind(&unwrapDecorators(C->Type));
  if (Kind == NumberKind::None || Kind == NumberKind::Numeric)
    return nullptr;
  return C;
}

/// PrimaryKeyConstraint._autoincrement_column: the integer (or numeric)
/// primary key column the database generates values for.
const ir::Column *DdlCompiler::autoincrementColumn(const ir::Table &T) const {
  const std::vector<std::string> &PK = T.PrimaryKeyConstraint.Columns;
  if (PK.size() != 1) {
    // Of several, only one marked autoincrement=True.
    for (const std::string &Name : PK)
      if (const ir::Column *C = T.findColumn(Name))
        if (C->Autoincrement == true)
          return C;
    return nullptr;
  }
  const ir::Column *C = T.findColumn(PK.front());
  if (!C || C->Autoincrement == false)
    return nullptr;
  if (C->Autoincrement == true)
    return C;
  // autoincrement="auto": a number without defaults and foreign keys.
  // A computed column's server default is its Computed; an identity
  // column's Identity does not count.
  if (numberKind(&unwrapDecorators(C->Type)) == NumberKind::None ||
      C->Default || C->ServerDefaultValue || C->isComputed() ||
      inForeignKey(T, *C))
    return nullptr;
  return C;
}

std::string DdlCompiler::columnSpecification(const ir::Table &T,
                                             const ir::Column &C,
                                             bool Autoincrement,
                                             bool InlineKey) const {
  const ir::SqlType &Type = dialectType(C.Type, D);
  std::string Text = quote(C.Name);
  std::optional<std::string> Default;
  if (C.ServerDefaultValue)
    Default = renderServerDefault(*C.ServerDefaultValue, Type, D, Traits);
  if (Default && Default->empty())
    Default.reset();
  bool HasIdentity = C.isIdentity() && D == Dialect::PostgreSQL;
  switch (D) {
  case Dialect::PostgreSQL:
    if (Autoincrement && !C.Default && !HasIdentity &&
        (!C.DefaultSequence || C.DefaultSequence->Optional)) {
      NumberKind Kind =
          numberKind(compiledImpl(C.Type, D, Traits.SqlAlchemy14));
      Text += Kind == NumberKind::BigInteger     ? " BIGSERIAL"
              : Kind == NumberKind::SmallInteger ? " SMALLSERIAL"
                                                 : " SERIAL";
    } else {
      Text += " " + renderColumnType(C.Type, D);
      if (Default)
        Text += " DEFAULT " + *Default;
    }
    if (C.isComputed())
      Text += " " + computed(*C.Generated);
    if (HasIdentity)
      Text += " " + identity(*C.Generated);
    if (!C.Nullable && !HasIdentity)
      Text += " NOT NULL";
    else if (C.Nullable && HasIdentity)
      Text += " NULL";
    break;
  case Dialect::MySQL:
    Text += " " + renderColumnType(C.Type, D);
    if (C.isComputed())
      Text += " " + computed(*C.Generated);
    if (!C.Nullable)
      Text += " NOT NULL";
    else if (typeVisit(compiledImpl(C.Type, D, Traits.SqlAlchemy14)) ==
             detail::TypeVisit::TIMESTAMP)
      Text += " NULL"; // else MySQL makes a TIMESTAMP NOT NULL
    if (C.Comment)
      Text += " COMMENT " + literal(*C.Comment);
    if (Autoincrement && !C.ServerDefaultValue)
      Text += " AUTO_INCREMENT";
    else if (Default)
      Text += " DEFAULT " + *Default;
    break;
  case Dialect::SQLite:
    Text += " " + renderColumnType(C.Type, D);
    if (Default)
      Text += " DEFAULT " + *Default;
    if (!C.Nullable) {
      Text += " NOT NULL";
      if (C.SqliteOnConflictNotNull)
        Text += onConflict(*C.SqliteOnConflictNotNull);
    }
    if (InlineKey)
      Text += " PRIMARY KEY" +
              onConflict(T.PrimaryKeyConstraint.SqliteOnConflict) +
              " AUTOINCREMENT";
    if (C.isComputed())
      Text += " " + computed(*C.Generated);
    break;
  }
  // Column-level CHECK constraints, inline (visit_create_column).
  for (const ir::CheckConstraint &K : T.CheckConstraints)
    if (K.Column == C.Name && !K.TypeBound)
      Text += " " + check(K);
  return Text;
}

std::string DdlCompiler::primaryKey(const ir::Table &T,
                                    const ir::Column *AutoInc) const {
  std::vector<std::string> Columns = T.PrimaryKeyConstraint.Columns;
  // The primary key the Table makes from primary_key=True columns
  // (_implicit_generated; one written as PrimaryKeyConstraint has a source
  // position) lists its autoincrement column first.
  if (AutoInc && !T.PrimaryKeyConstraint.Where.isKnown()) {
    llvm::erase(Columns, AutoInc->Name);
    Columns.insert(Columns.begin(), AutoInc->Name);
  }
  return preamble(T.PrimaryKeyConstraint.Name) + "PRIMARY KEY (" +
         quoteAll(Columns) + ")" +
         ir::deferralClause(T.PrimaryKeyConstraint.Deferred) +
         onConflict(T.PrimaryKeyConstraint.SqliteOnConflict);
}

std::optional<std::string>
DdlCompiler::foreignKey(const ir::Table &T, const ir::ForeignKey &FK) const {
  const ir::Table *Referred = Tables.referredTable(FK);
  std::optional<std::string> RefSchema =
      Referred ? Referred->Schema : FK.RefSchema;
  // SQLite can't refer to a table in another schema (database); SQLAlchemy
  // leaves such a foreign key out.
  if (D == Dialect::SQLite && RefSchema != T.Schema)
    return std::nullopt;
  std::string Text = preamble(FK.Name) + "FOREIGN KEY(" + quoteAll(FK.Columns) +
                     ") REFERENCES " +
                     formatTable(RefSchema, FK.RefTable,
                                 /*UseSchema=*/D != Dialect::SQLite) +
                     " (" + quoteAll(FK.RefColumns) + ")";
  if (FK.OnDelete)
    Text += " ON DELETE " + *FK.OnDelete;
  if (FK.OnUpdate)
    Text += " ON UPDATE " + *FK.OnUpdate;
  return Text + ir::deferralClause(FK.Deferred);
}

std::string DdlCompiler::createTable(
    const ir::Table &T,
    llvm::function_ref<bool(const ir::ForeignKey &)> Deferred) const {
  const ir::Column *AutoInc = autoincrementColumn(T);
  const ir::Column *InlineKey = sqliteInlineKey(T);
  std::string Text = "CREATE TABLE " + formatTable(T) + " (";
  StringRef Separator = "\n";
  for (const ir::Column &C : T.Columns) {
    Text += Separator.str() + "\t" +
            columnSpecification(T, C, &C == AutoInc, &C == InlineKey);
    Separator = ", \n";
  }
  std::vector<std::string> Constraints;
  if (!T.PrimaryKeyConstraint.Columns.empty() && !InlineKey)
    Constraints.push_back(primaryKey(T, AutoInc));
  for (const ConstraintRef &R : orderConstraints(T)) {
    switch (R.Kind) {
    case ConstraintRef::Unique: {
      const ir::UniqueConstraint &U = T.UniqueConstraints[R.Index];
      if (!U.Columns.empty())
        Constraints.push_back(
            preamble(U.Name) + "UNIQUE (" + quoteAll(U.Columns) + ")" +
            ir::deferralClause(U.Deferred) + onConflict(U.SqliteOnConflict));
      break;
    }
    case ConstraintRef::Check:
      Constraints.push_back(check(T.CheckConstraints[R.Index]));
      break;
    case ConstraintRef::ForeignKey:
      if (Deferred(T.ForeignKeys[R.Index]))
        break;
      if (std::optional<std::string> FK = foreignKey(T, T.ForeignKeys[R.Index]))
        Constraints.push_back(*FK);
      break;
    }
  }
  if (!Constraints.empty())
    Text += Separator.str() + "\t" + llvm::join(Constraints, ", \n\t");
  Text += "\n)" + detail::postCreateTable(T, D, Traits.SqlAlchemy14);
  return Text;
}

/// Whether \p Text is one parenthesized group, "(a NOT IN (1, 2))" (its
/// quoted names and strings skipped).
static bool isOneGroup(StringRef Text) {
  if (!Text.starts_with("("))
    return false;
  int Depth = 0;
  char Quote = 0;
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (Quote) {
      if (C == Quote)
        Quote = 0;
    } else if (C == '\'' || C == '"') {
      Quote = C;
    } else if (C == '(') {
      ++Depth;
    } else if (C == ')' && --Depth == 0) {
      return I + 1 == Text.size();
    }
  }
  return false;
}

/// An entry of an index: a column's name, or an expression's SQL text.
std::string DdlCompiler::indexExpression(const ir::Table &T,
                                         StringRef Entry) const {
  if (T.findColumn(Entry.str()))
    return quote(Entry);
  // Rendered for the dialect by lowering (renderSqlTexts).
  std::string Text = Entry.str();
  // The IR keeps an expression's text only: a text() that reads like a
  // call or an operation is taken for one.
  StringRef Name = StringRef(Text).take_while(
      [](char C) { return llvm::isAlnum(C) || C == '_' || C == '.'; });
  bool IsCall = !Name.empty() && Text.size() > Name.size() &&
                Text[Name.size()] == '(' && StringRef(Text).ends_with(")");
  bool IsOperation = !IsCall && Name.size() < Text.size() && !isOneGroup(Text);
  // desc(), asc(), nulls_first(): a UnaryExpression with a modifier, and
  // no operator.
  auto EndsWith = [&](StringRef Suffix) {
    return StringRef(Text).ends_with(Suffix);
  };
  bool IsDirection = EndsWith(" ASC") || EndsWith(" DESC");
  bool IsNullsOrdering = EndsWith(" NULLS FIRST") || EndsWith(" NULLS LAST");
  switch (D) {
  case Dialect::MySQL:
    // MySQL wants expressions in parentheses: its visit_create_index groups
    // a function (a cast() is none to it), a binary expression and a unary
    // one other than desc() and asc().
    if (IsCall ? Name != "CAST"
               : IsNullsOrdering || (IsOperation && !IsDirection))
      return "(" + Text + ")";
    break;
  case Dialect::PostgreSQL:
    // Its compiler groups an operator expression (self_group()), as CREATE
    // INDEX needs it: (data ->> 'kind'), (author COLLATE "C"), (-total); a
    // function call and an ordering stand alone.
    if (IsOperation && !IsDirection && !IsNullsOrdering)
      return "(" + Text + ")";
    break;
  case Dialect::SQLite:
    break;
  }
  return Text;
}

void DdlCompiler::createIndexes(const ir::Table &T) {
  std::vector<const ir::Index *> Indexes;
  for (const ir::Index &I : T.Indexes)
    // SQLAlchemy raises for an index without a name; ddl_if() keeps one
    // off other dialects.
    if (I.Name && (I.OnlyOnDialects.empty() ||
                   llvm::is_contained(I.OnlyOnDialects, dialectName(D))))
      Indexes.push_back(&I);
  llvm::stable_sort(Indexes, [](const ir::Index *A, const ir::Index *B) {
    return *A->Name < *B->Name;
  });
  for (const ir::Index *I : Indexes)
    Statements.push_back(createIndex(T, *I));
}

/// The dialect's visit_create_index, with the index's options for it.
std::string DdlCompiler::createIndex(const ir::Table &T,
                                     const ir::Index &I) const {
  StringRef Prefix = D == Dialect::PostgreSQL ? "postgresql_"
                     : D == Dialect::MySQL    ? "mysql_"
                                              : "sqlite_";
  // A list option's items, an option's value, a dict option's entries.
  auto Items = [&](StringRef Name) {
    std::string Keyword = (Prefix + Name).str();
    std::vector<std::string> Out;
    for (const auto &[K, Value] : I.DialectOptions)
      if (K == Keyword)
        Out.push_back(Value);
    return Out;
  };
  auto Option = [&](StringRef Name) -> std::optional<std::string> {
    std::vector<std::string> Values = Items(Name);
    if (Values.empty())
      return std::nullopt;
    return Values.front();
  };
  auto Entries = [&](StringRef Name) {
    std::vector<std::pair<std::string, std::string>> Out;
    std::string Start = (Prefix + Name + "[").str();
    for (const auto &[Keyword, Value] : I.DialectOptions)
      if (StringRef(Keyword).starts_with(Start) &&
          StringRef(Keyword).ends_with("]"))
        Out.emplace_back(
            StringRef(Keyword).drop_front(Start.size()).drop_back(), Value);
    return Out;
  };
  auto EntryFor = [](const std::vector<std::pair<std::string, std::string>> &E,
                     StringRef Key) -> const std::string * {
    for (const auto &[K, V] : E)
      if (K == Key)
        return &V;
    return nullptr;
  };

  std::string Text = I.Unique ? "CREATE UNIQUE " : "CREATE ";
  if (auto P = Option("prefix"); P && D == Dialect::MySQL)
    Text += *P + " ";
  Text += "INDEX ";
  if (Option("concurrently") && D == Dialect::PostgreSQL)
    Text += "CONCURRENTLY ";
  // SQLite qualifies the index, not the table, with the schema.
  if (D == Dialect::SQLite)
    Text += formatTable(T.Schema, *I.Name) + " ON " + quote(T.Name);
  else
    Text += quote(*I.Name) + " ON " + formatTable(T);
  if (auto Using = Option("using"); Using && D == Dialect::PostgreSQL)
    Text += " USING " + StringRef(*Using).lower();

  auto Ops = Entries("ops");
  auto Lengths = Entries("length");
  std::optional<std::string> Length = Option("length");
  std::vector<std::string> Columns;
  for (const std::string &E : I.Columns) {
    std::string Entry = indexExpression(T, E);
    if (D == Dialect::PostgreSQL && T.findColumn(E))
      if (const std::string *Op = EntryFor(Ops, E))
        Entry += " " + *Op;
    if (D == Dialect::MySQL) {
      // mysql_length: one length for every entry, or by column name.
      const std::string *Of = Length ? &*Length : EntryFor(Lengths, E);
      if (Of)
        Entry += "(" + *Of + ")";
    }
    Columns.push_back(std::move(Entry));
  }
  Text += " (" + llvm::join(Columns, ", ") + ")";

  if (D == Dialect::PostgreSQL) {
    if (std::vector<std::string> Include = Items("include"); !Include.empty())
      Text += " INCLUDE (" + quoteAll(Include) + ")";
    if (auto Nulls = Option("nulls_not_distinct"))
      Text += *Nulls == "True" ? " NULLS NOT DISTINCT" : " NULLS DISTINCT";
    std::vector<std::string> With;
    for (const auto &[Parameter, Value] : Entries("with"))
      With.push_back(Parameter + " = " + Value);
    if (!With.empty())
      Text += " WITH (" + llvm::join(With, ", ") + ")";
    if (auto Space = Option("tablespace"))
      Text += " TABLESPACE " + quote(*Space);
  }
  if (D == Dialect::MySQL) {
    if (auto Parser = Option("with_parser"))
      Text += " WITH PARSER " + *Parser;
    if (auto Using = Option("using"))
      Text += " USING " + quote(*Using);
  }
  if (auto Where = Option("where"); Where && D != Dialect::MySQL)
    Text += " WHERE " + detail::renderTextClause(*Where, D);
  return Text;
}

/// What the MetaData's before_create event creates on PostgreSQL: each
/// named enum type once. Each Enum listens for that event as its column
/// joins a table (SchemaType._set_table), so the types are created in the
/// order of ir::Column::Attached.
void DdlCompiler::createEnumTypes() {
  std::vector<std::pair<uint32_t, const ir::SqlType *>> Joined;
  // A replaced column's type first: it listened before the column that
  // replaced it, which may have joined in the same batch.
  for (const ir::DetachedType &T : Schema.DetachedTypes)
    if (const ir::SqlType *Enum =
            postgresqlEnumType(dialectType(T.Type, D), Traits.SqlAlchemy14))
      Joined.emplace_back(T.Attached, Enum);
  for (const ir::Table &T : Schema.Tables)
    for (const ir::Column &C : T.Columns)
      if (const ir::SqlType *Enum =
              postgresqlEnumType(dialectType(C.Type, D), Traits.SqlAlchemy14))
        Joined.emplace_back(C.Attached, Enum);
  llvm::stable_sort(Joined, llvm::less_first());
  std::set<std::string> Created;
  for (const auto &[Attached, Enum] : Joined) {
    // format_type(): the type's own name, whatever a @compiles function
    // renders the column's type as.
    ir::SqlType Named = *Enum;
    Named.ColSpec.clear();
    Named.RenderedAs = nullptr;
    Named.RenderedVisit.clear();
    std::string Name = renderType(Named, D);
    if (!Created.insert(Name).second)
      continue;
    std::vector<std::string> Values;
    for (const std::string &V : Enum->EnumValues)
      Values.push_back(literal(V));
    Statements.push_back("CREATE TYPE " + Name + " AS ENUM (" +
                         llvm::join(Values, ", ") + ")");
  }
}

std::vector<std::string> DdlCompiler::compile() {
  TableOrder Order = sortTables(Schema);
  if (D == Dialect::PostgreSQL)
    createEnumTypes();
  // SQLite has no ALTER TABLE ADD CONSTRAINT: every foreign key is inline.
  bool SupportsAlter = D != Dialect::SQLite;
  auto Deferred = [&](size_t Table, const ir::ForeignKey &FK) {
    return SupportsAlter && (Order.InCycle[Table] || FK.UseAlter);
  };
  for (const ir::SequenceDef &Q : Schema.Sequences)
    createSequence(Q);
  for (size_t I : Order.Tables) {
    const ir::Table &T = Schema.Tables[I];
    for (const ir::Column &C : T.Columns)
      if (C.DefaultSequence)
        createSequence(*C.DefaultSequence);
    Statements.push_back(createTable(
        T, [&](const ir::ForeignKey &FK) { return Deferred(I, FK); }));
    createIndexes(T);
    // PostgreSQL comments are statements of their own; MySQL's are inline
    // and SQLite has none.
    if (D != Dialect::PostgreSQL)
      continue;
    if (T.Comment)
      Statements.push_back("COMMENT ON TABLE " + formatTable(T) + " IS " +
                           literal(*T.Comment));
    for (const ir::Column &C : T.Columns)
      if (C.Comment)
        Statements.push_back("COMMENT ON COLUMN " + formatTable(T) + "." +
                             quote(C.Name) + " IS " + literal(*C.Comment));
  }

  // The foreign keys left out for cycles and use_alter. create_all takes
  // them from a set; here they come in the order of their tables and of
  // CREATE TABLE.
  for (size_t I : Order.Tables) {
    const ir::Table &T = Schema.Tables[I];
    for (const ConstraintRef &R : orderConstraints(T))
      if (R.Kind == ConstraintRef::ForeignKey &&
          Deferred(I, T.ForeignKeys[R.Index]))
        if (std::optional<std::string> FK =
                foreignKey(T, T.ForeignKeys[R.Index]))
          Statements.push_back("ALTER TABLE " + formatTable(T) + " ADD " + *FK);
  }
  return std::move(Statements);
}

} // namespace

std::vector<std::string> compileSchemaDdl(const ir::Schema &Schema, Dialect D) {
  return DdlCompiler(Schema, D).compile();
}

void emitSchemaDdl(const ir::Schema &Schema, Dialect D, llvm::raw_ostream &OS) {
  std::vector<std::string> Statements = compileSchemaDdl(Schema, D);
  for (size_t I = 0; I < Statements.size(); ++I)
    OS << (I ? "\n" : "") << Statements[I] << ";\n";
}

} // namespace schemac::passes
