//===- TypeCompiler.cpp - SQLAlchemy's type compilers, in C++ -------------===//
//
// A port of GenericTypeCompiler (sql/compiler.py), PGTypeCompiler,
// MySQLTypeCompiler and SQLiteTypeCompiler (dialects/*/base.py) of
// SQLAlchemy 2.0. The class hierarchy is kept: a dialect's compiler handles
// the visits it overrides and hands the rest to the generic one, and a
// generic visit that delegates (visit_string to visit_VARCHAR) goes back
// through the dialect's compiler, as `self.visit_VARCHAR` does in Python.
//
//===----------------------------------------------------------------------===//

#include "passes/TypeCompiler.h"
#include "passes/SqlText.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

using llvm::StringRef;

namespace schemac::passes::detail {

namespace {

using ir::Scalar;

TypeCompilation rendered(std::string Text) {
  return {TypeCompilation::Rendered, std::move(Text), ""};
}

TypeCompilation invalid(std::string BestEffort, std::string Reason) {
  return {TypeCompilation::Invalid, std::move(BestEffort), std::move(Reason)};
}

ir::SqlType genericType(StringRef Class) {
  ir::SqlType T;
  T.Class = Class.str();
  return T;
}

//===----------------------------------------------------------------------===//
// GenericTypeCompiler
//===----------------------------------------------------------------------===//

class GenericTypeCompiler {
public:
  explicit GenericTypeCompiler(Dialect D) : D(D) {}
  virtual ~GenericTypeCompiler() = default;

  /// type_compiler.process(type_)
  TypeCompilation process(const ir::SqlType &Type) {
    // A column sema found no type for is NullType, opaque or not.
    if (Type.Opaque && Type.Class != "NullType")
      return unknown(Type, "a type whose DDL the analysis could not see");
    // A UserDefinedType's get_col_spec(), or a @compiles function's text,
    // or the type it hands back to the compiler.
    if (!Type.ColSpec.empty())
      return rendered(Type.ColSpec);
    if (Type.RenderedAs)
      return processAs(Type.RenderedAs->forDialect(dialectName(D).str()),
                       Type.RenderedVisit);
    if (Type.Inner && !isArrayType(Type))
      return process(item(Type)); // visit_type_decorator: the impl
    const TypeClassInfo *Class = findTypeClass(Type.Dialect, Type.Class);
    if (!Class)
      return unknown(Type, "a type class schemac does not know");
    return visit(Class->Visit, TypeView(Type, *Class));
  }

protected:
  /// What a @compiles function hands back: type_compiler.process(type_),
  /// or its visit_<Visit>(type_), which reads the type's attributes
  /// whatever its class (visit_VARCHAR of an Enum: its longest value).
  TypeCompilation processAs(const ir::SqlType &Type, StringRef Visit) {
    if (Visit.empty())
      return process(Type);
    static const llvm::StringMap<TypeVisit> Visits = {
#define TYPE_VISIT(Name) {#Name, TypeVisit::Name},
#include "passes/SqlTypeClasses.def"
    };
    auto It = Visits.find(Visit);
    const TypeClassInfo *Class = findTypeClass(Type.Dialect, Type.Class);
    if (It == Visits.end() || !Class)
      return unknown(Type, "a type class schemac does not know");
    return visit(It->second, TypeView(Type, *Class));
  }

  /// A TypeDecorator's impl or an ARRAY's item type, as this dialect has it.
  const ir::SqlType &item(const ir::SqlType &Type) const {
    return Type.Inner->forDialect(dialectName(D).str());
  }

  /// Calls visit_<Visit>(type_): \p Visit need not be the class's own, as
  /// when visit_string hands its type to visit_VARCHAR.
  virtual TypeCompilation visit(TypeVisit Visit, const TypeView &T);

  static TypeCompilation unsupported() {
    return {TypeCompilation::Unsupported, "", "UnsupportedCompilationError"};
  }

