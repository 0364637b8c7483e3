//===- PyRegexParseAtoms.cpp - Escapes, sets and repeats ------------------===//
//
// The parts of Lib/re/_parser.py's _parse() and its _escape() and
// _class_escape() that read single items: escapes, character sets and the
// repeat operators applied to the item before them.
//
//===----------------------------------------------------------------------===//

#include "support/PyRegexParser.h"

using namespace schemac::pyregex;
using namespace schemac::pyregex::detail;
using llvm::ArrayRef;
using Token = Tokenizer::Token;

namespace {

/// The ESCAPES table of _parser.py.
std::optional<uint32_t> simpleEscape(uint32_t C) {
  switch (C) {
  case 'a':
    return 7;
  case 'b':
    return 8;
  case 'f':
    return 12;
  case 'n':
    return 10;
  case 'r':
    return 13;
  case 't':
    return 9;
  case 'v':
    return 11;
  case '\\':
    return '\\';
  }
  return std::nullopt;
}

std::optional<uint8_t> categoryEscape(uint32_t C) {
  switch (C) {
  case 'd':
    return CatDigit;
  case 'D':
    return CatNotDigit;
  case 's':
    return CatSpace;
  case 'S':
    return CatNotSpace;
  case 'w':
    return CatWord;
  case 'W':
    return CatNotWord;
  }
  return std::nullopt;
}

bool isOctDigit(uint32_t C) { return C >= '0' && C <= '7'; }
bool isHexDigit(uint32_t C) {
  return isAsciiDigit(C) || (C >= 'a' && C <= 'f') || (C >= 'A' && C <= 'F');
}

uint32_t digitsValue(ArrayRef<uint32_t> Digits, unsigned Base) {
  uint32_t V = 0;
  for (uint32_t C : Digits)
    V = V * Base + (isAsciiDigit(C) ? C - '0' : (C | 0x20) - 'a' + 10);
  return V;
}

} // namespace

void detail::uniq(std::vector<SetItem> &Set) {
  std::vector<SetItem> Out;
  for (const SetItem &I : Set)
    if (!llvm::is_contained(Out, I))
      Out.push_back(I);
  Set = std::move(Out);
}

U32String Parser::getWhile(unsigned N, bool (*Pred)(uint32_t)) {
  U32String Result;
  for (unsigned I = 0; I < N; ++I) {
    const Token &T = Tok.next();
    if (!T.Valid || T.Escape || !Pred(T.C))
      break;
    Result += static_cast<char32_t>(Tok.get().C);
  }
  return Result;
}

/// The \x, \u, \U and \N escapes, which mean the same in and out of sets.
/// Returns false with C unset if \p This is none of them.
bool Parser::parseCodeEscape(const Token &This, U32String &Esc, uint32_t &C) {
  unsigned Digits = This.C == 'x' ? 2 : This.C == 'u' ? 4 : 8;
  if (This.C == 'N') {
    if (!Tok.match('{')) {
      Tok.error("missing {");
      return true;
    }
    U32String Name;
    if (Tok.getUntil('}', "character name", Name))
      Sink.unsupported("unsupported regular expression syntax: \\N{...}");
    return true;
  }
  Esc += getWhile(Digits, isHexDigit);
  if (Esc.size() != Digits + 2) {
    Tok.error("incomplete escape " + toUtf8(arr(Esc)), Esc.size());
    return true;
  }
  C = digitsValue(arr(Esc, 2), 16);
  if (C > 0x10FFFF)
    Tok.error("bad escape " + toUtf8(arr(Esc)), Esc.size());
  return true;
}

