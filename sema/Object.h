//===- Object.h - Values of the abstract evaluator ------------*- C++ -*-===//
//
// The evaluator runs module and class bodies over these values instead of
// real Python objects. Constants, containers, modules, classes, functions
// and instances are modelled as far as model files need them; whatever the
// analysis cannot know is an Unknown that remembers why, so that it can flow
// through attribute access and calls and be reported where it matters.
// Objects live in the Heap for the whole analysis and are never freed.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SEMA_OBJECT_H
#define SCHEMAC_SEMA_OBJECT_H

#include "parser/Ast.h"
#include "support/InternedNames.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/MapVector.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace schemac::sema {

// LLVM's casts, here once for all of sema, as clang's Basic/LLVM.h brings
// them into its own namespace: every part of sema switches on object kinds.
using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;
using llvm::isa_and_nonnull;

struct ModuleUnit;

/// A place in a module's source: the unit and a byte offset into its text.
struct SrcLoc {
  const ModuleUnit *Unit = nullptr;
  uint32_t Offset = 0;

  bool isKnown() const { return Unit != nullptr; }
};

enum class ObjKind : uint8_t {
  Unknown,
  None,
  Bool,
  Int,
  Float,
  Str,
  Bytes,
  Tuple,
  List,
  Set,
  Dict,
  Module,
  Class,
  Function,
  Builtin,
  BoundMethod,
  Instance,
  GenericAlias,
  Super,
};

struct Object {
  explicit Object(ObjKind Kind)
      : Kind(Kind), Incomplete(false), Exhaustible(false) {}
  ObjKind Kind;
  /// A container the code changed in a way the analysis could not follow
  /// (update() with an unknown value): a key or index it lacks may be
  /// there. In the byte between Kind and Owner.
  bool Incomplete : 1;
  /// An iterator (a list here): a generator, or what iter() gives.
  /// Iterating it takes its items, so that a second pass sees none, as in
  /// Python. In the same byte.
  bool Exhaustible : 1;
  /// The project module whose evaluation made it (Heap::setOwner), 0 for
  /// the library and for what the declarative pass makes afterwards: what
  /// an edit of one module can change (EditAnalysis.cpp). In the bytes
  /// between Kind and Serial.
  uint16_t Owner = 0;
  /// Creation order across the analysis: SQLAlchemy 1.4 orders a
  /// declarative table's columns by when their Column objects were made.
  /// 32 bits, beside Kind: millions of objects, each 8 bytes smaller.
  uint32_t Serial = 0;
  SrcLoc Where;
};

template <ObjKind K> struct ObjectOf : Object {
  ObjectOf() : Object(K) {}
  static bool classof(const Object *O) { return O->Kind == K; }
};

/// A value the analysis cannot compute. Name is the dotted path it stands
/// for where there is one (an opaque import, "np.float64"), so that a later
/// diagnostic can say what was unknown.
struct UnknownObj : ObjectOf<ObjKind::Unknown> {
  std::string Name;
  std::string Reason;
  /// Comes from a library the analysis does not model (an opaque import, an
  /// attribute the stubs leave out): a real value we cannot see, rather than
  /// a mistake or a construct we do not evaluate.
  bool Opaque = false;
  /// An opaque module, or what Name reaches in one: the length of the
  /// module's path at the start of Name ("time" in "time.time"); 0 for
  /// anything else. The rest is what Python's __qualname__ gives.
  uint32_t ModulePathSize = 0;
};
struct NoneObj : ObjectOf<ObjKind::None> {};
struct BoolObj : ObjectOf<ObjKind::Bool> {
  bool Value = false;
};
struct IntObj : ObjectOf<ObjKind::Int> {
  int64_t Value = 0;
};
struct FloatObj : ObjectOf<ObjKind::Float> {
  double Value = 0;
};
struct StrObj : ObjectOf<ObjKind::Str> {
  std::string Value;
};
struct BytesObj : ObjectOf<ObjKind::Bytes> {
  std::string Value;
};

