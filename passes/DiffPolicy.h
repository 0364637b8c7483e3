//===- DiffPolicy.h - What the user says about changes --------*- C++ -*-===//
//
// Comments in the model source speak to `schemac diff`, on the line of a
// class or column or the line above it:
//
//   # schemac: renamed-from=old_name     a rename, not a drop and an add
//   # schemac: ignore[RULE_ID, ...]      this change is expected
//
// and the configuration file (DiffConfig) says the rest.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_DIFFPOLICY_H
#define SCHEMAC_PASSES_DIFFPOLICY_H

#include "passes/SchemaDiff.h"
#include "support/SourceFile.h"

#include "llvm/Support/raw_ostream.h"

#include <functional>

namespace schemac::passes {

using SourceLookup = std::function<const SourceFile *(llvm::StringRef File)>;

/// A problem with what the user wrote, at its place.
struct PolicyError {
  const SourceFile *File = nullptr; ///< Null for a command-line problem.
  size_t Offset = 0;
  std::string Message;
};
void printPolicyError(const PolicyError &E, llvm::raw_ostream &OS, bool Colors);

/// Every `# schemac:` comment of the files: an unknown directive or rule id
/// is an error at its place.
void checkDirectives(llvm::ArrayRef<const SourceFile *> Files,
                     std::vector<PolicyError> &Errors);

/// `# schemac: renamed-from=NAME` on the new side's tables and columns.
std::vector<RenameHint> renameHintsFromSource(const ir::Schema &New,
                                              const SourceLookup &Source);

/// Drops the changes that `# schemac: ignore[...]` comments on their line
/// (new side, or old side for removals) or the line above suppress. Unknown
/// rule ids are checkDirectives' to report.
void applySuppressions(std::vector<Change> &Changes,
                       const SourceLookup &NewSource,
                       const SourceLookup &OldSource);

} // namespace schemac::passes

#endif
