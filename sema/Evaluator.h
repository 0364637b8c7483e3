//===- Evaluator.h - Abstract evaluation of module bodies -----*- C++ -*-===//
//
// Runs Python statements and expressions over the values of Object.h: module
// bodies when they are imported, class bodies when classes are defined, and
// the bodies of small functions the models call (helpers that return a type
// or a column, the library stubs' own code, declared_attr functions). What it
// cannot evaluate becomes an Unknown, reported once where it is used; a step
// budget and a call-depth limit keep every evaluation finite.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SEMA_EVALUATOR_H
#define SCHEMAC_SEMA_EVALUATOR_H

#include "sema/Object.h"
#include "sema/Sema.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <array>
#include <functional>
#include <optional>
#include <set>
#include <tuple>

namespace schemac::sema {

/// The module a `from ... import` with \p Level leading dots and
/// \p Module names, as seen from module \p Importer (a package or not);
/// "" when it climbs above the top level.
std::string importedModuleName(llvm::StringRef Importer, bool IsPackage,
                               int Level, llvm::StringRef Module);

/// A function's local variables.
struct Frame {
  Namespace Locals;
  Frame *Enclosing = nullptr;
  /// The function running in it: what a function defined there is local to.
  const FunctionObj *Running = nullptr;
  /// A function or lambda defined while it ran may still read it.
  bool Captured = false;
};

/// Where names are looked up and bound while a body runs.
struct Scope {
  ModuleObj *Module = nullptr;
  /// Module scope: null (names bind in Module->Globals).
  Namespace *Locals = nullptr;
  Frame *Function = nullptr; ///< The running function's frame, if any.
  ClassObj *Class = nullptr; ///< The class whose body runs, if any.
  /// The class whose body the running code is in (its methods' too): a
  /// private name (__x) there is _Class__x.
  const ClassObj *PrivateNamesOf = nullptr;
  /// For super(): the class the running method was defined in, and self.
  ClassObj *MethodClass = nullptr;
  Object *Self = nullptr;
  Object *ReturnValue = nullptr;
  bool Returned = false;
  /// An import failed that a surrounding try catches: the rest of the try
  /// body does not run.
  bool RaisedImportError = false;
  bool Broke = false;
  bool Continued = false;
};

struct CallArgs {
  /// Inline: every call has arguments, and most have a few.
  llvm::SmallVector<Object *, 4> Positional;
  /// The names are internName() copies, or literals of the analysis's own.
  llvm::SmallVector<std::pair<llvm::StringRef, Object *>, 4> Keywords;

  /// The \p I-th positional argument, or null.
  Object *positional(size_t I) const {
    return I < Positional.size() ? Positional[I] : nullptr;
  }
};

class ModuleLoader;

class Evaluator {
public:
  Evaluator(Heap &H, ModuleLoader &Loader);
  ~Evaluator();
  /// Where project code made the call running now: what a report about a
  /// stub's work points at.
  SrcLoc projectCallSite() const { return ProjectCallSite; }

  /// The class whose declarative scan runs, and what its declared_attrs
  /// gave: read through that class during the scan, one gives what it gave
  /// first (SQLAlchemy's declared_attr_reg), so that `cls.filename` in
  /// another declared_attr is the column the table gets.
  struct DeclarativeScan {
    const ClassObj *Class = nullptr;
    llvm::DenseMap<const Object *, Object *> DeclaredAttrs;
  };
  DeclarativeScan *Scan = nullptr;

