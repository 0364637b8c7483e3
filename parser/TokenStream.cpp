//===- TokenStream.cpp ----------------------------------------------------===//

#include "parser/TokenStream.h"

#include "support/InternedNames.h"

namespace schemac::parse {

using lex::TokenKind;

namespace {
yytoken_kind_t grammarKind(TokenKind Kind) {
  static constexpr yytoken_kind_t Map[] = {
#define TOKEN(Id, Text) TOK_##Id,
#include "lexer/TokenKinds.def"
  };
  return Map[static_cast<unsigned>(Kind)];
}

bool isOpening(TokenKind K) {
  return K == TokenKind::LParen || K == TokenKind::LSquare ||
         K == TokenKind::LBrace || K == TokenKind::WithLParen;
}
bool isClosing(TokenKind K) {
  return K == TokenKind::RParen || K == TokenKind::RSquare ||
         K == TokenKind::RBrace;
}
bool endsLine(TokenKind K) {
  return K == TokenKind::Newline || K == TokenKind::EndOfFile;
}
} // namespace

const lex::Token &TokenStream::peek(size_t N) {
  while (Ahead.size() <= N) {
    // Past the end the lexer keeps answering EndOfFile.
    Ahead.push_back(L.next());
  }
  return Ahead[N];
}

lex::Token TokenStream::take() {
  if (Ahead.empty())
    return L.next();
  lex::Token T = Ahead.front();
  Ahead.pop_front();
  return T;
}

// "match x:", "case [a, b] if c:": a colon at bracket depth 0 that is not
// the very next token and not a lambda's (ruff's rule).
bool TokenStream::startsCompoundSoftKeyword() {
  TokenKind First = peek(0).Kind;
  switch (First) {
  case TokenKind::Newline:
  case TokenKind::EndOfFile:
  case TokenKind::Equal:
  case TokenKind::Dot:
  case TokenKind::Colon:
  case TokenKind::Comma:
  case TokenKind::RParen:
  case TokenKind::RSquare:
  case TokenKind::RBrace:
  case TokenKind::Semicolon:
  case TokenKind::In:
  case TokenKind::Is:
  case TokenKind::And:
  case TokenKind::Or:
  case TokenKind::If:
  case TokenKind::Else:
  case TokenKind::As:
  case TokenKind::ColonEqual:
  case TokenKind::Pipe:
  case TokenKind::Amp:
  case TokenKind::Caret:
  case TokenKind::Slash:
  case TokenKind::SlashSlash:
  case TokenKind::Percent:
  case TokenKind::At:
  case TokenKind::Less:
  case TokenKind::Greater:
  case TokenKind::LessEqual:
  case TokenKind::GreaterEqual:
  case TokenKind::EqualEqual:
  case TokenKind::NotEqual:
  case TokenKind::LeftShift:
  case TokenKind::RightShift:
  case TokenKind::StarStar:
  case TokenKind::PlusEqual:
  case TokenKind::MinusEqual:
  case TokenKind::StarEqual:
  case TokenKind::SlashEqual:
  case TokenKind::PercentEqual:
  case TokenKind::AmpEqual:
  case TokenKind::PipeEqual:
  case TokenKind::CaretEqual:
  case TokenKind::LeftShiftEqual:
  case TokenKind::RightShiftEqual:
  case TokenKind::StarStarEqual:
  case TokenKind::SlashSlashEqual:
  case TokenKind::AtEqual:
    return false;
  default:
    break;
  }
  int Depth = 0;
  bool SeenLambda = false;
  for (size_t I = 0;; ++I) {
    TokenKind K = peek(I).Kind;
    if (endsLine(K))
      return false;
    if (isOpening(K)) {
      ++Depth;
    } else if (isClosing(K)) {
      --Depth;
    } else if (Depth == 0 && K == TokenKind::Lambda) {
      SeenLambda = true;
    } else if (Depth == 0 && K == TokenKind::Colon) {
      if (!SeenLambda)
        return I > 0;
      SeenLambda = false;
    }
  }
}

// "type X = ...", "type X[T] = ...".
bool TokenStream::startsTypeAlias() {
  if (!peek(0).is(TokenKind::Identifier))
    return false;
  size_t I = 1;
  if (peek(I).is(TokenKind::LSquare)) {
    int Depth = 0;
    for (;; ++I) {
      TokenKind K = peek(I).Kind;
      if (endsLine(K))
        return false;
      if (isOpening(K))
        ++Depth;
      else if (isClosing(K) && --Depth == 0)
        break;
    }
    ++I;
  }
  return peek(I).is(TokenKind::Equal);
}

bool TokenStream::isSoftKeywordHere(const lex::Token &T) {
  llvm::StringRef Name = T.Value;
  if (Name == "match" || Name == "case")
    return startsCompoundSoftKeyword();
  if (Name == "type")
    return startsTypeAlias();
  return false;
}

// "with (a as b, c):" parses as a list of with-items, "with (a, b) as c:"
// and "with (a).b:" as one expression; the token after the matching ')'
// tells them apart, as CPython's PEG grammar does by trying both. Its
// with-item is "expression ['as' star_target]", so what holds no such list
// is one parenthesised expression even before a ':': "with ():",
// "with (*a, b):", "with (a for a in b):", "with (a := 1, b):",
// "with (yield x):".
void TokenStream::markParenthesizedWithItems() {
  if (!peek(0).is(TokenKind::LParen) || peek(1).is(TokenKind::RParen))
    return;
  int Depth = 0;
  for (size_t I = 0;; ++I) {
    TokenKind K = peek(I).Kind;
    if (endsLine(K))
      return;
    if (Depth == 1) {
      bool ItemStart =
          peek(I - 1).is(TokenKind::LParen) || peek(I - 1).is(TokenKind::Comma);
      if (K == TokenKind::For || K == TokenKind::ColonEqual ||
          (ItemStart && (K == TokenKind::Star || K == TokenKind::StarStar ||
                         K == TokenKind::Yield)))
        return;
    }
    if (isOpening(K)) {
      ++Depth;
    } else if (isClosing(K) && --Depth == 0) {
      if (peek(I + 1).is(TokenKind::Colon))
        Ahead[0].Kind = TokenKind::WithLParen;
      return;
    }
  }
}

int TokenStream::next(YYSTYPE *Value, Span *Location) {
  lex::Token T = take();
  if (!GaveUp && B.diags().errorCount() >= MaxErrorsPerFile) {
    GaveUp = true;
    B.error(DiagId::TooManyErrors, Span{T.Begin, T.End});
    // The note is the last word on this file: the end of file made up
    // below would be a syntax error of its own.
    B.diags().stopReporting();
  }
  if (GaveUp)
    T.Kind = TokenKind::EndOfFile;

  if (T.is(TokenKind::Identifier) && AtLineStart && T.Value.size() <= 5 &&
      isSoftKeywordHere(T)) {
    T.Kind = T.Value == "match"  ? TokenKind::Match
             : T.Value == "case" ? TokenKind::Case
                                 : TokenKind::Type;
  } else if (T.is(TokenKind::With)) {
    markParenthesizedWithItems();
  } else if (T.is(TokenKind::Is) && peek(0).is(TokenKind::Not)) {
    T.Kind = TokenKind::IsNot;
    T.End = take().End;
  }
  if (AtLogicalLineStart)
    LogicalLineStart = T.Begin;
  AtLogicalLineStart = T.is(TokenKind::Newline);
  AtLineStart = T.is(TokenKind::Newline) || T.is(TokenKind::Indent) ||
                T.is(TokenKind::Dedent);

  switch (T.Kind) {
  case TokenKind::Identifier:
    // Every identifier of the tree is the interned copy, which sema keys
    // its namespaces by: interned here, on the threads that parse, rather
    // than on the evaluator's.
    T.Value = internName(T.Value);
    [[fallthrough]];
  case TokenKind::Number:
  case TokenKind::String:
  case TokenKind::FStringStart:
  case TokenKind::FStringMiddle:
    Value->Tok = B.tokenValue({T.Begin, T.End, T.Value.data(),
                               static_cast<uint32_t>(T.Value.size()), T.Flags});
    break;
  default:
    Value->Tok = nullptr;
    break;
  }
  *Location = {T.Begin, T.End};
  return grammarKind(T.Kind);
}

int yylex(YYSTYPE *Value, Span *Location, TokenStream &Stream) {
  return Stream.next(Value, Location);
}

void TokenStream::reportSyntaxError(const SyntaxErrorInfo &Info) {
  Span Where = Info.Where;
  if (Info.UnexpectedIndent) {
    B.error(DiagId::UnexpectedIndent, Where);
    return;
  }
  if (Info.OnlyIndentExpected) {
    B.error(DiagId::ExpectedIndentedBlock, Where);
    return;
  }

  // A tokenizer error on this logical line (a bracket that does not match
  // or was never closed, a malformed number) leaves the parser stuck at or
  // after it: CPython reports the tokenizer's error alone, and so do we.
  for (const Diagnostic &D : llvm::reverse(B.diags().diagnostics())) {
    if (D.Begin < LogicalLineStart)
      break;
    if (D.Level == Severity::Error && D.Begin <= Where.End)
      return;
  }

  std::string Detail = ": unexpected ";
  Detail += Info.Unexpected;
  if (Info.QuoteText) {
    llvm::StringRef Text =
        B.file().text().slice(Where.Begin, Where.End).split('\n').first;
    Detail += " '";
    Detail +=
        Text.size() > 30 ? (Text.take_front(27) + "...").str() : Text.str();
    Detail += "'";
  }
  // Beyond a few alternatives a list helps nobody.
  size_t NumExpected = Info.Expected.size();
  if (NumExpected > 0 && NumExpected <= 3) {
    Detail += ", expected ";
    for (size_t I = 0; I < NumExpected; ++I) {
      if (I)
        Detail += I + 1 == NumExpected ? " or " : ", ";
      Detail += Info.Expected[I];
    }
  }
  B.error(DiagId::SyntaxError, Where, Detail);
}

} // namespace schemac::parse
