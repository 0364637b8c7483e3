//===- PyRegexSearch.cpp - The matcher's helpers and search loop ----------===//
//
// What SRE(match)'s opcodes share (character tests, SRE(count), SRE(at),
// the bodies of its backtracking loops) and SRE(search).
//
//===----------------------------------------------------------------------===//

#include "support/PyRegexEngine.h"

using namespace schemac::pyregex;
using namespace schemac::pyregex::detail;

bool Engine::unit(uint32_t UnitPc, uint32_t C) const {
  // ANY has no operand, but a word follows it anyway: the code ends with
  // OpSuccess.
  uint32_t Arg = Code[UnitPc + 1];
  switch (Code[UnitPc]) {
  case OpAny:
    return C != '\n';
  case OpAnyAll:
    return true;
  case OpLiteral:
    return C == Arg;
  case OpNotLiteral:
    return C != Arg;
  case OpLiteralIgnore:
    return lowerAscii(C) == Arg;
  case OpNotLiteralIgnore:
    return lowerAscii(C) != Arg;
  case OpLiteralUniIgnore:
    return lowerUnicode(C) == Arg;
  case OpNotLiteralUniIgnore:
    return lowerUnicode(C) != Arg;
  case OpIn:
    return S.Prog.Sets[Arg].contains(C);
  case OpInIgnore:
    return S.Prog.Sets[Arg].contains(lowerAscii(C));
  case OpInUniIgnore:
    return S.Prog.Sets[Arg].contains(lowerUnicode(C));
  }
  return false;
}

/// SRE(count): how many times, up to \p MaxCount, the one-character item at
/// \p UnitPc matches from \p From on.
int64_t Engine::count(uint32_t UnitPc, int64_t From, uint64_t MaxCount) {
  int64_t Limit = End;
  if (MaxCount != MaxRepeat && static_cast<int64_t>(MaxCount) < End - From)
    Limit = From + MaxCount;
  int64_t I = From;
  while (I < Limit && unit(UnitPc, Text[I]))
    ++I;
  S.Steps += I - From;
  return I - From;
}

bool Engine::at(int64_t Pos, uint32_t AtCode) const {
  auto IsWord = [&](int64_t I, bool Uni) {
    return Uni ? isUniWord(Text[I]) : isAsciiWord(Text[I]);
  };
  switch (AtCode) {
  case AtBeginning:
  case AtBeginningString:
    return Pos == 0;
  case AtBeginningLine:
    return Pos == 0 || Text[Pos - 1] == '\n';
  case AtEnd:
    return (End - Pos == 1 && Text[Pos] == '\n') || Pos == End;
  case AtEndLine:
    return Pos == End || Text[Pos] == '\n';
  case AtEndString:
    return Pos == End;
  case AtBoundary:
  case AtNonBoundary:
  case AtUniBoundary:
  case AtUniNonBoundary: {
    if (End == 0)
      return false;
    bool Uni = AtCode == AtUniBoundary || AtCode == AtUniNonBoundary;
    bool That = Pos > 0 && IsWord(Pos - 1, Uni);
    bool This = Pos < End && IsWord(Pos, Uni);
    return (AtCode == AtBoundary || AtCode == AtUniBoundary) ? This != That
                                                             : This == That;
  }
  }
  return false;
}

bool Engine::groupRef(uint32_t Op, uint32_t Group) {
  int Ref = Group * 2;
  if (Ref >= S.LastMark)
    return false;
  int64_t B = S.Marks[Ref], E = S.Marks[Ref + 1];
  if (B < 0 || E < 0 || E < B)
    return false;
  S.Steps += E - B;
  for (; B < E; ++B, ++P) {
    if (P >= End)
      return false;
    uint32_t X = Text[P], Y = Text[B];
    if (Op == OpGroupRefIgnore      ? lowerAscii(X) != lowerAscii(Y)
        : Op == OpGroupRefUniIgnore ? lowerUnicode(X) != lowerUnicode(Y)
                                    : X != Y)
      return false;
  }
  return true;
}

/// The BRANCH loop from the alternative at Pc on.
void Engine::branchNext() {
  for (; Code[Pc]; Pc += Code[Pc]) {
    uint32_t First = Code[Pc + 1];
    if (First == OpLiteral && (P >= End || Text[P] != Code[Pc + 2]))
      continue;
    if (First == OpIn &&
        (P >= End || !S.Prog.Sets[Code[Pc + 2]].contains(Text[P])))
      continue;
    S.Ptr = P;
    call(JumpBranch, Pc + 1, ctx().TopLevel);
    return;
  }
  if (Repeat >= 0)
    markDiscard(ctx().LastMark);
  finish(0);
}

