//===- TextMove.h - Where an edit moved the lines of a text ----*- C++ -*-===//
//
// The analysis of an edit (sema/EditAnalysis.cpp) carries the locations of
// the analysis before it over to the edited text: a line the edit kept
// moves with its bytes, found by a longest common subsequence of the lines
// (Myers' diff); the bytes of other lines have no place after the edit.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_TEXTMOVE_H
#define SCHEMAC_SUPPORT_TEXTMOVE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace schemac {

class TextMove {
public:
  TextMove(llvm::StringRef Old, llvm::StringRef New);

  /// The new offset of an old one on a line the edit kept (or at the end).
  /// Identical lines may be matched to one another's places: right for
  /// telling whether two texts' marks agree, not for carrying a mark over.
  std::optional<uint32_t> offset(uint32_t Old) const;
  /// offset(), for a line that occurs once in the old text and once in the
  /// new: where a mark made on the old text is on the new one.
  std::optional<uint32_t> uniqueOffset(uint32_t Old) const;

private:
  /// Myers' greedy diff of the lines between the common ends; beyond some
  /// thousand differences no line there is kept.
  void matchMiddle(llvm::ArrayRef<llvm::StringRef> A,
                   llvm::ArrayRef<llvm::StringRef> B, size_t Offset);

  std::vector<uint32_t> OldStarts, NewStarts;
  size_t OldSize, NewSize;
  /// Per old line, the new line it is, or -1.
  std::vector<int64_t> OldToNew;
  /// Per old line and per new line, whether its text occurs once.
  std::vector<bool> OldUnique, NewUnique;
};

} // namespace schemac

#endif
