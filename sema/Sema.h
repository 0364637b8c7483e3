//===- Sema.h - From model packages to the schema IR ----------*- C++ -*-===//
//
// analyzeProject() finds the Python files of a project, parses them, runs
// the abstract evaluator over the modules (following imports, into the
// library stubs for SQLAlchemy and friends), applies SQLAlchemy's declarative
// semantics to the classes and tables it finds, and returns the schema IR.
// It never stops at bad input: what it cannot resolve becomes a diagnostic
// with a source location, in the returned units and in Schema::Diagnostics.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SEMA_SEMA_H
#define SCHEMAC_SEMA_SEMA_H

#include "ir/Schema.h"
#include "parser/Parser.h"
#include "support/Diagnostics.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace schemac::sema {

class AnalysisCache;

/// How the evaluation of one project module met the others: what an edit
/// of a module can change besides its own tables and classes
/// (EditAnalysis.cpp).
struct ModuleDependencies {
  /// The units (indexes into AnalysisResult::Units) whose values it read:
  /// imported names, attributes of their modules.
  std::vector<uint32_t> Reads;
  /// It stored into an object that another module (or the library) made.
  bool WritesOthers = false;
  /// Another module stored into an object this one made.
  bool WrittenByOthers = false;
  /// What other modules' evaluation took of this one, each a (class, name)
  /// pair: ("", global) for a global of the module, (class, attribute) for
  /// a class's attribute, (class, "*") for a class called or subclassed
  /// (all of it), (class, "#") for a class reached through another module
  /// (what it is: its name and bases), ("", "*") for a star import (every
  /// public global); a name looked for in vain counts too. Sorted.
  /// The names are internName() copies, which live as long as the process.
  std::vector<std::pair<llvm::StringRef, llvm::StringRef>> UsedByOthers;
  /// Another module used one of its objects in a way no such pair names (an
  /// attribute of an instance, a call of a function).
  bool UsedOpaquely = false;
  /// It read from a module whose body was still running (an import cycle):
  /// what it saw depends on the order the modules ran in.
  bool ReadsRunningModule = false;
  /// Its body ran inside a call or inside a try that catches ImportError:
  /// what it did depends on where it was imported from (how deep calls
  /// may still go, whether an import that fails aborts the body, and the
  /// importer's handler sees every failed import).
  bool RanNested = false;
  /// Code stored into its objects after its body had run (a relationship's
  /// callable that the declarative pass runs at the end): modules that read
  /// them earlier saw them as they were.
  bool WrittenAfterRun = false;
};

/// One Python module of the project or of the library stubs.
struct ModuleUnit {
  std::string Name;        ///< Dotted module name: "app.models".
  std::string DisplayPath; ///< Relative to the project root.
  std::string Path;        ///< Absolute; empty when not read from disk.
  bool IsPackage = false;  ///< An __init__.py.
  bool IsStub = false;
  /// Object::Owner of what its evaluation makes; 0 for the library stubs.
  uint16_t OwnerId = 0;
  /// When its body started and finished running, counted across the
  /// project's modules (0: it did not run): what ran before it.
  uint32_t Started = 0, Finished = 0;
  ModuleDependencies Dependencies;
  std::unique_ptr<SourceFile> File;
  std::unique_ptr<DiagnosticEngine> Diags;
  /// Freed once a project module has run (Evaluator::freeSyntax):
  /// TreeGeneration counts the times.
  parse::ParsedFile Parsed;
  unsigned TreeGeneration = 0;
  /// analyzeProject reads and parses a unit once: on a worker, ahead of
  /// the evaluator, or on the evaluator when it gets there first.
  std::once_flag Prepared;
  /// Set once Prepared's work is done: whether waiting for it would block.
  std::atomic<bool> IsPrepared{false};
};

using SourceReader =
    std::function<std::optional<std::string>(llvm::StringRef RelativePath)>;

struct ProjectOptions {
  /// Files or directories to analyse.
  std::vector<std::string> Paths;
  /// Source roots: module names are relative to these. Empty: detected from
  /// Paths (a src/ layout, the parent of a top-level package, or the path).
  std::vector<std::string> Roots;
  /// Where `loc.file` is relative to; empty: the first root.
  std::string DisplayRoot;
  /// In-memory modules instead of Paths: (path relative to the root, as
  /// "app/models.py", text). For tools and the fuzzer.
  std::vector<std::pair<std::string, std::string>> Sources;
  /// With Sources: the text of another file of the project (path relative
  /// to the root, as "app/util.py"), for the imports that reach beyond them
  /// -- a git revision's tree; none if it has no such file.
  SourceReader ReadSource;
  unsigned Jobs = 0;
  /// Leave the evaluator's objects allocated when analyzeProject returns:
  /// for a driver that exits right after.
  bool DisableFree = false;
  /// Time the phases (parse, evaluate, declarative) into the "schemac"
  /// timer group, which the driver prints.
  bool TimePhases = false;
  /// "1.4" or "2.0": the SQLAlchemy release whose rules apply. Empty: the
  /// one the project's dependency files declare, else a guess from the API
  /// the models use (with a note).
  std::string SqlAlchemyVersion;
  /// Where results are kept between runs (AnalysisCache.h); empty: not
  /// kept.
  std::string CacheDir;
  /// Leave writing a new result to the cache to writeAnalysisCache(): a
  /// caller that only reads the result writes it on another thread while
  /// it works.
  bool DeferCacheWrite = false;
  /// With Sources: what names them for the cache (a repository, a revision
  /// and the paths), so that the entries of different revisions do not
  /// replace each other.
  std::string CacheLabel;
  /// Called once it is settled that the project is analysed whole (no
  /// cache entry serves), with the size of its source files: the driver
  /// gets memory ready for the analysis.
  std::function<void(uint64_t SourceBytes)> BeforeEvaluation;
  /// Called before a cache entry is read, with its size: the driver gets
  /// memory ready for reading it.
  std::function<void(uint64_t EntryBytes)> BeforeCacheRead;
};

