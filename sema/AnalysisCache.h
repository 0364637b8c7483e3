//===- AnalysisCache.h - Analysis results kept between runs ---*- C++ -*-===//
//
// Analysing a project of 20,000 models takes seconds; asking the same
// project a second question (another lineage query, the same schema in
// another format) should not. The cache keeps, per project and options, the
// schema IR and every unit's diagnostics, together with what the analysis
// read: each file with a hash of its text, and each path it looked for and
// did not find (a module that an import could resolve to later). A result
// is reused only when every one of those is unchanged, so a hit gives what
// the analysis itself would give. One entry per project and options, in
// `<dir>/<hash of the key>.bin`, replaced atomically.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SEMA_ANALYSISCACHE_H
#define SCHEMAC_SEMA_ANALYSISCACHE_H

#include "sema/Sema.h"

#include <optional>
#include <string>
#include <vector>

namespace schemac::sema {

class AnalysisCache {
public:
  /// \p Key names everything besides the files that the result depends
  /// on: the schemac binary, the options, the roots.
  AnalysisCache(llvm::StringRef Dir, std::string Key);

  /// The stored result, its units rebuilt from the files on disk (with
  /// their diagnostics, without syntax trees), if the walk of the paths
  /// found the same files (\p WalkedPaths, absolute) and nothing the
  /// analysis read changed.
  std::optional<AnalysisResult>
  load(const std::vector<std::string> &WalkedPaths) const;
  /// Stores \p Result, whose first \p WalkedUnits units are the files the
  /// walk found; \p MissingPaths are the paths the analysis looked for in
  /// vain. Failing to write is not an error: the cache is a cache.
  void store(const AnalysisResult &Result, size_t WalkedUnits,
             const std::vector<std::string> &MissingPaths) const;

private:
  std::string Path;
  std::string Key;
};

/// The key's part that names the running schemac: its version and the
/// size and modification time of its executable, so that a rebuilt binary
/// never reads what an older one wrote.
std::string cacheBinaryIdentity();

} // namespace schemac::sema

#endif