  /// An unknown class is rendered as its name, without the module it may
  /// carry ("geoalchemy2.Geometry": GEOMETRY).
  static TypeCompilation unknown(const ir::SqlType &Type, StringRef What) {
    StringRef Name = StringRef(Type.Class).rsplit('.').second;
    if (Name.empty())
      Name = Type.Class;
    return {TypeCompilation::Unknown, Name.upper(),
            fmt::format("'{}' is {}; rendered as its name", Type.Class, What)};
  }

  /// _render_string_type
  static std::string renderStringType(StringRef Name, const Scalar &Length,
                                      const Scalar &Collation) {
    std::string Text = Name.str();
    if (truthy(Length))
      Text += "(" + pyStr(Length) + ")";
    if (truthy(Collation))
      Text += " COLLATE \"" + pyStr(Collation) + "\"";
    return Text;
  }
  static std::string renderStringType(StringRef Name, const TypeView &T) {
    return renderStringType(Name, T.attr("length"), T.attr("collation"));
  }

  /// visit_NUMERIC and visit_DECIMAL
  static std::string numericSpec(StringRef Name, const TypeView &T) {
    if (!T.has("precision"))
      return Name.str();
    if (!T.has("scale"))
      return fmt::format("{}({})", Name, pyStr(T.attr("precision")));
    return fmt::format("{}({}, {})", Name, pyStr(T.attr("precision")),
                       pyStr(T.attr("scale")));
  }

  Dialect D;
};

TypeCompilation GenericTypeCompiler::visit(TypeVisit Visit, const TypeView &T) {
  using V = TypeVisit;
  switch (Visit) {
  case V::FLOAT:
    return rendered("FLOAT");
  case V::DOUBLE:
    return rendered("DOUBLE");
  case V::DOUBLE_PRECISION:
    return rendered("DOUBLE PRECISION");
  case V::REAL:
    return rendered("REAL");
  case V::NUMERIC:
    return rendered(numericSpec("NUMERIC", T));
  case V::DECIMAL:
    return rendered(numericSpec("DECIMAL", T));
  case V::INTEGER:
    return rendered("INTEGER");
  case V::SMALLINT:
    return rendered("SMALLINT");
  case V::BIGINT:
    return rendered("BIGINT");
  case V::TIMESTAMP:
    return rendered("TIMESTAMP");
  case V::DATETIME:
    return rendered("DATETIME");
  case V::DATE:
    return rendered("DATE");
  case V::TIME:
    return rendered("TIME");
  case V::CLOB:
    return rendered("CLOB");
  case V::CHAR:
    return rendered(renderStringType("CHAR", T));
  case V::NCHAR:
    return rendered(renderStringType("NCHAR", T));
  case V::VARCHAR:
    return rendered(renderStringType("VARCHAR", T));
  case V::NVARCHAR:
    return rendered(renderStringType("NVARCHAR", T));
  case V::TEXT:
    return rendered(renderStringType("TEXT", T));
  case V::UUID:
    return rendered("UUID");
  case V::BLOB:
    return rendered("BLOB");
  case V::BINARY:
  case V::VARBINARY: {
    std::string Text = Visit == V::BINARY ? "BINARY" : "VARBINARY";
    if (T.flag("length"))
      Text += "(" + pyInt(T.attr("length")) + ")";
    return rendered(Text);
  }
  case V::BOOLEAN:
    return rendered("BOOLEAN");
  case V::Uuid:
    // Only PostgreSQL's dialect sets supports_native_uuid.
    if (!T.flag("native_uuid") || D != Dialect::PostgreSQL)
      return rendered(renderStringType("CHAR", Scalar::integer(32), {}));
    return visit(V::UUID, T);
  case V::LargeBinary:
    return visit(V::BLOB, T);
  case V::Boolean:
    return visit(V::BOOLEAN, T);
  case V::Time:
    return visit(V::TIME, T);
  case V::DateTime:
    return visit(V::DATETIME, T);
  case V::Date:
    return visit(V::DATE, T);
  case V::BigInteger:
    return visit(V::BIGINT, T);
  case V::SmallInteger:
    return visit(V::SMALLINT, T);
  case V::Integer:
    return visit(V::INTEGER, T);
  case V::Float:
    return visit(V::FLOAT, T);
  case V::Double:
    return visit(V::DOUBLE, T);
  case V::Numeric:
    return visit(V::NUMERIC, T);
  case V::String:
  case V::Unicode:
  case V::Enum:
    return visit(V::VARCHAR, T);
  case V::Text:
  case V::UnicodeText:
    return visit(V::TEXT, T);
  case V::NullType:
    return invalid("NULL", "Can't generate DDL for NullType(); did you forget "
                           "to specify a type on this Column?");
  case V::Interval:
    // Without a native INTERVAL, Interval stores an epoch-relative DateTime.
    return process(genericType("DateTime"));
  case V::PickleType:
    return process(genericType("LargeBinary"));
  case V::JSON:
    // The generic compiler has no visit_JSON, but all three dialects
    // define it alike.
    return rendered("JSON");
  default:
    return unsupported();
  }
}

//===----------------------------------------------------------------------===//
// PGTypeCompiler
//===----------------------------------------------------------------------===//

class PGTypeCompiler final : public GenericTypeCompiler {
public:
  PGTypeCompiler() : GenericTypeCompiler(Dialect::PostgreSQL) {}

private:
  TypeCompilation visit(TypeVisit Visit, const TypeView &T) override;