/// The source root a path's modules are named from (absolute): above the
/// outermost package that contains it; for a directory with a src/ layout,
/// src/.
std::string detectProjectRoot(llvm::StringRef Path);
/// Directories a project's walk skips: hidden ones, virtualenvs,
/// site-packages, tests.
bool isSkippedDirectory(llvm::StringRef Name);

/// The SQLAlchemy release ("1.4" or "2.0") a project's lock or requirement
/// files select, and the file that says so.
struct DeclaredVersion {
  std::string Version;
  std::string File;
  /// The requirement ("==1.3.24", "<1.4") where it is on a
  /// release older than 1.4, whose rules schemac does not have: 1.4's
  /// apply.
  std::string Older;
};
std::optional<DeclaredVersion>
findDeclaredSqlAlchemyVersion(const std::vector<std::string> &Dirs);

struct AnalysisResult {
  ir::Schema Schema;
  /// Every unit that was read, project modules first; their diagnostics are
  /// the analysis's diagnostics.
  std::vector<std::unique_ptr<ModuleUnit>> Units;
  /// Problems with the inputs themselves (a path that does not exist).
  std::vector<std::string> InputErrors;
  /// How many of the project's units the walk of its paths found (the
  /// first ones); the others, imports found beyond them.
  size_t WalkedUnits = 0;
  /// Read from the cache: the units have no syntax trees.
  bool FromCache = false;
  /// Every project unit has its Dependencies (not so beyond 65,534
  /// units, which Object::Owner cannot tell apart).
  bool DependenciesKnown = false;
  /// Where an import looked for a module of the project in vain (as
  /// AnalysisCache::store takes them): were one to appear, the import
  /// would resolve differently.
  std::vector<std::string> MissingPaths;
  /// Why the cache's analysis from before an edit did not serve, and the
  /// project was analysed whole (analyzeEdit's reason); empty otherwise.
  std::string CachedEditRefused;
  /// With ProjectOptions::DeferCacheWrite, the cache the result is still to
  /// be written to.
  std::shared_ptr<const AnalysisCache> CacheToWrite;
};

AnalysisResult analyzeProject(const ProjectOptions &Options);
/// Writes \p Result to the cache analyzeProject left it for, if any.
/// Thread-safe beside readers of the result.
void writeAnalysisCache(const AnalysisResult &Result);

/// The most edited files analyzeEdit takes: beyond, running them costs
/// about what analysing the whole project does.
constexpr size_t MaxEditedFiles = 16;

/// Which edits analyzeEdit takes.
enum class EditScope {
  /// Those that change only what columns' definitions and __table_args__
  /// say, comments and docstrings (EditScope.cpp).
  Definitions,
  /// Any the analysis can tell gives what the whole analysis would.
  Any,
};

/// The analysis of the project \p Options names, from \p Base, the
/// analysis of the same project before an edit, by running only the edited
/// modules and what they import, where that gives what analyzeProject
/// would (EditAnalysis.cpp); else none, and \p WhyNot says why not. The
/// units have no syntax trees. \p MaxRunBytes: the most text the runs may
/// run (the edited modules and the modules they read, each run twice).
std::optional<AnalysisResult> analyzeEdit(const AnalysisResult &Base,
                                          const ProjectOptions &Options,
                                          EditScope Scope, std::string &WhyNot,
                                          size_t MaxRunBytes = SIZE_MAX);
/// The same, for a caller done with \p Base: the result takes its tables
/// over instead of copying them. With \p ReadBaseSchema, Base's schema is
/// empty until that reads it, which happens only once the edit is found
/// worth running (an entry of the analysis cache is mostly its schema).
std::optional<AnalysisResult>
analyzeEdit(AnalysisResult &&Base, const ProjectOptions &Options,
            EditScope Scope, std::string &WhyNot, size_t MaxRunBytes = SIZE_MAX,
            std::function<bool(ir::Schema &)> ReadBaseSchema = nullptr);

} // namespace schemac::sema

#endif
