//===- PyRegexCompile.cpp - Lib/re/_compiler.py for PyRegex ---------------===//
//
// Emits the code CPython 3.11's compiler emits for a parse tree, minus the
// INFO blocks (which only speed up searching) and with character sets kept
// as sorted ranges instead of bitmaps. Which opcode a literal, set or repeat
// becomes is reproduced exactly: it decides how IGNORECASE compares and how
// the matcher backtracks.
//
//===----------------------------------------------------------------------===//

#include "support/PyRegexImpl.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <bitset>

using namespace schemac::pyregex;
using namespace schemac::pyregex::detail;

namespace {

constexpr uint64_t WidthCap = uint64_t(1) << 40;

uint64_t capped(uint64_t V) { return std::min(V, WidthCap); }

/// How IGNORECASE applies under the flags in effect.
struct CaseMode {
  bool Ignore = false;  ///< IGNORECASE is on.
  bool Unicode = false; ///< ...with Unicode rules, which have the fixes.

  explicit CaseMode(unsigned Flags)
      : Ignore(Flags & FlagIgnoreCase), Unicode(Flags & FlagUnicode) {}
  bool isCased(uint32_t C) const {
    return Unicode ? isCasedUnicode(C) : C < 128 && isAsciiAlpha(C);
  }
  uint32_t lower(uint32_t C) const {
    return Unicode ? lowerUnicode(C) : lowerAscii(C);
  }
};

class Compiler {
public:
  Compiler(Program &P, const std::vector<Width> &GroupWidths, ErrorSink &Sink)
      : P(P), Code(P.Code), GroupWidths(GroupWidths), Sink(Sink) {}

  bool compile(const Seq &S, unsigned Flags);

private:
  void emit(uint32_t W) { Code.push_back(W); }
  size_t slot() {
    Code.push_back(0);
    return Code.size() - 1;
  }
  void patch(size_t Slot) { Code[Slot] = Code.size() - Slot; }
  void emitSet(uint32_t Op, CharSet Set) {
    emit(Op);
    emit(P.Sets.size());
    P.Sets.push_back(std::move(Set));
  }
  void compileLiteral(const Node &N, unsigned Flags);
  void compileSet(const Node &N, unsigned Flags);
  bool compileRepeat(const Node &N, unsigned Flags);

  Program &P;
  std::vector<uint32_t> &Code;
  const std::vector<Width> &GroupWidths;
  ErrorSink &Sink;
};

/// _simple(): whether a repeated item matches exactly one character and
/// holds no group, so that REPEAT_ONE can repeat it.
bool isSimple(const Seq &S) {
  if (S.size() != 1)
    return false;
  const Node &N = S[0];
  if (N.Kind == NodeKind::Subpattern)
    return N.A == 0 && isSimple(N.Subs[0]);
  return N.Kind == NodeKind::Literal || N.Kind == NodeKind::NotLiteral ||
         N.Kind == NodeKind::Any || N.Kind == NodeKind::In;
}

/// _combine_flags().
unsigned combineFlags(unsigned Flags, unsigned Add, unsigned Del) {
  if (Add & (FlagAscii | FlagLocale | FlagUnicode))
    Flags &= ~(FlagAscii | FlagLocale | FlagUnicode);
  return (Flags | Add) & ~Del;
}

void addRange(std::vector<std::pair<uint32_t, uint32_t>> &Ranges, uint32_t Lo,
              uint32_t Hi) {
  Ranges.push_back({Lo, Hi});
}

/// Sorts \p Ranges and merges overlapping or adjacent ones.
void normalize(std::vector<std::pair<uint32_t, uint32_t>> &Ranges) {
  llvm::sort(Ranges);
  std::vector<std::pair<uint32_t, uint32_t>> Out;
  for (const auto &R : Ranges) {
    if (!Out.empty() && R.first <= Out.back().second + 1)
      Out.back().second = std::max(Out.back().second, R.second);
    else
      Out.push_back(R);
  }
  Ranges = std::move(Out);
}

} // namespace

bool CharSet::contains(uint32_t C) const {
  auto It =
      std::upper_bound(Ranges.begin(), Ranges.end(), C,
                       [](uint32_t V, const std::pair<uint32_t, uint32_t> &R) {
                         return V < R.first;
                       });
  bool Hit = It != Ranges.begin() && C <= std::prev(It)->second;
  for (size_t I = 0; !Hit && I < Categories.size(); ++I)
    Hit = inCategory(Categories[I], C);
  if (!Hit && !UniIgnoreRanges.empty()) {
    // RANGE_UNI_IGNORE: C is already lower-cased; its upper case counts too.
    uint32_t U = upperUnicode(C);
    for (const auto &R : UniIgnoreRanges)
      if ((R.first <= C && C <= R.second) || (R.first <= U && U <= R.second))
        Hit = true;
  }
  return Hit != Negated;
}

