//===- RelationshipStrings.cpp - names relationship() strings read -------===//
//
// SQLAlchemy evaluates relationship()'s string arguments (secondary=,
// primaryjoin=, order_by=, foreign_keys=, ...) as the mappers configure,
// against the registry's classes, the MetaData's tables and the sqlalchemy
// namespace (orm/clsregistry.py). A misspelt name there passes review as a
// string and raises at the application's first query: each is reported
// where the relationship is written, once every relationship and backref
// is known.
//
//===----------------------------------------------------------------------===//

#include "sema/Declarative.h"

#include "parser/AstVisit.h"

#include "llvm/ADT/STLExtras.h"

namespace schemac::sema {

/// The arguments _process_dependent_arguments resolves when they are
/// strings.
static constexpr llvm::StringLiteral StringArguments[] = {
    "secondary", "primaryjoin",  "secondaryjoin",
    "order_by",  "foreign_keys", "remote_side"};

DeclarativeAnalyzer::RegistryName DeclarativeAnalyzer::resolveRegistryName(
    llvm::StringRef Name, const MappedInfo &Owner, SrcLoc Where) {
  std::string Unused;
  if (ClassObj *C =
          resolveClassReference(H.str(Name.str()), Owner.Class, Where, Unused))
    return {C, -1};
  InstanceObj *Metadata =
      Owner.Table >= 0 ? Tables[Owner.Table].Metadata : nullptr;
  for (int TI : TablesByName.lookup(Name))
    if (Tables[TI].Metadata == Metadata && !Tables[TI].Table.Schema &&
        Tables[TI].TableObject)
      return {Tables[TI].TableObject, TI};
  return {E.lookupQualified(
              ((Name == "foreign" || Name == "remote" ? "sqlalchemy.orm."
                                                      : "sqlalchemy.") +
               Name)
                  .str()),
          -1};
}

/// Whether \p Name is something the resolver finds that the analysis does
/// not model as an object: a builtin, a schema of the MetaData's tables, the
/// first part of a mapped class's module path.
bool DeclarativeAnalyzer::resolverKnowsName(llvm::StringRef Name,
                                            const MappedInfo &Owner) {
  if (E.lookupQualified(("builtins." + Name).str()))
    return true;
  InstanceObj *Metadata =
      Owner.Table >= 0 ? Tables[Owner.Table].Metadata : nullptr;
  for (const TableInfo &TI : Tables)
    if (TI.Metadata == Metadata && TI.Table.Schema && *TI.Table.Schema == Name)
      return true;
  for (const MappedInfo &M : Mapped) {
    auto Module = M.Class->Dict.find("__module__");
    if (Module == M.Class->Dict.end())
      continue;
    if (auto *S = dyn_cast<StrObj>(Module->second.Value);
        S && llvm::StringRef(S->Value).split('.').first == Name)
      return true;
  }
  return false;
}

void DeclarativeAnalyzer::checkRelationshipStrings(const MappedInfo &Owner,
                                                   InstanceObj *Options,
                                                   llvm::StringRef Name,
                                                   SrcLoc Where) {
  for (llvm::StringRef Keyword : StringArguments) {
    auto *Text = dyn_cast_or_null<StrObj>(Options->arg(Keyword));
    if (!Text)
      continue;
    const ast::Expression *Expr = parseRelationshipString(Keyword, Text, Where);
    if (!Expr)
      continue;
    llvm::SmallVector<const ast::Name *, 4> Callees;
    ast::forEachNode(Expr, [&](const ast::Node *N) {
      if (auto *Call = dyn_cast<ast::Call>(N))
        if (auto *Callee = dyn_cast<ast::Name>(Call->func))
          Callees.push_back(Callee);
      return true;
    });
    std::vector<std::string> Said;
    auto Report = [&](DiagId Id, const std::string &What,
                      llvm::StringRef Owned) {
      if (llvm::is_contained(Said, What))
        return;
      Said.push_back(What);
      E.report(Where, Id, Name.str(), Owner.Class->Name, Keyword, Text->Value,
               What, Owned);
    };
    ast::forEachNode(Expr, [&](const ast::Node *N) {
      // A name: a class, a table, a name of sqlalchemy. What is called
      // (desc(), func.lower()) may be a function the stubs leave out.
      if (auto *Ref = dyn_cast<ast::Name>(N)) {
        if (llvm::is_contained(Callees, Ref))
          return true;
        if (!resolveRegistryName(Ref->id, Owner, Where).Value &&
            !resolverKnowsName(Ref->id, Owner))
          Report(DiagId::RelationshipStringName, Ref->id.str(), "");
        return true;
      }
      auto *A = dyn_cast<ast::Attribute>(N);
      if (!A)
        return true;
      // Class.attr: a mapped class's attribute, a relationship or backref
      // included.
      if (auto *Base = dyn_cast<ast::Name>(A->value)) {
        RegistryName R = resolveRegistryName(Base->id, Owner, Where);
        auto *C = dyn_cast_or_null<ClassObj>(R.Value);
        const MappedInfo *M = C ? mappedInfo(C) : nullptr;
        if (!M || !directionKnown(*M, *M))
          return true;
        // _GetColumns takes the mapper's columns (and descriptors such as
        // hybrids); a relationship, backrefs included, it refuses.
        if (relationshipOwner(*M, A->attr))
          Report(DiagId::RelationshipStringReadsRelationship,
                 (Base->id + "." + A->attr).str(), C->Name);
        else if (!C->lookup(A->attr) && !hasMappedProperty(*M, A->attr))
          Report(DiagId::RelationshipStringAttribute,
                 (Base->id + "." + A->attr).str(), C->Name);
        return true;
      }
      // table.c.column: a column of a table of the MetaData.
      auto *Columns = dyn_cast<ast::Attribute>(A->value);
      auto *Table = Columns ? dyn_cast<ast::Name>(Columns->value) : nullptr;
      if (Table && (Columns->attr == "c" || Columns->attr == "columns")) {
        RegistryName R = resolveRegistryName(Table->id, Owner, Where);
        if (R.Table >= 0 && !Tables[R.Table].ColumnsUnknown &&
            !Tables[R.Table].KeyToName.find(A->attr))
          Report(DiagId::RelationshipStringAttribute,
                 (Table->id + "." + Columns->attr + "." + A->attr).str(),
                 Tables[R.Table].Table.Name);
      }
      return true;
    });
  }
}

} // namespace schemac::sema
