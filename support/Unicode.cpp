//===- Unicode.cpp - Unicode properties as CPython sees them --------------===//
//
// The normalization code follows CPython 3.11's Modules/unicodedata.c
// (nfd_nfkd and nfc_nfkc) step for step rather than the prose of UAX #15, so
// that any divergence between the two is reproduced too.
//
//===----------------------------------------------------------------------===//

#include "support/Unicode.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Unicode.h"

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <iterator>

using namespace schemac;

namespace {

struct CodePointRange {
  char32_t First;
  char32_t Last;
};

struct CombiningClassRange {
  char32_t First;
  char32_t Last;
  uint8_t Class;
};

/// Each of First..Last decomposes (fully, NFKD) into Length code points; the
/// decompositions of the whole range lie back to back in DecompositionPool
/// starting at Offset.
struct DecompositionRun {
  char32_t First;
  char32_t Last;
  uint16_t Offset;
  uint8_t Length;
};

/// Another name "\\N{...}" accepts for a character.
struct NameAlias {
  const char *Name;
  char32_t CodePoint;
};

/// A primary composite and the canonical pair it replaces.
struct Composition {
  char32_t First;
  char32_t Second;
  char32_t Composite;
};

#include "UnicodeTables.inc"

// Hangul syllables are decomposed and composed arithmetically (The Unicode
// Standard, section 3.12); the tables leave them out.
constexpr char32_t SBase = 0xAC00;
constexpr char32_t LBase = 0x1100;
constexpr char32_t VBase = 0x1161;
constexpr char32_t TBase = 0x11A7;
constexpr char32_t LCount = 19;
constexpr char32_t VCount = 21;
constexpr char32_t TCount = 28;
constexpr char32_t NCount = VCount * TCount;
constexpr char32_t SCount = LCount * NCount;

/// normalizeNFKC() carries a byte that is not valid UTF-8 through the
/// algorithm as this value plus the byte: no table mentions values beyond
/// U+10FFFF, so such a byte has class 0, never decomposes and never composes.
constexpr char32_t RawByteBase = 0x110000;

/// A character being normalized, with its canonical combining class looked up
/// once because reordering and composition both consult it repeatedly.
struct NormChar {
  char32_t C;
  uint8_t Class;
};

} // namespace

/// The entry of \p Ranges (sorted, disjoint, with First and Last members)
/// containing \p C, or null.
template <typename RangeT, size_t N>
static const RangeT *findRange(const RangeT (&Ranges)[N], char32_t C) {
  const RangeT *R = llvm::partition_point(
      Ranges, [C](const RangeT &Range) { return Range.Last < C; });
  return R != std::end(Ranges) && R->First <= C ? R : nullptr;
}

bool unicode::isXidStart(char32_t C) {
  if (C < 0x80)
    return llvm::isAlpha(static_cast<char>(C)) || C == '_';
  return findRange(XidStartRanges, C) != nullptr;
}

bool unicode::isXidContinue(char32_t C) {
  if (C < 0x80)
    return llvm::isAlnum(static_cast<char>(C)) || C == '_';
  return findRange(XidContinueRanges, C) != nullptr;
}

bool unicode::isPrintable(char32_t C) {
  if (C < 0x80)
    return C >= 0x20 && C < 0x7F;
  return findRange(PrintableRanges, C) != nullptr;
}

/// Whether \p C is one of the \p Count code points from \p Base on.
static bool inBlock(char32_t C, char32_t Base, char32_t Count) {
  return C - Base < Count; // Wraps around when C < Base.
}

static uint8_t combiningClass(char32_t C) {
  const CombiningClassRange *R = findRange(CombiningClasses, C);
  return R ? R->Class : 0;
}

