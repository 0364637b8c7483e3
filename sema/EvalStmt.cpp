//===- EvalStmt.cpp - Statements of the abstract evaluator ----------------===//
//
// Module, class and function bodies: bindings, imports, class creation with
// C3 linearisation, and the control flow a model file uses (if on constants
// and TYPE_CHECKING, loops over literal collections, try/except ImportError
// fallbacks).
//
//===----------------------------------------------------------------------===//

#include "sema/Evaluator.h"

#include "llvm/ADT/STLExtras.h"

namespace schemac::sema {

/// An int or a bool used as a list index, as Python takes it.
static std::optional<int64_t> integerIndex(const Object *Key) {
  if (auto *I = dyn_cast<IntObj>(Key))
    return I->Value;
  if (auto *B = dyn_cast<BoolObj>(Key))
    return B->Value ? 1 : 0;
  return std::nullopt;
}

/// The element an index (negative from the end) names in \p L, if in range.
static std::optional<size_t> positionIn(const SequenceObj *L, int64_t Index) {
  int64_t N = L->Elements.size();
  int64_t At = Index < 0 ? Index + N : Index;
  if (At < 0 || At >= N)
    return std::nullopt;
  return At;
}

Evaluator::BudgetScope::BudgetScope(Evaluator &E, SrcLoc Site)
    : E(E), SavedSteps(E.Steps), SavedReported(E.BudgetReported),
      SavedSite(E.BudgetSite) {
  E.Steps = 0;
  E.BudgetReported = false;
  E.BudgetSite = Site;
}

Evaluator::BudgetScope::~BudgetScope() {
  E.Steps = SavedSteps;
  E.BudgetReported = SavedReported;
  E.BudgetSite = SavedSite;
}

bool Evaluator::takeSteps(uint64_t N) {
  if (Steps + N > StepBudget)
    return false;
  Steps += N;
  return true;
}

bool Evaluator::tick(SrcLoc Where) {
  if (++Steps <= StepBudget)
    return true;
  if (!BudgetReported) {
    BudgetReported = true;
    bool InProject = Where.Unit && !Where.Unit->IsStub;
    report(InProject ? Where : BudgetSite, DiagId::EvaluationBudget);
  }
  return false;
}

std::unique_ptr<Frame> Evaluator::newFrame() {
  return std::make_unique<Frame>();
}

void Evaluator::retire(std::unique_ptr<Frame> F) {
  if (F->Captured)
    Frames.push_back(std::move(F));
}

void Evaluator::emit(SrcLoc Where, DiagId Id, std::string Message) {
  if (!Where.Unit || Where.Unit->IsStub)
    return;
  if (!Reported.insert({Where.Unit, Where.Offset, Id}).second)
    return;
  Where.Unit->Diags->add(Id, Where.Offset, Where.Offset + 1,
                         std::move(Message));
}

/// A body's docstring: its first statement, a string literal.
static const ast::Constant *docstringOf(llvm::ArrayRef<ast::Statement *> Body) {
  auto *First = Body.empty() ? nullptr : dyn_cast<ast::Expr>(Body.front());
  auto *C = First ? dyn_cast<ast::Constant>(First->value) : nullptr;
  return C && C->value.Kind == ast::ConstantValue::Str ? C : nullptr;
}

void Evaluator::runModule(ModuleObj *M) {
  if (!M->Unit || !M->Unit->Parsed.Module)
    return;
  Scope S;
  S.Module = M;
  // {"comment": __doc__} reads it.
  const ast::Constant *Doc = docstringOf(M->Unit->Parsed.Module->body);
  M->Globals["__doc__"] = {Doc ? H.str(Doc->value.Text.str()) : H.none(), {}};
  // What the body raises and does not catch would fail the import; the
  // modules of a package that imports do not, so a try around an import
  // catches only the ImportError of a module not found.
  std::vector<std::vector<ExceptClause>> Importing =
      std::exchange(Catching, {});
  Object *ImportingHandles = std::exchange(Handling, nullptr);
  // Nor does an import of its own that the analysis cannot resolve: taken
  // as installed unless a try of the module's catches its ImportError.
  unsigned ImportingHandlers = std::exchange(ImportErrorHandlers, 0);
  unsigned ImportingFailures = ImportFailures;
  for (const ast::Statement *St : M->Unit->Parsed.Module->body) {
    // An import runs the imported module inside this statement; the
    // importing statement goes on with its own budget.
    BudgetScope Budget(*this, locOf(St, M->Unit));
    execStatement(St, S);
  }
  Catching = std::move(Importing);
  Handling = ImportingHandles;
  ImportErrorHandlers = ImportingHandlers;
  ImportFailures = ImportingFailures;
}

void Evaluator::execBlock(llvm::ArrayRef<ast::Statement *> Body, Scope &S) {
  for (const ast::Statement *St : Body) {
    if (S.Returned || S.Broke || S.Continued || S.RaisedImportError || Raised)
      return;
    execStatement(St, S);
  }
}

Namespace &Evaluator::namespaceToBind(Scope &S) {
  // A module's own body binds its globals; a function of another module
  // may too (`global`).
  if (!S.Locals)
    noteWrite(S.Module);
  return S.Locals ? *S.Locals : S.Module->Globals;
}

void Evaluator::bind(Scope &S, llvm::StringRef Name, Object *Value,
                     SrcLoc Where) {
  namespaceToBind(S)[Name] = {Value, Where};
}

void Evaluator::bindIdentifier(Scope &S, llvm::StringRef Name, Object *Value,
                               SrcLoc Where) {
  namespaceToBind(S).atInterned(S.Class ? privateName(Name, S.PrivateNamesOf)
                                        : Name) = {Value, Where};
}

llvm::StringRef Evaluator::privateName(llvm::StringRef Name,
                                       const ClassObj *Of) const {
  if (!Of || !Name.starts_with("__") || Name.ends_with("__"))
    return Name;
  llvm::StringRef Class = llvm::StringRef(Of->Name).ltrim('_');
  if (Class.empty())
    return Name;
  return internName(("_" + Class + Name).str());
}

Object *Evaluator::lookupName(llvm::StringRef Name, Scope &S, SrcLoc Where) {
  if (S.Locals) {
    auto It = S.Locals->find(Name);
    if (It != S.Locals->end())
      return It->second.Value;
  }
  // A class body inside a function reads the function's locals too; a
  // function body's own locals are S.Locals already.
  Frame *First = nullptr;
  if (S.Function)
    First =
        S.Locals == &S.Function->Locals ? S.Function->Enclosing : S.Function;
  for (Frame *F = First; F; F = F->Enclosing) {
    auto It = F->Locals.find(Name);
    if (It != F->Locals.end())
      return It->second.Value;
  }
  auto It = S.Module->Globals.find(Name);
  if (It != S.Module->Globals.end())
    return It->second.Value;
  if (ModuleObj *Builtins = Loader.importModule("builtins", Where)) {
    auto B = Builtins->Globals.find(Name);
    if (B != Builtins->Globals.end())
      return B->second.Value;
  }
  // Only the functions come first in Builtins.def; methods are reached
  // through their receiver.
  if (BuiltinFunctions.empty()) {
#define BUILTIN(Id_, Name_)                                                    \
  if (BuiltinId::Id_ < BuiltinId::StrLower) {                                  \
    BuiltinObj *B = H.make<BuiltinObj>();                                      \
    B->Id = BuiltinId::Id_;                                                    \
    BuiltinFunctions.try_emplace(Name_, B);                                    \
  }
#include "sema/Builtins.def"
  }
  auto F = BuiltinFunctions.find(Name);
  if (F != BuiltinFunctions.end())
    return F->second;
  // Python 3.11's other builtins (dir(builtins)): real, but not modelled.
  static constexpr llvm::StringLiteral UnmodelledBuiltins[] = {
      "abs",    "aiter",   "anext",      "ascii",   "bin",     "breakpoint",
      "chr",    "compile", "copyright",  "credits", "delattr", "divmod",
      "eval",   "exec",    "exit",       "filter",  "globals", "hash",
      "help",   "hex",     "id",         "input",   "iter",    "license",
      "locals", "map",     "memoryview", "next",    "oct",     "open",
      "ord",    "pow",     "quit",       "round",   "slice",   "sum",
      "vars"};
  if (llvm::is_contained(UnmodelledBuiltins, Name))
    return H.unmodelled(Name.str(), Where);
  return H.unknown(Name.str(), "name '" + Name.str() + "' is not defined",
                   Where);
}

void Evaluator::assign(const ast::Expression *Target, Object *Value, Scope &S,
                       SrcLoc Where) {
  switch (Target->Kind) {
  case ast::NodeKind::Name:
    bindIdentifier(S, cast<ast::Name>(Target)->id, Value, Where);
    return;
  case ast::NodeKind::Attribute: {
    const auto *A = cast<ast::Attribute>(Target);
    llvm::StringRef Name = privateName(A->attr, S.PrivateNamesOf);
    const auto *Inner = dyn_cast<ast::Attribute>(A->value);
    if (!Inner) {
      setAttr(eval(A->value, S), Name, Value, Where);
      return;
    }
    // Class.attribute.name = value: what the class attribute reads as may
    // not be what it holds (a mapped column).
    Object *Base = eval(Inner->value, S);
    llvm::StringRef Attribute = privateName(Inner->attr, S.PrivateNamesOf);
    SrcLoc InnerWhere = locOf(Inner, S);
    Object *Owner = getAttr(Base, Attribute, InnerWhere);
    if (isa<UnknownObj>(Owner))
      raiseIfLacking(Base, Attribute, InnerWhere);
    auto *C = dyn_cast<ClassObj>(Base);
    auto *I = dyn_cast<InstanceObj>(Owner);
    if (C && I && OnMappedAttributeSet &&
        OnMappedAttributeSet(C, Attribute, I, Name, Where))
      return;
    setAttr(Owner, Name, Value, Where);
    return;
  }
  case ast::NodeKind::Subscript: {
    const auto *Sub = cast<ast::Subscript>(Target);
    Object *Container = eval(Sub->value, S);
    Object *Key = eval(Sub->slice, S);
    if (auto *D = dyn_cast<DictObj>(Container)) {
      noteWrite(D);
      writeThrough(D, Key, Value, Where);
      storeItem(D, Key, Value);
      return;
    }
    if (auto *L = dyn_cast<SequenceObj>(Container);
        L && Container->Kind == ObjKind::List) {
      std::optional<int64_t> Index = integerIndex(Key);
      if (auto At = Index ? positionIn(L, *Index) : std::nullopt) {
        noteWrite(L);
        L->Elements[*At] = Value;
        return;
      }
      report(Where, DiagId::UnknownItemStore, "a list",
             Index ? "index out of range" : "an index other than an integer");
      return;
    }
    if (auto *I = dyn_cast<InstanceObj>(Container)) {
      if (I->Class->lookup("__setitem__")) {
        CallArgs Args;
        Args.Positional.push_back(Key);
        Args.Positional.push_back(Value);
        call(getAttr(I, "__setitem__", Where), Args, Where);
        return;
      }
    }
    // What an unknown value holds stays unknown.
    if (!isa<UnknownObj>(Container))
      report(Where, DiagId::UnknownItemStore, kindWithArticle(Container->Kind),
             "not a container the analysis stores into");
    return;
  }
  case ast::NodeKind::Tuple:
  case ast::NodeKind::List: {
    llvm::ArrayRef<ast::Expression *> Elts =
        Target->Kind == ast::NodeKind::Tuple ? cast<ast::Tuple>(Target)->elts
                                             : cast<ast::List>(Target)->elts;
    auto *Seq = dyn_cast<SequenceObj>(Value);
    // Any other iterable unpacks as what it yields (a namedtuple, a dict's
    // keys, an object with __iter__).
    if (!Seq && !isa<UnknownObj>(Value)) {
      std::vector<Object *> Items;
      if (iterate(Value, Items)) {
        Seq = H.make<SequenceObj>(ObjKind::Tuple);
        Seq->Elements = std::move(Items);
      }
    }
    bool HasStar = llvm::any_of(
        Elts, [](const ast::Expression *E) { return isa<ast::Starred>(E); });
    if (!Seq || (!HasStar && Seq->Elements.size() != Elts.size())) {
      for (const ast::Expression *E : Elts)
        assign(isa<ast::Starred>(E) ? cast<ast::Starred>(E)->value : E,
               H.unknown("", "unpacking of an unknown value", Where), S, Where);
      return;
    }
    size_t N = Seq->Elements.size(), Front = 0;
    for (; Front < Elts.size() && !isa<ast::Starred>(Elts[Front]); ++Front)
      assign(Elts[Front], Front < N ? Seq->Elements[Front] : H.none(), S,
             Where);
    if (Front == Elts.size())
      return;
    size_t Back = Elts.size() - Front - 1;
    SequenceObj *Rest = H.make<SequenceObj>(ObjKind::List);
    for (size_t I = Front; I + Back < N; ++I)
      Rest->Elements.push_back(Seq->Elements[I]);
    assign(cast<ast::Starred>(Elts[Front])->value, Rest, S, Where);
    for (size_t I = 0; I < Back; ++I)
      assign(Elts[Front + 1 + I],
             N >= Back ? Seq->Elements[N - Back + I] : H.none(), S, Where);
    return;
  }
  case ast::NodeKind::Starred:
    assign(cast<ast::Starred>(Target)->value, Value, S, Where);
    return;
  default:
    return;
  }
}

Object *Evaluator::makeFunction(const ast::Node *Def,
                                const ast::Arguments *Args,
                                llvm::StringRef Name, Scope &S) {
  FunctionObj *F = H.make<FunctionObj>();
  F->Name = Name.str();
  // As Python's __qualname__: a nested function's names its enclosing
  // function's locals.
  F->QualName = S.Class ? S.Class->Name + "." + Name.str() : Name.str();
  if (S.Function && S.Function->Running && !S.Class)
    F->QualName = S.Function->Running->QualName + ".<locals>." + F->QualName;
  F->Def = Def;
  F->Args = Args;
  F->DefKind = Def->Kind;
  F->DefRange = Def->Range;
  F->Globals = S.Module;
  F->Generation = S.Module->Unit ? S.Module->Unit->TreeGeneration : 0;
  F->Enclosing = S.Function;
  F->PrivateNamesOf = S.Class ? S.Class : S.PrivateNamesOf;
  for (Frame *Outer = S.Function; Outer && !Outer->Captured;
       Outer = Outer->Enclosing)
    Outer->Captured = true;
  F->IsStub = S.Module->Unit && S.Module->Unit->IsStub;
  F->Where = locOf(Def, S);
  for (const ast::Expression *D : Args->defaults)
    F->Defaults.push_back(eval(D, S));
  for (const ast::Expression *D : Args->kw_defaults)
    F->KwDefaults.push_back(D ? eval(D, S) : nullptr);
  return F;
}

bool Evaluator::failImport(Scope &S) {
  ++ImportFailures;
  if (!ImportErrorHandlers)
    return false;
  S.RaisedImportError = true;
  return true;
}

void Evaluator::execImport(const ast::Import *I, Scope &S) {
  SrcLoc Where = locOf(I, S);
  for (const ast::Alias *A : I->names) {
    llvm::StringRef Full = A->name;
    ModuleObj *Target = Loader.importModule(Full, Where);
    if (!Target) {
      // Taken as not installed.
      if (failImport(S))
        return;
      // Bound to the top package's name unless given another, as Python
      // binds it.
      llvm::StringRef Bound = A->asname.empty() ? Full.split('.').first : Full;
      for (size_t Dot = Full.find('.'); Dot != llvm::StringRef::npos;
           Dot = Full.find('.', Dot + 1))
        OpaqueModulePaths.insert(Full.take_front(Dot));
      OpaqueModulePaths.insert(Full);
      UnknownObj *U = H.opaque(Bound.str(), "opaque module", Where);
      U->ModulePathSize = Bound.size();
      bind(S, A->asname.empty() ? Bound : llvm::StringRef(A->asname), U,
           locOf(A, S));
      continue;
    }
    if (!A->asname.empty()) {
      bind(S, A->asname, Target, locOf(A, S));
      continue;
    }
    // `import a.b.c` binds a, with b and c reachable as attributes.
    llvm::StringRef Top = Full.split('.').first;
    if (ModuleObj *TopModule = Loader.importModule(Top, Where))
      bind(S, Top, TopModule, locOf(A, S));
  }
}

void Evaluator::setRelease(llvm::StringRef Version) {
  auto [Major, Minor] = Version.split('.');
  Release = {0, 0};
  if (Major.getAsInteger(10, Release.first) ||
      Minor.getAsInteger(10, Release.second))
    Release = {0, 0};
}

std::optional<Evaluator::ReleaseNumber>
Evaluator::releaseOfName(ModuleObj *M, llvm::StringRef Name, bool Added) {
  if (!M->Unit || !M->Unit->IsStub)
    return std::nullopt;
  auto [It, New] = ReleaseTables.try_emplace(M);
  if (New)
    for (bool Since : {true, false}) {
      auto Entry =
          M->Globals.find(Since ? "__schemac_since__" : "__schemac_until__");
      auto *Table = Entry != M->Globals.end()
                        ? dyn_cast<DictObj>(Entry->second.Value)
                        : nullptr;
      if (!Table)
        continue;
      for (auto &[K, V] : Table->Items) {
        auto *Key = dyn_cast<StrObj>(K);
        auto *Version = dyn_cast<SequenceObj>(V);
        if (!Key || !Version || Version->Elements.size() != 2)
          continue;
        auto *Major = dyn_cast<IntObj>(Version->Elements[0]);
        auto *Minor = dyn_cast<IntObj>(Version->Elements[1]);
        if (Major && Minor)
          It->second[Since ? 0 : 1][Key->Value] = {Major->Value, Minor->Value};
      }
    }
  const llvm::StringMap<ReleaseNumber> &Table = It->second[Added ? 0 : 1];
  auto Found = Table.find(Name);
  if (Found == Table.end())
    return std::nullopt;
  return Found->second;
}

std::optional<std::string> Evaluator::notInRelease(ModuleObj *M,
                                                   llvm::StringRef Name) {
  if (Release.first == 0)
    return std::nullopt;
  for (bool Added : {true, false}) {
    std::optional<ReleaseNumber> At = releaseOfName(M, Name, Added);
    if (At && (Added ? *At > Release : *At <= Release))
      return (Added ? "it was added in " : "it was removed in ") +
             std::to_string(At->first) + "." + std::to_string(At->second);
  }
  return std::nullopt;
}

bool Evaluator::rejectedByRelease(ModuleObj *M, const std::string &Base,
                                  llvm::StringRef Name,
                                  llvm::StringRef BoundName, Scope &S,
                                  SrcLoc Where, SrcLoc AliasWhere) {
  if (!S.Module->Unit || S.Module->Unit->IsStub)
    return false;
  if (!ImportErrorHandlers)
    if (std::optional<ReleaseNumber> Since =
            releaseOfName(M, Name, /*Added=*/true))
      NewestApiImported = std::max(NewestApiImported, *Since);
  std::optional<std::string> Why = notInRelease(M, Name);
  if (!Why)
    return false;
  // An ImportError at run time: a try around it takes its fallback;
  // otherwise the name is unknown from here on.
  if (failImport(S))
    return true;
  report(AliasWhere, DiagId::NotInRelease, Name.str(), Base,
         std::to_string(Release.first) + "." + std::to_string(Release.second),
         *Why);
  bind(S, BoundName,
       H.unknown(Base + "." + Name.str(), "not in this SQLAlchemy release",
                 Where),
       AliasWhere);
  return true;
}

std::string importedModuleName(llvm::StringRef Importer, bool IsPackage,
                               int Level, llvm::StringRef Module) {
  if (Level == 0)
    return Module.str();
  // Relative: from the importer's package, going up Level - 1 packages.
  llvm::StringRef Package = Importer;
  if (!IsPackage)
    Package = Package.rsplit('.').first == Package ? llvm::StringRef()
                                                   : Package.rsplit('.').first;
  for (int L = 1; L < Level && !Package.empty(); ++L)
    Package =
        Package.contains('.') ? Package.rsplit('.').first : llvm::StringRef();
  if (Module.empty())
    return Package.str();
  return Package.empty() ? Module.str() : (Package + "." + Module).str();
}

Object *Evaluator::importedName(const ast::ImportFrom *I, llvm::StringRef Name,
                                ModuleObj *From, SrcLoc Where) {
  const ModuleUnit *U = From->Unit;
  std::string Base =
      importedModuleName(From->Name, U && U->IsPackage, I->level, I->module);
  ModuleObj *M = Base.empty() ? nullptr : Loader.importModule(Base, Where);
  return M ? getAttr(M, Name, Where) : nullptr;
}

void Evaluator::execImportFrom(const ast::ImportFrom *I, Scope &S) {
  SrcLoc Where = locOf(I, S);
  const ModuleUnit *U = S.Module->Unit;
  std::string Base = importedModuleName(S.Module->Name, U && U->IsPackage,
                                        I->level, I->module);
  ModuleObj *M = Base.empty() ? nullptr : Loader.importModule(Base, Where);
  for (const ast::Alias *A : I->names) {
    SrcLoc AliasWhere = locOf(A, S);
    llvm::StringRef BoundName = A->asname.empty() ? A->name : A->asname;
    if (!M) {
      if (failImport(S))
        return;
      if (A->name != "*") {
        UnknownObj *Member =
            H.opaque(Base + "." + A->name.str(), "opaque module", Where);
        Member->ModulePathSize = Base.size();
        bind(S, BoundName, Member, AliasWhere);
      }
      continue;
    }
    if (A->name == "*") {
      auto All = M->Globals.find("__all__");
      auto *Names = All != M->Globals.end()
                        ? dyn_cast<SequenceObj>(All->second.Value)
                        : nullptr;
      if (Names) {
        noteRead(All->second.Value, M, "__all__");
        // A copy: getAttr may import a submodule that adds to __all__.
        for (Object *N : std::vector(Names->Elements))
          if (auto *NS = dyn_cast<StrObj>(N))
            bind(S, NS->Value, getAttr(M, NS->Value, Where), AliasWhere);
        continue;
      }
      // What a package whose __init__ did not run would have bound; every
      // public name.
      noteUnrunRead(M, "*");
      noteRead(nullptr, M, "*");
      for (auto &[Name, B] : M->Globals)
        if (!llvm::StringRef(Name).starts_with("_")) {
          noteRead(B.Value, M, Name);
          bind(S, Name, B.Value, AliasWhere);
        }
      continue;
    }
    auto It = M->Globals.find(A->name);
    if (It != M->Globals.end()) {
      noteUnrunRead(M, A->name);
      noteRead(It->second.Value, M, A->name);
      if (rejectedByRelease(M, Base, A->name, BoundName, S, Where,
                            AliasWhere)) {
        if (S.RaisedImportError)
          return;
        continue;
      }
      bind(S, BoundName, It->second.Value, AliasWhere);
      continue;
    }
    // PEP 562: the module's own __getattr__, before its submodules.
    if (Object *Lazy = moduleGetattr(M, A->name, AliasWhere)) {
      noteUnrunRead(M, A->name);
      bind(S, BoundName, Lazy, AliasWhere);
      continue;
    }
    if (ModuleObj *Sub =
            Loader.hasModule(Base + "." + A->name.str())
                ? Loader.importModule(Base + "." + A->name.str(), Where)
                : nullptr) {
      noteUnrunRead(M, A->name);
      bind(S, BoundName, Sub, AliasWhere);
      continue;
    }
    noteUnrunRead(M, A->name);
    noteRead(nullptr, M, A->name);
    std::string Full = Base + "." + A->name.str();
    // A stub models part of its library: the rest is opaque, as getAttr
    // has it.
    if (M->Unit && M->Unit->IsStub) {
      if (rejectedByRelease(M, Base, A->name, BoundName, S, Where,
                            AliasWhere)) {
        if (S.RaisedImportError)
          return;
        continue;
      }
      UnknownObj *Member = H.unmodelled(Full, Where);
      Member->ModulePathSize = Base.size();
      bind(S, BoundName, Member, AliasWhere);
      continue;
    }
    // A module still running is part of an import cycle; one that has run
    // lacks the name as far as the analysis saw it run (a star import of
    // an opaque module, a module __getattr__ may give it: no ImportError
    // is certain).
    if (M->Unit)
      report(AliasWhere,
             M->Running ? DiagId::ImportCycle : DiagId::ImportMissingName,
             A->name.str(), Base);
    bind(S, BoundName, H.unknown(Full, "not defined in module", Where),
         AliasWhere);
  }
}

/// C3 linearisation; false when the bases admit none.
static bool linearize(ClassObj *C, std::vector<ClassObj *> &Out) {
  std::vector<std::vector<ClassObj *>> Seqs;
  for (ClassObj *B : C->Bases)
    Seqs.push_back(B->Mro);
  Seqs.push_back(C->Bases);
  Out = {C};
  while (true) {
    llvm::erase_if(Seqs, [](auto &Seq) { return Seq.empty(); });
    if (Seqs.empty())
      return true;
    ClassObj *Next = nullptr;
    for (auto &Seq : Seqs) {
      ClassObj *Candidate = Seq.front();
      bool InTail = llvm::any_of(Seqs, [&](auto &Other) {
        return llvm::is_contained(llvm::drop_begin(Other), Candidate);
      });
      if (!InTail) {
        Next = Candidate;
        break;
      }
    }
    if (!Next)
      return false;
    Out.push_back(Next);
    for (auto &Seq : Seqs)
      if (Seq.front() == Next)
        Seq.erase(Seq.begin());
  }
}

void Evaluator::execClassDef(const ast::ClassDef *CD, Scope &S) {
  SrcLoc Where = locOf(CD, S);
  ClassObj *C = H.make<ClassObj>();
  C->Name = CD->name.str();
  // __qualname__: under the enclosing class's, or its function's locals.
  std::string QualPart = C->Name;
  if (S.Class) {
    auto Outer = S.Class->Dict.find("__qualname__");
    auto *OuterName = Outer != S.Class->Dict.end()
                          ? dyn_cast<StrObj>(Outer->second.Value)
                          : nullptr;
    QualPart = (OuterName ? OuterName->Value : S.Class->Name) + "." + C->Name;
  } else if (S.Function && S.Function->Running) {
    QualPart = S.Function->Running->QualName + ".<locals>." + C->Name;
  }
  C->QualName = S.Module->Name + "." + QualPart;
  C->Module = S.Module;
  C->IsStub = S.Module->Unit && S.Module->Unit->IsStub;
  C->Where = Where;
  // A base from an opaque module is reported once the body has run, and
  // only where it may concern the models (definesNoSchema,
  // reportUnreportedBases): an API view on flask's MethodView, an error on
  // werkzeug's NotFound, a pydantic settings class is none of theirs.
  llvm::SmallVector<std::pair<SrcLoc, ClassObj *>, 2> KnownBases;
  llvm::SmallVector<std::pair<SrcLoc, UnreportedBase>, 1> OpaqueBases;
  for (const ast::Expression *BaseExpr : CD->bases) {
    Object *Base = eval(BaseExpr, S);
    if (auto *G = dyn_cast<GenericAliasObj>(Base))
      Base = G->Origin;
    if (auto *BC = dyn_cast<ClassObj>(Base)) {
      noteSubclass(BC);
      KnownBases.push_back({locOf(BaseExpr, S), BC});
      if (!llvm::is_contained(C->Bases, BC))
        C->Bases.push_back(BC);
      continue;
    }
    // Generic[T]-like: the name of what is subscripted.
    std::string Name = dottedName(BaseExpr);
    if (auto *Sub = dyn_cast<ast::Subscript>(BaseExpr); Sub && Name.empty())
      if (std::string Of = dottedName(Sub->value); !Of.empty())
        Name = Of + "[...]";
    if (Name.empty())
      Name = "<expression>";
    C->ConstructionUnseen = true;
    auto *U = dyn_cast<UnknownObj>(Base);
    if (U && U->Opaque)
      OpaqueBases.push_back({locOf(BaseExpr, S), {Name, U->Reason}});
    else
      report(locOf(BaseExpr, S), DiagId::UnknownBase, Name,
             U ? U->Reason : std::string("not a class"));
  }
  for (const ast::Keyword *K : CD->keywords)
    if (K->arg == "metaclass") {
      C->ConstructionUnseen = true;
      C->Metaclass = dyn_cast<ClassObj>(eval(K->value, S));
    } else if (!K->arg.empty())
      C->Keywords.emplace_back(K->arg, eval(K->value, S));
  if (!linearize(C, C->Mro)) {
    // type() raises TypeError: a try that catches it has no class.
    if (raiseBuiltin("TypeError", Where))
      return;
    report(Where, DiagId::MroConflict, C->Name);
    C->Mro = {C};
    for (ClassObj *B : C->Bases)
      for (ClassObj *M : B->Mro)
        if (!llvm::is_contained(C->Mro, M))
          C->Mro.push_back(M);
  }
  if (C->Mro.back()->QualName != "builtins.object")
    if (auto *Object =
            dyn_cast_or_null<ClassObj>(lookupQualified("builtins.object")))
      if (!llvm::is_contained(C->Mro, Object))
        C->Mro.push_back(Object);

  Scope Body;
  Body.Module = S.Module;
  Body.Locals = &C->Dict;
  Body.Class = C;
  Body.PrivateNamesOf = C;
  Body.Function = S.Function;
  // Mostly one binding per statement: the dictionary is allocated once.
  C->Dict.reserve(2 + CD->body.size());
  C->Dict["__module__"] = {H.str(S.Module->Name), Where};
  C->Dict["__qualname__"] = {H.str(QualPart), Where};
  // The docstring is bound first; a class without one has __doc__ None.
  if (const ast::Constant *Doc = docstringOf(CD->body))
    C->Dict["__doc__"] = {H.str(Doc->value.Text.str()), Where};
  execBlock(CD->body, Body);
  if (!C->Dict.count("__doc__"))
    C->Dict["__doc__"] = {H.none(), Where};
  C->BodyCutShort = outOfSteps();
  // A class whose body raised is never made.
  if (Raised)
    return;
  // A body that sets __module__ gives the class that module's name, as
  // cls.__module__ does in Python (and the library's classes the one of
  // the module the library defines them in).
  if (auto Module = C->Dict.find("__module__"); Module != C->Dict.end())
    if (auto *M = dyn_cast_or_null<StrObj>(Module->second.Value);
        M && M->Value != S.Module->Name)
      C->QualName = M->Value + C->QualName.substr(S.Module->Name.size());

  C->DefinesNoSchema = definesNoSchema(CD, C);
  if (C->DefinesNoSchema) {
    if (!OpaqueBases.empty())
      UnreportedBases.try_emplace(C, OpaqueBases.front().second);
  } else {
    for (auto &[At, B] : OpaqueBases)
      report(At, DiagId::UnknownBase, B.Name, B.Reason);
    for (auto &[At, BC] : KnownBases)
      reportUnreportedBases(BC, At);
  }

  // Members of a Python enum are instances of the enum class.
  if (C->isSubclassOf("enum.Enum") && !C->IsStub)
    makeEnumMembers(C);

  // Before the class is mapped: DeclarativeMeta maps it once type.__new__
  // has returned, DeclarativeBase in its own __init_subclass__, which an
  // override reaches by super().
  ClassObj *SavedPending = std::exchange(MappingPending, C);
  if (!runInitSubclass(C, Where) && !Raised) {
    runMetaclassInit(C, Where);
    if (!Raised && OnClassCreated)
      OnClassCreated(C);
  }
  MappingPending = SavedPending;
  // __init_subclass__ raised: the class statement fails, no name is bound.
  if (Raised)
    return;
  Object *Result = C;
  for (const ast::Expression *D : llvm::reverse(CD->decorator_list))
    Result = applyDecorator(eval(D, S), Result, locOf(D, S));
  bindIdentifier(S, CD->name, Result, Where);
}

void Evaluator::makeEnumMembers(ClassObj *C) {
  std::optional<int64_t> LastInt;
  // A project's _generate_next_value_(name, start, count, last_values),
  // a staticmethod written as one or not (call() takes either), gives
  // what auto() is.
  Object *GenerateNext = nullptr;
  for (ClassObj *M : C->Mro) {
    if (M->IsStub)
      continue;
    auto It = M->Dict.find("_generate_next_value_");
    if (It != M->Dict.end()) {
      GenerateNext = It->second.Value;
      break;
    }
  }
  SequenceObj *LastValues =
      GenerateNext ? H.make<SequenceObj>(ObjKind::List) : nullptr;
  // The class body's names, as they were: a member's __new__ or __init__
  // may set attributes of the class, which moves its dict's entries.
  auto Body = std::vector(C->Dict.begin(), C->Dict.end());
  for (auto &[Name, B] : Body) {
    if (llvm::StringRef(Name).starts_with("_") ||
        isa<FunctionObj, ClassObj, BuiltinObj>(B.Value))
      continue;
    // Descriptors (property, classmethod) are not members either.
    if (auto *D = dyn_cast<InstanceObj>(B.Value);
        D && (D->Class->isSubclassOf("builtins.property") ||
              D->Class->isSubclassOf("builtins.classmethod") ||
              D->Class->isSubclassOf("builtins.staticmethod")))
      continue;
    Object *Value = B.Value;
    // enum.auto(): _generate_next_value_ as Python 3.11's enum defines
    // it: the lower-case name for a StrEnum, the next power of two for a
    // Flag, else one more than the last integer value (from 1).
    if (isInstanceOf(Value, "enum.auto") && GenerateNext) {
      CallArgs Args;
      Args.Positional = {H.str(Name.str(), B.Where), H.integer(1),
                         H.integer(LastValues->Elements.size()), LastValues};
      Value = call(GenerateNext, Args, B.Where);
    } else if (isInstanceOf(Value, "enum.auto")) {
      if (C->isSubclassOf("enum.StrEnum")) {
        Value = H.str(llvm::StringRef(Name).lower(), B.Where);
      } else if (C->isSubclassOf("enum.Flag")) {
        int64_t Next = 1;
        while (LastInt && Next <= *LastInt)
          Next <<= 1;
        Value = H.integer(Next);
      } else {
        int64_t Next = LastInt ? *LastInt + 1 : 1;
        Value = H.integer(Next);
        // A str mixin makes the member's value str() of it.
        if (C->isSubclassOf("builtins.str")) {
          LastInt = Next;
          Value = H.str(std::to_string(Next), B.Where);
        }
      }
    }
    if (auto *I = dyn_cast<IntObj>(Value))
      LastInt = I->Value;
    if (LastValues)
      LastValues->Elements.push_back(Value);
    // The project's __new__ makes the member from the value (a tuple's
    // items as its arguments) and may set its _value_; its __init__
    // then takes the same arguments (extra attributes of each member).
    CallArgs MemberArgs;
    if (auto *T = dyn_cast<SequenceObj>(Value);
        T && Value->Kind == ObjKind::Tuple)
      MemberArgs.Positional.assign(T->Elements.begin(), T->Elements.end());
    else
      MemberArgs.Positional.push_back(Value);
    InstanceObj *Member = nullptr;
    ClassObj *Definer = nullptr;
    if (FunctionObj *New = projectMethod(C, "__new__", Definer))
      Member = dyn_cast<InstanceObj>(
          callFunction(New, C, MemberArgs, B.Where, Definer));
    if (!Member)
      Member = newInstance(C, B.Where);
    Member->Where = B.Where;
    if (FunctionObj *Init = projectMethod(C, "__init__", Definer))
      callFunction(Init, Member, MemberArgs, B.Where, Definer);
    if (Object *Given = Member->Attrs.lookup("_value_").Value)
      Value = Given;
    Member->Attrs["name"] = {H.str(Name.str()), B.Where};
    Member->Attrs["value"] = {Value, B.Where};
    C->Dict.atInterned(Name).Value = Member;
  }
}

bool Evaluator::isMappingHookClass(const ClassObj *C) {
  return C->IsStub && (C->QualName == "sqlalchemy.orm.DeclarativeBase" ||
                       C->QualName == "sqlalchemy.orm.DeclarativeBaseNoMeta");
}

bool Evaluator::runInitSubclass(ClassObj *C, SrcLoc Where) {
  // An interned name: a class dictionary finds it by address.
  static const llvm::StringRef HookName = internName("__init_subclass__");
  for (ClassObj *Base : llvm::drop_begin(C->Mro)) {
    auto It = Base->Dict.find(HookName);
    if (It == Base->Dict.end())
      continue;
    Object *Hook = It->second.Value;
    // Written with @classmethod or without: the same.
    if (auto *D = dyn_cast<InstanceObj>(Hook);
        D && D->Class->isSubclassOf("builtins.classmethod"))
      Hook = D->arg("fget");
    // object's does nothing.
    auto *F = dyn_cast_or_null<FunctionObj>(Hook);
    if (!F || Base->QualName == "builtins.object")
      return false;
    // DeclarativeBase's maps the class, and only that.
    if (F->IsStub && isMappingHookClass(Base)) {
      mapPendingClass(C);
      return true;
    }
    // Bound to the class, as a method of the class defining it: super()
    // in it goes on from there.
    CallArgs Args;
    for (auto &[Name, Value] : C->Keywords)
      Args.Keywords.emplace_back(Name, Value);
    Object *Result = callFunction(F, C, Args, Where, Base);
    bool MapsInHook =
        llvm::any_of(llvm::drop_begin(C->Mro), isMappingHookClass);
    // An override the analysis could not run (calls nested too deeply, its
    // arguments not bound) may well have reached the library's hook: the
    // class is mapped, and that said, rather than dropped without a word.
    if (auto *U = dyn_cast<UnknownObj>(Result);
        U && U->Name == F->QualName + "()" && MapsInHook &&
        MappingPending == C) {
      report(Where, DiagId::UnknownMappingHook, Base->Name, describeUnknown(U),
             C->Name);
      mapPendingClass(C);
      return true;
    }
    // Where a library hook maps the class, an override that did not reach
    // it by super() leaves it unmapped, as in SQLAlchemy.
    return MappingPending != C || MapsInHook;
  }
  return false;
}

void Evaluator::runMetaclassInit(ClassObj *C, SrcLoc Where) {
  // The metaclass the class statement gives, else its bases': one of the
  // project's, or the one declarative_base(metaclass=...) was given.
  static const llvm::StringRef GivenName = internName("__schemac_metaclass__");
  for (ClassObj *B : C->Mro) {
    if (C->Metaclass)
      break;
    if (B->Metaclass)
      C->Metaclass = B->Metaclass;
    else if (auto It = B->Dict.find(GivenName); It != B->Dict.end())
      C->Metaclass = dyn_cast_or_null<ClassObj>(It->second.Value);
  }
  if (!C->Metaclass)
    return;
  // Its __init__, the project's (type's and DeclarativeMeta's map the
  // class, which follows): DeclarativeMeta.__init__ maps the class once the
  // override's super() reaches it, after what the override sets.
  static const llvm::StringRef InitName = internName("__init__");
  for (ClassObj *M : C->Metaclass->Mro) {
    if (M->IsStub)
      return;
    auto It = M->Dict.find(InitName);
    if (It == M->Dict.end())
      continue;
    auto *F = dyn_cast_or_null<FunctionObj>(It->second.Value);
    if (!F)
      return;
    CallArgs Args;
    Args.Positional = {H.str(C->Name), getAttr(C, "__bases__", Where),
                       getAttr(C, "__dict__", Where)};
    (void)callFunction(F, C, Args, Where, M);
    return;
  }
}

void Evaluator::mapPendingClass(ClassObj *C) {
  if (C != MappingPending)
    return;
  MappingPending = nullptr;
  if (OnClassCreated)
    OnClassCreated(C);
}

Object *Evaluator::applyDecorator(Object *Decorator, Object *Target,
                                  SrcLoc Where) {
  CallArgs Args;
  Args.Positional.push_back(Target);
  Object *Result = call(Decorator, Args, Where);
  // A decorator the analysis cannot see through (dataclasses.dataclass, a
  // library's registration hook) is taken to return what it decorates:
  // nearly all class decorators do, and the class must not be lost.
  if (isa<UnknownObj>(Result))
    return Target;
  return Result;
}

/// Does a handler catch what a failed import raises?
static bool catchesImportError(const ast::ExceptHandler *EH) {
  if (!EH->type)
    return true;
  std::vector<const ast::Expression *> Types;
  if (const auto *T = dyn_cast<ast::Tuple>(EH->type))
    Types.assign(T->elts.begin(), T->elts.end());
  else
    Types.push_back(EH->type);
  for (const ast::Expression *T : Types) {
    std::string N = dottedName(T);
    if (N == "ImportError" || N == "ModuleNotFoundError" || N == "Exception" ||
        N == "BaseException")
      return true;
  }
  return false;
}

bool Evaluator::clauseCatches(const ExceptClause &Clause,
                              Object *Exception) const {
  return !Clause.Handler->type || isOneOf(Exception, Clause.Classes);
}

bool Evaluator::isOneOf(Object *Exception,
                        llvm::ArrayRef<Object *> Classes) const {
  ClassObj *Class = classOrClassOf(Exception);
  for (Object *T : Classes) {
    auto *Handled = dyn_cast<ClassObj>(T);
    if (!Handled)
      continue;
    // An exception of a class the analysis cannot see is some Exception.
    if (!Class ? Handled->QualName == "builtins.Exception" ||
                     Handled->QualName == "builtins.BaseException"
               : llvm::is_contained(Class->Mro, Handled))
      return true;
  }
  return false;
}

bool Evaluator::caught(Object *Exception) const {
  for (const std::vector<ExceptClause> &Clauses : Catching)
    for (const ExceptClause &Clause : Clauses)
      if (clauseCatches(Clause, Exception))
        return true;
  return false;
}

void Evaluator::deleteTarget(const ast::Expression *T, Scope &S, SrcLoc Where) {
  if (const auto *N = dyn_cast<ast::Name>(T)) {
    Namespace &NS = S.Locals ? *S.Locals : S.Module->Globals;
    NS.remove_if([&](auto &KV) { return KV.first == N->id; });
    return;
  }
  if (const auto *Tuple = dyn_cast<ast::Tuple>(T)) {
    for (const ast::Expression *E : Tuple->elts)
      deleteTarget(E, S, Where);
    return;
  }
  if (const auto *List = dyn_cast<ast::List>(T)) {
    for (const ast::Expression *E : List->elts)
      deleteTarget(E, S, Where);
    return;
  }
  if (const auto *A = dyn_cast<ast::Attribute>(T)) {
    Object *Owner = eval(A->value, S);
    llvm::StringRef Name = privateName(A->attr, S.PrivateNamesOf);
    noteWrite(Owner);
    if (auto *I = dyn_cast<InstanceObj>(Owner))
      I->Attrs.erase(Name);
    else if (auto *C = dyn_cast<ClassObj>(Owner))
      C->Dict.remove_if([&](auto &KV) { return KV.first == Name; });
    else if (auto *M = dyn_cast<ModuleObj>(Owner))
      M->Globals.remove_if([&](auto &KV) { return KV.first == Name; });
    return;
  }
  const auto *Sub = dyn_cast<ast::Subscript>(T);
  if (!Sub)
    return;
  Object *Container = eval(Sub->value, S);
  if (isa<ast::Slice>(Sub->slice)) {
    if (!isa<UnknownObj>(Container))
      report(Where, DiagId::UnknownItemDelete, kindWithArticle(Container->Kind),
             "a slice");
    return;
  }
  Object *Key = eval(Sub->slice, S);
  // Where Python surely raises, a running try catches it; elsewhere the
  // module would fail to import, which the analysis reports.
  if (auto *D = dyn_cast<DictObj>(Container)) {
    noteWrite(D);
    if (removeItem(D, Key, Where))
      return;
    bool Lacks = surelyLacks(D, Key);
    if (!Lacks || !raiseBuiltin("KeyError", Where))
      report(Where, DiagId::UnknownItemDelete, "a dict",
             Lacks ? "a key it does not hold"
                   : "a key not found among those the analysis knows");
    return;
  }
  if (auto *L = dyn_cast<SequenceObj>(Container);
      L && Container->Kind == ObjKind::List) {
    std::optional<int64_t> Index = integerIndex(Key);
    if (auto At = Index ? positionIn(L, *Index) : std::nullopt) {
      noteWrite(L);
      L->Elements.erase(L->Elements.begin() + *At);
      return;
    }
    bool OutOfRange = Index && !L->Incomplete;
    if (!OutOfRange || !raiseBuiltin("IndexError", Where))
      report(Where, DiagId::UnknownItemDelete, "a list",
             OutOfRange ? "index out of range"
             : Index    ? "an index beyond the items the analysis knows"
                        : "an index other than an integer");
    return;
  }
  if (auto *I = dyn_cast<InstanceObj>(Container);
      I && I->Class->lookup("__delitem__")) {
    CallArgs Args;
    Args.Positional.push_back(Key);
    call(getAttr(I, "__delitem__", Where), Args, Where);
    return;
  }
  if (!isa<UnknownObj>(Container))
    report(Where, DiagId::UnknownItemDelete, kindWithArticle(Container->Kind),
           "not a container the analysis deletes from");
}

Object *Evaluator::removeItem(DictObj *D, Object *Key, SrcLoc Where) {
  auto *Item = findItem(D, Key);
  if (!Item)
    return nullptr;
  Object *V = Item->second;
  writeThrough(D, Item->first, nullptr, Where);
  D->Items.erase(D->Items.begin() + (Item - D->Items.data()));
  return V;
}

void Evaluator::writeThrough(DictObj *D, Object *Key, Object *Value,
                             SrcLoc Where) {
  auto *Name = dyn_cast<StrObj>(Key);
  if (!D->ViewOf || !Name)
    return;
  noteWrite(D->ViewOf);
  if (auto *M = dyn_cast<ModuleObj>(D->ViewOf)) {
    if (Value)
      M->Globals[Name->Value] = {Value, Where};
    else
      M->Globals.remove_if([&](auto &KV) { return KV.first == Name->Value; });
    return;
  }
  auto *I = cast<InstanceObj>(D->ViewOf);
  if (Value)
    I->Attrs[Name->Value] = {Value, Where};
  else
    I->Attrs.erase(Name->Value);
}

bool Evaluator::raise(Object *Exception, SrcLoc Where) {
  if (!caught(Exception))
    return false;
  // `raise KeyError` raises an instance of the class.
  if (auto *C = dyn_cast<ClassObj>(Exception))
    Exception = newInstance(C, Where);
  Raised = Exception;
  return true;
}

bool Evaluator::raiseBuiltin(llvm::StringRef Name, SrcLoc Where) {
  if (Catching.empty())
    return false;
  ModuleObj *Builtins = Loader.importModule("builtins", Where);
  if (!Builtins)
    return false;
  auto It = Builtins->Globals.find(Name);
  auto *C = It != Builtins->Globals.end() ? dyn_cast<ClassObj>(It->second.Value)
                                          : nullptr;
  return C && raise(C, Where);
}

void Evaluator::execStatement(const ast::Statement *St, Scope &S) {
  SrcLoc Where = locOf(St, S);
  if (!tick(Where))
    return;
  switch (St->Kind) {
  case ast::NodeKind::Expr: {
    const ast::Expression *Value = cast<ast::Expr>(St)->value;
    // A method of a builtin value called for what it changes
    // (names.add(x)) that the analysis does not have, or one of what a
    // Table or MetaData has that the stubs leave out
    // (table.indexes.discard(ix), metadata.reflect(engine)): what it would
    // change is missing.
    auto *U = dyn_cast<UnknownObj>(eval(Value, S));
    auto *Call = dyn_cast<ast::Call>(Value);
    if (!U || !Call || !isa<ast::Attribute>(Call->func))
      return;
    llvm::StringRef Reason = U->Reason;
    bool OfBuiltinValue = llvm::any_of(
        std::initializer_list<ObjKind>{ObjKind::Str, ObjKind::Bytes,
                                       ObjKind::List, ObjKind::Set,
                                       ObjKind::Dict, ObjKind::Tuple},
        [&](ObjKind K) {
          return Reason.starts_with(
              (kindName(K) + " has no attribute '").str());
        });
    bool OfSchemaObject =
        (Reason.starts_with("'Table.") || Reason.starts_with("'MetaData.")) &&
        Reason.ends_with("' is not modelled by schemac");
    if (OfBuiltinValue || OfSchemaObject)
      report(Where, DiagId::UnevaluatedMethodCall, U->Reason);
    return;
  }
  case ast::NodeKind::Assign: {
    const auto *A = cast<ast::Assign>(St);
    Object *V = eval(A->value, S);
    if (Raised)
      return;
    for (const ast::Expression *T : A->targets)
      assign(T, V, S, locOf(T, S));
    return;
  }
  case ast::NodeKind::AnnAssign: {
    const auto *A = cast<ast::AnnAssign>(St);
    SrcLoc TargetWhere = locOf(A->target, S);
    if (S.Class && A->simple)
      S.Class->Annotations[cast<ast::Name>(A->target)->id.str()] = {
          A->annotation, S.Module, TargetWhere};
    if (A->value)
      if (Object *V = eval(A->value, S); !Raised)
        assign(A->target, V, S, TargetWhere);
    return;
  }
  case ast::NodeKind::AugAssign: {
    const auto *A = cast<ast::AugAssign>(St);
    Object *Old = eval(A->target, S);
    Object *New = evalBinOp(A->op, Old, eval(A->value, S), Where);
    if (Raised)
      return;
    // In-place list extension keeps the list's identity.
    if (auto *L = dyn_cast<SequenceObj>(Old);
        L && Old->Kind == ObjKind::List && A->op == ast::BinOpKind::Add)
      if (auto *R = dyn_cast<SequenceObj>(New)) {
        noteWrite(L);
        L->Elements = R->Elements;
        return;
      }
    assign(A->target, New, S, locOf(A->target, S));
    return;
  }
  case ast::NodeKind::TypeAlias: {
    const auto *T = cast<ast::TypeAlias>(St);
    assign(T->name, eval(T->value, S), S, Where);
    return;
  }
  case ast::NodeKind::FunctionDef:
  case ast::NodeKind::AsyncFunctionDef: {
    llvm::StringRef Name;
    const ast::Arguments *Args;
    llvm::ArrayRef<ast::Expression *> Decorators;
    if (const auto *F = dyn_cast<ast::FunctionDef>(St)) {
      Name = F->name;
      Args = F->args;
      Decorators = F->decorator_list;
    } else {
      const auto *AF = cast<ast::AsyncFunctionDef>(St);
      Name = AF->name;
      Args = AF->args;
      Decorators = AF->decorator_list;
    }
    Object *Result = makeFunction(St, Args, Name, S);
    for (const ast::Expression *D : llvm::reverse(Decorators))
      Result = applyDecorator(eval(D, S), Result, locOf(D, S));
    bindIdentifier(S, Name, Result, Where);
    return;
  }
  case ast::NodeKind::ClassDef:
    execClassDef(cast<ast::ClassDef>(St), S);
    return;
  case ast::NodeKind::Return: {
    Object *Value = eval(cast<ast::Return>(St)->value, S);
    if (Raised)
      return;
    S.ReturnValue = Value;
    S.Returned = true;
    return;
  }
  case ast::NodeKind::If: {
    const auto *I = cast<ast::If>(St);
    int T = truthValue(eval(I->test, S));
    if (T < 0) {
      // A check that raises (if length < longest: raise ValueError) does
      // not fire where the project runs: the other branch is taken.
      auto Raises = [](llvm::ArrayRef<ast::Statement *> Body) {
        return !Body.empty() && isa<ast::Raise>(Body.back());
      };
      bool BodyRaises = Raises(I->body), ElseRaises = Raises(I->orelse);
      if (BodyRaises != ElseRaises) {
        T = ElseRaises;
        report(locOf(I->test, S), DiagId::UnknownConditionRaises,
               T ? "true" : "false");
      } else {
        if (!outOfSteps())
          report(locOf(I->test, S), DiagId::UnknownCondition);
        T = 1;
      }
    }
    execBlock(T ? I->body : I->orelse, S);
    return;
  }
  case ast::NodeKind::For: {
    const auto *F = cast<ast::For>(St);
    Object *Iter = eval(F->iter, S);
    std::vector<Object *> Elems;
    if (!iterate(Iter, Elems)) {
      auto *U = dyn_cast<UnknownObj>(Iter);
      report(locOf(F->iter, S), DiagId::UnknownLoopIterable,
             U ? U->Reason : describeUnknown(Iter));
      return;
    }
    for (Object *E : Elems) {
      assign(F->target, E, S, locOf(F->target, S));
      execBlock(F->body, S);
      S.Continued = false;
      if (S.Broke || S.Returned || Raised)
        break;
    }
    if (!S.Broke && !S.Returned && !Raised)
      execBlock(F->orelse, S);
    S.Broke = false;
    return;
  }
  case ast::NodeKind::While: {
    const auto *W = cast<ast::While>(St);
    while (!S.Returned && !Raised) {
      int T = truthValue(eval(W->test, S));
      if (T <= 0) {
        if (T < 0 && !outOfSteps())
          report(locOf(W->test, S), DiagId::UnknownLoopIterable,
                 "unknown condition");
        break;
      }
      execBlock(W->body, S);
      S.Continued = false;
      if (S.Broke || !tick(Where))
        break;
    }
    S.Broke = false;
    return;
  }
  case ast::NodeKind::Try:
  case ast::NodeKind::TryStar: {
    llvm::ArrayRef<ast::Statement *> Body, OrElse, Final;
    llvm::ArrayRef<ast::ExceptHandler *> Handlers;
    if (const auto *T = dyn_cast<ast::Try>(St)) {
      Body = T->body, OrElse = T->orelse, Final = T->finalbody;
      Handlers = T->handlers;
    } else {
      const auto *TS = cast<ast::TryStar>(St);
      Body = TS->body, OrElse = TS->orelse, Final = TS->finalbody;
      Handlers = TS->handlers;
    }
    unsigned FailuresBefore = ImportFailures;
    bool Catches = llvm::any_of(Handlers, catchesImportError);
    ImportErrorHandlers += Catches;
    if (!Handlers.empty()) {
      // The clauses' classes, for a raise in the body to find its handler.
      std::vector<ExceptClause> Clauses;
      for (const ast::ExceptHandler *EH : Handlers) {
        ExceptClause Clause{EH, {}};
        if (EH->type) {
          Object *T = eval(EH->type, S);
          if (auto *Tuple = dyn_cast<SequenceObj>(T))
            llvm::append_range(Clause.Classes, Tuple->Elements);
          else
            Clause.Classes.push_back(T);
        }
        Clauses.push_back(std::move(Clause));
      }
      Catching.push_back(std::move(Clauses));
    }
    execBlock(Body, S);
    std::vector<ExceptClause> Clauses;
    if (!Handlers.empty()) {
      Clauses = std::move(Catching.back());
      Catching.pop_back();
    }
    ImportErrorHandlers -= Catches;
    bool ImportRaised = std::exchange(S.RaisedImportError, false);
    const ast::ExceptHandler *Handler = nullptr;
    Object *Caught = nullptr;
    if (ImportFailures != FailuresBefore) {
      for (const ast::ExceptHandler *EH : Handlers)
        if (catchesImportError(EH)) {
          Handler = EH;
          break;
        }
      // Caught here, the ImportError is no try's around this one; else it
      // goes on to theirs, past what follows this try.
      if (Handler)
        ImportFailures = FailuresBefore;
      else
        S.RaisedImportError = ImportRaised;
    } else if (Raised) {
      for (const ExceptClause &Clause : Clauses)
        if (clauseCatches(Clause, Raised)) {
          Handler = Clause.Handler;
          Caught = Raised;
          Raised = nullptr;
          break;
        }
    }
    if (Handler) {
      if (Caught && !Handler->name.empty())
        bindIdentifier(S, Handler->name, Caught, locOf(Handler, S));
      Object *Outer = Handling;
      Handling = Caught;
      execBlock(Handler->body, S);
      Handling = Outer;
    } else if (!Raised && !S.RaisedImportError) {
      execBlock(OrElse, S);
    }
    // finally runs whatever happened (an exception, a return, a break),
    // which goes on after it unless it raises, returns or breaks itself.
    if (Final.empty())
      return;
    Object *Unwinding = Raised;
    Object *Returning = S.ReturnValue;
    bool Returned = S.Returned, Broke = S.Broke, Continued = S.Continued;
    bool ImportUnwinding = S.RaisedImportError;
    Raised = nullptr;
    S.Returned = S.Broke = S.Continued = S.RaisedImportError = false;
    execBlock(Final, S);
    if (Raised || S.Returned || S.Broke || S.Continued || S.RaisedImportError)
      return;
    S.RaisedImportError = ImportUnwinding;
    Raised = Unwinding;
    S.ReturnValue = Returning;
    S.Returned = Returned;
    S.Broke = Broke;
    S.Continued = Continued;
    return;
  }
  case ast::NodeKind::With:
  case ast::NodeKind::AsyncWith: {
    llvm::ArrayRef<ast::WithItem *> Items;
    llvm::ArrayRef<ast::Statement *> Body;
    if (const auto *W = dyn_cast<ast::With>(St))
      Items = W->items, Body = W->body;
    else
      Items = cast<ast::AsyncWith>(St)->items,
      Body = cast<ast::AsyncWith>(St)->body;
    // A context manager may stop an exception of its body: one the
    // analysis cannot see might, as contextlib.suppress does for its
    // classes.
    bool Stops = false;
    std::vector<Object *> Suppressed;
    for (const ast::WithItem *Item : Items) {
      Object *Ctx = eval(Item->context_expr, S);
      if (Item->optional_vars)
        assign(Item->optional_vars,
               H.unknown("", "value of a with statement", locOf(Item, S)), S,
               Where);
      auto *I = dyn_cast<InstanceObj>(Ctx);
      if (isa<UnknownObj>(Ctx))
        Stops = true;
      else if (I && I->Class->QualName == "contextlib.suppress")
        llvm::append_range(Suppressed, I->Rest);
    }
    execBlock(Body, S);
    if (Raised && (Stops || isOneOf(Raised, Suppressed)))
      Raised = nullptr;
    return;
  }
  case ast::NodeKind::Import:
    execImport(cast<ast::Import>(St), S);
    return;
  case ast::NodeKind::ImportFrom:
    execImportFrom(cast<ast::ImportFrom>(St), S);
    return;
  case ast::NodeKind::Delete:
    for (const ast::Expression *T : cast<ast::Delete>(St)->targets)
      deleteTarget(T, S, Where);
    return;
  case ast::NodeKind::Raise: {
    // Caught by a running try: its handler runs, as in Python.
    const auto *R = cast<ast::Raise>(St);
    Object *Exception = R->exc ? eval(R->exc, S) : Handling;
    if (Exception && !Raised && raise(Exception, Where))
      return;
    // Elsewhere a raise ends the running function; at module level the
    // module would fail to import, which a model package does not do
    // deliberately.
    if (S.Function) {
      S.ReturnValue = H.unknown("", "the function raises", Where);
      S.Returned = true;
    }
    return;
  }
  case ast::NodeKind::Break:
    S.Broke = true;
    return;
  case ast::NodeKind::Continue:
    S.Continued = true;
    return;
  case ast::NodeKind::Match:
    execMatch(cast<ast::Match>(St), S);
    return;
  default:
    // pass, global, nonlocal, assert, async for: nothing a schema depends
    // on.
    return;
  }
}

} // namespace schemac::sema
