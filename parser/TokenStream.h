//===- TokenStream.h - Tokens as the grammar sees them ---------*- C++ -*-===//
//
// Sits between the lexer and the Bison parser, as ruff's and RustPython's
// soft-keyword passes do: it turns the identifiers `match`, `case` and
// `type` into keywords where the logical line has the shape of that
// statement, and marks the '(' of "with (a as b, c):", looking ahead on the
// logical line as far as needed. It also phrases syntax errors.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PARSER_TOKENSTREAM_H
#define SCHEMAC_PARSER_TOKENSTREAM_H

#include "lexer/Lexer.h"
#include "parser/AstBuilder.h"
#include "parser/Grammar.h"

#include <deque>

namespace schemac::parse {

/// What the parser knows at a syntax error, for TokenStream to phrase.
struct SyntaxErrorInfo {
  Span Where;
  /// The unexpected token as messages name it: "'def'", "identifier".
  llvm::StringRef Unexpected;
  bool UnexpectedIndent = false;
  /// An identifier, number, string or invalid token: its text is quoted.
  bool QuoteText = false;
  /// The tokens the parser could have taken, when there are at most four.
  llvm::SmallVector<llvm::StringRef, 4> Expected;
  bool OnlyIndentExpected = false;
};

class TokenStream {
public:
  TokenStream(lex::Lexer &L, AstBuilder &B) : L(L), B(B) {}

  /// The next token for the grammar (its kind as Bison numbers it).
  int next(YYSTYPE *Value, Span *Location);
  void reportSyntaxError(const SyntaxErrorInfo &Info);

private:
  const lex::Token &peek(size_t N);
  lex::Token take();
  bool isSoftKeywordHere(const lex::Token &T);
  bool startsCompoundSoftKeyword();
  bool startsTypeAlias();
  void markParenthesizedWithItems();

  lex::Lexer &L;
  AstBuilder &B;
  std::deque<lex::Token> Ahead;
  bool AtLineStart = true;
  bool AtLogicalLineStart = true;
  /// Where the logical line of the last token taken begins.
  uint32_t LogicalLineStart = 0;
  bool GaveUp = false;
};

} // namespace schemac::parse

#endif
