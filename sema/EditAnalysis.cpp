//===- EditAnalysis.cpp - An edit's analysis from the one before it -------===//
//
// A one-line edit in a project of 20,000 models should not cost the seconds
// that analysing the whole project does. analyzeEdit runs only the edited
// modules and what they import (not the packages above them, which import
// everything), once as they were and once as they are, and carries the
// difference over to the analysis from before the edit. It does so only
// where that gives what analysing the whole project would:
//  - the edited modules are not packages, the project has the same files,
//    and no module that an import looked for in vain has appeared;
//  - no module wrote into an edited module's objects, nor an edited module
//    into another's; the modules the edited ones run with ran the same way
//    in the whole analysis: nothing else wrote into their objects, and what
//    they read is among them;
//  - what other modules took from an edited one (ModuleDependencies::
//    UsedByOthers) is the same before and after the edit, object by object,
//    and they used nothing of it in another way;
//  - the tables differ only in what no other table, class or module reads
//    (column types no foreign key refers to, nullability, defaults,
//    comments, indexes, unique and check constraints), the classes not at
//    all, and the whole analysis gave those tables as the edited modules'
//    own run gives them before the edit;
//  - the diagnostics are the same, moved with the text.
// Otherwise the caller analyses the whole project.
//
//===----------------------------------------------------------------------===//

#include "sema/EditAnalyzer.h"

#include "ir/Compare.h"
#include "ir/Schema.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Threading.h"

#include <thread>