/// The backtracking loops of REPEAT_ONE: try the tail after Count items,
/// then after one fewer.
void Engine::repeatOneNext() {
  Frame &F = ctx();
  int64_t Min = Code[Pc + 1];
  uint32_t Tail = Pc + Code[Pc];
  if (Code[Tail] == OpLiteral) {
    // The tail starts with a literal: skip positions it cannot match.
    while (F.Count >= Min && (P >= End || Text[P] != Code[Tail + 1])) {
      --P;
      --F.Count;
      ++S.Steps;
    }
  }
  if (F.Count < Min) {
    if (Repeat >= 0)
      markDiscard(F.LastMark);
    finish(0);
    return;
  }
  S.Ptr = P;
  call(Code[Tail] == OpLiteral ? JumpRepeatOne1 : JumpRepeatOne2, Tail,
       F.TopLevel);
}

void Engine::minRepeatOneNext() {
  Frame &F = ctx();
  uint32_t Max = Code[Pc + 2];
  if (Max == MaxRepeat || F.Count <= static_cast<int64_t>(Max)) {
    S.Ptr = P;
    call(JumpMinRepeatOne, Pc + Code[Pc], F.TopLevel);
    return;
  }
  if (Repeat >= 0)
    markDiscard(F.LastMark);
  finish(0);
}

void Engine::maxUntilTail() {
  Repeat = Repeats[ctx().Rep].Prev;
  call(JumpMaxUntil3, Pc, ctx().TopLevel);
}

void Engine::possessiveMin() {
  Frame &F = ctx();
  if (F.Count < static_cast<int64_t>(Code[Pc + 1])) {
    call(JumpPossRepeat1, Pc + 3, false);
    return;
  }
  P = -1; // sre sets ptr to NULL so that the loop is entered.
  possessiveMore();
}

void Engine::possessiveMore() {
  Frame &F = ctx();
  uint32_t Max = Code[Pc + 2];
  if ((F.Count < static_cast<int64_t>(Max) || Max == MaxRepeat) && S.Ptr != P) {
    lastmarkSave();
    markPush(F.LastMark);
    P = S.Ptr;
    call(JumpPossRepeat2, Pc + 3, false);
    return;
  }
  Pc += Code[Pc] + 1;
  P = S.Ptr;
}

MatchState::MatchState(const Program &P, llvm::ArrayRef<uint32_t> Text,
                       uint64_t StepLimit)
    : Prog(P), Text(Text), End(Text.size()), StepLimit(StepLimit),
      Marks(2 * P.NumGroups, -1) {}

void MatchState::reset() { LastMark = LastIndex = -1; }

int MatchState::match() {
  Engine E(*this);
  Ptr = Start;
  return E.run(/*TopLevel=*/true);
}

int MatchState::search() {
  if (Start > End)
    return NoMatch;
  Engine E(*this);
  if (Prog.SearchPrefix) {
    // sre's search for a pattern that starts with a character set; such a
    // pattern cannot match the empty string, so MustAdvance is moot.
    MustAdvance = false;
    for (;; ++Start) {
      while (Start < End && !Prog.SearchPrefix->contains(Text[Start])) {
        ++Start;
        ++Steps;
      }
      if (Start >= End)
        return NoMatch;
      reset();
      Ptr = Start;
      int Status = E.run(/*TopLevel=*/false);
      if (Status != NoMatch)
        return Status;
    }
  }
  Ptr = Start;
  int Status = E.run(/*TopLevel=*/true);
  MustAdvance = false;
  // A pattern anchored at the beginning cannot match further on.
  const std::vector<uint32_t> &Code = Prog.Code;
  if (Status == NoMatch && Code[0] == OpAt &&
      (Code[1] == AtBeginning || Code[1] == AtBeginningString))
    return NoMatch;
  while (Status == NoMatch && Start < End) {
    ++Start;
    reset();
    Ptr = Start;
    Status = E.run(/*TopLevel=*/false);
  }
  return Status;
}

int MatchState::groupSpan(unsigned G, int64_t &Begin, int64_t &EndPos) const {
  int J = 2 * (G - 1);
  if (J + 1 > LastMark || Marks[J] < 0 || Marks[J + 1] < 0)
    return 0;
  Begin = Marks[J];
  EndPos = Marks[J + 1];
  return Begin > EndPos ? -1 : 1;
}
