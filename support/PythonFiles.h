//===- PythonFiles.h - Finding the .py files under paths ------*- C++ -*-===//
//
// The files `schemac parse` and `schemac schema` read: every file named, and
// every .py file below every directory named, in a stable order, leaving
// out the directories the caller says to skip.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_PYTHONFILES_H
#define SCHEMAC_SUPPORT_PYTHONFILES_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace schemac {

/// Appends the files to Files (named files as given, found ones sorted per
/// directory) and a message per path that cannot be read to Errors.
void collectPythonFiles(llvm::ArrayRef<std::string> Paths,
                        llvm::function_ref<bool(llvm::StringRef)> SkipDirectory,
                        std::vector<std::string> &Files,
                        std::vector<std::string> &Errors);

} // namespace schemac

#endif
