//===- TokenDump.cpp - "schemac dump-tokens" ------------------------------===//

#include "lexer/Lexer.h"

#include "support/PyRepr.h"

namespace schemac::lex {

void dumpTokens(llvm::ArrayRef<Token> Tokens, const SourceFile &File,
                llvm::raw_ostream &OS) {
  std::string Line;
  for (const Token &T : Tokens) {
    Line.clear();
    LineColumn B = File.lineColumn(T.Begin);
    LineColumn E = File.lineColumn(T.End);
    Line += fmt::format("{}:{}-{}:{} {}", B.Line, B.Column, E.Line, E.Column,
                        tokenKindName(T.Kind));
    llvm::StringRef Spelling = File.text().slice(T.Begin, T.End);
    bool Structural = T.is(TokenKind::Newline) || T.is(TokenKind::Indent) ||
                      T.is(TokenKind::Dedent) || T.is(TokenKind::EndOfFile);
    if (!Structural) {
      Line += ' ';
      pyrepr::reprStr(Spelling, Line);
    }
    // Show the value wherever it differs from the spelling: decoded strings,
    // NFKC-normalised identifiers.
    if (T.is(TokenKind::String) || T.is(TokenKind::FStringMiddle) ||
        (T.is(TokenKind::Identifier) && T.Value != Spelling)) {
      Line += " value=";
      if (T.Flags & BytesString && T.is(TokenKind::String))
        pyrepr::reprBytes(T.Value, Line);
      else
        pyrepr::reprStr(T.Value, Line);
    }
    Line += '\n';
    OS << Line;
  }
}

} // namespace schemac::lex
