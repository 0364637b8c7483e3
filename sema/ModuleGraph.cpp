//===- ModuleGraph.cpp - Finding, parsing and importing modules -----------===//
//
// A project is a set of source roots. Every .py file below the given paths
// (less virtualenvs, site-packages, hidden and test directories) becomes a
// module named by its path from its root; the files are parsed in parallel,
// then evaluated on import, as Python would, starting from every project
// module in name order. The library stubs compiled into the binary answer
// imports of SQLAlchemy and its friends; other imports are opaque.
//
//===----------------------------------------------------------------------===//

#include "sema/AnalysisCache.h"
#include "sema/Declarative.h"
#include "sema/Evaluator.h"
#include "sema/ProjectAnalysis.h"
#include "sema/Sema.h"
#include "support/PythonFiles.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/Timer.h"
#include "llvm/Support/thread.h"

#include <climits>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>

namespace schemac::sema {

namespace {

constexpr unsigned EvaluationStackSize = 512u << 20;

struct StubSource {
  const char *Module;
  bool IsPackage;
  const char *Text;
};
constexpr StubSource StubSources[] = {
#include "StubSources.inc"
};

bool isStdlibModule(llvm::StringRef Top) {
  static const llvm::StringSet<> Names = {
#define STDLIB_MODULE(N) N,
#include "sema/StdlibModules.def"
  };
  return Names.contains(Top);
}

} // namespace

bool isSkippedDirectory(llvm::StringRef Name) {
  return Name.starts_with(".") || Name == "__pycache__" ||
         Name == "site-packages" || Name == "node_modules" || Name == "venv" ||
         Name == "env" || Name == "tests" || Name == "test" ||
         Name == "testing";
}

namespace {

bool isPackageDir(llvm::StringRef Dir) {
  llvm::SmallString<256> Init(Dir);
  llvm::sys::path::append(Init, "__init__.py");
  return llvm::sys::fs::exists(Init);
}

} // namespace

std::string detectProjectRoot(llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, true);
  std::string Dir = llvm::sys::fs::is_directory(Abs)
                        ? Abs.str().str()
                        : llvm::sys::path::parent_path(Abs).str();
  if (!isPackageDir(Dir)) {
    llvm::SmallString<256> Src(Dir);
    llvm::sys::path::append(Src, "src");
    if (llvm::sys::fs::is_directory(Src))
      return Src.str().str();
    return Dir;
  }
  while (isPackageDir(Dir))
    Dir = llvm::sys::path::parent_path(Dir).str();
  return Dir;
}

namespace {

/// Object::Owner of the unit at \p Index of AnalysisResult::Units; the
/// last value stands for every unit beyond what 16 bits tell apart.
uint16_t ownerIdFor(size_t Index) {
  return Index + 1 < DeclarativeOwner ? static_cast<uint16_t>(Index + 1)
                                      : ManyUnitsOwner;
}

std::string relativeTo(llvm::StringRef Path, llvm::StringRef Root) {
  llvm::SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, true);
  llvm::StringRef P = Abs;
  if (!Root.empty() && P.starts_with(Root) &&
      (P.size() == Root.size() ||
       llvm::sys::path::is_separator(P[Root.size()])))
    return P.drop_front(Root.size()).ltrim('/').str();
  return P.str();
}

/// Reads (unless given in memory) and parses a unit: once, on whichever
/// thread asks first; the others wait for it.
void prepareUnit(ModuleUnit &U) {
  std::call_once(U.Prepared, [&U] {
    // A file that cannot be read is an empty module with that error.
    std::string ReadError;
    if (!U.File) {
      auto F = SourceFile::open(U.Path, U.DisplayPath);
      if (F) {
        U.File = std::move(*F);
      } else {
        ReadError = llvm::toString(F.takeError());
        U.File = SourceFile::fromBytes("", U.DisplayPath);
      }
    }
    U.Diags = std::make_unique<DiagnosticEngine>(*U.File);
    if (!ReadError.empty())
      U.Diags->report(DiagId::DecodeError, 0, 0, ReadError);
    U.Parsed = parse::parseFile(*U.File, *U.Diags);
    // While the text is at hand: the cache stores its hash at the end, and
    // the evaluator's thread turns offsets into lines with its line table.
    (void)U.File->textHash();
    (void)U.File->lineStarts();
    U.IsPrepared.store(true, std::memory_order_release);
  });
}

/// Parses the project on worker threads while the evaluator runs it, in
/// the order the evaluator will import the modules: those a module about to
/// run imports first (depth first, as Python runs them), then the rest by
/// name. It stays a bounded number of trees ahead: the evaluator frees a
/// module's tree once it has run, and trees parsed far ahead would all be
/// alive at once.
class ParseAhead {
public:
  ParseAhead(std::vector<ModuleUnit *> Rest, unsigned Limit)
      : Rest(std::move(Rest)), Limit(Limit) {}

