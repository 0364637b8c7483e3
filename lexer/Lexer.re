//===- Lexer.re - Python 3.12 tokenizer (re2c) ----------------------------===//
//
// re2c turns the scanner blocks below into DFAs at build time. The input is the
// decoded source, NUL-terminated, and the decoder has replaced every NUL
// inside it: so NUL is the sentinel that ends every match and no YYFILL or
// bounds checks are needed. No rule but "\x00" may match a NUL.
//
//===----------------------------------------------------------------------===//

#include "lexer/Lexer.h"

#include "support/Unicode.h"

#include "llvm/ADT/StringExtras.h"

#include <string>

namespace schemac::lex {

namespace {
// CPython's own limits (Parser/tokenizer.h: MAXINDENT, MAXLEVEL,
// MAXFSTRINGLEVEL), so that deep input is rejected before it can exhaust a
// stack further down.
constexpr unsigned MaxIndentLevels = 100;
constexpr unsigned MaxBracketDepth = 200;
constexpr unsigned MaxFStringDepth = 150;

bool isIdentifierByte(unsigned char C) {
  return (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z') ||
         (C >= '0' && C <= '9') || C == '_' || C >= 0x80;
}

bool isHexDigit(char C) {
  return (C >= '0' && C <= '9') || (C >= 'a' && C <= 'f') ||
         (C >= 'A' && C <= 'F');
}

unsigned hexValue(char C) {
  if (C >= '0' && C <= '9')
    return C - '0';
  return (C | 0x20) - 'a' + 10;
}

char closingFor(char Open) {
  return Open == '(' ? ')' : Open == '[' ? ']' : '}';
}
} // namespace

Lexer::Lexer(const SourceFile &File, DiagnosticEngine &Diags,
             llvm::BumpPtrAllocator &Arena, LexerOptions Options)
    : File(File), Diags(Diags), Arena(Arena), Options(Options),
      BufferStart(File.text().begin()), BufferEnd(File.text().end()),
      Cur(BufferStart) {
  Indents.push_back({0, 0, false});
  for (const SourceDecodeError &E : File.decodeErrors())
    Diags.report(DiagId::DecodeError, E.Offset, E.Offset + 1, E.Message);
}

unsigned Lexer::lineOf(const char *P) const {
  return File.lineColumn(offset(P)).Line;
}

unsigned Lexer::lastLine() const {
  // The line of the last character: a final newline opens no line of its
  // own, as CPython counts them in "detected at line N".
  return lineOf(BufferEnd == BufferStart ? BufferEnd : BufferEnd - 1);
}

// Every path returns Result itself, so that it is built in the caller's
// slot: copying a token the lexer has just written field by field stalls on
// store forwarding, once per token.
Token Lexer::next() {
  Token Result;
  for (;;) {
    if (!Queued.empty()) {
      Result = Queued.front();
      Queued.erase(Queued.begin());
      return Result;
    }
    if (ReachedEof) {
      Result = make(TokenKind::EndOfFile, BufferEnd, BufferEnd);
      return Result;
    }
    if (PendingDedents) {
      --PendingDedents;
      Result = make(TokenKind::Dedent, Cur, Cur);
      return Result;
    }
    if (!Modes.empty() && Modes.back().Kind != ModeKind::Field) {
      Result = lexFStringText();
      return Result;
    }
    if (AtLineStart && lexIndentation(Result))
      return Result;
    if (lexToken(Result))
      return Result;
  }
}

bool Lexer::lexIndentation(Token &Result) {
  AtLineStart = false;
  unsigned Column = 0, AltColumn = 0;
  // As CPython's tokenizer: a backslash continuation in the indentation
  // fixes the indentation at the column where the first one stands; but a
  // backslash at column 0 leaves the next line's indentation in force, as
  // CPython cannot tell column 0 from none ("\\\n    y" is indented).
  unsigned ContinuationColumn = 0;
  const char *LineStart = Cur;
  const char *P = Cur;
  for (;; ++P) {
    if (*P == ' ') {
      ++Column;
      ++AltColumn;
    } else if (*P == '\t') {
      Column = (Column / 8 + 1) * 8;
      ++AltColumn;
    } else if (*P == '\f') {
      Column = AltColumn = 0;
    } else if (*P == '\\' && P[1] == '\n') {
      if (!ContinuationColumn)
        ContinuationColumn = Column;
      if (P + 2 == BufferEnd)
        Diags.report(DiagId::EofAfterContinuation, offset(P), offset(P) + 1);
      ++P;
      LineStart = P + 1;
    } else {
      break;
    }
  }
  if (ContinuationColumn)
    Column = AltColumn = ContinuationColumn;
  Cur = P;
  // Lines holding only blanks or a comment leave the indentation alone and
  // end without a NEWLINE token.
  if (*P == '#' || *P == '\n' || P == BufferEnd) {
    BlankLine = true;
    return false;
  }

  IndentLevel &Top = Indents.back();
  if (Column == Top.Column) {
    if (AltColumn != Top.AltColumn)
      Diags.report(DiagId::InconsistentTabs, offset(LineStart), offset(P));
    return false;
  }
  if (Column > Top.Column) {
    if (AltColumn <= Top.AltColumn)
      Diags.report(DiagId::InconsistentTabs, offset(LineStart), offset(P));
    // CPython refuses the 100th level (indent + 1 >= MAXINDENT).
    if (Indents.size() >= MaxIndentLevels) {
      Diags.report(DiagId::TooManyIndentLevels, offset(P), offset(P) + 1);
      Indents.push_back({Column, AltColumn, /*Silent=*/true});
      return false;
    }
    Indents.push_back({Column, AltColumn, false});
    Result = make(TokenKind::Indent, LineStart, P);
    return true;
  }

  unsigned Dedents = 0;
  while (Column < Indents.back().Column) {
    if (!Indents.back().Silent)
      ++Dedents;
    Indents.pop_back();
  }
  if (Column != Indents.back().Column) {
    Diags.report(DiagId::InconsistentDedent, offset(P), offset(P) + 1);
    // Carry on as if the block had been opened at this column, without a
    // token for it: the following lines then line up without further noise.
    Indents.push_back({Column, AltColumn, /*Silent=*/true});
  } else if (AltColumn != Indents.back().AltColumn) {
    Diags.report(DiagId::InconsistentTabs, offset(LineStart), offset(P));
  }
  if (Dedents == 0)
    return false;
  PendingDedents = Dedents - 1;
  Result = make(TokenKind::Dedent, P, P);
  return true;
}

bool Lexer::openBracket(char Open, const char *At) {
  if (Brackets.size() >= MaxBracketDepth) {
    // CPython's tokenizer stops here, and so do we: every later bracket
    // would repeat the error, and the parser would only add its own about
    // the input cut short.
    Diags.report(DiagId::TooManyNestedBrackets, offset(At), offset(At) + 1);
    Diags.stopReporting();
    ReachedEof = true;
    return false;
  }
  Brackets.push_back({Open, offset(At)});
  return true;
}

bool Lexer::closeBracket(char Close, const char *At) {
  // Inside an f-string replacement field the field's own '{' is not ours to
  // close: only '}' closes it, and lexToken handles that case.
  size_t Floor = 0;
  if (!Modes.empty() && Modes.back().Kind == ModeKind::Field)
    Floor = Modes.back().BracketBase;
  if (Brackets.size() <= Floor) {
    if (Floor)
      Diags.report(DiagId::MismatchedClosingBracket, offset(At),
                   offset(At) + 1, std::string(1, Close), "{");
    else
      Diags.report(DiagId::UnmatchedClosingBracket, offset(At),
                   offset(At) + 1, std::string(1, Close));
    return false;
  }
  char Open = Brackets.back().Open;
  if (closingFor(Open) != Close)
    Diags.report(DiagId::MismatchedClosingBracket, offset(At), offset(At) + 1,
                 std::string(1, Close), std::string(1, Open));
  Brackets.pop_back();
  return true;
}

void Lexer::closeFString(const char *At, bool KeepFString) {
  while (!Modes.empty()) {
    if (Modes.back().Kind == ModeKind::FString) {
      if (!KeepFString) {
        Modes.pop_back();
        Queued.push_back(make(TokenKind::FStringEnd, At, At));
      }
      return;
    }
    Mode M = Modes.pop_back_val();
    if (Brackets.size() >= M.BracketBase)
      Brackets.truncate(M.BracketBase - 1);
    Queued.push_back(make(TokenKind::RBrace, At, At));
  }
}

Token Lexer::endOfFile() {
  ReachedEof = true;
  const char *End = BufferEnd;
  if (!Modes.empty()) {
    const Mode *Outer = nullptr;
    for (const Mode &M : Modes)
      if (M.Kind == ModeKind::FString)
        Outer = &M;
    Diags.report(Outer->Triple ? DiagId::FStringUnterminatedTriple
                               : DiagId::FStringUnterminated,
                 Outer->Start, Outer->Start + 1, lastLine());
    while (!Modes.empty())
      closeFString(End, /*KeepFString=*/false);
  }
  if (!Brackets.empty()) {
    const Bracket &B = Brackets.back();
    Diags.report(DiagId::BracketNeverClosed, B.Offset, B.Offset + 1,
                 std::string(1, B.Open));
    Brackets.clear();
  }
  if (LineHasTokens) {
    LineHasTokens = false;
    Queued.push_back(make(TokenKind::Newline, End, End));
  }
  for (size_t I = Indents.size() - 1; I > 0; --I)
    if (!Indents[I].Silent)
      Queued.push_back(make(TokenKind::Dedent, End, End));
  Indents.truncate(1);
  Queued.push_back(make(TokenKind::EndOfFile, End, End));
  Token First = Queued.front();
  Queued.erase(Queued.begin());
  return First;
}

/*!re2c
  re2c:define:YYCTYPE = "unsigned char";
  re2c:define:YYCURSOR = P;
  re2c:define:YYMARKER = Marker;
  re2c:yyfill:enable = 0;
  re2c:indent:top = 2;

  digit = [0-9];
  digitpart = digit ("_"? digit)*;
  decinteger = [1-9] ("_"? digit)* | "0"+ ("_"? "0")*;
  hexinteger = "0" [xX] ("_"? [0-9a-fA-F])+;
  octinteger = "0" [oO] ("_"? [0-7])+;
  bininteger = "0" [bB] ("_"? [01])+;
  fraction = "." digitpart;
  exponent = [eE] [+-]? digitpart;
  pointfloat = digitpart? fraction | digitpart ".";
  floatnumber = pointfloat | (digitpart | pointfloat) exponent;
  imagnumber = (floatnumber | digitpart) [jJ];
  leadingzeros = "0"+ ("_"? digit)+;

  ascii_identifier = [a-zA-Z_] [a-zA-Z0-9_]*;
  identifier = [a-zA-Z_\x80-\xff] [a-zA-Z0-9_\x80-\xff]*;

  strprefix = [rRuUbB] | [bB][rR] | [rR][bB];
  fprefix = [fF] | [fF][rR] | [rR][fF];
*/

#define TOKEN(K)                                                               \
  do {                                                                         \
    Cur = P;                                                                   \
    LineHasTokens = true;                                                      \
    Result = make(TokenKind::K, Start, P);                                     \
    return true;                                                               \
  } while (0)
#define OPEN(K, C)                                                             \
  do {                                                                         \
    openBracket(C, Start);                                                     \
    TOKEN(K);                                                                  \
  } while (0)
#define CLOSE(K, C)                                                            \
  do {                                                                         \
    closeBracket(C, Start);                                                    \
    TOKEN(K);                                                                  \
  } while (0)
#define RETURN(Expr)                                                           \
  do {                                                                         \
    LineHasTokens = true;                                                      \
    Result = Expr;                                                             \
    return true;                                                               \
  } while (0)

bool Lexer::lexToken(Token &Result) {
  const char *P = Cur;
  const char *Marker = P;
  bool InField = !Modes.empty() && Modes.back().Kind == ModeKind::Field;
  for (;;) {
    const char *Start = P;
    /*!re2c
      "\x00" {
        if (Start != BufferEnd) {
          // The decoder replaces NULs; if one slips through, it is blank.
          continue;
        }
        Cur = Start;
        Result = endOfFile();
        return true;
      }
      [ \t\f]+ { continue; }
      "\\" "\n" {
        // CPython: "unexpected EOF while parsing"; inside brackets the
        // bracket that was never closed is the error.
        if (P == BufferEnd && Brackets.empty())
          Diags.report(DiagId::EofAfterContinuation, offset(Start),
                       offset(Start) + 1);
        continue;
      }
      "\\" {
        if (*P == '\0' && P == BufferEnd && !Brackets.empty())
          continue;
        if (*P == '\0' && P == BufferEnd)
          Diags.report(DiagId::EofAfterContinuation, offset(Start),
                       offset(P));
        else
          Diags.report(DiagId::CharacterAfterContinuation, offset(Start),
                       offset(P));
        continue;
      }
      "\n" {
        Cur = P;
        // Inside brackets, and (PEP 701) inside a replacement field of any
        // f-string, a line break is not a token.
        if (!Brackets.empty())
          continue;
        AtLineStart = true;
        if (BlankLine) {
          BlankLine = false;
          return false;
        }
        LineHasTokens = false;
        Result = make(TokenKind::Newline, Start, P);
        return true;
      }
      "#" [^\n\x00]* {
        if (Options.EmitComments) {
          Cur = P;
          Result = make(TokenKind::Comment, Start, P);
          return true;
        }
        continue;
      }

      strprefix? ['"] {
        uint8_t Flags = 0;
        for (const char *Q = Start; Q + 1 < P; ++Q) {
          char C = *Q | 0x20;
          // Only a lower-case 'u' gives CPython's kind='u'.
          Flags |= C == 'b' ? BytesString : C == 'r' ? RawString
                   : *Q == 'u' ? UnicodePrefix : 0;
        }
        RETURN(lexString(Start, P - 1, Flags));
      }
      fprefix ['"] {
        bool Raw = false;
        for (const char *Q = Start; Q + 1 < P; ++Q)
          Raw |= (*Q | 0x20) == 'r';
        RETURN(lexFStringStart(Start, P - 1, Raw));
      }

      "False"    { TOKEN(False); }
      "None"     { TOKEN(None); }
      "True"     { TOKEN(True); }
      "and"      { TOKEN(And); }
      "as"       { TOKEN(As); }
      "assert"   { TOKEN(Assert); }
      "async"    { TOKEN(Async); }
      "await"    { TOKEN(Await); }
      "break"    { TOKEN(Break); }
      "class"    { TOKEN(Class); }
      "continue" { TOKEN(Continue); }
      "def"      { TOKEN(Def); }
      "del"      { TOKEN(Del); }
      "elif"     { TOKEN(Elif); }
      "else"     { TOKEN(Else); }
      "except"   { TOKEN(Except); }
      "finally"  { TOKEN(Finally); }
      "for"      { TOKEN(For); }
      "from"     { TOKEN(From); }
      "global"   { TOKEN(Global); }
      "if"       { TOKEN(If); }
      "import"   { TOKEN(Import); }
      "in"       { TOKEN(In); }
      "is"       { TOKEN(Is); }
      "lambda"   { TOKEN(Lambda); }
      "nonlocal" { TOKEN(Nonlocal); }
      "not"      { TOKEN(Not); }
      "or"       { TOKEN(Or); }
      "pass"     { TOKEN(Pass); }
      "raise"    { TOKEN(Raise); }
      "return"   { TOKEN(Return); }
      "try"      { TOKEN(Try); }
      "while"    { TOKEN(While); }
      "with"     { TOKEN(With); }
      "yield"    { TOKEN(Yield); }

      ascii_identifier {
        Cur = P;
        LineHasTokens = true;
        Result = make(TokenKind::Identifier, Start, P, 0,
                      llvm::StringRef(Start, P - Start));
        return true;
      }
      identifier { Cur = P; RETURN(lexIdentifier(Start)); }

      decinteger  { Cur = P; RETURN(lexNumber(Start, IntegerNumber, "decimal")); }
      hexinteger  { Cur = P; RETURN(lexNumber(Start, IntegerNumber, "hexadecimal")); }
      octinteger  { Cur = P; RETURN(lexNumber(Start, IntegerNumber, "octal")); }
      bininteger  { Cur = P; RETURN(lexNumber(Start, IntegerNumber, "binary")); }
      floatnumber { Cur = P; RETURN(lexNumber(Start, FloatNumber, "decimal")); }
      imagnumber  { Cur = P; RETURN(lexNumber(Start, ImaginaryNumber, "imaginary")); }
      "0" [xX] { Cur = P; RETURN(lexNumber(Start, IntegerNumber, "hexadecimal")); }
      "0" [oO] { Cur = P; RETURN(lexNumber(Start, IntegerNumber, "octal")); }
      "0" [bB] { Cur = P; RETURN(lexNumber(Start, IntegerNumber, "binary")); }
      leadingzeros {
        Diags.report(DiagId::LeadingZeros, offset(Start), offset(P));
        Cur = P;
        RETURN(lexNumber(Start, IntegerNumber, "decimal"));
      }

      "("   { OPEN(LParen, '('); }
      "["   { OPEN(LSquare, '['); }
      "{"   { OPEN(LBrace, '{'); }
      ")"   { CLOSE(RParen, ')'); }
      "]"   { CLOSE(RSquare, ']'); }
      "}"   {
        if (InField && Brackets.size() == Modes.back().BracketBase) {
          Brackets.pop_back();
          Modes.pop_back();
          TOKEN(RBrace);
        }
        CLOSE(RBrace, '}');
      }
      ":"   {
        if (InField && Brackets.size() == Modes.back().BracketBase)
          Modes.back().Kind = ModeKind::FormatSpec;
        TOKEN(Colon);
      }
      ":="  {
        // At the top of a replacement field ':' starts the format spec, so
        // f"{x:=5}" formats x with "=5".
        if (InField && Brackets.size() == Modes.back().BracketBase) {
          P = Start + 1;
          Modes.back().Kind = ModeKind::FormatSpec;
          TOKEN(Colon);
        }
        TOKEN(ColonEqual);
      }
      ","   { TOKEN(Comma); }
      ";"   { TOKEN(Semicolon); }
      "+"   { TOKEN(Plus); }
      "-"   { TOKEN(Minus); }
      "*"   { TOKEN(Star); }
      "/"   { TOKEN(Slash); }
      "|"   { TOKEN(Pipe); }
      "&"   { TOKEN(Amp); }
      "<"   { TOKEN(Less); }
      ">"   { TOKEN(Greater); }
      "="   { TOKEN(Equal); }
      "."   { TOKEN(Dot); }
      "%"   { TOKEN(Percent); }
      "=="  { TOKEN(EqualEqual); }
      "!="  { TOKEN(NotEqual); }
      "<="  { TOKEN(LessEqual); }
      ">="  { TOKEN(GreaterEqual); }
      "~"   { TOKEN(Tilde); }
      "^"   { TOKEN(Caret); }
      "<<"  { TOKEN(LeftShift); }
      ">>"  { TOKEN(RightShift); }
      "**"  { TOKEN(StarStar); }
      "+="  { TOKEN(PlusEqual); }
      "-="  { TOKEN(MinusEqual); }
      "*="  { TOKEN(StarEqual); }
      "/="  { TOKEN(SlashEqual); }
      "%="  { TOKEN(PercentEqual); }
      "&="  { TOKEN(AmpEqual); }
      "|="  { TOKEN(PipeEqual); }
      "^="  { TOKEN(CaretEqual); }
      "<<=" { TOKEN(LeftShiftEqual); }
      ">>=" { TOKEN(RightShiftEqual); }
      "**=" { TOKEN(StarStarEqual); }
      "//"  { TOKEN(SlashSlash); }
      "//=" { TOKEN(SlashSlashEqual); }
      "@"   { TOKEN(At); }
      "@="  { TOKEN(AtEqual); }
      "->"  { TOKEN(Arrow); }
      "..." { TOKEN(Ellipsis); }
      "!"   { TOKEN(Exclaim); }

      [^] {
        Cur = P;
        Token T = lexInvalidCharacter(Start);
        if (T.Kind == TokenKind::EndOfFile)
          continue;
        RETURN(T);
      }
    */
  }
}

#undef TOKEN
#undef OPEN
#undef CLOSE
#undef RETURN

Token Lexer::lexInvalidCharacter(const char *Start) {
  unsigned char C = *Start;
  if (C < 0x20 || C == 0x7f) {
    Diags.report(DiagId::InvalidNonPrintableCharacter, offset(Start),
                 offset(Start) + 1, unsigned(C));
    // Skipped: nothing to return.
    return make(TokenKind::EndOfFile, Start, Cur);
  }
  // '$', '?' and '`': CPython's tokenizer passes them on and the parser
  // calls them invalid syntax; so do we.
  return make(TokenKind::Error, Start, Cur);
}

Token Lexer::lexIdentifier(const char *Start) {
  llvm::StringRef Text(Start, Cur - Start);
  // As CPython: the identifier is NFKC-normalised first, and only the result
  // has to be made of XID characters.
  std::string Normalized;
  unicode::normalizeNFKC(Text, Normalized);
  bool Valid = true;
  bool First = true;
  for (const char *Q = Normalized.data(), *E = Q + Normalized.size();
       Q < E;) {
    char32_t C;
    unsigned Len = unicode::decodeUtf8(Q, E, C);
    if (Len == 0 || !(First ? unicode::isXidStart(C)
                            : unicode::isXidContinue(C))) {
      Valid = false;
      break;
    }
    First = false;
    Q += Len;
  }
  if (Valid) {
    if (Normalized == Text)
      return make(TokenKind::Identifier, Start, Cur, 0, Text);
    char *Copy = Arena.Allocate<char>(Normalized.size());
    memcpy(Copy, Normalized.data(), Normalized.size());
    return make(TokenKind::Identifier, Start, Cur, 0,
                llvm::StringRef(Copy, Normalized.size()));
  }

  // Name the first character of the original spelling that cannot be part
  // of an identifier there, as CPython does.
  First = true;
  for (const char *Q = Start; Q < Cur;) {
    char32_t C;
    unsigned Len = unicode::decodeUtf8(Q, Cur, C);
    if (Len == 0) {
      Diags.report(DiagId::InvalidUtf8InIdentifier, offset(Q), offset(Q) + 1);
      break;
    }
    std::string One;
    unicode::normalizeNFKC(llvm::StringRef(Q, Len), One);
    char32_t N = 0;
    unicode::decodeUtf8(One.data(), One.data() + One.size(), N);
    if (!(First ? unicode::isXidStart(N) : unicode::isXidContinue(N))) {
      if (!unicode::isPrintable(C))
        Diags.report(DiagId::InvalidNonPrintableCharacter, offset(Q),
                     offset(Q + Len), unsigned(C));
      else
        Diags.report(DiagId::InvalidCharacter, offset(Q), offset(Q + Len),
                     llvm::StringRef(Q, Len), unsigned(C));
      break;
    }
    First = false;
    Q += Len;
  }
  return make(TokenKind::Identifier, Start, Cur, 0, Text);
}

Token Lexer::lexNumber(const char *Start, uint8_t Flags,
                       const char *KindName) {
  llvm::StringRef Text(Start, Cur - Start);
  bool Prefixed = Text.size() >= 2 && Text[0] == '0' &&
                  llvm::StringRef("xXoObB").contains(Text[1]);
  bool NoDigits = Prefixed && Text.size() == 2;
  unsigned char Next = *Cur;
  if ((KindName[0] == 'o' || KindName[0] == 'b') && Next >= '0' &&
      Next <= '9') {
    // 0o8, 0b12: name the digit, as CPython does.
    Diags.report(DiagId::InvalidDigitInLiteral, offset(Cur), offset(Cur) + 1,
                 std::string(1, Next), KindName);
    while (isIdentifierByte(*Cur))
      ++Cur;
  } else if (isIdentifierByte(Next) || NoDigits) {
    // A keyword straight after a number ("1if x else y") is still accepted
    // by CPython 3.11 and 3.12 (with a deprecation warning).
    llvm::StringRef Rest(Cur, BufferEnd - Cur);
    bool KeywordFollows = false;
    for (llvm::StringRef K : {"and", "else", "for", "if", "in", "is", "not",
                              "or"})
      if (Rest.starts_with(K) && !NoDigits)
        KeywordFollows = true;
    if (!KeywordFollows) {
      while (isIdentifierByte(*Cur))
        ++Cur;
      Diags.report(DiagId::InvalidNumberLiteral, offset(Start), offset(Cur),
                   KindName);
    }
  }
  return make(TokenKind::Number, Start, Cur, Flags, Text);
}

Token Lexer::lexString(const char *TokenStart, const char *QuoteStart,
                       uint8_t Flags) {
  char Quote = *QuoteStart;
  const char *P = QuoteStart + 1;
  bool Triple = P[0] == Quote && P[1] == Quote;
  if (Triple) {
    Flags |= TripleQuoted;
    P += 2;
  }
  const char *BodyStart = P;
  const char *BodyEnd = nullptr;
  for (;;) {
    char C = *P;
    if (C == Quote) {
      if (!Triple) {
        BodyEnd = P++;
        break;
      }
      if (P[1] == Quote && P[2] == Quote) {
        BodyEnd = P;
        P += 3;
        break;
      }
      ++P;
    } else if (C == '\\') {
      if (P + 1 == BufferEnd) {
        ++P;
        continue;
      }
      P += 2;
    } else if (C == '\n' && !Triple) {
      Diags.report(DiagId::UnterminatedString, offset(TokenStart),
                   offset(TokenStart) + 1, lineOf(TokenStart));
      BodyEnd = P;
      break;
    } else if (C == '\0' && P == BufferEnd) {
      if (Triple)
        Diags.report(DiagId::UnterminatedTripleQuotedString,
                     offset(TokenStart), offset(TokenStart) + 1,
                     lastLine());
      else
        Diags.report(DiagId::UnterminatedString, offset(TokenStart),
                     offset(TokenStart) + 1, lastLine());
      BodyEnd = P;
      break;
    } else {
      ++P;
    }
  }
  Cur = P;
  llvm::StringRef Value = decodeBody(BodyStart, BodyEnd, Flags, false);
  return make(TokenKind::String, TokenStart, P, Flags, Value);
}

Token Lexer::lexFStringStart(const char *TokenStart, const char *QuoteStart,
                             bool Raw) {
  char Quote = *QuoteStart;
  const char *P = QuoteStart + 1;
  bool Triple = P[0] == Quote && P[1] == Quote;
  if (Triple)
    P += 2;
  Cur = P;
  unsigned Depth = 0;
  for (const Mode &M : Modes)
    Depth += M.Kind == ModeKind::FString;
  if (Depth >= MaxFStringDepth)
    Diags.report(DiagId::FStringTooDeeplyNested, offset(TokenStart),
                 offset(P));
  Modes.push_back(
      {ModeKind::FString, Quote, Triple, Raw, 0, offset(TokenStart)});
  uint8_t Flags = (Raw ? RawString : 0) | (Triple ? TripleQuoted : 0);
  return make(TokenKind::FStringStart, TokenStart, P, Flags);
}

Token Lexer::lexFStringText() {
  // Quote and rawness come from the f-string this part belongs to.
  const Mode *FString = nullptr;
  for (const Mode &M : Modes)
    if (M.Kind == ModeKind::FString)
      FString = &M;
  bool InSpec = Modes.back().Kind == ModeKind::FormatSpec;
  char Quote = FString->Quote;
  bool Triple = FString->Triple;
  uint8_t Flags = (FString->Raw ? RawString : 0);
  const char *Start = Cur;
  const char *P = Cur;
  auto Middle = [&]() {
    Cur = P;
    return make(TokenKind::FStringMiddle, Start, P, Flags,
                decodeBody(Start, P, Flags, /*FStringPart=*/true));
  };
  for (;;) {
    char C = *P;
    if (C == Quote && (!Triple || (P[1] == Quote && P[2] == Quote))) {
      if (P != Start)
        return Middle();
      if (InSpec) {
        // The quote still ends the f-string, once its fields are closed.
        Diags.report(DiagId::FStringExpectingClosingBrace, offset(P),
                     offset(P) + 1);
        Cur = P;
        closeFString(P, /*KeepFString=*/true);
        return next();
      }
      Cur = P + (Triple ? 3 : 1);
      Modes.pop_back();
      LineHasTokens = true;
      return make(TokenKind::FStringEnd, P, Cur);
    }
    if (C == '\0' && P == BufferEnd) {
      if (P != Start)
        return Middle();
      Cur = P;
      return endOfFile();
    }
    if (C == '\n' && !Triple) {
      if (P != Start)
        return Middle();
      Diags.report(DiagId::FStringUnterminated, FString->Start,
                   FString->Start + 1, lineOf(P));
      Cur = P;
      closeFString(P, /*KeepFString=*/false);
      return next();
    }
    if (C == '{') {
      if (P[1] == '{' && !InSpec) {
        P += 2;
        continue;
      }
      if (P != Start)
        return Middle();
      Cur = P + 1;
      unsigned Depth = 0;
      for (const Mode &M : Modes)
        Depth += M.Kind != ModeKind::FString;
      if (Depth >= 2 && InSpec)
        Diags.report(DiagId::FStringTooDeeplyNested, offset(P), offset(P) + 1);
      openBracket('{', P);
      Modes.push_back({ModeKind::Field, Quote, Triple, FString->Raw,
                       static_cast<uint32_t>(Brackets.size()), offset(P)});
      LineHasTokens = true;
      return make(TokenKind::LBrace, P, Cur);
    }
    if (C == '}') {
      if (InSpec) {
        if (P != Start)
          return Middle();
        Cur = P + 1;
        Brackets.truncate(Modes.back().BracketBase - 1);
        Modes.pop_back();
        return make(TokenKind::RBrace, P, Cur);
      }
      if (P[1] == '}') {
        P += 2;
        continue;
      }
      Diags.report(DiagId::FStringSingleClosingBrace, offset(P),
                   offset(P) + 1);
      ++P;
      continue;
    }
    if (C == '\\' && !(P + 1 == BufferEnd)) {
      // "\N{...}" names a character; its braces are not a field.
      if (P[1] == 'N' && P[2] == '{' && !FString->Raw) {
        P += 3;
        while (*P != '}' && *P != Quote && *P != '\n' && P != BufferEnd)
          ++P;
        if (*P == '}')
          ++P;
        continue;
      }
      if (P[1] != '{' && P[1] != '}')
        ++P;
      ++P;
      continue;
    }
    ++P;
  }
}

llvm::StringRef Lexer::decodeBody(const char *Begin, const char *End,
                                  uint8_t Flags, bool FStringPart) {
  bool Raw = Flags & RawString;
  bool Bytes = Flags & BytesString;
  bool NeedsWork = false;
  for (const char *Q = Begin; Q < End; ++Q) {
    unsigned char C = *Q;
    if ((C == '\\' && !Raw) || (FStringPart && (C == '{' || C == '}')) ||
        (Bytes && C >= 0x80)) {
      NeedsWork = true;
      break;
    }
  }
  if (!NeedsWork)
    return llvm::StringRef(Begin, End - Begin);

  std::string Out;
  Out.reserve(End - Begin);
  bool ReportedNonAscii = false;
  auto Error = [&](const char *At, const char *Message) {
    Diags.report(DiagId::InvalidEscape, offset(At), offset(At) + 2,
                 llvm::StringRef(Message));
  };
  for (const char *Q = Begin; Q < End;) {
    unsigned char C = *Q;
    if (FStringPart && (C == '{' || C == '}')) {
      // A doubled brace is one literal brace.
      Out += C;
      Q += (Q + 1 < End && Q[1] == C) ? 2 : 1;
      continue;
    }
    if (C != '\\' || Raw) {
      if (Bytes && C >= 0x80 && !ReportedNonAscii) {
        Diags.report(DiagId::NonAsciiInBytes, offset(Q), offset(Q) + 1);
        ReportedNonAscii = true;
      }
      Out += C;
      ++Q;
      continue;
    }
    const char *Escape = Q;
    if (Q + 1 >= End) {
      Out += '\\';
      ++Q;
      continue;
    }
    char E = Q[1];
    Q += 2;
    switch (E) {
    case '\n':
      break;
    case '\\':
    case '\'':
    case '"':
      Out += E;
      break;
    case 'a':
      Out += '\a';
      break;
    case 'b':
      Out += '\b';
      break;
    case 'f':
      Out += '\f';
      break;
    case 'n':
      Out += '\n';
      break;
    case 'r':
      Out += '\r';
      break;
    case 't':
      Out += '\t';
      break;
    case 'v':
      Out += '\v';
      break;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7': {
      unsigned Value = E - '0';
      for (int I = 0; I < 2 && Q < End && *Q >= '0' && *Q <= '7'; ++I, ++Q)
        Value = Value * 8 + (*Q - '0');
      if (Bytes)
        Out += static_cast<char>(Value & 0xff);
      else
        unicode::appendUtf8(Value, Out);
      break;
    }
    case 'x': {
      if (Q + 2 > End || !isHexDigit(Q[0]) || !isHexDigit(Q[1])) {
        Error(Escape, Bytes ? "invalid \\x escape"
                            : "'unicodeescape' codec can't decode bytes: "
                              "truncated \\xXX escape");
        break;
      }
      unsigned Value = hexValue(Q[0]) * 16 + hexValue(Q[1]);
      Q += 2;
      if (Bytes)
        Out += static_cast<char>(Value);
      else
        unicode::appendUtf8(Value, Out);
      break;
    }
    case 'u':
    case 'U':
    case 'N': {
      if (Bytes) {
        Out += '\\';
        Out += E;
        break;
      }
      if (E == 'N') {
        const char *Close = Q < End && *Q == '{'
                                ? std::find(Q, End, '}')
                                : End;
        std::optional<char32_t> Named;
        if (Close != End)
          Named = unicode::lookupName(llvm::StringRef(Q + 1, Close - Q - 1));
        if (!Named) {
          Error(Escape, Close == End
                            ? "'unicodeescape' codec can't decode bytes: "
                              "malformed \\N character escape"
                            : "'unicodeescape' codec can't decode bytes: "
                              "unknown Unicode character name");
          Q = Close == End ? Q : Close + 1;
          break;
        }
        unicode::appendUtf8(*Named, Out);
        Q = Close + 1;
        break;
      }
      int Digits = E == 'u' ? 4 : 8;
      uint32_t Value = 0;
      int I = 0;
      for (; I < Digits && Q < End && isHexDigit(*Q); ++I, ++Q)
        Value = Value * 16 + hexValue(*Q);
      if (I < Digits) {
        Error(Escape, E == 'u' ? "'unicodeescape' codec can't decode bytes: "
                                 "truncated \\uXXXX escape"
                               : "'unicodeescape' codec can't decode bytes: "
                                 "truncated \\UXXXXXXXX escape");
        break;
      }
      if (Value > 0x10ffff) {
        Error(Escape, "'unicodeescape' codec can't decode bytes: illegal "
                      "Unicode character");
        break;
      }
      unicode::appendUtf8(Value, Out);
      break;
    }
    default:
      // Unknown escapes stay as written (CPython warns about them).
      Out += '\\';
      Out += E;
      break;
    }
  }
  char *Copy = Arena.Allocate<char>(Out.size());
  memcpy(Copy, Out.data(), Out.size());
  return llvm::StringRef(Copy, Out.size());
}

std::vector<Token> lexAll(const SourceFile &File, DiagnosticEngine &Diags,
                          llvm::BumpPtrAllocator &Arena) {
  Lexer L(File, Diags, Arena, LexerOptions{/*EmitComments=*/true});
  std::vector<Token> Tokens;
  bool GaveUp = false;
  do {
    Tokens.push_back(L.next());
    // The parser's limit applies here too: each diagnostic prints its whole
    // line, and a long line of stray ')' would make that quadratic.
    if (!GaveUp && Diags.errorCount() >= MaxErrorsPerFile) {
      GaveUp = true;
      Diags.report(DiagId::TooManyErrors, Tokens.back().Begin,
                   Tokens.back().End);
      Diags.stopReporting();
    }
  } while (!Tokens.back().is(TokenKind::EndOfFile));
  return Tokens;
}

} // namespace schemac::lex
