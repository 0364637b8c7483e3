//===- PyRegexSyntax.cpp - Errors, tokens and replacement templates -------===//
//
// What the pattern parser and the replacement template parser share, as in
// Lib/re/_parser.py: its Tokenizer, its error messages, and parse_template()
// with expand_template().
//
//===----------------------------------------------------------------------===//

#include "support/PyRegexImpl.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>

using namespace schemac::pyregex;
using namespace schemac::pyregex::detail;
using llvm::ArrayRef;
using llvm::StringRef;
using Token = Tokenizer::Token;

void ErrorSink::pyError(StringRef Type, std::string Message) {
  if (Failed)
    return;
  Failed = true;
  Err.Kind = ErrorKind::PythonError;
  Err.PyType = Type.str();
  Err.Message = std::move(Message);
}

void ErrorSink::reError(StringRef Msg, ArrayRef<uint32_t> Source, size_t Pos) {
  std::string M = Msg.str() + " at position " + std::to_string(Pos);
  if (llvm::is_contained(Source, '\n')) {
    size_t End = std::min(Pos, Source.size());
    size_t Line = std::count(Source.begin(), Source.begin() + End, '\n') + 1;
    size_t Col = Pos + 1;
    for (size_t I = End; I-- > 0;) {
      if (Source[I] == '\n') {
        Col = Pos - I;
        break;
      }
    }
    M += " (line " + std::to_string(Line) + ", column " + std::to_string(Col) +
         ")";
  }
  pyError("re.error", std::move(M));
}

void ErrorSink::unsupported(std::string Message) {
  if (Failed)
    return;
  Failed = true;
  Err.Kind = ErrorKind::Unsupported;
  Err.PyType.clear();
  Err.Message = std::move(Message);
}

void ErrorSink::tooComplex(uint64_t StepLimit) {
  if (Failed)
    return;
  Failed = true;
  Err.Kind = ErrorKind::TooComplex;
  Err.PyType.clear();
  Err.Message = "regular expression too complex: gave up after " +
                std::to_string(StepLimit) + " steps";
}

void ErrorSink::matchFailure(int Status, uint64_t StepLimit) {
  if (Status == MatchState::OutOfSteps)
    tooComplex(StepLimit);
  else
    unsupported("internal error in the regular expression matcher");
}

std::string detail::reprStr(ArrayRef<uint32_t> S) {
  char Quote =
      llvm::is_contained(S, '\'') && !llvm::is_contained(S, '"') ? '"' : '\'';
  std::string Out(1, Quote);
  static const char Hex[] = "0123456789abcdef";
  for (uint32_t C : S) {
    if (C == static_cast<uint32_t>(Quote) || C == '\\') {
      Out += '\\';
      Out += static_cast<char>(C);
    } else if (C == '\t' || C == '\n' || C == '\r') {
      Out += C == '\t' ? "\\t" : C == '\n' ? "\\n" : "\\r";
    } else if (C < 0x20 || (C >= 0x7F && C < 0xA0)) {
      // Other characters are shown as themselves, as they are in the
      // printable majority; this is only used to quote names in messages.
      Out += "\\x";
      Out += Hex[C >> 4];
      Out += Hex[C & 15];
    } else {
      appendUtf8(C, Out);
    }
  }
  Out += Quote;
  return Out;
}

void Tokenizer::advance() {
  if (Index >= Src.size()) {
    Next = Token();
    return;
  }
  if (Src[Index] != '\\') {
    Next = Token{true, false, Src[Index]};
    ++Index;
    return;
  }
  if (Index + 1 >= Src.size()) {
    Sink.reError("bad escape (end of pattern)", Src, Src.size() - 1);
    Next = Token();
    Index = Src.size();
    return;
  }
  Next = Token{true, true, Src[Index + 1]};
  Index += 2;
}

bool Tokenizer::getUntil(uint32_t Terminator, StringRef Name,
                         U32String &Result) {
  Result.clear();
  for (;;) {
    Token C = get();
    if (!C.Valid) {
      if (Result.empty())
        error("missing " + Name.str());
      else
        error("missing " + charToUtf8(Terminator) + ", unterminated name",
              Result.size());
      return false;
    }
    if (C.is(Terminator)) {
      if (Result.empty()) {
        error("missing " + Name.str(), 1);
        return false;
      }
      return true;
    }
    C.appendTo(Result);
  }
}

static bool isPySpace(uint32_t C) {
  return C == ' ' || (C >= '\t' && C <= '\r') || (C >= 0x1C && C <= 0x1F);
}

int64_t detail::parseGroupNumber(ArrayRef<uint32_t> S) {
  if (llvm::any_of(S, [](uint32_t C) { return C >= 0x80; }))
    return -2;
  size_t B = 0, E = S.size();
  while (B < E && isPySpace(S[B]))
    ++B;
  while (E > B && isPySpace(S[E - 1]))
    --E;
  bool Negative = false;
  if (B < E && (S[B] == '+' || S[B] == '-'))
    Negative = S[B++] == '-';
  if (B == E || !isAsciiDigit(S[B]))
    return -1;
  int64_t V = 0;
  for (size_t I = B; I < E; ++I) {
    // int() allows single underscores between digits.
    if (S[I] == '_' && I + 1 < E && isAsciiDigit(S[I + 1]))
      continue;
    if (!isAsciiDigit(S[I]))
      return -1;
    V = std::min<int64_t>(V * 10 + (S[I] - '0'), int64_t(1) << 40);
  }
  return Negative && V != 0 ? -1 : V;
}