bool Parser::parseEscape(const Token &This, Node &Out) {
  uint32_t C = This.C;
  switch (C) {
  case 'A':
    Out = makeNode(NodeKind::At, AtBeginningString);
    return true;
  case 'b':
    Out = makeNode(NodeKind::At, AtBoundary);
    return true;
  case 'B':
    Out = makeNode(NodeKind::At, AtNonBoundary);
    return true;
  case 'Z':
    Out = makeNode(NodeKind::At, AtEndString);
    return true;
  }
  if (auto Cat = categoryEscape(C)) {
    Out = makeNode(NodeKind::In);
    Out.Set.push_back({SetItem::Category, *Cat});
    return true;
  }
  if (auto V = simpleEscape(C)) {
    Out = makeNode(NodeKind::Literal, *V);
    return true;
  }
  U32String Esc = U"\\";
  Esc += static_cast<char32_t>(C);
  if (C == 'x' || C == 'u' || C == 'U' || C == 'N') {
    uint32_t V = 0;
    parseCodeEscape(This, Esc, V);
    Out = makeNode(NodeKind::Literal, V);
    return !Sink.Failed;
  }
  if (C == '0') {
    Esc += getWhile(2, isOctDigit);
    Out = makeNode(NodeKind::Literal, digitsValue(arr(Esc, 1), 8));
    return true;
  }
  if (isAsciiDigit(C)) {
    // An octal escape or a group reference.
    const Token &N = Tok.next();
    if (N.Valid && !N.Escape && isAsciiDigit(N.C)) {
      Esc += static_cast<char32_t>(Tok.get().C);
      const Token &N2 = Tok.next();
      if (isOctDigit(Esc[1]) && isOctDigit(Esc[2]) && N2.Valid && !N2.Escape &&
          isOctDigit(N2.C)) {
        Esc += static_cast<char32_t>(Tok.get().C);
        uint32_t V = digitsValue(arr(Esc, 1), 8);
        if (V > 0377)
          Tok.error("octal escape value " + toUtf8(arr(Esc)) +
                        " outside of range 0-0o377",
                    Esc.size());
        Out = makeNode(NodeKind::Literal, V);
        return !Sink.Failed;
      }
    }
    uint32_t Group = digitsValue(arr(Esc, 1), 10);
    if (Group < groups()) {
      if (!checkGroup(Group))
        Tok.error("cannot refer to an open group", Esc.size());
      else
        checkLookbehindGroup(Group);
      Out = makeNode(NodeKind::GroupRef, Group);
      return !Sink.Failed;
    }
    Tok.error("invalid group reference " + std::to_string(Group),
              Esc.size() - 1);
    return false;
  }
  if (isAsciiAlpha(C)) {
    Tok.error("bad escape " + toUtf8(arr(Esc)), Esc.size());
    return false;
  }
  Out = makeNode(NodeKind::Literal, C);
  return true;
}

bool Parser::parseClassEscape(const Token &This, SetItem &Out) {
  uint32_t C = This.C;
  if (auto V = simpleEscape(C)) {
    Out = {SetItem::Literal, *V};
    return true;
  }
  if (auto Cat = categoryEscape(C)) {
    Out = {SetItem::Category, *Cat};
    return true;
  }
  U32String Esc = U"\\";
  Esc += static_cast<char32_t>(C);
  if (C == 'x' || C == 'u' || C == 'U' || C == 'N') {
    uint32_t V = 0;
    parseCodeEscape(This, Esc, V);
    Out = {SetItem::Literal, V};
    return !Sink.Failed;
  }
  if (isOctDigit(C)) {
    Esc += getWhile(2, isOctDigit);
    uint32_t V = digitsValue(arr(Esc, 1), 8);
    if (V > 0377)
      Tok.error("octal escape value " + toUtf8(arr(Esc)) +
                    " outside of range 0-0o377",
                Esc.size());
    Out = {SetItem::Literal, V};
    return !Sink.Failed;
  }
  if (isAsciiDigit(C) || isAsciiAlpha(C)) {
    Tok.error("bad escape " + toUtf8(arr(Esc)), Esc.size());
    return false;
  }
  Out = {SetItem::Literal, C};
  return true;
}