  /// A worker: parses, one after another, the units the evaluator is
  /// expected to need next, until every one has been taken.
  void parseAll() {
    for (;;) {
      ModuleUnit *U = nullptr;
      {
        std::unique_lock<std::mutex> Lock(M);
        Room.wait(Lock, [&] { return Ready < Limit; });
        U = pick();
        if (!U)
          return;
        holdTree(U);
      }
      prepareUnit(*U);
    }
  }

  /// The evaluator is about to run a module that imports \p Units, in
  /// this order.
  void expect(llvm::ArrayRef<ModuleUnit *> Units) {
    std::lock_guard<std::mutex> Lock(M);
    Hints.insert(Hints.begin(), Units.begin(), Units.end());
  }

  /// The evaluator is about to run \p U. Rather than wait while a worker
  /// parses it, the evaluator parses the units the workers would take next
  /// (a worker that shares its core with the rest falls behind the
  /// evaluator, which then waited for it half a second in some runs); it
  /// parses \p U itself if no worker has taken it.
  void prepareForEvaluator(ModuleUnit &U) {
    while (!U.IsPrepared.load(std::memory_order_acquire)) {
      ModuleUnit *Next = nullptr;
      {
        std::lock_guard<std::mutex> Lock(M);
        if (Taken.insert(&U).second)
          Next = &U;
        else if (Ready < Limit)
          Next = pick();
        if (Next)
          holdTree(Next);
      }
      if (!Next)
        break;
      prepareUnit(*Next);
    }
    prepareUnit(U);
  }

  /// The evaluator is done with \p U: its tree is freed.
  void consumed(ModuleUnit &U) {
    std::lock_guard<std::mutex> Lock(M);
    if (Waiting.erase(&U)) {
      --Ready;
      Room.notify_one();
    }
  }

  /// No more evaluation: the workers parse what is left without waiting.
  void finish() {
    std::lock_guard<std::mutex> Lock(M);
    Limit = UINT_MAX;
    Room.notify_all();
  }

private:
  /// \p U, just taken, will have a tree until the evaluator is done with
  /// it. Stubs stay for the whole run: they take no room.
  void holdTree(ModuleUnit *U) {
    if (U->IsStub)
      return;
    ++Ready;
    Waiting.insert(U);
  }

  ModuleUnit *pick() {
    while (!Hints.empty()) {
      ModuleUnit *U = Hints.front();
      Hints.pop_front();
      if (Taken.insert(U).second)
        return U;
    }
    while (Next < Rest.size())
      if (ModuleUnit *U = Rest[Next++]; Taken.insert(U).second)
        return U;
    return nullptr;
  }

  std::mutex M;
  std::condition_variable Room;
  std::deque<ModuleUnit *> Hints;
  std::vector<ModuleUnit *> Rest;
  size_t Next = 0;
  llvm::DenseSet<const ModuleUnit *> Taken, Waiting;
  unsigned Limit;
  unsigned Ready = 0;
};

class ProjectLoader : public ModuleLoader {
public:
  ProjectLoader(Heap &H, AnalysisResult &Result,
                const std::vector<std::string> &Roots,
                const std::string &DisplayRoot, const SourceReader &Read)
      : H(H), Result(Result), Roots(Roots), DisplayRoot(DisplayRoot),
        Read(Read) {}

  void addUnit(ModuleUnit *U) {
    auto [It, Inserted] = Units.try_emplace(U->Name, U);
    if (!Inserted && !U->IsStub) {
      prepareUnit(*U);
      U->Diags->report(DiagId::ModuleNameClash, 0, 1, U->Name,
                       It->second->DisplayPath);
    }
    // Parents of a module are packages even without __init__.py
    // (namespace packages).
    llvm::StringRef Name = U->Name;
    while (Name.contains('.')) {
      Name = Name.rsplit('.').first;
      NamespacePackages.insert(Name);
    }
  }

  void setEvaluator(Evaluator *E) { Eval = E; }
  void setParseAhead(ParseAhead *P) { Ahead = P; }

  bool hasModule(llvm::StringRef Name) const override {
    return Modules.count(Name) || Units.count(Name) ||
           NamespacePackages.contains(Name) || !findOnDisk(Name).empty() ||
           readElsewhere(Name);
  }

  /// A module of the source roots that the given paths left out: Python
  /// would import it from there, so it is read when first imported.
  std::string findOnDisk(llvm::StringRef Name) const {
    std::string Relative = Name.str();
    std::replace(Relative.begin(), Relative.end(), '.', '/');
    for (const std::string &Root : Roots) {
      for (const char *Suffix : {".py", "/__init__.py"}) {
        std::string Candidate = Root + "/" + Relative + Suffix;
        if (llvm::sys::fs::is_regular_file(Candidate))
          return Candidate;
        Missing.insert(Candidate);
      }
    }
    return "";
  }

