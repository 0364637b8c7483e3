//===- Token.h - Python tokens --------------------------------*- C++ -*-===//
//
// A token is its kind, its byte range in the decoded source and, for
// identifiers, numbers and strings, its value: the NFKC-normalised name, the
// literal's spelling, or the string's decoded contents. Values point into the
// source text whenever no decoding was needed, otherwise into the lexer's
// arena, so tokens are cheap to copy and outlive the lexer.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_LEXER_TOKEN_H
#define SCHEMAC_LEXER_TOKEN_H

#include "llvm/ADT/StringRef.h"

#include <cstdint>

namespace schemac::lex {

enum class TokenKind : uint8_t {
#define TOKEN(Id, Text) Id,
#include "lexer/TokenKinds.def"
};

/// What the lexer knows about a number or string token beyond its kind.
enum TokenFlags : uint8_t {
  // Numbers.
  IntegerNumber = 1 << 0,
  FloatNumber = 1 << 1,
  ImaginaryNumber = 1 << 2,
  // Strings (and FStringStart).
  BytesString = 1 << 0,
  RawString = 1 << 1,
  UnicodePrefix = 1 << 2, ///< Written with a 'u' prefix: ast's kind='u'.
  TripleQuoted = 1 << 3,
};

struct Token {
  TokenKind Kind = TokenKind::EndOfFile;
  uint8_t Flags = 0;
  uint32_t Begin = 0;
  uint32_t End = 0;
  llvm::StringRef Value;

  bool is(TokenKind K) const { return Kind == K; }
};

/// "identifier", "'def'", "'+'": how messages name a kind of token.
llvm::StringRef tokenKindDescription(TokenKind Kind);
/// "Identifier", "Def", "Plus": the enumerator's name, for token dumps.
llvm::StringRef tokenKindName(TokenKind Kind);

} // namespace schemac::lex

#endif
