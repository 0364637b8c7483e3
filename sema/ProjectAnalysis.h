//===- ProjectAnalysis.h - Evaluating a set of units -----------*- C++ -*-===//
//
// Within sema: the evaluation and declarative pass over units already
// read, which analyzeProject runs over the whole project and analyzeEdit
// (EditAnalysis.cpp) over the modules an edit touches.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SEMA_PROJECTANALYSIS_H
#define SCHEMAC_SEMA_PROJECTANALYSIS_H

#include "sema/Object.h"
#include "sema/Sema.h"

#include "llvm/ADT/DenseSet.h"

#include <memory>
#include <optional>
#include <set>

namespace schemac::sema {

struct EvaluationSettings {
  const std::vector<std::string> *Roots = nullptr;
  std::string DisplayRoot;
  const SourceReader *ReadSource = nullptr;
  unsigned Jobs = 0;
  bool DisableFree = false;
  bool TimePhases = false;
  /// The release and where it was given; empty: guessed from the API.
  std::string Version;
  std::string VersionSource;
  /// The older release the project requires, whose rules schemac lacks
  /// (DeclaredVersion::Older); said once, by the whole analysis.
  std::string OlderRelease;
  /// Names newer than this release fail to import (Evaluator::setRelease);
  /// empty: none do, as when the release is guessed.
  std::string Release;
  /// The modules to import, in this order; they may import others.
  std::vector<ModuleUnit *> Run;
  /// When set, packages' __init__ do not run (ModuleObj::NotRun), but
  /// those given.
  std::optional<llvm::DenseSet<const ModuleUnit *>> RunPackagesOnly;
  /// Hand the evaluator's objects back (EvaluationOutcome::Objects) instead of
  /// freeing them.
  bool KeepHeap = false;
  /// DeclarativeAnalyzer::setTablesNotRun.
  const ir::Schema *TablesNotRun = nullptr;
};

/// A package imported whose __init__ did not run: by which module's code
/// (Object::Owner), once that module had made how many objects and how
/// many modules had started.
struct NotRunImport {
  const ModuleUnit *Package;
  uint16_t Importer;
  uint32_t ImporterObjects;
  uint32_t ModulesStarted;
  bool operator==(const NotRunImport &O) const {
    return Package->Name == O.Package->Name && Importer == O.Importer &&
           ImporterObjects == O.ImporterObjects &&
           ModulesStarted == O.ModulesStarted;
  }
};

struct EvaluationOutcome {
  /// Where imports looked for a module of the project in vain.
  std::vector<std::string> MissingPaths;
  /// Evaluator::UnrunPackageReads.
  std::set<std::pair<std::string, std::string>> UnrunPackageReads;
  /// The models use an API only SQLAlchemy 2.0 has.
  bool Uses20Api = false;
  /// DeclarativeAnalyzer::appendingOwners.
  llvm::DenseSet<uint16_t> AppendingOwners;
  /// DeclarativeAnalyzer::undecidedReference.
  bool UndecidedReference = false;
  /// DeclarativeAnalyzer::undecidedTableKey.
  bool UndecidedTableKey = false;
  /// DeclarativeAnalyzer::baseMetadataRebound.
  bool BaseMetadataRebound = false;
  /// The project units whose modules ran, in the order they started.
  std::vector<const ModuleUnit *> Evaluated;
  /// The packages imported whose __init__ did not run, each with its
  /// importer and where it was, and the namespace packages imported
  /// (ModuleLoader).
  std::vector<NotRunImport> NotRunImported;
  std::vector<std::string> NamespacesImported;
  /// The mapped classes' qualified names, in the order mapped.
  std::vector<std::string> MappingOrder;
  /// The evaluator's objects, with EvaluationSettings::KeepHeap, and the
  /// table column each Column object among them became.
  std::unique_ptr<Heap> Objects;
  llvm::DenseMap<const Object *, std::string> ColumnOwners;
  llvm::StringMap<const Object *> TableMetadata;
  llvm::StringMap<int> InferredRounds;
};

/// Evaluates Settings.Run (and what they import) among Result.Units, whose
/// project units have their OwnerId, and fills Result.Schema and the units'
/// Dependencies.
EvaluationOutcome evaluateUnits(AnalysisResult &Result,
                                const EvaluationSettings &Settings);

/// Where a project's files are and how its modules are named: the project
/// units (in the order the cache names them) go into Result.Units.
struct ProjectLayout {
  std::vector<std::string> Roots;
  std::string DisplayRoot;
  std::optional<DeclaredVersion> Declared;
};
ProjectLayout layoutProject(const ProjectOptions &Options,
                            AnalysisResult &Result);

/// Whether analyzeEdit runs the edited modules as they were and as they are
/// on two threads side by side: where \p Options allow more than one.
bool editRunsSideBySide(const ProjectOptions &Options);

/// Appends the library stubs' units.
void addStubUnits(AnalysisResult &Result);

} // namespace schemac::sema

#endif
