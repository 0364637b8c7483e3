//===- IndexOptions.cpp - An index's options for each dialect's DDL -------===//
//
// Index(postgresql_using="gin", postgresql_where=..., mysql_length=...,
// sqlite_where=...): the options the DDL compilers of the three dialects
// read, as ir::Index::DialectOptions, each with its value as the DDL writes
// it. An option a dialect does not have, which SQLAlchemy rejects, and a
// value the analysis cannot see are reported.
//
//===----------------------------------------------------------------------===//

#include "sema/Declarative.h"

namespace schemac::sema {

void DeclarativeAnalyzer::readIndexOptions(const TableInfo &TI, InstanceObj *I,
                                           ir::Index &X, SrcLoc At) {
  std::string IndexName = X.Name ? *X.Name : "?";
  // What the DDL compilers read (PGDDLCompiler, MySQLDDLCompiler and
  // SQLiteDDLCompiler.visit_create_index); other dialects' are not emitted.
  // The options whose value is text, and the others.
  static constexpr llvm::StringLiteral Text[] = {
      "postgresql_using", "postgresql_tablespace", "mysql_prefix",
      "mysql_using", "mysql_with_parser"};
  static constexpr llvm::StringLiteral Other[] = {
      "postgresql_where",        "sqlite_where",
      "postgresql_concurrently", "postgresql_nulls_not_distinct",
      "postgresql_ops",          "postgresql_with",
      "postgresql_include",      "mysql_length"};
  for (auto &[KeywordText, V] : I->RestKeywords) {
    llvm::StringRef Keyword = KeywordText;
    if (!Keyword.starts_with("postgresql_") && !Keyword.starts_with("mysql_") &&
        !Keyword.starts_with("sqlite_"))
      continue;
    if (!llvm::is_contained(Text, Keyword) &&
        !llvm::is_contained(Other, Keyword)) {
      E.report(At, DiagId::UnknownIndexOption, Keyword,
               Keyword.split('_').first);
      continue;
    }
    if (isa<NoneObj>(V))
      continue;
    auto Unknown = [&](Object *Value) {
      E.report(At, DiagId::UnevaluatedIndexOption, Keyword, IndexName,
               describeUnknown(Value));
    };
    if (llvm::is_contained(Text, Keyword)) {
      if (auto *S = dyn_cast<StrObj>(V))
        X.DialectOptions.emplace_back(Keyword, S->Value);
      else
        Unknown(V);
    } else if (Keyword.ends_with("_where")) {
      // PostgreSQL's compiler coerces a str to text(); SQLite's does not.
      if (Keyword == "sqlite_where" && isa<StrObj>(V)) {
        E.report(At, DiagId::StringIndexWhere, IndexName);
        continue;
      }
      std::string Sql = sqlTextOf(V);
      if (Sql.empty())
        Unknown(V);
      else
        X.DialectOptions.emplace_back(Keyword, std::move(Sql));
    } else if (Keyword == "postgresql_nulls_not_distinct") {
      // `is True` / `is False`: NULLS [NOT] DISTINCT; any other value,
      // nothing.
      if (auto *B = dyn_cast<BoolObj>(V))
        X.DialectOptions.emplace_back(Keyword, B->Value ? "True" : "False");
      else if (isa<UnknownObj>(V))
        Unknown(V);
    } else if (Keyword == "postgresql_concurrently") {
      int T = truthValue(V);
      if (T < 0)
        Unknown(V);
      else if (T == 1)
        X.DialectOptions.emplace_back(Keyword, "True");
    } else if (Keyword == "postgresql_include") {
      std::vector<Object *> Items;
      if (!E.iterate(V, Items)) {
        Unknown(V);
        continue;
      }
      for (Object *Item : Items) {
        std::string Name = columnNameOf(Item, At, &TI);
        if (!Name.empty())
          X.DialectOptions.emplace_back(Keyword, std::move(Name));
      }
    } else if (auto *D = dyn_cast<DictObj>(V)) {
      // postgresql_ops by column key (which names the column here),
      // postgresql_with by storage parameter, mysql_length by column name.
      for (auto &[K, Value] : D->Items) {
        auto *Key = dyn_cast<StrObj>(K);
        std::optional<std::string> Plain = plainTextOf(Value);
        if (!Key || !Plain ||
            (Keyword == "mysql_length" && !isa<IntObj>(Value))) {
          Unknown(Key ? Value : K);
          continue;
        }
        std::string Entry = Key->Value;
        // postgresql_ops matches an entry's column by key: a name whose
        // column has another key matches none.
        if (Keyword == "postgresql_ops") {
          if (const llvm::StringRef *Name = TI.KeyToName.find(Entry))
            Entry = Name->str();
          else if (llvm::any_of(TI.KeyToName, [&](const auto &KV) {
                     return KV.second == Entry;
                   }))
            continue;
        }
        X.DialectOptions.emplace_back(Keyword.str() + "[" + Entry + "]",
                                      *Plain);
      }
    } else if (Keyword == "mysql_length" && isa<IntObj>(V)) {
      X.DialectOptions.emplace_back(Keyword, *plainTextOf(V));
    } else {
      Unknown(V);
    }
  }
}

} // namespace schemac::sema
