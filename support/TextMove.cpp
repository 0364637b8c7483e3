//===- TextMove.cpp - Where an edit moved the lines of a text ------------===//

#include "support/TextMove.h"

#include "llvm/ADT/StringMap.h"

#include <algorithm>

namespace schemac {

namespace {

std::vector<uint32_t> lineStarts(llvm::StringRef Text) {
  std::vector<uint32_t> Starts{0};
  for (size_t I = Text.find('\n'); I != llvm::StringRef::npos;
       I = Text.find('\n', I + 1))
    if (I + 1 < Text.size())
      Starts.push_back(static_cast<uint32_t>(I + 1));
  return Starts;
}

/// Each line with its newline.
std::vector<llvm::StringRef> lines(llvm::StringRef Text,
                                   const std::vector<uint32_t> &Starts) {
  std::vector<llvm::StringRef> Out;
  for (size_t I = 0; I < Starts.size(); ++I)
    Out.push_back(Text.slice(Starts[I], I + 1 < Starts.size() ? Starts[I + 1]
                                                              : Text.size()));
  return Out;
}

} // namespace

TextMove::TextMove(llvm::StringRef Old, llvm::StringRef New)
    : OldStarts(lineStarts(Old)), NewStarts(lineStarts(New)),
      OldSize(Old.size()), NewSize(New.size()) {
  std::vector<llvm::StringRef> A = lines(Old, OldStarts),
                               B = lines(New, NewStarts);
  auto Unique = [](const std::vector<llvm::StringRef> &Lines) {
    llvm::StringMap<unsigned> Count;
    for (llvm::StringRef L : Lines)
      ++Count[L];
    std::vector<bool> Once;
    for (llvm::StringRef L : Lines)
      Once.push_back(Count[L] == 1);
    return Once;
  };
  OldUnique = Unique(A);
  NewUnique = Unique(B);
  OldToNew.assign(A.size(), -1);
  size_t Front = 0, Back = 0;
  while (Front < A.size() && Front < B.size() && A[Front] == B[Front]) {
    OldToNew[Front] = static_cast<int64_t>(Front);
    ++Front;
  }
  while (Back < A.size() - Front && Back < B.size() - Front &&
         A[A.size() - 1 - Back] == B[B.size() - 1 - Back]) {
    OldToNew[A.size() - 1 - Back] = static_cast<int64_t>(B.size() - 1 - Back);
    ++Back;
  }
  matchMiddle(llvm::ArrayRef(A).slice(Front, A.size() - Front - Back),
              llvm::ArrayRef(B).slice(Front, B.size() - Front - Back), Front);
}

std::optional<uint32_t> TextMove::offset(uint32_t Old) const {
  if (Old >= OldSize)
    return Old == OldSize ? std::optional<uint32_t>(NewSize) : std::nullopt;
  size_t Line = std::upper_bound(OldStarts.begin(), OldStarts.end(), Old) -
                OldStarts.begin() - 1;
  if (OldToNew[Line] < 0)
    return std::nullopt;
  return NewStarts[OldToNew[Line]] + (Old - OldStarts[Line]);
}

std::optional<uint32_t> TextMove::uniqueOffset(uint32_t Old) const {
  if (Old >= OldSize)
    return offset(Old);
  size_t Line = std::upper_bound(OldStarts.begin(), OldStarts.end(), Old) -
                OldStarts.begin() - 1;
  if (!OldUnique[Line] || OldToNew[Line] < 0 || !NewUnique[OldToNew[Line]])
    return std::nullopt;
  return offset(Old);
}

void TextMove::matchMiddle(llvm::ArrayRef<llvm::StringRef> A,
                           llvm::ArrayRef<llvm::StringRef> B, size_t Offset) {
  const int64_t N = A.size(), M = B.size();
  // The steps' traces take memory quadratic in the differences.
  const int64_t Max = std::min<int64_t>(N + M, 1024);
  if (N == 0 || M == 0)
    return;
  // V[k] is the furthest x on diagonal k; each step's V is kept to walk
  // the path back.
  std::vector<int64_t> V(2 * Max + 2, 0);
  std::vector<std::vector<int64_t>> Trace;
  auto Step = [&](const std::vector<int64_t> &W, int64_t K, int64_t D) {
    auto At = [&](int64_t I) { return W[I + Max + 1]; };
    return K == -D || (K != D && At(K - 1) < At(K + 1)) ? K + 1 : K - 1;
  };
  for (int64_t D = 0; D <= Max; ++D) {
    Trace.push_back(V);
    for (int64_t K = -D; K <= D; K += 2) {
      int64_t From = Step(V, K, D);
      int64_t X = From == K + 1 ? V[K + 1 + Max + 1] : V[K - 1 + Max + 1] + 1;
      int64_t Y = X - K;
      while (X < N && Y < M && A[X] == B[Y]) {
        ++X;
        ++Y;
      }
      V[K + Max + 1] = X;
      if (X < N || Y < M)
        continue;
      // Back from the end: the diagonal runs are the kept lines.
      for (; D >= 0; --D) {
        const std::vector<int64_t> &W = Trace[D];
        int64_t Kd = X - Y, PrevK = Step(W, Kd, D);
        int64_t PrevX = D == 0 ? 0 : W[PrevK + Max + 1];
        int64_t PrevY = PrevX - PrevK;
        while (X > PrevX && Y > PrevY && A[X - 1] == B[Y - 1]) {
          --X;
          --Y;
          OldToNew[Offset + X] = static_cast<int64_t>(Offset + Y);
        }
        X = PrevX;
        Y = PrevY;
      }
      return;
    }
  }
}

} // namespace schemac
