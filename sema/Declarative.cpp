//===- Declarative.cpp - SQLAlchemy's declarative semantics ---------------===//
//
// Follows sqlalchemy/orm/decl_base.py (_ClassScanMapperConfig): which
// classes are mapped, where their table name and table arguments come from,
// the order of columns (the class's own attributes in source order, then
// columns copied from mixins in MRO order), nullability from Mapped[...]
// annotations, and the three kinds of inheritance.
//
//===----------------------------------------------------------------------===//

#include "sema/Declarative.h"

#include "ir/Bytecode.h"
#include "sema/MappedAnnotation.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace schemac::sema {

namespace {

constexpr llvm::StringLiteral TypeEngineClass = "sqlalchemy.types.TypeEngine";

std::optional<ir::Scalar> scalarOf(const Object *O) {
  // A member of an int or str enum is its value where one is used
  // (String(Size.large) is VARCHAR(64)).
  if (auto *I = dyn_cast<InstanceObj>(O);
      I && I->Class->isSubclassOf("enum.Enum") &&
      (I->Class->isSubclassOf("builtins.int") ||
       I->Class->isSubclassOf("builtins.str")))
    if (Object *Value = I->Attrs.lookup("value").Value;
        Value && isa<IntObj, StrObj>(Value))
      return scalarOf(Value);
  switch (O->Kind) {
  case ObjKind::None:
    return ir::Scalar::none();
  case ObjKind::Bool:
    return ir::Scalar::boolean(cast<BoolObj>(O)->Value);
  case ObjKind::Int:
    return ir::Scalar::integer(cast<IntObj>(O)->Value);
  case ObjKind::Float:
    return ir::Scalar::real(cast<FloatObj>(O)->Value);
  case ObjKind::Str:
    return ir::Scalar::string(cast<StrObj>(O)->Value);
  default:
    return std::nullopt;
  }
}

} // namespace

ir::Loc DeclarativeAnalyzer::irLoc(SrcLoc L) const {
  ir::Loc Out;
  if (!L.Unit || L.Unit->IsStub)
    return Out;
  LineColumn LC = L.Unit->File->lineColumn(L.Offset);
  // Locations come module by module.
  if (L.Unit != LastLocUnit) {
    LastLocUnit = L.Unit;
    LastLocFile = ir::internFileName(L.Unit->DisplayPath);
    UnitOfLocFile[LastLocFile.data()] = L.Unit;
  }
  Out.File = LastLocFile;
  Out.Line = LC.Line;
  Out.Col = LC.Column;
  return Out;
}

SrcLoc DeclarativeAnalyzer::srcLoc(const ir::Loc &L) const {
  auto It = UnitOfLocFile.find(L.File.data());
  if (It == UnitOfLocFile.end() || L.Line == 0 || L.Col == 0)
    return {};
  auto [Text, Offset] = It->second->File->line(L.Line);
  return {It->second, static_cast<uint32_t>(
                          Offset + std::min<size_t>(L.Col - 1, Text.size()))};
}

void DeclarativeAnalyzer::diagnose(SrcLoc Where, DiagId Id,
                                   const std::string &Arg) {
  E.report(Where, Id, Arg);
}

bool DeclarativeAnalyzer::isDeclarativeBase(const ClassObj *C) const {
  if (C->IsStub)
    return false;
  for (const ClassObj *B : C->Bases) {
    llvm::StringRef Q = B->QualName;
    if (Q == "sqlalchemy.orm.DeclarativeBase" ||
        Q == "sqlalchemy.orm.DeclarativeBaseNoMeta" ||
        Q == "sqlalchemy.orm._DeclarativeLegacyBase")
      return true;
  }
  // class Base(metaclass=DeclarativeMeta), with a registry of its own (the
  // form SQLAlchemy documents for type checkers): the first class of its
  // line whose metaclass maps.
  auto MapsByMetaclass = [](const ClassObj *K) {
    return K->Metaclass &&
           K->Metaclass->isSubclassOf("sqlalchemy.orm.DeclarativeMeta");
  };
  if (!MapsByMetaclass(C))
    return false;
  for (const ClassObj *B : C->Bases)
    if (MapsByMetaclass(B) || declarativeBaseOf(B))
      return false;
  return true;
}

ClassObj *DeclarativeAnalyzer::declarativeBaseOf(const ClassObj *C) const {
  for (ClassObj *M : C->Mro)
    if (isDeclarativeBase(M))
      return M;
  return nullptr;
}

InstanceObj *DeclarativeAnalyzer::metadataOf(ClassObj *Base) {
  auto It = BaseMetadata.find(Base);
  if (It != BaseMetadata.end())
    return It->second;
  InstanceObj *MD = nullptr;
  if (const Binding *B = Base->lookup("metadata"))
    if (isA(B->Value, "sqlalchemy.schema.MetaData"))
      MD = cast<InstanceObj>(B->Value);
  if (!MD)
    if (const Binding *R = Base->lookup("registry"))
      if (auto *Reg = dyn_cast<InstanceObj>(R->Value))
        if (isA(Reg->Attrs.lookup("metadata").Value,
                "sqlalchemy.schema.MetaData"))
          MD = cast<InstanceObj>(Reg->Attrs.lookup("metadata").Value);
  if (!MD) {
    CallArgs None;
    MD = cast<InstanceObj>(E.call(
        E.lookupQualified("sqlalchemy.schema.MetaData"), None, Base->Where));
  }
  // Base.metadata is the registry's unless the class sets its own.
  if (!Base->Dict.count("metadata")) {
    // SQLAlchemy makes it with the base class, whichever subclass asks for
    // it first here.
    MD->Owner = Base->Owner;
    Base->Dict["metadata"] = {MD, Base->Where};
  }
  BaseMetadata[Base] = MD;
  return MD;
}

