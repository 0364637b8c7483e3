//===- ColumnAttributeSets.cpp - Column attributes set after the fact -----===//
//
// Module code may change a column once its table has it:
// `users.c.bio.type = Text()`, `Model.__table__.c.name.nullable = False`.
// SQLAlchemy's DDL reads the Column's attributes when it runs, so what is set
// there is in the schema. The analysis applies what it can model, the type,
// nullability and comment, and says where it cannot, rather than keep the
// column as it was built.
//
// `Model.column.nullable = False` is another matter: once the class is
// mapped, `Model.column` is SQLAlchemy's InstrumentedAttribute, not the
// Column, and the set never reaches the table.
//
//===----------------------------------------------------------------------===//

#include "sema/Declarative.h"
#include "sema/MappedAnnotation.h"

namespace schemac::sema {

// The attributes of Column that its table's DDL reads; others (info, doc, a
// Column subclass's own) change no schema.
static constexpr llvm::StringLiteral SchemaAttributes[] = {"name",
                                                           "key",
                                                           "type",
                                                           "nullable",
                                                           "primary_key",
                                                           "unique",
                                                           "index",
                                                           "default",
                                                           "server_default",
                                                           "onupdate",
                                                           "server_onupdate",
                                                           "autoincrement",
                                                           "comment",
                                                           "computed",
                                                           "identity",
                                                           "system",
                                                           "constraints",
                                                           "foreign_keys"};

void DeclarativeAnalyzer::columnAttributeSet(InstanceObj *Column,
                                             llvm::StringRef Name,
                                             Object *Value, SrcLoc Where) {
  if (!Where.Unit || Where.Unit->IsStub || !isColumnObject(Column) ||
      !llvm::is_contained(SchemaAttributes, Name))
    return;
  const ColumnPlace *Place = columnOwner(Column);
  if (!Place) {
    E.report(Where, DiagId::ColumnAttributeSetNotModelled, Name,
             "a column before it joins a table");
    return;
  }
  TableInfo &TI = Tables[Place->Table];
  // An edit's analysis, which runs only some modules, cannot tell which ran
  // last: like appending to a table, this is the whole analysis's to do.
  AppendingOwners.insert(H.owner());
  AppendingOwners.insert(TI.TableObject ? TI.TableObject->Owner
                                        : Column->Owner);
  ir::Column *Col = nullptr;
  for (ir::Column &C : TI.Table.Columns)
    if (C.Name == Place->Name)
      Col = &C;
  std::string Described =
      "column '" + TI.Table.qualifiedName() + "." + Place->Name.str() + "'";
  if (!Col) {
    E.report(Where, DiagId::ColumnAttributeSetNotModelled, Name, Described);
    return;
  }
  if (Name == "nullable") {
    if (int Truth = truthValue(Value); Truth >= 0) {
      Col->Nullable = Truth == 1;
      return;
    }
  } else if (Name == "comment") {
    if (auto *S = dyn_cast<StrObj>(Value)) {
      Col->Comment = S->Value;
      return;
    }
    if (isa<NoneObj>(Value)) {
      Col->Comment.reset();
      return;
    }
  } else if (Name == "type") {
    // A SchemaType (Enum, Boolean) set this way does not attach to the
    // table: SQLAlchemy creates no type or CHECK for it, which the
    // analysis does not model.
    if (isa<InstanceObj>(Value) && isA(Value, "sqlalchemy.types.TypeEngine") &&
        !isA(Value, "sqlalchemy.types.SchemaType") &&
        !isA(Value, "sqlalchemy.types.Enum") &&
        !isA(Value, "sqlalchemy.types.Boolean")) {
      Col->Type = columnType(TI, Value, MappedAnnotation(),
                             /*HasForeignKey=*/false, Col->Name, Where);
      return;
    }
  }
  E.report(Where, DiagId::ColumnAttributeSetNotModelled, Name, Described);
}

bool DeclarativeAnalyzer::mappedAttributeSet(ClassObj *C,
                                             llvm::StringRef Attribute,
                                             InstanceObj *Column,
                                             llvm::StringRef Name,
                                             SrcLoc Where) {
  if (!C->IsMapped || !isColumnObject(Column))
    return false;
  const ColumnPlace *Place = columnOwner(Column);
  if (!Place)
    return false;
  if (Where.Unit && !Where.Unit->IsStub &&
      llvm::is_contained(SchemaAttributes, Name)) {
    // QueryableAttribute has __slots__ under 2.0, `key` among them.
    llvm::StringRef Outcome =
        Version == "1.4" || Name == "key"
            ? "sets it on that object and leaves the column as it is"
        : Version == "2.0"
            ? "raises AttributeError (the object has no attribute of the "
              "name)"
            : "leaves the column as it is under SQLAlchemy 1.4 and raises "
              "AttributeError under 2.0";
    E.report(Where, DiagId::MappedAttributeSet, C->Name, Attribute, Name,
             Outcome, Place->Name);
  }
  return true;
}

} // namespace schemac::sema