  /// The paths findOnDisk and readElsewhere looked for and did not find:
  /// were one of them to appear, an import would resolve differently.
  std::vector<std::string> missingPaths() const {
    std::vector<std::string> Paths;
    for (const auto &P : Missing)
      Paths.push_back(P.getKey().str());
    llvm::sort(Paths);
    return Paths;
  }

  /// A module of the project that the in-memory sources left out, from
  /// the reader (a git revision's tree): (path from the root, text).
  /// Remembered, found or not, because `hasModule` asks before
  /// `loadFromDisk` reads, and each question is a tree lookup.
  const std::optional<std::pair<std::string, std::string>> &
  readElsewhere(llvm::StringRef Name) const {
    auto [It, Inserted] = ReadElsewhere.try_emplace(Name);
    if (!Inserted || !Read)
      return It->second;
    std::string Relative = Name.str();
    std::replace(Relative.begin(), Relative.end(), '.', '/');
    for (const char *Suffix : {".py", "/__init__.py"}) {
      if (auto Text = Read(Relative + Suffix)) {
        It->second.emplace(Relative + Suffix, std::move(*Text));
        break;
      }
      Missing.insert(Relative + Suffix);
    }
    return It->second;
  }

  ModuleUnit *loadFromDisk(llvm::StringRef Name) {
    auto U = std::make_unique<ModuleUnit>();
    U->Name = Name.str();
    if (std::string Path = findOnDisk(Name); !Path.empty()) {
      U->DisplayPath = relativeTo(Path, DisplayRoot);
      U->Path = Path;
      U->IsPackage = llvm::sys::path::filename(Path) == "__init__.py";
    } else if (const auto &Elsewhere = readElsewhere(Name)) {
      U->DisplayPath = Elsewhere->first;
      U->IsPackage =
          llvm::sys::path::filename(Elsewhere->first) == "__init__.py";
      U->File = SourceFile::fromBytes(Elsewhere->second, U->DisplayPath);
    } else {
      return nullptr;
    }
    prepareUnit(*U);
    ModuleUnit *Raw = U.get();
    Raw->OwnerId = ownerIdFor(Result.Units.size());
    Result.Units.push_back(std::move(U));
    addUnit(Raw);
    return Raw;
  }

  ModuleObj *importModule(llvm::StringRef Name, SrcLoc From) override {
    auto Found = Modules.find(Name);
    if (Found != Modules.end())
      return Found->second;
    // A package known only as the parent of a module read from disk may
    // still have an __init__.py of its own, which Python runs first.
    // The unit, not an iterator into Units: importing the parent below
    // may load modules from disk into Units, which moves its entries.
    ModuleUnit *Unit = nullptr;
    if (auto Known = Units.find(Name); Known != Units.end())
      Unit = Known->second;
    else
      Unit = loadFromDisk(Name);
    bool IsNamespace = !Unit && NamespacePackages.contains(Name);
    if (!Unit && !IsNamespace) {
      llvm::StringRef Top = Name.split('.').first;
      // A submodule of a stubbed library that the stubs leave out, or a
      // third-party library: opaque either way. A library outside the
      // project is said once, at its first import (a project imports one
      // from dozens of places); a module of the project's own, each.
      // Under a try whose handler catches the ImportError, the handler's
      // fallback is what the analysis goes on with, and the message says
      // so; said apart from the unguarded imports of the same library,
      // whose names stay opaque.
      bool OfProject = Units.count(Top) || NamespacePackages.contains(Top);
      bool Handled = Eval->importErrorHandled();
      if (From.Unit && !From.Unit->IsStub && !isStdlibModule(Top) &&
          !Name.starts_with("__future__") &&
          (Handled ? ReportedHandled : ReportedOpaque)
              .insert(OfProject ? Name : Top)
              .second) {
        auto Library = Units.find(Top);
        if (Library != Units.end() && Library->second->IsStub)
          Eval->report(From,
                       Handled ? DiagId::UnmodelledLibraryModuleHandled
                               : DiagId::UnmodelledLibraryModule,
                       Name.str(), Top.str());
        else
          Eval->report(From,
                       Handled ? DiagId::UnresolvedImportHandled
                               : DiagId::UnresolvedImport,
                       Name.str());
      }
      return nullptr;
    }
    // Parents first, as Python imports them.
    ModuleObj *Parent = nullptr;
    if (Name.contains('.'))
      Parent = importModule(Name.rsplit('.').first, From);
    // The parent's __init__ may have imported this module already: a
    // module runs once.
    if (auto Imported = Modules.find(Name); Imported != Modules.end())
      return Imported->second;
    ModuleObj *M = H.make<ModuleObj>();
    M->Name = Name.str();
    M->Unit = Unit;
    // A module belongs to itself, whoever imports it first.
    M->Owner = M->Unit ? M->Unit->OwnerId : 0;
    Heap::OwnerScope Module(H, M->Owner);
    M->Globals["__name__"] = {H.str(M->Name), {}};
    Modules[Name] = M;
    if (Parent)
      Parent->Globals[Name.rsplit('.').second.str()] = {M, {}};
    // The analysis of an edit runs the edited modules and what they
    // import, not the packages above them (which import everything).
    M->NotRun = RunPackagesOnly && M->Unit && !M->Unit->IsStub &&
                M->Unit->IsPackage && !RunPackagesOnly->count(M->Unit);
    if (M->NotRun) {
      // Where the importer was: the objects it had made by then, and the
      // modules that had started.
      uint16_t Importer = From.Unit ? From.Unit->OwnerId : 0;
      uint32_t Made = 0;
      for (const Object *O : H.objects())
        Made += O->Owner == Importer;
      NotRunImported.push_back(
          {M->Unit, Importer, Made, static_cast<uint32_t>(RunOrder.size())});
    }
    if (IsNamespace)
      NamespacesImported.push_back(M->Name);
    if (M->Unit && !M->NotRun) {
      if (Ahead) {
        Ahead->prepareForEvaluator(*M->Unit);
        Ahead->expect(importedUnits(*M->Unit));
      } else {
        prepareUnit(*M->Unit);
      }
      M->Running = true;
      if (!M->Unit->IsStub) {
        RunOrder.push_back(M->Unit);
        M->Unit->Started = ++Steps;
      }
      Eval->bodyStarting(M->Owner);
      Eval->runModule(M);
      Eval->bodyRan(M->Owner);
      M->Running = false;
      if (!M->Unit->IsStub)
        M->Unit->Finished = ++Steps;
      Eval->freeSyntax(M->Unit);
      if (Ahead)
        Ahead->consumed(*M->Unit);
    }
    return M;
  }