bool DeclarativeAnalyzer::baseMetadataRebound() const {
  for (const auto &[Base, MD] : BaseMetadata) {
    const Binding *Now = Base->lookup("metadata");
    if (!Now || Now->Value != MD)
      return true;
  }
  return false;
}

static InstanceObj *registryOf(ClassObj *C) {
  for (ClassObj *M : C->Mro) {
    auto It = M->Dict.find("__schemac_registry__");
    if (It != M->Dict.end())
      return dyn_cast<InstanceObj>(It->second.Value);
  }
  return nullptr;
}

const Object *DeclarativeAnalyzer::registryKeyOf(ClassObj *C) {
  if (ClassObj *Base = declarativeBaseOf(C)) {
    if (const Binding *R = Base->lookup("registry"))
      if (isa<InstanceObj>(R->Value))
        return R->Value;
    return Base;
  }
  return registryOf(C);
}

InstanceObj *DeclarativeAnalyzer::metadataForClass(ClassObj *C) {
  if (C->isSubclassOf("sqlmodel.main.SQLModel"))
    if (const Binding *MD = C->lookup("metadata"))
      return dyn_cast<InstanceObj>(MD->Value);
  if (ClassObj *Base = declarativeBaseOf(C))
    return metadataOf(Base);
  if (InstanceObj *Registry = registryOf(C))
    return dyn_cast_or_null<InstanceObj>(
        Registry->Attrs.lookup("metadata").Value);
  return nullptr;
}

DictObj *DeclarativeAnalyzer::typeAnnotationMap(ClassObj *C) {
  if (ClassObj *Base = declarativeBaseOf(C)) {
    if (const Binding *Map = Base->lookup("type_annotation_map"))
      if (auto *D = dyn_cast<DictObj>(Map->Value))
        return D;
    if (const Binding *R = Base->lookup("registry"))
      if (auto *Reg = dyn_cast<InstanceObj>(R->Value))
        return dyn_cast_or_null<DictObj>(
            Reg->Attrs.lookup("type_annotation_map").Value);
  }
  if (InstanceObj *Registry = registryOf(C))
    return dyn_cast_or_null<DictObj>(
        Registry->Attrs.lookup("type_annotation_map").Value);
  return nullptr;
}

InstanceObj *DeclarativeAnalyzer::namedTableObject(TableInfo &TI,
                                                   SrcLoc Where) {
  if (!TI.TableObject) {
    TI.TableObject = H.make<InstanceObj>();
    TI.TableObject->Class = dyn_cast_or_null<ClassObj>(
        E.lookupQualified("sqlalchemy.schema.Table"));
    TI.TableObject->Where = Where;
  }
  InstanceObj *T = TI.TableObject;
  T->Attrs["name"] = {H.str(TI.Table.Name), Where};
  // Table.schema and Table.fullname ("schema.name"), which mixins build
  // foreign keys from, and Table.key, the same, its key in the MetaData.
  T->Attrs["schema"] = {TI.Table.Schema ? H.str(*TI.Table.Schema) : H.none(),
                        Where};
  StrObj *Key = H.str(TI.Table.qualifiedName());
  T->Attrs["fullname"] = {Key, Where};
  T->Attrs["key"] = {Key, Where};
  return T;
}

InstanceObj *DeclarativeAnalyzer::lastColumnObject(const TableInfo &TI,
                                                   llvm::StringRef Name) const {
  InstanceObj *Last = nullptr;
  for (auto &[Obj, ObjName] : TI.ColumnObjects)
    if (sameName(ObjName, Name))
      Last = Obj;
  return Last;
}

InstanceObj *DeclarativeAnalyzer::tableObject(int Index, SrcLoc Where) {
  TableInfo &TI = Tables[Index];
  InstanceObj *T = namedTableObject(TI, Where);
  T->Attrs["__schemac_table__"] = {H.integer(Index), Where};
  if (!TI.IsCopy && !T->Attrs.count("c")) {
    InstanceObj *Columns = H.make<InstanceObj>();
    Columns->Class = dyn_cast_or_null<ClassObj>(
        E.lookupQualified("sqlalchemy.schema.ColumnCollection"));
    // Each key (an internName() copy, once) is the last Column object of
    // its column.
    Columns->Attrs.reserve(TI.KeyToName.size());
    for (auto &[Key, Name] : TI.KeyToName)
      if (InstanceObj *Last = lastColumnObject(TI, Name))
        Columns->Attrs.appendInterned(Key, {Last, Where});
    T->Attrs["c"] = {Columns, Where};
    T->Attrs["columns"] = {Columns, Where};
  }
  return T;
}

const DeclarativeAnalyzer::MappedInfo *
DeclarativeAnalyzer::mappedInfo(const ClassObj *C) const {
  auto It = MappedIndex.find(C);
  return It == MappedIndex.end() ? nullptr : &Mapped[It->second];
}

