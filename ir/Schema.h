//===- Schema.h - The typed schema IR -------------------------*- C++ -*-===//
//
// What sema builds from the models and every later pass reads: tables with
// their columns, constraints and indexes, and the mapped classes with their
// relationships and inheritance. Each element records where in the source it
// was defined. Types keep the SQLAlchemy class they were written as and the
// arguments it was given; DialectLowering turns them into DDL text. An
// attribute added here is written and read in Bytecode.cpp (the analysis
// cache) and compared in Compare.cpp (the diff's shortcut for tables that
// did not change).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_SCHEMA_H
#define SCHEMAC_IR_SCHEMA_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace schemac::ir {

/// A file name that lives as long as the process: every element of a large
/// schema records one, and a project has few files.
llvm::StringRef internFileName(llvm::StringRef Name);

/// In SQL text sema renders from expressions (a CHECK's, an expression
/// index's, a SQL default's), a column's name stands between two of these:
/// whether it is quoted, and how, is the dialect's to say (lowering does).
inline constexpr char IdentifierMark = '\x1f';

inline std::string markIdentifier(llvm::StringRef Name) {
  return IdentifierMark + Name.str() + IdentifierMark;
}

/// \p Text with each marked name replaced by \p Quote(name).
std::string
resolveIdentifiers(llvm::StringRef Text,
                   llvm::function_ref<std::string(llvm::StringRef)> Quote);

/// In the same text, a SQL function call: FunctionMark, the function's
/// name (dotted, func.pkg.name), each argument after an ArgumentMark, then
/// FunctionEnd. How the call is written (a keyword, another name) is the
/// dialect's to say (func.now() is CURRENT_TIMESTAMP on SQLite).
inline constexpr char FunctionMark = '\x1e';
inline constexpr char ArgumentMark = '\x1c';
inline constexpr char FunctionEnd = '\x1d';

std::string markFunction(llvm::StringRef Name,
                         llvm::ArrayRef<std::string> Args);

/// \p Text with each marked call replaced by \p Render(name, arguments),
/// the arguments' own calls rendered first.
std::string resolveFunctions(
    llvm::StringRef Text,
    llvm::function_ref<std::string(llvm::StringRef,
                                   const std::vector<std::string> &)>
        Render);

/// cast(expr, type): a marked call of this name, whose arguments are the
/// operand, the type (castType() reads it back) and "1" where the operand is
/// an operator's expression (which MySQL, where it leaves the CAST out,
/// writes in parentheses). The dialect writes the type: CAST(x AS SIGNED
/// INTEGER) on MySQL.
inline constexpr llvm::StringLiteral CastFunction = "\x02"
                                                    "cast";
struct SqlType;
std::string markCast(llvm::StringRef Operand, const SqlType &Type,
                     bool OperatorOperand);
/// A Boolean literal (a Python bool, true(), literal(False)): a marked call
/// of this name with "1" or "0", which the dialect writes (true and false,
/// 1 and 0 on SQLite).
inline constexpr llvm::StringLiteral BooleanFunction = "\x02"
                                                       "bool";
/// A Boolean column as a condition (and_(flag, ...), ~flag): a marked call
/// of this name with the operand and "1" (is true) or "0" (is false). A
/// dialect with no native boolean compares it with 1 or 0, as SQLAlchemy's
/// compiler does (visit_is_true_unary_operator).
inline constexpr llvm::StringLiteral TruthFunction = "\x02"
                                                     "truth";

/// The type of a marked cast, from its arguments; nullopt if they are none.
std::optional<SqlType> castType(const std::vector<std::string> &Args);

/// \p Text with each marked name as it is, unquoted, and each call as
/// name(arguments).
std::string plainIdentifiers(llvm::StringRef Text);

/// A source position: the file relative to the project root (interned),
/// 1-based line and column. An empty File means the element has no single
/// source place.
struct Loc {
  llvm::StringRef File;
  unsigned Line = 0;
  unsigned Col = 0;

  bool isKnown() const { return !File.empty(); }
};

/// "schema.name", or the name alone where there is no schema: how tables
/// are named across the passes and reports.
inline std::string qualifiedName(const std::optional<std::string> &Schema,
                                 llvm::StringRef Name) {
  return Schema ? *Schema + "." + Name.str() : Name.str();
}