  /// The project units whose modules ran, in the order they started.
  const std::vector<const ModuleUnit *> &evaluatedUnits() const {
    return RunOrder;
  }
  /// The packages imported whose __init__ did not run (runPackagesOnly).
  const std::vector<NotRunImport> &notRunImported() const {
    return NotRunImported;
  }
  /// The namespace packages imported: a package is one once a module
  /// under it is known, which, beyond the walked files, depends on the
  /// imports so far.
  const std::vector<std::string> &namespacesImported() const {
    return NamespacesImported;
  }

  /// Packages' __init__ do not run (ModuleObj::NotRun), but those of
  /// \p Run.
  void runPackagesOnly(llvm::DenseSet<const ModuleUnit *> Run) {
    RunPackagesOnly = std::move(Run);
  }

private:
  /// The units \p U imports at its top level (also under `if` and `try`),
  /// in order, and for `from P import a` also the submodule P.a.
  std::vector<ModuleUnit *> importedUnits(const ModuleUnit &U) const {
    std::vector<ModuleUnit *> Found;
    auto Add = [&](llvm::StringRef Name) {
      if (auto It = Units.find(Name); It != Units.end())
        Found.push_back(It->second);
    };
    std::function<void(llvm::ArrayRef<ast::Statement *>)> Walk =
        [&](llvm::ArrayRef<ast::Statement *> Body) {
          for (const ast::Statement *St : Body) {
            if (auto *I = dyn_cast<ast::Import>(St)) {
              for (const ast::Alias *A : I->names)
                Add(A->name);
            } else if (auto *F = dyn_cast<ast::ImportFrom>(St)) {
              std::string Base =
                  importedModuleName(U.Name, U.IsPackage, F->level, F->module);
              if (Base.empty())
                continue;
              Add(Base);
              for (const ast::Alias *A : F->names)
                Add(Base + "." + A->name.str());
            } else if (auto *If = dyn_cast<ast::If>(St)) {
              Walk(If->body);
              Walk(If->orelse);
            } else if (auto *T = dyn_cast<ast::Try>(St)) {
              Walk(T->body);
              for (const ast::ExceptHandler *H : T->handlers)
                Walk(H->body);
              Walk(T->orelse);
              Walk(T->finalbody);
            }
          }
        };
    if (U.Parsed.Module)
      Walk(U.Parsed.Module->body);
    return Found;
  }

  Heap &H;
  AnalysisResult &Result;
  const std::vector<std::string> &Roots;
  const std::string &DisplayRoot;
  Evaluator *Eval = nullptr;
  ParseAhead *Ahead = nullptr;
  llvm::StringMap<ModuleUnit *> Units;
  llvm::StringSet<> NamespacePackages;
  llvm::StringMap<ModuleObj *> Modules;
  llvm::StringSet<> ReportedOpaque;
  llvm::StringSet<> ReportedHandled;
  std::optional<llvm::DenseSet<const ModuleUnit *>> RunPackagesOnly;
  std::vector<const ModuleUnit *> RunOrder;
  std::vector<NotRunImport> NotRunImported;
  std::vector<std::string> NamespacesImported;
  /// Counts modules starting and finishing (ModuleUnit::Started).
  uint32_t Steps = 0;
  const SourceReader &Read;
  mutable llvm::StringMap<std::optional<std::pair<std::string, std::string>>>
      ReadElsewhere;
  mutable llvm::StringSet<> Missing;
};