void DeclarativeAnalyzer::classCreated(ClassObj *C) {
  Created.push_back(C);
  if (C->IsStub)
    return;
  if (isDeclarativeBase(C)) {
    for (ClassObj *B : C->Bases)
      Uses20Api |= B->QualName == "sqlalchemy.orm.DeclarativeBase" ||
                   B->QualName == "sqlalchemy.orm.DeclarativeBaseNoMeta";
    InstanceObj *MD = metadataOf(C);
    // A DeclarativeBase gets a registry of its MetaData unless it names
    // one: Base.registry.mapped and map_imperatively map into it.
    if (!C->lookup("registry")) {
      CallArgs Args;
      Args.Keywords.emplace_back("metadata", MD);
      if (const Binding *Map = C->lookup("type_annotation_map"))
        Args.Keywords.emplace_back("type_annotation_map", Map->Value);
      // Made before the slot is: the call may add to the dict.
      Object *Registry =
          E.call(E.lookupQualified("sqlalchemy.orm.registry"), Args, C->Where);
      C->Dict["registry"] = {Registry, C->Where};
    }
    return;
  }
  // SQLModel: only table=True classes are mapped; their fields become
  // columns first.
  if (C->isSubclassOf("sqlmodel.main.SQLModel")) {
    bool Table = llvm::any_of(C->Keywords, [](auto &K) {
      return K.first == "table" && truthValue(K.second) == 1;
    });
    if (Table) {
      prepareSqlModel(C);
      mapClass(C);
    }
    return;
  }
  if (!declarativeBaseOf(C))
    return;
  // SQLModel-style and __abstract__ classes are not mapped.
  auto Abstract = C->Dict.find("__abstract__");
  if (Abstract != C->Dict.end() && truthValue(Abstract->second.Value) == 1)
    return;
  mapClass(C);
}

bool DeclarativeAnalyzer::countsCreation(ClassObj *C) {
  if (!C->CountsCreation)
    C->CountsCreation =
        C->isSubclassOf("sqlalchemy.schema.Column") ||
                C->isSubclassOf("sqlalchemy.schema.Constraint") ||
                C->isSubclassOf("sqlalchemy.orm.Relationship") ||
                C->isSubclassOf("sqlalchemy.orm.ColumnProperty") ||
                C->isSubclassOf("sqlalchemy.orm.Synonym") ||
                C->isSubclassOf("sqlalchemy.orm.Composite")
            ? 2
            : 1;
  return C->CountsCreation == 2;
}

uint32_t DeclarativeAnalyzer::creationOrderKey(const InstanceObj *Column) {
  auto *Given =
      dyn_cast_or_null<IntObj>(Column->Attrs.lookup("_creation_order").Value);
  if (!Given)
    return Column->Serial;
  // The object the counter gave that number, or beyond all made so far.
  if (Given->Value <= 0)
    return 0;
  if (uint64_t(Given->Value) <= CreationSerials.size())
    return CreationSerials[Given->Value - 1];
  uint64_t Beyond =
      uint64_t(H.lastSerial()) + (Given->Value - CreationSerials.size());
  return static_cast<uint32_t>(std::min<uint64_t>(Beyond, UINT32_MAX));
}

void DeclarativeAnalyzer::instanceCreated(InstanceObj *I) {
  if (I->Class && countsCreation(I->Class))
    CreationSerials.push_back(I->Serial);
  // Enum.__init__ listens for its metadata='s before_create, whichever
  // class it is an instance of.
  auto NoteTypeMadeWithMetadata = [&] {
    if (isA(I->arg("metadata"), "sqlalchemy.schema.MetaData") &&
        isA(I, "sqlalchemy.types.Enum"))
      TypeMadeAt[I] = joinOutOfTurn();
  };
  if (!I->Class || !I->Class->IsStub) {
    if (I->Class)
      NoteTypeMadeWithMetadata();
    return;
  }
  checkKeywords(I);
  llvm::StringRef Q = I->Class->QualName;
  if (Q == "sqlalchemy.orm.MappedColumn")
    Uses20Api = true;
  if ((Q == "sqlalchemy.orm.MappedColumn" || Q == "sqlalchemy.schema.Column") &&
      E.hasAttachListeners())
    typeAttached(I);
  else if (Q == "sqlalchemy.schema.Table")
    buildCoreTable(I);
  else if (Q == "sqlalchemy.schema.Sequence" &&
           isA(I->arg("metadata"), "sqlalchemy.schema.MetaData"))
    MetadataSequences.push_back(I);
  else if (Q == "sqlalchemy.schema.Index" ||
           Q == "sqlalchemy.schema.CheckConstraint" ||
           Q == "sqlalchemy.schema.UniqueConstraint")
    StandaloneConstraints.push_back(I);
  else
    NoteTypeMadeWithMetadata();
}

void DeclarativeAnalyzer::typeAttached(InstanceObj *Column) {
  // Column(name?, type?, *items) or type_=: the first positional that is
  // neither a name nor a schema item, as addColumn() reads it.
  Object *Type = nullptr;
  for (auto &[Key, Value] : Column->RestKeywords)
    if (Key == "type_")
      Type = Value;
  for (Object *A : Column->Rest)
    if (!Type && !isa<StrObj>(A) && !isA(A, "sqlalchemy.schema.SchemaItem"))
      Type = A;
  if (Type)
    typeAttached(Type, Column, Column->Where);
}

void DeclarativeAnalyzer::typeAttached(Object *Type, InstanceObj *Column,
                                       SrcLoc Where) {
  // A type given as its class is made with no arguments.
  if (auto *C = dyn_cast<ClassObj>(Type)) {
    CallArgs None;
    Type = E.call(C, None, Where);
  }
  if (isa<InstanceObj>(Type))
    E.attachListeners(Type, Column, Where);
}

Object *DeclarativeAnalyzer::mappedType(llvm::ArrayRef<Object *> Candidates,
                                        DictObj *Map) {
  if (Map)
    for (Object *Candidate : Candidates)
      for (auto &[K, V] : Map->Items)
        if (sameAnnotation(K, Candidate))
          return V;
  return nullptr;
}

