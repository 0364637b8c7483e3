//===- TypeChange.cpp - How a column type changed ------------------------===//
//
// A rendered type ("VARCHAR(255)", "NUMERIC(10, 2)", "TIMESTAMP WITH TIME
// ZONE", "BIGINT", "INTEGER[]") is read back into a family and its
// capacity; two types of one family compare by capacity.
//
//===----------------------------------------------------------------------===//

#include "passes/TypeChange.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"

#include <limits>

namespace schemac::passes {

namespace {

enum class Family : uint8_t {
  Integer,
  Exact, ///< NUMERIC / DECIMAL
  Float,
  String,
  Binary,
  Boolean,
  Date,
  Time,
  Timestamp,
  Interval,
  Json,
  Uuid,
  Array,
  Other
};

constexpr int64_t Unbounded = std::numeric_limits<int64_t>::max();

struct Shape {
  Family F = Family::Other;
  /// Integer: storage bytes; String/Binary: length (Unbounded for TEXT);
  /// Float: bits; Time/Timestamp: fractional digits.
  int64_t Capacity = 0;
  int64_t Precision = 0, Scale = 0; ///< Exact
  bool TimeZone = false;
  bool Unsigned = false;
  std::string Base;    ///< The name without arguments, upper case.
  std::string Element; ///< Array: the element type.
};

/// The numbers in "NAME(a, b)".
llvm::SmallVector<int64_t, 2> argumentsOf(llvm::StringRef T) {
  llvm::SmallVector<int64_t, 2> Out;
  size_t Open = T.find('(');
  if (Open == llvm::StringRef::npos)
    return Out;
  llvm::StringRef Inside = T.drop_front(Open + 1).split(')').first;
  llvm::SmallVector<llvm::StringRef, 2> Parts;
  Inside.split(Parts, ',');
  for (llvm::StringRef P : Parts) {
    int64_t V;
    if (!P.trim().getAsInteger(10, V))
      Out.push_back(V);
  }
  return Out;
}

Shape shapeOf(llvm::StringRef Text, Dialect D) {
  Shape S;
  std::string Upper = Text.trim().upper();
  llvm::StringRef T(Upper);
  if (T.ends_with("[]")) {
    S.F = Family::Array;
    S.Element = T.drop_back(2).str();
    return S;
  }
  S.Unsigned = T.contains(" UNSIGNED");
  S.TimeZone = T.contains("WITH TIME ZONE");
  llvm::StringRef Base =
      T.take_until([](char C) { return C == '(' || C == ' '; });
  S.Base = Base.str();
  auto Args = argumentsOf(T);
  auto Arg = [&](size_t I, int64_t Default) {
    return I < Args.size() ? Args[I] : Default;
  };
  // MySQL's TEXT holds 65,535 bytes; elsewhere it is unbounded.
  int64_t TextSize = D == Dialect::MySQL ? 65535 : Unbounded;
  struct Known {
    Family F;
    int64_t Capacity;
  };
  auto K = llvm::StringSwitch<std::optional<Known>>(Base)
               .Case("TINYINT", Known{Family::Integer, 1})
               .Case("SMALLINT", Known{Family::Integer, 2})
               .Case("MEDIUMINT", Known{Family::Integer, 3})
               .Cases("INTEGER", "INT", Known{Family::Integer, 4})
               .Case("BIGINT", Known{Family::Integer, 8})
               .Cases("NUMERIC", "DECIMAL", Known{Family::Exact, 0})
               .Case("REAL", Known{Family::Float, 32})
               .Cases("FLOAT", "DOUBLE", Known{Family::Float, 64})
               .Cases("VARCHAR", "NVARCHAR", "CHAR", "NCHAR",
                      Known{Family::String, Unbounded})
               .Case("TINYTEXT", Known{Family::String, 255})
               .Case("TEXT", Known{Family::String, TextSize})
               .Case("MEDIUMTEXT", Known{Family::String, 16777215})
               .Cases("LONGTEXT", "CLOB", Known{Family::String, Unbounded})
               .Cases("VARBINARY", "BINARY", Known{Family::Binary, Unbounded})
               .Case("TINYBLOB", Known{Family::Binary, 255})
               .Case("BLOB", Known{Family::Binary,
                                   D == Dialect::MySQL ? 65535 : Unbounded})
               .Case("MEDIUMBLOB", Known{Family::Binary, 16777215})
               .Cases("LONGBLOB", "BYTEA", Known{Family::Binary, Unbounded})
               .Cases("BOOLEAN", "BOOL", Known{Family::Boolean, 0})
               .Case("DATE", Known{Family::Date, 0})
               .Case("TIME", Known{Family::Time, 6})
               .Cases("TIMESTAMP", "DATETIME", Known{Family::Timestamp, 6})
               .Case("INTERVAL", Known{Family::Interval, 0})
               .Cases("JSON", "JSONB", Known{Family::Json, 0})
               .Case("UUID", Known{Family::Uuid, 0})
               .Default(std::nullopt);
  if (!K)
    return S;
  S.F = K->F;
  S.Capacity = K->Capacity;
  switch (S.F) {
  case Family::String:
  case Family::Binary:
    if (!Args.empty())
      S.Capacity = Args[0];
    break;
  case Family::Exact:
    // NUMERIC alone takes any precision (PostgreSQL); MySQL's DECIMAL is
    // DECIMAL(10, 0).
    S.Precision = Arg(0, D == Dialect::MySQL ? 10 : 1000);
    S.Scale = Arg(1, 0);
    break;
  case Family::Float:
    if (Base == "DOUBLE" || T.starts_with("DOUBLE PRECISION"))
      S.Capacity = 64;
    else if (!Args.empty())
      S.Capacity = Args[0] <= 24 ? 32 : 64;
    break;
  case Family::Time:
  case Family::Timestamp:
    // MySQL's DATETIME without fsp keeps whole seconds.
    S.Capacity = Arg(0, D == Dialect::MySQL ? 0 : 6);
    break;
  default:
    break;
  }
  return S;
}

TypeChangeKind compareCapacity(int64_t Old, int64_t New) {
  if (Old == New)
    return TypeChangeKind::None;
  return New > Old ? TypeChangeKind::Widened : TypeChangeKind::Narrowed;
}

/// Digits an integer of so many bytes needs.
int64_t integerDigits(int64_t Bytes) {
  switch (Bytes) {
  case 1:
    return 3;
  case 2:
    return 5;
  case 3:
    return 8;
  case 4:
    return 10;
  default:
    return 19;
  }
}

} // namespace

TypeChangeKind classifyTypeChange(llvm::StringRef Old, llvm::StringRef New,
                                  Dialect D) {
  if (Old.trim().equals_insensitive(New.trim()))
    return TypeChangeKind::None;
  Shape A = shapeOf(Old, D), B = shapeOf(New, D);
  if (A.F == Family::Array && B.F == Family::Array)
    return classifyTypeChange(A.Element, B.Element, D);
  if (A.F == Family::Integer && B.F == Family::Exact)
    return B.Precision - B.Scale >= integerDigits(A.Capacity)
               ? TypeChangeKind::Widened
               : TypeChangeKind::Narrowed;
  if (A.F == Family::Exact && B.F == Family::Integer)
    return TypeChangeKind::Narrowed;
  if (A.F != B.F || A.F == Family::Other)
    return TypeChangeKind::Family;
  switch (A.F) {
  case Family::Integer: {
    if (A.Unsigned != B.Unsigned)
      // Unsigned to signed of the same size loses the top half, and back
      // the negatives: wider only when the new one is larger too.
      return B.Capacity > A.Capacity && !B.Unsigned ? TypeChangeKind::Widened
                                                    : TypeChangeKind::Narrowed;
    return compareCapacity(A.Capacity, B.Capacity);
  }
  case Family::String: {
    // CHAR pads what it stores: going to it changes the values.
    auto Fixed = [](llvm::StringRef Base) {
      return Base == "CHAR" || Base == "NCHAR";
    };
    if (Fixed(B.Base) && !Fixed(A.Base))
      return TypeChangeKind::Family;
    if (Fixed(A.Base) && !Fixed(B.Base))
      return B.Capacity >= A.Capacity ? TypeChangeKind::Widened
                                      : TypeChangeKind::Narrowed;
    // VARCHAR and TEXT are two types to the database, whatever they hold.
    if (A.Capacity == B.Capacity && A.Base != B.Base)
      return TypeChangeKind::Respelled;
    return compareCapacity(A.Capacity, B.Capacity);
  }
  case Family::Binary:
  case Family::Float:
    return compareCapacity(A.Capacity, B.Capacity);
  case Family::Exact: {
    int64_t IntA = A.Precision - A.Scale, IntB = B.Precision - B.Scale;
    if (IntA == IntB && A.Scale == B.Scale)
      return TypeChangeKind::None;
    return IntB >= IntA && B.Scale >= A.Scale ? TypeChangeKind::Widened
                                              : TypeChangeKind::Narrowed;
  }
  case Family::Time:
  case Family::Timestamp:
    if (A.TimeZone != B.TimeZone)
      return TypeChangeKind::TimeZone;
    return compareCapacity(A.Capacity, B.Capacity);
  case Family::Json:
    // JSON to JSONB re-encodes (key order, duplicate keys): a new kind of
    // value for whoever reads the text.
    return A.Base == B.Base ? TypeChangeKind::None : TypeChangeKind::Family;
  default:
    // Same family, different spelling (BOOL / BOOLEAN): nothing a reader
    // sees.
    return TypeChangeKind::None;
  }
}

} // namespace schemac::passes