/// What besides the files an analysis depends on (AnalysisCache.h).
std::string cacheKey(const ProjectOptions &Options,
                     const std::vector<std::string> &Roots,
                     llvm::StringRef DisplayRoot,
                     const std::optional<DeclaredVersion> &Declared) {
  std::string Key = cacheBinaryIdentity() + "\n";
  Key += "sqlalchemy " + Options.SqlAlchemyVersion + "\n";
  if (Declared)
    Key += "declared " + Declared->Version + " " + Declared->Older + " " +
           Declared->File + "\n";
  for (const std::string &R : Roots)
    Key += "root " + R + "\n";
  Key += "display root " + DisplayRoot.str() + "\n";
  Key += "sources " + Options.CacheLabel + "\n";
  for (const std::string &P : Options.Paths) {
    llvm::SmallString<256> Abs(P);
    llvm::sys::fs::make_absolute(Abs);
    llvm::sys::path::remove_dots(Abs, true);
    Key += "path " + Abs.str().str() + "\n";
  }
  return Key;
}

/// The dependencies the evaluator saw, by owner, onto the units.
void recordDependencies(
    AnalysisResult &Result,
    const llvm::DenseMap<uint16_t, Evaluator::OwnerDependencies> &Seen) {
  bool Known = true;
  for (const auto &U : Result.Units)
    Known &= U->IsStub || U->OwnerId != ManyUnitsOwner;
  for (const auto &[Owner, D] : Seen) {
    if (Owner == DeclarativeOwner)
      continue;
    if (Owner == ManyUnitsOwner || Owner > Result.Units.size()) {
      Known = false;
      continue;
    }
    ModuleDependencies &Deps = Result.Units[Owner - 1]->Dependencies;
    for (uint16_t R : D.Reads) {
      if (R == ManyUnitsOwner || R > Result.Units.size())
        Known = false;
      else
        Deps.Reads.push_back(R - 1);
    }
    llvm::sort(Deps.Reads);
    Deps.WritesOthers |= D.WritesOthers;
    Deps.WrittenByOthers |= D.WrittenByOthers;
    Deps.UsedByOthers = D.UsedByOthers;
    llvm::sort(Deps.UsedByOthers);
    Deps.UsedOpaquely |= D.UsedOpaquely;
    Deps.ReadsRunningModule |= D.ReadsRunningModule;
    Deps.RanNested |= D.RanNested;
    Deps.WrittenAfterRun |= D.WrittenAfterRun;
  }
  Result.DependenciesKnown = Known;
}

} // namespace