  /// PGIdentifierPreparer.format_type, for ENUM and DOMAIN.
  static TypeCompilation formatType(const TypeView &T) {
    if (!T.flag("name"))
      return invalid(
          renderStringType("VARCHAR", T.attr("length"), {}),
          fmt::format("PostgreSQL {} type requires a name.", T.Class.Name));
    std::string Name =
        quoteIfNeeded(pyStr(T.attr("name")), Dialect::PostgreSQL);
    if (!T.has("schema"))
      return rendered(Name);
    return rendered(
        quoteIfNeeded(pyStr(T.attr("schema")), Dialect::PostgreSQL) + "." +
        Name);
  }

  /// visit_TIMESTAMP and visit_TIME
  static std::string withTimeZone(StringRef Name, const TypeView &T) {
    std::string Precision =
        T.has("precision") ? "(" + pyInt(T.attr("precision")) + ")" : "";
    return fmt::format("{}{} {} TIME ZONE", Name, Precision,
                       T.flag("timezone") ? "WITH" : "WITHOUT");
  }
};

TypeCompilation PGTypeCompiler::visit(TypeVisit Visit, const TypeView &T) {
  using V = TypeVisit;
  switch (Visit) {
  case V::PostgreSQLName:
    return rendered(T.Class.Name.str());
  case V::FLOAT:
    if (!T.flag("precision"))
      return rendered("FLOAT");
    return rendered("FLOAT(" + pyStr(T.attr("precision")) + ")");
  case V::Double:
    return visit(V::DOUBLE_PRECISION, T);
  case V::JSONB:
    return rendered("JSONB");
  case V::DateTime:
    return visit(V::TIMESTAMP, T);
  case V::Enum:
    if (!T.flag("native_enum"))
      return GenericTypeCompiler::visit(Visit, T);
    return visit(V::ENUM, T);
  case V::ENUM:
  case V::DOMAIN:
    return formatType(T);
  case V::TIMESTAMP:
    return rendered(withTimeZone("TIMESTAMP", T));
  case V::TIME:
    return rendered(withTimeZone("TIME", T));
  case V::INTERVAL: {
    std::string Text = "INTERVAL";
    if (T.has("fields"))
      Text += " " + pyStr(T.attr("fields"));
    if (T.has("precision"))
      Text += " (" + pyInt(T.attr("precision")) + ")";
    return rendered(Text);
  }
  case V::Interval: {
    if (!T.flag("native"))
      return GenericTypeCompiler::visit(Visit, T);
    // The dialect implementation: INTERVAL(precision=second_precision).
    ir::SqlType Native;
    Native.Class = "INTERVAL";
    Native.Dialect = "postgresql";
    if (const Scalar *P = T.Type.arg("second_precision"))
      Native.Args.push_back({"precision", *P});
    return process(Native);
  }
  case V::BIT:
    // Another dialect's BIT has no `varying`: SQLAlchemy fails on it.
    if (!T.is(PostgreSQLBit))
      return {TypeCompilation::Unsupported, "",
              "AttributeError: no attribute 'varying'"};
    if (T.flag("varying"))
      return rendered(T.has("length")
                          ? "BIT VARYING(" + pyInt(T.attr("length")) + ")"
                          : "BIT VARYING");
    return rendered("BIT(" + pyInt(T.attr("length")) + ")");
  case V::Uuid:
    if (T.flag("native_uuid"))
      return visit(V::UUID, T);
    return GenericTypeCompiler::visit(Visit, T);
  case V::LargeBinary:
    return visit(V::BYTEA, T);
  case V::BYTEA:
    return rendered("BYTEA");
  case V::ARRAY: {
    if (!T.Type.Inner)
      return unknown(T.Type, "an ARRAY whose item type is unknown");
    TypeCompilation Item = process(item(T.Type));
    if (!Item.rendered())
      return {Item.Status, "", Item.Reason};
    return rendered(renderArrayOf(Item.Text, T.Type));
  }
  default:
    return GenericTypeCompiler::visit(Visit, T);
  }
}

//===----------------------------------------------------------------------===//
// MySQLTypeCompiler
//===----------------------------------------------------------------------===//

class MySQLTypeCompiler final : public GenericTypeCompiler {
public:
  MySQLTypeCompiler() : GenericTypeCompiler(Dialect::MySQL) {}

private:
  TypeCompilation visit(TypeVisit Visit, const TypeView &T) override;