/// A Python constant as a type or default argument holds it.
struct Scalar {
  enum KindType : uint8_t { None, Bool, Int, Float, Str };
  KindType Kind = None;
  bool BoolValue = false;
  int64_t IntValue = 0;
  double FloatValue = 0;
  std::string StrValue;

  static Scalar none() { return {}; }
  static Scalar boolean(bool V) {
    Scalar S;
    S.Kind = Bool;
    S.BoolValue = V;
    return S;
  }
  static Scalar integer(int64_t V) {
    Scalar S;
    S.Kind = Int;
    S.IntValue = V;
    return S;
  }
  static Scalar real(double V) {
    Scalar S;
    S.Kind = Float;
    S.FloatValue = V;
    return S;
  }
  static Scalar string(std::string V) {
    Scalar S;
    S.Kind = Str;
    S.StrValue = std::move(V);
    return S;
  }
};

/// A column type as written: the SQLAlchemy class and its arguments.
struct SqlType {
  /// The class name as SQLAlchemy spells it: "Integer", "String", "VARCHAR",
  /// "Numeric", "DateTime", "Enum", "ARRAY", "JSONB", ...
  std::string Class;
  /// "" for the generic types of sqlalchemy.types; "postgresql", "mysql",
  /// "sqlite" (or "mssql", "oracle") for a dialect's own type classes.
  std::string Dialect;
  /// Constructor arguments bound to their parameter names, in the order of
  /// the signature: length, precision, scale, timezone, collation, ...
  std::vector<std::pair<std::string, Scalar>> Args;
  /// Enum: the values in declaration order (a Python enum's member names,
  /// as SQLAlchemy stores them, unless values_callable says otherwise).
  std::vector<std::string> EnumValues;
  /// Enum made from a Python enum class: its qualified name (lineage).
  std::string EnumClass;
  /// ARRAY: the element type; a TypeDecorator: its impl.
  std::shared_ptr<SqlType> Inner;
  /// A user type the analysis could not see through (UserDefinedType with no
  /// known get_col_spec, an opaque third-party class): rendered as its class.
  /// With an empty Class, the analysis knows nothing of the type.
  bool Opaque = false;
  /// Some constructor argument could not be evaluated (reported where it
  /// was): rendered without it, as what SQLAlchemy makes of the type is not
  /// known -- no claim that it raises for want of a length.
  bool UnknownArguments = false;
  /// Its Variants start with with_variant()'s: under SQLAlchemy 1.4 the
  /// type is a Variant, a TypeDecorator of its own around it, which a
  /// dialect's DDL compiler does not see through.
  bool WithVariant = false;

  bool isUnknown() const { return Opaque && Class.empty(); }
  /// The Python enum class whose values the type stores: its own, or that
  /// of the type it wraps (a TypeDecorator's impl, an ARRAY's items).
  const std::string &valuesEnumClass() const {
    return EnumClass.empty() && Inner ? Inner->valuesEnumClass() : EnumClass;
  }
  /// The DDL text itself: UserDefinedType.get_col_spec(), or what a
  /// @compiles function renders (in a variant for its dialect).
  std::string ColSpec;
  /// What a @compiles function hands back to the type compiler instead of
  /// text (in a variant for its dialect): the type of
  /// `compiler.process(String(36))`, or of `compiler.visit_JSON(type_)`
  /// with RenderedVisit. The DDL is that type's on the dialect, while the
  /// type itself is still what the column has (an Enum keeps its CREATE
  /// TYPE).
  std::shared_ptr<SqlType> RenderedAs;
  /// The visit of the dialect's type compiler that renders RenderedAs, as
  /// SQLAlchemy spells the upper-case ones ("VARCHAR", "JSON") and as the
  /// class they serve the generic ones ("String" for visit_string); empty
  /// for the one of RenderedAs's own class (process()).
  std::string RenderedVisit;
  /// The type used on particular dialects instead: with_variant(), what
  /// @compiles functions render, a TypeDecorator's load_dialect_impl()
  /// evaluated for each dialect; the first for a dialect wins.
  std::vector<std::pair<std::string, std::shared_ptr<SqlType>>> Variants;

  const SqlType &forDialect(const std::string &DialectName) const {
    for (const auto &V : Variants)
      if (V.first == DialectName && V.second)
        return V.second->forDialect(DialectName);
    return *this;
  }