EvaluationOutcome evaluateUnits(AnalysisResult &Result,
                                const EvaluationSettings &Settings) {
  auto HeapOwner = std::make_unique<Heap>();
  Heap &H = *HeapOwner;
  ProjectLoader Loader(H, Result, *Settings.Roots, Settings.DisplayRoot,
                       *Settings.ReadSource);
  for (auto &U : Result.Units)
    Loader.addUnit(U.get());
  if (Settings.RunPackagesOnly)
    Loader.runPackagesOnly(*Settings.RunPackagesOnly);
  auto EvalOwner = std::make_unique<Evaluator>(H, Loader);
  Evaluator &Eval = *EvalOwner;
  Loader.setEvaluator(&Eval);
  auto DeclarativeOwner = std::make_unique<DeclarativeAnalyzer>(Eval);
  DeclarativeAnalyzer &Declarative = *DeclarativeOwner;
  if (!Settings.Version.empty())
    Declarative.setVersion(Settings.Version, Settings.VersionSource,
                           Settings.OlderRelease);
  Declarative.setTablesNotRun(Settings.TablesNotRun);
  if (Settings.KeepHeap)
    Declarative.keepColumnOwners();
  Eval.setRelease(Settings.Release);
  Eval.OnClassCreated = [&](ClassObj *C) { Declarative.classCreated(C); };
  Eval.OnInstanceCreated = [&](InstanceObj *I) {
    Declarative.instanceCreated(I);
  };
  Eval.SqlTextOf = [&](Object *O) { return Declarative.processedSql(O); };
  Eval.TablesOf = [&](Object *O, bool Sorted, SrcLoc Where) {
    return Declarative.tablesOf(O, Sorted, Where);
  };
  Eval.RegistryClasses = [&](Object *Registry, SrcLoc Where) {
    return Declarative.registryClasses(Registry, Where);
  };
  Eval.CopyTable = [&](CallArgs &Args, SrcLoc Where) {
    return Declarative.copyTable(Args, Where);
  };
  Eval.ColumnAttribute = [&](InstanceObj *Column, llvm::StringRef Name) {
    return Declarative.columnAttribute(Column, Name);
  };
  Eval.OnInstanceAttributeSet = [&](InstanceObj *I, llvm::StringRef Name,
                                    Object *Value, SrcLoc Where) {
    if (Name == AppendedItemsAttribute)
      Declarative.tableAppended(Value);
    else
      Declarative.columnAttributeSet(I, Name, Value, Where);
  };
  Eval.OnMappedAttributeSet = [&](ClassObj *C, llvm::StringRef Attribute,
                                  InstanceObj *I, llvm::StringRef Name,
                                  SrcLoc Where) {
    return Declarative.mappedAttributeSet(C, Attribute, I, Name, Where);
  };
  Eval.OnClassAttributeSet = [&](ClassObj *C, llvm::StringRef Name,
                                 Object *Value, SrcLoc Where) {
    Declarative.classAttributeSet(C, Name, Value, Where);
  };
  const std::vector<ModuleUnit *> &Order = Settings.Run;
  // Workers parse the project in about the order the evaluator imports it,
  // while it runs; the evaluator parses what they have not reached yet
  // itself, and the stubs, which it needs first (and not all of them), and
  // the next units while a worker still parses the one it needs.
  unsigned Jobs =
      llvm::hardware_concurrency(Settings.Jobs).compute_thread_count();
  llvm::DefaultThreadPool Parsers(
      llvm::hardware_concurrency(Jobs > 1 ? Jobs - 1 : 1));
  ParseAhead Ahead(Order, 16);
  Loader.setParseAhead(&Ahead);
  for (unsigned I = 0; I < Parsers.getMaxConcurrency(); ++I)
    Parsers.async([&Ahead] { Ahead.parseAll(); });
  // The evaluator recurses along expressions (as deep as the parser
  // allows, some 3,000 levels) and calls (48): more than a default stack
  // holds, so it runs on a thread with a stack of its own.
  llvm::thread Evaluation(std::optional<unsigned>(EvaluationStackSize), [&] {
    {
      llvm::NamedRegionTimer T(
          "evaluate", "Evaluate modules (parsing alongside)", "schemac",
          "schemac phases", Settings.TimePhases);
      for (ModuleUnit *U : Order)
        Loader.importModule(U->Name, {});
    }
    llvm::NamedRegionTimer T("declarative", "Declarative mapping", "schemac",
                             "schemac phases", Settings.TimePhases);
    Result.Schema = Declarative.finish();
  });
  Evaluation.join();
  // The workers parse what the evaluator never imported (a module whose
  // name another file has) and are done.
  Ahead.finish();
  Parsers.wait();
  recordDependencies(Result, Eval.Dependencies);
  EvaluationOutcome Outcome;
  Outcome.MissingPaths = Loader.missingPaths();
  Outcome.UnrunPackageReads = std::move(Eval.UnrunPackageReads);
  Outcome.Uses20Api = Declarative.uses20Api();
  Outcome.UndecidedReference = Declarative.undecidedReference();
  Outcome.BaseMetadataRebound = Declarative.baseMetadataRebound();
  Outcome.UndecidedTableKey = Declarative.undecidedTableKey();
  Outcome.AppendingOwners = Declarative.appendingOwners();
  Outcome.Evaluated = Loader.evaluatedUnits();
  Outcome.NotRunImported = Loader.notRunImported();
  Outcome.NamespacesImported = Loader.namespacesImported();
  Outcome.MappingOrder = Declarative.mappingOrder();
  if (Settings.KeepHeap) {
    Outcome.Objects = std::move(HeapOwner);
    Outcome.ColumnOwners = Declarative.takeColumnOwners();
    Outcome.TableMetadata = Declarative.takeTableMetadata();
    Outcome.InferredRounds = Declarative.takeInferredRounds();
  }
  if (Settings.DisableFree) {
    // Millions of small objects take longer to free than to analyse a
    // large project; a process about to exit need not (clang's
    // -disable-free).
    (void)HeapOwner.release();
    (void)EvalOwner.release();
    (void)DeclarativeOwner.release();
  }
  return Outcome;
}

void addStubUnits(AnalysisResult &Result) {
  for (const StubSource &S : StubSources) {
    auto U = std::make_unique<ModuleUnit>();
    U->Name = S.Module;
    U->DisplayPath = "<stub " + std::string(S.Module) + ">";
    U->IsPackage = S.IsPackage;
    U->IsStub = true;
    U->File = SourceFile::fromBytes(S.Text, U->DisplayPath);
    Result.Units.push_back(std::move(U));
  }
}

