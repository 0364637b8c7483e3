//===- DeclarativeMapping.cpp - Mapping classes onto tables ---------------===//

#include "sema/Declarative.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

namespace schemac::sema {

using llvm::cast;
using llvm::dyn_cast;
using llvm::dyn_cast_or_null;
using llvm::isa;

namespace {

bool isA(const Object *O, llvm::StringRef Q) {
  auto *I = dyn_cast_or_null<InstanceObj>(O);
  return I && I->Class && I->Class->isSubclassOf(Q);
}

bool isColumnObject(const Object *O) {
  return isA(O, "sqlalchemy.schema.Column") ||
         isA(O, "sqlalchemy.orm.MappedColumn");
}

/// Mapped[...] (or a subclass such as WriteOnlyMapped) at the top level.
bool isMappedAnnotation(Object *A) {
  auto *G = dyn_cast_or_null<GenericAliasObj>(A);
  auto *Origin = G ? dyn_cast<ClassObj>(G->Origin) : nullptr;
  return Origin && Origin->isSubclassOf("sqlalchemy.orm.Mapped");
}

struct Attribute {
  std::string Name;
  Object *Value = nullptr; ///< Null for an annotation alone.
  Object *Annotation = nullptr;
  SrcLoc Where;
};

} // namespace

void DeclarativeAnalyzer::mapClass(ClassObj *C) {
  TypeMap = typeAnnotationMap(C);
  MappedInfo Info;
  Info.Class = C;
  for (ClassObj *M : llvm::drop_begin(C->Mro))
    if (mappedInfo(M)) {
      Info.Inherits = M;
      break;
    }

  bool Found = false;
  Object *MapperArgs = declarativeDunder(C, "__mapper_args__", Found);
  bool Concrete = false;
  if (auto *D = dyn_cast_or_null<DictObj>(MapperArgs))
    for (auto &[K, V] : D->Items) {
      auto *KS = dyn_cast<StrObj>(K);
      if (!KS)
        continue;
      if (KS->Value == "polymorphic_identity") {
        if (auto *S = dyn_cast<StrObj>(V))
          Info.PolymorphicIdentity = ir::Scalar::string(S->Value);
        else if (auto *I = dyn_cast<IntObj>(V))
          Info.PolymorphicIdentity = ir::Scalar::integer(I->Value);
      } else if (KS->Value == "concrete") {
        Concrete = truthValue(V) == 1;
      }
    }

  int TableIndex = -1;
  auto OwnTable = C->Dict.find("__table__");
  if (OwnTable != C->Dict.end()) {
    auto *TI = dyn_cast<InstanceObj>(OwnTable->second.Value);
    auto *Idx = TI ? dyn_cast_or_null<IntObj>(
                         TI->Attrs.lookup("__schemac_table__").Value)
                   : nullptr;
    if (!Idx) {
      diagnose(OwnTable->second.Where, DiagId::UnknownTableValue, "__table__");
      return;
    }
    TableIndex = static_cast<int>(Idx->Value);
  }

  Object *TableName = nullptr;
  if (TableIndex < 0) {
    TableName = declarativeDunder(C, "__tablename__", Found);
    bool FlaskAutoName = false;
    if (const Binding *B = C->lookup("__schemac_flask_autoname__"))
      FlaskAutoName = truthValue(B->Value) == 1;
    if ((!Found || isa<NoneObj>(TableName)) && FlaskAutoName &&
        !Info.Inherits) {
      // Flask-SQLAlchemy: CamelCase class name to snake_case.
      std::string Snake;
      llvm::StringRef N = C->Name;
      for (size_t I = 0; I < N.size(); ++I) {
        bool Upper = llvm::isUpper(N[I]);
        if (Upper && I > 0 &&
            (llvm::isLower(N[I - 1]) ||
             (I + 1 < N.size() && llvm::isLower(N[I + 1]) &&
              llvm::isUpper(N[I - 1]))))
          Snake += '_';
        Snake += llvm::toLower(N[I]);
      }
      TableName = H.str(Snake);
      Found = true;
    }
    if (Found && TableName && !isa<NoneObj>(TableName)) {
      auto *S = dyn_cast<StrObj>(TableName);
      if (!S) {
        diagnose(C->Where, DiagId::UnknownTableName, C->QualName);
        return;
      }
      ir::Table T;
      T.Name = S->Value;
      T.Where = irLoc(C->Where);
      TableIndex = addTable(std::move(T), metadataForClass(C));
    }
  }

  if (TableIndex < 0 && !Info.Inherits) {
    diagnose(C->Where, DiagId::MissingTableName, C->QualName);
    return;
  }
  if (TableIndex < 0) {
    Info.Inheritance = "single";
    Info.Table = mappedInfo(Info.Inherits)->Table;
  } else {
    Info.Table = TableIndex;
    if (Info.Inherits)
      Info.Inheritance = Concrete ? "concrete" : "joined";
  }
  if (Info.Table < 0)
    return;
  size_t MappedId = Mapped.size();
  MappedIndex[C] = MappedId;
  Mapped.push_back(Info);
  if (OwnTable != C->Dict.end())
    return;

  // The attributes: the class's own in source order, then those of its
  // unmapped bases (mixins) in MRO order.
  std::vector<Attribute> Attrs;
  llvm::StringSet<> Seen;
  for (ClassObj *Base : C->Mro) {
    if (Base->IsStub || (Base != C && mappedInfo(Base)))
      continue;
    std::vector<Attribute> Local;
    for (auto &[Name, B] : Base->Dict)
      Local.push_back({Name, B.Value, nullptr, B.Where});
    for (auto &[Name, A] : Base->Annotations) {
      auto It = llvm::find_if(Local, [&](auto &L) { return L.Name == Name; });
      Object *Ann = E.evalAnnotation(A);
      if (It != Local.end())
        It->Annotation = Ann;
      else if (isMappedAnnotation(Ann))
        Local.push_back({Name, nullptr, Ann, A.Where});
    }
    llvm::stable_sort(Local, [](const Attribute &X, const Attribute &Y) {
      return X.Where.Offset < Y.Where.Offset;
    });
    for (Attribute &A : Local) {
      if (llvm::StringRef(A.Name).starts_with("__") ||
          !Seen.insert(A.Name).second)
        continue;
      // declared_attr on a mixin runs for this class.
      if (isA(A.Value, "sqlalchemy.orm.declared_attr"))
        A.Value = E.getAttr(C, A.Name, A.Where);
      Attrs.push_back(A);
    }
  }

  TableInfo &TI = Tables[Info.Table];
  if (Info.Inheritance == "single" || Info.Inheritance.empty() ||
      Info.Inheritance == "joined" || Info.Inheritance == "concrete") {
    for (Attribute &A : Attrs) {
      if (!A.Value && A.Annotation) {
        CallArgs None;
        A.Value = E.call(E.lookupQualified("sqlalchemy.orm.MappedColumn"), None,
                         A.Where);
      }
      if (isColumnObject(A.Value)) {
        addColumn(TI, cast<InstanceObj>(A.Value), A.Name, A.Annotation, A.Where,
                  /*IsOrm=*/true);
      } else if (isA(A.Value, "sqlalchemy.orm.ColumnProperty")) {
        auto *CP = cast<InstanceObj>(A.Value);
        if (!CP->Rest.empty() && isColumnObject(CP->Rest[0]))
          addColumn(TI, cast<InstanceObj>(CP->Rest[0]), A.Name, A.Annotation,
                    A.Where, /*IsOrm=*/true);
      } else if (isA(A.Value, "sqlalchemy.orm.Relationship")) {
        Relationships.push_back({MappedId, cast<InstanceObj>(A.Value), A.Name,
                                 A.Annotation, A.Where});
      }
    }
  }
  if (Info.Inheritance != "single") {
    Object *TableArgs = declarativeDunder(C, "__table_args__", Found);
    if (Found && TableArgs)
      applyTableArgs(TI, TableArgs, C->Where);
  }
  // What later module code reads: Model.__table__ and its name.
  InstanceObj *TableObj = H.make<InstanceObj>();
  TableObj->Class =
      dyn_cast_or_null<ClassObj>(E.lookupQualified("sqlalchemy.schema.Table"));
  TableObj->Attrs["name"] = {H.str(TI.Table.Name), C->Where};
  TableObj->Attrs["__schemac_table__"] = {H.integer(Info.Table), C->Where};
  if (TableObj->Class)
    C->Dict["__table__"] = {TableObj, C->Where};
}

ir::Schema DeclarativeAnalyzer::finish() {
  // registry.mapped classes, mapped when the decorator ran.
  for (ClassObj *C : Created)
    if (C->Dict.count("__schemac_registry__") && !mappedInfo(C))
      mapClass(C);
  // Indexes made outside any table: Index("ix", Model.column).
  for (InstanceObj *I : std::vector<InstanceObj *>(StandaloneIndexes)) {
    for (TableInfo &TI : Tables) {
      bool Owns = llvm::any_of(I->Rest, [&](Object *O) {
        return llvm::any_of(TI.ColumnObjects,
                            [&](auto &CO) { return CO.first == O; });
      });
      if (Owns) {
        addConstraint(TI, I, I->Where);
        break;
      }
    }
  }
  resolveRelationships();

  ir::Schema S;
  for (MappedInfo &M : Mapped) {
    ir::MappedClass MC;
    MC.Name = M.Class->QualName;
    const ir::Table &T = Tables[M.Table].Table;
    MC.Table = T.Name;
    MC.Schema = T.Schema;
    for (ClassObj *B : M.Class->Bases)
      if (B->QualName != "builtins.object")
        MC.Bases.push_back(B->QualName);
    if (M.Inherits)
      MC.Inherits = M.Inherits->QualName;
    MC.Inheritance = M.Inheritance;
    MC.PolymorphicIdentity = M.PolymorphicIdentity;
    MC.Relationships = M.Relationships;
    llvm::sort(MC.Relationships,
               [](auto &A, auto &B) { return A.Name < B.Name; });
    MC.Where = irLoc(M.Class->Where);
    Tables[M.Table].Table.Classes.push_back(MC.Name);
    S.Classes.push_back(std::move(MC));
  }
  // A column that names a foreign key and no type takes the type of the
  // column it references.
  for (TableInfo &TI : Tables)
    for (ir::Column &C : TI.Table.Columns) {
      if (!C.Type.Class.empty())
        continue;
      C.Type.Class = "NullType";
      C.Type.Opaque = true;
      for (ir::ForeignKey &FK : TI.Table.ForeignKeys) {
        if (FK.Columns.size() != 1 || FK.Columns[0] != C.Name)
          continue;
        for (TableInfo &Ref : Tables)
          if (Ref.Table.Name == FK.RefTable && Ref.Table.Schema == FK.RefSchema)
            if (const ir::Column *RC = Ref.Table.findColumn(FK.RefColumns[0]))
              C.Type = RC->Type;
      }
    }
  for (TableInfo &TI : Tables) {
    llvm::sort(TI.Table.Classes);
    S.Tables.push_back(std::move(TI.Table));
  }
  llvm::sort(S.Tables, [](const ir::Table &A, const ir::Table &B) {
    return std::make_pair(A.Schema.value_or(""), A.Name) <
           std::make_pair(B.Schema.value_or(""), B.Name);
  });
  llvm::sort(S.Classes, [](auto &A, auto &B) { return A.Name < B.Name; });
  return S;
}

} // namespace schemac::sema
