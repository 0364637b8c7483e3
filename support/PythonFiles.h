//===- PythonFiles.h - Finding the .py files under paths ------*- C++ -*-===//
//
// The files `schemac parse` and `schemac schema` read: every file named, and
// every .py file below every directory named, in a stable order, leaving
// out the directories the caller says to skip and Alembic's migration
// environments.
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

/// Whether a directory holding these is an Alembic migration environment,
/// as `alembic init` and Flask-Migrate lay one out (env.py beside the
/// script.py.mako template): Alembic runs its scripts, the models never
/// import them, and a table a script makes for a data migration is no part
/// of the schema. Below the paths given, such a directory is skipped (a
/// directory given is read).
inline bool isMigrationEnvironment(bool HasEnvPy, bool HasScriptTemplate) {
  return HasEnvPy && HasScriptTemplate;
}

/// Appends the files to Files (named files as given, found ones sorted per
/// directory) and a message per path that cannot be read to Errors.
void collectPythonFiles(llvm::ArrayRef<std::string> Paths,
                        llvm::function_ref<bool(llvm::StringRef)> SkipDirectory,
                        std::vector<std::string> &Files,
                        std::vector<std::string> &Errors);

} // namespace schemac

#endif