  /// Called after every class statement has built its class.
  std::function<void(ClassObj *)> OnClassCreated;
  /// Called after calls that create library objects, so that Table(...),
  /// Index(...) and friends at module level can attach where they belong.
  std::function<void(InstanceObj *)> OnInstanceCreated;
  /// Called after an attribute is set on an instance (column.attr = value).
  std::function<void(InstanceObj *, llvm::StringRef, Object *, SrcLoc)>
      OnInstanceAttributeSet;
  /// Called before Class.attribute.name = value sets \p name on what the
  /// class attribute holds; true where the set does not reach it (a mapped
  /// class's column: SQLAlchemy's InstrumentedAttribute takes it).
  std::function<bool(ClassObj *, llvm::StringRef Attribute, InstanceObj *,
                     llvm::StringRef Name, SrcLoc)>
      OnMappedAttributeSet;
  /// Called after an attribute is set on a class (Model.attr = value).
  std::function<void(ClassObj *, llvm::StringRef, Object *, SrcLoc)>
      OnClassAttributeSet;
  /// The SQL text of a SQL construct, "" where it has none: what a
  /// @compiles function's compiler.process() returns.
  std::function<std::string(Object *)> SqlTextOf;
  /// MetaData.tables (a dict by key) or, \p Sorted, sorted_tables (a list)
  /// of the tables the MetaData holds so far; null where the object is not
  /// one.
  std::function<Object *(Object *, bool Sorted, SrcLoc)> TablesOf;
  /// The classes a registry (or a declarative base) has mapped so far, as
  /// a list; null where the object is neither.
  std::function<Object *(Object *, SrcLoc)> RegistryClasses;
  /// Table.to_metadata(table, metadata, schema, referred_schema_fn, name):
  /// the copy; null where it cannot be made (said where).
  std::function<Object *(CallArgs &, SrcLoc)> CopyTable;
  /// A Column or mapped_column() object's name, key or type, as its table
  /// has it; null where that is not known.
  std::function<Object *(InstanceObj *, llvm::StringRef)> ColumnAttribute;
  /// Strings made by sqlalchemy's conv(): names no naming convention
  /// changes. A str operation on one makes a plain str, as in Python.
  llvm::DenseSet<const Object *> ConvertedNames;

  void runModule(ModuleObj *M);

  /// What the analysis evaluates on its own account -- a module-level
  /// statement, or what the declarative pass evaluates for one class,
  /// table, relationship or attribute -- gets a step budget of its own, so
  /// that what it yields depends on it alone, not on how much ran before
  /// it. A budget that runs out inside the library stubs is reported at
  /// \p Site.
  class BudgetScope {
  public:
    BudgetScope(Evaluator &E, SrcLoc Site);
    ~BudgetScope();

  private:
    Evaluator &E;
    uint64_t SavedSteps;
    bool SavedReported;
    SrcLoc SavedSite;
  };
  /// The steps taken in the current budget so far.
  uint64_t stepsTaken() const { return Steps; }
  /// How many @compiles registrations and deregistrations have run: none,
  /// in nearly every project, and nothing renders otherwise.
  uint64_t compilesChanges() const { return CompilesChanges; }
  /// Takes \p N steps at once, as the evaluation a cached result stands
  /// for took them, if the budget has that many left: what was cached
  /// must not decide whether a budget runs out.
  bool takeSteps(uint64_t N);

  void execBlock(llvm::ArrayRef<ast::Statement *> Body, Scope &S);
  Object *eval(const ast::Expression *E, Scope &S);
  Object *call(Object *Callee, CallArgs &Args, SrcLoc Where);
  /// The elements iterating the value gives, when the evaluator knows them.
  bool iterate(Object *O, std::vector<Object *> &Out);
  Object *getAttr(Object *Obj, llvm::StringRef Name, SrcLoc Where);
  /// globals() of \p M: a dict of its names that stores into it.
  DictObj *globalsOf(ModuleObj *M);
  /// What a project module's own __getattr__ (PEP 562) gives for a name
  /// it lacks; null where it has none, or that gives nothing known.
  Object *moduleGetattr(ModuleObj *M, llvm::StringRef Name, SrcLoc Where);
  /// What `from ... import Name` in module \p From's code gives, without
  /// running the statement: null where the module is unknown.
  Object *importedName(const ast::ImportFrom *I, llvm::StringRef Name,
                       ModuleObj *From, SrcLoc Where);
  void setAttr(Object *Obj, llvm::StringRef Name, Object *Value, SrcLoc Where);
  /// Evaluates an annotation kept by a class, parsing string annotations.
  Object *evalAnnotation(const Annotation &A);
  /// An annotation's text, evaluated in \p Module.
  Object *evalAnnotationText(llvm::StringRef Text, ModuleObj *Module,
                             SrcLoc Where);
  /// \p Annotation with the strings among its arguments evaluated in
  /// \p Module, as SQLAlchemy's de_stringify_annotation does for a
  /// column's (Mapped["Optional[str]"], Mapped[Optional["str"]]); where
  /// one cannot be evaluated it stays a string.
  Object *destringifyArguments(Object *Annotation, ModuleObj *Module,
                               SrcLoc Where, int Depth = 0);