  /// _extend_numeric: UNSIGNED and ZEROFILL, for MySQL's own classes only.
  static std::string extendNumeric(const TypeView &T, std::string Spec) {
    if (!T.is(MySQLNumeric))
      return Spec;
    if (T.flag("unsigned"))
      Spec += " UNSIGNED";
    if (T.flag("zerofill"))
      Spec += " ZEROFILL";
    return Spec;
  }

  /// _extend_string: character set and collation. Only MySQL's classes
  /// have the charset/ascii/unicode/binary/national attributes; for others
  /// the visit's defaults stand in (national=True for NVARCHAR, NCHAR).
  static std::string extendString(const TypeView &T, StringRef Spec,
                                  bool NationalByDefault = false) {
    auto Attr = [&](StringRef Name) {
      if (T.is(MySQLString) || Name == "collation")
        return T.attr(Name);
      return Name == "national" ? Scalar::boolean(NationalByDefault)
                                : Scalar::none();
    };
    std::string Charset;
    if (truthy(Attr("charset")))
      Charset = "CHARACTER SET " + pyStr(Attr("charset"));
    else if (truthy(Attr("ascii")))
      Charset = "ASCII";
    else if (truthy(Attr("unicode")))
      Charset = "UNICODE";
    std::string Collation;
    if (truthy(Attr("collation")))
      Collation = "COLLATE " + pyStr(Attr("collation"));
    else if (truthy(Attr("binary")))
      Collation = "BINARY";

    std::vector<std::string> Parts;
    if (truthy(Attr("national")))
      Parts = {"NATIONAL", Spec.str(), Collation};
    else
      Parts = {Spec.str(), Charset, Collation};
    Parts.erase(std::remove(Parts.begin(), Parts.end(), ""), Parts.end());
    return llvm::join(Parts, " ");
  }

  /// _visit_enumerated_values, for ENUM and SET.
  static std::string enumeratedValues(StringRef Name, const TypeView &T) {
    std::vector<std::string> Quoted;
    for (const std::string &Value : T.Type.EnumValues) {
      std::string Escaped = escapePercents(Value, Dialect::MySQL);
      Quoted.push_back("'" + llvm::join(llvm::split(Escaped, '\''), "''") +
                       "'");
    }
    return extendString(T,
                        fmt::format("{}({})", Name, llvm::join(Quoted, ",")));
  }

  /// visit_INTEGER, visit_BIGINT, ... with a display width.
  static std::string integerSpec(StringRef Name, const TypeView &T) {
    if (T.is(MySQLNumeric) && T.has("display_width"))
      return extendNumeric(
          T, fmt::format("{}({})", Name, pyStr(T.attr("display_width"))));
    return extendNumeric(T, Name.str());
  }

