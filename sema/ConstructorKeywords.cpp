//===- ConstructorKeywords.cpp - Keywords SQLAlchemy rejects --------------===//
//
// Column(nulable=False) does not make a NOT NULL column: SQLAlchemy raises
// TypeError when the module is imported. The stubs take such constructors'
// keywords as **kwargs (what the analysis reads of them it looks up by
// name), so a misspelt one would pass silently; this is where it is said.
//
//===----------------------------------------------------------------------===//

#include "sema/Declarative.h"

#include "llvm/ADT/StringSwitch.h"

#include <algorithm>

namespace schemac::sema {

namespace {

// The keyword parameters of SQLAlchemy 1.4's and 2.0's constructors, beyond
// those the stubs bind by name; sorted.
constexpr llvm::StringLiteral ColumnKeywords[] = {"_omit_from_statements",
                                                  "_proxies",
                                                  "autoincrement",
                                                  "comment",
                                                  "default",
                                                  "doc",
                                                  "index",
                                                  "info",
                                                  "insert_default",
                                                  "insert_sentinel",
                                                  "key",
                                                  "name",
                                                  "nullable",
                                                  "onupdate",
                                                  "primary_key",
                                                  "quote",
                                                  "server_default",
                                                  "server_onupdate",
                                                  "system",
                                                  "type_",
                                                  "unique"};

// mapped_column()'s own, in addition to Column's.
constexpr llvm::StringLiteral MappedColumnKeywords[] = {"active_history",
                                                        "compare",
                                                        "dataclass_metadata",
                                                        "default_factory",
                                                        "deferred",
                                                        "deferred_group",
                                                        "deferred_raiseload",
                                                        "hash",
                                                        "init",
                                                        "kw_only",
                                                        "repr",
                                                        "sort_order",
                                                        "use_existing_column"};

constexpr llvm::StringLiteral TableKeywords[] = {
    "_extend_on", "autoload",        "autoload_replace",   "autoload_with",
    "comment",    "extend_existing", "implicit_returning", "include_columns",
    "info",       "keep_existing",   "listeners",          "must_exist",
    "prefixes",   "quote",           "quote_schema",       "resolve_fks",
    "schema"};

// relationship() and RelationshipProperty, beyond argument and secondary.
constexpr llvm::StringLiteral RelationshipKeywords[] = {"active_history",
                                                        "back_populates",
                                                        "backref",
                                                        "bake_queries",
                                                        "cascade",
                                                        "cascade_backrefs",
                                                        "collection_class",
                                                        "comparator_factory",
                                                        "compare",
                                                        "dataclass_metadata",
                                                        "default",
                                                        "default_factory",
                                                        "distinct_target_key",
                                                        "doc",
                                                        "enable_typechecks",
                                                        "foreign_keys",
                                                        "hash",
                                                        "info",
                                                        "init",
                                                        "innerjoin",
                                                        "join_depth",
                                                        "kw_only",
                                                        "lazy",
                                                        "load_on_pending",
                                                        "omit_join",
                                                        "order_by",
                                                        "overlaps",
                                                        "passive_deletes",
                                                        "passive_updates",
                                                        "post_update",
                                                        "primaryjoin",
                                                        "query_class",
                                                        "remote_side",
                                                        "repr",
                                                        "secondaryjoin",
                                                        "single_parent",
                                                        "sync_backref",
                                                        "uselist",
                                                        "viewonly"};

// The dialects SQLAlchemy ships (1.4 and 2.0, with MariaDB's name), and
// third-party ones whose options models use: a keyword of another prefix
// is most likely a misspelt argument.
constexpr llvm::StringLiteral DialectNames[] = {
    "bigquery", "clickhouse", "cockroachdb", "databricks", "db2",     "duckdb",
    "firebird", "hana",       "ibm",         "mariadb",    "mssql",   "mysql",
    "oracle",   "postgresql", "redshift",    "snowflake",  "spanner", "sqlite",
    "sybase",   "teradata",   "trino",       "vertica"};

bool contains(llvm::ArrayRef<llvm::StringLiteral> Sorted, llvm::StringRef K) {
  auto It = std::lower_bound(
      Sorted.begin(), Sorted.end(), K,
      [](llvm::StringRef A, llvm::StringRef B) { return A < B; });
  return It != Sorted.end() && *It == K;
}

/// DialectKWArgs._validate_dialect_kwargs: a keyword the constructor does
/// not name must be <dialect>_<argument> (TypeError); of a dialect not
/// installed, it gets a warning. The dialect's name, or "" for a keyword
/// not so shaped.
llvm::StringRef dialectOf(llvm::StringRef K) {
  size_t Underscore = K.find('_', 1);
  if (Underscore == llvm::StringRef::npos || Underscore + 1 == K.size())
    return "";
  return K.take_front(Underscore);
}

} // namespace

void DeclarativeAnalyzer::checkKeywords(InstanceObj *I) {
  if (I->RestKeywords.empty())
    return;
  enum {
    None,
    Column,
    MappedColumn,
    Table,
    Relationship,
    DialectOnly,
    // Constructors with no **kwargs, whose stubs have SQLAlchemy's
    // signature: a keyword is left over only where the call did not bind.
    Signature
  } Kind =
      llvm::StringSwitch<decltype(None)>(I->Class->QualName)
          .Case("sqlalchemy.schema.Column", Column)
          .Case("sqlalchemy.orm.MappedColumn", MappedColumn)
          .Case("sqlalchemy.schema.Table", Table)
          .Case("sqlalchemy.orm.Relationship", Relationship)
          .Cases("sqlalchemy.schema.ForeignKey", "sqlalchemy.schema.Index",
                 "sqlalchemy.schema.PrimaryKeyConstraint",
                 "sqlalchemy.schema.UniqueConstraint",
                 "sqlalchemy.schema.CheckConstraint",
                 "sqlalchemy.schema.ForeignKeyConstraint", DialectOnly)
          .Cases("sqlalchemy.schema.Computed", "sqlalchemy.schema.Identity",
                 "sqlalchemy.schema.Sequence", Signature)
          .Default(None);
  if (Kind == None)
    return;
  std::string Callee = Kind == MappedColumn   ? "mapped_column"
                       : Kind == Relationship ? "relationship"
                                              : I->Class->Name;
  // mapped_column() and relationship() make theirs in the stubs.
  SrcLoc Where =
      I->Where.Unit && !I->Where.Unit->IsStub ? I->Where : E.projectCallSite();
  for (const auto &[Keyword, Value] : I->RestKeywords) {
    bool Known = Kind == Column || Kind == MappedColumn
                     ? contains(ColumnKeywords, Keyword)
                 : Kind == Table ? contains(TableKeywords, Keyword)
                 : Kind == Relationship
                     ? contains(RelationshipKeywords, Keyword)
                     : false;
    if (Kind == MappedColumn)
      Known |= contains(MappedColumnKeywords, Keyword);
    if (Kind == Signature)
      if (const Binding *Init = I->Class->lookup("__init__"))
        if (auto *F = dyn_cast<FunctionObj>(Init->Value))
          Known = llvm::is_contained(F->ParamNames, Keyword);
    if (Known)
      continue;
    llvm::StringRef Dialect =
        Kind == Relationship || Kind == Signature ? "" : dialectOf(Keyword);
    if (!Dialect.empty()) {
      if (!contains(DialectNames, Dialect))
        E.report(Where, DiagId::UnknownDialectKeyword, Callee, Keyword,
                 Dialect);
      continue;
    }
    E.report(Where, DiagId::UnexpectedKeyword, Callee, Keyword,
             Kind == Relationship || Kind == Signature
                 ? ""
                 : " (other arguments are named <dialect>_<argument>)");
  }
}

} // namespace schemac::sema