ClassObj *DeclarativeAnalyzer::declarativeDunderClass(ClassObj *C,
                                                      llvm::StringRef Name) {
  for (ClassObj *Base : C->Mro) {
    auto It = Base->Dict.find(Name.str());
    if (It == Base->Dict.end())
      continue;
    bool IsDeclaredAttr = isA(It->second.Value, "sqlalchemy.orm.declared_attr");
    if (Base != C && mappedInfo(Base) && !IsDeclaredAttr)
      continue;
    return Base;
  }
  return nullptr;
}

Object *DeclarativeAnalyzer::declarativeDunder(ClassObj *C,
                                               llvm::StringRef Name,
                                               bool &Found) {
  ClassObj *From = declarativeDunderClass(C, Name);
  Found = From;
  if (!From)
    return nullptr;
  return E.getAttr(C, Name, From->Dict.find(Name.str())->second.Where);
}

int DeclarativeAnalyzer::referencedTable(const ir::ForeignKey &FK,
                                         const TableInfo &From) {
  auto It = TablesByName.find(FK.RefTable);
  if (It == TablesByName.end())
    return -1;
  // SQLAlchemy looks the name up in the referring table's MetaData; each
  // Alembic migration with a declarative_base() of its own has tables of
  // the models' names.
  int First = -1;
  for (int I : It->second)
    if (!FK.RefSchema || Tables[I].Table.Schema == FK.RefSchema) {
      if (Tables[I].Metadata == From.Metadata)
        return I;
      if (First < 0)
        First = I;
    }
  return First;
}

void DeclarativeAnalyzer::checkForeignKeyTargets() {
  for (const TableInfo &TI : Tables) {
    // A copy's foreign keys refer into the MetaData it was copied to,
    // which the copy's caller fills.
    if (TI.IsCopy)
      continue;
    for (const ir::ForeignKey &FK : TI.Table.ForeignKeys) {
      SrcLoc Where = srcLoc(FK.Where);
      if (FK.RefTable.empty() || !Where.isKnown())
        continue;
      std::string Ref = (FK.RefSchema ? *FK.RefSchema + "." : "") + FK.RefTable;
      std::string From =
          TI.Table.qualifiedName() + "(" + llvm::join(FK.Columns, ", ") + ")";
      int RefIndex = referencedTable(FK, TI);
      auto NotRun = TablesNotRun.find(FK.RefTable);
      if (RefIndex < 0 && UseTablesNotRun && NotRun != TablesNotRun.end() &&
          llvm::any_of(NotRun->second, [&](const ir::Table *T) {
            return !FK.RefSchema || T->Schema == FK.RefSchema;
          }))
        continue;
      if (RefIndex < 0) {
        // A name one edit away is most likely the one meant.
        std::string Suggestion;
        for (const TableInfo &Other : Tables)
          if (!Other.IsCopy && llvm::StringRef(Other.Table.qualifiedName())
                                       .edit_distance(Ref, true, 2) <= 2) {
            Suggestion =
                " (did you mean '" + Other.Table.qualifiedName() + "'?)";
            break;
          }
        E.report(Where, DiagId::ForeignKeyTableMissing, From, Ref, Suggestion);
        continue;
      }
      if (Tables[RefIndex].ColumnsUnknown)
        continue;
      for (size_t I = 0; I < FK.RefColumns.size(); ++I)
        if (!referencedColumn(FK, TI, I) && !UndecidedReference)
          E.report(Where, DiagId::ForeignKeyColumnMissing, From, Ref,
                   FK.RefColumns[I]);
    }
  }
}

bool DeclarativeAnalyzer::foreignKeyMayLink(llvm::ArrayRef<int> From,
                                            llvm::ArrayRef<int> To) {
  for (int T : From)
    for (const ir::ForeignKey &FK : Tables[T].Table.ForeignKeys)
      if (int Ref = referencedTable(FK, Tables[T]);
          Ref < 0 || llvm::is_contained(To, Ref))
        return true;
  return false;
}

const ir::Column *
DeclarativeAnalyzer::referencedColumn(const ir::ForeignKey &FK,
                                      const TableInfo &From, size_t Position) {
  if (Position >= FK.RefColumns.size())
    return nullptr;
  const std::string &Column = FK.RefColumns[Position];
  int Ref = referencedTable(FK, From);
  if (!UseTablesNotRun)
    return Ref >= 0 ? Tables[Ref].Table.findColumn(Column) : nullptr;
  // Which table the whole analysis took is the first of its name made;
  // where the run and the tables it did not make have two, that order is
  // not known here.
  auto MadeHere = [&](const ir::Table &T) {
    auto It = TablesByName.find(T.Name);
    return It != TablesByName.end() && llvm::any_of(It->second, [&](int I) {
             return Tables[I].Table.Schema == T.Schema;
           });
  };
  unsigned Candidates = 0;
  if (auto It = TablesByName.find(FK.RefTable); It != TablesByName.end())
    for (int I : It->second)
      Candidates += !FK.RefSchema || Tables[I].Table.Schema == FK.RefSchema;
  const ir::Table *NotRun = nullptr;
  if (auto It = TablesNotRun.find(FK.RefTable); It != TablesNotRun.end())
    for (const ir::Table *T : It->second)
      if ((!FK.RefSchema || T->Schema == FK.RefSchema) && !MadeHere(*T)) {
        NotRun = T;
        ++Candidates;
      }
  if (Candidates > 1) {
    UndecidedReference = true;
    return nullptr;
  }
  if (Ref >= 0)
    return Tables[Ref].Table.findColumn(Column);
  const ir::Column *RC = NotRun ? NotRun->findColumn(Column) : nullptr;
  // A foreign key's column may have its type from the column it refers to,
  // found in a round of inferForeignKeyTypes that a chain of such columns
  // may not reach; a column whose type could not be inferred is NullType,
  // which one can also be given.
  if (RC && (RC->Type->Class == "NullType" ||
             llvm::any_of(NotRun->ForeignKeys, [&](const ir::ForeignKey &F) {
               return llvm::is_contained(F.Columns, RC->Name);
             }))) {
    UndecidedReference = true;
    return nullptr;
  }
  return RC;
}

