//===- PyRegexParse.cpp - Lib/re/_parser.py for PyRegex -------------------===//
//
// A port of CPython 3.11's pattern parser: the same tree, the same
// simplifications (a common prefix moved out of a branch, a branch of single
// characters turned into a set) and the same errors at the same positions.
// Errors carry code point positions, as Python's do. This file has the
// groups, flags and alternation; PyRegexParseAtoms.cpp the single items.
//
//===----------------------------------------------------------------------===//

#include "support/PyRegexParser.h"

#include "llvm/ADT/STLExtras.h"

#include <cstring>

using namespace schemac::pyregex;
using namespace schemac::pyregex::detail;
using llvm::ArrayRef;
using Token = Tokenizer::Token;

namespace {

constexpr unsigned TypeFlags = FlagAscii | FlagLocale | FlagUnicode;
constexpr unsigned GlobalFlags = FlagDebug | FlagTemplate;

unsigned flagOf(const Token &T) {
  if (!T.Valid || T.Escape)
    return 0;
  switch (T.C) {
  case 'i':
    return FlagIgnoreCase;
  case 'L':
    return FlagLocale;
  case 'm':
    return FlagMultiline;
  case 's':
    return FlagDotAll;
  case 'x':
    return FlagVerbose;
  case 'a':
    return FlagAscii;
  case 't':
    return FlagTemplate;
  case 'u':
    return FlagUnicode;
  }
  return 0;
}

/// Whether two items compare equal as _parser.py's (op, av) tuples do:
/// items holding a SubPattern never do, SubPattern having no __eq__.
bool sameItem(const Node &X, const Node &Y) {
  if (X.Kind != Y.Kind || !X.Subs.empty() || !Y.Subs.empty())
    return false;
  switch (X.Kind) {
  case NodeKind::Literal:
  case NodeKind::NotLiteral:
  case NodeKind::At:
  case NodeKind::GroupRef:
    return X.A == Y.A;
  case NodeKind::Any:
    return true;
  case NodeKind::In:
    return X.Set == Y.Set;
  default:
    return false;
  }
}

} // namespace

bool Parser::checkLookbehindGroup(uint32_t G) {
  if (!LookbehindGroups)
    return true;
  if (!checkGroup(G))
    Tok.error("cannot refer to an open group");
  else if (G >= *LookbehindGroups)
    Tok.error("cannot refer to group defined in the same lookbehind "
              "subpattern");
  return !Sink.Failed;
}

bool Parser::checkGroupName(const U32String &Name, size_t Offset) {
  ArrayRef<uint32_t> N = arr(Name);
  int Id = isIdentifier(N);
  if (Id < 0)
    Sink.unsupported("unsupported regular expression syntax: non-ASCII "
                     "group name " +
                     reprStr(N));
  else if (Id == 0)
    Tok.error("bad character in group name " + reprStr(N),
              Name.size() + Offset);
  return !Sink.Failed;
}

std::optional<uint32_t> Parser::lookupName(const U32String &Name) const {
  for (const auto &[K, G] : GroupDict)
    if (K == Name)
      return G;
  return std::nullopt;
}

bool Parser::parseFlags(Token Char, bool &Global, unsigned &Add,
                        unsigned &Del) {
  // "unknown flag" for a letter, else what was expected; isalpha() is
  // approximated for non-ASCII characters.
  auto BadFlag = [&](const Token &T, const char *Missing) {
    bool Alpha =
        !T.Escape && (isAsciiAlpha(T.C) ||
                      (T.C >= 0x80 && isUniAlnum(T.C) && !isUniDecimal(T.C)));
    Tok.error(Alpha ? "unknown flag" : Missing, T.size());
    return false;
  };
  Add = Del = 0;
  Global = false;
  if (!Char.is('-')) {
    for (;;) {
      unsigned F = flagOf(Char);
      if (Char.is('L')) {
        Tok.error("bad inline flags: cannot use 'L' flag with a str pattern");
        return false;
      }
      Add |= F;
      if ((F & TypeFlags) && (Add & TypeFlags) != F) {
        Tok.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
        return false;
      }
      Char = Tok.get();
      if (!Char.Valid) {
        Tok.error("missing -, : or )");
        return false;
      }
      if (Char.is(')') || Char.is('-') || Char.is(':'))
        break;
      if (!flagOf(Char))
        return BadFlag(Char, "missing -, : or )");
    }
  }
  if (Char.is(')')) {
    Flags |= Add;
    Global = true;
    return true;
  }
  if (Add & GlobalFlags) {
    Tok.error("bad inline flags: cannot turn on global flag", 1);
    return false;
  }
  if (Char.is('-')) {
    Char = Tok.get();
    if (!Char.Valid) {
      Tok.error("missing flag");
      return false;
    }
    if (!flagOf(Char))
      return BadFlag(Char, "missing flag");
    for (;;) {
      unsigned F = flagOf(Char);
      if (F & TypeFlags) {
        Tok.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
        return false;
      }
      Del |= F;
      Char = Tok.get();
      if (!Char.Valid) {
        Tok.error("missing :");
        return false;
      }
      if (Char.is(':'))
        break;
      if (!flagOf(Char))
        return BadFlag(Char, "missing :");
    }
  }
  if (Del & GlobalFlags) {
    Tok.error("bad inline flags: cannot turn off global flag", 1);
    return false;
  }
  if (Add & Del) {
    Tok.error("bad inline flags: flag turned on and off", 1);
    return false;
  }
  return true;
}

