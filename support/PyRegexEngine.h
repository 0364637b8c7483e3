//===- PyRegexEngine.h - The matcher of PyRegex -----------------*- C++ -*-===//
//
// A port of CPython's SRE(match). sre_lib.h already avoids C recursion:
// where an opcode must try a subpattern and then continue depending on the
// outcome, it pushes a context and jumps, and the subpattern's final SUCCESS
// or FAILURE returns to a label in the middle of that opcode. Here a context
// is a Frame on a vector, its Jump says which opcode to resume, and
// Engine::resume() holds the code after each jump label.
//
// Capture marks are saved and restored exactly where sre does it, which is
// not everywhere a textbook backtracker would: outside repeats a failed
// branch keeps the marks it set below the saved lastmark. Reproducing that
// is the point of following sre step by step.
//
// Every opcode, every character a repeat scans and every mark copied costs a
// step; when the steps run out the search reports OutOfSteps.
//
// The opcodes are in PyRegexMatch.cpp, the helpers and the search loop in
// PyRegexSearch.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_PYREGEXENGINE_H
#define SCHEMAC_SUPPORT_PYREGEXENGINE_H

#include "support/PyRegexImpl.h"

#include <algorithm>

namespace schemac {
namespace pyregex {
namespace detail {

/// Runs SRE(match) for a MatchState, keeping its stacks between runs so that
/// a search reuses their memory at every start position.
class Engine {
public:
  explicit Engine(MatchState &S)
      : S(S), Code(S.Prog.Code), Text(S.Text), End(S.End) {}

  /// SRE(match) at S.Ptr: 1, 0, or MatchState::OutOfSteps / Internal.
  int run(bool TopLevel);

private:
  enum Jump : uint8_t {
    JumpNone,
    JumpMaxUntil1,
    JumpMaxUntil2,
    JumpMaxUntil3,
    JumpMinUntil1,
    JumpMinUntil2,
    JumpMinUntil3,
    JumpRepeat,
    JumpRepeatOne1,
    JumpRepeatOne2,
    JumpMinRepeatOne,
    JumpBranch,
    JumpAssert,
    JumpAssertNot,
    JumpPossRepeat1,
    JumpPossRepeat2,
    JumpAtomicGroup,
  };

  /// sre's match context.
  struct Frame {
    int64_t Count = 0;
    int64_t Ptr = 0;  ///< The position when the frame called another.
    uint32_t Pc = 0;  ///< Likewise the code position.
    int32_t Rep = -1; ///< ctx->u.rep, an index into Repeats.
    int32_t LastMark = -1;
    int32_t LastIndex = -1;
    Jump J = JumpNone;
    bool TopLevel = false;
  };

  /// sre's SRE_REPEAT; these are created and freed in stack order.
  struct RepeatCtx {
    int64_t Count;
    int64_t LastPtr; ///< -1 for NULL.
    uint32_t Pc;     ///< The REPEAT operands.
    int32_t Prev;
  };

  Frame &ctx() { return Frames.back(); }
  void call(Jump J, uint32_t NextPc, bool TopLevel) {
    ctx().Pc = Pc;
    ctx().Ptr = P;
    Frame F;
    F.J = J;
    F.TopLevel = TopLevel;
    Frames.push_back(F);
    Pc = NextPc;
    P = S.Ptr; // The entrance of SRE(match) starts at state->ptr.
  }
  void finish(int R) {
    Ret = R;
    Returning = true;
  }
  void lastmarkSave() {
    ctx().LastMark = S.LastMark;
    ctx().LastIndex = S.LastIndex;
  }
  void lastmarkRestore() {
    S.LastMark = ctx().LastMark;
    S.LastIndex = ctx().LastIndex;
  }
  void markPush(int LastMark) {
    if (LastMark < 0)
      return;
    S.Steps += LastMark + 1;
    Data.insert(Data.end(), S.Marks.begin(), S.Marks.begin() + LastMark + 1);
  }
  void markPop(int LastMark, bool Discard = true) {
    if (LastMark < 0)
      return;
    size_t N = LastMark + 1;
    std::copy(Data.end() - N, Data.end(), S.Marks.begin());
    if (Discard)
      Data.resize(Data.size() - N);
  }
  void markDiscard(int LastMark) {
    if (LastMark >= 0)
      Data.resize(Data.size() - (LastMark + 1));
  }

  bool unit(uint32_t UnitPc, uint32_t C) const;
  int64_t count(uint32_t UnitPc, int64_t From, uint64_t MaxCount);
  bool at(int64_t Pos, uint32_t Code) const;
  bool groupRef(uint32_t Op, uint32_t Group);
  bool dispatch();
  bool resume(Jump J);
  void branchNext();
  void repeatOneNext();
  void minRepeatOneNext();
  void maxUntilTail();
  void possessiveMore();
  void possessiveMin();

  MatchState &S;
  const std::vector<uint32_t> &Code;
  llvm::ArrayRef<uint32_t> Text;
  int64_t End;
  std::vector<Frame> Frames;
  std::vector<RepeatCtx> Repeats;
  std::vector<int64_t> Data; ///< Saved marks and last_ptr values.
  int32_t Repeat = -1;       ///< state->repeat
  uint32_t Pc = 0;
  int64_t P = 0;
  int Ret = 0;
  bool Returning = false;
};

} // namespace detail
} // namespace pyregex
} // namespace schemac

#endif // SCHEMAC_SUPPORT_PYREGEXENGINE_H