int DeclarativeAnalyzer::addTable(ir::Table T, InstanceObj *Metadata,
                                  TableRedefinition Options, SrcLoc Where,
                                  bool *Kept) {
  if (Kept)
    *Kept = false;
  if (Metadata) {
    // MetaData(naming_convention=...), or assigned to the object later
    // (Indico's `db.Model.metadata.naming_convention = {...}`): a table
    // gets the one its MetaData has when it is made, which names its
    // constraints as they attach.
    Object *Given = Metadata->Attrs.lookup("naming_convention").Value;
    if (!Given)
      Given = Metadata->arg("naming_convention");
    // Read each time: the dict may have changed in place since.
    ir::NamingConvention Read;
    std::vector<std::pair<std::string, Object *>> Callables;
    if (auto *D = dyn_cast_or_null<DictObj>(Given))
      for (auto &[K, V] : D->Items) {
        std::string Key;
        if (auto *KS = dyn_cast<StrObj>(K))
          Key = KS->Value;
        else if (auto *KC = dyn_cast<ClassObj>(K))
          Key = KC->Name;
        if (auto *VS = dyn_cast<StrObj>(V); VS && !Key.empty()) {
          Read.emplace_back(Key, VS->Value);
        } else if (isa<FunctionObj, BoundMethodObj>(V) && !Key.empty()) {
          // A callable token: the pass knows it by its key; finish() runs
          // it for each constraint.
          Read.emplace_back(Key, "");
          Callables.emplace_back(Key, V);
        }
      }
    auto Conv = Conventions.find(Metadata);
    if (Conv == Conventions.end() || *Conv->second != Read ||
        ConventionCallables.lookup(Conv->second.get()) != Callables) {
      auto NC = std::make_shared<ir::NamingConvention>(std::move(Read));
      if (!Callables.empty())
        ConventionCallables[NC.get()] = std::move(Callables);
      Conv = Conventions.insert_or_assign(Metadata, NC).first;
    }
    T.Naming = Conv->second;
    if (!T.Schema)
      T.Schema = strArg(Metadata, "schema");
  }
  if (T.Schema && T.Schema->empty())
    T.Schema.reset();
  // Table() of a key its MetaData has returns that table: as it is with
  // keep_existing=True or without columns and constraints, extended with
  // extend_existing=True (Table._init_existing). SQLAlchemy raises
  // otherwise; the analysis says so and extends it, dropping nothing.
  llvm::SmallVector<int, 1> &SameName = TablesByName[T.Name];
  for (int Existing : SameName) {
    TableInfo &Old = Tables[Existing];
    if (Old.Metadata != Metadata || Old.Table.Schema != T.Schema)
      continue;
    // Even kept, the table gets the new Table object.
    E.noteWrite(Old.Owner);
    if (Options.KeepExisting || !Options.HasItems) {
      if (Kept)
        *Kept = Options.KeepExisting;
      return Existing;
    }
    if (!Options.ExtendExisting)
      diagnose(Where, DiagId::TableAlreadyDefined, T.qualifiedName());
    if (T.Comment)
      Old.Table.Comment = std::move(T.Comment);
    replaceDialectOptions(Old.Table, std::move(T.DialectOptions));
    return Existing;
  }
  // Tables are built one after another, so the previous one has, as a
  // rule, all its columns: give back what growing its vectors left over,
  // which adds up in a project of thousands of tables.
  if (!Tables.empty()) {
    TableInfo &Previous = Tables.back();
    Previous.Table.Columns.shrink_to_fit();
    Previous.ColumnObjects.shrink_to_fit();
  }
  SameName.push_back(static_cast<int>(Tables.size()));
  TableInfo Info;
  Info.Index = static_cast<int>(Tables.size());
  Info.Table = std::move(T);
  Info.Metadata = Metadata;
  Info.Owner = H.owner();
  Tables.push_back(std::move(Info));
  // Its PrimaryKeyConstraint, made before any column joins it.
  countCreations(1);
  return static_cast<int>(Tables.size() - 1);
}

void DeclarativeAnalyzer::noteReflected(TableInfo &TI, llvm::StringRef How,
                                        SrcLoc Where) {
  TI.ColumnsUnknown = true;
  E.report(Where, DiagId::ReflectedTable, TI.Table.Name, How.str());
}

