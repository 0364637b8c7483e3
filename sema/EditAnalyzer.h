//===- EditAnalyzer.h - The parts of an edit's analysis -------*- C++ -*-===//
//
// Private to sema/: analyzeEdit (Sema.h) is the interface. EditAnalysis.cpp
// checks the project and runs the edited modules, EditComparison.cpp
// compares the two runs, EditCarryOver.cpp builds the edit's analysis from
// the one before it.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SEMA_EDITANALYZER_H
#define SCHEMAC_SEMA_EDITANALYZER_H

#include "sema/ObjectComparison.h"
#include "sema/ProjectAnalysis.h"
#include "sema/Sema.h"
#include "support/TextMove.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace schemac::sema {

/// An edited module: its unit before the edit, its text now, and how the
/// text moved.
struct EditedFile {
  const ModuleUnit *Before;
  const SourceFile *After;
  TextMove Move;
};

/// One run of the edited modules, as they were or as they are.
struct PartialRun {
  AnalysisResult Result;
  EvaluationOutcome Outcome;
  /// The units of the project, in the order of the analysis before.
  size_t ProjectUnits = 0;

  ModuleObj *module(const ModuleUnit *U) const {
    for (Object *O : Outcome.Objects->objects())
      if (auto *M = dyn_cast<ModuleObj>(O); M && M->Unit == U)
        return M;
    return nullptr;
  }
  /// The classes the module's evaluation made, by qualified name; false
  /// where two have the same name.
  bool classes(uint16_t Owner, llvm::StringMap<const ClassObj *> &Out) const {
    for (Object *O : Outcome.Objects->objects())
      if (auto *C = dyn_cast<ClassObj>(O); C && C->Owner == Owner)
        if (!Out.try_emplace(C->QualName, C).second)
          return false;
    return true;
  }

  /// Imports \p Imports (indexes into \p Units, the project units of the
  /// analysis before), in order, among those units, with the texts of
  /// \p Texts where given, else theirs; of the packages, only \p RunPackages
  /// run.
  static PartialRun run(const AnalysisResult &Base,
                        const std::vector<const ModuleUnit *> &Units,
                        const std::vector<size_t> &Imports,
                        const std::vector<size_t> &RunPackages,
                        const std::map<size_t, const SourceFile *> &Texts,
                        const std::vector<std::string> &Roots,
                        const std::string &DisplayRoot);
};

class EditAnalyzer {
public:
  EditAnalyzer(const AnalysisResult &Base, EditScope Scope, std::string &WhyNot,
               size_t MaxRunBytes)
      : Base(Base), Scope(Scope), WhyNot(WhyNot), MaxRunBytes(MaxRunBytes) {}

  /// \p Schema, Base's, gives its tables to the result rather than copies.
  void takeTablesOf(ir::Schema &Schema) { TablesToTake = &Schema; }
  /// Base's schema is empty until \p Read reads it into \p Schema, which
  /// run() asks for only once the edit is found worth running: an entry of
  /// the analysis cache is mostly its schema.
  void readSchemaWith(ir::Schema &Schema,
                      std::function<bool(ir::Schema &)> Read) {
    SchemaToRead = &Schema;
    ReadSchema = std::move(Read);
  }
  std::optional<AnalysisResult> run(const ProjectOptions &Options);

private:
  bool fail(std::string Why) {
    WhyNot = std::move(Why);
    return false;
  }

