//===- PyRepr.cpp - Python constants as CPython 3.11 prints them ----------===//
//
// The formatting rules mirror CPython 3.11's unicode_repr() and PyBytes_Repr()
// in Objects/, and format_float_short() in Python/pystrtod.c.
//
//===----------------------------------------------------------------------===//

#include "support/PyRepr.h"
#include "support/Unicode.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <system_error>

using namespace schemac;

/// Appends \p Value as \p Width lowercase hex digits.
static void appendHex(uint32_t Value, unsigned Width, std::string &Out) {
  for (unsigned Shift = Width * 4; Shift != 0;) {
    Shift -= 4;
    Out += llvm::hexdigit(Value >> Shift & 0xF, /*LowerCase=*/true);
  }
}

/// repr() quotes with ' unless the text contains ' but no ".
static char chooseQuote(llvm::StringRef Text) {
  return Text.contains('\'') && !Text.contains('"') ? '"' : '\'';
}

/// Appends the escape both str and bytes repr() use for the ASCII character
/// \p Ch, or \p Ch itself.
static void appendAsciiRepr(char Ch, char Quote, std::string &Out) {
  switch (Ch) {
  case '\t':
    Out += "\\t";
    return;
  case '\n':
    Out += "\\n";
    return;
  case '\r':
    Out += "\\r";
    return;
  default:
    break;
  }
  if (Ch == Quote || Ch == '\\') {
    Out += '\\';
    Out += Ch;
  } else if (Ch < 0x20 || Ch == 0x7F) {
    Out += "\\x";
    appendHex(Ch, 2, Out);
  } else {
    Out += Ch;
  }
}

void pyrepr::reprStr(llvm::StringRef Wtf8, std::string &Out) {
  char Quote = chooseQuote(Wtf8);
  Out += Quote;
  for (const char *P = Wtf8.begin(), *E = Wtf8.end(); P != E;) {
    unsigned char Lead = *P;
    if (Lead < 0x80) {
      appendAsciiRepr(*P++, Quote, Out);
      continue;
    }
    char32_t C;
    unsigned Len = unicode::decodeUtf8(P, E, C);
    if (Len == 0) {
      Out += "\\x";
      appendHex(Lead, 2, Out);
      ++P;
      continue;
    }
    if (unicode::isPrintable(C)) {
      Out.append(P, Len);
    } else if (C <= 0xFF) {
      Out += "\\x";
      appendHex(C, 2, Out);
    } else if (C <= 0xFFFF) {
      Out += "\\u";
      appendHex(C, 4, Out);
    } else {
      Out += "\\U";
      appendHex(C, 8, Out);
    }
    P += Len;
  }
  Out += Quote;
}

void pyrepr::reprBytes(llvm::StringRef Bytes, std::string &Out) {
  char Quote = chooseQuote(Bytes);
  Out += 'b';
  Out += Quote;
  for (char Ch : Bytes) {
    if (static_cast<unsigned char>(Ch) >= 0x80) {
      Out += "\\x";
      appendHex(static_cast<unsigned char>(Ch), 2, Out);
    } else {
      appendAsciiRepr(Ch, Quote, Out);
    }
  }
  Out += Quote;
}

