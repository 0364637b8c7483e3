//===- MetadataTables.cpp - MetaData.tables and Table.to_metadata() ------===//
//
// What code reads of a MetaData's tables (`__table__ =
// Base.metadata.tables["users"]`) and the copies Table.to_metadata() makes
// in another MetaData: tables of that MetaData like any other, so that none
// is left out without a word. And what it reads of their columns (a
// history table made of another's: Column(c.name, c.type) for c in t.c).
//
//===----------------------------------------------------------------------===//

#include "sema/Declarative.h"

#include "ir/TableOrder.h"

#include "llvm/ADT/StringExtras.h"

namespace schemac::sema {

Object *DeclarativeAnalyzer::registryClasses(Object *Registry, SrcLoc Where) {
  if (!isA(Registry, "sqlalchemy.orm.registry"))
    return nullptr;
  // A snapshot, no one module's; reading a class reads its module.
  Heap::OwnerScope NoModule(H, DeclarativeOwner);
  SequenceObj *Classes = H.make<SequenceObj>(ObjKind::List);
  Classes->Where = Where;
  for (const MappedInfo &M : Mapped)
    if (registryKeyOf(M.Class) == Registry) {
      Classes->Elements.push_back(M.Class);
      E.noteUse(M.Class->Owner, "", "");
    }
  return Classes;
}

Object *DeclarativeAnalyzer::tablesOf(Object *Metadata, bool Sorted,
                                      SrcLoc Where) {
  auto *MD = dyn_cast_or_null<InstanceObj>(Metadata);
  if (!isA(MD, "sqlalchemy.schema.MetaData"))
    return nullptr;
  TablesView &V = TablesViews[MD];
  if (!V.View || V.TableCount != Tables.size()) {
    // Snapshots, which are no one module's: SQLAlchemy's are read-only,
    // and the code reads them after the tables they hold are made.
    Heap::OwnerScope NoModule(H, DeclarativeOwner);
    V = TablesView();
    V.TableCount = Tables.size();
    V.View = H.make<DictObj>();
    for (size_t I = 0; I < Tables.size(); ++I) {
      if (Tables[I].Metadata != MD)
        continue;
      V.Held.push_back(static_cast<int>(I));
      V.View->Items.emplace_back(H.str(Tables[I].Table.qualifiedName(), Where),
                                 tableObject(static_cast<int>(I), Where));
      if (!llvm::is_contained(V.Owners, Tables[I].Owner))
        V.Owners.push_back(Tables[I].Owner);
    }
  }
  // Another module's table: reading it reads that module.
  for (uint16_t Owner : V.Owners)
    E.noteUse(Owner, "", "");
  if (!Sorted)
    return V.View;
  // sort_tables() over the tables sorted by key, as the DDL orders them. A
  // foreign key that names no schema refers to a table of the MetaData's.
  std::optional<std::string> DefaultSchema = strArg(MD, "schema");
  std::vector<ir::Table> Keys(V.Held.size());
  std::vector<const ir::Table *> Sortable;
  for (size_t K = 0; K < V.Held.size(); ++K) {
    const ir::Table &T = Tables[V.Held[K]].Table;
    Keys[K].Name = T.Name;
    Keys[K].Schema = T.Schema;
    Keys[K].ForeignKeys = T.ForeignKeys;
    for (ir::ForeignKey &FK : Keys[K].ForeignKeys)
      if (!FK.RefSchema)
        FK.RefSchema = DefaultSchema;
    Sortable.push_back(&Keys[K]);
  }
  auto *L = H.make<SequenceObj>(ObjKind::List);
  for (size_t K : ir::sortTables(Sortable).Tables)
    L->Elements.push_back(tableObject(V.Held[K], Where));
  return L;
}

Object *DeclarativeAnalyzer::copyTable(CallArgs &Args, SrcLoc Where) {
  // (table, metadata, schema, referred_schema_fn, name), as the stub passes
  // them.
  auto Arg = [&](size_t I) {
    return I < Args.Positional.size() ? Args.Positional[I] : nullptr;
  };
  auto *Source = dyn_cast_or_null<InstanceObj>(Arg(0));
  auto *SourceIndex = Source
                          ? dyn_cast_or_null<IntObj>(
                                Source->Attrs.lookup("__schemac_table__").Value)
                          : nullptr;
  auto *MD = dyn_cast_or_null<InstanceObj>(Arg(1));
  Object *SchemaArg = Arg(2), *NameArg = Arg(4);
  std::string Unknown;
  if (!SourceIndex)
    Unknown = "the table: " + describeUnknown(Arg(0));
  else if (!isA(MD, "sqlalchemy.schema.MetaData"))
    Unknown = "the MetaData: " + describeUnknown(Arg(1));
  else if (!isa_and_nonnull<NoneObj, StrObj>(NameArg))
    Unknown = "name=: " + describeUnknown(NameArg);
  else if (!isa_and_nonnull<NoneObj, StrObj>(SchemaArg) &&
           !isA(SchemaArg, "sqlalchemy.schema._SchemaSymbol"))
    Unknown = "schema=: " + describeUnknown(SchemaArg);
  if (!Unknown.empty()) {
    diagnose(Where, DiagId::UnknownTableCopy, Unknown);
    return nullptr;
  }
  int FromIndex = static_cast<int>(SourceIndex->Value);
  const ir::Table &Original = Tables[FromIndex].Table;
  // Read from another module's evaluation: that module's table.
  E.noteUse(Tables[FromIndex].Owner, "", "");
  std::string Name =
      isa<StrObj>(NameArg) ? cast<StrObj>(NameArg)->Value : Original.Name;
  // RETAIN_SCHEMA: the table's own; None: the MetaData's; BLANK_SCHEMA:
  // none.
  std::optional<std::string> MetadataSchema = strArg(MD, "schema");
  std::optional<std::string> Schema = Original.Schema;
  if (std::optional<std::string> Given = schemaArg(SchemaArg))
    Schema = Given->empty() ? std::nullopt : Given;
  else if (isa<NoneObj>(SchemaArg))
    Schema = MetadataSchema;
  // A table the MetaData has of the key is what SQLAlchemy gives back,
  // copying nothing. Without a schema, a table is in the MetaData's.
  for (int Existing : TablesByName.lookup(Name))
    if (Tables[Existing].Metadata == MD &&
        Tables[Existing].Table.Schema == (Schema ? Schema : MetadataSchema))
      return tableObject(Existing, Where);
  ir::Table T = Original;
  T.Name = Name;
  T.Schema = Schema;
  T.Classes.clear();
  T.Where = irLoc(Where);
  // No class maps the copy.
  for (ir::Column &C : T.Columns)
    C.Attribute.clear();
  // Foreign keys to the table's own schema follow it to the new one; one
  // that names no schema then finds its table in the MetaData's.
  bool ReferredSchemaFn = Arg(3) && !isa<NoneObj>(Arg(3));
  for (ir::ForeignKey &FK : T.ForeignKeys) {
    if (FK.RefSchema == Original.Schema)
      FK.RefSchema = Schema;
    if (!FK.RefSchema)
      FK.RefSchema = MetadataSchema;
  }
  TableRedefinition Options;
  int Index = addTable(std::move(T), MD, Options, Where);
  TableInfo &Copy = Tables[Index];
  const TableInfo &From = Tables[FromIndex];
  Copy.Declarative = From.Declarative;
  Copy.PrimaryKeyGiven = From.PrimaryKeyGiven;
  Copy.OrderKey = From.OrderKey;
  Copy.SortOrder = From.SortOrder;
  Copy.FallbackTypes = From.FallbackTypes;
  Copy.KeyToName = From.KeyToName;
  Copy.ColumnsUnknown = From.ColumnsUnknown;
  // What a column's unique=True or index=True makes is made anew in the
  // copy, named by the new MetaData's convention, as the analysis names all
  // of the copy's. The other constraints keep the names the original's
  // convention gave them: the same only under its name and convention.
  const auto &Convention = From.Table.Naming;
  llvm::SmallVector<llvm::StringRef, 2> Inexact;
  if (Convention && !Convention->empty() &&
      (Name != From.Table.Name || !Copy.Table.Naming ||
       *Copy.Table.Naming != *Convention))
    Inexact.push_back("the names its naming convention gives constraints are "
                      "computed for the copy");
  if (ReferredSchemaFn)
    Inexact.push_back(
        "referred_schema_fn is not run; its foreign keys follow the "
        "default rule");
  if (!Inexact.empty())
    E.report(Where, DiagId::TableCopyInexact, From.Table.qualifiedName(),
             llvm::join(Inexact, "; "));
  // The copy's columns are new Column objects, which the analysis does not
  // make: what reads them gets no value (and says so), rather than none.
  Copy.IsCopy = true;
  return tableObject(Index, Where);
}

Object *DeclarativeAnalyzer::columnAttribute(InstanceObj *Column,
                                             llvm::StringRef Name) {
  // Column(name?, type?, *schema_items, name=, key=, type_=), as addColumn
  // reads it.
  Object *GivenName = Column->arg("name"), *GivenType = Column->arg("type_");
  for (Object *A : Column->Rest) {
    if (isa<StrObj>(A) && !GivenName && !GivenType)
      GivenName = A;
    else if (!GivenType && !isA(A, "sqlalchemy.schema.SchemaItem"))
      GivenType = A;
    else
      break;
  }
  const ColumnPlace *Place = columnOwner(Column);
  if (Name == "type")
    return GivenType;
  if (Name == "name")
    return Place ? H.str(Place->Name.str())
                 : dyn_cast_or_null<StrObj>(GivenName);
  if (Name != "key")
    return nullptr;
  if (auto *Key = dyn_cast_or_null<StrObj>(Column->arg("key")))
    return Key;
  // Its table's key for it (a declarative attribute's name).
  if (Place)
    for (auto &[Key, ColumnName] : Tables[Place->Table].KeyToName)
      if (ColumnName == Place->Name)
        return H.str(Key.str());
  return dyn_cast_or_null<StrObj>(GivenName);
}

} // namespace schemac::sema