bool Parser::parseClass(Seq &Out) {
  size_t Here = Tok.tell() - 1;
  std::vector<SetItem> Set;
  bool Negate = Tok.match('^');
  for (;;) {
    Token This = Tok.get();
    if (!This.Valid) {
      Tok.error("unterminated character set", Tok.tell() - Here);
      return false;
    }
    if (This.is(']') && !Set.empty())
      break;
    SetItem Code1{SetItem::Literal, This.C};
    if (This.Escape && !parseClassEscape(This, Code1))
      return false;
    if (!Tok.match('-')) {
      Set.push_back(Code1);
      continue;
    }
    Token That = Tok.get();
    if (!That.Valid) {
      Tok.error("unterminated character set", Tok.tell() - Here);
      return false;
    }
    if (That.is(']')) {
      Set.push_back(Code1);
      Set.push_back({SetItem::Literal, '-'});
      break;
    }
    SetItem Code2{SetItem::Literal, That.C};
    if (That.Escape && !parseClassEscape(That, Code2))
      return false;
    if (Code1.Kind != SetItem::Literal || Code2.Kind != SetItem::Literal ||
        Code2.Lo < Code1.Lo) {
      U32String Text;
      This.appendTo(Text);
      Text += U'-';
      That.appendTo(Text);
      Tok.error("bad character range " + toUtf8(arr(Text)), Text.size());
      return false;
    }
    Set.push_back({SetItem::Range, Code1.Lo, Code2.Lo});
  }
  uniq(Set);
  if (Set.size() == 1 && Set[0].Kind == SetItem::Literal) {
    Out.push_back(
        makeNode(Negate ? NodeKind::NotLiteral : NodeKind::Literal, Set[0].Lo));
    return true;
  }
  if (Negate)
    Set.insert(Set.begin(), SetItem{SetItem::Negate});
  Out.push_back(makeNode(NodeKind::In));
  Out.back().Set = std::move(Set);
  return true;
}

bool Parser::parseRepeat(const Token &This, Seq &Out) {
  size_t Here = Tok.tell();
  uint32_t Min = 0, Max = MaxRepeat;
  if (This.C == '?') {
    Max = 1;
  } else if (This.C == '+') {
    Min = 1;
  } else if (This.C == '{') {
    if (Tok.next().is('}')) {
      Out.push_back(makeNode(NodeKind::Literal, '{'));
      return true;
    }
    auto IsDigit = [](uint32_t C) { return isAsciiDigit(C); };
    U32String Lo = getWhile(~0u, IsDigit), Hi;
    if (Tok.match(','))
      Hi = getWhile(~0u, IsDigit);
    else
      Hi = Lo;
    if (!Tok.match('}')) {
      Out.push_back(makeNode(NodeKind::Literal, '{'));
      Tok.seek(Here);
      return true;
    }
    auto Value = [](const U32String &Digits) {
      uint64_t V = 0;
      for (char32_t C : Digits)
        V = std::min<uint64_t>(V * 10 + (C - '0'), MaxRepeat);
      return V;
    };
    if (!Lo.empty()) {
      if (Value(Lo) >= MaxRepeat) {
        Sink.pyError("OverflowError", "the repetition number is too large");
        return false;
      }
      Min = Value(Lo);
    }
    if (!Hi.empty()) {
      if (Value(Hi) >= MaxRepeat) {
        Sink.pyError("OverflowError", "the repetition number is too large");
        return false;
      }
      Max = Value(Hi);
      if (Max < Min) {
        Tok.error("min repeat greater than max repeat", Tok.tell() - Here);
        return false;
      }
    }
  }
  if (Out.empty() || Out.back().Kind == NodeKind::At) {
    Tok.error("nothing to repeat", Tok.tell() - Here + 1);
    return false;
  }
  if (Out.back().isRepeat()) {
    Tok.error("multiple repeat", Tok.tell() - Here + 1);
    return false;
  }
  Seq Item;
  Node &Last = Out.back();
  if (Last.Kind == NodeKind::Subpattern && Last.A == 0 && Last.B == 0 &&
      Last.C == 0)
    Item = std::move(Last.Subs[0]);
  else
    Item.push_back(std::move(Last));
  NodeKind K = Tok.match('?')   ? NodeKind::MinRepeat
               : Tok.match('+') ? NodeKind::PossessiveRepeat
                                : NodeKind::MaxRepeat;
  Node R = makeNode(K, Min);
  R.B = Max;
  R.Subs.push_back(std::move(Item));
  Out.back() = std::move(R);
  return true;
}
