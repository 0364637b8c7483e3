//===- DeclarativeMapping.cpp - Mapping classes onto tables ---------------===//

#include "sema/Declarative.h"
#include "sema/MappedAnnotation.h"

#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/SaveAndRestore.h"

#include <cstdint>
#include <functional>
#include <map>

namespace schemac::sema {

namespace {

/// Mapped[...] (or a subclass such as WriteOnlyMapped) at the top level.
bool isMappedAnnotation(Object *A) {
  auto *G = dyn_cast_or_null<GenericAliasObj>(A);
  auto *Origin = G ? dyn_cast<ClassObj>(G->Origin) : nullptr;
  return Origin && Origin->isSubclassOf("sqlalchemy.orm.Mapped");
}

struct Attribute {
  llvm::StringRef Name;    ///< An internName() copy.
  Object *Value = nullptr; ///< Null for an annotation alone.
  Object *Annotation = nullptr;
  SrcLoc Where;
  bool FromMixin = false;
  /// Made by a declared_attr for this class.
  bool DeclaredAttr = false;
  /// declared_attr.cascading: run for this class, whatever its parents made.
  bool Cascading = false;
};

/// Sorts stably by a key computed once per element, in place: tables and
/// columns are large, their keys are looked up or built from several
/// fields, and a sorted copy of every table's columns would be 50 MB of
/// fresh memory at 20,000 models.
template <typename T, typename KeyFn>
void stableSortByKey(std::vector<T> &Items, KeyFn Key) {
  using KeyType = decltype(Key(std::declval<const T &>()));
  std::vector<std::pair<KeyType, size_t>> Order;
  Order.reserve(Items.size());
  for (size_t I = 0; I < Items.size(); ++I)
    Order.emplace_back(Key(Items[I]), I);
  auto ByKey = [](const auto &A, const auto &B) { return A.first < B.first; };
  // Mostly so already (columns in the order written).
  if (llvm::is_sorted(Order, ByKey))
    return;
  llvm::stable_sort(Order, ByKey);
  // Position I takes the element at Order[I].second: each cycle of that
  // permutation is rotated through one element held aside.
  for (size_t Start = 0; Start < Items.size(); ++Start) {
    size_t From = Order[Start].second;
    if (From == Start || From == SIZE_MAX)
      continue;
    T Held = std::move(Items[Start]);
    size_t To = Start;
    while (From != Start) {
      Items[To] = std::move(Items[From]);
      Order[To].second = SIZE_MAX;
      To = From;
      From = Order[To].second;
    }
    Items[To] = std::move(Held);
    Order[To].second = SIZE_MAX;
  }
}

/// Made by calling into a standard library module whose calls make values
/// of its own (a logger, a lock, a compiled pattern): never a column or
/// another mapped attribute, so the warning that it may be one is noise
/// (`log = logging.getLogger(__name__)` in a model's body). Not modules
/// with a call that can hand back an object it was given: copy.copy(column),
/// random.choice(), os.environ.get(key, default), json's object_hook.
bool madeByStdlibValueMaker(const UnknownObj &U) {
  static constexpr llvm::StringLiteral ValueMakers[] = {
      "base64", "calendar", "decimal", "hashlib",  "hmac",     "ipaddress",
      "locale", "logging",  "math",    "pathlib",  "platform", "re",
      "socket", "string",   "struct",  "tempfile", "textwrap", "threading",
      "time",   "urllib",   "uuid",    "warnings", "zoneinfo"};
  llvm::StringRef Module = llvm::StringRef(U.Name).split('.').first;
  return U.Opaque && llvm::is_contained(ValueMakers, Module);
}

} // namespace

/// Flask-SQLAlchemy's camel_to_snake_case: "_" before an upper-case letter
/// that follows a lower-case letter or digit, or that starts a capitalised
/// word inside the name (HTTPRequestLog -> http_request_log).
std::string DeclarativeAnalyzer::flaskTableName(llvm::StringRef Name) {
  std::string Snake;
  for (size_t I = 0; I < Name.size(); ++I) {
    char Ch = Name[I];
    bool AfterLowerOrDigit =
        I > 0 && (llvm::isLower(Name[I - 1]) || llvm::isDigit(Name[I - 1]));
    bool StartsWord =
        I > 0 && I + 1 < Name.size() && llvm::isLower(Name[I + 1]);
    if (llvm::isUpper(Ch) && (AfterLowerOrDigit || StartsWord))
      Snake += '_';
    Snake += llvm::toLower(Ch);
  }
  return llvm::StringRef(Snake).ltrim('_').str();
}

/// flask_sqlalchemy.model.should_set_tablename.
bool DeclarativeAnalyzer::flaskShouldSetTablename(ClassObj *C) {
  auto IsAbstract = [](ClassObj *K) {
    auto It = K->Dict.find("__abstract__");
    return It != K->Dict.end() && truthValue(It->second.Value) == 1;
  };
  if (IsAbstract(C))
    return false;
  for (ClassObj *Base : C->Mro) {
    auto It = Base->Dict.find("__tablename__");
    if (It == Base->Dict.end())
      continue;
    if (isA(It->second.Value, "sqlalchemy.orm.declared_attr"))
      return false;
    bool Declarative = isDeclarativeBase(Base) || declarativeBaseOf(Base);
    return !(Base == C || IsAbstract(Base) || !Declarative);
  }
  return true;
}

/// A library class whose columns a model takes as from a mixin of its own
/// (sqlalchemy_utils' Timestamp): its stub says so.
/// What SQLAlchemy would map \p O as, if anything.
static const char *mappedPropertyKind(Object *O) {
  if (isColumnObject(O))
    return "column";
  if (isA(O, "sqlalchemy.orm.Relationship"))
    return "relationship";
  if (isA(O, "sqlalchemy.orm.ColumnProperty"))
    return "column_property";
  if (isA(O, "sqlalchemy.orm.Composite"))
    return "composite";
  if (isA(O, "sqlalchemy.orm.Synonym"))
    return "synonym";
  return nullptr;
}

/// _setup_table makes the table in cls.metadata, whatever it is: a value
/// that is plainly no MetaData (a dict of the model's own "metadata") fails
/// there; None too, on 1.4. An attribute SQLAlchemy would map is said by
/// mapClass; an instance of a class of the project's may be one.
void DeclarativeAnalyzer::checkMetadataAttribute(ClassObj *C) {
  const Binding *B = C->lookup("metadata");
  if (!B || !B->Value || mappedPropertyKind(B->Value))
    return;
  switch (B->Value->Kind) {
  case ObjKind::None:
    // 2.0's _metadata_for_cls takes None for the registry's MetaData.
    if (Version != "1.4")
      return;
    break;
  case ObjKind::Unknown:
  case ObjKind::Instance:
  case ObjKind::Module:
  case ObjKind::GenericAlias:
  case ObjKind::Super:
    return;
  default:
    break;
  }
  E.report(B->Where, DiagId::MetadataAttributeNotMetaData, C->QualName,
           kindWithArticle(B->Value->Kind));
}

/// 2.0's _collect_annotation: where the class's own attribute is an
/// annotation alone or a _MappedAttribute (mapped_column(), relationship();
/// not a Column), the annotation must be Mapped[...], ClassVar[...] or an
/// ORM descriptor's -- the annotations of 1.4-style models moved to a 2.0
/// base fail the import.
void DeclarativeAnalyzer::checkUnmappedAnnotation(ClassObj *C,
                                                  llvm::StringRef Name,
                                                  Object *Value,
                                                  Object *Annotation,
                                                  SrcLoc Where) {
  if (!rulesOf20())
    return;
  // A Column is no _MappedAttribute: `price: float = Column(Float)` is
  // fine.
  if (Value && isColumnObject(Value) &&
      !isA(Value, "sqlalchemy.orm.MappedColumn"))
    return;
  const char *Kind = Value ? mappedPropertyKind(Value) : "";
  if (!Kind)
    return;
  // Only an annotation plainly of a Python type: a class of the project's
  // or of builtins (str, List["Order"]), or Optional[...] / Union[...].
  // ClassVar[...] is meant to stay unmapped, a SQLAlchemy class may be an
  // ORM descriptor (AssociationProxy[Any]), and what the analysis cannot
  // see may be anything.
  if (isMappedAnnotation(Annotation))
    return;
  auto PlainType = [](const Object *T) {
    auto *Class = dyn_cast_or_null<ClassObj>(T);
    return Class && !llvm::StringRef(Class->QualName).starts_with("sqlalchemy");
  };
  bool Plain = PlainType(Annotation);
  if (auto *G = dyn_cast<GenericAliasObj>(Annotation)) {
    auto *Form = dyn_cast_or_null<InstanceObj>(G->Origin);
    auto *FormName =
        Form && Form->Class && Form->Class->QualName == "typing._SpecialForm"
            ? dyn_cast_or_null<StrObj>(Form->Attrs.lookup("_name").Value)
            : nullptr;
    Plain = PlainType(G->Origin) ||
            (FormName &&
             (FormName->Value == "Optional" || FormName->Value == "Union"));
  }
  if (!Plain)
    return;
  if (const Binding *Allow = C->lookup("__allow_unmapped__");
      Allow && truthValue(Allow->Value) != 0)
    return;
  // A dataclass maps its fields on its own terms, and SQLModel maps its
  // pydantic fields.
  if (C->lookup("__dataclass_fields__") ||
      C->isSubclassOf("sqlalchemy.orm.MappedAsDataclass") ||
      C->isSubclassOf("sqlmodel.main.SQLModel"))
    return;
  std::string What = !Value ? "it has no value"
                     : isColumnObject(Value)
                         ? "its value is a mapped_column()"
                         : std::string("its value is a ") + Kind + "()";
  E.report(Where, DiagId::UnmappedAnnotation, C->Name, Name.str(), What);
}

static bool isLibraryMixin(const ClassObj *C) {
  return C->IsStub && C->Dict.count("__schemac_mixin__");
}

/// A primary key column or constraint among the attributes the class
/// itself brings (its own and its unmapped mixins'): not one a mapped base
/// already took from a mixin behind it (the class reads that base's).
bool DeclarativeAnalyzer::declaresPrimaryKey(ClassObj *C) {
  for (ClassObj *Base : C->Mro) {
    if ((Base->IsStub && !isLibraryMixin(Base)) ||
        (Base != C && mappedInfo(Base)))
      continue;
    for (auto &[Name, B] : Base->Dict) {
      auto *I = dyn_cast_or_null<InstanceObj>(B.Value);
      if (!I)
        continue;
      llvm::StringRef Attr = Name;
      if (Base != C && llvm::find_if(C->Mro, [&](ClassObj *M) {
                         return M->Dict.count(Attr);
                       }) != llvm::find(C->Mro, Base))
        continue;
      if (isColumnObject(I) && I->arg("primary_key") &&
          truthValue(I->arg("primary_key")) == 1)
        return true;
      if (Name == "__table_args__")
        if (auto *T = dyn_cast<SequenceObj>(B.Value))
          for (Object *Item : T->Elements)
            if (isA(Item, "sqlalchemy.schema.PrimaryKeyConstraint"))
              return true;
    }
  }
  return false;
}

/// sqlalchemy.util.merge_lists_w_ordering: vars(cls) and __annotations__
/// merged, each list's order kept "as much as possible", exactly as
/// SQLAlchemy does it (the result decides column order).
std::vector<llvm::StringRef>
DeclarativeAnalyzer::mergeListsWithOrdering(llvm::ArrayRef<llvm::StringRef> A,
                                            llvm::ArrayRef<llvm::StringRef> B) {
  llvm::DenseSet<const char *> InA, Overlap;
  for (llvm::StringRef X : A)
    InA.insert(X.data());
  for (llvm::StringRef X : B)
    if (InA.contains(X.data()))
      Overlap.insert(X.data());
  std::vector<llvm::StringRef> Result;
  Result.reserve(A.size() + B.size() - Overlap.size());
  llvm::ArrayRef<llvm::StringRef> Current = A, Other = B;
  size_t CurrentPos = 0, OtherPos = 0;
  while (true) {
    bool Switched = false;
    while (CurrentPos < Current.size()) {
      llvm::StringRef Element = Current[CurrentPos++];
      if (Overlap.erase(Element.data())) {
        std::swap(Current, Other);
        std::swap(CurrentPos, OtherPos);
        Switched = true;
        break;
      }
      Result.push_back(Element);
    }
    if (!Switched) {
      Result.insert(Result.end(), Other.begin() + OtherPos, Other.end());
      return Result;
    }
  }
}

/// What a class's __table_args__ as written in a class body (a dict, or a
/// tuple ending in one) says of its table's key: schema=, and
/// extend_existing= / keep_existing=.
struct TableArgsKey {
  std::optional<std::string> Schema;
  bool ExtendExisting = false;
  bool KeepExisting = false;
};
static TableArgsKey tableArgsKey(const ClassObj *C) {
  TableArgsKey Key;
  const Binding *Args = C->lookup("__table_args__");
  Object *Options = Args ? Args->Value : nullptr;
  if (auto *T = dyn_cast_or_null<SequenceObj>(Options);
      T && T->Kind == ObjKind::Tuple && !T->Elements.empty())
    Options = T->Elements.back();
  if (auto *D = dyn_cast_or_null<DictObj>(Options))
    for (auto &[K, V] : D->Items) {
      auto *KS = dyn_cast<StrObj>(K);
      if (!KS)
        continue;
      if (std::optional<std::string> Schema = schemaArg(V);
          KS->Value == "schema" && Schema)
        Key.Schema = std::move(Schema);
      else if (KS->Value == "extend_existing")
        Key.ExtendExisting = truthValue(V) == 1;
      else if (KS->Value == "keep_existing")
        Key.KeepExisting = truthValue(V) == 1;
    }
  return Key;
}

/// A dataclass's fields, in order, each with its annotation: what 2.0's
/// composite() names and types the columns it is not given by
/// (Composite._setup_for_dataclass). Empty for any other class.
static std::vector<std::pair<llvm::StringRef, Object *>>
dataclassFields(Evaluator &E, ClassObj *Class) {
  std::vector<std::pair<llvm::StringRef, Object *>> Out;
  const Binding *Fields = Class->lookup("__dataclass_fields__");
  auto *D = Fields ? dyn_cast<DictObj>(Fields->Value) : nullptr;
  if (!D)
    return Out;
  for (auto &[K, Field] : D->Items) {
    auto *Name = dyn_cast<StrObj>(K);
    auto *F = dyn_cast<InstanceObj>(Field);
    if (!Name || (F && truthValue(F->arg("init")) == 0))
      continue;
    Object *Annotation = nullptr;
    for (ClassObj *M : Class->Mro)
      if (auto It = M->Annotations.find(Name->Value);
          It != M->Annotations.end()) {
        Annotation = E.evalAnnotation(It->second);
        break;
      }
    Out.emplace_back(internName(Name->Value), Annotation);
  }
  return Out;
}

void DeclarativeAnalyzer::mapCompositeColumns(
    TableInfo &TI, InstanceObj *Composite, llvm::StringRef Key,
    Object *Annotation, SrcLoc Where,
    llvm::function_ref<void(Object *)> Declared) {
  // The class: composite()'s first argument, else the Mapped[...] one.
  llvm::ArrayRef<Object *> Attrs = Composite->Rest;
  auto *Class = !Attrs.empty() ? dyn_cast<ClassObj>(Attrs.front()) : nullptr;
  if (Class)
    Attrs = Attrs.drop_front();
  else if (MappedAnnotation Ann = analyzeMappedAnnotation(Annotation);
           Ann.IsMapped)
    Class = dyn_cast_or_null<ClassObj>(Ann.Target);
  std::vector<std::pair<llvm::StringRef, Object *>> Params =
      Class && Version != "1.4"
          ? dataclassFields(E, Class)
          : std::vector<std::pair<llvm::StringRef, Object *>>();
  ClassObj *MappedClass =
      dyn_cast_or_null<ClassObj>(E.lookupQualified("sqlalchemy.orm.Mapped"));
  for (size_t I = 0; I < std::max(Attrs.size(), Params.size()); ++I) {
    // An attribute left out is a mapped_column() of the field's name and
    // annotation (2.0's _setup_for_dataclass); a string, or a column the
    // class maps already, is a column mapped elsewhere.
    Object *Column = I < Attrs.size() ? Attrs[I] : nullptr;
    if (!Column) {
      CallArgs None;
      Column =
          E.call(E.lookupQualified("sqlalchemy.orm.MappedColumn"), None, Where);
    }
    if (!isColumnObject(Column) || cast<InstanceObj>(Column)->ColumnOwnerSlot)
      continue;
    auto *ColumnObj = cast<InstanceObj>(Column);
    // Named where written, else after the dataclass's field (else, as
    // declarative names any column, after the attribute); typed by the
    // field's annotation where it says nothing else.
    llvm::StringRef Name;
    if (auto *Given = dyn_cast_or_null<StrObj>(ColumnObj->arg("name")))
      Name = Given->Value;
    else if (!ColumnObj->Rest.empty() && isa<StrObj>(ColumnObj->Rest.front()))
      Name = cast<StrObj>(ColumnObj->Rest.front())->Value;
    else
      Name = I < Params.size() ? Params[I].first : Key;
    Object *ParamAnnotation = nullptr;
    if (I < Params.size() && Params[I].second && MappedClass) {
      auto *Mapped = H.make<GenericAliasObj>();
      Mapped->Origin = MappedClass;
      Mapped->Args.push_back(Params[I].second);
      ParamAnnotation = Mapped;
    }
    addColumn(TI, ColumnObj, internName(Name), ParamAnnotation, Where,
              /*IsOrm=*/true);
    Declared(Column);
  }
}

void DeclarativeAnalyzer::mapClass(ClassObj *C) {
  // Mapping this class may map another (a declared_attr that makes one):
  // that one's map is in force only while it is mapped.
  llvm::SaveAndRestore<DictObj *> OuterTypeMap(TypeMap, typeAnnotationMap(C));
  Evaluator::DeclarativeScan Scan;
  Scan.Class = C;
  llvm::SaveAndRestore<Evaluator::DeclarativeScan *> OuterScan(E.Scan, &Scan);
  MappedInfo Info;
  Info.Class = C;
  for (ClassObj *M : llvm::drop_begin(C->Mro))
    if (mappedInfo(M)) {
      Info.Inherits = M;
      break;
    }

  bool Found = false;
  Object *MapperArgs = declarativeDunder(C, "__mapper_args__", Found);
  struct PropertyFilter {
    bool Given = false;
    llvm::StringSet<> Keys, Columns;
  } Included, Excluded;
  bool Concrete = false;
  // The mapper's own primary key (a view's identifying columns): the
  // table needs none then.
  bool MapperPrimaryKey = false;
  const StrObj *PolymorphicOn = nullptr, *ColumnPrefix = nullptr;
  // A copy of the items: an enum's __repr__ may change the dict.
  if (auto *D = dyn_cast_or_null<DictObj>(MapperArgs))
    for (auto [K, V] : std::vector(D->Items)) {
      auto *KS = dyn_cast<StrObj>(K);
      if (!KS)
        continue;
      if (KS->Value == "polymorphic_identity") {
        // A member of a str or int enum is its value, as the database
        // holds it; another enum's member is the member (its repr).
        Object *Identity = V;
        if (auto *Member = dyn_cast<InstanceObj>(V);
            Member && Member->Class->isSubclassOf("enum.Enum")) {
          Object *Value = Member->Attrs.lookup("value").Value;
          if (Member->Class->isSubclassOf("builtins.str") ||
              Member->Class->isSubclassOf("builtins.int"))
            Identity = Value;
          else if (std::string R = projectReprOf(V); !R.empty())
            Identity = H.str(R);
        }
        if (auto *S = dyn_cast_or_null<StrObj>(Identity))
          Info.PolymorphicIdentity = ir::Scalar::string(S->Value);
        else if (auto *I = dyn_cast_or_null<IntObj>(Identity))
          Info.PolymorphicIdentity = ir::Scalar::integer(I->Value);
        else if (!isa_and_nonnull<NoneObj>(Identity))
          E.report(C->Where, DiagId::UnknownPolymorphicIdentity, C->Name,
                   describeUnknown(V));
      } else if (KS->Value == "polymorphic_on") {
        PolymorphicOn = dyn_cast<StrObj>(V);
      } else if (KS->Value == "column_prefix") {
        ColumnPrefix = dyn_cast<StrObj>(V);
      } else if (KS->Value == "concrete") {
        Concrete = truthValue(V) == 1;
      } else if (KS->Value == "primary_key") {
        auto *Columns = dyn_cast<SequenceObj>(V);
        MapperPrimaryKey = Columns ? !Columns->Elements.empty() : V != nullptr;
      } else if (KS->Value == "inherit_condition") {
        Info.InheritCondition = true;
      } else if (KS->Value == "include_properties" ||
                 KS->Value == "exclude_properties") {
        PropertyFilter &F =
            KS->Value == "include_properties" ? Included : Excluded;
        F.Given = true;
        // Attribute keys, or the Column objects themselves.
        if (auto *Names = dyn_cast<SequenceObj>(V))
          for (Object *N : Names->Elements) {
            if (auto *S = dyn_cast<StrObj>(N))
              F.Keys.insert(S->Value);
            else if (const ColumnPlace *Owner = columnOwner(N))
              F.Columns.insert(Owner->Name.str());
          }
        else
          E.report(C->Where, DiagId::UnknownMapperArgument, KS->Value, C->Name,
                   describeUnknown(V));
      }
    }
  // The mapper leaves out the columns include_properties does not name and
  // those exclude_properties names (Mapper._should_exclude): they stay in
  // the table, mapped to no attribute.
  auto FilterProperties = [&](TableInfo &TI) {
    if (!Included.Given && !Excluded.Given)
      return;
    for (ir::Column &Col : TI.Table.Columns) {
      if (Col.Attribute.empty())
        continue;
      auto Names = [&](const PropertyFilter &F) {
        return F.Keys.contains(Col.Attribute) || F.Columns.contains(Col.Name);
      };
      if ((Included.Given && !Names(Included)) ||
          (Excluded.Given && Names(Excluded)))
        Col.Attribute.clear();
    }
  };

  int TableIndex = -1;
  // Whether, not where: evaluating the class's dunders below may add to
  // its dict.
  auto OwnTable = C->Dict.find("__table__");
  bool HasOwnTable = OwnTable != C->Dict.end();
  if (HasOwnTable) {
    auto *TI = dyn_cast<InstanceObj>(OwnTable->second.Value);
    auto *Idx = TI ? dyn_cast_or_null<IntObj>(
                         TI->Attrs.lookup("__schemac_table__").Value)
                   : nullptr;
    if (!Idx) {
      E.report(OwnTable->second.Where, DiagId::UnknownTableValue, "__table__",
               describeUnknown(OwnTable->second.Value));
      return;
    }
    TableIndex = static_cast<int>(Idx->Value);
  }

  Object *TableName = nullptr;
  // keep_existing=True found the table: the class is mapped onto it as it
  // is, as with __table__.
  bool KeptTable = false;
  // extend_existing=True found it: the columns it had are mapped too.
  bool ExtendsTable = false;
  if (TableIndex < 0) {
    TableName = declarativeDunder(C, "__tablename__", Found);
    bool FlaskAutoName = false;
    if (const Binding *B = C->lookup("__schemac_flask_autoname__"))
      FlaskAutoName = truthValue(B->Value) == 1;
    if (FlaskAutoName && flaskShouldSetTablename(C)) {
      TableName = H.str(flaskTableName(C->Name));
      Found = true;
      // Flask-SQLAlchemy sets it on the class before mapping it: what the
      // mapping evaluates (a mixin's declared_attr __table_args__) reads it.
      C->Dict["__tablename__"] = {TableName, C->Where};
    }
    // Flask-SQLAlchemy's __table_cls__: a subclass of a mapped class that
    // declares no primary key of its own shares its parent's table, unless
    // its MetaData has a table of the key it would make: the name, with
    // the schema its __table_args__ give (not its MetaData's default).
    if (FlaskAutoName && Found && Info.Inherits && !declaresPrimaryKey(C)) {
      auto *S = dyn_cast_or_null<StrObj>(TableName);
      InstanceObj *MD = metadataForClass(C);
      std::optional<std::string> Schema = tableArgsKey(C).Schema;
      bool Exists = S && llvm::any_of(Tables, [&](const TableInfo &T) {
                      return T.Metadata == MD && T.Table.Name == S->Value &&
                             T.Table.Schema == Schema;
                    });
      // A module the edit's runs do not run may have one (the whole
      // analysis knows it by name only).
      if (!Exists && S && UseTablesNotRun && TablesNotRun.count(S->Value))
        UndecidedTableKey = true;
      if (!Exists)
        Found = false;
    }
    if (Found && TableName && !isa<NoneObj>(TableName)) {
      auto *S = dyn_cast<StrObj>(TableName);
      if (!S) {
        diagnose(C->Where, DiagId::UnknownTableName, C->QualName);
        return;
      }
      checkMetadataAttribute(C);
      ir::Table T;
      T.Name = S->Value;
      T.Where = irLoc(C->Where);
      // The key a table is found by in its MetaData has the schema.
      TableArgsKey Key = tableArgsKey(C);
      T.Schema = Key.Schema;
      TableRedefinition Options;
      Options.ExtendExisting = Key.ExtendExisting;
      Options.KeepExisting = Key.KeepExisting;
      TableIndex = addTable(std::move(T), metadataForClass(C), Options,
                            C->Where, &KeptTable);
      ExtendsTable = !KeptTable && !Tables[TableIndex].Table.Columns.empty();
      if (C->isSubclassOf(
              "sqlalchemy.ext.declarative.extensions.DeferredReflection"))
        noteReflected(Tables[TableIndex], "DeferredReflection", C->Where);
    }
  }

  // AbstractConcreteBase: mapped, to a polymorphic union SQLAlchemy names
  // "pjoin", with no table of its own; its subclasses are concrete. (A
  // __tablename__ it inherits, a declared_attr's, still makes a table, an
  // empty one, as SQLAlchemy's does.)
  if (!HasOwnTable && !Info.Inherits && llvm::any_of(C->Bases, [](ClassObj *B) {
        return B->isSubclassOf(
            "sqlalchemy.ext.declarative.extensions.AbstractConcreteBase");
      })) {
    Info.AbstractConcrete = true;
    C->IsMapped = true;
    MappedIndex[C] = Mapped.size();
    Mapped.push_back(Info);
    return;
  }
  if (Info.Inherits && mappedInfo(Info.Inherits)->AbstractConcrete) {
    Concrete = true;
    if (TableIndex < 0) {
      diagnose(C->Where, DiagId::MissingTableName, C->QualName);
      return;
    }
  }
  if (TableIndex < 0 && !Info.Inherits) {
    // Its body may not have got as far as its __tablename__.
    diagnose(C->Where,
             C->BodyCutShort ? DiagId::UnknownTableName
                             : DiagId::MissingTableName,
             C->QualName);
    return;
  }
  if (TableIndex < 0) {
    Info.Inheritance = "single";
    Info.Table = mappedInfo(Info.Inherits)->Table;
    // The parent's table is not the subclass's to give arguments to: its
    // own, nor a base's once the class has a table name, which here only
    // Flask-SQLAlchemy gives (_scan_attributes drops a base's for a class
    // without one; Flask-SQLAlchemy's __table_cls__ then makes no table).
    ClassObj *ArgsFrom = declarativeDunderClass(C, "__table_args__");
    auto *Named = dyn_cast_or_null<StrObj>(TableName);
    bool NamesTable = Named && !Named->Value.empty();
    bool ArgsFound = false;
    if (ArgsFrom && (ArgsFrom == C || NamesTable) &&
        truthValue(declarativeDunder(C, "__table_args__", ArgsFound)) == 1) {
      if (ArgsFrom == C)
        E.report(C->Dict.find("__table_args__")->second.Where,
                 DiagId::TableArgsWithoutTable, C->QualName);
      else
        E.report(C->Where, DiagId::FlaskTableArgsWithoutTable, C->QualName,
                 Named->Value, ArgsFrom->QualName);
    }
  } else {
    Info.Table = TableIndex;
    if (Info.Inherits)
      Info.Inheritance = Concrete ? "concrete" : "joined";
  }
  if (Info.Table < 0)
    return;
  size_t MappedId = Mapped.size();
  C->IsMapped = true;
  MappedIndex[C] = MappedId;
  Mapped.push_back(Info);
  // Once the class is mapped: the mapper reads polymorphic_on="name" from
  // its properties. Said where the class gives it, not where it inherits
  // the parent's.
  auto CheckPolymorphicOn = llvm::make_scope_exit([&] {
    if (PolymorphicOn && C->Dict.count("__mapper_args__"))
      checkPolymorphicOn(Mapped[MappedId], PolymorphicOn);
  });
  // column_prefix names each column the mapper maps from its table
  // (_configure_properties): those the class body gives under their own
  // key too (declarative leaves them to the table); one it gives another
  // attribute keeps that name. Before the check above reads the names.
  auto PrefixColumns = llvm::make_scope_exit([&] {
    const MappedInfo &M = Mapped[MappedId];
    if (!ColumnPrefix || M.Inheritance == "single")
      return;
    ir::Table &T = Tables[M.Table].Table;
    for (ir::Column &Col : T.Columns) {
      std::string Key = Col.Name;
      for (const auto &[Name, ColumnKey] : T.ColumnKeys)
        if (Name == Col.Name)
          Key = ColumnKey;
      if (Col.Attribute == Key)
        Col.Attribute = ColumnPrefix->Value + Key;
    }
  });
  if (HasOwnTable || KeptTable) {
    mapOntoTable(Mapped.back(), TableIndex, nullptr);
    FilterProperties(Tables[TableIndex]);
    instrumentColumns(C, TableIndex);
    return;
  }

  // The attributes: the class's own, then those of its unmapped bases
  // (mixins) in MRO order, each in SQLAlchemy's merge of the class
  // dictionary's order with the annotations' order.
  std::vector<Attribute> Attrs;
  // Attribute names are internName() copies: one address per name.
  llvm::DenseSet<const char *> Seen;
  for (ClassObj *Base : C->Mro) {
    // An AbstractConcreteBase's columns are copied like a mixin's.
    const MappedInfo *BaseInfo = Base != C ? mappedInfo(Base) : nullptr;
    if ((Base->IsStub && !isLibraryMixin(Base)) ||
        (BaseInfo && !BaseInfo->AbstractConcrete))
      continue;
    std::vector<Attribute> BaseAttrs;
    std::vector<llvm::StringRef> VarNames, AnnotationNames;
    VarNames.reserve(Base->Dict.size());
    for (auto &KV : Base->Dict)
      VarNames.push_back(KV.first);
    AnnotationNames.reserve(Base->Annotations.size());
    for (auto &KV : Base->Annotations)
      AnnotationNames.push_back(KV.first);
    BaseAttrs.reserve(VarNames.size() + AnnotationNames.size());
    for (llvm::StringRef Name :
         mergeListsWithOrdering(VarNames, AnnotationNames)) {
      if (Name.starts_with("__") || Seen.contains(Name.data()))
        continue;
      // A mixin's attribute that a class before it in the MRO (the class
      // itself, or a mapped parent that already took the mixin's column)
      // overrides is not copied; a cascading declared_attr runs for each
      // mapped class all the same.
      auto Local = Base->Dict.find(Name);
      auto *Declared = Local != Base->Dict.end()
                           ? dyn_cast<InstanceObj>(Local->second.Value)
                           : nullptr;
      bool Cascading =
          Base != C && Declared &&
          Declared->Class->isSubclassOf("sqlalchemy.orm.declared_attr") &&
          truthValue(Declared->arg("cascading")) == 1;
      if (Base != C && !Cascading) {
        ClassObj *Owner = nullptr;
        for (ClassObj *M : C->Mro)
          if (M->Dict.count(Name) || M->Annotations.count(Name)) {
            Owner = M;
            break;
          }
        if (Owner != Base)
          continue;
      }
      Attribute A;
      A.Name = Name;
      A.FromMixin = Base != C;
      auto V = Base->Dict.find(Name);
      auto Ann = Base->Annotations.find(Name);
      if (V != Base->Dict.end()) {
        A.Value = V->second.Value;
        A.Where = V->second.Where;
      }
      if (Ann != Base->Annotations.end()) {
        A.Annotation = E.evalAnnotation(Ann->second);
        if (!A.Value)
          A.Where = Ann->second.Where;
        // A column's type in quotes inside Mapped[...] is evaluated; a
        // relationship's target stays a name its registry resolves.
        if (!A.Value || isColumnObject(A.Value))
          A.Annotation = E.destringifyArguments(
              A.Annotation, Ann->second.Module, Ann->second.Where);
      }
      if (Base == C && A.Annotation)
        checkUnmappedAnnotation(C, A.Name, A.Value, A.Annotation, A.Where);
      // An annotation alone maps a column from 2.0 on; 1.4 (with the mypy
      // plugin's stubs) maps nothing for it.
      if (!A.Value && (!isMappedAnnotation(A.Annotation) || Version == "1.4"))
        continue;
      // A library's source is not the project's: the class that takes
      // the column is where the project defines it.
      if (isLibraryMixin(Base))
        A.Where = C->Where;
      Seen.insert(Name.data());
      // declared_attr on a mixin runs for this class; the function's
      // return annotation is the attribute's annotation. One on the class
      // itself has only the class's annotation of the name (2.0's
      // _scan_attributes collects the return annotation of mixins' alone):
      // a relationship's uselist then follows its direction. 1.4 reads no
      // annotation.
      if (auto *DA = dyn_cast_or_null<InstanceObj>(A.Value);
          DA && DA->Class->isSubclassOf("sqlalchemy.orm.declared_attr")) {
        if (auto *F = dyn_cast_or_null<FunctionObj>(DA->arg("fget"));
            F && Base != C && Version != "1.4" && E.syntaxOf(F))
          if (const auto *Def = dyn_cast<ast::FunctionDef>(F->Def);
              Def && Def->returns && !A.Annotation)
            A.Annotation =
                E.evalAnnotation({Def->returns, F->Globals, A.Where});
        A.DeclaredAttr = true;
        A.Cascading = Cascading;
      }
      BaseAttrs.push_back(A);
    }
    // A mixin's plain columns are copied to the class before its other
    // attributes (declared_attr) are collected (2.0's
    // _produce_column_copies): they come first. 1.4 orders columns by
    // creation, which this does not change.
    if (Base != C)
      std::stable_partition(BaseAttrs.begin(), BaseAttrs.end(),
                            [](const Attribute &A) { return !A.DeclaredAttr; });
    llvm::append_range(Attrs, BaseAttrs);
  }
  // SQLAlchemy copies a mixin's plain columns to the class before any
  // declared_attr runs (_produce_column_copies): cls.x in one reads the
  // class's copy, which the table gets; the mixin's own is part of no table
  // (Index("ix", Mixin.x) has none). The copy keeps the creation order,
  // by which SQLAlchemy 1.4 orders a table's columns.
  for (Attribute &A : Attrs)
    if (A.FromMixin && !A.DeclaredAttr && isColumnObject(A.Value)) {
      InstanceObj *Copy = unownedColumnCopy(cast<InstanceObj>(A.Value));
      C->Dict.atInterned(A.Name) = {Copy, A.Where};
      A.Value = Copy;
      // The copy is a new Column: its type attaches to it again.
      if (E.hasAttachListeners())
        typeAttached(Copy);
    }
  // A mixin's declared_attr runs as its attributes are scanned, the
  // class's own when the mappable attributes are extracted, later
  // (_scan_attributes, then _extract_mappable_attributes): the columns
  // they make are created, and so ordered in 1.4, in that order.
  for (bool Mixins : {true, false})
    for (Attribute &A : Attrs)
      if (A.DeclaredAttr && A.FromMixin == Mixins) {
        // A cascading one's function is called for this class: the class
        // would read the column a mapped parent took.
        Object *Function =
            A.Cascading ? cast<InstanceObj>(A.Value)->arg("fget") : nullptr;
        if (Function) {
          CallArgs Args;
          Args.Positional.push_back(C);
          A.Value = E.call(Function, Args, A.Where);
        } else {
          A.Value = E.getAttr(C, A.Name, A.Where);
        }
      }

  TableInfo &TI = Tables[Info.Table];
  TI.Declarative = true;
  ++MappingGroup;
  auto Declared = [&](Object *Column) {
    noteDeclaredColumn(Mapped[MappedId], Column);
  };
  if (Info.Inheritance == "single" || Info.Inheritance.empty() ||
      Info.Inheritance == "joined" || Info.Inheritance == "concrete") {
    // One allocation of the final size for the table's columns and for each
    // list kept per column, rather than a vector grown one column at a time.
    size_t Columns =
        TI.Table.Columns.size() + llvm::count_if(Attrs, [](const Attribute &A) {
          return (!A.Value && A.Annotation) || isColumnObject(A.Value);
        });
    TI.Table.Columns.reserve(Columns);
    TI.ColumnObjects.reserve(Columns);
    TI.OrderKey.reserve(Columns);
    TI.KeyToName.reserve(Columns);
    const ClassObj *IntoParentOf = Info.Inheritance == "single" ? C : nullptr;
    llvm::SmallVector<KeyedColumn, 16> Keyed;
    for (Attribute &A : Attrs) {
      if (!A.Value && A.Annotation) {
        CallArgs None;
        A.Value = E.call(E.lookupQualified("sqlalchemy.orm.MappedColumn"), None,
                         A.Where);
        // Model.attr reads the column from now on (ForeignKey(Model.id)).
        C->Dict.atInterned(A.Name) = {A.Value, A.Where};
      }
      if (A.Name == "metadata")
        if (const char *What = mappedPropertyKind(A.Value))
          E.report(A.Where, DiagId::ReservedMetadataAttribute, C->QualName,
                   What);
      if (isColumnObject(A.Value)) {
        addColumn(TI, cast<InstanceObj>(A.Value), A.Name, A.Annotation, A.Where,
                  /*IsOrm=*/true, IntoParentOf);
        Keyed.push_back({A.Name, cast<InstanceObj>(A.Value), A.Where});
        Declared(A.Value);
        // A mixin's declared_attr made it for this class: subclasses
        // inherit it rather than run the declared_attr again.
        if (A.FromMixin && A.DeclaredAttr)
          C->Dict.atInterned(A.Name) = {A.Value, A.Where};
      } else if (isA(A.Value, "sqlalchemy.orm.ColumnProperty")) {
        // Its declarative_scan names the column and no more: the
        // annotation types it and makes it NOT NULL only where the class
        // gives the mapped_column() itself.
        auto *CP = cast<InstanceObj>(A.Value);
        if (!CP->Rest.empty() && isColumnObject(CP->Rest[0])) {
          addColumn(TI, cast<InstanceObj>(CP->Rest[0]), A.Name, nullptr,
                    A.Where, /*IsOrm=*/true, IntoParentOf);
          Keyed.push_back({A.Name, cast<InstanceObj>(CP->Rest[0]), A.Where});
          Declared(CP->Rest[0]);
        }
        // Made for this class (by a declared_attr) or copied to it from a
        // mixin, the property is the class's: the columns it reads are.
        if (A.FromMixin || A.DeclaredAttr)
          C->Dict.atInterned(A.Name) = {A.Value, A.Where};
      } else if (A.DeclaredAttr &&
                 (isA(A.Value, "sqlalchemy.orm.Synonym") ||
                  isA(A.Value, "sqlalchemy.ext.hybrid.hybrid_property") ||
                  isA(A.Value, "sqlalchemy.ext.hybrid.hybrid_method"))) {
        // Made for this class, a synonym or hybrid is the class's own
        // attribute, which the computed attributes are read from.
        C->Dict.atInterned(A.Name) = {A.Value, A.Where};
      } else if (isA(A.Value, "sqlalchemy.orm.Composite")) {
        mapCompositeColumns(TI, cast<InstanceObj>(A.Value), A.Name,
                            A.Annotation, A.Where, Declared);
      } else if (isA(A.Value, "sqlalchemy.orm.Relationship")) {
        Relationships.push_back({MappedId, cast<InstanceObj>(A.Value),
                                 A.Name.str(), A.Annotation, A.Where});
        // Mapped, it is the class's attribute: subclasses inherit it
        // rather than run the mixin's declared_attr again.
        if (A.FromMixin)
          C->Dict.atInterned(A.Name) = {A.Value, A.Where};
      } else if (auto *T = dyn_cast_or_null<SequenceObj>(A.Value);
                 T && T->Kind == ObjKind::Tuple && T->Elements.size() == 1 &&
                 (isColumnObject(T->Elements[0]) ||
                  isA(T->Elements[0], "sqlalchemy.orm.Relationship"))) {
        // x = Column(...), -- SQLAlchemy warns and maps nothing for it.
        bool Column = isColumnObject(T->Elements[0]);
        E.report(A.Where, DiagId::OneElementTupleAttribute, A.Name,
                 cast<InstanceObj>(T->Elements[0])->Class->Name,
                 Column ? "column" : "relationship");
      } else if (isA(A.Value, "sqlalchemy.sql.expression.ColumnElement")) {
        // Column(...).cast(...), column("x"): SQLAlchemy leaves the
        // expression on the class unmapped (2.0 warns for any such
        // expression, 1.4 for column() alone).
        E.report(A.Where, DiagId::ExpressionAttributeNotMapped, A.Name);
      } else if (auto *U = dyn_cast<UnknownObj>(A.Value);
                 U && llvm::StringRef(U->Name).ends_with(")") &&
                 !madeByStdlibValueMaker(*U)) {
        // A class attribute made by a call the analysis cannot follow may
        // well be a column: say so rather than drop it quietly.
        E.report(A.Where, DiagId::UnknownMappedAttribute, A.Name,
                 describeUnknown(U));
        TI.ColumnsUnknown = true;
      }
    }
    reportColumnsNamedTwice(C, TI, Keyed);
  }
  // The mapper maps each column of its table under the column's key.
  if (ExtendsTable)
    for (ir::Column &Col : TI.Table.Columns)
      if (Col.Attribute.empty())
        for (auto &[Key, Name] : TI.KeyToName)
          if (Name == Col.Name)
            Col.Attribute = Key.str();
  if (Info.Inheritance != "single") {
    Object *TableArgs = declarativeDunder(C, "__table_args__", Found);
    if (Found && TableArgs)
      applyTableArgs(TI, TableArgs, C->Where);
    // The ORM refuses to map a table without a primary key, unless the
    // mapper is given one or, joined to its parent's, takes the parent's.
    if (TI.Table.PrimaryKeyConstraint.Columns.empty() && !MapperPrimaryKey &&
        Info.Inheritance != "joined" && !TI.ColumnsUnknown)
      E.report(C->Where, DiagId::NoPrimaryKey, C->QualName, TI.Table.Name);
    FilterProperties(TI);
  }
  // The mapper's ColumnProperty for each column of its table.
  countCreations(Tables[Info.Table].Table.Columns.size());
  // What later module code reads: Model.__table__, its name and columns.
  C->Dict["__table__"] = {tableObject(Info.Table, C->Where), C->Where};
}

void DeclarativeAnalyzer::checkPolymorphicOn(const MappedInfo &M,
                                             const StrObj *Name) {
  ClassObj *C = M.Class;
  if (hasMappedProperty(M, Name->Value) || C->partlyUnseen() ||
      (M.Table >= 0 && Tables[M.Table].ColumnsUnknown))
    return;
  // A column_property() or another property the class body gives.
  for (const MappedInfo *K = &M; K;
       K = K->Inherits ? mappedInfo(K->Inherits) : nullptr)
    if (const Binding *B = K->Class->lookup(Name->Value);
        B && !isa<FunctionObj>(B->Value))
      return;
  E.report(Name->Where.isKnown() ? Name->Where : C->Where,
           DiagId::PolymorphicOnNotMapped, C->Name, Name->Value);
}

void DeclarativeAnalyzer::reportColumnsNamedTwice(
    const ClassObj *C, const TableInfo &TI,
    llvm::ArrayRef<KeyedColumn> Columns) {
  // By the name each has in the table: a column left out of it (a
  // single-table conflict, already said) is not named twice here.
  llvm::SmallVector<std::pair<llvm::StringRef, size_t>, 16> ByName;
  for (size_t I = 0; I < Columns.size(); ++I)
    if (const ColumnPlace *P = columnOwner(Columns[I].Column);
        P && P->Table == TI.Index)
      ByName.push_back({P->Name, I});
  if (ByName.size() < 2)
    return;
  llvm::stable_sort(ByName, llvm::less_first());
  for (size_t First = 0; First < ByName.size();) {
    size_t End = First + 1;
    while (End < ByName.size() && ByName[End].first == ByName[First].first)
      ++End;
    if (End - First > 1) {
      std::vector<std::string> Keys;
      bool OneObject = true;
      for (size_t I = First; I < End; ++I) {
        const KeyedColumn &K = Columns[ByName[I].second];
        Keys.push_back(K.Key.str());
        OneObject &= K.Column == Columns[ByName[First].second].Column;
      }
      llvm::sort(Keys);
      const KeyedColumn &Last = Columns[ByName[End - 1].second];
      E.report(Last.Where,
               OneObject ? DiagId::ColumnNamedTwice
                         : DiagId::DuplicateColumnName,
               C->QualName, ByName[First].first, llvm::join(Keys, ", "));
    }
    First = End;
  }
}

InstanceObj *DeclarativeAnalyzer::unownedColumnCopy(const InstanceObj *Column) {
  auto *Copy = H.make<InstanceObj>(*Column);
  Copy->Serial = Column->Serial;
  Copy->ColumnOwnerSlot = 0;
  return Copy;
}

void DeclarativeAnalyzer::noteDeclaredColumn(MappedInfo &M, Object *Column) {
  if (M.Inheritance != "single" || RootColumnsReused.contains(Column))
    return;
  if (const ColumnPlace *Owner = columnOwner(Column);
      Owner && Owner->Table == M.Table)
    M.DeclaredColumns.push_back(Owner->Name.str());
}

void DeclarativeAnalyzer::mapOntoTable(MappedInfo &Info, int TableIndex,
                                       Object *Properties) {
  TableInfo &TI = Tables[TableIndex];
  ClassObj *C = Info.Class;
  // Each column is mapped under its key, unless the class body or
  // properties= gives it another attribute name.
  std::map<std::string, std::string> AttributeOf;
  for (auto &KV : TI.KeyToName)
    AttributeOf[KV.second.str()] = KV.first.str();
  auto NameOfColumnObject = [&](Object *O) -> std::string {
    if (auto *CP = dyn_cast_or_null<InstanceObj>(O);
        CP && CP->Class->isSubclassOf("sqlalchemy.orm.ColumnProperty") &&
        !CP->Rest.empty())
      O = CP->Rest[0];
    for (auto &[Obj, Name] : TI.ColumnObjects)
      if (Obj == O)
        return Name.str();
    return std::string();
  };
  // A copy: evaluating an annotation may set attributes of the class.
  for (auto [Name, B] : std::vector(C->Dict.begin(), C->Dict.end())) {
    if (std::string Col = NameOfColumnObject(B.Value); !Col.empty()) {
      AttributeOf[Col] = Name;
    } else if (isA(B.Value, "sqlalchemy.orm.Relationship")) {
      auto Ann = C->Annotations.find(Name);
      Object *AnnValue =
          Ann != C->Annotations.end() ? E.evalAnnotation(Ann->second) : nullptr;
      Relationships.push_back({MappedIndex[C], cast<InstanceObj>(B.Value),
                               Name.str(), AnnValue, B.Where});
    }
  }
  if (auto *Props = dyn_cast_or_null<DictObj>(Properties))
    for (auto &[K, V] : Props->Items) {
      auto *KS = dyn_cast<StrObj>(K);
      if (!KS)
        continue;
      if (std::string Col = NameOfColumnObject(V); !Col.empty())
        AttributeOf[Col] = KS->Value;
      else if (isA(V, "sqlalchemy.orm.Relationship"))
        Relationships.push_back({MappedIndex[C], cast<InstanceObj>(V),
                                 KS->Value, nullptr, V->Where});
      // The mapper sets the other properties on the class, where the
      // computed ones are found (located at the properties, as the stub
      // made the property).
      else if (isA(V, "sqlalchemy.orm.ColumnProperty") ||
               isA(V, "sqlalchemy.orm.Synonym")) {
        C->Dict[KS->Value] = {V, Props->Where};
        // synonym("_password", map_column=True) under "password": the
        // column of that key is mapped as _password (CKAN's User).
        auto *Syn = cast<InstanceObj>(V);
        auto *Target = dyn_cast_or_null<StrObj>(Syn->arg("name"));
        const llvm::StringRef *Col = TI.KeyToName.find(KS->Value);
        if (isA(V, "sqlalchemy.orm.Synonym") && Target && Col &&
            truthValue(Syn->arg("map_column")) == 1) {
          AttributeOf[Col->str()] = Target->Value;
          for (auto &[Obj, Name] : TI.ColumnObjects)
            if (sameName(Name, *Col))
              C->Dict[Target->Value] = {Obj, Props->Where};
        }
      }
    }
  for (ir::Column &Col : TI.Table.Columns)
    Col.Attribute = AttributeOf.count(Col.Name) ? AttributeOf[Col.Name] : "";
  C->Dict["__table__"] = {tableObject(TableIndex, C->Where), C->Where};
}

void DeclarativeAnalyzer::instrumentColumns(ClassObj *C, int TableIndex) {
  TableInfo &TI = Tables[TableIndex];
  for (const ir::Column &Col : TI.Table.Columns) {
    if (Col.Attribute.empty() || C->Dict.count(Col.Attribute))
      continue;
    if (InstanceObj *Last = lastColumnObject(TI, Col.Name))
      C->Dict[Col.Attribute] = {Last, C->Where};
  }
}

void DeclarativeAnalyzer::inferForeignKeyTypes() {
  // A column with a foreign key and no type takes the type of the column it
  // references (which may itself be such a column: iterate).
  for (int Round = 0; Round < 8; ++Round) {
    bool Changed = false;
    for (TableInfo &TI : Tables)
      for (ir::Column &C : TI.Table.Columns) {
        if (!C.Type->Class.empty() || C.Type->Opaque)
          continue;
        for (ir::ForeignKey &FK : TI.Table.ForeignKeys) {
          auto At = llvm::find(FK.Columns, C.Name);
          if (At == FK.Columns.end())
            continue;
          if (const ir::Column *RC =
                  referencedColumn(FK, TI, At - FK.Columns.begin());
              RC && (!RC->Type->Class.empty() || RC->Type->Opaque)) {
            C.Type = RC->Type;
            Changed = true;
            if (KeepColumnOwners)
              KeptInferredRounds[TI.Table.qualifiedName() + "." + C.Name] =
                  Round + 1;
          }
        }
      }
    if (!Changed)
      break;
  }
  for (TableInfo &TI : Tables)
    for (ir::Column &C : TI.Table.Columns) {
      if (!C.Type->Class.empty() || C.Type->Opaque)
        continue;
      auto Fallback = TI.FallbackTypes.find(C.Name);
      if (Fallback != TI.FallbackTypes.end()) {
        C.Type = internType(Fallback->second);
        continue;
      }
      ir::SqlType Null;
      Null.Class = "NullType";
      Null.Opaque = true;
      C.Type = internType(std::move(Null));
    }
}

void DeclarativeAnalyzer::computeConventionTokens(TableInfo &TI) {
  auto Found = ConventionCallables.find(TI.Table.Naming.get());
  if (Found == ConventionCallables.end())
    return;
  // The callables run the project's code, which may make tables, MetaData
  // and constraints (this table's too): what is read here is copied first,
  // and what is written is found again afterwards.
  std::vector<std::pair<std::string, Object *>> Callables = Found->second;
  Heap::OwnerScope TableModule(H, TI.Owner);
  ir::Table &T = TI.Table;
  SrcLoc Where = TI.TableObject ? TI.TableObject->Where : SrcLoc();
  Evaluator::BudgetScope Budget(E, Where);
  auto Make = [&](llvm::StringRef Class, std::vector<Object *> Args) {
    CallArgs CA;
    CA.Positional.assign(Args.begin(), Args.end());
    return E.call(E.lookupQualified(("sqlalchemy.schema." + Class).str()), CA,
                  Where);
  };
  auto Str = [&](const std::optional<std::string> &S) -> Object * {
    return S ? static_cast<Object *>(H.str(*S)) : H.none();
  };
  Object *TableView = Make("_SchemacTableView", {H.str(T.Name), Str(T.Schema)});
  // Each constraint as SQLAlchemy hands it to the callable: its name, its
  // columns (name and key; key is the name, as declarative columns have
  // it), its table.
  auto Run = [&](std::optional<std::string> Name,
                 std::vector<std::string> Columns,
                 std::optional<bool> Unique = std::nullopt) {
    ir::ConventionTokens Tokens;
    SequenceObj *Cols = H.make<SequenceObj>(ObjKind::List);
    for (const std::string &C : Columns)
      Cols->Elements.push_back(
          Make("_SchemacColumnView", {H.str(C), H.str(C)}));
    Object *View =
        Make("_SchemacConstraintView",
             {Str(Name), Cols, TableView,
              Unique ? H.boolean(*Unique) : static_cast<Object *>(H.none())});
    for (auto &[Key, Fn] : Callables) {
      CallArgs Args;
      Args.Positional = {View, TableView};
      if (auto *S = dyn_cast<StrObj>(E.call(Fn, Args, Where)))
        Tokens.emplace_back(Key, S->Value);
    }
    return Tokens;
  };
  {
    ir::PrimaryKey &PK = T.PrimaryKeyConstraint;
    ir::ConventionTokens Tokens = Run(PK.Name, PK.Columns);
    T.PrimaryKeyConstraint.Tokens = std::move(Tokens);
  }
  for (size_t K = 0; K < T.ForeignKeys.size(); ++K) {
    ir::ConventionTokens Tokens =
        Run(T.ForeignKeys[K].Name, T.ForeignKeys[K].Columns);
    if (K < T.ForeignKeys.size())
      T.ForeignKeys[K].Tokens = std::move(Tokens);
  }
  for (size_t K = 0; K < T.Indexes.size(); ++K) {
    ir::ConventionTokens Tokens =
        Run(T.Indexes[K].Name, T.Indexes[K].Columns, T.Indexes[K].Unique);
    if (K < T.Indexes.size())
      T.Indexes[K].Tokens = std::move(Tokens);
  }
  for (size_t K = 0; K < T.UniqueConstraints.size(); ++K) {
    ir::ConventionTokens Tokens =
        Run(T.UniqueConstraints[K].Name, T.UniqueConstraints[K].Columns);
    if (K < T.UniqueConstraints.size())
      T.UniqueConstraints[K].Tokens = std::move(Tokens);
  }
  for (size_t K = 0; K < T.CheckConstraints.size(); ++K) {
    ir::ConventionTokens Tokens = Run(T.CheckConstraints[K].Name, {});
    if (K < T.CheckConstraints.size())
      T.CheckConstraints[K].Tokens = std::move(Tokens);
  }
}

void DeclarativeAnalyzer::checkInheritConditions() {
  for (const MappedInfo &M : Mapped) {
    if (M.Inheritance != "joined" || M.InheritCondition)
      continue;
    const MappedInfo *Parent = mappedInfo(M.Inherits);
    // The parent's own table (its __tablename__ again, extend_existing, as
    // Celery's TaskExtended): the mapper joins nothing
    // (Mapper._configure_inheritance).
    if (!Parent || Parent->Table < 0 || Parent->AbstractConcrete ||
        Parent->Table == M.Table)
      continue;
    const TableInfo &Child = Tables[M.Table], &Base = Tables[Parent->Table];
    // join_condition(parent, child): a foreign key either way.
    if (foreignKeyMayLink(M.Table, Parent->Table) ||
        foreignKeyMayLink(Parent->Table, M.Table) || Child.ColumnsUnknown ||
        M.Class->partlyUnseen())
      continue;
    E.report(M.Class->Where, DiagId::NoInheritCondition, M.Class->Name,
             Child.Table.Name, Base.Table.Name);
  }
}

void DeclarativeAnalyzer::resolveForeignKeyKeys() {
  // ForeignKey("table.key") names the referenced column by its key, but
  // with link_to_name=True; either way the table's schema is the key's.
  for (TableInfo &TI : Tables)
    for (ir::ForeignKey &FK : TI.Table.ForeignKeys) {
      int RefIndex = referencedTable(FK, TI);
      if (RefIndex < 0)
        continue;
      TableInfo &Ref = Tables[RefIndex];
      if (!FK.LinkToName)
        for (std::string &Col : FK.RefColumns) {
          if (const llvm::StringRef *Name = Ref.KeyToName.find(Col)) {
            Col = Name->str();
            continue;
          }
          // The name of a column whose key is another.
          for (auto &[Key, Name] : Ref.KeyToName)
            if (Name == Col && !TI.IsCopy && !Ref.ColumnsUnknown) {
              E.report(srcLoc(FK.Where), DiagId::ForeignKeyColumnByName,
                       TI.Table.qualifiedName() + "(" +
                           llvm::join(FK.Columns, ", ") + ")",
                       Ref.Table.qualifiedName(), Col, Key);
              break;
            }
        }
      if (!FK.RefSchema)
        FK.RefSchema = Ref.Table.Schema;
    }
}

void DeclarativeAnalyzer::mapRegistered(ClassObj *C) {
  // Mapped already: most classes, whose dictionaries need no look.
  if (C->IsMapped || !C->Dict.count("__schemac_registry__"))
    return;
  Heap::OwnerScope ClassModule(H, C->Owner);
  Evaluator::BudgetScope Budget(E, C->Where);
  auto Imperative = C->Dict.find("__schemac_imperative__");
  if (Imperative == C->Dict.end()) {
    mapClass(C);
    return;
  }
  auto *Args = dyn_cast<SequenceObj>(Imperative->second.Value);
  auto *Table = Args && Args->Elements.size() == 2
                    ? dyn_cast<InstanceObj>(Args->Elements[0])
                    : nullptr;
  auto *Index = Table ? dyn_cast_or_null<IntObj>(
                            Table->Attrs.lookup("__schemac_table__").Value)
                      : nullptr;
  if (!Index) {
    E.report(Imperative->second.Where, DiagId::UnknownTableValue,
             "the table given to map_imperatively()",
             describeUnknown(Args && !Args->Elements.empty() ? Args->Elements[0]
                                                             : nullptr));
    return;
  }
  MappedInfo Info;
  Info.Class = C;
  Info.Table = static_cast<int>(Index->Value);
  C->IsMapped = true;
  MappedIndex[C] = Mapped.size();
  Mapped.push_back(Info);
  mapOntoTable(Mapped.back(), Info.Table, Args->Elements[1]);
  instrumentColumns(C, Info.Table);
}

void DeclarativeAnalyzer::runConfigureHooks() {
  // _get_immediate_cls_attr(): the class's own, or a base's that is not
  // mapped (a mixin's); a mapped parent's ran for the parent.
  auto Hook = [](ClassObj *C, llvm::StringRef Name) {
    for (ClassObj *K : C->Mro)
      if ((K == C || (!K->IsMapped && !K->IsStub)) && K->Dict.count(Name))
        return true;
    return false;
  };
  auto RunHook = [&](ClassObj *C, llvm::StringRef Name) {
    Heap::OwnerScope ClassModule(H, C->Owner);
    Evaluator::BudgetScope Budget(E, C->Where);
    CallArgs None;
    E.call(E.getAttr(C, Name, C->Where), None, C->Where);
  };
  // Declarative listens for before_configured with each class's
  // __declare_first__ and for after_configured with its __declare_last__
  // as it maps the class; the models' own listeners of the Mapper class
  // run among them, in the order all were registered.
  for (bool After : {false, true}) {
    if (After)
      runMapperConfiguredListeners();
    llvm::StringRef Name = After ? "__declare_last__" : "__declare_first__";
    struct Listener {
      uint32_t Serial;
      ClassObj *Class;
      Object *Fn;
      SrcLoc Where;
    };
    std::vector<Listener> Listeners;
    size_t MappedBefore = Mapped.size();
    for (size_t K = 0; K < MappedBefore; ++K)
      if (ClassObj *C = Mapped[K].Class; Hook(C, Name))
        Listeners.push_back({C->Serial, C, nullptr, C->Where});
    for (const Evaluator::ConfigureListener &L : E.configureListeners())
      if (L.After == After)
        Listeners.push_back({L.Serial, nullptr, L.Fn, L.Where});
    llvm::stable_sort(Listeners, [](const Listener &A, const Listener &B) {
      return A.Serial < B.Serial;
    });
    for (const Listener &L : Listeners) {
      if (L.Class) {
        RunHook(L.Class, Name);
        continue;
      }
      Heap::OwnerScope ListenerModule(H, L.Fn->Owner);
      Evaluator::BudgetScope Budget(E, L.Where);
      CallArgs None;
      E.call(L.Fn, None, L.Where);
    }
    // By index: a hook may map more classes.
    for (size_t K = MappedBefore; K < Mapped.size(); ++K)
      if (Hook(Mapped[K].Class, Name))
        RunHook(Mapped[K].Class, Name);
  }
}

void DeclarativeAnalyzer::runMapperConfiguredListeners() {
  // By value: a listener may register more, which this configuring does
  // not call. Those of the Mapper class are every mapper's dispatch's
  // parent listeners, which run before its own (_CompoundListener).
  std::vector<Evaluator::MapperListener> Listeners;
  for (bool Own : {false, true})
    for (const Evaluator::MapperListener &L : E.mapperListeners())
      if ((L.Target != nullptr) == Own)
        Listeners.push_back(L);
  Object *MapperOf =
      Listeners.empty()
          ? nullptr
          : E.lookupQualified("sqlalchemy.orm._schemac_mapper_of");
  if (!MapperOf)
    return;
  Object *Skip = E.lookupQualified("sqlalchemy.orm.EXT_SKIP");
  std::vector<bool> Ran(Listeners.size());
  // The mapper every listener of the class is given, made once.
  Object *Mapper = nullptr;
  // Calls \p L for \p C if it is for C's mapper: what it returns, or null.
  auto Call = [&](size_t I, ClassObj *C) -> Object * {
    const Evaluator::MapperListener &L = Listeners[I];
    if (L.Target && L.Target != C &&
        !(L.Propagate && llvm::is_contained(C->Mro, L.Target)))
      return nullptr;
    if (L.Once && Ran[I])
      return nullptr;
    Ran[I] = true;
    Heap::OwnerScope ListenerModule(H, L.Fn->Owner);
    Evaluator::BudgetScope Budget(E, L.Where);
    E.noteUse(C->Owner, "", "");
    if (!Mapper) {
      CallArgs ForMapper;
      ForMapper.Positional.push_back(C);
      Mapper = E.call(MapperOf, ForMapper, L.Where);
    }
    CallArgs Args;
    if (L.Named) {
      Args.Keywords.push_back({"mapper", Mapper});
      Args.Keywords.push_back({"class_", C});
    } else {
      Args.Positional = {Mapper, C};
    }
    return E.call(L.Fn, Args, L.Where);
  };
  // The mappers of the registry as configuring starts, in the order they
  // were made (registry._mappers_to_configure()). A before_mapper_configured
  // listener with retval=True that returns EXT_SKIP leaves the mapper
  // unconfigured: its mapper_configured listeners do not run.
  size_t MappedBefore = Mapped.size();
  for (size_t K = 0; K < MappedBefore; ++K) {
    ClassObj *C = Mapped[K].Class;
    Mapper = nullptr;
    bool Skipped = false;
    for (size_t I = 0; I < Listeners.size() && !Skipped; ++I) {
      if (!Listeners[I].Before)
        continue;
      Object *Returned = Call(I, C);
      Skipped = Listeners[I].Retval && Returned && Returned == Skip;
    }
    for (size_t I = 0; I < Listeners.size() && !Skipped; ++I)
      if (!Listeners[I].Before)
        Call(I, C);
  }
}

ir::Schema DeclarativeAnalyzer::finish() {
  // What this pass evaluates on behalf of a module is that module's reading
  // (Evaluator::noteUse); the rest, no one module's.
  Heap::OwnerScope Unattributed(H, DeclarativeOwner);
  // Classes given to registry.mapped or registry.map_imperatively() are
  // mapped when it runs (mapRegistered); these are any it did not reach.
  // By index: mapping one evaluates code that may create more.
  for (size_t K = 0; K < Created.size(); ++K)
    mapRegistered(Created[K]);
  runConfigureHooks();
  // Table.append_column() / append_constraint() calls, in order.
  for (size_t I = 0; I < Tables.size(); ++I) {
    InstanceObj *T = Tables[I].TableObject;
    auto *Appended = T ? dyn_cast_or_null<SequenceObj>(
                             T->Attrs.lookup(AppendedItemsAttribute).Value)
                       : nullptr;
    if (!Appended)
      continue;
    AppendingOwners.insert(T->Owner);
    for (Object *Item : Appended->Elements) {
      AppendingOwners.insert(Item->Owner);
      Heap::OwnerScope ItemModule(H, Item->Owner);
      Evaluator::BudgetScope Budget(E, Item->Where);
      llvm::SaveAndRestore<uint32_t> Joined(JoinedEarlier,
                                            AppendedAt.lookup(Item));
      if (isColumnObject(Item))
        addColumn(Tables[I], cast<InstanceObj>(Item), "", nullptr, Item->Where,
                  /*IsOrm=*/false);
      else
        addConstraint(Tables[I], Item, Item->Where);
    }
  }
  // Columns set on a mapped class once it was mapped (Model.extra =
  // Column(...), an __init_subclass__ after super()): SQLAlchemy's
  // declarative __setattr__ appends them to the class's table.
  // By index and by value: adding a column evaluates its type, which may
  // set more.
  for (size_t K = 0; K < LateColumns.size(); ++K) {
    LateColumn L = LateColumns[K];
    auto Index = MappedIndex.find(L.Class);
    MappedInfo *M =
        Index != MappedIndex.end() ? &Mapped[Index->second] : nullptr;
    if (!M || M->Table < 0 || M->AbstractConcrete ||
        cast<InstanceObj>(L.Column)->ColumnOwnerSlot)
      continue;
    Heap::OwnerScope ColumnModule(H, L.Column->Owner);
    Evaluator::BudgetScope Budget(E, L.Where);
    llvm::SaveAndRestore<DictObj *> ClassTypeMap(TypeMap,
                                                 typeAnnotationMap(L.Class));
    llvm::SaveAndRestore<uint32_t> Joined(JoinedEarlier, L.Attached);
    addColumn(Tables[M->Table], cast<InstanceObj>(L.Column), L.Name, nullptr,
              L.Where, /*IsOrm=*/true);
    noteDeclaredColumn(*M, L.Column);
  }
  LateColumns = {};
  AppendedAt.shrink_and_clear();
  // An Enum made with metadata= that no column has is created all the same.
  std::vector<std::pair<uint32_t, InstanceObj *>> UnusedTypes;
  for (auto [Type, Made] : TypeMadeAt)
    if (!MetadataTypesUsed.contains(Type))
      UnusedTypes.emplace_back(Made,
                               cast<InstanceObj>(const_cast<Object *>(Type)));
  llvm::sort(UnusedTypes, llvm::less_first());
  for (auto [Made, Type] : UnusedTypes) {
    Heap::OwnerScope TypeModule(H, Type->Owner);
    Evaluator::BudgetScope Budget(E, Type->Where);
    DetachedTypes.push_back(
        {internType(convertType(Type, Type->Where)), Made, irLoc(Type->Where)});
  }
  TypeMadeAt.shrink_and_clear();
  MetadataTypesUsed.clear();
  resolveForeignKeyKeys();
  // Indexes and constraints made outside any table: Index("ix",
  // Model.column), CheckConstraint(Model.price >= 0).
  for (InstanceObj *I : std::vector<InstanceObj *>(StandaloneConstraints)) {
    Heap::OwnerScope ItemModule(H, I->Owner);
    Evaluator::BudgetScope Budget(E, I->Where);
    // The tables of the columns the expressions mention, however deep
    // (func.lower(Model.email)): one is the item's; over two, SQLAlchemy
    // attaches a CHECK to neither and raises for the others.
    llvm::SmallVector<int, 2> TablesNamed;
    forEachOperand(I, [&](Object *O) {
      const ColumnPlace *Owner = columnOwner(O);
      if (Owner && !llvm::is_contained(TablesNamed, Owner->Table))
        TablesNamed.push_back(Owner->Table);
      return !Owner;
    });
    if (TablesNamed.size() == 1) {
      addConstraint(Tables[TablesNamed.front()], I, I->Where);
      continue;
    }
    if (TablesNamed.size() > 1) {
      if (!isA(I, "sqlalchemy.schema.CheckConstraint"))
        E.report(I->Where, DiagId::ConstraintOverTables,
                 Tables[TablesNamed[0]].Table.Name,
                 Tables[TablesNamed[1]].Table.Name);
      continue;
    }
    // Index("ix", "name") alone belongs to no table, in SQLAlchemy too;
    // an index over values the analysis cannot see may well have one.
    if (isA(I, "sqlalchemy.schema.Index"))
      for (Object *O : I->Rest)
        if (isa<UnknownObj>(O)) {
          auto *Name = dyn_cast_or_null<StrObj>(I->arg("name"));
          E.report(I->Where, DiagId::UnattachedIndex,
                   Name ? Name->Value : std::string("?"), describeUnknown(O));
          break;
        }
  }
  checkInheritConditions();
  resolveRelationships();
  resolveComputedAttributes();
  reportLateCompiles();
  // What only resolving needed goes before the IR is assembled: at 20,000
  // models the column-owner map alone is 16 MB.
  Relationships = {};
  MadeBackrefs = {};
  RelationshipsByName = {};
  if (KeepColumnOwners) {
    for (const TableInfo &TI : Tables) {
      auto [It, New] =
          KeptTableMetadata.try_emplace(TI.Table.qualifiedName(), TI.Metadata);
      if (!New)
        It->second = nullptr;
    }
    for (const ColumnPlace &Owner : ColumnOwners)
      if (Owner.Column->ColumnOwnerSlot == &Owner - ColumnOwners.data() + 1)
        KeptColumnOwners[Owner.Column] =
            Tables[Owner.Table].Table.qualifiedName() + "." + Owner.Name.str();
  }
  ColumnOwners = decltype(ColumnOwners)();
  ClassesByName = {};
  ClassesByShortName = {};
  RegistryOfClass.shrink_and_clear();

  ir::Schema S;
  // Only declarative models tell the releases apart; Core tables alone
  // are taken as written for the current one.
  bool Is20 = rulesOf20() || (Version.empty() && Mapped.empty());
  S.SqlAlchemyVersion = Is20 ? "2.0" : "1.4";
  S.SqlAlchemyVersionSource = VersionSource;
  addMetadataSequences(S);
  S.DetachedTypes = std::move(DetachedTypes);
  // Legacy-style models run on either release, and the two order mixin
  // columns differently: say what was assumed.
  if (Version.empty() && !Is20)
    E.report(Mapped.front().Class->Where, DiagId::AssumedSqlAlchemyVersion);
  if (!OlderRelease.empty() && !Mapped.empty())
    E.report(Mapped.front().Class->Where, DiagId::OlderSqlAlchemyRelease,
             VersionSource, OlderRelease);
  S.Classes.reserve(Mapped.size());
  S.Tables.reserve(Tables.size());
  for (MappedInfo &M : Mapped) {
    ir::MappedClass MC;
    MC.Name = M.Class->QualName;
    if (M.AbstractConcrete) {
      MC.Table = "pjoin";
    } else {
      const ir::Table &T = Tables[M.Table].Table;
      MC.Table = T.Name;
      MC.Schema = T.Schema;
      Tables[M.Table].Table.Classes.push_back(MC.Name);
    }
    for (ClassObj *B : M.Class->Bases)
      if (B->QualName != "builtins.object")
        MC.Bases.push_back(B->QualName);
    if (M.Inherits)
      MC.Inherits = M.Inherits->QualName;
    MC.Inheritance = M.Inheritance;
    MC.PolymorphicIdentity = M.PolymorphicIdentity;
    MC.Relationships = std::move(M.Relationships);
    llvm::sort(MC.Relationships,
               [](auto &A, auto &B) { return A.Name < B.Name; });
    MC.Computed = std::move(M.Computed);
    llvm::sort(MC.Computed, [](auto &A, auto &B) { return A.Name < B.Name; });
    MC.DeclaredColumns = std::move(M.DeclaredColumns);
    llvm::sort(MC.DeclaredColumns);
    MC.DeclaredColumns.erase(llvm::unique(MC.DeclaredColumns),
                             MC.DeclaredColumns.end());
    MC.Where = irLoc(M.Class->Where);
    S.Classes.push_back(std::move(MC));
  }
  inferForeignKeyTypes();
  checkForeignKeyTargets();
  // By index: a naming convention's callable may make tables.
  for (size_t I = 0; I < Tables.size(); ++I)
    computeConventionTokens(Tables[I]);
  for (TableInfo &TI : Tables) {
    // SQLAlchemy 1.4 orders a declarative table's columns by when their
    // Column objects were created (mixin columns usually first).
    // 2.0 orders them by mapped_column(sort_order=...), default 0.
    if (TI.Declarative) {
      stableSortByKey(TI.Table.Columns, [&](const ir::Column &C) {
        if (Is20)
          return std::pair<int64_t, uint64_t>(TI.SortOrder.lookup(C.Name), 0);
        auto [Group, Serial] = TI.OrderKey.lookup(C.Name);
        return std::pair<int64_t, uint64_t>(Group, Serial);
      });
      // 1.4 adds the sorted columns to the table one by one, and each key
      // column to the primary key as it comes.
      if (!Is20 && !TI.PrimaryKeyGiven) {
        std::vector<std::string> &Key = TI.Table.PrimaryKeyConstraint.Columns;
        std::vector<std::string> Ordered;
        for (const ir::Column &C : TI.Table.Columns)
          if (llvm::is_contained(Key, C.Name))
            Ordered.push_back(C.Name);
        if (Ordered.size() == Key.size())
          Key = std::move(Ordered);
      }
    }
    // SQLite's ON CONFLICT of a key of one column: the key's own, else the
    // column's (SQLiteDDLCompiler.visit_primary_key_constraint).
    ir::PrimaryKey &Key = TI.Table.PrimaryKeyConstraint;
    if (!Key.SqliteOnConflict && Key.Columns.size() == 1)
      if (const std::string *Clause =
              TI.PrimaryKeyOnConflict.find(Key.Columns.front()))
        Key.SqliteOnConflict = *Clause;
    // An Enum with inherit_schema=True is created in its table's schema
    // (SchemaType._set_table), which __table_args__ may have given after
    // the column.
    for (ir::Column &C : TI.Table.Columns) {
      if (!C.Type->boolArg("inherit_schema").value_or(false))
        continue;
      ir::SqlType Placed = *C.Type;
      llvm::erase_if(Placed.Args, [](auto &A) { return A.first == "schema"; });
      if (TI.Table.Schema)
        Placed.Args.emplace_back("schema",
                                 ir::Scalar::string(*TI.Table.Schema));
      C.Type = internType(std::move(Placed));
    }
    // Callable objects as defaults: SQLAlchemy's wrapper for them.
    for (ir::Column &C : TI.Table.Columns)
      if (C.Default && C.Default->Kind == ir::PythonDefault::Callable &&
          C.Default->Value.empty()) {
        ir::PythonDefault Wrapped = *C.Default;
        Wrapped.Value = Is20 ? "CallableColumnDefault._maybe_wrap_callable."
                               "<locals>.<lambda>"
                             : "ColumnDefault._maybe_wrap_callable.<locals>."
                               "<lambda>";
        C.Default = std::make_shared<const ir::PythonDefault>(Wrapped);
      }
    llvm::sort(TI.Table.Classes);
    S.Tables.push_back(std::move(TI.Table));
  }
  stableSortByKey(S.Tables, [](const ir::Table &T) {
    return std::make_pair(T.Schema ? llvm::StringRef(*T.Schema)
                                   : llvm::StringRef(),
                          llvm::StringRef(T.Name));
  });
  stableSortByKey(S.Classes, [](const ir::MappedClass &C) {
    return llvm::StringRef(C.Name);
  });
  return S;
}

} // namespace schemac::sema
