//===- InternedNames.h - One process-wide copy of each name ----*- C++ -*-===//
//
// The parser gives every identifier of a syntax tree as an interned copy,
// and sema keys its namespaces by them: the same few thousand names are
// bound and looked up millions of times in a large project, and a copy that
// outlives its tree lets a namespace keep names of trees already freed.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_INTERNEDNAMES_H
#define SCHEMAC_SUPPORT_INTERNEDNAMES_H

#include "llvm/ADT/StringRef.h"

#include <optional>

namespace schemac {

/// The process-wide copy of \p Name: equal names are the same address, for
/// as long as the process runs. Thread-safe.
llvm::StringRef internName(llvm::StringRef Name);
/// The copy of \p Name if one was made, without making one: what is keyed
/// by interned copies has none of a name never interned. Thread-safe.
std::optional<llvm::StringRef> findInternedName(llvm::StringRef Name);

} // namespace schemac

#endif
