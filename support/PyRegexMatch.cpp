//===- PyRegexMatch.cpp - Modules/_sre/sre_lib.h for PyRegex --------------===//
//
// The opcodes of SRE(match): dispatch() runs one, resume() continues one
// after the subpattern it called has succeeded or failed.
//
//===----------------------------------------------------------------------===//

#include "support/PyRegexEngine.h"

#include <cassert>

using namespace schemac::pyregex;
using namespace schemac::pyregex::detail;

bool Engine::dispatch() {
  Frame &F = ctx();
  uint32_t Op = Code[Pc++];
  switch (Op) {
  case OpMark: {
    int I = Code[Pc++];
    if (I & 1)
      S.LastIndex = I / 2 + 1;
    if (I > S.LastMark) {
      // Marks between the old and the new lastmark were never set.
      for (int J = S.LastMark + 1; J < I; ++J)
        S.Marks[J] = -1;
      S.LastMark = I;
    }
    S.Marks[I] = P;
    return true;
  }
  case OpAny:
  case OpAnyAll:
    if (P >= End || !unit(Pc - 1, Text[P]))
      finish(0);
    ++P;
    return true;
  case OpLiteral:
  case OpNotLiteral:
  case OpLiteralIgnore:
  case OpNotLiteralIgnore:
  case OpLiteralUniIgnore:
  case OpNotLiteralUniIgnore:
  case OpIn:
  case OpInIgnore:
  case OpInUniIgnore:
    if (P >= End || !unit(Pc - 1, Text[P]))
      finish(0);
    ++Pc;
    ++P;
    return true;
  case OpSuccess:
    if (F.TopLevel &&
        ((S.MatchAll && P != End) || (S.MustAdvance && P == S.Start))) {
      finish(0);
      return true;
    }
    S.Ptr = P;
    finish(1);
    return true;
  case OpAt:
    if (!at(P, Code[Pc++]))
      finish(0);
    return true;
  case OpJump:
    Pc += Code[Pc];
    return true;
  case OpBranch:
    lastmarkSave();
    if (Repeat >= 0)
      markPush(F.LastMark);
    branchNext();
    return true;
  case OpRepeatOne:
  case OpMinRepeatOne:
  case OpPossessiveRepeatOne: {
    int64_t Min = Code[Pc + 1];
    if (Min > End - P) {
      finish(0);
      return true;
    }
    S.Ptr = P;
    F.Count = Op == OpMinRepeatOne && Min == 0
                  ? 0
                  : count(Pc + 3, P, Op == OpMinRepeatOne ? Min : Code[Pc + 2]);
    P += F.Count;
    if (F.Count < Min) {
      finish(0);
      return true;
    }
    uint32_t Tail = Pc + Code[Pc];
    bool TailIsEnd = Code[Tail] == OpSuccess &&
                     !(F.TopLevel && ((S.MatchAll && P != End) ||
                                      (S.MustAdvance && P == S.Start)));
    if (Op != OpMinRepeatOne)
      TailIsEnd = TailIsEnd && P == End;
    if (TailIsEnd) {
      // Nothing follows: this is a match.
      S.Ptr = P;
      finish(1);
      return true;
    }
    if (Op == OpPossessiveRepeatOne) {
      Pc = Tail;
      return true;
    }
    lastmarkSave();
    if (Repeat >= 0)
      markPush(F.LastMark);
    if (Op == OpRepeatOne)
      repeatOneNext();
    else
      minRepeatOneNext();
    return true;
  }
  case OpRepeat:
    Repeats.push_back({-1, -1, Pc, Repeat});
    F.Rep = Repeat = Repeats.size() - 1;
    S.Ptr = P;
    call(JumpRepeat, Pc + Code[Pc], F.TopLevel);
    return true;
  case OpMaxUntil:
  case OpMinUntil: {
    if (Repeat < 0)
      return false;
    F.Rep = Repeat;
    RepeatCtx &R = Repeats[F.Rep];
    S.Ptr = P;
    F.Count = R.Count + 1;
    uint32_t Max = Code[R.Pc + 2];
    if (F.Count < static_cast<int64_t>(Code[R.Pc + 1])) {
      // Not enough items yet.
      R.Count = F.Count;
      call(Op == OpMaxUntil ? JumpMaxUntil1 : JumpMinUntil1, R.Pc + 3,
           F.TopLevel);
      return true;
    }
    if (Op == OpMinUntil) {
      // See if the tail matches first.
      Repeat = R.Prev;
      lastmarkSave();
      if (Repeat >= 0)
        markPush(F.LastMark);
      call(JumpMinUntil2, Pc, F.TopLevel);
      return true;
    }
    if ((F.Count < static_cast<int64_t>(Max) || Max == MaxRepeat) &&
        S.Ptr != R.LastPtr) {
      // Try one more item, unless the last one matched the empty string.
      R.Count = F.Count;
      lastmarkSave();
      markPush(F.LastMark);
      Data.push_back(R.LastPtr);
      R.LastPtr = S.Ptr;
      call(JumpMaxUntil2, R.Pc + 3, F.TopLevel);
      return true;
    }
    maxUntilTail();
    return true;
  }
  case OpPossessiveRepeat:
    S.Ptr = P;
    F.Count = 0;
    possessiveMin();
    return true;
  case OpAtomicGroup:
    S.Ptr = P;
    call(JumpAtomicGroup, Pc + 1, false);
    return true;
  case OpGroupRef:
  case OpGroupRefIgnore:
  case OpGroupRefUniIgnore:
    if (!groupRef(Op, Code[Pc++]))
      finish(0);
    return true;
  case OpGroupRefExists: {
    int Ref = Code[Pc] * 2;
    bool Set = Ref < S.LastMark && S.Marks[Ref] >= 0 &&
               S.Marks[Ref + 1] >= S.Marks[Ref];
    Pc += Set ? 2 : Code[Pc + 1];
    return true;
  }
  case OpAssert:
  case OpAssertNot: {
    int64_t Back = Code[Pc + 1];
    if (P < Back) {
      if (Op == OpAssert)
        finish(0);
      else
        Pc += Code[Pc];
      return true;
    }
    S.Ptr = P - Back;
    if (Op == OpAssertNot) {
      lastmarkSave();
      if (Repeat >= 0)
        markPush(F.LastMark);
    }
    call(Op == OpAssert ? JumpAssert : JumpAssertNot, Pc + 2, false);
    return true;
  }
  case OpFailure:
    finish(0);
    return true;
  }
  return false;
}