Width detail::getWidth(const Seq &S, const std::vector<Width> &GroupWidths) {
  uint64_t Lo = 0, Hi = 0;
  auto Add = [&](Width W) {
    Lo = capped(Lo + W.first);
    Hi = capped(Hi + W.second);
  };
  for (const Node &N : S) {
    switch (N.Kind) {
    case NodeKind::Branch: {
      uint64_t I = MaxRepeat - 1, J = 0;
      for (const Seq &Alt : N.Subs) {
        Width W = getWidth(Alt, GroupWidths);
        I = std::min(I, W.first);
        J = std::max(J, W.second);
      }
      Add({I, J});
      break;
    }
    case NodeKind::AtomicGroup:
    case NodeKind::Subpattern:
      Add(getWidth(N.Subs[0], GroupWidths));
      break;
    case NodeKind::MaxRepeat:
    case NodeKind::MinRepeat:
    case NodeKind::PossessiveRepeat: {
      Width W = getWidth(N.Subs[0], GroupWidths);
      Add({capped(W.first * N.A), capped(W.second * N.B)});
      break;
    }
    case NodeKind::Any:
    case NodeKind::In:
    case NodeKind::Literal:
    case NodeKind::NotLiteral:
      Add({1, 1});
      break;
    case NodeKind::GroupRef:
      Add(GroupWidths[N.A]);
      break;
    case NodeKind::GroupRefExists: {
      Width W = getWidth(N.Subs[0], GroupWidths);
      if (N.Subs.size() > 1) {
        Width No = getWidth(N.Subs[1], GroupWidths);
        W = {std::min(W.first, No.first), std::max(W.second, No.second)};
      } else {
        W.first = 0;
      }
      Add(W);
      break;
    }
    default:
      break;
    }
  }
  return {std::min<uint64_t>(Lo, MaxRepeat - 1),
          std::min<uint64_t>(Hi, MaxRepeat)};
}

void Compiler::compileLiteral(const Node &N, unsigned Flags) {
  bool Not = N.Kind == NodeKind::NotLiteral;
  CaseMode Case(Flags);
  if (!Case.Ignore || !Case.isCased(N.A)) {
    emit(Not ? OpNotLiteral : OpLiteral);
    emit(N.A);
    return;
  }
  uint32_t Lo = Case.lower(N.A);
  if (!Case.Unicode) {
    emit(Not ? OpNotLiteralIgnore : OpLiteralIgnore);
    emit(Lo);
    return;
  }
  llvm::ArrayRef<uint32_t> Fixes = extraCases(Lo);
  if (Fixes.empty()) {
    emit(Not ? OpNotLiteralUniIgnore : OpLiteralUniIgnore);
    emit(Lo);
    return;
  }
  CharSet Set;
  Set.Negated = Not;
  addRange(Set.Ranges, Lo, Lo);
  for (uint32_t K : Fixes)
    addRange(Set.Ranges, K, K);
  normalize(Set.Ranges);
  emitSet(OpInUniIgnore, std::move(Set));
}

/// _optimize_charset() and the choice of IN opcode. With IGNORECASE, the
/// set holds the lower-case forms of its members (plus their fixes), but
/// only as far as they fit in the BMP: Python's bitmap stops there, and what
/// does not fit is kept as it was written, a range as RANGE_UNI_IGNORE.
void Compiler::compileSet(const Node &N, unsigned Flags) {
  CaseMode Case(Flags);
  CharSet Plain, Folded;
  bool HasCased = false;
  std::unique_ptr<std::bitset<0x10000>> Map;
  if (Case.Ignore)
    Map = std::make_unique<std::bitset<0x10000>>();
  // Sets the bit of lower-cased \p Lo and its fixes; false if it is beyond
  // the bitmap.
  auto SetBit = [&](uint32_t Lo) {
    if (Lo >= 0x10000)
      return false;
    Map->set(Lo);
    if (Case.Unicode)
      for (uint32_t K : extraCases(Lo))
        Map->set(K);
    return true;
  };
  for (const SetItem &I : N.Set) {
    switch (I.Kind) {
    case SetItem::Negate:
      Plain.Negated = Folded.Negated = true;
      break;
    case SetItem::Category: {
      uint8_t Cat = I.Lo + (Flags & FlagUnicode ? CatUniDigit : 0);
      Plain.Categories.push_back(Cat);
      Folded.Categories.push_back(Cat);
      break;
    }
    case SetItem::Literal:
    case SetItem::Range: {
      uint32_t Lo = I.Lo, Hi = I.Kind == SetItem::Range ? I.Hi : I.Lo;
      addRange(Plain.Ranges, Lo, Hi);
      if (!Case.Ignore)
        break;
      bool Fits = true;
      for (uint32_t C = Lo; Fits && C <= Hi; ++C)
        Fits = SetBit(Case.lower(C));
      if (!Fits) {
        HasCased = true;
        if (I.Kind == SetItem::Range)
          Folded.UniIgnoreRanges.push_back({Lo, Hi});
        else
          addRange(Folded.Ranges, Lo, Lo);
        break;
      }
      for (uint32_t C = Lo; !HasCased && C <= Hi; ++C)
        HasCased = Case.isCased(C);
      break;
    }
    }
  }
  if (!HasCased) {
    // Without cased characters the folded set is the written one.
    normalize(Plain.Ranges);
    emitSet(OpIn, std::move(Plain));
    return;
  }
  for (uint32_t C = 0; C < 0x10000; ++C) {
    if (!Map->test(C))
      continue;
    uint32_t E = C;
    while (E + 1 < 0x10000 && Map->test(E + 1))
      ++E;
    addRange(Folded.Ranges, C, E);
    C = E;
  }
  normalize(Folded.Ranges);
  emitSet(Case.Unicode ? OpInUniIgnore : OpInIgnore, std::move(Folded));
}