  /// Reports at \p Where a base from an opaque module that \p C, or a class
  /// it inherits, was defined on and that was not reported there (the class
  /// defines no schema): it is used where the base may matter, as a mixin,
  /// an Enum's class or a column's type.
  void reportUnreportedBases(const ClassObj *C, SrcLoc Where);

  /// Runs the before_parent_attach, then the after_parent_attach
  /// listeners of \p Target (registered on it or on a class of it) as it
  /// attaches to \p Parent: a type to its column, a column to its table.
  void attachListeners(Object *Target, Object *Parent, SrcLoc Where);
  bool hasAttachListeners() const { return !AttachListeners.empty(); }
  /// A before_configured or after_configured listener of the Mapper class
  /// (or 1.4's mapper()): configure_mappers() calls it, without arguments,
  /// in the order of registering.
  struct ConfigureListener {
    Object *Fn;
    bool After;
    /// The heap's last Serial when it was registered.
    uint32_t Serial;
    SrcLoc Where;
  };
  const std::vector<ConfigureListener> &configureListeners() const {
    return ConfigureListeners;
  }
  /// A before_mapper_configured or mapper_configured listener:
  /// configure_mappers() calls it with (mapper, class_) of each mapper it
  /// configures that the listener is for, those of the Mapper class before
  /// a mapper's own.
  struct MapperListener {
    Object *Fn;
    /// before_mapper_configured.
    bool Before;
    /// The class given as the target; null for the Mapper class (or 1.4's
    /// mapper()), whose listeners are every mapper's.
    ClassObj *Target;
    /// listen(propagate=True): the mappers of the target's subclasses too.
    bool Propagate;
    bool Once;
    bool Named;
    /// listen(retval=True): what a before_mapper_configured one returns
    /// counts (EXT_SKIP).
    bool Retval;
    SrcLoc Where;
  };
  const std::vector<MapperListener> &mapperListeners() const {
    return MapperListeners;
  }

  /// A stub class or function by qualified name ("sqlalchemy.orm.Mapped").
  Object *lookupQualified(llvm::StringRef QualifiedName);
  bool isInstanceOf(const Object *O, llvm::StringRef ClassQualName);

  Heap &heap() { return H; }
  /// A SQLAlchemy release as (major, minor).
  using ReleaseNumber = std::pair<int64_t, int64_t>;
  /// The SQLAlchemy release ("1.4", "2.0") whose names the stubs offer;
  /// names newer than it fail to import, as they would at run time.
  void setRelease(llvm::StringRef Version);
  /// The newest SQLAlchemy release whose API the project imports names of
  /// (without a fallback for an older one); (0, 0) if none.
  ReleaseNumber newestApiImported() const { return NewestApiImported; }
  /// The release the models run on; (0, 0) when not known.
  ReleaseNumber release() const { return Release; }
  /// Reports in the unit of Where, at most once per location and kind;
  /// nothing for locations inside the library stubs.
  template <typename... Args>
  void report(SrcLoc Where, DiagId Id, Args &&...A) {
    emit(Where, Id,
         fmt::format(fmt::runtime(diagFormat(Id).data()),
                     std::forward<Args>(A)...));
  }
  void emit(SrcLoc Where, DiagId Id, std::string Message);
  SrcLoc locOf(const ast::Node *N, const Scope &S) const;
  SrcLoc locOf(const ast::Node *N, const ModuleUnit *U) const;

  ClassObj *typeOf(Object *O);

