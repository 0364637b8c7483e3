//===- DialectLowering.cpp - Types and defaults as a dialect's DDL --------===//
//
// The type text comes from the ported type compilers (TypeCompiler.cpp);
// this file decides what to render where SQLAlchemy would raise, and renders
// server defaults the way the DDL compilers do.
//
//===----------------------------------------------------------------------===//

#include "passes/DialectLowering.h"
#include "passes/SqlText.h"
#include "passes/TypeClasses.h"
#include "passes/TypeCompiler.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"

#include <fmt/format.h>

using llvm::StringRef;

namespace schemac::passes {

using detail::TypeCompilation;

std::optional<Dialect> parseDialect(StringRef Name) {
  return llvm::StringSwitch<std::optional<Dialect>>(Name)
      .Case("postgresql", Dialect::PostgreSQL)
      .Case("mysql", Dialect::MySQL)
      .Case("sqlite", Dialect::SQLite)
      .Default(std::nullopt);
}

StringRef dialectName(Dialect D) {
  switch (D) {
  case Dialect::PostgreSQL:
    return "postgresql";
  case Dialect::MySQL:
    return "mysql";
  case Dialect::SQLite:
    return "sqlite";
  }
  return "";
}

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

namespace {

std::string qualifiedClass(const ir::SqlType &Type) {
  return (Type.Dialect.empty() ? "sqlalchemy" : Type.Dialect) + "." +
         Type.Class;
}

/// A type of one dialect that another dialect's compiler cannot render: its
/// generic equivalent, else what its own dialect renders, else its name.
LoweredType lowerForeignType(const ir::SqlType &Type, Dialect D,
                             const TypeCompilation &Failure) {
  std::string Problem =
      fmt::format("SQLAlchemy can't render {} on {} ({})", qualifiedClass(Type),
                  dialectName(D), Failure.Reason);
  if (std::optional<ir::SqlType> Generic = detail::asGenericType(Type)) {
    TypeCompilation C = detail::compileType(*Generic, D);
    if (C.rendered())
      return {C.Text,
              fmt::format("{}; rendered as its generic type, {}", Problem,
                          Generic->Class),
              true};
  }
  if (std::optional<Dialect> Own = parseDialect(Type.Dialect)) {
    TypeCompilation C = detail::compileType(Type, *Own);
    if (C.rendered())
      return {
          C.Text,
          fmt::format("{}; rendered as {} renders it", Problem, Type.Dialect),
          true};
  }
  return {StringRef(Type.Class).upper(), Problem + "; rendered as its name",
          true};
}

} // namespace

LoweredType lowerType(const ir::SqlType &Type, Dialect D) {
  // A UserDefinedType's get_col_spec(), or a @compiles function's text,
  // or the type it hands back to the compiler.
  if (!Type.ColSpec.empty())
    return {Type.ColSpec, ""};
  if (Type.RenderedAs && Type.RenderedVisit.empty())
    return lowerType(Type.RenderedAs->forDialect(dialectName(D).str()), D);
  // A TypeDecorator renders its impl, as that impl renders on the dialect
  // (a decorator's own load_dialect_impl()).
  if (Type.Inner && !Type.Opaque && !detail::isArrayType(Type) &&
      !Type.RenderedAs)
    return lowerType(Type.Inner->forDialect(dialectName(D).str()), D);
  TypeCompilation C = detail::compileType(Type, D);
  if (C.rendered())
    return {C.Text, ""};
  if (detail::isArrayType(Type) && Type.Inner && !Type.RenderedAs) {
    // Off PostgreSQL, or with an item type that fails: the item as best it
    // can be rendered, with PostgreSQL's brackets. Off PostgreSQL the
    // compiler has no visit_ARRAY, and fails there before it reaches the
    // item.
    LoweredType Item =
        lowerType(Type.Inner->forDialect(dialectName(D).str()), D);
    if (D != Dialect::PostgreSQL)
      return {detail::renderArrayOf(Item.Text, Type),
              fmt::format("SQLAlchemy can't render ARRAY on {}; rendered as "
                          "PostgreSQL writes an array",
                          dialectName(D)),
              true};
    return {detail::renderArrayOf(Item.Text, Type), Item.Problem, Item.Raises};
  }
  switch (C.Status) {
  case TypeCompilation::Unsupported:
    return lowerForeignType(Type, D, C);
  case TypeCompilation::Invalid:
    return {C.Text,
            fmt::format("SQLAlchemy raises CompileError for {} on {} "
                        "({}); rendered as {}",
                        qualifiedClass(Type), dialectName(D), C.Reason, C.Text),
            true};
  default:
    return {C.Text, C.Reason};
  }
}

std::string renderType(const ir::SqlType &Type, Dialect D) {
  return lowerType(Type, D).Text;
}

const ir::SqlType &dialectType(const ir::SqlType &Type, Dialect D) {
  return Type.forDialect(dialectName(D).str());
}

std::string renderColumnType(const ir::SqlType &Type, Dialect D) {
  const ir::SqlType &Effective = dialectType(Type, D);
  // Unknown to the analysis: DDL needs a word, and NULL is what SQLAlchemy
  // writes for a column of no type.
  if (Effective.isUnknown())
    return "NULL";
  return renderType(Effective, D);
}

//===----------------------------------------------------------------------===//
// Server defaults
//===----------------------------------------------------------------------===//

namespace {

/// The functions `func.<name>` resolves to one of SQLAlchemy's
/// GenericFunction classes, whatever the case of <name>; the class renders
/// its own lower-case name.
bool isGenericFunction(StringRef LowerCaseName) {
  return llvm::is_contained({"aggregate_strings",
                             "array_agg",
                             "char_length",
                             "coalesce",
                             "concat",
                             "count",
                             "cube",
                             "cume_dist",
                             "current_date",
                             "current_time",
                             "current_timestamp",
                             "current_user",
                             "dense_rank",
                             "grouping_sets",
                             "localtime",
                             "localtimestamp",
                             "max",
                             "min",
                             "mode",
                             "next_value",
                             "now",
                             "percent_rank",
                             "percentile_cont",
                             "percentile_disc",
                             "random",
                             "rank",
                             "rollup",
                             "session_user",
                             "sum",
                             "sysdate",
                             "user"},
                            LowerCaseName);
}

/// compiler.FUNCTIONS: GenericFunctions written as a keyword, without
/// parentheses unless given arguments or, for some, always.
struct KeywordFunction {
  StringRef Name;
  StringRef Keyword;
  bool AlwaysParenthesized;
};
const KeywordFunction KeywordFunctions[] = {
    {"coalesce", "coalesce", true},
    {"current_date", "CURRENT_DATE", false},
    {"current_time", "CURRENT_TIME", false},
    {"current_timestamp", "CURRENT_TIMESTAMP", false},
    {"current_user", "CURRENT_USER", false},
    {"localtime", "LOCALTIME", false},
    {"localtimestamp", "LOCALTIMESTAMP", false},
    {"random", "random", true},
    {"sysdate", "sysdate", false},
    {"session_user", "SESSION_USER", false},
    {"user", "USER", false},
    {"cube", "CUBE", true},
    {"rollup", "ROLLUP", true},
    {"grouping_sets", "GROUPING SETS", true},
};

/// A dialect compiler's visit_<name>_func, which wins over everything else
/// for a function of that name, registered or not.
std::optional<std::string>
renderDialectFunction(StringRef LowerCaseName,
                      const std::vector<std::string> &Args, Dialect D) {
  std::string ArgSpec = "(" + llvm::join(Args, ", ") + ")";
  switch (D) {
  case Dialect::SQLite:
    if (LowerCaseName == "now")
      return std::string("CURRENT_TIMESTAMP");
    if (LowerCaseName == "localtimestamp")
      return std::string("DATETIME(CURRENT_TIMESTAMP, 'localtime')");
    if (LowerCaseName == "char_length")
      return "length" + ArgSpec;
    if (LowerCaseName == "aggregate_strings")
      return "group_concat" + ArgSpec;
    break;
  case Dialect::MySQL:
    if (LowerCaseName == "random")
      return "rand" + ArgSpec;
    if (LowerCaseName == "sysdate")
      return std::string("SYSDATE()");
    if (LowerCaseName == "rollup")
      return llvm::join(Args, ", ") + " WITH ROLLUP";
    if (LowerCaseName == "aggregate_strings" && Args.size() == 2)
      return fmt::format("group_concat({} SEPARATOR {})", Args[0], Args[1]);
    break;
  case Dialect::PostgreSQL:
    if (LowerCaseName == "aggregate_strings")
      return "string_agg" + ArgSpec;
    if (LowerCaseName == "substring" && Args.size() == 2)
      return fmt::format("SUBSTRING({} FROM {})", Args[0], Args[1]);
    if (LowerCaseName == "substring" && Args.size() > 2)
      return fmt::format("SUBSTRING({} FROM {} FOR {})", Args[0], Args[1],
                         Args[2]);
    break;
  }
  return std::nullopt;
}

/// The dialect's visit_<name>_func that renders its arguments without the
/// options the DDL compiler gives (function_argspec(fn), no **kw): their
/// columns with their tables' names (include_table).
bool qualifiesArguments(StringRef LowerCaseName, Dialect D) {
  switch (D) {
  case Dialect::SQLite:
    return LowerCaseName == "char_length" ||
           LowerCaseName == "aggregate_strings";
  case Dialect::MySQL:
    return LowerCaseName == "random";
  case Dialect::PostgreSQL:
    return LowerCaseName == "aggregate_strings";
  }
  return false;
}

/// SQLCompiler.visit_function for `func.<Name>(*Args)`, its arguments
/// rendered; \p Name may be dotted (func.pg_catalog.now).
std::string renderCall(StringRef DottedName, std::vector<std::string> Args,
                       Dialect D) {
  llvm::SmallVector<StringRef, 4> Parts;
  DottedName.split(Parts, '.');
  StringRef Name = Parts.back();
  llvm::ArrayRef<StringRef> Packages = llvm::ArrayRef(Parts).drop_back();
  std::string LowerCaseName = Name.lower();
  // Only a bare func.<name> is looked up among the GenericFunctions.
  bool Generic = Packages.empty() && isGenericFunction(LowerCaseName);

  if (Generic && LowerCaseName == "count" && Args.empty())
    Args.push_back("*"); // count() counts rows: count(*)

  if (std::optional<std::string> Text =
          renderDialectFunction(LowerCaseName, Args, D))
    return *Text;
  std::string ArgSpec = "(" + llvm::join(Args, ", ") + ")";
  if (Generic) {
    for (const KeywordFunction &F : KeywordFunctions)
      if (F.Name == LowerCaseName)
        return F.Keyword.str() +
               (F.AlwaysParenthesized || !Args.empty() ? ArgSpec : "");
    return LowerCaseName + ArgSpec;
  }
  auto Quote = [&](StringRef Token) {
    return detail::hasIllegalIdentifierChars(Token)
               ? detail::quoteIdentifier(Token, D)
               : Token.str();
  };
  std::string Text;
  for (StringRef Package : Packages)
    Text += Quote(Package) + ".";
  return Text + Quote(Name) + ArgSpec;
}

/// A server default's call, its arguments as SQL text with their % to
/// escape.
std::string renderFunction(StringRef DottedName,
                           const std::vector<std::string> &RenderedArgs,
                           Dialect D) {
  std::vector<std::string> Args;
  for (const std::string &Arg : RenderedArgs)
    Args.push_back(detail::escapePercents(Arg, D));
  return renderCall(DottedName, std::move(Args), D);
}

/// sa.true() / sa.false(): keywords where the dialect has booleans (MySQL's
/// compiler overrides its supports_native_boolean = False here), 1 and 0 on
/// SQLite.
std::optional<std::string> renderBooleanLiteral(StringRef Value, Dialect D) {
  if (Value != "true" && Value != "false")
    return std::nullopt;
  if (D == Dialect::SQLite)
    return std::string(Value == "true" ? "1" : "0");
  return Value.str();
}

bool isPythonSpace(char C) {
  return C == ' ' || (C >= '\t' && C <= '\r') || (C >= '\x1c' && C <= '\x1f');
}

/// re.match(r".*\W.*", text). Bytes of non-ASCII characters count as word
/// characters: most of them are letters to Python.
bool hasNonWordChar(StringRef Text) {
  return llvm::any_of(Text, [](char C) {
    return !(llvm::isAlnum(C) || C == '_' ||
             static_cast<unsigned char>(C) >= 0x80);
  });
}

/// re.match(r"^\s*['\"(]", text): a literal or already parenthesised.
bool startsQuotedOrParenthesized(StringRef Text) {
  StringRef Rest = Text.drop_while(isPythonSpace);
  return !Rest.empty() && StringRef("'\"(").contains(Rest.front());
}

/// MySQL's exceptions: ON UPDATE clauses and now(N) / current_timestamp(N),
/// which MySQL accepts bare.
bool isMySQLBareDefault(StringRef Text) {
  std::string Lower = StringRef(Text).lower();
  for (size_t At = Lower.find("on "); At != std::string::npos;
       At = Lower.find("on ", At + 1))
    if (StringRef(Lower).drop_front(At + 2).ltrim(' ').starts_with("update"))
      return true;
  for (StringRef Function : {"now(", "current_timestamp("}) {
    StringRef Rest = Lower;
    if (!Rest.consume_front(Function))
      continue;
    StringRef Digits = Rest.take_while(llvm::isDigit);
    if (!Digits.empty() && Rest.drop_front(Digits.size()).starts_with(")"))
      return true;
  }
  return false;
}

/// Whether the dialect's get_column_specification writes DEFAULT (text).
bool isParenthesized(StringRef Text, ir::ServerDefault::KindType Kind,
                     Dialect D, const ServerTraits &Traits) {
  switch (D) {
  case Dialect::PostgreSQL:
    return false;
  case Dialect::SQLite:
    if (Traits.SqlAlchemy14)
      return Kind == ir::ServerDefault::Function ||
             Kind == ir::ServerDefault::Expression;
    return !startsQuotedOrParenthesized(Text) && hasNonWordChar(Text);
  case Dialect::MySQL:
    return Traits.MySQLExpressionDefaults &&
           !startsQuotedOrParenthesized(Text) && !isMySQLBareDefault(Text) &&
           hasNonWordChar(Text);
  }
  return false;
}

} // namespace

std::string renderServerDefault(const ir::ServerDefault &Default,
                                const ir::SqlType & /*ColumnType*/, Dialect D,
                                const ServerTraits &Traits) {
  // SQLAlchemy renders a server default the same whatever the column's type;
  // the type is taken for dialects that may not.
  std::string Text = renderSqlExpression(Default, D);
  return !Text.empty() && isParenthesized(Text, Default.Kind, D, Traits)
             ? "(" + Text + ")"
             : Text;
}

namespace {

/// The type MySQL's CAST names (MySQLCompiler.visit_typeclause), or nullopt
/// where MySQL's CAST takes none and SQLAlchemy leaves the CAST out.
std::optional<std::string> mysqlCastType(const ir::SqlType &Type) {
  using V = detail::TypeVisit;
  const ir::SqlType *T = &dialectType(Type, Dialect::MySQL);
  while (T->Inner && !T->Opaque && !detail::isArrayType(*T))
    T = &T->Inner->forDialect("mysql");
  const detail::TypeClassInfo *Class =
      detail::findTypeClass(T->Dialect, T->Class);
  if (!Class)
    return std::nullopt;
  detail::TypeView View(*T, *Class);
  switch (Class->Visit) {
  case V::Integer:
  case V::SmallInteger:
  case V::BigInteger:
  case V::INTEGER:
  case V::SMALLINT:
  case V::BIGINT:
  case V::TINYINT:
  case V::MEDIUMINT:
    return View.flag("unsigned") ? "UNSIGNED INTEGER" : "SIGNED INTEGER";
  case V::TIMESTAMP:
    return "DATETIME";
  case V::DECIMAL:
  case V::DateTime:
  case V::DATETIME:
  case V::Date:
  case V::DATE:
  case V::Time:
  case V::TIME:
  case V::CHAR:
    return renderType(*T, Dialect::MySQL);
  case V::String:
  case V::Unicode:
  case V::Text:
  case V::UnicodeText:
  case V::VARCHAR:
  case V::NVARCHAR:
  case V::NCHAR:
  case V::TEXT:
  case V::CLOB:
  case V::TINYTEXT:
  case V::MEDIUMTEXT:
  case V::LONGTEXT: {
    // CHAR._adapt_string_for_cast: a CHAR of the string's length, and of
    // its character set and collation where it is one of MySQL's.
    ir::SqlType Char;
    Char.Class = "CHAR";
    Char.Dialect = "mysql";
    static constexpr llvm::StringLiteral MySQLAttributes[] = {
        "length", "charset", "collation", "ascii", "binary", "unicode"};
    for (StringRef Name : MySQLAttributes)
      if (Name == "length" || View.is(detail::MySQLString))
        if (ir::Scalar Value = View.attr(Name); !detail::isNone(Value))
          Char.Args.emplace_back(Name.str(), Value);
    return renderType(Char, Dialect::MySQL);
  }
  case V::LargeBinary:
  case V::BLOB:
  case V::BINARY:
  case V::VARBINARY:
  case V::TINYBLOB:
  case V::MEDIUMBLOB:
  case V::LONGBLOB:
    return "BINARY";
  case V::JSON:
    return "JSON";
  case V::Numeric:
  case V::NUMERIC: {
    std::string Text = renderType(*T, Dialect::MySQL);
    if (size_t At = Text.find("NUMERIC"); At != std::string::npos)
      Text.replace(At, 7, "DECIMAL");
    return Text;
  }
  default:
    // Float among them: a dialect that has not connected does not know
    // the server casts to FLOAT.
    return std::nullopt;
  }
}

/// A marked cast (ir::markCast) as the dialect writes it.
std::string renderCast(const std::vector<std::string> &Args, Dialect D) {
  std::optional<ir::SqlType> Type = ir::castType(Args);
  if (!Type)
    return Args.empty() ? "" : Args.front();
  const std::string &Operand = Args[0];
  if (D != Dialect::MySQL)
    return "CAST(" + Operand + " AS " + renderColumnType(*Type, D) + ")";
  if (std::optional<std::string> Target = mysqlCastType(*Type))
    return "CAST(" + Operand + " AS " + *Target + ")";
  return Args[2] == "1" ? "(" + Operand + ")" : Operand;
}

} // namespace

std::string renderMarkedFunctions(StringRef Text, Dialect D,
                                  StringRef TablePrefix) {
  return ir::resolveFunctions(
      Text, [&](StringRef Name, const std::vector<std::string> &Args) {
        if (Name == ir::CastFunction)
          return renderCast(Args, D);
        if (Name == ir::BooleanFunction) {
          bool True = Args == std::vector<std::string>{"1"};
          return std::string(D == Dialect::SQLite ? (True ? "1" : "0")
                                                  : (True ? "true" : "false"));
        }
        if (Name == ir::TruthFunction && Args.size() == 2) {
          bool IsTrue = Args[1] == "1";
          if (D == Dialect::PostgreSQL)
            return IsTrue ? Args[0] : "NOT " + Args[0];
          return Args[0] + (IsTrue ? " = 1" : " = 0");
        }
        std::vector<std::string> Written = Args;
        if (!TablePrefix.empty() && !Name.contains('.') &&
            qualifiesArguments(Name.lower(), D))
          for (std::string &Arg : Written)
            Arg = ir::resolveIdentifiers(Arg, [&](StringRef Column) {
              return TablePrefix.str() + "." + ir::markIdentifier(Column);
            });
        return renderCall(Name, std::move(Written), D);
      });
}

std::string renderSqlExpression(const ir::ServerDefault &Default, Dialect D) {
  if (const std::string *Compiled = Default.compiledFor(dialectName(D)))
    return *Compiled;
  std::string Text;
  switch (Default.Kind) {
  case ir::ServerDefault::String:
    Text = detail::quoteStringLiteral(Default.Value, D);
    break;
  case ir::ServerDefault::Text:
    Text = detail::renderTextClause(Default.Value, D);
    break;
  case ir::ServerDefault::Function:
    if (std::optional<std::string> Boolean =
            Default.FunctionArgs.empty()
                ? renderBooleanLiteral(Default.Value, D)
                : std::nullopt)
      Text = *Boolean;
    else
      Text = renderFunction(Default.Value, Default.FunctionArgs, D);
    break;
  case ir::ServerDefault::Expression:
    if (std::optional<std::string> Boolean =
            renderBooleanLiteral(Default.Value, D))
      Text = *Boolean;
    else
      Text = detail::escapePercents(Default.Value, D);
    break;
  case ir::ServerDefault::NextValue:
    // PostgreSQL's nextval() takes the name as a string; MySQL's compiler
    // (for MariaDB's sequences) writes it bare; SQLite has no sequences,
    // and SQLAlchemy renders no default there.
    if (D == Dialect::PostgreSQL)
      Text = "nextval('" + Default.Value + "')";
    else if (D == Dialect::MySQL)
      Text = "nextval(" + Default.Value + ")";
    break;
  }
  return Text;
}

} // namespace schemac::passes
