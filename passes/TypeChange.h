//===- TypeChange.h - How a column type changed ---------------*- C++ -*-===//
//
// Classifies a change between two column types as one dialect renders them:
// what the database stores is what matters, so the rendered DDL is compared,
// not the Python class that produced it.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_TYPECHANGE_H
#define SCHEMAC_PASSES_TYPECHANGE_H

#include "passes/DialectLowering.h"

#include "llvm/ADT/StringRef.h"

namespace schemac::passes {

enum class TypeChangeKind : uint8_t {
  None,
  /// Every old value fits: a longer string, a larger integer, more digits.
  Widened,
  /// Some old values may not fit, or lose precision.
  Narrowed,
  /// TIMESTAMP / TIME gaining or losing WITH TIME ZONE.
  TimeZone,
  /// The same values under another type of the family (VARCHAR to TEXT).
  Respelled,
  /// Another kind of value altogether (VARCHAR to INTEGER, DATE to TEXT).
  Family,
};

/// How a column's type changed from \p Old to \p New (rendered DDL types).
TypeChangeKind classifyTypeChange(llvm::StringRef Old, llvm::StringRef New,
                                  Dialect D);

} // namespace schemac::passes

#endif