void DeclarativeAnalyzer::buildCoreTable(InstanceObj *TableObj) {
  // Table(name, metadata, *columns_and_constraints, schema=..., ...)
  std::vector<Object *> Args = TableObj->Rest;
  if (Args.size() < 2 || !isa<StrObj>(Args[0])) {
    diagnose(TableObj->Where, DiagId::UnknownTableArgument,
             "Table() without a literal name");
    return;
  }
  ir::Table T;
  T.Name = cast<StrObj>(Args[0])->Value;
  T.Where = irLoc(TableObj->Where);
  TableRedefinition Options;
  Options.HasItems = Args.size() > 2;
  std::string Reflected;
  for (auto &[K, V] : TableObj->RestKeywords) {
    if (std::optional<std::string> Schema = schemaArg(V);
        K == "schema" && Schema)
      T.Schema = std::move(Schema);
    else if (K == "comment" && isa<StrObj>(V))
      T.Comment = cast<StrObj>(V)->Value;
    else if (K == "extend_existing")
      Options.ExtendExisting = truthValue(V) == 1;
    else if (K == "keep_existing")
      Options.KeepExisting = truthValue(V) == 1;
    else if ((K == "autoload_with" && !isa<NoneObj>(V)) ||
             (K == "autoload" && truthValue(V) == 1))
      Reflected = K.str() + "=";
    else
      readTableDialectOption(T, K, V, TableObj->Where);
  }
  auto *MD = dyn_cast<InstanceObj>(Args[1]);
  if (!isA(MD, "sqlalchemy.schema.MetaData"))
    MD = nullptr;
  bool Kept = false;
  int Index = addTable(std::move(T), MD, Options, TableObj->Where, &Kept);
  Tables[Index].TableObject = TableObj;
  if (!Reflected.empty())
    noteReflected(Tables[Index], Reflected, TableObj->Where);
  tableObject(Index, TableObj->Where);
  if (Kept)
    return;
  // In the order given, as SQLAlchemy attaches them: a constraint or index
  // that names a column given after it raises there.
  for (size_t I = 2; I < Args.size(); ++I) {
    if (isColumnObject(Args[I]))
      addColumn(Tables[Index], cast<InstanceObj>(Args[I]), "", nullptr,
                Args[I]->Where, /*IsOrm=*/false);
    else
      addConstraint(Tables[Index], Args[I], TableObj->Where);
  }
}

std::optional<ir::SqlType>
DeclarativeAnalyzer::typeFromAnnotation(llvm::ArrayRef<Object *> Candidates,
                                        DictObj *Map, SrcLoc Where) {
  // The registry's type_annotation_map, for the annotation as written and
  // then for what it annotates; then SQLAlchemy's own defaults.
  if (Object *Mapped = mappedType(Candidates, Map))
    return convertType(Mapped, Where);
  Object *Python = Candidates.back();
  // A NewType not in the map: what it wraps (2.0's fallback).
  if (auto *N = dyn_cast<InstanceObj>(Python);
      N && N->Class->QualName == "typing.NewType")
    if (Object *Super = N->Attrs.lookup("__supertype__").Value)
      return typeFromAnnotation({Super}, Map, Where);
  Object *EnumClass = E.lookupQualified("sqlalchemy.types.Enum");
  // An Enum in the map under enum.Enum or Literal is a "generic form": its
  // options apply to every enum class or Literal[...] annotation.
  auto UseGenericEnumOptions = [&](llvm::StringRef Key, CallArgs &Args) {
    const InstanceObj *Generic = nullptr;
    if (Map)
      for (auto &[K, V] : Map->Items) {
        bool Matches =
            Key == "Literal"
                ? specialFormName(K) == "Literal"
                : isa<ClassObj>(K) && cast<ClassObj>(K)->QualName == Key;
        if (Matches && isA(V, "sqlalchemy.types.Enum"))
          Generic = cast<InstanceObj>(V);
      }
    if (Generic)
      Args.Keywords.assign(Generic->RestKeywords.begin(),
                           Generic->RestKeywords.end());
  };
  // Literal["a", "b"]: a non-native Enum of the strings.
  if (auto *G = dyn_cast<GenericAliasObj>(Python);
      G && specialFormName(G->Origin) == "Literal") {
    CallArgs Args;
    for (Object *V : G->Args) {
      if (!isa<StrObj>(V))
        return std::nullopt;
      Args.Positional.push_back(V);
    }
    UseGenericEnumOptions("Literal", Args);
    Args.Keywords.emplace_back("native_enum", H.boolean(false));
    return convertType(E.call(EnumClass, Args, Where), Where);
  }
  auto *C = dyn_cast<ClassObj>(Python);
  if (!C)
    return std::nullopt;
  E.reportUnreportedBases(C, Where);
  static const std::pair<llvm::StringLiteral, llvm::StringLiteral> Defaults[] =
      {{"builtins.bool", "Boolean"},
       {"builtins.int", "Integer"},
       {"builtins.float", "Float"},
       {"builtins.str", "String"},
       {"builtins.bytes", "LargeBinary"},
       {"datetime.datetime", "DateTime"},
       {"datetime.date", "Date"},
       {"datetime.time", "Time"},
       {"datetime.timedelta", "Interval"},
       {"decimal.Decimal", "Numeric"},
       {"uuid.UUID", "Uuid"}};
  if (C->isSubclassOf("enum.Enum")) {
    CallArgs Args;
    Args.Positional.push_back(C);
    UseGenericEnumOptions("enum.Enum", Args);
    return convertType(E.call(EnumClass, Args, Where), Where);
  }
  for (const ClassObj *M : C->Mro) {
    // A subclass of a mapped type (class Money(Decimal)) is looked up too.
    if (Map && M != C)
      for (auto &[K, V] : Map->Items)
        if (K == M)
          return convertType(V, Where);
    for (auto &[Py, Sql] : Defaults)
      if (M->QualName == Py) {
        // A @compiles function for the type renders it here too.
        if (E.compilesChanges()) {
          auto [It, New] = AnnotationTypeClasses.try_emplace(Sql, nullptr);
          if (New)
            It->second = dyn_cast_or_null<ClassObj>(
                E.lookupQualified(("sqlalchemy.types." + Sql).str()));
          if (It->second && hasCompilesFunction(It->second))
            return convertType(It->second, Where);
        }
        ir::SqlType T;
        T.Class = Sql.str();
        return T;
      }
  }
  return std::nullopt;
}

ir::TypeRef DeclarativeAnalyzer::internType(ir::SqlType T) {
  // The type's bytecode is an exact key: equal types, equal bytes.
  TypeKey.clear();
  ir::BytecodeWriter W(TypeKeyOS);
  ir::writeType(T, W);
  TypeKeyOS.flush();
  auto [It, New] = Types.try_emplace(TypeKey);
  if (New)
    It->second = ir::TypeRef(std::move(T));
  return It->second;
}