/// Appends the full compatibility decomposition of \p C.
static void decompose(char32_t C, llvm::SmallVectorImpl<NormChar> &Chars) {
  if (inBlock(C, SBase, SCount)) {
    char32_t SIndex = C - SBase;
    Chars.push_back({LBase + SIndex / NCount, 0});
    Chars.push_back({VBase + SIndex % NCount / TCount, 0});
    if (char32_t TIndex = SIndex % TCount)
      Chars.push_back({TBase + TIndex, 0});
    return;
  }
  if (const DecompositionRun *R = findRange(Decompositions, C)) {
    const char32_t *D =
        DecompositionPool + R->Offset + (C - R->First) * R->Length;
    for (const char32_t *E = D + R->Length; D != E; ++D)
      Chars.push_back({*D, combiningClass(*D)});
    return;
  }
  Chars.push_back({C, combiningClass(C)});
}

/// Sorts every run of non-starters by combining class, keeping the original
/// order among equal classes.
static void reorder(llvm::MutableArrayRef<NormChar> Chars) {
  auto ByClass = [](const NormChar &A, const NormChar &B) {
    return A.Class < B.Class;
  };
  NormChar *RunBegin = Chars.begin();
  for (NormChar *I = Chars.begin(), *E = Chars.end(); I != E; ++I) {
    if (I->Class == 0) {
      RunBegin = I + 1;
      continue;
    }
    // Insertion sort: runs are nearly always a character or two long.
    std::rotate(std::upper_bound(RunBegin, I, *I, ByClass), I, I + 1);
  }
}

/// The primary composite of \p First followed by \p Second, or 0.
static char32_t primaryComposite(char32_t First, char32_t Second) {
  const Composition *C =
      llvm::partition_point(Compositions, [=](const Composition &X) {
        return X.First < First || (X.First == First && X.Second < Second);
      });
  if (C != std::end(Compositions) && C->First == First && C->Second == Second)
    return C->Composite;
  return 0;
}

/// Canonical composition in place, as CPython's nfc_nfkc() does it.
static void compose(llvm::SmallVectorImpl<NormChar> &Chars) {
  size_t N = Chars.size();
  // Characters already merged into an earlier starter.
  llvm::SmallVector<bool, 64> Absorbed(N, false);
  size_t Out = 0;
  for (size_t I = 0; I < N; ++I) {
    if (Absorbed[I])
      continue;
    char32_t C = Chars[I].C;
    // The input is fully decomposed, so a syllable can only arise from
    // adjacent L V or L V T jamo.
    if (inBlock(C, LBase, LCount) && I + 1 < N &&
        inBlock(Chars[I + 1].C, VBase, VCount)) {
      C = SBase + ((C - LBase) * VCount + (Chars[++I].C - VBase)) * TCount;
      // TBase itself is not a trailing consonant: TIndex 0 means none.
      if (I + 1 < N && inBlock(Chars[I + 1].C, TBase + 1, TCount - 1))
        C += Chars[++I].C - TBase;
      Chars[Out++].C = C;
      continue;
    }
    // Only starters begin a composition; CPython's table of first characters
    // holds starters only.
    if (Chars[I].Class == 0) {
      // Class of the last character left in place since the starter; 0 while
      // every character in between has been absorbed.
      uint8_t LastClass = 0;
      for (size_t J = I + 1; J < N; ++J) {
        uint8_t Class = Chars[J].Class;
        if (LastClass != 0) {
          if (Class == 0)
            break;
          if (LastClass >= Class)
            continue; // Blocked.
        }
        if (char32_t Composite = primaryComposite(C, Chars[J].C)) {
          C = Composite;
          Absorbed[J] = true;
          continue;
        }
        if (Class == 0)
          break;
        LastClass = Class;
      }
    }
    Chars[Out++].C = C;
  }
  Chars.truncate(Out);
}

void unicode::normalizeNFKC(llvm::StringRef Utf8, std::string &Out) {
  // Identifiers are nearly always ASCII, which NFKC leaves alone.
  if (llvm::isASCII(Utf8)) {
    Out.append(Utf8.begin(), Utf8.end());
    return;
  }

  llvm::SmallVector<NormChar, 64> Chars;
  for (const char *P = Utf8.begin(), *E = Utf8.end(); P != E;) {
    char32_t C;
    if (unsigned Len = decodeUtf8(P, E, C)) {
      decompose(C, Chars);
      P += Len;
    } else {
      Chars.push_back({RawByteBase + static_cast<unsigned char>(*P++), 0});
    }
  }
  reorder(Chars);
  compose(Chars);

  for (const NormChar &N : Chars) {
    if (N.C >= RawByteBase)
      Out += static_cast<char>(N.C - RawByteBase);
    else
      appendUtf8(N.C, Out);
  }
}