int detail::isIdentifier(ArrayRef<uint32_t> S) {
  if (S.empty() || isAsciiDigit(S[0]))
    return 0;
  bool Ascii = true;
  for (uint32_t C : S) {
    if (C >= 0x80)
      Ascii = false;
    else if (C != '_' && !isAsciiAlpha(C) && !isAsciiDigit(C))
      return 0;
  }
  return Ascii ? 1 : -1;
}

bool detail::parseTemplate(
    ArrayRef<uint32_t> Repl, unsigned NumGroups,
    const std::vector<std::pair<std::string, unsigned>> &Names, Template &Out,
    ErrorSink &Sink) {
  Tokenizer S(Repl, Sink);
  Out = Template();
  std::string Literal;
  auto IsOct = [](const Token &T) {
    return T.Valid && !T.Escape && T.C >= '0' && T.C <= '7';
  };
  auto AddGroup = [&](int64_t Index, size_t Offset) {
    if (Index > NumGroups) {
      S.error("invalid group reference " + std::to_string(Index), Offset);
      return false;
    }
    Out.Pieces.push_back({std::move(Literal), -1});
    Literal.clear();
    Out.Pieces.push_back({"", static_cast<int>(Index)});
    Out.HasGroups = true;
    return true;
  };
  while (!Sink.Failed) {
    Token This = S.get();
    if (!This.Valid)
      break;
    if (!This.Escape) {
      appendUtf8(This.C, Literal);
      continue;
    }
    uint32_t C = This.C;
    if (C == 'g') {
      U32String Name;
      if (!S.match('<')) {
        S.error("missing <");
        return false;
      }
      if (!S.getUntil('>', "group name", Name))
        return false;
      ArrayRef<uint32_t> N(reinterpret_cast<const uint32_t *>(Name.data()),
                           Name.size());
      int Id = isIdentifier(N);
      int64_t Index = Id == 0 ? parseGroupNumber(N) : -2;
      if (Id == 1) {
        std::string Key = toUtf8(N);
        auto It =
            llvm::find_if(Names, [&](const auto &P) { return P.first == Key; });
        if (It == Names.end()) {
          Sink.pyError("IndexError", "unknown group name " + reprStr(N));
          return false;
        }
        Index = It->second;
      } else if (Index == -2) {
        Sink.unsupported("unsupported replacement template: non-ASCII group "
                         "name");
        return false;
      } else if (Index < 0 || Index >= MaxGroups) {
        S.error(Index < 0 ? "bad character in group name " + reprStr(N)
                          : "invalid group reference " + std::to_string(Index),
                Name.size() + 1);
        return false;
      }
      if (!AddGroup(Index, Name.size() + 1))
        return false;
    } else if (C == '0') {
      uint32_t V = 0;
      for (int I = 0; I < 2 && IsOct(S.next()); ++I)
        V = V * 8 + (S.get().C - '0');
      appendUtf8(V & 0xFF, Literal);
    } else if (isAsciiDigit(C)) {
      uint32_t V = C - '0';
      size_t Len = 2;
      const Token &N = S.next();
      if (N.Valid && !N.Escape && isAsciiDigit(N.C)) {
        uint32_t D = S.get().C;
        ++Len;
        if (C <= '7' && D <= '7' && IsOct(S.next())) {
          uint32_t Oct = (C - '0') * 64 + (D - '0') * 8 + (S.get().C - '0');
          if (Oct > 0377) {
            S.error("octal escape value \\" + charToUtf8(C) + charToUtf8(D) +
                        charToUtf8('0' + (Oct & 7)) +
                        " outside of range 0-0o377",
                    4);
            return false;
          }
          appendUtf8(Oct, Literal);
          continue;
        }
        V = V * 10 + (D - '0');
      }
      if (!AddGroup(V, Len - 1))
        return false;
    } else {
      switch (C) {
      case 'a':
        Literal += '\a';
        break;
      case 'b':
        Literal += '\b';
        break;
      case 'f':
        Literal += '\f';
        break;
      case 'n':
        Literal += '\n';
        break;
      case 'r':
        Literal += '\r';
        break;
      case 't':
        Literal += '\t';
        break;
      case 'v':
        Literal += '\v';
        break;
      case '\\':
        Literal += '\\';
        break;
      default:
        if (isAsciiAlpha(C)) {
          S.error("bad escape \\" + charToUtf8(C), 2);
          return false;
        }
        // Python keeps unknown escapes of other characters as written.
        Literal += '\\';
        appendUtf8(C, Literal);
        break;
      }
    }
  }
  if (Sink.Failed)
    return false;
  if (!Literal.empty())
    Out.Pieces.push_back({std::move(Literal), -1});
  return true;
}
