//===- FormatSpec.cpp - Python's format-spec mini-language ---------------===//
//
// What format(value, spec) gives for the values names are made of -- str,
// int, bool, float -- as f"{n:03d}" and "{:>8}".format(s) need it: fill and
// alignment, sign, '#', zero padding, width, grouping, precision and the
// types s, d, b, o, x, X, f, F, e, E, g, G and % (and none). Anything else
// has no known text, and the caller says so.
//
//===----------------------------------------------------------------------===//

#include "sema/Object.h"

#include "support/PyRepr.h"

#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace schemac::sema {

namespace {

struct Spec {
  char Fill = ' ';
  char Align = 0; // '<', '>', '^', '=' or 0 for the type's default
  char Sign = '-';
  bool Alternate = false;
  size_t Width = 0;
  char Grouping = 0;
  std::optional<size_t> Precision;
  char Type = 0;
};

bool isAlign(char C) { return C == '<' || C == '>' || C == '^' || C == '='; }

std::optional<Spec> parseSpec(llvm::StringRef S) {
  Spec Out;
  if (S.size() >= 2 && isAlign(S[1])) {
    Out.Fill = S[0];
    Out.Align = S[1];
    S = S.drop_front(2);
  } else if (!S.empty() && isAlign(S[0])) {
    Out.Align = S[0];
    S = S.drop_front();
  }
  if (!S.empty() && (S[0] == '+' || S[0] == '-' || S[0] == ' ')) {
    Out.Sign = S[0];
    S = S.drop_front();
  }
  if (S.consume_front("#"))
    Out.Alternate = true;
  if (S.starts_with("0") && !Out.Align) {
    Out.Fill = '0';
    Out.Align = '=';
  }
  size_t Digits = S.find_first_not_of("0123456789");
  if (Digits == llvm::StringRef::npos)
    Digits = S.size();
  if (Digits && S.take_front(Digits).getAsInteger(10, Out.Width))
    return std::nullopt;
  S = S.drop_front(Digits);
  if (!S.empty() && (S[0] == ',' || S[0] == '_')) {
    Out.Grouping = S[0];
    S = S.drop_front();
  }
  if (S.consume_front(".")) {
    size_t PrecisionDigits = S.find_first_not_of("0123456789");
    if (PrecisionDigits == llvm::StringRef::npos)
      PrecisionDigits = S.size();
    size_t P;
    if (!PrecisionDigits || S.take_front(PrecisionDigits).getAsInteger(10, P))
      return std::nullopt;
    Out.Precision = P;
    S = S.drop_front(PrecisionDigits);
  }
  if (S.size() > 1)
    return std::nullopt;
  if (S.size() == 1)
    Out.Type = S[0];
  return Out;
}

/// Digits in groups of \p Every from the right, joined by \p Separator.
std::string group(llvm::StringRef Digits, char Separator, size_t Every) {
  std::string Out;
  for (size_t I = 0; I < Digits.size(); ++I) {
    if (I && (Digits.size() - I) % Every == 0)
      Out += Separator;
    Out += Digits[I];
  }
  return Out;
}

/// Pads a number's sign and prefix and its digits to the width.
void pad(const Spec &S, std::string Prefix, std::string Body, char Default,
         std::string &Out) {
  size_t Length = Prefix.size() + Body.size();
  size_t Padding = S.Width > Length ? S.Width - Length : 0;
  char Align = S.Align ? S.Align : Default;
  std::string Fill(Padding, S.Fill);
  switch (Align) {
  case '<':
    Out += Prefix + Body + Fill;
    break;
  case '^':
    Out += std::string(Padding / 2, S.Fill) + Prefix + Body +
           std::string(Padding - Padding / 2, S.Fill);
    break;
  case '=':
    Out += Prefix + Fill + Body;
    break;
  default:
    Out += Fill + Prefix + Body;
  }
}

std::string signOf(bool Negative, char Sign) {
  if (Negative)
    return "-";
  if (Sign == '+')
    return "+";
  if (Sign == ' ')
    return " ";
  return "";
}

bool formatInt(int64_t V, const Spec &S, std::string &Out) {
  unsigned Radix = 10;
  std::string Prefix;
  switch (S.Type) {
  case 0:
  case 'd':
    break;
  case 'b':
    Radix = 2;
    Prefix = "0b";
    break;
  case 'o':
    Radix = 8;
    Prefix = "0o";
    break;
  case 'x':
  case 'X':
    Radix = 16;
    Prefix = S.Type == 'x' ? "0x" : "0X";
    break;
  default:
    return false;
  }
  // Python rejects both: precision in an integer format, ',' in one
  // other than decimal.
  if (S.Precision || (S.Grouping == ',' && Radix != 10))
    return false;
  uint64_t Magnitude = V < 0 ? 0 - static_cast<uint64_t>(V) : V;
  std::string Digits = llvm::toString(llvm::APInt(64, Magnitude), Radix,
                                      /*Signed=*/false);
  Digits = S.Type == 'X' ? llvm::StringRef(Digits).upper()
                         : llvm::StringRef(Digits).lower();
  if (S.Grouping)
    Digits = group(Digits, S.Grouping, Radix == 10 ? 3 : 4);
  pad(S, signOf(V < 0, S.Sign) + (S.Alternate ? Prefix : ""), Digits, '>', Out);
  return true;
}

/// printf of a non-negative float with a precision ("%.*e"); false where
/// the text does not fit the buffer.
bool printFloat(const char *Format, int Precision, double Value,
                std::string &Out) {
  char Buffer[512];
  int N = std::snprintf(Buffer, sizeof Buffer, Format, Precision, Value);
  if (N < 0 || static_cast<size_t>(N) >= sizeof Buffer)
    return false;
  Out.assign(Buffer, N);
  return true;
}

/// A float without a type: repr() without a precision; with one, 'g' that
/// keeps a digit after the point and turns to an exponent one digit sooner
/// (CPython's Py_DTSF_ADD_DOT_0), which no printf conversion does.
bool formatFloatNoType(double V, const Spec &S, std::string &Out) {
  if (S.Alternate || S.Grouping)
    return false;
  double Value = std::fabs(V);
  std::string Body;
  if (!S.Precision) {
    pyrepr::reprFloat(Value, Body);
  } else {
    int Precision = std::max<int>(1, static_cast<int>(*S.Precision));
    // The digits as rounded to the precision tell the exponent.
    std::string Scientific;
    if (!printFloat("%.*e", Precision - 1, Value, Scientific))
      return false;
    auto [Mantissa, ExponentText] = llvm::StringRef(Scientific).split('e');
    int Exponent = 0;
    // getAsInteger takes a '-' but not a '+'.
    if (ExponentText.drop_while([](char C) { return C == '+'; })
            .getAsInteger(10, Exponent))
      return false;
    if (Exponent < -4 || Exponent >= Precision - 1) {
      if (Mantissa.contains('.'))
        Mantissa = Mantissa.rtrim('0').rtrim('.');
      Body = (Mantissa + "e" + ExponentText).str();
    } else {
      if (!printFloat("%.*g", Precision, Value, Body))
        return false;
      if (!llvm::StringRef(Body).contains('.'))
        Body += ".0";
    }
  }
  pad(S, signOf(std::signbit(V), S.Sign), Body, '>', Out);
  return true;
}

bool formatFloat(double V, const Spec &S, std::string &Out) {
  char Type = S.Type;
  if (std::isnan(V) || std::isinf(V) || S.Grouping)
    return false;
  if (Type == 0)
    return formatFloatNoType(V, S, Out);
  size_t Precision = S.Precision.value_or(6);
  double Value = std::fabs(V);
  std::string Suffix;
  if (Type == '%') {
    Value *= 100;
    Type = 'f';
    Suffix = "%";
  }
  // C's printf conversions are Python's for these ('F' only differs for
  // inf and nan, which are not formatted here).
  if (!llvm::StringRef("fFeEgG").contains(Type))
    return false;
  std::string Format = S.Alternate ? "%#.*" : "%.*";
  Format += Type == 'F' ? 'f' : Type;
  std::string Body;
  if (!printFloat(Format.c_str(), static_cast<int>(Precision), Value, Body))
    return false;
  pad(S, signOf(std::signbit(V), S.Sign), Body + Suffix, '>', Out);
  return true;
}

} // namespace