  const Scalar *arg(const std::string &Name) const {
    for (const auto &A : Args)
      if (A.first == Name)
        return &A.second;
    return nullptr;
  }
  /// A boolean argument's value; none where it is not given as one.
  std::optional<bool> boolArg(const std::string &Name) const {
    const Scalar *S = arg(Name);
    if (!S || S->Kind != Scalar::Bool)
      return std::nullopt;
    return S->BoolValue;
  }
};

/// A column's type, shared by the columns that have the same one: a large
/// schema has a few hundred distinct types and a quarter of a million
/// columns. Reads go through `->` or a `const SqlType &`; a changed type is
/// a new SqlType assigned whole.
class TypeRef {
public:
  TypeRef() : P(empty()) {}
  TypeRef(SqlType T) : P(std::make_shared<const SqlType>(std::move(T))) {}
  explicit TypeRef(std::shared_ptr<const SqlType> P)
      : P(P ? std::move(P) : empty()) {}

  const SqlType *operator->() const { return P.get(); }
  const SqlType &operator*() const { return *P; }
  operator const SqlType &() const { return *P; }
  const std::shared_ptr<const SqlType> &shared() const { return P; }

private:
  static const std::shared_ptr<const SqlType> &empty();
  std::shared_ptr<const SqlType> P;
};

/// A server default: literal text, or a SQL expression.
struct ServerDefault {
  enum KindType : uint8_t {
    /// A Python string given as server_default="x": rendered quoted, 'x'.
    String,
    /// text("...") or literal_column: rendered as written.
    Text,
    /// A SQL function call such as func.now(): rendered per dialect.
    Function,
    /// Another SQL expression, already rendered as text.
    Expression,
    /// Sequence.next_value(): Value is the sequence's (schema-qualified)
    /// name; dialects without sequences render no default.
    NextValue
  };
  KindType Kind = String;
  /// String/Text/Expression text; Function: its name; NextValue: the
  /// sequence.
  std::string Value;
  std::vector<std::string> FunctionArgs; ///< Rendered arguments.
  /// What @compiles functions render on some dialects, by dialect name,
  /// instead; empty text where SQLAlchemy has no rendering on the dialect
  /// (a construct of the project's own that no function covers there).
  std::vector<std::pair<std::string, std::string>> Compiled;

  const std::string *compiledFor(llvm::StringRef DialectName) const {
    for (const auto &[Name, Text] : Compiled)
      if (Name == DialectName)
        return &Text;
    return nullptr;
  }
};

/// A Python-side default (Column(default=...)).
struct PythonDefault {
  enum KindType : uint8_t { Scalar, Callable, Sql };
  KindType Kind = Scalar;
  /// Scalar: the Python repr; Callable: the dotted name or "<lambda>" (a
  /// callable object: the name of SQLAlchemy's wrapper for it); Sql: the
  /// SQL text.
  std::string Value;
  /// Sql defaults that are SQL function calls: the call, which each
  /// dialect renders its own way (func.now() is CURRENT_TIMESTAMP on SQLite).
  std::optional<ServerDefault> Function;
};

/// A Sequence() that CREATE SEQUENCE makes: one given MetaData
/// (metadata=), or a column's default (Column(Integer, Sequence("s"))).
struct SequenceDef {
  std::string Name;
  std::optional<std::string> Schema;
  /// Its options as SQLAlchemy renders them ("INCREMENT BY 10", "CYCLE"),
  /// START WITH only as given, ORDER (1.4's only) included.
  std::vector<std::string> Options;
  /// start= given: without it, 1.4 renders START WITH 1.
  bool HasStart = false;
  /// optional=True: a key generator only for databases with no other;
  /// PostgreSQL makes the column SERIAL instead.
  bool Optional = false;
  /// data_type=: CREATE SEQUENCE ... AS <type> on PostgreSQL.
  std::optional<TypeRef> DataType;
  Loc Where;
};

/// Column(..., Computed(...)) or Column(..., Identity(...)): a column whose
/// values the database generates, GENERATED ... in its DDL.
struct GeneratedColumn {
  enum KindType : uint8_t { Computed, Identity };
  KindType Kind = Computed;
  /// Computed: the expression's SQL text.
  std::string SqlText;
  /// Computed(persisted=): STORED (true), VIRTUAL (false), or as the
  /// database does by default.
  std::optional<bool> Persisted;
  /// Identity(always=True): GENERATED ALWAYS rather than BY DEFAULT.
  bool Always = false;
  /// Identity's sequence options as the DDL writes them, in its order:
  /// "INCREMENT BY 5", "START WITH 100", "CYCLE".
  std::vector<std::string> Options;

