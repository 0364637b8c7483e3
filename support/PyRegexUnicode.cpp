//===- PyRegexUnicode.cpp - Character properties for PyRegex --------------===//
//
// The properties _sre consults (Modules/_sre/sre.c: sre_category() and the
// sre_lower/upper helpers), from tables generated out of the interpreter
// whose re module PyRegex reproduces, and the WTF-8 coding of its texts.
//
//===----------------------------------------------------------------------===//

#include "support/PyRegexImpl.h"
#include "support/Unicode.h"

#include <algorithm>
#include <iterator>

using namespace schemac::pyregex;
using namespace schemac::pyregex::detail;

namespace {

struct CodePointRange {
  uint32_t First;
  uint32_t Last;
};

/// First, First + Stride, ... up to Last map to themselves plus Delta.
struct CaseRun {
  uint32_t First;
  uint32_t Last;
  int32_t Delta;
  uint32_t Stride;
};

/// A lower-case character and the others with the same upper case.
struct ExtraCase {
  uint32_t Lower;
  uint32_t Others[2]; ///< The second is 0 if there is one.
};

#include "PyRegexTables.inc"

template <size_t N>
bool inRanges(const CodePointRange (&Ranges)[N], uint32_t C) {
  const CodePointRange *It = std::upper_bound(
      std::begin(Ranges), std::end(Ranges), C,
      [](uint32_t V, const CodePointRange &R) { return V < R.First; });
  return It != std::begin(Ranges) && C <= std::prev(It)->Last;
}

template <size_t N> uint32_t mapCase(const CaseRun (&Runs)[N], uint32_t C) {
  const CaseRun *It = std::upper_bound(
      std::begin(Runs), std::end(Runs), C,
      [](uint32_t V, const CaseRun &R) { return V < R.First; });
  if (It == std::begin(Runs))
    return C;
  const CaseRun &R = *std::prev(It);
  if (C > R.Last || (C - R.First) % R.Stride != 0)
    return C;
  return static_cast<uint32_t>(static_cast<int64_t>(C) + R.Delta);
}

} // namespace

bool detail::isUniAlnum(uint32_t C) { return inRanges(AlnumRanges, C); }
bool detail::isUniDecimal(uint32_t C) { return inRanges(DecimalRanges, C); }
bool detail::isUniSpace(uint32_t C) { return inRanges(SpaceRanges, C); }
uint32_t detail::lowerUnicode(uint32_t C) { return mapCase(LowerRuns, C); }
uint32_t detail::upperUnicode(uint32_t C) { return mapCase(UpperRuns, C); }

llvm::ArrayRef<uint32_t> detail::extraCases(uint32_t Lower) {
  const ExtraCase *It = std::lower_bound(
      std::begin(ExtraCases), std::end(ExtraCases), Lower,
      [](const ExtraCase &E, uint32_t V) { return E.Lower < V; });
  if (It == std::end(ExtraCases) || It->Lower != Lower)
    return {};
  return llvm::ArrayRef<uint32_t>(It->Others, It->Others[1] ? 2 : 1);
}

bool detail::isAsciiWord(uint32_t C) {
  return C == '_' || isAsciiAlpha(C) || isAsciiDigit(C);
}

bool detail::isUniWord(uint32_t C) { return C == '_' || isUniAlnum(C); }

bool detail::inCategory(uint32_t Cat, uint32_t C) {
  // The ASCII categories are those of Py_ISDIGIT and friends, whose idea of
  // space leaves out \x1c-\x1f although str.isspace() includes them.
  bool AsciiSpace = C == ' ' || (C >= '\t' && C <= '\r');
  switch (Cat) {
  case CatDigit:
    return isAsciiDigit(C);
  case CatNotDigit:
    return !isAsciiDigit(C);
  case CatSpace:
    return AsciiSpace;
  case CatNotSpace:
    return !AsciiSpace;
  case CatWord:
    return isAsciiWord(C);
  case CatNotWord:
    return !isAsciiWord(C);
  case CatUniDigit:
    return isUniDecimal(C);
  case CatUniNotDigit:
    return !isUniDecimal(C);
  case CatUniSpace:
    return isUniSpace(C);
  case CatUniNotSpace:
    return !isUniSpace(C);
  case CatUniWord:
    return isUniWord(C);
  case CatUniNotWord:
    return !isUniWord(C);
  }
  return false;
}

bool detail::decodeText(llvm::StringRef S, std::vector<uint32_t> &Chars,
                        std::vector<size_t> *Offsets, bool Strict) {
  Chars.clear();
  Chars.reserve(S.size());
  if (Offsets) {
    Offsets->clear();
    Offsets->reserve(S.size() + 1);
  }
  const auto *P = reinterpret_cast<const unsigned char *>(S.data());
  size_t N = S.size();
  for (size_t I = 0; I < N;) {
    unsigned char B = P[I];
    unsigned Len = B < 0x80                 ? 1
                   : B >= 0xC2 && B <= 0xDF ? 2
                   : B >= 0xE0 && B <= 0xEF ? 3
                   : B >= 0xF0 && B <= 0xF4 ? 4
                                            : 0;
    uint32_t C = Len == 1   ? B
                 : Len == 2 ? B & 0x1F
                 : Len == 3 ? B & 0x0F
                            : B & 0x07;
    bool Ok = Len != 0 && I + Len <= N;
    for (unsigned K = 1; Ok && K < Len; ++K) {
      if ((P[I + K] & 0xC0) != 0x80)
        Ok = false;
      else
        C = C << 6 | (P[I + K] & 0x3F);
    }
    // Overlong forms and values beyond U+10FFFF are invalid; surrogates are
    // not, since a Python str may hold them (WTF-8).
    if (Ok &&
        ((Len == 3 && C < 0x800) || (Len == 4 && C < 0x10000) || C > 0x10FFFF))
      Ok = false;
    if (!Ok) {
      if (Strict)
        return false;
      Len = 1;
      C = InvalidByteBase + B;
    }
    if (Offsets)
      Offsets->push_back(I);
    Chars.push_back(C);
    I += Len;
  }
  if (Offsets)
    Offsets->push_back(N);
  return true;
}

void detail::appendUtf8(uint32_t C, std::string &Out) {
  if (C >= InvalidByteBase)
    Out += static_cast<char>(C - InvalidByteBase);
  else
    unicode::appendUtf8(static_cast<char32_t>(C), Out);
}

std::string detail::toUtf8(llvm::ArrayRef<uint32_t> Chars) {
  std::string Out;
  for (uint32_t C : Chars)
    appendUtf8(C, Out);
  return Out;
}
