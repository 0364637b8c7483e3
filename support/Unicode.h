//===- Unicode.h - Unicode properties as CPython sees them -------*- C++
//-*-===//
//
// Character properties and NFKC normalization that reproduce the behaviour of
// the CPython interpreter the tables were generated from (see
// UnicodeTables.inc), not of the newest Unicode standard: identifiers and
// reprs must come out exactly as that interpreter's would.
//
// Strings are UTF-8, except that the 3-byte encodings of the surrogates
// U+D800..U+DFFF are accepted and produced ("WTF-8"), because a Python str may
// hold lone surrogates and string constants are stored that way. Each
// surrogate is encoded on its own; a high/low pair is never merged into one
// supplementary code point, since Python keeps them as two characters.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_UNICODE_H
#define SCHEMAC_SUPPORT_UNICODE_H

#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace schemac {
namespace unicode {

/// Whether \p C may start an identifier: chr(C).isidentifier(). Unlike the
/// Unicode XID_Start property this includes '_'.
bool isXidStart(char32_t C);

/// Whether \p C may follow the first character of an identifier:
/// ('a' + chr(C)).isidentifier().
bool isXidContinue(char32_t C);

/// Whether repr() shows \p C as itself rather than as an escape:
/// chr(C).isprintable().
bool isPrintable(char32_t C);

/// Appends unicodedata.normalize('NFKC', Utf8) to \p Out. Bytes that are not
/// part of a valid (WTF-8) sequence are copied through unchanged and never
/// combine with their neighbours.
void normalizeNFKC(llvm::StringRef Utf8, std::string &Out);

/// The character "\\N{Name}" stands for in a string literal, as CPython
/// finds it: character names of the tables' Unicode version (compared
/// case-insensitively), their aliases (NameAliases.txt), and the
/// algorithmic names of CJK unified ideographs and Hangul syllables, which
/// CPython matches only in upper case. Named sequences are not characters.
std::optional<char32_t> lookupName(llvm::StringRef Name);

/// Decodes the sequence starting at \p P into \p C and returns its length in
/// bytes, or 0 if it is truncated by \p End or is not valid WTF-8 (overlong,
/// beyond U+10FFFF, stray continuation byte).
unsigned decodeUtf8(const char *P, const char *End, char32_t &C);

/// Appends the (WTF-8) encoding of \p C, which must be at most U+10FFFF.
void appendUtf8(char32_t C, std::string &Out);

} // namespace unicode
} // namespace schemac

#endif // SCHEMAC_SUPPORT_UNICODE_H