ProjectLayout layoutProject(const ProjectOptions &Options,
                            AnalysisResult &Result) {
  ProjectLayout L;
  std::vector<std::string> &Roots = L.Roots;
  Roots = Options.Roots;
  if (Roots.empty())
    for (const std::string &P : Options.Paths)
      Roots.push_back(detectProjectRoot(P));
  for (std::string &R : Roots) {
    llvm::SmallString<256> Abs(R);
    llvm::sys::fs::make_absolute(Abs);
    llvm::sys::path::remove_dots(Abs, true);
    R = Abs.str().str();
  }
  std::string &DisplayRoot = L.DisplayRoot;
  DisplayRoot = Options.DisplayRoot.empty()
                    ? (Roots.empty() ? "" : Roots.front())
                    : Options.DisplayRoot;
  if (!Options.DisplayRoot.empty()) {
    llvm::SmallString<256> Abs(DisplayRoot);
    llvm::sys::fs::make_absolute(Abs);
    llvm::sys::path::remove_dots(Abs, true);
    DisplayRoot = Abs.str().str();
  }

  // Every file once, with the module name its root gives it.
  std::vector<std::pair<std::string, std::string>> Files; // path, module
  llvm::StringSet<> Seen;
  auto AddFile = [&](llvm::StringRef Path) {
    llvm::SmallString<256> Abs(Path);
    llvm::sys::fs::make_absolute(Abs);
    llvm::sys::path::remove_dots(Abs, true);
    if (!Seen.insert(Abs).second)
      return;
    std::string Best;
    for (const std::string &R : Roots)
      if (llvm::StringRef(Abs).starts_with(R + "/") && R.size() > Best.size())
        Best = R;
    std::string Rel = relativeTo(Abs, Best);
    llvm::StringRef Module = llvm::StringRef(Rel).drop_back(3); // ".py"
    bool Package = Module == "__init__" || Module.ends_with("/__init__");
    if (Package)
      Module = Module.drop_back(Module == "__init__" ? 8 : 9);
    std::string Name = Module.str();
    std::replace(Name.begin(), Name.end(), '/', '.');
    Files.emplace_back(Abs.str().str(), Name);
  };
  std::vector<std::string> Found;
  collectPythonFiles(Options.Paths, isSkippedDirectory, Found,
                     Result.InputErrors);
  for (const std::string &F : Found)
    AddFile(F);

  if (Options.SqlAlchemyVersion.empty())
    L.Declared = findDeclaredSqlAlchemyVersion(Roots);
  for (auto &[Path, Name] : Files) {
    auto U = std::make_unique<ModuleUnit>();
    U->Name = Name.empty() ? "__main__" : Name;
    U->DisplayPath = relativeTo(Path, DisplayRoot);
    U->Path = Path;
    U->IsPackage = llvm::sys::path::filename(Path) == "__init__.py";
    Result.Units.push_back(std::move(U));
  }
  for (auto &[Path, Text] : Options.Sources) {
    llvm::StringRef Module = llvm::StringRef(Path).drop_back(
        llvm::StringRef(Path).ends_with(".py") ? 3 : 0);
    auto U = std::make_unique<ModuleUnit>();
    U->IsPackage = Module == "__init__" || Module.ends_with("/__init__");
    if (U->IsPackage)
      Module = Module.drop_back(Module == "__init__" ? 8 : 9);
    U->Name = Module.str();
    std::replace(U->Name.begin(), U->Name.end(), '/', '.');
    if (U->Name.empty())
      U->Name = "__main__";
    U->DisplayPath = Path;
    U->File = SourceFile::fromBytes(Text, Path);
    Result.Units.push_back(std::move(U));
  }
  return L;
}