ir::SqlType DeclarativeAnalyzer::convertType(Object *T, SrcLoc Where) {
  if (auto *C = dyn_cast<ClassObj>(T); C && C->isSubclassOf(TypeEngineClass)) {
    CallArgs None;
    T = E.call(C, None, Where);
  }
  ir::SqlType Out = convertTypeObject(T, Where);
  auto *I = dyn_cast<InstanceObj>(T);
  if (!I || !I->Class->isSubclassOf(TypeEngineClass))
    return Out;
  std::vector<CompiledRendering> Texts =
      compiledRenderings(I, "sqlalchemy.sql.compiler.TypeCompiler", Where);
  if (Texts.empty())
    return Out;
  // The type as it is, rendered as the function says: what else reads it
  // (an Enum's CREATE TYPE, a Boolean's CHECK) still does.
  ir::SqlType Rendered = Out;
  Rendered.Variants.clear();
  // After with_variant()'s types, which SQLAlchemy renders instead on their
  // dialects, and before a load_dialect_impl()'s, which a @compiles function
  // for the decorator replaces.
  size_t At = 0;
  if (auto *Variants =
          dyn_cast_or_null<DictObj>(I->Attrs.lookup("_variants").Value))
    At = llvm::count_if(Variants->Items,
                        [](auto &KV) { return isa<StrObj>(KV.first); });
  At = std::min(At, Out.Variants.size());
  for (CompiledRendering &R : Texts) {
    auto Compiled = std::make_shared<ir::SqlType>(Rendered);
    Compiled->ColSpec = std::move(R.Text);
    Compiled->RenderedAs = std::move(R.As);
    Compiled->RenderedVisit = std::move(R.AsVisit);
    Out.Variants.insert(Out.Variants.begin() + At++,
                        {std::move(R.Dialect), std::move(Compiled)});
  }
  return Out;
}

