//===- RelationshipOptions.cpp - relationship() options refused ----------===//
//
// relationship() and backref() options that make SQLAlchemy raise, at once
// (an unknown cascade) or as it configures the mappers (delete-orphan on the
// "many" side, a dynamic loader on a scalar, a backref whose name the target
// has): the schema is as written, but the application does not start, so
// each is an error where it is written.
//
//===----------------------------------------------------------------------===//

#include "sema/Declarative.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <set>

namespace schemac::sema {

/// The cascade names CascadeOptions accepts.
static constexpr llvm::StringLiteral CascadeNames[] = {
    "delete",      "delete-orphan",  "all", "merge", "expunge",
    "save-update", "refresh-expire", "none"};

/// The names a cascade= argument gives, split as CascadeOptions.from_string
/// splits them (re.split(r"\s*,\s*"): the blanks around the whole string
/// stay); false when they cannot be known.
static bool cascadeNames(Object *Cascade,
                         llvm::SmallVectorImpl<std::string> &Out) {
  if (auto *S = dyn_cast<StrObj>(Cascade)) {
    llvm::SmallVector<llvm::StringRef, 8> Parts;
    llvm::StringRef(S->Value).split(Parts, ',');
    for (size_t I = 0; I < Parts.size(); ++I) {
      llvm::StringRef P = Parts[I];
      if (I > 0)
        P = P.ltrim();
      if (I + 1 < Parts.size())
        P = P.rtrim();
      if (!P.empty())
        Out.push_back(P.str());
    }
    return true;
  }
  auto *Seq = dyn_cast<SequenceObj>(Cascade);
  if (!Seq)
    return false;
  for (Object *E : Seq->Elements) {
    auto *S = dyn_cast<StrObj>(E);
    if (!S)
      return false;
    Out.push_back(S->Value);
  }
  return true;
}

void DeclarativeAnalyzer::checkRelationshipOptions(
    const MappedInfo &Owner, InstanceObj *Options, llvm::StringRef Name,
    bool UseList, llvm::function_ref<Direction()> DirectionOf, SrcLoc Where) {
  auto DirectionName = [](Direction D) {
    return D == Direction::ManyToOne    ? "many-to-one"
           : D == Direction::ManyToMany ? "many-to-many"
                                        : "one-to-many";
  };
  // cascade=False was 1.4's default, its default cascade; 2.0's is the
  // string, and neither splits a bool.
  if (auto *B = dyn_cast_or_null<BoolObj>(Options->arg("cascade"));
      B && (B->Value || rulesOf20()))
    E.report(Where, DiagId::BoolCascade, Name.str(), Owner.Class->Name,
             B->Value ? "True" : "False",
             B->Value ? "" : " on 2.0 (1.4 took False for its default)");
  llvm::SmallVector<std::string, 4> Cascade;
  if (Object *C = Options->arg("cascade");
      C && !isa<NoneObj>(C) && cascadeNames(C, Cascade)) {
    std::vector<std::string> Unknown;
    for (const std::string &N : Cascade)
      if (!llvm::is_contained(CascadeNames, N))
        Unknown.push_back("'" + N + "'");
    llvm::sort(Unknown);
    if (!Unknown.empty())
      E.report(Where, DiagId::InvalidCascade, Name.str(), Owner.Class->Name,
               llvm::join(Unknown, ", "));
    // _check_cascade_settings: only the "one" side may orphan what it
    // holds, unless single_parent= makes the other side hold one. A
    // viewonly relationship has no persistence cascades (2.0 drops them).
    auto IsTrue = [&](llvm::StringRef Keyword) {
      Object *V = Options->arg(Keyword);
      return V && truthValue(V) == 1;
    };
    // 1.4's cascade setter refuses what a viewonly relationship cannot do
    // ("all" is save-update, merge, refresh-expire, expunge and delete).
    if (IsTrue("viewonly") && !rulesOf20()) {
      std::set<std::string> Persistence;
      for (const std::string &N : Cascade) {
        if (N == "all")
          Persistence.insert({"delete", "save-update"});
        else if (llvm::is_contained({"delete", "delete-orphan", "save-update"},
                                    llvm::StringRef(N)))
          Persistence.insert(N);
      }
      if (!Persistence.empty())
        E.report(Where, DiagId::ViewonlyPersistenceCascade, Name.str(),
                 Owner.Class->Name,
                 llvm::join(Persistence.begin(), Persistence.end(), ", "));
    }
    if (llvm::is_contained(Cascade, "delete-orphan") &&
        !IsTrue("single_parent") && !IsTrue("viewonly"))
      if (Direction D = DirectionOf();
          D == Direction::ManyToOne || D == Direction::ManyToMany)
        E.report(Where, DiagId::DeleteOrphanOnManySide, Name.str(),
                 Owner.Class->Name, DirectionName(D));
  }
  // The dynamic and write-only loaders load a collection: a scalar
  // (uselist False, given or as the direction makes it) is refused; so is
  // a many-to-one made a list, which 1.4 warns of.
  if (auto *Lazy = dyn_cast_or_null<StrObj>(Options->arg("lazy"));
      Lazy && (Lazy->Value == "dynamic" || Lazy->Value == "write_only")) {
    Object *GivenUseList = Options->arg("uselist");
    if (!UseList)
      E.report(Where, DiagId::CollectionLoaderOnScalar, Name.str(),
               Owner.Class->Name, Lazy->Value,
               GivenUseList && !isa<NoneObj>(GivenUseList)
                   ? "uselist=False"
                   : "a scalar (many-to-one or one-to-one)");
    else if (DirectionOf() == Direction::ManyToOne)
      E.report(Where,
               Version == "1.4" ? DiagId::CollectionLoaderOnManyToOne
                                : DiagId::CollectionLoaderOnScalar,
               Name.str(), Owner.Class->Name, Lazy->Value, "many-to-one");
  }
}

bool DeclarativeAnalyzer::hasMappedProperty(const MappedInfo &M,
                                            llvm::StringRef Name) const {
  // Mapper.has_property() over the mapper and those it inherits from; a
  // single-table hierarchy shares one table, whose columns are mapped on
  // the class that declares each and on its subclasses.
  if (relationshipOwner(M, Name))
    return true;
  for (const MappedInfo *K = &M; K;
       K = K->Inherits ? mappedInfo(K->Inherits) : nullptr)
    if (K->Table >= 0 &&
        llvm::any_of(Tables[K->Table].Table.Columns,
                     [&](const ir::Column &C) { return C.Attribute == Name; }))
      return true;
  return false;
}

const DeclarativeAnalyzer::MappedInfo *
DeclarativeAnalyzer::relationshipOwner(const MappedInfo &M,
                                       llvm::StringRef Name) const {
  for (const MappedInfo *K = &M; K;
       K = K->Inherits ? mappedInfo(K->Inherits) : nullptr)
    if (llvm::any_of(K->Relationships,
                     [&](const ir::Relationship &R) { return R.Name == Name; }))
      return K;
  return nullptr;
}

const ClassObj *DeclarativeAnalyzer::propertyOwner(const MappedInfo &M,
                                                   llvm::StringRef Name) const {
  // A single-table subclass's column is in the shared table, and its
  // mapper's property: the class whose body gives it.
  for (const MappedInfo &Other : Mapped)
    if (Other.Table == M.Table && Other.Class->Dict.count(Name) &&
        Other.Class->isSubclassOf(M.Class->QualName))
      return Other.Class;
  const MappedInfo *K = relationshipOwner(M, Name);
  return K ? K->Class : M.Class;
}

bool DeclarativeAnalyzer::directionKnown(const MappedInfo &A,
                                         const MappedInfo &B) const {
  for (const MappedInfo *M : {&A, &B})
    if (M->Table < 0 || Tables[M->Table].ColumnsUnknown ||
        M->Class->partlyUnseen())
      return false;
  return true;
}

} // namespace schemac::sema