/// Tuple, List and Set share their representation.
struct SequenceObj : Object {
  explicit SequenceObj(ObjKind K) : Object(K) {}
  static bool classof(const Object *O) {
    return O->Kind == ObjKind::Tuple || O->Kind == ObjKind::List ||
           O->Kind == ObjKind::Set;
  }
  std::vector<Object *> Elements;
};

struct DictObj : ObjectOf<ObjKind::Dict> {
  std::vector<std::pair<Object *, Object *>> Items;
  /// collections.defaultdict's default_factory: what a missing key's
  /// subscript calls and stores; null for a plain dict.
  Object *DefaultFactory = nullptr;
  /// The instance whose __dict__ it is, or the module whose globals():
  /// what is stored into it is stored there (Evaluator::writeThrough).
  Object *ViewOf = nullptr;
};

/// A name bound in a namespace, with where it was bound.
struct Binding {
  Object *Value = nullptr;
  SrcLoc Where;
};
/// Names bound in a namespace or an attribute map, a parameter's, a
/// column's, are internName() copies (support/InternedNames.h).
using schemac::internName;

/// Name equality for the maps searched linearly. Interned copies compare by
/// address; other names mostly differ in length or in their first byte,
/// which is cheaper to see than to call memcmp.
inline bool sameName(llvm::StringRef A, llvm::StringRef B) {
  if (A.size() != B.size())
    return false;
  if (A.data() == B.data() || A.empty())
    return true;
  return A[0] == B[0] && std::memcmp(A.data(), B.data(), A.size()) == 0;
}

/// Names to values in insertion order (a module's or class's dictionary,
/// a call's locals). Most are small -- a call binds a few parameters, and a
/// large project makes millions of calls -- so they are a vector searched
/// linearly; an index is built once one grows past a few dozen names.
template <typename T> class StringMapVector {
public:
  /// The names are internName() copies.
  using Entry = std::pair<llvm::StringRef, T>;
  using iterator = typename std::vector<Entry>::iterator;
  using const_iterator = typename std::vector<Entry>::const_iterator;

  iterator begin() { return Entries.begin(); }
  iterator end() { return Entries.end(); }
  const_iterator begin() const { return Entries.begin(); }
  const_iterator end() const { return Entries.end(); }
  size_t size() const { return Entries.size(); }
  bool empty() const { return Entries.empty(); }

  iterator find(llvm::StringRef Key) { return Entries.begin() + position(Key); }
  const_iterator find(llvm::StringRef Key) const {
    return Entries.begin() + position(Key);
  }
  size_t count(llvm::StringRef Key) const {
    return position(Key) != Entries.size();
  }
  void reserve(size_t N) { Entries.reserve(N); }
  T &operator[](llvm::StringRef Key) { return bind(Key, false); }
  /// operator[] for a name that is an internName() copy already.
  T &atInterned(llvm::StringRef Name) { return bind(Name, true); }
  template <typename Pred> void remove_if(Pred P) {
    llvm::erase_if(Entries, P);
    if (Index)
      buildIndex();
  }

private:
  static constexpr size_t IndexThreshold = 32;

  T &bind(llvm::StringRef Key, bool Interned) {
    if (!Interned)
      Key = internName(Key);
    size_t At = position(Key);
    if (At != Entries.size())
      return Entries[At].second;
    Entries.emplace_back(Key, T());
    if (Index)
      Index->try_emplace(Key.data(), At);
    else if (Entries.size() > IndexThreshold)
      buildIndex();
    return Entries.back().second;
  }

  size_t position(llvm::StringRef Key) const {
    if (Index) {
      // The index is by the address of the interned copy, which a name
      // from a syntax tree is already; any other name is looked up by its
      // copy, if it has one.
      auto It = Index->find(Key.data());
      if (It != Index->end() && Entries[It->second].first.size() == Key.size())
        return It->second;
      std::optional<llvm::StringRef> Interned = findInternedName(Key);
      if (!Interned || Interned->data() == Key.data())
        return Entries.size();
      It = Index->find(Interned->data());
      return It == Index->end() ? Entries.size() : It->second;
    }
    for (size_t I = 0; I < Entries.size(); ++I)
      if (sameName(Entries[I].first, Key))
        return I;
    return Entries.size();
  }
  void buildIndex() {
    Index = std::make_unique<llvm::DenseMap<const char *, size_t>>();
    Index->reserve(Entries.size() * 2);
    for (size_t I = 0; I < Entries.size(); ++I)
      Index->try_emplace(Entries[I].first.data(), I);
  }

  std::vector<Entry> Entries;
  std::unique_ptr<llvm::DenseMap<const char *, size_t>> Index;
};
using Namespace = StringMapVector<Binding>;

