//===- SqlModel.cpp - SQLModel's fields as columns ------------------------===//
//
// SQLModel builds the columns of a `table=True` class from its pydantic
// fields: every annotated attribute of the class and its bases (bases
// first), typed by the annotation, with Field(...) options. The stub's
// _schemac_column() and _schemac_relationship() mirror sqlmodel.main; this
// file walks the fields and hands the results to the declarative mapping.
//
//===----------------------------------------------------------------------===//

#include "sema/Declarative.h"
#include "sema/MappedAnnotation.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"

namespace schemac::sema {

void DeclarativeAnalyzer::prepareSqlModel(ClassObj *C) {
  Object *MakeColumn = E.lookupQualified("sqlmodel.main._schemac_column");
  Object *MakeRelationship =
      E.lookupQualified("sqlmodel.main._schemac_relationship");
  Object *Undefined = E.lookupQualified("sqlmodel.main.Undefined");
  if (!MakeColumn || !MakeRelationship || !Undefined)
    return;
  llvm::StringSet<> Seen;
  for (ClassObj *Base : llvm::reverse(C->Mro)) {
    if (Base->IsStub)
      continue;
    for (auto &[Name, A] : Base->Annotations) {
      if (!Seen.insert(Name).second)
        continue;
      Object *Ann = E.evalAnnotation(A);
      auto *G = dyn_cast<GenericAliasObj>(Ann);
      auto *Form = G ? dyn_cast<InstanceObj>(G->Origin) : nullptr;
      auto *FormName =
          Form ? dyn_cast_or_null<StrObj>(Form->arg("name")) : nullptr;
      if (FormName && FormName->Value == "ClassVar")
        continue;
      const Binding *B = C->lookup(Name);
      Object *Value = B ? B->Value : Undefined;
      SrcLoc Where = B ? B->Where : A.Where;
      MappedAnnotation Type = analyzeTypeAnnotation(Ann);
      CallArgs Args;
      if (isA(Value, "sqlmodel.main.RelationshipInfo")) {
        Args.Positional = {Type.Target ? Type.Target : H.none(), Value};
        Object *Relationship = E.call(MakeRelationship, Args, Where);
        C->Dict[Name] = {Relationship, Where};
        continue;
      }
      // A mapping's field has the mapping's type, not its values'.
      Object *PythonType =
          Type.IsMapping ? Type.Candidates.back() : Type.Target;
      if (!isa_and_nonnull<ClassObj>(PythonType)) {
        auto *U = dyn_cast_or_null<UnknownObj>(PythonType);
        E.report(A.Where, DiagId::UnknownColumnType, Name,
                 U ? U->Reason : std::string("no SQL type for the annotation"));
        PythonType = H.none();
      }
      Args.Positional = {PythonType, H.boolean(Type.Optional), Value};
      Object *Column = E.call(MakeColumn, Args, Where);
      // A base's Field(sa_column=Column(...)) is one Column for every
      // table class under it: SQLModel on pydantic 1 deep-copies the field
      // for each, on pydantic 2 SQLAlchemy raises for the second table.
      if (const ColumnPlace *Owner = columnOwner(Column)) {
        E.report(Where, DiagId::SqlModelSharedColumn, Name,
                 Tables[Owner->Table].Table.qualifiedName());
        Column = unownedColumnCopy(cast<InstanceObj>(Column));
      }
      // Pydantic takes a field's default out of the class's namespace, and
      // SQLModel sets the fields' columns on the class in the fields'
      // order, inherited ones first: the order SQLAlchemy 2.0 scans them
      // in (1.4 sorts them by creation, the same order).
      llvm::StringRef Field = Name;
      C->Dict.remove_if([&](auto &KV) { return KV.first == Field; });
      C->Dict[Name] = {Column, Where};
    }
  }
}

} // namespace schemac::sema