  bool operator==(const GeneratedColumn &O) const {
    return Kind == O.Kind && SqlText == O.SqlText && Persisted == O.Persisted &&
           Always == O.Always && Options == O.Options;
  }
};

struct Column {
  std::string Name;
  /// The ORM attribute key; empty for Core tables.
  std::string Attribute;
  TypeRef Type;
  bool Nullable = true;
  bool PrimaryKey = false;
  bool Unique = false;
  bool Index = false;
  /// Column(autoincrement=...) as given; "auto" by default.
  std::optional<bool> Autoincrement;
  /// When the column joined its table, as a count of the times columns
  /// joined a table other than the one before (the columns of a class, of a
  /// Table(), of a single-table subclass; a column set on a mapped class or
  /// appended, where the models do it); for a column of an Enum made with
  /// metadata=, when that was made. PostgreSQL's enum types are created
  /// before the tables in this order.
  uint32_t Attached = 0;
  // Shared, as most columns have neither: a large schema has many columns.
  std::shared_ptr<const PythonDefault> Default;
  std::shared_ptr<const ServerDefault> ServerDefaultValue;
  std::shared_ptr<const GeneratedColumn> Generated;
  /// Column(..., Sequence(...)): the column's default is the sequence.
  std::shared_ptr<const SequenceDef> DefaultSequence;
  std::optional<std::string> Comment;
  /// sqlite_on_conflict_not_null=: the ON CONFLICT clause of its NOT NULL.
  /// Shared, as nearly every column has none.
  std::shared_ptr<const std::string> SqliteOnConflictNotNull;
  Loc Where;

  bool isComputed() const {
    return Generated && Generated->Kind == GeneratedColumn::Computed;
  }
  bool isIdentity() const {
    return Generated && Generated->Kind == GeneratedColumn::Identity;
  }
};

/// Values of a naming convention's callable tokens (a convention entry that
/// is a Python function of the constraint and table) for one constraint,
/// computed by sema: token name to text.
using ConventionTokens = std::vector<std::pair<std::string, std::string>>;

/// A constraint's deferrable= and initially=, as given: DEFERRABLE or NOT
/// DEFERRABLE, INITIALLY ... in its DDL.
struct Deferral {
  std::optional<bool> Deferrable;
  std::optional<std::string> Initially;
  bool operator==(const Deferral &O) const {
    return Deferrable == O.Deferrable && Initially == O.Initially;
  }
};

/// Its clause in the DDL, as given (SQLAlchemy's
/// define_constraint_deferrability(), on every dialect): " DEFERRABLE
/// INITIALLY DEFERRED", or nothing where neither is given.
inline std::string deferralClause(const Deferral &D) {
  std::string Text;
  if (D.Deferrable)
    Text += *D.Deferrable ? " DEFERRABLE" : " NOT DEFERRABLE";
  if (D.Initially)
    Text += " INITIALLY " + *D.Initially;
  return Text;
}

/// An ondelete= / onupdate= action as the documents and the diff write it:
/// in upper case (the DDL writes it as given).
inline std::optional<std::string>
actionKeyword(const std::optional<std::string> &Action) {
  if (!Action)
    return std::nullopt;
  return llvm::StringRef(*Action).upper();
}

struct PrimaryKey {
  std::optional<std::string> Name;
  /// Given as conv(...): final, no naming convention changes it.
  bool NameIsFinal = false;
  std::vector<std::string> Columns;
  Deferral Deferred;
  /// sqlite_on_conflict= ("IGNORE"), or its only column's
  /// sqlite_on_conflict_primary_key=: SQLite's ON CONFLICT clause.
  std::optional<std::string> SqliteOnConflict;
  ConventionTokens Tokens;
  Loc Where;
};

struct ForeignKey {
  std::optional<std::string> Name;
  /// Given as conv(...): final, no naming convention changes it.
  bool NameIsFinal = false;
  std::vector<std::string> Columns;
  std::optional<std::string> RefSchema;
  std::string RefTable;
  std::vector<std::string> RefColumns;
  /// ondelete= and onupdate= as written (the DDL writes them so; the
  /// documents in upper case).
  std::optional<std::string> OnDelete;
  std::optional<std::string> OnUpdate;
  Deferral Deferred;
  /// ForeignKey(link_to_name=True): RefColumns are database names; else
  /// they are column keys until sema resolves them to names.
  bool LinkToName = false;
  /// use_alter=True: created by ALTER TABLE after the tables, where the
  /// dialect has it, and no reason to create the referred table first.
  bool UseAlter = false;
  /// Given to its column as ForeignKey(), not to the table as a
  /// ForeignKeyConstraint: SQLAlchemy makes its constraint as the column
  /// joins the table, after those among the table's arguments.
  bool OfColumn = false;
  ConventionTokens Tokens;
  Loc Where;
};

