//===- SourceDecoding.h - Python source bytes to tokenizer text -*- C++ -*-===//
//
// Turns the bytes of a Python source file into the text the tokenizer reads,
// following CPython 3.11 for source given as bytes
// (ast.parse(open(F, "rb").read())): UTF-8 BOM, PEP 263 coding declaration,
// universal newlines. Unlike CPython, decoding never stops at a problem:
// whatever cannot be decoded is reported and replaced so that the lexer can go
// on and find further errors.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_SOURCEDECODING_H
#define SCHEMAC_SUPPORT_SOURCEDECODING_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <string>
#include <vector>

namespace schemac {

struct SourceDecodeError {
  /// Byte offset into the decoded text, where the problem shows.
  uint32_t Offset;
  /// Worded as CPython words it.
  std::string Message;
};

struct DecodedSource {
  /// The raw bytes are already the text (the overwhelmingly common case), so
  /// the caller keeps its buffer and Text stays empty.
  bool Unchanged = true;
  /// Only when !Unchanged: UTF-8 with '\n' newlines, no BOM and no NUL.
  std::string Text;
  /// codecs.lookup(Name).name of the encoding the text was decoded with.
  std::string Encoding = "utf-8";
  /// In the order CPython checks, so Errors.front() is the SyntaxError (or,
  /// for NUL bytes, the ValueError) CPython raises.
  std::vector<SourceDecodeError> Errors;

  llvm::StringRef text(llvm::StringRef Raw) const {
    return Unchanged ? Raw : llvm::StringRef(Text);
  }
};

/// Decodes Raw, the contents of a source file:
///  - A UTF-8 BOM is dropped; a BOM with a declaration of another encoding is
///    an error and the BOM wins.
///  - A coding declaration (line 1, or line 2 after a blank or comment line)
///    selects one of Python's codecs, converted with iconv; an unknown or
///    unusable one is an error and the text is read as UTF-8.
///  - "\r\n" and lone "\r" become "\n".
///  - A NUL byte is an error and becomes a space.
///  - Each ill-formed byte sequence becomes U+FFFD; the first one is an error.
///    Unlike CPython, which only complains about bytes inside string literals
///    and names, this includes comments (PEP 3120).
DecodedSource decodePythonSource(llvm::StringRef Raw);

} // namespace schemac

#endif // SCHEMAC_SUPPORT_SOURCEDECODING_H