bool Compiler::compileRepeat(const Node &N, unsigned Flags) {
  const Seq &Item = N.Subs[0];
  bool Simple = isSimple(Item);
  switch (N.Kind) {
  case NodeKind::MaxRepeat:
    emit(Simple ? OpRepeatOne : OpRepeat);
    break;
  case NodeKind::MinRepeat:
    emit(Simple ? OpMinRepeatOne : OpRepeat);
    break;
  default:
    emit(Simple ? OpPossessiveRepeatOne : OpPossessiveRepeat);
    break;
  }
  size_t Skip = slot();
  emit(N.A);
  emit(N.B);
  if (!compile(Item, Flags))
    return false;
  if (Simple) {
    emit(OpSuccess);
    patch(Skip);
    return true;
  }
  patch(Skip);
  emit(N.Kind == NodeKind::MaxRepeat   ? OpMaxUntil
       : N.Kind == NodeKind::MinRepeat ? OpMinUntil
                                       : OpSuccess);
  return true;
}

bool Compiler::compile(const Seq &S, unsigned Flags) {
  for (const Node &N : S) {
    switch (N.Kind) {
    case NodeKind::Literal:
    case NodeKind::NotLiteral:
      compileLiteral(N, Flags);
      break;
    case NodeKind::In:
      compileSet(N, Flags);
      break;
    case NodeKind::Any:
      emit(Flags & FlagDotAll ? OpAnyAll : OpAny);
      break;
    case NodeKind::MaxRepeat:
    case NodeKind::MinRepeat:
    case NodeKind::PossessiveRepeat:
      if (!compileRepeat(N, Flags))
        return false;
      break;
    case NodeKind::Subpattern:
      if (N.A) {
        emit(OpMark);
        emit((N.A - 1) * 2);
      }
      if (!compile(N.Subs[0], combineFlags(Flags, N.B, N.C)))
        return false;
      if (N.A) {
        emit(OpMark);
        emit((N.A - 1) * 2 + 1);
      }
      break;
    case NodeKind::AtomicGroup: {
      emit(OpAtomicGroup);
      size_t Skip = slot();
      if (!compile(N.Subs[0], Flags))
        return false;
      emit(OpSuccess);
      patch(Skip);
      break;
    }
    case NodeKind::Assert:
    case NodeKind::AssertNot: {
      emit(N.Kind == NodeKind::Assert ? OpAssert : OpAssertNot);
      size_t Skip = slot();
      if (!N.A) {
        emit(0);
      } else {
        Width W = getWidth(N.Subs[0], GroupWidths);
        if (W.first != W.second) {
          Sink.pyError("re.error", "look-behind requires fixed-width pattern");
          return false;
        }
        emit(W.first);
      }
      if (!compile(N.Subs[0], Flags))
        return false;
      emit(OpSuccess);
      patch(Skip);
      break;
    }
    case NodeKind::At: {
      uint32_t At = N.A;
      if ((Flags & FlagMultiline) && (At == AtBeginning || At == AtEnd))
        At = At == AtBeginning ? AtBeginningLine : AtEndLine;
      if ((Flags & FlagUnicode) && (At == AtBoundary || At == AtNonBoundary))
        At = At == AtBoundary ? AtUniBoundary : AtUniNonBoundary;
      emit(OpAt);
      emit(At);
      break;
    }
    case NodeKind::Branch: {
      emit(OpBranch);
      std::vector<size_t> Tails;
      for (const Seq &Alt : N.Subs) {
        size_t Skip = slot();
        if (!compile(Alt, Flags))
          return false;
        emit(OpJump);
        Tails.push_back(slot());
        patch(Skip);
      }
      emit(OpFailure);
      for (size_t T : Tails)
        patch(T);
      break;
    }
    case NodeKind::GroupRef: {
      CaseMode Case(Flags);
      Opcode Op = !Case.Ignore    ? OpGroupRef
                  : !Case.Unicode ? OpGroupRefIgnore
                                  : OpGroupRefUniIgnore;
      emit(Op);
      emit(N.A - 1);
      break;
    }
    case NodeKind::GroupRefExists: {
      emit(OpGroupRefExists);
      emit(N.A - 1);
      size_t SkipYes = slot();
      if (!compile(N.Subs[0], Flags))
        return false;
      if (N.Subs.size() > 1 && !N.Subs[1].empty()) {
        emit(OpJump);
        size_t SkipNo = slot();
        Code[SkipYes] = Code.size() - SkipYes + 1;
        if (!compile(N.Subs[1], Flags))
          return false;
        patch(SkipNo);
      } else {
        Code[SkipYes] = Code.size() - SkipYes + 1;
      }
      break;
    }
    }
  }
  return true;
}