/// An instance's attributes: few, so a vector searched linearly beats a
/// hash map in memory, which counts with millions of library objects.
class AttrMap {
public:
  /// The names are internName() copies.
  using Entry = std::pair<llvm::StringRef, Binding>;
  using iterator = std::vector<Entry>::iterator;
  using const_iterator = std::vector<Entry>::const_iterator;

  iterator begin() { return Entries.begin(); }
  iterator end() { return Entries.end(); }
  const_iterator begin() const { return Entries.begin(); }
  const_iterator end() const { return Entries.end(); }
  iterator find(llvm::StringRef Key) {
    return std::find_if(Entries.begin(), Entries.end(),
                        [&](const Entry &E) { return sameName(E.first, Key); });
  }
  const_iterator find(llvm::StringRef Key) const {
    return std::find_if(Entries.begin(), Entries.end(),
                        [&](const Entry &E) { return sameName(E.first, Key); });
  }
  size_t count(llvm::StringRef Key) const { return find(Key) != end(); }
  Binding lookup(llvm::StringRef Key) const {
    auto It = find(Key);
    return It == end() ? Binding() : It->second;
  }
  Binding &operator[](llvm::StringRef Key) {
    auto It = find(Key);
    if (It != end())
      return It->second;
    Entries.emplace_back(internName(Key), Binding());
    return Entries.back().second;
  }
  void erase(llvm::StringRef Key) {
    if (auto It = find(Key); It != end())
      Entries.erase(It);
  }
  /// Adds an attribute the map does not have, by an internName() copy.
  void appendInterned(llvm::StringRef Key, Binding Value) {
    Entries.emplace_back(Key, Value);
  }
  void reserve(size_t N) { Entries.reserve(N); }

private:
  std::vector<Entry> Entries;
};

struct ModuleObj : ObjectOf<ObjKind::Module> {
  std::string Name;
  ModuleUnit *Unit = nullptr; ///< Null for a package without __init__.py.
  Namespace Globals;
  /// A package whose __init__ the analysis of an edit does not run: it
  /// holds its submodules only (EditAnalysis.cpp).
  bool NotRun = false;
  /// Its body is running: what another module reads of it now is what it
  /// has bound so far (an import cycle).
  bool Running = false;
};

/// An annotation in a class body, kept unevaluated: SQLAlchemy reads it when
/// it maps the class, in the namespace of the class's module.
struct Annotation {
  Annotation() = default;
  Annotation(const ast::Expression *Expr, ModuleObj *Module, SrcLoc Where);

  const ast::Expression *Expr = nullptr;
  /// One given as a value, not written (type()'s __annotations__ dict).
  Object *Value = nullptr;
  ModuleObj *Module = nullptr;
  SrcLoc Where;
  /// Expr's place in the source and the tree it points into (the module
  /// unit's TreeGeneration): Evaluator::syntaxOf finds it again in a tree
  /// parsed anew once that one has been freed.
  ast::NodeKind Kind = ast::NodeKind::Module;
  ast::SourceRange Range;
  unsigned Generation = 0;
};