bool formatOf(const Object *O, llvm::StringRef SpecText, std::string &Out) {
  if (SpecText.empty())
    return strOf(O, Out);
  std::optional<Spec> S = parseSpec(SpecText);
  if (!S)
    return false;
  switch (O->Kind) {
  case ObjKind::Str: {
    if ((S->Type && S->Type != 's') || S->Sign != '-' || S->Alternate ||
        S->Grouping || S->Align == '=')
      return false;
    llvm::StringRef V = cast<StrObj>(O)->Value;
    if (S->Precision)
      V = V.take_front(*S->Precision);
    pad(*S, "", V.str(), '<', Out);
    return true;
  }
  case ObjKind::Bool:
  case ObjKind::Int: {
    // A bool as an int, given a spec (format(True, ">3") is "  1").
    int64_t V =
        isa<BoolObj>(O) ? cast<BoolObj>(O)->Value : cast<IntObj>(O)->Value;
    if (llvm::StringRef("eEfFgG%").contains(S->Type) && S->Type)
      return formatFloat(static_cast<double>(V), *S, Out);
    return formatInt(V, *S, Out);
  }
  case ObjKind::Float:
    return formatFloat(cast<FloatObj>(O)->Value, *S, Out);
  default:
    return false;
  }
}

} // namespace schemac::sema
