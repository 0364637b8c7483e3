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

#include "ir/Compare.h"
#include "sema/Evaluator.h"
#include "sema/ObjectComparison.h"
#include "sema/ProjectAnalysis.h"
#include "sema/Sema.h"
#include "support/TextMove.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <map>
#include <set>

namespace schemac::sema {

namespace {

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
};

/// Imports \p Imports (indexes into \p Units, the project units of the
/// analysis before), in order, among those units, with the texts of
/// \p Texts where given, else theirs; of the packages, only \p RunPackages
/// run.
PartialRun runEdited(const AnalysisResult &Base,
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
    U->File = SourceFile::borrow(Text != Texts.end() ? Text->second->text()
                                                     : B.File->text(),
                                 B.DisplayPath);
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

/// Two diagnostics alike, the first at [\p Begin, \p End).
bool sameDiagnostic(const Diagnostic &A, uint32_t Begin, uint32_t End,
                    const Diagnostic &B) {
  return A.Id == B.Id && Begin == B.Begin && End == B.End &&
         A.Message == B.Message;
}

/// The parts of two diagnostics lists that must agree, the first's
/// offsets moved by \p Move (if any).
bool sameDiagnostics(const DiagnosticEngine &A, const DiagnosticEngine &B,
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

class EditAnalyzer {
public:
  EditAnalyzer(const AnalysisResult &Base, std::string &WhyNot)
      : Base(Base), WhyNot(WhyNot) {}

  std::optional<AnalysisResult> run(const ProjectOptions &Options);

private:
  bool fail(std::string Why) {
    WhyNot = std::move(Why);
    return false;
  }
  bool compareUses(const PartialRun &Old, const PartialRun &New, size_t I);
  bool compareSchemas(const PartialRun &Old, const PartialRun &New,
                      std::vector<const ir::Table *> &Replaced);
  std::optional<ir::Loc> moveLoc(const ir::Loc &L) const;
  /// The same place in the two runs' sources: an edited file's offsets
  /// moved with its text.
  bool samePlace(SrcLoc A, SrcLoc B) const;

  const AnalysisResult &Base;
  std::string &WhyNot;
  /// Base's project units, and each one's index there (by Base's index).
  std::vector<const ModuleUnit *> Units;
  std::vector<int64_t> CompactOf;
  /// The qualified names of Base's mapped classes.
  llvm::StringSet<> MappedClasses;
  /// The display paths of the edited modules.
  llvm::StringSet<> EditedPaths;
  /// By the interned display path of the file.
  std::map<const char *, EditedFile> Edits;
};

std::optional<ir::Loc> EditAnalyzer::moveLoc(const ir::Loc &L) const {
  auto It = Edits.find(L.File.data());
  if (!L.isKnown() || It == Edits.end())
    return L;
  const EditedFile &E = It->second;
  size_t LineStart = E.Before->File->line(L.Line).second;
  // A location without a column stands for its line.
  auto Moved = E.Move.uniqueOffset(
      static_cast<uint32_t>(LineStart + (L.Col ? L.Col - 1 : 0)));
  if (!Moved)
    return std::nullopt;
  LineColumn LC = E.After->lineColumn(*Moved);
  ir::Loc Out = L;
  Out.Line = LC.Line;
  Out.Col = L.Col ? LC.Column : 0;
  return Out;
}

bool EditAnalyzer::samePlace(SrcLoc A, SrcLoc B) const {
  if (!A.Unit || !B.Unit)
    return !A.Unit && !B.Unit;
  if (A.Unit->DisplayPath != B.Unit->DisplayPath)
    return false;
  auto Edit = Edits.find(ir::internFileName(A.Unit->DisplayPath).data());
  if (Edit == Edits.end())
    return A.Offset == B.Offset;
  return Edit->second.Move.offset(A.Offset) == B.Offset;
}

bool EditAnalyzer::compareUses(const PartialRun &Old, const PartialRun &New,
                               size_t I) {
  const ModuleDependencies &D = Units[I]->Dependencies;
  if (D.UsedByOthers.empty())
    return true;
  const ModuleUnit *OldUnit = Old.Result.Units[I].get();
  const ModuleUnit *NewUnit = New.Result.Units[I].get();
  ModuleObj *OldModule = Old.module(OldUnit), *NewModule = New.module(NewUnit);
  llvm::StringMap<const ClassObj *> OldClasses, NewClasses;
  if (!OldModule || !NewModule || !Old.classes(OldUnit->OwnerId, OldClasses) ||
      !New.classes(NewUnit->OwnerId, NewClasses))
    return fail("the edited module's classes are not told apart");
  // The instances other modules took, as created in each run.
  std::vector<std::pair<uint32_t, uint32_t>> Instances;
  for (const auto &[Class, Name] : D.UsedByOthers) {
    // A comparison per use: within one, a pair assumed the same while it
    // is compared can only be wrong where the whole answer is no.
    ObjectComparison Compare(
        MappedClasses, EditedPaths,
        [&](SrcLoc A, SrcLoc B) { return samePlace(A, B); });
    bool Same;
    if (Class.empty() && Name == "*") {
      // A star import: every public name.
      auto Public = [](const ModuleObj *M) {
        std::vector<std::pair<llvm::StringRef, const Object *>> Out;
        for (const auto &[N, B] : M->Globals)
          if (!N.starts_with("_"))
            Out.emplace_back(N, B.Value);
        return Out;
      };
      auto X = Public(OldModule), Y = Public(NewModule);
      Same = X.size() == Y.size();
      for (size_t K = 0; Same && K < X.size(); ++K)
        Same =
            X[K].first == Y[K].first && Compare.same(X[K].second, Y[K].second);
    } else if (Class.empty()) {
      const Binding *A = nullptr, *B = nullptr;
      if (auto It = OldModule->Globals.find(Name);
          It != OldModule->Globals.end())
        A = &It->second;
      if (auto It = NewModule->Globals.find(Name);
          It != NewModule->Globals.end())
        B = &It->second;
      Same = (!A && !B) || (A && B && Compare.same(A->Value, B->Value));
    } else {
      const ClassObj *A = OldClasses.lookup(Class),
                     *B = NewClasses.lookup(Class);
      if (!A || !B)
        Same = !A && !B;
      else if (Name == "#")
        Same = Compare.same(A, B);
      else if (Name == "*")
        Same = Compare.sameWhole(A, B);
      else {
        const Binding *X = A->lookup(Name), *Y = B->lookup(Name);
        // An attribute no class dictionary binds (__dict__, __name__) is
        // made from the whole class.
        if (!X && !Y)
          Same = Compare.sameWhole(A, B);
        else
          Same = Compare.sameIdentity(A, B) && X && Y &&
                 Compare.same(X->Value, Y->Value);
      }
    }
    if (!Same)
      return fail("another module uses " +
                  (Class.empty() ? Name : Class + "." + Name).str() +
                  ", which the edit changes");
    llvm::append_range(Instances, Compare.instanceOrder());
  }
  // In the same order: SQLAlchemy 1.4 orders a table's columns by when
  // their Column objects were made.
  llvm::sort(Instances);
  for (size_t K = 1; K < Instances.size(); ++K)
    if (Instances[K].first != Instances[K - 1].first &&
        Instances[K].second <= Instances[K - 1].second)
      return fail("the edit changes the order in which objects other modules "
                  "take are made");
  return true;
}

/// A column of a table that a foreign key refers to.
using ColumnKey = std::pair<std::string, std::string>;

bool EditAnalyzer::compareSchemas(const PartialRun &Old, const PartialRun &New,
                                  std::vector<const ir::Table *> &Replaced) {
  const ir::Schema &A = Old.Result.Schema, &B = New.Result.Schema;
  if (A.Tables.size() != B.Tables.size() ||
      A.Classes.size() != B.Classes.size())
    return fail("the edit adds or removes a table or a class");
  for (size_t I = 0; I < A.Classes.size(); ++I)
    if (!ir::sameDefinition(A.Classes[I], B.Classes[I]))
      return fail("the edit changes class " + A.Classes[I].Name);
  std::optional<std::set<ColumnKey>> Referenced;
  // Tables by schema and name; null where two MetaData have one each.
  std::map<ColumnKey, const ir::Table *> BaseTables;
  for (const ir::Table &T : Base.Schema.Tables) {
    auto [It, New] =
        BaseTables.emplace(ColumnKey(T.Schema.value_or(""), T.Name), &T);
    if (!New)
      It->second = nullptr;
  }
  for (size_t I = 0; I < A.Tables.size(); ++I) {
    const ir::Table &X = A.Tables[I], &Y = B.Tables[I];
    // The run before the edit gives each table as the whole analysis did,
    // or what it shows of the edit need not be the edit's effect.
    auto InBase = BaseTables.find({X.Schema.value_or(""), X.Name});
    if (InBase == BaseTables.end() || !InBase->second ||
        !ir::sameDefinition(*InBase->second, X))
      return fail("table " + X.qualifiedName() +
                  " depends on modules the edit's analysis did not run");
    // Its locations as the edit left them.
    Replaced[InBase->second - Base.Schema.Tables.data()] = &Y;
    if (ir::sameDefinition(X, Y))
      continue;
    if (!ir::sameInterface(X, Y))
      return fail("the edit changes what other tables read of table " +
                  X.qualifiedName());
    for (size_t C = 0; C < X.Columns.size(); ++C) {
      const ir::Column &CX = X.Columns[C], &CY = Y.Columns[C];
      if (ir::sameType(*CX.Type, *CY.Type))
        continue;
      // A foreign key column without a type of its own takes the type of
      // the column it refers to; an unknown type may be one.
      if (CY.Type->isUnknown())
        return fail("column " + X.qualifiedName() + "." + CX.Name +
                    " loses its type");
      // By table name alone: a key without a schema may refer to the
      // table in any.
      if (!Referenced) {
        Referenced.emplace();
        for (const ir::Table &T : Base.Schema.Tables)
          for (const ir::ForeignKey &FK : T.ForeignKeys)
            for (const std::string &Ref : FK.RefColumns)
              Referenced->emplace(FK.RefTable, Ref);
      }
      if (Referenced->count({X.Name, CX.Name}))
        return fail("a foreign key refers to " + X.qualifiedName() + "." +
                    CX.Name + ", whose type the edit changes");
    }
  }
  return true;
}

std::optional<AnalysisResult> EditAnalyzer::run(const ProjectOptions &Options) {
  if (!Base.DependenciesKnown) {
    fail("the analysis before the edit does not know its modules' "
         "dependencies");
    return std::nullopt;
  }
  AnalysisResult Result;
  ProjectLayout Layout = layoutProject(Options, Result);
  if (!Result.InputErrors.empty()) {
    fail("the project has input errors");
    return std::nullopt;
  }
  // The analysis before lists the units the walk found, then (a fresh one
  // after the library stubs) those imports found beyond the paths; here
  // they go in that order, without the stubs.
  for (const ir::MappedClass &C : Base.Schema.Classes)
    MappedClasses.insert(C.Name);
  CompactOf.assign(Base.Units.size(), -1);
  for (size_t I = 0; I < Base.Units.size(); ++I)
    if (!Base.Units[I]->IsStub) {
      CompactOf[I] = static_cast<int64_t>(Units.size());
      Units.push_back(Base.Units[I].get());
    }
  // A module that stores into another's objects or the library's changes
  // what every module after it sees.
  for (const auto &B : Base.Units)
    if (B->Dependencies.WritesOthers) {
      fail(B->DisplayPath + " stores into other modules' or the library's "
                            "objects");
      return std::nullopt;
    }
  for (const auto &B : Base.Units)
    for (uint32_t R : B->Dependencies.Reads)
      if (R >= CompactOf.size() || CompactOf[R] < 0) {
        fail("the analysis before the edit names a module it does not have");
        return std::nullopt;
      }
  // The walk finds the same files; the modules imports found beyond them
  // are read from where the walk's root puts them.
  llvm::StringMap<size_t> ByPath;
  for (size_t I = 0; I < Units.size(); ++I)
    ByPath[Units[I]->DisplayPath] = I;
  std::vector<std::unique_ptr<ModuleUnit>> NewUnits(Units.size());
  if (Result.Units.size() != Base.WalkedUnits) {
    fail("the edit adds or removes a file");
    return std::nullopt;
  }
  for (auto &U : Result.Units) {
    auto It = ByPath.find(U->DisplayPath);
    if (It == ByPath.end() || It->second >= Base.WalkedUnits ||
        Units[It->second]->Name != U->Name) {
      fail("the edit adds or removes a file");
      return std::nullopt;
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
    if (Appeared) {
      fail("a module an import looked for appeared: " + P);
      return std::nullopt;
    }
  }
  std::vector<size_t> Edited;
  std::map<size_t, const SourceFile *> NewTexts;
  for (size_t I = 0; I < Units.size(); ++I) {
    ModuleUnit &U = *Result.Units[I];
    const ModuleUnit &B = *Units[I];
    if (!U.File) {
      auto F = SourceFile::open(U.Path, U.DisplayPath);
      if (!F) {
        llvm::consumeError(F.takeError());
        fail("the edit removes " + U.DisplayPath);
        return std::nullopt;
      }
      U.File = std::move(*F);
    }
    if (U.File->textHash() == B.File->textHash() &&
        U.File->text() == B.File->text())
      continue;
    if (B.IsPackage) {
      fail("the edit changes a package's __init__.py");
      return std::nullopt;
    }
    const ModuleDependencies &D = B.Dependencies;
    if (D.WritesOthers || D.WrittenByOthers || D.UsedOpaquely) {
      fail(B.DisplayPath + " and other modules share objects");
      return std::nullopt;
    }
    if (!B.File->textIsBytes() || !U.File->textIsBytes()) {
      fail(B.DisplayPath + " is not plain UTF-8");
      return std::nullopt;
    }
    Edited.push_back(I);
    EditedPaths.insert(B.DisplayPath);
    NewTexts[I] = U.File.get();
    Edits.emplace(
        ir::internFileName(B.DisplayPath).data(),
        EditedFile{&B, U.File.get(), TextMove(B.File->text(), U.File->text())});
  }
  if (Edited.size() > 16) {
    fail("the edit changes more than 16 files");
    return std::nullopt;
  }

  std::vector<const ir::Table *> Replaced(Base.Schema.Tables.size());
  // The runs own the edited tables until they are copied.
  PartialRun Old, New;
  if (!Edited.empty()) {
    // The packages whose values the edited modules read, themselves or
    // through what they read.
    std::vector<size_t> Packages, Work = Edited;
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
    for (size_t I : Edited)
      FirstEdited = std::min(FirstEdited, Units[I]->Started);
    std::vector<size_t> Imports;
    for (size_t I : Seen)
      if (llvm::is_contained(Edited, I) || Units[I]->Finished < FirstEdited)
        Imports.push_back(I);
    llvm::sort(Imports, [&](size_t A, size_t B) {
      return Units[A]->Started < Units[B]->Started;
    });
    Old = runEdited(Base, Units, Imports, Packages, {}, Layout.Roots,
                    Layout.DisplayRoot);
    New = runEdited(Base, Units, Imports, Packages, NewTexts, Layout.Roots,
                    Layout.DisplayRoot);
    if (Old.Outcome.ReadUnrunPackage || New.Outcome.ReadUnrunPackage) {
      fail("an edited module reads a package's __init__.py");
      return std::nullopt;
    }
    if (Old.Outcome.UndecidedReference || New.Outcome.UndecidedReference) {
      fail("a foreign key of the edited modules refers to a column whose "
           "type the edit's analysis cannot tell");
      return std::nullopt;
    }
    if (Old.Outcome.Uses20Api != New.Outcome.Uses20Api) {
      fail("the edit changes whether the models use SQLAlchemy 2.0's API");
      return std::nullopt;
    }
    // The order classes are mapped in: SQLAlchemy 1.4's column order and
    // the first class (where a note about the release goes) follow it.
    if (Old.Outcome.MappingOrder != New.Outcome.MappingOrder) {
      fail("the edit changes the order in which classes are mapped");
      return std::nullopt;
    }
    // Each run's modules by index, in the order they ran: the same modules
    // in the same order in both runs (another order makes their objects in
    // another order), and as in the whole analysis.
    std::vector<size_t> OrderBefore, OrderAfter;
    for (const PartialRun *Run : {&Old, &New})
      for (const ModuleUnit *U : Run->Outcome.Evaluated) {
        auto At = llvm::find_if(Run->Result.Units,
                                [&](const auto &X) { return X.get() == U; });
        size_t I = At - Run->Result.Units.begin();
        if (I >= Run->ProjectUnits) {
          fail("the edit imports a module the analysis before did not "
               "read: " +
               U->DisplayPath);
          return std::nullopt;
        }
        (Run == &Old ? OrderBefore : OrderAfter).push_back(I);
      }
    if (OrderBefore != OrderAfter) {
      fail("the edit changes the order the modules run in");
      return std::nullopt;
    }
    for (size_t K = 0; K < OrderBefore.size(); ++K)
      if (!Units[OrderBefore[K]]->Started ||
          (K && Units[OrderBefore[K]]->Started <=
                    Units[OrderBefore[K - 1]]->Started)) {
        fail("the modules run in another order than in the whole analysis");
        return std::nullopt;
      }
    llvm::DenseSet<size_t> Ran(OrderBefore.begin(), OrderBefore.end());
    for (size_t I : Ran) {
      const ModuleUnit &B = *Units[I];
      const ModuleDependencies &D = B.Dependencies;
      if (D.WrittenByOthers || D.WritesOthers || !B.File->textIsBytes()) {
        fail(B.DisplayPath + " and other modules share objects");
        return std::nullopt;
      }
      if (D.ReadsRunningModule ||
          New.Result.Units[I]->Dependencies.ReadsRunningModule) {
        fail(B.DisplayPath + " reads a module whose body is still running");
        return std::nullopt;
      }
      for (uint32_t R : D.Reads)
        if (!Ran.count(CompactOf[R])) {
          fail(B.DisplayPath + " reads " + Units[CompactOf[R]]->DisplayPath +
               ", which the edit's analysis did not run");
          return std::nullopt;
        }
      const ModuleDependencies &ND = New.Result.Units[I]->Dependencies;
      if (ND.WritesOthers || ND.WrittenByOthers) {
        fail(B.DisplayPath + " and other modules share objects");
        return std::nullopt;
      }
      auto Edit = Edits.find(ir::internFileName(B.DisplayPath).data());
      if (!sameDiagnostics(
              *Old.Result.Units[I]->Diags, *New.Result.Units[I]->Diags,
              Edit == Edits.end() ? nullptr : &Edit->second.Move)) {
        fail("the edit changes the diagnostics of " + B.DisplayPath);
        return std::nullopt;
      }
    }
    for (size_t I : Edited)
      if (!compareUses(Old, New, I))
        return std::nullopt;
    if (!compareSchemas(Old, New, Replaced))
      return std::nullopt;
  }

  // The analysis before, with the edited tables, everything moved with
  // the text.
  Result.Schema.SqlAlchemyVersion = Base.Schema.SqlAlchemyVersion;
  Result.Schema.SqlAlchemyVersionSource = Base.Schema.SqlAlchemyVersionSource;
  Result.Schema.Tables.reserve(Base.Schema.Tables.size());
  bool Moved = true;
  auto Move = [&](ir::Loc &L) {
    if (auto M = moveLoc(L))
      L = *M;
    else
      Moved = false;
  };
  for (size_t I = 0; I < Base.Schema.Tables.size(); ++I) {
    if (Replaced[I]) {
      Result.Schema.Tables.push_back(*Replaced[I]);
      continue;
    }
    ir::Table T = Base.Schema.Tables[I];
    if (!Edits.empty()) {
      Move(T.Where);
      for (ir::Column &C : T.Columns)
        Move(C.Where);
      Move(T.PrimaryKeyConstraint.Where);
      for (ir::ForeignKey &F : T.ForeignKeys)
        Move(F.Where);
      for (ir::Index &X : T.Indexes)
        Move(X.Where);
      for (ir::UniqueConstraint &U : T.UniqueConstraints)
        Move(U.Where);
      for (ir::CheckConstraint &C : T.CheckConstraints)
        Move(C.Where);
    }
    Result.Schema.Tables.push_back(std::move(T));
  }
  Result.Schema.Classes = Base.Schema.Classes;
  Result.Schema.Diagnostics = Base.Schema.Diagnostics;
  if (!Edits.empty()) {
    // A class the runs map, and what it defines, are where the run after
    // the edit has them; other marks in an edited file move with a line
    // found once in each text.
    llvm::StringMap<const ir::MappedClass *> RunClasses;
    for (const ir::MappedClass &C : New.Result.Schema.Classes)
      RunClasses[C.Name] = &C;
    for (ir::MappedClass &C : Result.Schema.Classes) {
      const ir::MappedClass *Run = RunClasses.lookup(C.Name);
      auto Place = [&](ir::Loc &L, auto Find) {
        if (!Edits.count(L.File.data()))
          return;
        if (const ir::Loc *Now = Run ? Find() : nullptr)
          L = *Now;
        else
          Move(L);
      };
      Place(C.Where, [&]() -> const ir::Loc * { return &Run->Where; });
      // The run's element of the same name, written in the same file.
      auto Named = [](const auto &Items, const auto &E) -> const ir::Loc * {
        for (const auto &X : Items)
          if (X.Name == E.Name && X.Where.File == E.Where.File)
            return &X.Where;
        return nullptr;
      };
      for (ir::Relationship &R : C.Relationships)
        Place(R.Where, [&] { return Named(Run->Relationships, R); });
      for (ir::ComputedAttribute &A : C.Computed)
        Place(A.Where, [&] { return Named(Run->Computed, A); });
    }
    for (ir::Diagnostic &D : Result.Schema.Diagnostics)
      Move(D.Where);
  }
  if (!Moved) {
    fail("the edit changes the lines the analysis points at");
    return std::nullopt;
  }
  for (size_t I = 0; I < Units.size(); ++I) {
    ModuleUnit &U = *Result.Units[I];
    const ModuleUnit &B = *Units[I];
    U.OwnerId = static_cast<uint16_t>(I + 1);
    U.Dependencies = B.Dependencies;
    for (uint32_t &R : U.Dependencies.Reads)
      R = static_cast<uint32_t>(CompactOf[R]);
    U.Diags = std::make_unique<DiagnosticEngine>(*U.File);
    auto Edit = Edits.find(ir::internFileName(B.DisplayPath).data());
    if (Edit == Edits.end()) {
      for (const Diagnostic &D : B.Diags->diagnostics())
        U.Diags->add(D.Id, D.Begin, D.End, D.Message);
      continue;
    }
    // An edited module's diagnostics are its run's: those the whole
    // analysis gave it before the edit, in order, each where the run after
    // the edit puts it (the runs agree, one by one). The run's own others
    // come from what it did not run (a relationship's target elsewhere);
    // one the run before lacks, another module's mapping raised, and is
    // not carried over: the edit's analysis is refused. The note about the
    // release goes on the first class mapped and moves with its line.
    const auto &Whole = B.Diags->diagnostics();
    const auto &RunBefore = Old.Result.Units[I]->Diags->diagnostics();
    const auto &RunAfter = New.Result.Units[I]->Diags->diagnostics();
    auto IsNote = [&](size_t W) {
      return Whole[W].Id == DiagId::AssumedSqlAlchemyVersion;
    };
    std::vector<const Diagnostic *> AfterOf(Whole.size());
    size_t W = 0;
    for (size_t K = 0; K < RunBefore.size(); ++K) {
      while (W < Whole.size() && IsNote(W))
        ++W;
      const Diagnostic &D = RunBefore[K];
      if (W < Whole.size() && sameDiagnostic(D, D.Begin, D.End, Whole[W]))
        AfterOf[W++] = &RunAfter[K];
    }
    while (W < Whole.size() && IsNote(W))
      ++W;
    if (W != Whole.size()) {
      fail("other modules' mapping reports in " + B.DisplayPath);
      return std::nullopt;
    }
    for (size_t X = 0; X < Whole.size(); ++X) {
      if (!IsNote(X)) {
        U.Diags->add(AfterOf[X]->Id, AfterOf[X]->Begin, AfterOf[X]->End,
                     AfterOf[X]->Message);
        continue;
      }
      auto MB = Edit->second.Move.uniqueOffset(Whole[X].Begin),
           ME = Edit->second.Move.uniqueOffset(Whole[X].End);
      if (!MB || !ME) {
        fail("the edit changes the lines a diagnostic points at");
        return std::nullopt;
      }
      U.Diags->add(Whole[X].Id, *MB, *ME, Whole[X].Message);
    }
  }
  Result.FromCache = true;
  Result.DependenciesKnown = Base.DependenciesKnown;
  Result.MissingPaths = Base.MissingPaths;
  return Result;
}

} // namespace

std::optional<AnalysisResult> analyzeEdit(const AnalysisResult &Base,
                                          const ProjectOptions &Options,
                                          std::string &WhyNot) {
  return EditAnalyzer(Base, WhyNot).run(Options);
}

} // namespace schemac::sema