  /// What a project module's evaluation reads of and writes into the
  /// objects of others, by Object::Owner (ModuleDependencies): a value
  /// taken from module \p From by \p Name, an attribute of another's
  /// class or object, a call of another's class or function, a subclass of
  /// another's class, an object about to be stored into.
  void noteRead(const Object *Value, const ModuleObj *From,
                llvm::StringRef Name);
  /// \p Owner's (class, name) used by the running module; an empty name:
  /// used in a way no such pair names.
  void noteUse(uint16_t Owner, llvm::StringRef Class, llvm::StringRef Name);
  void noteAttribute(const Object *Obj, llvm::StringRef Name);
  void noteCall(const Object *Callee);
  void noteSubclass(const ClassObj *Base);
  void noteWrite(uint16_t TargetOwner);
  /// A store by the evaluated code (not by the declarative pass).
  void noteWrite(const Object *Target);
  /// What is stored under \p Key of an instance's __dict__ (\p Value, or
  /// null for a removal) is stored into the instance.
  void writeThrough(DictObj *D, Object *Key, Object *Value, SrcLoc Where);
  /// Removes \p Key's item from \p D (dict.pop, del): its value, or null
  /// where no key with \p Key's value is known.
  Object *removeItem(DictObj *D, Object *Key, SrcLoc Where);
  /// Module \p Owner's body is about to run, or has run.
  void bodyStarting(uint16_t Owner);
  void bodyRan(uint16_t Owner) { BodiesRan[Owner] = H.lastSerial(); }
  struct OwnerDependencies {
    llvm::SmallDenseSet<uint16_t, 4> Reads;
    bool WritesOthers = false;
    bool WrittenByOthers = false;
    /// ModuleDependencies::UsedByOthers (once each, by the interned
    /// names' addresses) and UsedOpaquely.
    std::vector<std::pair<llvm::StringRef, llvm::StringRef>> UsedByOthers;
    llvm::DenseSet<std::pair<const char *, const char *>> Used;
    bool UsedOpaquely = false;
    bool ReadsRunningModule = false;
    bool RanNested = false;
    bool WrittenAfterRun = false;
  };
  llvm::DenseMap<uint16_t, OwnerDependencies> Dependencies;
  /// The names read from packages whose __init__ did not run
  /// (ModuleObj::NotRun), as (package, name): the __init__ may bind
  /// another value to the name ("*": every public name).
  std::set<std::pair<std::string, std::string>> UnrunPackageReads;
  /// The (module, name) pairs whose module __getattr__ is running: one
  /// that reads the name of its own module again gets nothing.
  std::set<std::pair<const ModuleObj *, std::string>> ModuleGetattrRunning;
  void noteUnrunRead(const ModuleObj *M, llvm::StringRef Name) {
    if (M->NotRun)
      UnrunPackageReads.emplace(M->Name, Name.str());
  }
  /// A try statement whose handler catches ImportError is running: an
  /// import that fails runs that handler rather than leaving names opaque.
  bool importErrorHandled() const { return ImportErrorHandlers != 0; }

