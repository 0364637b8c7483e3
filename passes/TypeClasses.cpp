//===- TypeClasses.cpp - SQLAlchemy's type classes and attributes ---------===//

#include "passes/TypeClasses.h"
#include "support/PyRepr.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <algorithm>

using llvm::StringRef;

namespace schemac::passes::detail {

using ir::Scalar;

namespace {

const TypeClassInfo TypeClasses[] = {
#define TYPE_CLASS(Module, Name, Visit, Generic, Traits)                       \
  {Module, Name, TypeVisit::Visit, Generic, Traits},
#include "passes/SqlTypeClasses.def"
};

/// len() of a str given as UTF-8: its code points.
int64_t codePointCount(StringRef Utf8) {
  return llvm::count_if(Utf8, [](char C) { return (C & 0xC0) != 0x80; });
}

Scalar argument(const ir::SqlType &Type, StringRef Name) {
  const Scalar *S = Type.arg(Name.str());
  return S ? *S : Scalar::none();
}

} // namespace

//===----------------------------------------------------------------------===//
// Classes
//===----------------------------------------------------------------------===//

const TypeClassInfo *findTypeClass(StringRef Module, StringRef Name) {
  auto Find = [&](StringRef InModule) -> const TypeClassInfo * {
    for (const TypeClassInfo &Class : TypeClasses)
      if (Class.Module == InModule && Class.Name == Name)
        return &Class;
    return nullptr;
  };
  if (!Module.empty())
    if (const TypeClassInfo *Class = Find(Module))
      return Class;
  return Find("");
}

bool isArrayType(const ir::SqlType &Type) {
  const TypeClassInfo *Class = findTypeClass(Type.Dialect, Type.Class);
  return Class && Class->Visit == TypeVisit::ARRAY;
}

std::optional<ir::SqlType> asGenericType(const ir::SqlType &Type) {
  const TypeClassInfo *Class = findTypeClass(Type.Dialect, Type.Class);
  if (!Class || Class->Generic.empty())
    return std::nullopt;
  TypeView T(Type, *Class);
  ir::SqlType Generic;
  Generic.Class = Class->Generic.str();
  // util.constructor_copy: the generic class's constructor arguments, taken
  // from the attributes of the same name.
  auto Copy = [&](StringRef From, StringRef To) {
    Scalar Value = T.attr(From);
    if (!isNone(Value))
      Generic.Args.push_back({To.str(), Value});
  };
  if (Class->Generic == "Interval") {
    Copy("precision", "second_precision"); // postgresql.INTERVAL.as_generic()
  } else if (Class->Generic == "Enum") {
    // Enum.as_generic(): the values and the length; the collation it is
    // also given goes unused.
    Generic.EnumValues = Type.EnumValues;
    Copy("length", "length");
  } else {
    for (StringRef Name : {"length", "collation", "none_as_null"})
      Copy(Name, Name);
  }
  return Generic;
}

//===----------------------------------------------------------------------===//
// Attributes
//===----------------------------------------------------------------------===//

bool isNone(const Scalar &S) { return S.Kind == Scalar::None; }

bool truthy(const Scalar &S) {
  switch (S.Kind) {
  case Scalar::None:
    return false;
  case Scalar::Bool:
    return S.BoolValue;
  case Scalar::Int:
    return S.IntValue != 0;
  case Scalar::Float:
    return S.FloatValue != 0;
  case Scalar::Str:
    return !S.StrValue.empty();
  }
  return false;
}

std::string pyStr(const Scalar &S) {
  switch (S.Kind) {
  case Scalar::None:
    return "None";
  case Scalar::Bool:
    return S.BoolValue ? "True" : "False";
  case Scalar::Int:
    return std::to_string(S.IntValue);
  case Scalar::Float: {
    std::string Out;
    pyrepr::reprFloat(S.FloatValue, Out);
    return Out;
  }
  case Scalar::Str:
    return S.StrValue;
  }
  return "";
}

int64_t asInteger(const Scalar &S) {
  switch (S.Kind) {
  case Scalar::Bool:
    return S.BoolValue;
  case Scalar::Int:
    return S.IntValue;
  case Scalar::Float:
    return static_cast<int64_t>(S.FloatValue);
  default:
    return 0;
  }
}

std::string pyInt(const Scalar &S) {
  if (S.Kind == Scalar::Bool || S.Kind == Scalar::Float)
    return std::to_string(asInteger(S));
  return pyStr(S);
}

bool storageFormatHasNonDigits(StringRef Format) {
  for (size_t I = 0; I < Format.size(); ++I) {
    if (Format[I] != '%') {
      if (!llvm::isDigit(Format[I]))
        return true;
      continue;
    }
    // "%%" prints a '%'; a conversion without a (key) is an error.
    size_t Close = Format.find(')', I);
    if (!Format.substr(I + 1).starts_with("(") || Close == StringRef::npos)
      return true;
    size_t J = Close + 1;
    StringRef Flags = Format.substr(J).take_while(
        [](char C) { return StringRef("-+ #0").contains(C); });
    J += Flags.size();
    StringRef Width = Format.substr(J).take_while(llvm::isDigit);
    J += Width.size();
    if (J >= Format.size())
      return true;
    char Conversion = Format[J];
    unsigned MinWidth = 0;
    Width.getAsInteger(10, MinWidth);
    // Zero prints as "0": padding adds spaces unless zero-filled (never for
    // %s), a sign flag or an alternate form adds a character, and %f and %e
    // add a point.
    bool ZeroFilled = Flags.contains('0') && !Flags.contains('-') &&
                      !StringRef("sra").contains(Conversion);
    bool AlternateForm =
        Flags.contains('#') && StringRef("xXo").contains(Conversion);
    if (Flags.contains('+') || Flags.contains(' ') || AlternateForm ||
        (MinWidth > 1 && !ZeroFilled) ||
        !StringRef("diusragGxXo").contains(Conversion))
      return true;
    I = J;
  }
  return false;
}

Scalar TypeView::attr(StringRef Name) const {
  if (Name == "length") {
    // Enum(length=None) is honoured; only a missing length is computed.
    if (is(EnumValues) && !Type.arg("length")) {
      int64_t Longest = 0;
      for (const std::string &Value : Type.EnumValues)
        Longest = std::max(Longest, codePointCount(Value));
      return Scalar::integer(Longest);
    }
    if (is(PostgreSQLBit) && !truthy(argument(Type, "varying")) &&
        !truthy(argument(Type, "length")))
      return Scalar::integer(1);
  }
  if ((Name == "native_enum" && is(AlwaysNativeEnum)) ||
      (Name == "national" && is(NationalString)))
    return Scalar::boolean(true); // set by the constructor, whatever given
  Scalar Value = argument(Type, Name);
  if (!isNone(Value))
    return Value;
  if (Name == "native_enum" || Name == "native_uuid" || Name == "native")
    return Scalar::boolean(true);
  return Value;
}

} // namespace schemac::passes::detail