struct ClassObj : ObjectOf<ObjKind::Class> {
  std::string Name;
  std::string QualName; ///< "module.Class"
  ModuleObj *Module = nullptr;
  std::vector<ClassObj *> Bases;
  std::vector<ClassObj *> Mro; ///< Starts with the class itself.
  Namespace Dict;
  StringMapVector<Annotation> Annotations;
  /// Class keywords other than metaclass (SQLModel's table=True, ...), by
  /// internName() copies of their names.
  std::vector<std::pair<llvm::StringRef, Object *>> Keywords;
  /// Defined in a library stub rather than in the project.
  bool IsStub = false;
  /// Set by the declarative pass once the class is mapped.
  bool IsMapped = false;
  /// Defines only functions, nor do its bases (Evaluator::definesNoSchema).
  bool DefinesNoSchema = false;
  /// Made with a base left out (one the analysis cannot see) or by a
  /// metaclass: how it is constructed is not all in view.
  bool ConstructionUnseen = false;
  /// Its body ran out of evaluation steps: what it would have bound after
  /// that (its __tablename__, its columns) is missing.
  bool BodyCutShort = false;
  /// Its metaclass, given (metaclass=) or its bases', where the project
  /// defines it (a DeclarativeMeta subclass); null for type's.
  ClassObj *Metaclass = nullptr;
  /// Whether a class of its MRO other than object has __new__: 0 not yet
  /// known, 1 no, 2 yes (found on the first instantiation).
  uint8_t OwnNew = 0;
  /// Whether SQLAlchemy's creation counter (util.set_creation_order)
  /// counts its instances: 0 not yet known, 1 no, 2 yes.
  uint8_t CountsCreation = 0;

  const Binding *lookup(llvm::StringRef Attr) const;
  bool isSubclassOf(llvm::StringRef QualifiedName) const;
  /// A class of its MRO was made out of view (ConstructionUnseen) or cut
  /// short (BodyCutShort): it may have attributes the analysis lacks.
  bool partlyUnseen() const;
};

struct FunctionObj : ObjectOf<ObjKind::Function> {
  std::string Name;
  std::string QualName;
  /// FunctionDef / AsyncFunctionDef (body statements) or Lambda (body expr).
  const ast::Node *Def = nullptr;
  const ast::Arguments *Args = nullptr;
  ModuleObj *Globals = nullptr;
  /// The frame of the enclosing function, for closures.
  struct Frame *Enclosing = nullptr;
  std::vector<Object *> Defaults;   ///< For the last len(Defaults) params.
  std::vector<Object *> KwDefaults; ///< Parallel to kwonlyargs; may be null.
  /// internName() copies of the parameter names (positional, keyword-only,
  /// *args, **kwargs), made on the first call: a call binds each by name.
  std::vector<llvm::StringRef> ParamNames;
  /// The class whose body it is defined in (Scope::PrivateNamesOf).
  const ClassObj *PrivateNamesOf = nullptr;
  bool IsStub = false;
  /// Its body yields: a call runs it and gives what it yields. Known
  /// from its first call.
  bool IsGenerator = false;
  bool GeneratorKnown = false;
  /// Def's place in the source and the tree Def and Args point into (the
  /// module unit's TreeGeneration): Evaluator::syntaxOf finds them again in
  /// a tree parsed anew once that one has been freed.
  ast::NodeKind DefKind = ast::NodeKind::FunctionDef;
  ast::SourceRange DefRange;
  unsigned Generation = 0;
};

enum class BuiltinId : uint8_t {
#define BUILTIN(Id, Name) Id,
#include "sema/Builtins.def"
};

struct BuiltinObj : ObjectOf<ObjKind::Builtin> {
  BuiltinId Id;
  /// For methods of builtin values ("abc".lower): the receiver.
  Object *Self = nullptr;
};

struct BoundMethodObj : ObjectOf<ObjKind::BoundMethod> {
  Object *Self = nullptr;
  Object *Function = nullptr;
};