/// Appends the shortest digit string that reads back as \p V, laid out as
/// CPython's float_repr_style 'r' does; \p AddDot0 marks integral values in
/// fixed notation with ".0" (Py_DTSF_ADD_DOT_0), which float repr does and
/// complex repr does not.
static void appendShortest(double V, bool AddDot0, std::string &Out) {
  if (std::isnan(V)) {
    // repr() drops the sign of a NaN.
    Out += "nan";
    return;
  }
  if (std::signbit(V))
    Out += '-';
  if (std::isinf(V)) {
    Out += "inf";
    return;
  }

  // Scientific notation yields the shortest round-trip digits as
  // "d[.ddd]e(+|-)XX", which splits into digits and exponent unambiguously.
  char Buf[32];
  std::to_chars_result R = std::to_chars(Buf, Buf + sizeof(Buf), std::fabs(V),
                                         std::chars_format::scientific);
  assert(R.ec == std::errc() && "buffer too small for a double");
  llvm::StringRef Sci(Buf, R.ptr - Buf);
  size_t EPos = Sci.find('e');
  llvm::SmallString<20> Digits(Sci.take_front(EPos));
  if (Digits.size() > 1)
    Digits.erase(Digits.begin() + 1); // The '.'.
  int Exponent = 0;
  std::from_chars(Sci.data() + EPos + 2, Sci.end(), Exponent);
  if (Sci[EPos + 1] == '-')
    Exponent = -Exponent;

  // CPython's decpt: the value is 0.<Digits> * 10^DecPt.
  int DecPt = Exponent + 1;
  int NumDigits = Digits.size();
  if (DecPt <= -4 || DecPt > 16) {
    Out += Digits[0];
    if (NumDigits > 1) {
      Out += '.';
      Out.append(Digits.begin() + 1, Digits.end());
    }
    // to_chars writes the exponent as CPython's "%+.02d" does.
    Out.append(Sci.begin() + EPos, Sci.end());
  } else if (DecPt <= 0) {
    Out += "0.";
    Out.append(-DecPt, '0');
    Out += Digits;
  } else if (DecPt >= NumDigits) {
    Out += Digits;
    Out.append(DecPt - NumDigits, '0');
    if (AddDot0)
      Out += ".0";
  } else {
    Out.append(Digits.begin(), Digits.begin() + DecPt);
    Out += '.';
    Out.append(Digits.begin() + DecPt, Digits.end());
  }
}

void pyrepr::reprFloat(double V, std::string &Out) {
  appendShortest(V, /*AddDot0=*/true, Out);
}

void pyrepr::reprImaginary(double Imag, std::string &Out) {
  appendShortest(Imag, /*AddDot0=*/false, Out);
  Out += 'j';
}

/// The value of the digit \p Ch in any base up to 16, or 16 if it is none.
static unsigned digitValue(char Ch) {
  if (llvm::isDigit(Ch))
    return Ch - '0';
  char Lower = llvm::toLower(Ch);
  if (Lower >= 'a' && Lower <= 'f')
    return Lower - 'a' + 10;
  return 16;
}

/// Appends the decimal form of the non-decimal digits \p Digits (most
/// significant first, already validated) in \p Base.
static void appendNonDecimal(llvm::StringRef Digits, unsigned Base,
                             std::string &Out) {
  // Literals nearly always fit in 64 bits.
  uint64_t Small = 0;
  bool Fits = true;
  for (char Ch : Digits) {
    if (Ch == '_')
      continue;
    // Stops before Small * 16 + 15 could overflow, a bit early below base 16.
    if (Small > (std::numeric_limits<uint64_t>::max() >> 4)) {
      Fits = false;
      break;
    }
    Small = Small * Base + digitValue(Ch);
  }
  if (Fits) {
    Out += std::to_string(Small);
    return;
  }

  // Little-endian base 2^32 limbs; quadratic, which is fine for the sizes
  // CPython will print at all.
  llvm::SmallVector<uint32_t, 16> Limbs;
  for (char Ch : Digits) {
    if (Ch == '_')
      continue;
    uint64_t Carry = digitValue(Ch);
    for (uint32_t &Limb : Limbs) {
      uint64_t Product = uint64_t(Limb) * Base + Carry;
      Limb = static_cast<uint32_t>(Product);
      Carry = Product >> 32;
    }
    if (Carry)
      Limbs.push_back(static_cast<uint32_t>(Carry));
  }

  // Peel off base 10^9 chunks, least significant first.
  constexpr uint32_t ChunkBase = 1000000000;
  llvm::SmallVector<uint32_t, 32> Chunks;
  while (!Limbs.empty()) {
    uint64_t Remainder = 0;
    for (uint32_t &Limb : llvm::reverse(Limbs)) {
      uint64_t Dividend = Remainder << 32 | Limb;
      Limb = static_cast<uint32_t>(Dividend / ChunkBase);
      Remainder = Dividend % ChunkBase;
    }
    Chunks.push_back(static_cast<uint32_t>(Remainder));
    while (!Limbs.empty() && Limbs.back() == 0)
      Limbs.pop_back();
  }
  Out += std::to_string(Chunks.back());
  for (uint32_t Chunk : llvm::reverse(llvm::ArrayRef(Chunks).drop_back())) {
    std::string Text = std::to_string(Chunk);
    Out.append(9 - Text.size(), '0');
    Out += Text;
  }
}