bool Parser::parseConditional(bool Verbose, unsigned Nested, size_t Start,
                              Seq &Out) {
  U32String Name;
  if (!Tok.getUntil(')', "group name", Name))
    return false;
  uint32_t CondGroup = 0;
  int Id = isIdentifier(arr(Name));
  if (Id != 0) {
    if (!checkGroupName(Name, 1))
      return false;
    auto G = lookupName(Name);
    if (!G) {
      Tok.error("unknown group name " + reprStr(arr(Name)), Name.size() + 1);
      return false;
    }
    CondGroup = *G;
  } else {
    int64_t V = parseGroupNumber(arr(Name));
    if (V == -2) {
      Sink.unsupported("unsupported regular expression syntax: non-ASCII "
                       "group number");
      return false;
    }
    if (V < 0) {
      Tok.error("bad character in group name " + reprStr(arr(Name)),
                Name.size() + 1);
      return false;
    }
    if (V == 0 || V >= MaxGroups) {
      Tok.error(V == 0 ? "bad group number"
                       : "invalid group reference " + std::to_string(V),
                Name.size() + 1);
      return false;
    }
    CondGroup = static_cast<uint32_t>(V);
    if (llvm::none_of(GroupRefPos,
                      [&](const auto &P) { return P.first == CondGroup; }))
      GroupRefPos.push_back({CondGroup, Tok.tell() - Name.size() - 1});
  }
  if (!checkLookbehindGroup(CondGroup))
    return false;
  Node N = makeNode(NodeKind::GroupRefExists, CondGroup);
  N.Subs.emplace_back();
  if (!parseSeq(Verbose, Nested + 1, false, N.Subs[0]))
    return false;
  if (Tok.match('|')) {
    N.Subs.emplace_back();
    if (!parseSeq(Verbose, Nested + 1, false, N.Subs[1]))
      return false;
    if (Tok.next().is('|')) {
      Tok.error("conditional backref with more than two branches");
      return false;
    }
  }
  if (!Tok.match(')')) {
    Tok.error("missing ), unterminated subpattern", Tok.tell() - Start);
    return false;
  }
  Out.push_back(std::move(N));
  return true;
}

