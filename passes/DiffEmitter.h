//===- DiffEmitter.h - Reports of schema changes --------------*- C++ -*-===//
//
// The outputs of `schemac diff`: compiler diagnostics pointing at the model
// source (the new side's, or the old side's for what was removed) and the
// diff document (../shared/spec/output-formats.md section 2).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_DIFFEMITTER_H
#define SCHEMAC_PASSES_DIFFEMITTER_H

#include "passes/SchemaDiff.h"
#include "support/SourceFile.h"

#include "llvm/Support/raw_ostream.h"

#include <functional>
#include <string>

namespace schemac::passes {

/// What the two sides are, for the report.
struct DiffSides {
  /// "origin/main", "WORKTREE", a directory.
  std::string OldLabel, NewLabel;
  /// The source of a file of one side (its path as in ir::Loc), or null.
  std::function<const SourceFile *(bool OldSide, llvm::StringRef File)> Source;
  /// How a file of one side is named in diagnostics ("main:app/models.py").
  std::function<std::string(bool OldSide, llvm::StringRef File)> Display;
  /// A file's path from the repository's top (the current directory outside
  /// a repository), for code scanning and annotations.
  std::function<std::string(bool OldSide, llvm::StringRef File)> RepoPath;
};

void emitDiffJson(const std::vector<Change> &Changes, Dialect D,
                  const DiffSides &Sides, llvm::raw_ostream &OS);
void emitDiffText(const std::vector<Change> &Changes, const DiffSides &Sides,
                  llvm::raw_ostream &OS, bool Colors);

// CiEmitters.cpp: for CI systems.
/// SARIF 2.1.0, for GitHub code scanning.
void emitDiffSarif(const std::vector<Change> &Changes, const DiffSides &Sides,
                   llvm::raw_ostream &OS);
/// GitHub Actions workflow commands: one annotation per change.
void emitDiffGithub(const std::vector<Change> &Changes, const DiffSides &Sides,
                    llvm::raw_ostream &OS);
/// A pull-request comment: a summary table, the impact by owner, a Mermaid
/// diagram of the changed tables (\p Diagram, if any), a section per table,
/// details collapsed.
void emitDiffMarkdown(const std::vector<Change> &Changes, Dialect D,
                      const DiffSides &Sides, llvm::StringRef Diagram,
                      llvm::raw_ostream &OS);

} // namespace schemac::passes

#endif