/// An instance of a project or stub class. Calls of stub classes bind the
/// arguments to the stub's __init__ signature: Args holds them by parameter
/// name in signature order, and Rest holds *args.
struct InstanceObj : ObjectOf<ObjKind::Instance> {
  ClassObj *Class = nullptr;
  /// A Column / MappedColumn object that became a table's column: its place
  /// in the declarative pass's list (DeclarativeAnalyzer::columnOwner), plus
  /// one; 0 for any other. A field rather than a map from the object: the
  /// pass looks it up for every foreign key and constraint of 200,000
  /// columns in a large project.
  uint32_t ColumnOwnerSlot = 0;
  AttrMap Attrs;
  /// The bound parameters, by internName() copies of their names.
  std::vector<std::pair<llvm::StringRef, Object *>> Args;
  std::vector<Object *> Rest;
  /// As the call gave them: the names are CallArgs::Keywords'.
  std::vector<std::pair<llvm::StringRef, Object *>> RestKeywords;

  Object *arg(llvm::StringRef Name) const {
    for (const auto &A : Args)
      if (A.first == Name)
        return A.second;
    for (const auto &A : RestKeywords)
      if (A.first == Name)
        return A.second;
    return nullptr;
  }
};

/// `Mapped[int]`, `Optional[str]`, `list["Order"]`, `A | None`.
struct GenericAliasObj : ObjectOf<ObjKind::GenericAlias> {
  Object *Origin = nullptr;
  /// Inline: nearly all have one or two, and a large 2.0 project has
  /// hundreds of thousands (Mapped[...] on every column).
  llvm::SmallVector<Object *, 2> Args;
};

/// super(): attribute lookups start after Start in the MRO of Self's class.
struct SuperObj : ObjectOf<ObjKind::Super> {
  ClassObj *Start = nullptr;
  Object *Self = nullptr;
};

/// Object::Owner values beyond the project's units: a unit past what 16
/// bits number, and the declarative pass's work that no one module asked
/// for.
constexpr uint16_t ManyUnitsOwner = 0xFFFF;
constexpr uint16_t DeclarativeOwner = 0xFFFE;

/// Owns every object of one analysis. A large project makes millions of
/// them, all freed together: an arena saves a malloc per object.
class Heap {
public:
  Heap() = default;
  Heap(const Heap &) = delete;
  Heap &operator=(const Heap &) = delete;
  ~Heap() {
    for (Object *O : Objects)
      destroy(O);
  }

  template <typename T, typename... Args> T *make(Args &&...A) {
    T *Raw = new (Arena.Allocate<T>()) T(std::forward<Args>(A)...);
    Raw->Serial = ++LastSerial;
    Raw->Owner = CurrentOwner;
    Objects.push_back(Raw);
    return Raw;
  }
  /// Objects made from here on belong to this owner (Object::Owner); the
  /// previous one, for the caller to restore.
  uint16_t setOwner(uint16_t Owner) {
    return std::exchange(CurrentOwner, Owner);
  }
  uint16_t owner() const { return CurrentOwner; }
  /// The Serial of the last object made.
  uint32_t lastSerial() const { return LastSerial; }
  /// Makes the objects of a scope belong to an owner.
  class OwnerScope {
  public:
    OwnerScope(Heap &H, uint16_t Owner) : H(H), Saved(H.setOwner(Owner)) {}
    ~OwnerScope() { H.setOwner(Saved); }