std::optional<char32_t> unicode::lookupName(llvm::StringRef Name) {
  std::string Upper = Name.upper();
  llvm::StringRef U = Upper;
  // CPython's Modules/unicodedata.c (_getcode) compares the algorithmic
  // names with strncmp, and wants four or five upper-case hex digits.
  if (U.starts_with("CJK UNIFIED IDEOGRAPH-")) {
    llvm::StringRef Hex = Name.drop_front(22);
    if (Name != U || (Hex.size() != 4 && Hex.size() != 5))
      return std::nullopt;
    unsigned Value = 0;
    for (char C : Hex) {
      if (!llvm::isDigit(C) && !(C >= 'A' && C <= 'F'))
        return std::nullopt;
      Value = Value * 16 + llvm::hexDigitValue(C);
    }
    if (!findRange(CjkUnifiedRanges, Value))
      return std::nullopt;
    return Value;
  }
  if (U.starts_with("HANGUL SYLLABLE ") && Name != U)
    return std::nullopt;
  const NameAlias *A =
      std::lower_bound(std::begin(NameAliases), std::end(NameAliases), U,
                       [](const NameAlias &E, llvm::StringRef N) {
                         return N.compare(E.Name) > 0;
                       });
  if (A != std::end(NameAliases) && U == A->Name)
    return A->CodePoint;
  // LLVM's table is of a newer Unicode version: what it names, the tables'
  // version must have named too (names never change once given).
  std::optional<char32_t> C = llvm::sys::unicode::nameToCodepointStrict(U);
  if (!C || !findRange(NamedRanges, *C))
    return std::nullopt;
  return C;
}

unsigned unicode::decodeUtf8(const char *P, const char *End, char32_t &C) {
  if (P == End)
    return 0;
  auto Byte = [P](unsigned I) { return static_cast<unsigned char>(P[I]); };
  unsigned Lead = Byte(0);
  if (Lead < 0x80) {
    C = Lead;
    return 1;
  }

  unsigned Len;
  char32_t Min;
  if (Lead < 0xC2) // A continuation byte, or an overlong 2-byte lead.
    return 0;
  if (Lead < 0xE0) {
    Len = 2;
    Min = 0x80;
    C = Lead & 0x1F;
  } else if (Lead < 0xF0) {
    Len = 3;
    Min = 0x800;
    C = Lead & 0x0F;
  } else if (Lead < 0xF5) {
    Len = 4;
    Min = 0x10000;
    C = Lead & 0x07;
  } else {
    return 0;
  }
  if (static_cast<size_t>(End - P) < Len)
    return 0;
  for (unsigned I = 1; I != Len; ++I) {
    if ((Byte(I) & 0xC0) != 0x80)
      return 0;
    C = C << 6 | (Byte(I) & 0x3F);
  }
  // Surrogates deliberately pass: see the file comment in Unicode.h.
  if (C < Min || C > 0x10FFFF)
    return 0;
  return Len;
}

void unicode::appendUtf8(char32_t C, std::string &Out) {
  assert(C <= 0x10FFFF && "not a code point");
  if (C < 0x80) {
    Out += static_cast<char>(C);
  } else if (C < 0x800) {
    Out += static_cast<char>(0xC0 | C >> 6);
    Out += static_cast<char>(0x80 | (C & 0x3F));
  } else if (C < 0x10000) {
    Out += static_cast<char>(0xE0 | C >> 12);
    Out += static_cast<char>(0x80 | (C >> 6 & 0x3F));
    Out += static_cast<char>(0x80 | (C & 0x3F));
  } else {
    Out += static_cast<char>(0xF0 | C >> 18);
    Out += static_cast<char>(0x80 | (C >> 12 & 0x3F));
    Out += static_cast<char>(0x80 | (C >> 6 & 0x3F));
    Out += static_cast<char>(0x80 | (C & 0x3F));
  }
}