bool Engine::resume(Jump J) {
  Frame &F = ctx();
  switch (J) {
  case JumpBranch:
  case JumpRepeatOne1:
  case JumpRepeatOne2:
  case JumpMinRepeatOne:
    if (Ret) {
      if (Repeat >= 0)
        markDiscard(F.LastMark);
      finish(1);
      return true;
    }
    if (Repeat >= 0)
      markPop(F.LastMark, /*Discard=*/false);
    lastmarkRestore();
    if (J == JumpBranch) {
      Pc += Code[Pc];
      branchNext();
    } else if (J != JumpMinRepeatOne) {
      --P;
      --F.Count;
      repeatOneNext();
    } else {
      S.Ptr = P;
      if (count(Pc + 3, P, 1) == 0) {
        if (Repeat >= 0)
          markDiscard(F.LastMark);
        finish(0);
        return true;
      }
      ++P;
      ++F.Count;
      minRepeatOneNext();
    }
    return true;
  case JumpRepeat:
    assert(F.Rep == static_cast<int32_t>(Repeats.size()) - 1);
    Repeat = Repeats[F.Rep].Prev;
    Repeats.pop_back();
    finish(Ret);
    return true;
  case JumpMaxUntil1:
  case JumpMinUntil1:
  case JumpMinUntil3:
    if (J == JumpMinUntil3) {
      Repeats[F.Rep].LastPtr = Data.back();
      Data.pop_back();
    }
    if (!Ret) {
      Repeats[F.Rep].Count = F.Count - 1;
      S.Ptr = P;
    }
    finish(Ret);
    return true;
  case JumpMaxUntil2: {
    RepeatCtx &R = Repeats[F.Rep];
    R.LastPtr = Data.back();
    Data.pop_back();
    if (Ret) {
      markDiscard(F.LastMark);
      finish(1);
      return true;
    }
    markPop(F.LastMark);
    lastmarkRestore();
    R.Count = F.Count - 1;
    S.Ptr = P;
    maxUntilTail();
    return true;
  }
  case JumpMaxUntil3:
    Repeat = F.Rep;
    if (!Ret)
      S.Ptr = P;
    finish(Ret);
    return true;
  case JumpMinUntil2: {
    int32_t RepeatOfTail = Repeat;
    Repeat = F.Rep;
    if (Ret) {
      if (RepeatOfTail >= 0)
        markDiscard(F.LastMark);
      finish(1);
      return true;
    }
    if (RepeatOfTail >= 0)
      markPop(F.LastMark);
    lastmarkRestore();
    S.Ptr = P;
    RepeatCtx &R = Repeats[F.Rep];
    uint32_t Max = Code[R.Pc + 2];
    if ((F.Count >= static_cast<int64_t>(Max) && Max != MaxRepeat) ||
        S.Ptr == R.LastPtr) {
      finish(0);
      return true;
    }
    // Try one more item.
    R.Count = F.Count;
    Data.push_back(R.LastPtr);
    R.LastPtr = S.Ptr;
    call(JumpMinUntil3, R.Pc + 3, F.TopLevel);
    return true;
  }
  case JumpPossRepeat1:
    if (!Ret) {
      S.Ptr = P;
      finish(0);
      return true;
    }
    ++F.Count;
    possessiveMin();
    return true;
  case JumpPossRepeat2:
    if (Ret) {
      markDiscard(F.LastMark);
      ++F.Count;
      possessiveMore();
      return true;
    }
    markPop(F.LastMark);
    lastmarkRestore();
    S.Ptr = P;
    Pc += Code[Pc] + 1;
    P = S.Ptr;
    return true;
  case JumpAtomicGroup:
    if (!Ret) {
      S.Ptr = P;
      finish(0);
      return true;
    }
    Pc += Code[Pc];
    P = S.Ptr;
    return true;
  case JumpAssert:
    if (!Ret)
      finish(0);
    else
      Pc += Code[Pc];
    return true;
  case JumpAssertNot:
    if (Ret) {
      if (Repeat >= 0)
        markDiscard(F.LastMark);
      finish(0);
      return true;
    }
    if (Repeat >= 0)
      markPop(F.LastMark);
    lastmarkRestore();
    Pc += Code[Pc];
    return true;
  case JumpNone:
    break;
  }
  return false;
}

int Engine::run(bool TopLevel) {
  Frames.clear();
  Repeats.clear();
  Data.clear();
  Repeat = -1;
  Frame First;
  First.TopLevel = TopLevel;
  Frames.push_back(First);
  Pc = 0;
  P = S.Ptr;
  Returning = false;
  for (;;) {
    if (++S.Steps > S.StepLimit)
      return MatchState::OutOfSteps;
    if (!Returning) {
      if (!dispatch())
        return MatchState::Internal;
      continue;
    }
    Returning = false;
    Jump J = Frames.back().J;
    Frames.pop_back();
    if (Frames.empty())
      return Ret;
    Pc = ctx().Pc;
    P = ctx().Ptr;
    if (!resume(J))
      return MatchState::Internal;
  }
}