  // EditAnalysis.cpp
  /// The working tree's units, matched with Base's: the same files, the
  /// modules looked for in vain still missing, no module writing into
  /// another's objects.
  bool matchUnits(const ProjectOptions &Options, AnalysisResult &Result,
                  ProjectLayout &Layout);
  /// The units whose text the edit changes, and their texts.
  bool findEdits(AnalysisResult &Result, std::vector<size_t> &Edited,
                 std::map<size_t, const SourceFile *> &NewTexts);
  /// The modules to run for the edit, in the order they ran (\p Imports),
  /// and the packages among what they read (\p Packages); fails where
  /// running them costs more than analysing the project whole.
  bool planRuns(const std::vector<size_t> &Edited, std::vector<size_t> &Imports,
                std::vector<size_t> &Packages);
  /// Runs them as they were and as they are (on two threads, \p SideBySide),
  /// and checks that the difference is the edit's alone; \p Replaced gets,
  /// per table of Base, the run's table that replaces it.
  bool runEdits(const ProjectLayout &Layout, const std::vector<size_t> &Edited,
                const std::vector<size_t> &Imports,
                const std::vector<size_t> &Packages,
                const std::map<size_t, const SourceFile *> &NewTexts,
                bool SideBySide, PartialRun &Old, PartialRun &New,
                std::vector<const ir::Table *> &Replaced);
  /// Checks that the runs' difference is the edit's alone, and sets
  /// \p Replaced (runEdits).
  bool checkRuns(const std::vector<size_t> &Edited, const PartialRun &Old,
                 const PartialRun &New,
                 std::vector<const ir::Table *> &Replaced);
  /// Two diagnostics alike, the first at [\p Begin, \p End).
  static bool sameDiagnostic(const Diagnostic &A, uint32_t Begin, uint32_t End,
                             const Diagnostic &B);
  /// The parts of two diagnostics lists that must agree, the first's
  /// offsets moved by \p Move (if any).
  static bool sameDiagnostics(const DiagnosticEngine &A,
                              const DiagnosticEngine &B, const TextMove *Move);

  // EditComparison.cpp
  bool compareUses(const PartialRun &Old, const PartialRun &New, size_t I);
  bool compareSchemas(const PartialRun &Old, const PartialRun &New,
                      std::vector<const ir::Table *> &Replaced);
  /// The same place in the two runs' sources: an edited file's offsets
  /// moved with its text.
  bool samePlace(SrcLoc A, SrcLoc B) const;
  /// Whether two objects of the runs can be one object (ObjectComparison).
  bool mayPair(const Object *A, const Object *B) const;
  /// A comparison of the runs' objects.
  ObjectComparison comparison(const PartialRun &Old, const PartialRun &New);

  // EditCarryOver.cpp
  std::optional<ir::Loc> moveLoc(const ir::Loc &L) const;
  /// Base's schema, with the edited tables, everything moved with the text.
  bool carrySchema(AnalysisResult &Result,
                   const std::vector<const ir::Table *> &Replaced,
                   const PartialRun &New);
  /// Where the class mapped at \p Offset of an edited module before the
  /// edit is in the run after it.
  std::optional<uint32_t> classPlaceNow(const ModuleUnit &Before,
                                        uint32_t Offset, const PartialRun &New);
  /// Base's units' dependencies, with what the run after the edit saw
  /// besides, and their diagnostics; an edited module's from its run.
  bool carryUnits(AnalysisResult &Result, const PartialRun &Old,
                  const PartialRun &New);

  // EditScope.cpp
  /// The edit changes only what columns' definitions and __table_args__
  /// say, comments and docstrings.
  static bool changesOnlyDefinitions(const EditedFile &E);

  const AnalysisResult &Base;
  EditScope Scope;
  std::string &WhyNot;
  size_t MaxRunBytes;
  ir::Schema *TablesToTake = nullptr;
  ir::Schema *SchemaToRead = nullptr;
  std::function<bool(ir::Schema &)> ReadSchema;
  /// Base's project units, and each one's index there (by Base's index).
  std::vector<const ModuleUnit *> Units;
  std::vector<int64_t> CompactOf;
  /// The display paths of the edited modules.
  llvm::StringSet<> EditedPaths;
  /// By the interned display path of the file.
  std::map<const char *, EditedFile> Edits;
  /// Each object of the runs' modules, its place among those its module
  /// made: a module the edit did not change makes the same objects in both
  /// runs, and only the one at the same place is the same object.
  llvm::DenseMap<const Object *, uint32_t> OldPlace, NewPlace;
};

} // namespace schemac::sema

#endif