bool Parser::parseGroup(bool &Verbose, unsigned Nested, bool First, Seq &Out) {
  size_t Start = Tok.tell() - 1;
  bool Capture = true, Atomic = false;
  std::optional<U32String> Name;
  unsigned Add = 0, Del = 0;
  if (Tok.match('?')) {
    Token Char = Tok.get();
    if (!Char.Valid) {
      Tok.error("unexpected end of pattern");
      return false;
    }
    // "unknown extension ?<c": the position is that of '?'.
    auto Unknown = [&](const char *Ext, const Token &T) {
      U32String Text;
      T.appendTo(Text);
      Tok.error(std::string("unknown extension ") + Ext + toUtf8(arr(Text)),
                T.size() + strlen(Ext));
      return false;
    };
    if (Char.is('P')) {
      if (Tok.match('<')) {
        Name.emplace();
        if (!Tok.getUntil('>', "group name", *Name) ||
            !checkGroupName(*Name, 1))
          return false;
      } else if (Tok.match('=')) {
        U32String Ref;
        if (!Tok.getUntil(')', "group name", Ref) || !checkGroupName(Ref, 1))
          return false;
        auto G = lookupName(Ref);
        if (!G)
          Tok.error("unknown group name " + reprStr(arr(Ref)), Ref.size() + 1);
        else if (!checkGroup(*G))
          Tok.error("cannot refer to an open group", Ref.size() + 1);
        else if (checkLookbehindGroup(*G))
          Out.push_back(makeNode(NodeKind::GroupRef, *G));
        return !Sink.Failed;
      } else {
        Token C = Tok.get();
        if (!C.Valid) {
          Tok.error("unexpected end of pattern");
          return false;
        }
        return Unknown("?P", C);
      }
    } else if (Char.is(':')) {
      Capture = false;
    } else if (Char.is('#')) {
      for (;;) {
        if (!Tok.next().Valid) {
          Tok.error("missing ), unterminated comment", Tok.tell() - Start);
          return false;
        }
        if (Tok.get().is(')'))
          return true;
      }
    } else if (Char.is('=') || Char.is('!') || Char.is('<')) {
      bool Behind = false;
      std::optional<uint32_t> SavedLookbehind = LookbehindGroups;
      if (Char.is('<')) {
        Char = Tok.get();
        if (!Char.Valid) {
          Tok.error("unexpected end of pattern");
          return false;
        }
        if (!Char.is('=') && !Char.is('!'))
          return Unknown("?<", Char);
        Behind = true;
        if (!LookbehindGroups)
          LookbehindGroups = groups();
      }
      Node N = makeNode(Char.is('=') ? NodeKind::Assert : NodeKind::AssertNot,
                        Behind);
      N.Subs.emplace_back();
      if (!parseSub(Verbose, Nested + 1, N.Subs[0]))
        return false;
      if (Behind && !SavedLookbehind)
        LookbehindGroups.reset();
      if (!Tok.match(')')) {
        Tok.error("missing ), unterminated subpattern", Tok.tell() - Start);
        return false;
      }
      Out.push_back(std::move(N));
      return true;
    } else if (Char.is('(')) {
      return parseConditional(Verbose, Nested, Start, Out);
    } else if (Char.is('>')) {
      Capture = false;
      Atomic = true;
    } else if (flagOf(Char) || Char.is('-')) {
      bool Global;
      if (!parseFlags(Char, Global, Add, Del))
        return false;
      if (Global) {
        if (!First || !Out.empty()) {
          Tok.error("global flags not at the start of the expression",
                    Tok.tell() - Start);
          return false;
        }
        Verbose = Flags & FlagVerbose;
        return true;
      }
      Capture = false;
    } else {
      return Unknown("?", Char);
    }
  }
  uint32_t Group = 0;
  if (Capture) {
    Group = groups();
    if (Name) {
      if (auto Old = lookupName(*Name)) {
        Tok.error("redefinition of group name " + reprStr(arr(*Name)) +
                      " as group " + std::to_string(Group) + "; was group " +
                      std::to_string(*Old),
                  Name->size() + 1);
        return false;
      }
      GroupDict.push_back({*Name, Group});
    }
    GroupWidths.emplace_back();
    GroupClosed.push_back(false);
  }
  bool SubVerbose = (Verbose || (Add & FlagVerbose)) && !(Del & FlagVerbose);
  Node N =
      makeNode(Atomic ? NodeKind::AtomicGroup : NodeKind::Subpattern, Group);
  N.B = Add;
  N.C = Del;
  N.Subs.emplace_back();
  if (!parseSub(SubVerbose, Nested + 1, N.Subs[0]))
    return false;
  if (!Tok.match(')')) {
    Tok.error("missing ), unterminated subpattern", Tok.tell() - Start);
    return false;
  }
  if (Group) {
    GroupWidths[Group] = getWidth(N.Subs[0], GroupWidths);
    GroupClosed[Group] = true;
  }
  Out.push_back(std::move(N));
  return true;
}