namespace schemac::sema {

PartialRun PartialRun::run(const AnalysisResult &Base,
                           const std::vector<const ModuleUnit *> &Units,
                           const std::vector<size_t> &Imports,
                           const std::vector<size_t> &RunPackages,
                           const std::map<size_t, const SourceFile *> &Texts,
                           const std::vector<std::string> &Roots,
                           const std::string &DisplayRoot) {
  PartialRun Run;
  for (size_t I = 0; I < Units.size(); ++I) {
    const ModuleUnit &B = *Units[I];
    auto U = std::make_unique<ModuleUnit>();
    U->Name = B.Name;
    U->DisplayPath = B.DisplayPath;
    U->IsPackage = B.IsPackage;
    auto Text = Texts.find(I);
    U->File = SourceFile::borrow(Text != Texts.end() ? *Text->second : *B.File);
    Run.Result.Units.push_back(std::move(U));
  }
  Run.ProjectUnits = Run.Result.Units.size();
  addStubUnits(Run.Result);
  for (size_t I = 0; I < Run.ProjectUnits; ++I)
    Run.Result.Units[I]->OwnerId = static_cast<uint16_t>(I + 1);
  EvaluationSettings Settings;
  Settings.Roots = &Roots;
  Settings.DisplayRoot = DisplayRoot;
  static const SourceReader NoReader;
  Settings.ReadSource = &NoReader;
  Settings.Jobs = 1;
  // The release the whole analysis applied, where it was given or declared
  // (a guessed one gates no import there, and does not here).
  Settings.Version = Base.Schema.SqlAlchemyVersion;
  Settings.VersionSource = Base.Schema.SqlAlchemyVersionSource;
  if (!Settings.VersionSource.empty())
    Settings.Release = Settings.Version;
  for (size_t I : Imports)
    Settings.Run.push_back(Run.Result.Units[I].get());
  // The packages above run only where an edited module took something
  // from them (their __init__ would import everything, as a rule).
  Settings.RunPackagesOnly.emplace();
  for (size_t I : RunPackages)
    Settings.RunPackagesOnly->insert(Run.Result.Units[I].get());
  Settings.KeepHeap = true;
  Settings.TablesNotRun = &Base.Schema;
  Run.Outcome = evaluateUnits(Run.Result, Settings);
  return Run;
}

bool EditAnalyzer::sameDiagnostic(const Diagnostic &A, uint32_t Begin,
                                  uint32_t End, const Diagnostic &B) {
  return A.Id == B.Id && Begin == B.Begin && End == B.End &&
         A.Message == B.Message;
}

bool EditAnalyzer::sameDiagnostics(const DiagnosticEngine &A,
                                   const DiagnosticEngine &B,
                                   const TextMove *Move) {
  const auto &X = A.diagnostics(), &Y = B.diagnostics();
  if (X.size() != Y.size())
    return false;
  for (size_t I = 0; I < X.size(); ++I) {
    uint32_t Begin = X[I].Begin, End = X[I].End;
    if (Move) {
      auto MB = Move->offset(Begin), ME = Move->offset(End);
      if (!MB || !ME)
        return false;
      Begin = *MB;
      End = *ME;
    }
    if (!sameDiagnostic(X[I], Begin, End, Y[I]))
      return false;
  }
  return true;
}

/// Whether the runs before and after an edit leave the same types without
/// a column (ir::Schema::DetachedTypes), which the analysis before the edit
/// then still has.
static bool sameDetachedTypes(const ir::Schema &Before,
                              const ir::Schema &After) {
  return llvm::equal(Before.DetachedTypes, After.DetachedTypes,
                     [](const ir::DetachedType &A, const ir::DetachedType &B) {
                       return ir::sameType(*A.Type, *B.Type);
                     });
}

std::optional<AnalysisResult> EditAnalyzer::run(const ProjectOptions &Options) {
  AnalysisResult Result;
  ProjectLayout Layout;
  if (!matchUnits(Options, Result, Layout))
    return std::nullopt;
  std::vector<size_t> Edited;
  std::map<size_t, const SourceFile *> NewTexts;
  if (!findEdits(Result, Edited, NewTexts))
    return std::nullopt;
  std::vector<size_t> Imports, Packages;
  if (!Edited.empty() && !planRuns(Edited, Imports, Packages))
    return std::nullopt;
  if (ReadSchema && !ReadSchema(*SchemaToRead)) {
    fail("the analysis before the edit is damaged");
    return std::nullopt;
  }
  std::vector<const ir::Table *> Replaced(Base.Schema.Tables.size());
  // The runs own the edited tables until they are copied.
  PartialRun Old, New;
  if (!Edited.empty() &&
      !runEdits(Layout, Edited, Imports, Packages, NewTexts,
                editRunsSideBySide(Options), Old, New, Replaced))
    return std::nullopt;
  if (!sameDetachedTypes(Old.Result.Schema, New.Result.Schema)) {
    fail("the edit changes the types a MetaData creates without a column");
    return std::nullopt;
  }
  if (!carrySchema(Result, Replaced, New) || !carryUnits(Result, Old, New))
    return std::nullopt;
  Result.FromCache = true;
  Result.DependenciesKnown = Base.DependenciesKnown &&
                             (Edited.empty() || New.Result.DependenciesKnown);
  Result.MissingPaths = Base.MissingPaths;
  return Result;
}

bool EditAnalyzer::matchUnits(const ProjectOptions &Options,
                              AnalysisResult &Result, ProjectLayout &Layout) {
  if (!Base.DependenciesKnown) {
    return fail("the analysis before the edit does not know its modules' "
                "dependencies");
  }
  Layout = layoutProject(Options, Result);
  if (!Result.InputErrors.empty())
    return fail("the project has input errors");
  // The analysis before lists the units the walk found, then (a fresh one
  // after the library stubs) those imports found beyond the paths; here
  // they go in that order, without the stubs.
  CompactOf.assign(Base.Units.size(), -1);
  for (size_t I = 0; I < Base.Units.size(); ++I)
    if (!Base.Units[I]->IsStub) {
      CompactOf[I] = static_cast<int64_t>(Units.size());
      Units.push_back(Base.Units[I].get());
    }
  // A module that stores into another's objects or the library's changes
  // what every module after it sees.
  for (const auto &B : Base.Units)
    if (B->Dependencies.WritesOthers)
      return fail(B->DisplayPath +
                  " stores into other modules' or the library's "
                  "objects");
  for (const auto &B : Base.Units)
    for (uint32_t R : B->Dependencies.Reads)
      if (R >= CompactOf.size() || CompactOf[R] < 0)
        return fail(
            "the analysis before the edit names a module it does not have");
  // The walk finds the same files; the modules imports found beyond them
  // are read from where the walk's root puts them.
  llvm::StringMap<size_t> ByPath;
  for (size_t I = 0; I < Units.size(); ++I)
    ByPath[Units[I]->DisplayPath] = I;
  std::vector<std::unique_ptr<ModuleUnit>> NewUnits(Units.size());
  if (Result.Units.size() != Base.WalkedUnits)
    return fail("the edit adds or removes a file");
  for (auto &U : Result.Units) {
    auto It = ByPath.find(U->DisplayPath);
    if (It == ByPath.end() || It->second >= Base.WalkedUnits ||
        Units[It->second]->Name != U->Name) {
      return fail("the edit adds or removes a file");
    }
    NewUnits[It->second] = std::move(U);
  }
  for (size_t I = Base.WalkedUnits; I < Units.size(); ++I) {
    const ModuleUnit &B = *Units[I];
    auto U = std::make_unique<ModuleUnit>();
    U->Name = B.Name;
    U->DisplayPath = B.DisplayPath;
    U->IsPackage = B.IsPackage;
    U->Path = !B.Path.empty() ? B.Path
              : Layout.Roots.empty()
                  ? std::string()
                  : Layout.Roots.front() + "/" + B.DisplayPath;
    NewUnits[I] = std::move(U);
  }
  Result.Units = std::move(NewUnits);
  Result.WalkedUnits = Base.WalkedUnits;
  for (const std::string &P : Base.MissingPaths) {
    bool Appeared = llvm::sys::path::is_absolute(P)
                        ? llvm::sys::fs::exists(P)
                        : llvm::any_of(Layout.Roots, [&](const std::string &R) {
                            return llvm::sys::fs::exists(R + "/" + P);
                          });
    if (Appeared)
      return fail("a module an import looked for appeared: " + P);
  }
  return true;
}

bool EditAnalyzer::findEdits(AnalysisResult &Result,
                             std::vector<size_t> &Edited,
                             std::map<size_t, const SourceFile *> &NewTexts) {
  for (size_t I = 0; I < Units.size(); ++I) {
    ModuleUnit &U = *Result.Units[I];
    const ModuleUnit &B = *Units[I];
    if (!U.File) {
      auto F = SourceFile::open(U.Path, U.DisplayPath);
      if (!F) {
        llvm::consumeError(F.takeError());
        return fail("the edit removes " + U.DisplayPath);
      }
      U.File = std::move(*F);
    }
    if (U.File->textHash() == B.File->textHash() &&
        U.File->text() == B.File->text())
      continue;
    if (B.IsPackage)
      return fail("the edit changes a package's __init__.py");
    const ModuleDependencies &D = B.Dependencies;
    if (D.WritesOthers || D.WrittenByOthers || D.UsedOpaquely)
      return fail(B.DisplayPath + " and other modules share objects");
    if (!B.File->textIsBytes() || !U.File->textIsBytes())
      return fail(B.DisplayPath + " is not plain UTF-8");
    Edited.push_back(I);
    EditedPaths.insert(B.DisplayPath);
    NewTexts[I] = U.File.get();
    Edits.emplace(
        ir::internFileName(B.DisplayPath).data(),
        EditedFile{&B, U.File.get(), TextMove(B.File->text(), U.File->text())});
  }
  if (Edited.size() > MaxEditedFiles)
    return fail("the edit changes more than " + std::to_string(MaxEditedFiles) +
                " files");
  if (Scope == EditScope::Definitions)
    for (const auto &[File, E] : Edits)
      if (!changesOnlyDefinitions(E))
        return fail("the edit changes more of " + E.Before->DisplayPath +
                    " than what columns' definitions say");
  return true;
}

bool EditAnalyzer::planRuns(const std::vector<size_t> &Edited,
                            std::vector<size_t> &Imports,
                            std::vector<size_t> &Packages) {
  // The packages whose values the edited modules read, themselves or
  // through what they read.
  std::vector<size_t> Work = Edited;
  llvm::DenseSet<size_t> Seen(Edited.begin(), Edited.end());
  while (!Work.empty()) {
    size_t I = Work.back();
    Work.pop_back();
    if (Units[I]->IsPackage)
      Packages.push_back(I);
    for (uint32_t R : Units[I]->Dependencies.Reads)
      if (Seen.insert(CompactOf[R]).second)
        Work.push_back(CompactOf[R]);
  }
  // What ran before the edited modules in the whole analysis runs before
  // them here, in the same order: the objects are made in that order
  // (SQLAlchemy 1.4 orders columns by it).
  uint32_t FirstEdited = UINT32_MAX;
  for (size_t I : Edited) {
    // Another file has its module name: no run runs it, nor compares its
    // diagnostics.
    if (!Units[I]->Started)
      return fail(Units[I]->DisplayPath + " does not run");
    FirstEdited = std::min(FirstEdited, Units[I]->Started);
  }
  for (size_t I : Seen)
    if (llvm::is_contained(Edited, I) || Units[I]->Finished < FirstEdited)
      Imports.push_back(I);
  llvm::sort(Imports, [&](size_t A, size_t B) {
    return Units[A]->Started < Units[B]->Started;
  });
  size_t RunBytes = 0;
  for (size_t I : Imports)
    RunBytes += Units[I]->File->text().size();
  if (RunBytes > MaxRunBytes)
    return fail("the edited modules read " + std::to_string(RunBytes) +
                " bytes of the project's modules: running those twice costs "
                "more than analysing the project whole");
  return true;
}

bool EditAnalyzer::runEdits(
    const ProjectLayout &Layout, const std::vector<size_t> &Edited,
    const std::vector<size_t> &Imports, const std::vector<size_t> &Packages,
    const std::map<size_t, const SourceFile *> &NewTexts, bool SideBySide,
    PartialRun &Old, PartialRun &New,
    std::vector<const ir::Table *> &Replaced) {
  // The runs share only what they read: side by side, the two take about
  // the time of one.
  auto RunBefore = [&] {
    Old = PartialRun::run(Base, Units, Imports, Packages, {}, Layout.Roots,
                          Layout.DisplayRoot);
  };
  std::optional<std::thread> Beside;
  if (SideBySide)
    Beside.emplace(RunBefore);
  else
    RunBefore();
  New = PartialRun::run(Base, Units, Imports, Packages, NewTexts, Layout.Roots,
                        Layout.DisplayRoot);
  if (Beside)
    Beside->join();
  return checkRuns(Edited, Old, New, Replaced);
}

bool EditAnalyzer::checkRuns(const std::vector<size_t> &Edited,
                             const PartialRun &Old, const PartialRun &New,
                             std::vector<const ir::Table *> &Replaced) {
  for (auto [Run, Place] :
       {std::pair(&Old, &OldPlace), std::pair(&New, &NewPlace)}) {
    llvm::DenseMap<uint16_t, uint32_t> Next;
    for (const Object *O : Run->Outcome.Objects->objects())
      if (O->Owner)
        (*Place)[O] = Next[O->Owner]++;
  }
  // What the runs read of a package whose __init__ they do not run: the
  // whole analysis read the same, and found what the runs found, before the
  // edit (had it read the package's namespace, the package would run); a
  // read only after the edit may find what the __init__ binds.
  for (const auto &Read : New.Outcome.UnrunPackageReads)
    if (!Old.Outcome.UnrunPackageReads.count(Read))
      return fail("an edited module reads " + Read.second + " of package " +
                  Read.first +
                  ", whose __init__.py the edit's analysis does "
                  "not run");
  for (size_t I : Edited)
    if (Old.Outcome.AppendingOwners.count(Old.Result.Units[I]->OwnerId) ||
        New.Outcome.AppendingOwners.count(New.Result.Units[I]->OwnerId))
      return fail(Units[I]->DisplayPath + " appends to a table, which the "
                                          "analysis does after every module "
                                          "ran");
  if (Old.Outcome.UndecidedReference || New.Outcome.UndecidedReference)
    return fail("a foreign key of the edited modules refers to a column whose "
                "type the edit's analysis cannot tell");
  if (Old.Outcome.UndecidedTableKey || New.Outcome.UndecidedTableKey)
    return fail("a class of the edited modules gets a table of its own only "
                "if its MetaData has one of the name, which a module the "
                "edit's analysis does not run may have made");
  if (Old.Outcome.BaseMetadataRebound || New.Outcome.BaseMetadataRebound)
    return fail("a declarative base's metadata is rebound after its class "
                "statement");
  if (Old.Outcome.Uses20Api != New.Outcome.Uses20Api)
    return fail("the edit changes whether the models use SQLAlchemy 2.0's API");
  // The order classes are mapped in: SQLAlchemy 1.4's column order and
  // the first class (where a note about the release goes) follow it.
  if (Old.Outcome.MappingOrder != New.Outcome.MappingOrder)
    return fail("the edit changes the order in which classes are mapped");
  // A package the runs import but do not run: the whole analysis runs its
  // __init__ there if it has not run yet. That is the same place before and
  // after the edit where the same module imports it, having made the same
  // objects, with the same modules started.
  if (Old.Outcome.NotRunImported != New.Outcome.NotRunImported)
    return fail("the edit changes where an edited module imports a package");
  for (const NotRunImport &P : New.Outcome.NotRunImported) {
    size_t I =
        llvm::find_if(New.Result.Units,
                      [&](const auto &X) { return X.get() == P.Package; }) -
        New.Result.Units.begin();
    if (I >= New.ProjectUnits || !Units[I]->Started)
      return fail("an edited module imports " + P.Package->DisplayPath +
                  ", which the edit's analysis does not run");
  }
  // A namespace package other than one above the walked files: whether a
  // name is one depends, beyond them, on what was imported before.
  llvm::StringSet<> WalkedParents;
  for (size_t I = 0; I < Base.WalkedUnits && I < Units.size(); ++I)
    for (llvm::StringRef Name = Units[I]->Name; Name.contains('.');)
      WalkedParents.insert(Name = Name.rsplit('.').first);
  for (const PartialRun *Run : {&Old, &New})
    for (const std::string &Name : Run->Outcome.NamespacesImported)
      if (!WalkedParents.count(Name))
        return fail("an edited module imports the namespace package " + Name +
                    ", beyond the given paths");
  // Each run's modules by index, in the order they ran: the same modules
  // in the same order in both runs (another order makes their objects in
  // another order), and as in the whole analysis.
  std::vector<size_t> OrderBefore, OrderAfter;
  for (const PartialRun *Run : {&Old, &New})
    for (const ModuleUnit *U : Run->Outcome.Evaluated) {
      auto At = llvm::find_if(Run->Result.Units,
                              [&](const auto &X) { return X.get() == U; });
      size_t I = At - Run->Result.Units.begin();
      if (I >= Run->ProjectUnits)
        return fail("the edit imports a module the analysis before did not "
                    "read: " +
                    U->DisplayPath);
      (Run == &Old ? OrderBefore : OrderAfter).push_back(I);
    }
  if (OrderBefore != OrderAfter)
    return fail("the edit changes the order the modules run in");
  for (size_t K = 0; K < OrderBefore.size(); ++K)
    if (!Units[OrderBefore[K]]->Started ||
        (K && Units[OrderBefore[K]]->Started <=
                  Units[OrderBefore[K - 1]]->Started)) {
      return fail(
          "the modules run in another order than in the whole analysis");
    }
  llvm::DenseSet<size_t> Ran(OrderBefore.begin(), OrderBefore.end());
  for (size_t I : Ran) {
    const ModuleUnit &B = *Units[I];
    const ModuleDependencies &D = B.Dependencies;
    if (D.WrittenByOthers || D.WritesOthers || !B.File->textIsBytes())
      return fail(B.DisplayPath + " and other modules share objects");
    if (D.ReadsRunningModule ||
        New.Result.Units[I]->Dependencies.ReadsRunningModule) {
      return fail(B.DisplayPath +
                  " reads a module whose body is still running");
    }
    for (uint32_t R : D.Reads)
      if (!Ran.count(CompactOf[R]))
        return fail(B.DisplayPath + " reads " +
                    Units[CompactOf[R]]->DisplayPath +
                    ", which the edit's analysis did not run");
    const ModuleDependencies &ND = New.Result.Units[I]->Dependencies;
    if (ND.WritesOthers || ND.WrittenByOthers)
      return fail(B.DisplayPath + " and other modules share objects");
    const ModuleDependencies &OD = Old.Result.Units[I]->Dependencies;
    if (D.RanNested || OD.RanNested || ND.RanNested)
      return fail(B.DisplayPath + " is imported inside a call or a try");
    if (D.WrittenAfterRun || OD.WrittenAfterRun || ND.WrittenAfterRun)
      return fail("code changes the objects of " + B.DisplayPath +
                  " after its body ran");
    auto Edit = Edits.find(ir::internFileName(B.DisplayPath).data());
    if (!sameDiagnostics(*Old.Result.Units[I]->Diags,
                         *New.Result.Units[I]->Diags,
                         Edit == Edits.end() ? nullptr : &Edit->second.Move)) {
      return fail("the edit changes the diagnostics of " + B.DisplayPath);
    }
  }
  for (size_t I : Edited)
    if (!compareUses(Old, New, I))
      return false;
  return compareSchemas(Old, New, Replaced);
}

bool editRunsSideBySide(const ProjectOptions &Options) {
  return llvm::hardware_concurrency(Options.Jobs).compute_thread_count() > 1;
}

std::optional<AnalysisResult> analyzeEdit(const AnalysisResult &Base,
                                          const ProjectOptions &Options,
                                          EditScope Scope, std::string &WhyNot,
                                          size_t MaxRunBytes) {
  return EditAnalyzer(Base, Scope, WhyNot, MaxRunBytes).run(Options);
}

std::optional<AnalysisResult>
analyzeEdit(AnalysisResult &&Base, const ProjectOptions &Options,
            EditScope Scope, std::string &WhyNot, size_t MaxRunBytes,
            std::function<bool(ir::Schema &)> ReadBaseSchema) {
  EditAnalyzer Analyzer(Base, Scope, WhyNot, MaxRunBytes);
  Analyzer.takeTablesOf(Base.Schema);
  if (ReadBaseSchema)
    Analyzer.readSchemaWith(Base.Schema, std::move(ReadBaseSchema));
  return Analyzer.run(Options);
}

} // namespace schemac::sema