ir::SqlType DeclarativeAnalyzer::convertTypeObject(Object *T, SrcLoc Where) {
  ir::SqlType Out;
  auto *I = dyn_cast<InstanceObj>(T);
  if (I)
    E.reportUnreportedBases(I->Class, Where);
  if (!I || !I->Class->isSubclassOf(TypeEngineClass)) {
    Out.Opaque = true;
    // What the source called it, without the call: "geoalchemy2.Geometry".
    auto *U = dyn_cast<UnknownObj>(T);
    llvm::StringRef Name = U ? llvm::StringRef(U->Name) : "";
    while (Name.consume_back("()"))
      ;
    // A dotted name stands for an unseen library type; anything else
    // (an index into an opaque mapping) names no type at all.
    bool DottedName = !Name.empty() && llvm::all_of(Name, [](char C) {
      return llvm::isAlnum(C) || C == '_' || C == '.';
    });
    Out.Class = DottedName ? Name.str() : "";
    return Out;
  }
  // A type SQLAlchemy cannot render is named as the project names it, not
  // as the library class it derives from (finish() reports it).
  const ClassObj *Stub = typeVisitOf(I->Class).Library;
  Out.Class = Stub ? Stub->Name : I->Class->Name;
  if (Stub) {
    llvm::StringRef M = Stub->Module ? llvm::StringRef(Stub->Module->Name) : "";
    if (M.consume_front("sqlalchemy.dialects."))
      Out.Dialect = M.split('.').first.str();
  }
  if (auto *Variants =
          dyn_cast_or_null<DictObj>(I->Attrs.lookup("_variants").Value))
    // A copy: converting a variant runs its __init__, which may add some.
    for (auto [K, V] : std::vector(Variants->Items))
      if (auto *Name = dyn_cast<StrObj>(K)) {
        Out.Variants.emplace_back(
            Name->Value, std::make_shared<ir::SqlType>(convertType(V, Where)));
        Out.WithVariant = true;
      }
  if (I->Class->isSubclassOf("sqlalchemy.types.TypeDecorator")) {
    Object *Impl = I->Attrs.lookup("impl").Value;
    if (!Impl)
      if (const Binding *B = I->Class->lookup("impl"))
        Impl = B->Value;
    if (Impl)
      Out.Inner = std::make_shared<ir::SqlType>(convertType(Impl, Where));
    // A library's decorator over a Python enum's values (SQLAlchemy-Utils'
    // ChoiceType): the enum's columns, as Enum(PyEnum)'s are.
    if (auto *EC = dyn_cast_or_null<ClassObj>(
            I->Attrs.lookup("__schemac_enum_class__").Value);
        EC && EC->isSubclassOf("enum.Enum"))
      Out.EnumClass = EC->QualName;
    // A load_dialect_impl() of the project's own picks the type per
    // dialect: run it for each.
    const ClassObj *Definer = nullptr;
    for (const ClassObj *M : I->Class->Mro)
      if (M->Dict.count("load_dialect_impl")) {
        Definer = M;
        break;
      }
    if (Definer && Definer->QualName != "sqlalchemy.types.TypeDecorator")
      for (const char *D : RenderedDialects) {
        CallArgs DialectArgs;
        DialectArgs.Positional.push_back(H.str(D));
        Object *Dialect = E.call(E.lookupQualified("sqlalchemy.engine.Dialect"),
                                 DialectArgs, Where);
        CallArgs Args;
        Args.Positional.push_back(Dialect);
        Object *Impl =
            E.call(E.getAttr(I, "load_dialect_impl", Where), Args, Where);
        if (!isa<UnknownObj>(Impl))
          Out.Variants.emplace_back(
              D, std::make_shared<ir::SqlType>(convertType(Impl, Where)));
      }
    return Out;
  }
  // A UserDefinedType names its DDL in get_col_spec().
  if (I->Class->isSubclassOf("sqlalchemy.types.UserDefinedType")) {
    CallArgs None;
    Object *Spec = E.call(E.getAttr(I, "get_col_spec", Where), None, Where);
    if (auto *S = dyn_cast<StrObj>(Spec)) {
      Out.Class = I->Class->Name;
      Out.ColSpec = S->Value;
      return Out;
    }
  }
  auto Unevaluated = [&](llvm::StringRef Name, Object *V) {
    std::string Why;
    auto *Instance = dyn_cast<InstanceObj>(V);
    if (isa<UnknownObj>(V))
      Why = describeUnknown(V);
    // Other arguments take objects (an Enum's class, PickleType's pickler);
    // these take a number, and another value is lost to the DDL.
    else if (Name == "length" || Name == "precision" || Name == "scale")
      Why = Instance ? "a " + Instance->Class->Name + " object, not a number"
                     : std::string("not a number");
    else
      return;
    Out.UnknownArguments = true;
    // Each column whose type it is gets the warning, where the user looks;
    // code of the project's before it that computed the value (a
    // TypeDecorator's __init__ that many columns run) is named.
    SrcLoc At = projectPlace(V, Where);
    if (At.Unit != Where.Unit || At.Offset < Where.Offset)
      if (ir::Loc Made = irLoc(At);
          Made.Line && Where.isKnown() && !Where.Unit->IsStub) {
        Why += ", at " + Made.File.str() + ":" + std::to_string(Made.Line) +
               ":" + std::to_string(Made.Col);
        At = Where;
      }
    E.report(At, DiagId::UnknownTypeArgument, Name.str(), Out.Class, Why);
  };
  for (auto &[Name, V] : I->Args) {
    if (auto S = scalarOf(V))
      Out.Args.emplace_back(Name, *S);
    else if (Name == "item_type")
      Out.Inner = std::make_shared<ir::SqlType>(convertType(V, Where));
    else
      Unevaluated(Name, V);
  }
  for (auto &[Name, V] : I->RestKeywords) {
    if (auto S = scalarOf(V))
      Out.Args.emplace_back(Name, *S);
    else
      Unevaluated(Name, V);
  }
  if (I->Class->isSubclassOf("sqlalchemy.types.Enum")) {
    for (Object *V : I->Rest) {
      // An enum on an unseen base (a third-party StrEnum) is no enum here.
      if (auto *EC = dyn_cast<ClassObj>(V))
        E.reportUnreportedBases(EC, Where);
      if (auto *S = dyn_cast<StrObj>(V)) {
        Out.EnumValues.push_back(S->Value);
      } else if (auto *EC = dyn_cast<ClassObj>(V);
                 EC && EC->isSubclassOf("enum.Enum")) {
        Out.EnumClass = EC->QualName;
        // SQLAlchemy persists member names unless values_callable says
        // what to persist.
        Object *ValuesCallable = I->arg("values_callable");
        if (ValuesCallable && !isa<NoneObj>(ValuesCallable)) {
          CallArgs Args;
          Args.Positional.push_back(EC);
          std::vector<Object *> Values;
          if (E.iterate(E.call(ValuesCallable, Args, Where), Values))
            for (Object *Value : Values)
              if (auto *S = dyn_cast<StrObj>(Value))
                Out.EnumValues.push_back(S->Value);
        } else {
          for (auto &[Name, B] : EC->Dict)
            if (isA(B.Value, "enum.Enum"))
              Out.EnumValues.push_back(Name.str());
        }
        if (!Out.arg("name"))
          Out.Args.emplace_back(
              "name", ir::Scalar::string(llvm::StringRef(EC->Name).lower()));
      }
    }
    // An Enum is a SchemaType: without a schema of its own, it takes the
    // one of the MetaData it is given (SchemaType._set_table), unless it
    // inherits its table's, which finish() gives it.
    const ir::Scalar *Schema = Out.arg("schema");
    auto *MD = dyn_cast_or_null<InstanceObj>(I->arg("metadata"));
    if ((!Schema || Schema->Kind == ir::Scalar::None) &&
        !Out.boolArg("inherit_schema").value_or(false) && MD &&
        isA(MD, "sqlalchemy.schema.MetaData"))
      if (std::optional<std::string> S = strArg(MD, "schema")) {
        llvm::erase_if(Out.Args, [](auto &A) { return A.first == "schema"; });
        Out.Args.emplace_back("schema", ir::Scalar::string(*S));
      }
  } else if (I->Class->isSubclassOf("sqlalchemy.dialects.mysql.SET")) {
    // MySQL's SET('email', 'sms'): the values its DDL lists.
    for (Object *V : I->Rest)
      if (auto *S = dyn_cast<StrObj>(V))
        Out.EnumValues.push_back(S->Value);
  }
  return Out;
}

std::string DeclarativeAnalyzer::columnNameOf(Object *O, SrcLoc Where,
                                              const TableInfo *Table) {
  if (auto *S = dyn_cast<StrObj>(O)) {
    if (const llvm::StringRef *Named =
            Table ? Table->KeyToName.find(S->Value) : nullptr)
      return Named->str();
    return S->Value;
  }
  if (const ColumnPlace *Owner = columnOwner(O))
    return Owner->Name.str();
  std::string What = "this";
  if (auto *U = dyn_cast<UnknownObj>(O); U && !U->Name.empty())
    What = "'" + U->Name + "'";
  diagnose(Where, DiagId::UnknownColumnReference, What);
  return "";
}

} // namespace schemac::sema
