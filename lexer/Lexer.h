//===- Lexer.h - Python 3.12 tokenizer ------------------------*- C++ -*-===//
//
// Turns a decoded SourceFile into Python tokens, on demand: NEWLINE, INDENT
// and DEDENT by CPython's rules (tab stops of 8, checked against tab stops of
// 1), implicit line joining inside brackets, backslash continuation, every
// string and number form, and PEP 701 f-strings, whose replacement fields are
// lexed as ordinary tokens between FStringStart / FStringMiddle / FStringEnd.
// Problems are reported to the DiagnosticEngine and lexing goes on.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_LEXER_LEXER_H
#define SCHEMAC_LEXER_LEXER_H

#include "lexer/Token.h"
#include "support/Diagnostics.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Allocator.h"

#include <vector>

namespace schemac::lex {

struct LexerOptions {
  /// Return Comment tokens; the parser does not want them.
  bool EmitComments = false;
};

class Lexer {
public:
  Lexer(const SourceFile &File, DiagnosticEngine &Diags,
        llvm::BumpPtrAllocator &Arena, LexerOptions Options = {});

  /// The next token; EndOfFile forever once the input is exhausted.
  Token next();

private:
  enum class ModeKind : uint8_t { FString, Field, FormatSpec };
  /// The f-string parts being lexed, innermost last.
  struct Mode {
    ModeKind Kind;
    char Quote;
    bool Triple;
    bool Raw;
    /// Field and FormatSpec: Brackets.size() with the field's '{' pushed.
    uint32_t BracketBase;
    /// FString: offset of its opening token, for "never terminated".
    uint32_t Start;
  };
  struct Bracket {
    char Open;
    uint32_t Offset;
  };
  struct IndentLevel {
    unsigned Column;    ///< Tabs to multiples of 8.
    unsigned AltColumn; ///< Tabs as one column: disagreeing is a TabError.
    bool Silent;        ///< Opened to recover from an error: no tokens.
  };

  bool lexIndentation(Token &Result);
  bool lexToken(Token &Result);
  Token lexFStringText();
  Token lexString(const char *TokenStart, const char *QuoteStart,
                  uint8_t Flags);
  Token lexFStringStart(const char *TokenStart, const char *QuoteStart,
                        bool Raw);
  Token lexNumber(const char *TokenStart, uint8_t Flags, const char *KindName);
  Token lexIdentifier(const char *TokenStart);
  Token lexInvalidCharacter(const char *TokenStart);
  Token endOfFile();

  bool openBracket(char Open, const char *At);
  bool closeBracket(char Close, const char *At);
  /// Closes the open replacement fields of the innermost f-string, and the
  /// f-string itself unless \p KeepFString, queueing the tokens that would
  /// have closed them, so that the parser's recovery stays local.
  void closeFString(const char *At, bool KeepFString);

  llvm::StringRef decodeBody(const char *Begin, const char *End, uint8_t Flags,
                             bool FStringPart);
  Token make(TokenKind Kind, const char *Begin, const char *End,
             uint8_t Flags = 0, llvm::StringRef Value = {}) const {
    return {Kind, Flags, offset(Begin), offset(End), Value};
  }
  uint32_t offset(const char *P) const {
    return static_cast<uint32_t>(P - BufferStart);
  }
  unsigned lineOf(const char *P) const;
  /// The last line of the file, as CPython's "detected at line N" has it.
  unsigned lastLine() const;

  const SourceFile &File;
  DiagnosticEngine &Diags;
  llvm::BumpPtrAllocator &Arena;
  LexerOptions Options;

  const char *BufferStart;
  const char *BufferEnd;
  const char *Cur;

  bool AtLineStart = true;
  bool BlankLine = false;
  bool LineHasTokens = false;
  bool ReachedEof = false;
  unsigned PendingDedents = 0;
  llvm::SmallVector<IndentLevel, 16> Indents;
  llvm::SmallVector<Bracket, 16> Brackets;
  llvm::SmallVector<Mode, 4> Modes;
  llvm::SmallVector<Token, 4> Queued; ///< Tokens made up to recover.
};

/// Every token of the file, comments included, EndOfFile last.
std::vector<Token> lexAll(const SourceFile &File, DiagnosticEngine &Diags,
                          llvm::BumpPtrAllocator &Arena);

/// One line per token: its range, kind, spelling and decoded value.
void dumpTokens(llvm::ArrayRef<Token> Tokens, const SourceFile &File,
                llvm::raw_ostream &OS);

} // namespace schemac::lex

#endif
