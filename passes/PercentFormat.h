//===- PercentFormat.h - Python's str % mapping ----------------*- C++ -*-===//
//
// Naming conventions are templates that SQLAlchemy fills with Python's
// printf-style formatting, `template % ConventionDict(...)`. Reproducing a
// name means reproducing that operator, field widths, precisions and its
// errors included, on Python's str, whose lengths count code points.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_PERCENTFORMAT_H
#define SCHEMAC_PASSES_PERCENTFORMAT_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"

#include <cstddef>
#include <optional>
#include <string>

namespace schemac::passes {

/// Why a formatting produced no text.
struct FormatFailure {
  /// Python raises; otherwise the text depends on something we cannot know,
  /// such as the address of a Python object.
  bool Raises = true;
  std::string Message;
};

/// The value of one %(key)s, or std::nullopt after setting the Failure that
/// percentFormat was given.
using FormatLookup =
    llvm::function_ref<std::optional<std::string>(llvm::StringRef Key)>;

/// `Template % Mapping` where Python's mapping is \p Lookup, for the 's', 'r'
/// and 'a' conversions of string values. Returns std::nullopt with \p Failure
/// set where Python would raise or the result is not knowable.
std::optional<std::string> percentFormat(llvm::StringRef Template,
                                         FormatLookup Lookup,
                                         std::optional<FormatFailure> &Failure);

/// len() of the str that \p Utf8 encodes.
size_t pyLen(llvm::StringRef Utf8);

/// The encoding of str[:N].
llvm::StringRef pyPrefix(llvm::StringRef Utf8, size_t N);

} // namespace schemac::passes

#endif // SCHEMAC_PASSES_PERCENTFORMAT_H