  private:
    Heap &H;
    uint16_t Saved;
  };
  /// Every object made, in the order made.
  const std::deque<Object *> &objects() const { return Objects; }
  Object *none() { return &NoneSingleton; }
  Object *boolean(bool V) { return V ? &TrueSingleton : &FalseSingleton; }
  StrObj *str(std::string V, SrcLoc Where = {});
  IntObj *integer(int64_t V);
  UnknownObj *unknown(std::string Name, std::string Reason, SrcLoc Where);
  UnknownObj *opaque(std::string Name, std::string Reason, SrcLoc Where) {
    UnknownObj *U = unknown(std::move(Name), std::move(Reason), Where);
    U->Opaque = true;
    return U;
  }
  /// What a library has that its stub leaves out: real, but unseen.
  UnknownObj *unmodelled(const std::string &Name, SrcLoc Where) {
    return opaque(Name, "'" + Name + "' is not modelled by schemac", Where);
  }

private:
  /// Runs the destructor of \p O's own type: objects carry their kind, not
  /// a vtable, 8 bytes less on each of millions.
  static void destroy(Object *O);

  llvm::BumpPtrAllocator Arena;
  /// For their destructors: most own a vector or a string. A deque: a
  /// vector of millions, grown by copying, would touch twice the memory.
  std::deque<Object *> Objects;
  uint32_t LastSerial = 0;
  uint16_t CurrentOwner = 0;
  NoneObj NoneSingleton;
  struct TrueObj : BoolObj {
    TrueObj() { Value = true; }
  } TrueSingleton;
  BoolObj FalseSingleton;
};

/// Python's truth value, or -1 when it cannot be known.
int truthValue(const Object *O);
/// \p O if it is a class, an instance's class, else null (\p O null too).
/// (A const object's class is const.)
template <typename ObjectT> auto *classOrClassOf(ObjectT *O) {
  auto *Class = dyn_cast_or_null<ClassObj>(O);
  if (auto *I = dyn_cast_or_null<InstanceObj>(O))
    Class = I->Class;
  return Class;
}
/// The value of a member of an enum that mixes in int or float (IntEnum,
/// IntFlag, `class Size(int, Enum)`): what arithmetic and int() compute
/// with; \p O itself otherwise.
Object *numericValue(Object *O);
/// Python's str() of a value, appended to Out; false when it is not known
/// (what f-strings and str.format need).
bool strOf(const Object *O, std::string &Out);
/// Whether a key the dict was not found to hold is surely not in it: the
/// dict is complete, and its keys, as \p Key is, are all known strings or
/// all integers (others may compare equal in ways the analysis does not
/// model: an IntEnum member and its int).
bool surelyLacks(const DictObj *D, const Object *Key);
/// The item of \p D whose key equals \p Key as a dict compares keys (1 and
/// True are one key); null where no key surely does.
std::pair<Object *, Object *> *findItem(DictObj *D, const Object *Key);
/// Stores \p Value under \p Key as `D[Key] = Value` does: over the value of
/// an equal key, which stays, else as a new item at the end.
void storeItem(DictObj *D, Object *Key, Object *Value);
/// format(O, Spec) of a str, int, bool or float (FormatSpec.cpp); false
/// where the text is not known.
bool formatOf(const Object *O, llvm::StringRef Spec, std::string &Out);
/// Structural equality of constants; -1 when it cannot be decided.
int equalValues(const Object *A, const Object *B);
/// How Python's < orders two values: numbers, strings, and tuples or lists
/// of them, item by item (-1, 0 or 1); none where they do not compare (or
/// the analysis does not know how).
std::optional<int> orderValues(const Object *A, const Object *B);
/// A set's elements once each (those whose equality is unknown stay).
void dropDuplicates(SequenceObj *Set);
/// Python's repr() of constants and containers of constants; "" otherwise.
std::string reprOf(const Object *O);
/// What Python's "%s" makes of a str, an int, a bool or None (a dialect
/// option's text); none for anything else.
std::optional<std::string> plainTextOf(const Object *O);
/// The dotted name a Name/Attribute chain spells, or "".
std::string dottedName(const ast::Expression *E);
llvm::StringRef kindName(ObjKind K);
/// kindName with its article: "an int", "a str", "None".
std::string kindWithArticle(ObjKind K);
/// What a value that cannot be used is, for diagnostics.
std::string describeUnknown(const Object *O);

} // namespace schemac::sema

#endif
