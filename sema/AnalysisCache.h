//===- AnalysisCache.h - Analysis results kept between runs ---*- C++ -*-===//
//
// Analysing a project of 20,000 models takes seconds; asking the same
// project a second question (another lineage query, the same schema in
// another format) should not. The cache keeps, per project and options, the
// schema IR and every unit's diagnostics, together with what the analysis
// read: each file with a hash of its text, and each path it looked for and
// did not find (a module that an import could resolve to later) -- on disk,
// or in the git revision whose files the analysis read. A result
// is reused only when every one of those is unchanged, so a hit gives what
// the analysis itself would give. One entry per project and options, in
// `<dir>/<hash of the key>.bin`, replaced atomically, with a checksum.
//
// An entry of files on disk also keeps their texts: after an edit of a few
// modules, the entry is the analysis before the edit, which analyzeEdit
// (Sema.h) starts from instead of analysing the project whole.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SEMA_ANALYSISCACHE_H
#define SCHEMAC_SEMA_ANALYSISCACHE_H

#include "sema/Sema.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace schemac::sema {

/// How the cache reads again what an analysis read: each unit's file by
/// its origin (an absolute path on disk, or a path relative to the root of
/// in-memory sources and a git revision), and whether a path where a module
/// was looked for in vain still has none.
struct CacheSourceAccess {
  std::function<std::unique_ptr<SourceFile>(const std::string &Origin,
                                            llvm::StringRef DisplayPath)>
      Open;
  std::function<bool(const std::string &Origin)> Exists;
};

/// What an entry holds for a project: its result, as it is (\c Edited
/// empty) or as it was before an edit of the modules \c Edited names
/// (indexes into Result.Units), whose units have their text as it was.
struct CachedAnalysis {
  AnalysisResult Result;
  std::vector<size_t> Edited;
  /// With \c Edited: Result.Schema is empty until this reads it, false if
  /// the bytes are not one. An edit's analysis asks for it only once the
  /// edit is found worth running, and the schema is most of the entry.
  std::function<bool(ir::Schema &)> ReadSchema;
};

class AnalysisCache {
public:
  /// \p Key names everything besides the files that the result depends
  /// on: the schemac binary, the options, the roots.
  AnalysisCache(llvm::StringRef Dir, std::string Key);

  /// The stored result, its units rebuilt from their files (with their
  /// diagnostics, without syntax trees), if the project has the same files
  /// (\p Walked: the origins of the units the analysis starts from) and
  /// nothing the analysis read changed; or, where only the texts of at most
  /// \p MaxEdited modules changed and the entry kept them, the result
  /// before that edit.
  std::optional<CachedAnalysis> load(const std::vector<std::string> &Walked,
                                     const CacheSourceAccess &Access,
                                     size_t MaxEdited) const;
  /// The size of the stored entry; 0 where there is none.
  uint64_t entryBytes() const;
  /// Stores \p Result, with the files the project has (its first
  /// WalkedUnits units) and where the analysis looked for a module in vain
  /// (MissingPaths). Failing to write is not an error: the cache is a
  /// cache.
  void store(const AnalysisResult &Result) const;

private:
  std::string Path;
  std::string Key;
};

/// Where a unit was read from: its absolute path on disk, else its path
/// relative to the root of the in-memory sources.
std::string cacheOrigin(const ModuleUnit &U);

/// The key's part that names the running schemac: a hash of its
/// executable, so that another build never reads what this one wrote, and
/// the same build again (a CI job building from the same commit) does.
std::string cacheBinaryIdentity();

} // namespace schemac::sema

#endif