  /// Frees a project module's syntax tree once the module has run: the
  /// trees are a large part of a large project's memory, and few of their
  /// nodes are used again (the functions called later, the annotations read
  /// when subclasses are mapped).
  void freeSyntax(ModuleUnit *U);
  /// Points F's Def and Args into a live tree: its module's own, or, once
  /// that was freed, one parsed anew. False if the definition is not found
  /// there (it always is: the text is the same).
  bool syntaxOf(FunctionObj *F);
  /// A's expression, in a live tree; null if not found.
  const ast::Expression *syntaxOf(const Annotation &A);

private:
  friend class ExprEvaluator;
  Object *evalExpr(const ast::Expression *E, Scope &S);
  void execStatement(const ast::Statement *St, Scope &S);
  /// `del Target`: a name, an item of a dict or list, an attribute.
  void deleteTarget(const ast::Expression *Target, Scope &S, SrcLoc Where);
  void assign(const ast::Expression *Target, Object *Value, Scope &S,
              SrcLoc Where);
  void bind(Scope &S, llvm::StringRef Name, Object *Value, SrcLoc Where);
  /// bind() of an identifier of the syntax tree: an internName() copy.
  void bindIdentifier(Scope &S, llvm::StringRef Name, Object *Value,
                      SrcLoc Where);
  Namespace &namespaceToBind(Scope &S);
  Object *lookupName(llvm::StringRef Name, Scope &S, SrcLoc Where);
  Object *makeFunction(const ast::Node *Def, const ast::Arguments *Args,
                       llvm::StringRef Name, Scope &S);
  Object *callFunction(FunctionObj *F, Object *Self, CallArgs &Args,
                       SrcLoc Where, ClassObj *MethodClass);
  Object *instantiate(ClassObj *C, CallArgs &Args, SrcLoc Where);
  /// An instance of \p C that no __init__ has run on (object.__new__).
  InstanceObj *newInstance(ClassObj *C, SrcLoc Where);
  /// \p Fn bound to \p Self, as a method read through it; \p Fn itself
  /// where Self is null or None.
  Object *bound(Object *Fn, Object *Self);
  /// A classmethod's function bound to \p C, a staticmethod's function;
  /// null for any other object.
  Object *classLevelMethod(Object *Descriptor, ClassObj *C);
  /// What the instance's own \p Name (__len__, __repr__, __iter__) gives
  /// called with no argument; null where its class has no such function.
  Object *callDunder(Object *O, llvm::StringRef Name, SrcLoc Where);
  /// The function \p Name of \p C's MRO where a class of the project's
  /// defines it (not a stub's), with that class.
  FunctionObj *projectMethod(ClassObj *C, llvm::StringRef Name,
                             ClassObj *&Definer);
  /// Enum(value): its member of the value.
  Object *enumMember(ClassObj *C, Object *Value, SrcLoc Where);
  Object *callBuiltin(BuiltinObj *B, CallArgs &Args, SrcLoc Where);
  Object *callSetMethod(BuiltinId Id, SequenceObj *Set, CallArgs &Args,
                        SrcLoc Where);
  Object *callRegex(BuiltinId Id, CallArgs &Args, SrcLoc Where);
  /// A method of str (EvalStrMethods.cpp); null where it does not say
  /// (the caller's unknown).
  Object *callStrMethod(BuiltinId Id, StrObj *S, CallArgs &Args, SrcLoc Where);
  void execClassDef(const ast::ClassDef *CD, Scope &S);
  /// match/case (EvalMatch.cpp): the first case that matches runs.
  void execMatch(const ast::Match *M, Scope &S);
  /// Whether \p Subject matches \p P (binding its captures): 1, 0, or -1
  /// where the evaluator cannot tell.
  int matchPattern(const ast::Pattern *P, Object *Subject, Scope &S);
  /// type.__new__'s call of the nearest base's __init_subclass__ (an
  /// implicit classmethod) with the class keywords. True when that decided
  /// the class's mapping: a library hook (DeclarativeBase's) maps it where
  /// it runs, by itself or by an override's super().
  bool runInitSubclass(ClassObj *C, SrcLoc Where);
  /// The project's metaclass __init__ of \p C (from a class statement's
  /// metaclass=, its bases', or declarative_base(metaclass=)), run before
  /// the class is mapped.
  void runMetaclassInit(ClassObj *C, SrcLoc Where);
  /// Maps \p C now if it is the class whose mapping is pending.
  void mapPendingClass(ClassObj *C);
  /// The library classes whose __init_subclass__ maps the class.
  static bool isMappingHookClass(const ClassObj *C);
  /// \p Name as Python mangles a private name (__x) in the body of class
  /// \p Of and its methods: _Of__x.
  llvm::StringRef privateName(llvm::StringRef Name, const ClassObj *Of) const;
  /// The class being created, until a library __init_subclass__ maps it.
  ClassObj *MappingPending = nullptr;
  /// Does the body of a class (created from \p CD) define nothing a table
  /// could take, nor its bases?
  bool definesNoSchema(const ast::ClassDef *CD, const ClassObj *C) const;
  /// A base from an opaque module left out of a class that defines no
  /// schema: not reported unless a class that does inherits it.
  struct UnreportedBase {
    std::string Name;
    std::string Reason;
  };
  llvm::DenseMap<const ClassObj *, UnreportedBase> UnreportedBases;
  Object *applyDecorator(Object *Decorator, Object *Target, SrcLoc Where);
  void execImport(const ast::Import *I, Scope &S);
  void execImportFrom(const ast::ImportFrom *I, Scope &S);
  Object *evalBinOp(ast::BinOpKind Op, Object *L, Object *R, SrcLoc Where);
  Object *formatPercent(const std::string &Format, Object *R, SrcLoc Where);
  Object *evalCompare(const ast::Compare *C, Scope &S);
  Object *callOperator(Object *L, llvm::StringRef Method, Object *R,
                       llvm::StringRef Reflected, SrcLoc Where);
  Object *subscript(Object *Value, Object *Index, SrcLoc Where);
  Object *slice(Object *Value, const ast::Slice *Sl, Scope &S, SrcLoc Where);
  Object *classAttr(ClassObj *C, llvm::StringRef Name, Object *Instance,
                    SrcLoc Where);
  /// Reading \p Name of \p Owner, which gave an unknown, raises Python's
  /// AttributeError where a running try catches it and the attribute is
  /// certainly missing.
  void raiseIfLacking(Object *Owner, llvm::StringRef Name, SrcLoc Where);
  bool tick(SrcLoc Where);
  /// Frames live as long as a closure made in them can: the caller hands
  /// the frame back to retire() when its call ends.
  std::unique_ptr<Frame> newFrame();
  void retire(std::unique_ptr<Frame> F);
  /// Unresolvable imports so far: a try body with one runs its ImportError
  /// handler too, since that is what the fallback is for.
  unsigned ImportFailures = 0;
  /// The opaque modules `import a.b` names: a.b is a module of a, not a
  /// member, in the names of what a module has (UnknownObj's
  /// ModulePathSize).
  llvm::StringSet<> OpaqueModulePaths;
  /// The innermost call made by project code: what a report about a stub's
  /// work (an environment variable read) points at.
  SrcLoc ProjectCallSite;
  /// try statements running whose handlers catch ImportError.
  unsigned ImportErrorHandlers = 0;
  /// Counts an import that fails at run time; true when a running try
  /// takes its fallback, the ImportError ending the try's body.
  bool failImport(Scope &S);
  /// The except clauses of the try statements running, innermost last:
  /// each clause's classes, evaluated as the try starts; none for a bare
  /// except.
  struct ExceptClause {
    const ast::ExceptHandler *Handler;
    llvm::SmallVector<Object *, 2> Classes;
  };
  std::vector<std::vector<ExceptClause>> Catching;
  /// event.listen()'s listeners of before_parent_attach and
  /// after_parent_attach.
  struct AttachListener {
    Object *Target;
    bool After;
    Object *Fn;
    /// listen(once=True): removed once it has run.
    bool Once = false;
    /// listen(named=True): given its arguments by name.
    bool Named = false;
  };
  std::vector<AttachListener> AttachListeners;
  std::vector<ConfigureListener> ConfigureListeners;
  std::vector<MapperListener> MapperListeners;
  /// What the generators running yield, innermost last.
  std::vector<SequenceObj *> Yielding;
  /// The exception raised, while it unwinds to the try that catches it:
  /// statements stop until then. Set only where a running try does.
  Object *Raised = nullptr;
  /// The exception the running except clause handles: what `raise` alone
  /// raises again.
  Object *Handling = nullptr;
  /// Whether \p Clause catches \p Exception (a class or an instance).
  bool clauseCatches(const ExceptClause &Clause, Object *Exception) const;
  /// Whether \p Exception (a class or an instance) is of one of
  /// \p Classes.
  bool isOneOf(Object *Exception, llvm::ArrayRef<Object *> Classes) const;
  /// Whether a running try catches \p Exception.
  bool caught(Object *Exception) const;
  /// Raises \p Exception where a running try catches it; elsewhere the
  /// caller goes on as before (a model package does not fail to import).
  bool raise(Object *Exception, SrcLoc Where);
  /// raise() of an instance of the builtin exception class \p Name.
  bool raiseBuiltin(llvm::StringRef Name, SrcLoc Where);
  /// The SQLAlchemy release the models run on, as (major, minor); (0, 0)
  /// when not known, so that every name the stubs define exists.
  ReleaseNumber Release{0, 0};
  /// The newest release a name project code imports appeared in, outside
  /// any try that handles ImportError: the models run on it at least.
  ReleaseNumber NewestApiImported{0, 0};
  /// Why a stub module's name is not in Release ("it was added in 2.0",
  /// "it was removed in 2.0"), if it is not: importing it fails there.
  std::optional<std::string> notInRelease(ModuleObj *M, llvm::StringRef Name);
  /// The release a stub module's name appeared in (\p Added: its table
  /// __schemac_since__) or was removed in (__schemac_until__), if the
  /// table has the name.
  std::optional<ReleaseNumber> releaseOfName(ModuleObj *M, llvm::StringRef Name,
                                             bool Added);
  /// Each stub module's two tables, read the first time it is asked about.
  llvm::DenseMap<const ModuleObj *,
                 std::array<llvm::StringMap<ReleaseNumber>, 2>>
      ReleaseTables;
  /// Whether project code imports a name from a stub module that Release
  /// lacks: an ImportError unless a try takes its fallback. Reported, and
  /// the name bound to an unknown value.
  bool rejectedByRelease(ModuleObj *M, const std::string &Base,
                         llvm::StringRef Name, llvm::StringRef BoundName,
                         Scope &S, SrcLoc Where, SrcLoc AliasWhere);
  /// An enum class's members, made of the values its dictionary has for
  /// them (a class statement's, the functional API's).
  void makeEnumMembers(ClassObj *C);
  /// Enum("Kind", "A B"): the functional API's enum class.
  Object *makeFunctionalEnum(ClassObj *Base, CallArgs &Args, SrcLoc Where);

