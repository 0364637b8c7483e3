//===- GitRepository.h - Reading revisions with libgit2 -------*- C++ -*-===//
//
// `schemac diff --against main` reads the base revision's model files
// straight from the git object database: no checkout, no temporary copy,
// no git process.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_GITREPOSITORY_H
#define SCHEMAC_SUPPORT_GITREPOSITORY_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

struct git_repository;

namespace schemac {

class GitRepository {
public:
  /// The repository that contains \p Path (a directory or file of its
  /// working tree, or below it).
  static llvm::Expected<std::unique_ptr<GitRepository>>
  open(llvm::StringRef Path);
  ~GitRepository();

  /// The working tree's top, absolute.
  llvm::StringRef top() const { return Top; }

  /// \p Path (of the working tree) relative to the repository's top, with
  /// '/' separators; "" for the top itself. An error for a path outside.
  llvm::Expected<std::string> relativePath(llvm::StringRef Path) const;

  /// The .py files of \p Revision under each of \p Paths (relative to the
  /// top; files or directories), skipping directories \p SkipDir names, as
  /// (path relative to \p Root, text).
  llvm::Expected<std::vector<std::pair<std::string, std::string>>>
  readPythonFiles(llvm::StringRef Revision,
                  const std::vector<std::string> &Paths, llvm::StringRef Root,
                  const std::function<bool(llvm::StringRef)> &SkipDir) const;

  /// The text of one file of \p Revision (a path from the top), if it has
  /// it. Safe to call from several threads.
  std::optional<std::string> readFile(llvm::StringRef Revision,
                                      llvm::StringRef Path) const;

private:
  explicit GitRepository(git_repository *Repo, std::string Top)
      : Repo(Repo), Top(std::move(Top)) {}
  git_repository *Repo;
  /// libgit2's repository is not to be used by two threads at once.
  mutable std::mutex Lock;
  std::string Top; ///< The working tree's top, absolute, no trailing '/'.
};

} // namespace schemac

#endif