struct Index {
  std::optional<std::string> Name;
  /// Given as conv(...): final, no naming convention changes it.
  bool NameIsFinal = false;
  /// Column names; an expression index holds the expression's SQL text.
  std::vector<std::string> Columns;
  bool Unique = false;
  /// Created by Column(index=True): named by the "ix" convention.
  bool FromColumnFlag = false;
  /// Index.ddl_if(dialect=...): the dialects whose CREATE INDEX makes it;
  /// empty for all. The MetaData holds it on every dialect.
  std::vector<std::string> OnlyOnDialects;
  /// The dialect options of its DDL (Index(postgresql_using="gin",
  /// sqlite_where=...)): each keyword with its value as the DDL writes it,
  /// a *_where as SQL; a dict's entries as "keyword[key]" (postgresql_ops by
  /// column name), a list's items as the keyword repeated.
  std::vector<std::pair<std::string, std::string>> DialectOptions;
  ConventionTokens Tokens;
  Loc Where;
};

struct UniqueConstraint {
  std::optional<std::string> Name;
  /// Given as conv(...): final, no naming convention changes it.
  bool NameIsFinal = false;
  std::vector<std::string> Columns;
  bool FromColumnFlag = false;
  Deferral Deferred;
  /// sqlite_on_conflict=, or the column's sqlite_on_conflict_unique= for
  /// unique=True.
  std::optional<std::string> SqliteOnConflict;
  ConventionTokens Tokens;
  Loc Where;
};

struct CheckConstraint {
  std::optional<std::string> Name;
  /// Given as conv(...): final, no naming convention changes it.
  bool NameIsFinal = false;
  std::string SqlText;
  /// The column a column-level CheckConstraint was given to.
  std::optional<std::string> Column;
  /// Made by Column's Enum or Boolean type (create_constraint=True): a
  /// constraint of the table, which the DDL lists among the table's
  /// constraints, although Column names the column it checks.
  bool TypeBound = false;
  Deferral Deferred;
  /// sqlite_on_conflict= of a table's CHECK.
  std::optional<std::string> SqliteOnConflict;
  ConventionTokens Tokens;
  Loc Where;
};

/// MetaData(naming_convention=...): key ("ix", "uq", "ck", "fk", "pk") to
/// template, in the order written; a callable token's key maps to "".
using NamingConvention = std::vector<std::pair<std::string, std::string>>;

struct Table {
  std::string Name;
  std::optional<std::string> Schema;
  std::optional<std::string> Comment;
  /// Qualified names of the classes mapped to this table, sorted.
  std::vector<std::string> Classes;
  std::vector<Column> Columns;
  /// Column(key=...) where it differs from the column's name, as (name,
  /// key): what Table.c and a ForeignKey("table.key") name the column by.
  /// Here, not on each column: few columns have one.
  std::vector<std::pair<std::string, std::string>> ColumnKeys;
  PrimaryKey PrimaryKeyConstraint;
  std::vector<ForeignKey> ForeignKeys;
  std::vector<Index> Indexes;
  std::vector<UniqueConstraint> UniqueConstraints;
  std::vector<CheckConstraint> CheckConstraints;
  /// The naming convention of the MetaData the table belongs to.
  std::shared_ptr<const NamingConvention> Naming;
  /// Its dialects' options (Table(mysql_engine="InnoDB",
  /// sqlite_autoincrement=True), __table_args__'s dict), in the order
  /// given: each keyword with its value as written (a str's text, True,
  /// 5), a list's items as the keyword repeated. Only the DDL reads them.
  std::vector<std::pair<std::string, std::string>> DialectOptions;
  Loc Where;

  std::string qualifiedName() const { return ir::qualifiedName(Schema, Name); }

  const Column *findColumn(const std::string &ColumnName) const {
    for (const Column &C : Columns)
      if (C.Name == ColumnName)
        return &C;
    return nullptr;
  }
};