/// Whether _get_literal_prefix() finds a literal prefix: 1 if it does, 0 if
/// it stops before finding one, 2 if \p S ends first.
static int literalPrefix(const Seq &S, unsigned Flags) {
  for (const Node &N : S) {
    if (N.Kind == NodeKind::Literal) {
      CaseMode Case(Flags);
      return Case.Ignore && Case.isCased(N.A) ? 0 : 1;
    }
    if (N.Kind != NodeKind::Subpattern)
      return 0;
    int R = literalPrefix(N.Subs[0], combineFlags(Flags, N.B, N.C));
    if (R != 2)
      return R;
  }
  return 2;
}

/// _get_charset_prefix(), compiled as _compile_info() does: with the
/// outermost flags \p TopFlags, whatever the flags where the set is.
static std::optional<CharSet> charsetPrefix(const Seq &Root, unsigned Flags,
                                            unsigned TopFlags) {
  const Seq *S = &Root;
  for (;;) {
    if (S->empty())
      return std::nullopt;
    if ((*S)[0].Kind != NodeKind::Subpattern)
      break;
    Flags = combineFlags(Flags, (*S)[0].B, (*S)[0].C);
    S = &(*S)[0].Subs[0];
  }
  CaseMode Case(Flags);
  auto Cased = [&](uint32_t C) { return Case.Ignore && Case.isCased(C); };
  const Node &N = (*S)[0];
  std::vector<SetItem> Items;
  if (N.Kind == NodeKind::Literal) {
    if (Cased(N.A))
      return std::nullopt;
    Items.push_back({SetItem::Literal, N.A});
  } else if (N.Kind == NodeKind::Branch) {
    for (const Seq &Alt : N.Subs) {
      if (Alt.empty() || Alt[0].Kind != NodeKind::Literal || Cased(Alt[0].A))
        return std::nullopt;
      Items.push_back({SetItem::Literal, Alt[0].A});
    }
  } else if (N.Kind == NodeKind::In) {
    for (const SetItem &I : N.Set) {
      if (!Case.Ignore || I.Kind == SetItem::Negate ||
          I.Kind == SetItem::Category)
        continue;
      if (I.Kind == SetItem::Range && I.Hi > 0xFFFF)
        return std::nullopt;
      uint32_t Hi = I.Kind == SetItem::Range ? I.Hi : I.Lo;
      for (uint32_t C = I.Lo; C <= Hi; ++C)
        if (Cased(C))
          return std::nullopt;
    }
    Items = N.Set;
  } else {
    return std::nullopt;
  }
  CharSet Set;
  for (const SetItem &I : Items) {
    if (I.Kind == SetItem::Negate)
      Set.Negated = true;
    else if (I.Kind == SetItem::Category)
      Set.Categories.push_back(I.Lo +
                               (TopFlags & FlagUnicode ? CatUniDigit : 0));
    else
      addRange(Set.Ranges, I.Lo, I.Kind == SetItem::Range ? I.Hi : I.Lo);
  }
  normalize(Set.Ranges);
  return Set;
}

bool detail::compileProgram(const ParsedPattern &PP, Program &Out,
                            ErrorSink &Sink) {
  Compiler C(Out, PP.GroupWidths, Sink);
  if (!C.compile(PP.Root, PP.Flags))
    return false;
  Out.Code.push_back(OpSuccess);
  if (getWidth(PP.Root, PP.GroupWidths).first > 0 &&
      literalPrefix(PP.Root, PP.Flags) != 1)
    Out.SearchPrefix = charsetPrefix(PP.Root, PP.Flags, PP.Flags);
  Out.NumGroups = PP.NumGroups;
  Out.Flags = PP.Flags;
  Out.Names = PP.Names;
  return true;
}