bool pyrepr::intLiteralToDecimal(llvm::StringRef Literal, std::string &Out) {
  unsigned Base = 10;
  llvm::StringRef Digits = Literal;
  if (Literal.size() >= 2 && Literal[0] == '0') {
    switch (llvm::toLower(Literal[1])) {
    case 'x':
      Base = 16;
      break;
    case 'o':
      Base = 8;
      break;
    case 'b':
      Base = 2;
      break;
    default:
      break;
    }
    if (Base != 10) {
      Digits = Literal.drop_front(2);
      // The grammar allows one '_' straight after the prefix: 0x_ff.
      Digits.consume_front("_");
    }
  }

  // Digits, each '_' between two of them.
  bool AfterDigit = false;
  for (char Ch : Digits) {
    if (Ch == '_') {
      if (!AfterDigit)
        return false;
      AfterDigit = false;
    } else if (digitValue(Ch) < Base) {
      AfterDigit = true;
    } else {
      return false;
    }
  }
  if (!AfterDigit)
    return false;

  if (Base != 10) {
    appendNonDecimal(Digits, Base, Out);
    return true;
  }
  // Python 3 has no octal 0777; a leading 0 is only valid in 0, 00, 0_0...
  if (Digits[0] == '0') {
    if (Digits.find_first_not_of("0_") != llvm::StringRef::npos)
      return false;
    Out += '0';
    return true;
  }
  if (!Digits.contains('_')) {
    Out += Digits;
    return true;
  }
  for (char Ch : Digits)
    if (Ch != '_')
      Out += Ch;
  return true;
}

/// The decimal magnitude M of the nonzero float literal \p Text (no '_'),
/// meaning 10^(M-1) <= value < 10^M. The exponent saturates, which cannot
/// change whether M is positive.
static long long decimalMagnitude(llvm::StringRef Text) {
  size_t ExpPos = Text.find_first_of("eE");
  llvm::StringRef Mantissa = Text.take_front(ExpPos);
  size_t Dot = std::min(Mantissa.find('.'), Mantissa.size());
  size_t Lead = Mantissa.find_first_not_of("0.");
  assert(Lead != llvm::StringRef::npos && "zero is never out of range");
  long long Magnitude = Lead < Dot ? static_cast<long long>(Dot - Lead)
                                   : static_cast<long long>(Dot) + 1 - Lead;

  if (ExpPos == llvm::StringRef::npos)
    return Magnitude;
  llvm::StringRef Exponent = Text.drop_front(ExpPos + 1);
  bool Negative = Exponent.consume_front("-");
  if (!Negative)
    Exponent.consume_front("+");
  long long Value = 0;
  for (char Ch : Exponent)
    if (Value < (1LL << 40))
      Value = Value * 10 + (Ch - '0');
  return Negative ? Magnitude - Value : Magnitude + Value;
}

double pyrepr::parseFloatLiteral(llvm::StringRef Literal) {
  llvm::SmallString<32> Text;
  for (char Ch : Literal)
    if (Ch != '_')
      Text += Ch;
  double V = 0;
  std::from_chars_result R = std::from_chars(Text.begin(), Text.end(), V);
  assert(R.ptr == Text.end() && "not a float literal");
  // from_chars leaves V alone when the value overflows or underflows to zero;
  // the literal's magnitude tells which.
  if (R.ec == std::errc::result_out_of_range)
    return decimalMagnitude(Text) > 0 ? std::numeric_limits<double>::infinity()
                                      : 0.0;
  return V;
}