struct Relationship {
  std::string Name;
  std::string Target; ///< Qualified class name; empty when unresolved.
  /// The secondary table's name, as SQLAlchemy's Table.name, and schema.
  std::optional<std::string> Secondary;
  std::optional<std::string> SecondarySchema;
  std::optional<std::string> BackPopulates;
  bool UseList = true;
  Loc Where;
};

/// A table column, as what an attribute reads.
struct ColumnRef {
  std::optional<std::string> Schema;
  std::string Table;
  std::string Column;

  bool operator<(const ColumnRef &O) const {
    return std::tie(Schema, Table, Column) <
           std::tie(O.Schema, O.Table, O.Column);
  }
};

/// A computed attribute of a mapped class, as another one reads it.
struct AttributeRef {
  std::string Class; ///< module.Class
  std::string Name;

  bool operator<(const AttributeRef &O) const {
    return std::tie(Class, Name) < std::tie(O.Class, O.Name);
  }
  bool operator==(const AttributeRef &O) const {
    return Class == O.Class && Name == O.Name;
  }
};

/// An attribute of a mapped class that maps no column of its own but is
/// computed from columns: what lineage follows from the class to the
/// columns a change would break it through.
struct ComputedAttribute {
  enum KindType : uint8_t {
    /// column_property() of a SQL expression (deferred() too).
    ColumnProperty,
    HybridProperty,
    HybridMethod,
    /// synonym(): reads what the attribute it names reads.
    Synonym
  };
  KindType Kind = ColumnProperty;
  std::string Name;
  /// The columns it reads itself, sorted. What the analysis could not
  /// resolve is not here; a diagnostic says so.
  std::vector<ColumnRef> Reads;
  /// The computed attributes it reads (a hybrid's `self.net`, the attribute
  /// a synonym names), sorted: what they read, it reads through them.
  std::vector<AttributeRef> Through;
  Loc Where;
};

/// The function SQLAlchemy spells the kind with: "column_property", ...
llvm::StringRef computedKindName(ComputedAttribute::KindType K);

struct MappedClass;
/// Every column \p A reads, itself and through the attributes it reads,
/// sorted; \p FindClass gives the mapped class of a name, if any.
std::vector<ColumnRef>
columnsRead(const ComputedAttribute &A,
            llvm::function_ref<const MappedClass *(llvm::StringRef)> FindClass);

struct MappedClass {
  std::string Name; ///< module.Class
  std::optional<std::string> Table;
  std::optional<std::string> Schema;
  std::vector<std::string> Bases;
  std::optional<std::string> Inherits;
  /// "single", "joined", "concrete", or empty.
  std::string Inheritance;
  std::optional<Scalar> PolymorphicIdentity;
  std::vector<Relationship> Relationships;
  /// Sorted by name.
  std::vector<ComputedAttribute> Computed;
  /// Single-table inheritance: the columns of the shared table the class
  /// declares. Neither its superclasses nor their other subclasses map
  /// them (the mapper's exclude_properties).
  std::vector<std::string> DeclaredColumns;
  Loc Where;
};

struct Diagnostic {
  enum SeverityKind : uint8_t { Note, Warning, Error };
  SeverityKind Severity = Warning;
  std::string Message;
  Loc Where;
};

/// A type no column of the schema has; see Schema::DetachedTypes.
struct DetachedType {
  TypeRef Type;
  /// As Column::Attached: when it started listening.
  uint32_t Attached = 0;
  Loc Where;
};

struct Schema {
  /// The SQLAlchemy release whose rules the models follow, "1.4" or "2.0":
  /// the DDL of some defaults differs between them.
  std::string SqlAlchemyVersion = "2.0";
  /// Where that came from: "--sqlalchemy", the dependency file that declares
  /// it, or "" when sema guessed it from the API the models use.
  std::string SqlAlchemyVersionSource;
  std::vector<Table> Tables;
  std::vector<MappedClass> Classes;
  /// The sequences MetaData objects hold that no column has as its default,
  /// in the order they were made: CREATE SEQUENCE before the tables.
  std::vector<SequenceDef> Sequences;
  /// Types that listen for a MetaData's before_create with no column of the
  /// schema to show for it: an Enum made with metadata= that no column
  /// uses, and the type of a column another column of its name replaced
  /// (extend_existing), whose listener stays. PostgreSQL creates the enum
  /// types among them with the columns' ones, in the order of Attached.
  std::vector<DetachedType> DetachedTypes;
  std::vector<Diagnostic> Diagnostics;
};

} // namespace schemac::ir

#endif