AnalysisResult analyzeProject(const ProjectOptions &Options) {
  AnalysisResult Result;
  ProjectLayout L = layoutProject(Options, Result);
  const std::vector<std::string> &Roots = L.Roots;
  const std::string &DisplayRoot = L.DisplayRoot;
  const std::optional<DeclaredVersion> &Declared = L.Declared;
  std::optional<AnalysisCache> Cache;
  auto Keep = [&](AnalysisResult &Kept) {
    if (Cache && Options.DeferCacheWrite) {
      Kept.CacheToWrite =
          std::make_shared<const AnalysisCache>(std::move(*Cache));
    } else if (Cache) {
      llvm::NamedRegionTimer T("cache-write", "Write the analysis cache",
                               "schemac", "schemac phases", Options.TimePhases);
      Cache->store(Kept);
    }
  };
  std::optional<CachedAnalysis> Cached;
  if (!Options.CacheDir.empty() && Result.InputErrors.empty()) {
    Cache.emplace(Options.CacheDir,
                  cacheKey(Options, Roots, DisplayRoot, Declared));
    llvm::NamedRegionTimer T("cache-read", "Read the analysis cache", "schemac",
                             "schemac phases", Options.TimePhases);
    std::vector<std::string> Walked;
    llvm::StringMap<ModuleUnit *> InMemory;
    for (auto &U : Result.Units) {
      Walked.push_back(cacheOrigin(*U));
      if (U->Path.empty())
        InMemory[U->DisplayPath] = U.get();
    }
    CacheSourceAccess Access;
    Access.Open = [&](const std::string &Origin,
                      llvm::StringRef Display) -> std::unique_ptr<SourceFile> {
      if (llvm::sys::path::is_absolute(Origin)) {
        auto F = SourceFile::open(Origin, Display);
        if (!F) {
          llvm::consumeError(F.takeError());
          return nullptr;
        }
        return std::move(*F);
      }
      // A hit's units take over these units' files; a miss gives them back.
      if (auto It = InMemory.find(Origin);
          It != InMemory.end() && It->second->File)
        return std::move(It->second->File);
      if (std::optional<std::string> Text =
              Options.ReadSource ? Options.ReadSource(Origin) : std::nullopt)
        return SourceFile::fromBytes(*Text, Display);
      return nullptr;
    };
    Access.Exists = [&](const std::string &Origin) {
      if (llvm::sys::path::is_absolute(Origin))
        return llvm::sys::fs::is_regular_file(Origin);
      return Options.ReadSource && Options.ReadSource(Origin).has_value();
    };
    if (Options.BeforeCacheRead)
      if (uint64_t EntryBytes = Cache->entryBytes())
        Options.BeforeCacheRead(EntryBytes);
    Cached = Cache->load(Walked, Access, MaxEditedFiles);
    if (Cached && Cached->Edited.empty())
      return std::move(Cached->Result);
    for (const auto &[Path, Text] : Options.Sources)
      if (ModuleUnit *U = InMemory.lookup(Path); U && !U->File)
        U->File = SourceFile::fromBytes(Text, Path);
  }
  // A few modules edited since the entry was stored: most often only what
  // columns' definitions say, which running those modules alone settles.
  if (Cached) {
    std::optional<AnalysisResult> Edited;
    std::string WhyNot;
    {
      llvm::NamedRegionTimer T("cache-edit",
                               "Analyse the edit of the cached analysis",
                               "schemac", "schemac phases", Options.TimePhases);
      // Running the edited modules and what they read, before and after
      // the edit, takes about three times what analysing as much of the
      // project whole does, or twice on two threads side by side: past a
      // fifth or a third of a large project's text, the whole analysis is
      // quicker (at 20,000 models, a fixed 0.2 s and 0.07 s per MB of the
      // runs' text, against 0.03 s per MB).
      size_t Bytes = 0;
      for (const auto &U : Cached->Result.Units)
        Bytes += U->File->text().size();
      size_t Share = editRunsSideBySide(Options) ? 3 : 5;
      Edited = analyzeEdit(std::move(Cached->Result), Options,
                           EditScope::Definitions, WhyNot,
                           Bytes < (1u << 20) ? SIZE_MAX : Bytes / Share,
                           std::move(Cached->ReadSchema));
      // As large as the project's analysis: left, as evaluateUnits leaves
      // its objects, to a process about to exit.
      if (Options.DisableFree)
        (void)std::make_unique<CachedAnalysis>(std::move(*Cached)).release();
      Cached.reset();
    }
    if (Edited) {
      Keep(*Edited);
      return std::move(*Edited);
    }
    Result.CachedEditRefused = std::move(WhyNot);
  }

  size_t ProjectUnits = Result.Units.size();
  Result.WalkedUnits = ProjectUnits;
  addStubUnits(Result);
  for (size_t I = 0; I < ProjectUnits; ++I)
    Result.Units[I]->OwnerId = ownerIdFor(I);
  EvaluationSettings Settings;
  Settings.Roots = &Roots;
  Settings.DisplayRoot = DisplayRoot;
  Settings.ReadSource = &Options.ReadSource;
  Settings.Jobs = Options.Jobs;
  Settings.DisableFree = Options.DisableFree;
  Settings.TimePhases = Options.TimePhases;
  if (!Options.SqlAlchemyVersion.empty()) {
    Settings.Version = Settings.Release = Options.SqlAlchemyVersion;
    Settings.VersionSource = "--sqlalchemy";
  } else if (Declared) {
    Settings.Version = Settings.Release = Declared->Version;
    Settings.VersionSource = relativeTo(Declared->File, DisplayRoot);
    Settings.OlderRelease = Declared->Older;
  }
  for (size_t I = 0; I < ProjectUnits; ++I)
    Settings.Run.push_back(Result.Units[I].get());
  llvm::sort(Settings.Run, [](const ModuleUnit *A, const ModuleUnit *B) {
    return A->Name < B->Name;
  });
  if (Options.BeforeEvaluation) {
    uint64_t Bytes = 0, Size = 0;
    for (size_t I = 0; I < ProjectUnits; ++I) {
      const ModuleUnit &U = *Result.Units[I];
      if (U.File)
        Bytes += U.File->text().size();
      else if (!llvm::sys::fs::file_size(U.Path, Size))
        Bytes += Size;
    }
    Options.BeforeEvaluation(Bytes);
  }
  std::vector<std::string> MissingPaths =
      evaluateUnits(Result, Settings).MissingPaths;
  Result.MissingPaths = std::move(MissingPaths);
  Keep(Result);
  return Result;
}

void writeAnalysisCache(const AnalysisResult &Result) {
  if (Result.CacheToWrite)
    Result.CacheToWrite->store(Result);
}

} // namespace schemac::sema