  /// The node of the given kind and range in U's tree parsed anew.
  const ast::Node *findAgain(ModuleUnit *U, ast::NodeKind Kind,
                             ast::SourceRange Range);
  struct ReparsedTrees;
  std::unique_ptr<ReparsedTrees> Reparsed;

  Heap &H;
  ModuleLoader &Loader;
  unsigned CallDepth = 0;
  /// The project modules whose bodies have run (Object::Owner), with the
  /// last Object::Serial made by then.
  llvm::DenseMap<uint16_t, uint32_t> BodiesRan;
  /// Per BudgetScope: far more than any model definition needs, and small
  /// enough that a module running a real program at import time stays
  /// cheap.
  static constexpr uint64_t StepBudget = 250'000;
  uint64_t Steps = 0;
  /// Past the step limit, which was said once: every value is unknown, and
  /// no more is said of them.
  bool outOfSteps() const { return Steps > StepBudget; }
  uint64_t CompilesChanges = 0;
  bool BudgetReported = false;
  SrcLoc BudgetSite;
  llvm::StringMap<BuiltinObj *> BuiltinFunctions;
  std::set<std::tuple<const ModuleUnit *, uint32_t, DiagId>> Reported;
  std::vector<std::unique_ptr<Frame>> Frames;
  std::vector<std::unique_ptr<SourceFile>> AnnotationSources;
  std::vector<parse::ParsedFile> AnnotationTrees;
};

/// Finds and loads modules: the project's, then the library stubs. Modules
/// it knows neither way are opaque.
class ModuleLoader {
public:
  virtual ~ModuleLoader() = default;
  /// The module, run to completion unless it is being run already (an import
  /// cycle: the partly run module, as Python gives it). Null when unknown.
  virtual ModuleObj *importModule(llvm::StringRef Name, SrcLoc From) = 0;
  /// Whether importModule would find the module (without running it).
  virtual bool hasModule(llvm::StringRef Name) const = 0;
};

} // namespace schemac::sema

#endif