bool Parser::parseSeq(bool Verbose, unsigned Nested, bool First, Seq &Out) {
  if (++Depth > MaxNesting) {
    Sink.unsupported("regular expression nested too deeply");
    return false;
  }
  Out.clear();
  while (!Sink.Failed) {
    if (!Tok.next().Valid || Tok.next().is('|') || Tok.next().is(')'))
      break;
    Token This = Tok.get();
    if (Verbose && !This.Escape) {
      if (This.C == ' ' || (This.C >= '\t' && This.C <= '\r'))
        continue;
      if (This.C == '#') {
        for (;;) {
          Token T = Tok.get();
          if (!T.Valid || T.is('\n'))
            break;
        }
        continue;
      }
    }
    if (This.Escape) {
      Node N(NodeKind::Literal);
      if (parseEscape(This, N))
        Out.push_back(std::move(N));
      continue;
    }
    switch (This.C) {
    case '[':
      parseClass(Out);
      break;
    case '*':
    case '+':
    case '?':
    case '{':
      parseRepeat(This, Out);
      break;
    case '.':
      Out.push_back(makeNode(NodeKind::Any));
      break;
    case '(':
      parseGroup(Verbose, Nested, First, Out);
      break;
    case '^':
      Out.push_back(makeNode(NodeKind::At, AtBeginning));
      break;
    case '$':
      Out.push_back(makeNode(NodeKind::At, AtEnd));
      break;
    default:
      Out.push_back(makeNode(NodeKind::Literal, This.C));
      break;
    }
  }
  --Depth;
  if (Sink.Failed)
    return false;
  // Unpack non-capturing groups without flags.
  for (size_t I = Out.size(); I-- > 0;) {
    Node &N = Out[I];
    if (N.Kind != NodeKind::Subpattern || N.A || N.B || N.C)
      continue;
    Seq Inner = std::move(N.Subs[0]);
    Out.erase(Out.begin() + I);
    Out.insert(Out.begin() + I, std::make_move_iterator(Inner.begin()),
               std::make_move_iterator(Inner.end()));
  }
  return true;
}

bool Parser::parseSub(bool Verbose, unsigned Nested, Seq &Out) {
  std::vector<Seq> Items;
  for (;;) {
    Items.emplace_back();
    if (!parseSeq(Verbose, Nested + 1, Nested == 0 && Items.size() == 1,
                  Items.back()))
      return false;
    if (!Tok.match('|'))
      break;
    if (Nested == 0)
      Verbose = Flags & FlagVerbose;
  }
  if (Items.size() == 1) {
    Out = std::move(Items[0]);
    return true;
  }
  Out.clear();
  // Move a prefix common to all alternatives out of the branch.
  for (;;) {
    bool Common = llvm::all_of(Items, [&](const Seq &I) {
      return !I.empty() && sameItem(I[0], Items[0][0]);
    });
    if (!Common)
      break;
    Out.push_back(Items[0][0]);
    for (Seq &I : Items)
      I.erase(I.begin());
  }
  // Alternatives of single characters or sets make a set.
  std::vector<SetItem> Set;
  bool AllSets = llvm::all_of(Items, [&](const Seq &I) {
    if (I.size() != 1)
      return false;
    if (I[0].Kind == NodeKind::Literal) {
      Set.push_back({SetItem::Literal, I[0].A});
      return true;
    }
    if (I[0].Kind != NodeKind::In || I[0].Set[0].Kind == SetItem::Negate)
      return false;
    Set.insert(Set.end(), I[0].Set.begin(), I[0].Set.end());
    return true;
  });
  if (AllSets) {
    uniq(Set);
    Out.push_back(makeNode(NodeKind::In));
    Out.back().Set = std::move(Set);
    return true;
  }
  Node B = makeNode(NodeKind::Branch);
  B.Subs = std::move(Items);
  Out.push_back(std::move(B));
  return true;
}

bool Parser::parse(ParsedPattern &Out) {
  if (!parseSub(Flags & FlagVerbose, 0, Out.Root))
    return false;
  if (Flags & FlagLocale) {
    Sink.pyError("ValueError", "cannot use LOCALE flag with a str pattern");
    return false;
  }
  if (!(Flags & FlagAscii)) {
    Flags |= FlagUnicode;
  } else if (Flags & FlagUnicode) {
    Sink.pyError("ValueError", "ASCII and UNICODE flags are incompatible");
    return false;
  }
  if (Tok.next().Valid) {
    Tok.error("unbalanced parenthesis");
    return false;
  }
  for (const auto &[G, Pos] : GroupRefPos) {
    if (G >= groups()) {
      Sink.reError("invalid group reference " + std::to_string(G), Src, Pos);
      return false;
    }
  }
  if (Flags & (FlagTemplate | FlagDebug)) {
    Sink.unsupported("unsupported regular expression flag: re.TEMPLATE or "
                     "re.DEBUG");
    return false;
  }
  Out.Flags = Flags;
  Out.NumGroups = groups() - 1;
  Out.GroupWidths = GroupWidths;
  for (const auto &[Name, G] : GroupDict)
    Out.Names.push_back({toUtf8(arr(Name)), G});
  return true;
}

bool detail::parsePattern(ArrayRef<uint32_t> Pattern, unsigned Flags,
                          ParsedPattern &Out, ErrorSink &Sink) {
  Parser P(Pattern, Flags, Sink);
  return P.parse(Out) && !Sink.Failed;
}