  /// visit_DOUBLE and visit_REAL
  static std::string withPrecisionAndScale(StringRef Name, const TypeView &T) {
    if (T.has("precision") && T.has("scale"))
      return extendNumeric(T, fmt::format("{}({}, {})", Name,
                                          pyStr(T.attr("precision")),
                                          pyStr(T.attr("scale"))));
    return extendNumeric(T, Name.str());
  }

  /// visit_DATETIME, visit_TIME, visit_TIMESTAMP: fractional seconds.
  static std::string withFsp(StringRef Name, const TypeView &T) {
    if (!T.flag("fsp"))
      return Name.str();
    return fmt::format("{}({})", Name, pyInt(T.attr("fsp")));
  }
};

TypeCompilation MySQLTypeCompiler::visit(TypeVisit Visit, const TypeView &T) {
  using V = TypeVisit;
  switch (Visit) {
  case V::NUMERIC:
    return rendered(extendNumeric(T, numericSpec("NUMERIC", T)));
  case V::DECIMAL:
    return rendered(extendNumeric(T, numericSpec("DECIMAL", T)));
  case V::DOUBLE:
    return rendered(withPrecisionAndScale("DOUBLE", T));
  case V::REAL:
    return rendered(withPrecisionAndScale("REAL", T));
  case V::FLOAT:
    if (T.is(MySQLNumeric) && T.has("scale") && T.has("precision"))
      return rendered(extendNumeric(T, fmt::format("FLOAT({}, {})",
                                                   pyStr(T.attr("precision")),
                                                   pyStr(T.attr("scale")))));
    if (T.has("precision"))
      return rendered(
          extendNumeric(T, "FLOAT(" + pyStr(T.attr("precision")) + ")"));
    return rendered(extendNumeric(T, "FLOAT"));
  case V::INTEGER:
    return rendered(integerSpec("INTEGER", T));
  case V::BIGINT:
    return rendered(integerSpec("BIGINT", T));
  case V::MEDIUMINT:
    return rendered(integerSpec("MEDIUMINT", T));
  case V::TINYINT:
    return rendered(integerSpec("TINYINT", T));
  case V::SMALLINT:
    return rendered(integerSpec("SMALLINT", T));
  case V::BIT:
    return rendered(T.has("length") ? "BIT(" + pyStr(T.attr("length")) + ")"
                                    : "BIT");
  case V::DATETIME:
    return rendered(withFsp("DATETIME", T));
  case V::DATE:
    return rendered("DATE");
  case V::TIME:
    return rendered(withFsp("TIME", T));
  case V::TIMESTAMP:
    return rendered(withFsp("TIMESTAMP", T));
  case V::YEAR:
    return rendered(T.has("display_width")
                        ? "YEAR(" + pyStr(T.attr("display_width")) + ")"
                        : "YEAR");
  case V::TEXT:
    return rendered(extendString(
        T, T.has("length") ? "TEXT(" + pyInt(T.attr("length")) + ")" : "TEXT"));
  case V::TINYTEXT:
    return rendered(extendString(T, "TINYTEXT"));
  case V::MEDIUMTEXT:
    return rendered(extendString(T, "MEDIUMTEXT"));
  case V::LONGTEXT:
    return rendered(extendString(T, "LONGTEXT"));
  case V::VARCHAR:
    // MySQL has no VARCHAR without a length, and SQLAlchemy raises; the
    // bare VARCHAR at least keeps the column's character set and collation.
    if (!T.has("length"))
      return invalid(extendString(T, "VARCHAR"),
                     "VARCHAR requires a length on dialect mysql");
    return rendered(
        extendString(T, "VARCHAR(" + pyInt(T.attr("length")) + ")"));
  case V::CHAR:
    return rendered(extendString(
        T, T.has("length") ? "CHAR(" + pyStr(T.attr("length")) + ")" : "CHAR"));
  case V::NVARCHAR:
    // MySQL spells NVARCHAR as NATIONAL VARCHAR.
    if (!T.has("length"))
      return invalid(extendString(T, "VARCHAR", /*NationalByDefault=*/true),
                     "NVARCHAR requires a length on dialect mysql");
    return rendered(extendString(T, "VARCHAR(" + pyStr(T.attr("length")) + ")",
                                 /*NationalByDefault=*/true));
  case V::NCHAR:
    return rendered(extendString(
        T, T.has("length") ? "CHAR(" + pyStr(T.attr("length")) + ")" : "CHAR",
        /*NationalByDefault=*/true));
  case V::UUID:
    return rendered("UUID");
  case V::VARBINARY:
    if (!T.has("length"))
      return invalid("VARBINARY", "%d format: a real number is required, not "
                                  "NoneType (VARBINARY without a length)");
    return rendered("VARBINARY(" + pyInt(T.attr("length")) + ")");
  case V::LargeBinary:
    return visit(V::BLOB, T);
  case V::Enum:
    if (!T.flag("native_enum"))
      return GenericTypeCompiler::visit(Visit, T);
    return rendered(enumeratedValues("ENUM", T));
  case V::BLOB:
    return rendered(T.has("length") ? "BLOB(" + pyInt(T.attr("length")) + ")"
                                    : "BLOB");
  case V::TINYBLOB:
    return rendered("TINYBLOB");
  case V::MEDIUMBLOB:
    return rendered("MEDIUMBLOB");
  case V::LONGBLOB:
    return rendered("LONGBLOB");
  case V::ENUM:
    return rendered(enumeratedValues("ENUM", T));
  case V::SET:
    return rendered(enumeratedValues("SET", T));
  case V::BOOLEAN:
    return rendered("BOOL");
  default:
    return GenericTypeCompiler::visit(Visit, T);
  }
}

//===----------------------------------------------------------------------===//
// SQLiteTypeCompiler
//===----------------------------------------------------------------------===//

class SQLiteTypeCompiler final : public GenericTypeCompiler {
public:
  SQLiteTypeCompiler() : GenericTypeCompiler(Dialect::SQLite) {}

private:
  TypeCompilation visit(TypeVisit Visit, const TypeView &T) override {
    using V = TypeVisit;
    switch (Visit) {
    case V::DATETIME:
    case V::DATE:
    case V::TIME: {
      // A storage format of digits only gives the column NUMERIC affinity
      // unless the type name says otherwise: DATETIME_CHAR.
      Scalar Format = T.attr("storage_format");
      if (!T.is(SQLiteStorageFormat) || Format.Kind != Scalar::Str ||
          storageFormatHasNonDigits(Format.StrValue))
        return GenericTypeCompiler::visit(Visit, T);
      StringRef Name = Visit == V::DATETIME ? "DATETIME"
                       : Visit == V::DATE   ? "DATE"
                                            : "TIME";
      return rendered(Name.str() + "_CHAR");
    }
    default:
      return GenericTypeCompiler::visit(Visit, T);
    }
  }
};

} // namespace

//===----------------------------------------------------------------------===//
// Entry points
//===----------------------------------------------------------------------===//

std::string renderArrayOf(StringRef ItemText, const ir::SqlType &Array) {
  const Scalar *Dimensions = Array.arg("dimensions");
  int64_t Count =
      Dimensions && !isNone(*Dimensions) ? asInteger(*Dimensions) : 1;
  std::string Brackets;
  for (int64_t I = 0; I < Count; ++I)
    Brackets += "[]";
  // The brackets go before a trailing COLLATE clause of the item type.
  size_t Collate = ItemText.find(" COLLATE");
  if (Collate == StringRef::npos)
    return ItemText.str() + Brackets;
  return (ItemText.take_front(Collate) + Brackets +
          ItemText.drop_front(Collate))
      .str();
}

TypeCompilation compileType(const ir::SqlType &Type, Dialect D) {
  switch (D) {
  case Dialect::PostgreSQL:
    return PGTypeCompiler().process(Type);
  case Dialect::MySQL:
    return MySQLTypeCompiler().process(Type);
  case Dialect::SQLite:
    return SQLiteTypeCompiler().process(Type);
  }
  return {};
}

} // namespace schemac::passes::detail