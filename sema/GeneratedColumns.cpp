//===- GeneratedColumns.cpp - Computed() and Identity() of a column -------===//
//
// A column whose values the database generates: Column(..., Computed(...))
// renders GENERATED ALWAYS AS (...), Column(..., Identity(...)) GENERATED
// ... AS IDENTITY. Read as SQLAlchemy's _set_parent() of each attaches it,
// with the combinations it rejects reported.
//
//===----------------------------------------------------------------------===//

#include "sema/Declarative.h"

#include "llvm/ADT/STLExtras.h"

#include <cmath>

namespace schemac::sema {

namespace {

/// An identity option's number as "%d" renders it: a bool as 0 or 1, a
/// float truncated.
std::optional<int64_t> optionNumber(Object *V) {
  if (auto *I = dyn_cast<IntObj>(V))
    return I->Value;
  if (auto *B = dyn_cast<BoolObj>(V))
    return B->Value;
  if (auto *F = dyn_cast<FloatObj>(V); F && std::isfinite(F->Value))
    return static_cast<int64_t>(F->Value);
  return std::nullopt;
}

} // namespace

void DeclarativeAnalyzer::readGeneratedColumn(
    ir::Column &C, llvm::ArrayRef<Object *> Items,
    llvm::ArrayRef<std::pair<llvm::StringRef, Object *>> Keywords,
    SrcLoc Where) {
  auto Given = [&](llvm::StringRef Name) -> Object * {
    for (const auto &[K, V] : Keywords)
      if (K == Name && !isa<NoneObj>(V))
        return V;
    return nullptr;
  };
  auto Conflict = [&](Object *At, llvm::StringRef Has,
                      llvm::StringRef Ignored) {
    E.report(projectPlace(At, Where), DiagId::ConflictingGeneratedColumn,
             C.Name, Has.str(), Ignored.str());
  };
  for (Object *Item : Items) {
    bool IsComputed = isA(Item, "sqlalchemy.schema.Computed");
    bool IsIdentity = isA(Item, "sqlalchemy.schema.Identity");
    if (!IsComputed && !IsIdentity)
      continue;
    llvm::StringRef Has = IsComputed ? "Computed()" : "Identity()";
    if (C.Generated) {
      Conflict(Item,
               C.Generated->Kind == ir::GeneratedColumn::Computed
                   ? "Computed()"
                   : "Identity()",
               Has);
      continue;
    }
    auto *I = cast<InstanceObj>(Item);
    ir::GeneratedColumn G;
    if (IsComputed) {
      G.Kind = ir::GeneratedColumn::Computed;
      G.SqlText = sqlTextOf(I->arg("sqltext"));
      if (G.SqlText.empty()) {
        E.report(projectPlace(Item, Where), DiagId::UnknownColumnValue,
                 "Computed() expression", C.Name,
                 describeUnknown(I->arg("sqltext")));
        continue;
      }
      if (auto *P = dyn_cast_or_null<BoolObj>(I->arg("persisted")))
        G.Persisted = P->Value;
    } else {
      G.Kind = ir::GeneratedColumn::Identity;
      G.Always = truthValue(I->arg("always")) == 1;
      // SQLAlchemy's get_identity_options(), in its order.
      static constexpr std::pair<llvm::StringLiteral, llvm::StringLiteral>
          Numbers[] = {{"increment", "INCREMENT BY "},
                       {"start", "START WITH "},
                       {"minvalue", "MINVALUE "},
                       {"maxvalue", "MAXVALUE "}};
      auto Option = [&](llvm::StringRef Name) -> Object * {
        Object *V = I->arg(Name);
        return V && !isa<NoneObj>(V) ? V : nullptr;
      };
      auto Number = [&](llvm::StringRef Name, llvm::StringRef Text) {
        Object *V = Option(Name);
        if (!V)
          return;
        if (std::optional<int64_t> N = optionNumber(V))
          G.Options.push_back(Text.str() + std::to_string(*N));
        else
          E.report(projectPlace(V, Where), DiagId::UnknownColumnValue,
                   "Identity(" + Name.str() + "=)", C.Name, describeUnknown(V));
      };
      for (const auto &[Name, Text] : Numbers)
        Number(Name, Text);
      if (Option("nominvalue"))
        G.Options.push_back("NO MINVALUE");
      if (Option("nomaxvalue"))
        G.Options.push_back("NO MAXVALUE");
      Number("cache", "CACHE ");
      if (Object *V = Option("order"))
        G.Options.push_back(truthValue(V) == 1 ? "ORDER" : "NO ORDER");
      if (Object *V = Option("cycle"))
        G.Options.push_back(truthValue(V) == 1 ? "CYCLE" : "NO CYCLE");
    }
    C.Generated = std::make_shared<const ir::GeneratedColumn>(std::move(G));
    // Column(server_default=...) is the column's before its items attach.
    for (llvm::StringRef Keyword : {"server_default", "server_onupdate"})
      if (Object *V = Given(Keyword)) {
        Conflict(V, Has, Keyword.str() + "=");
        if (Keyword == "server_default")
          C.ServerDefaultValue.reset();
      }
    if (IsIdentity && C.Autoincrement == false) {
      Conflict(Item, Has, "autoincrement=False");
      C.Autoincrement.reset();
    }
  }
}

} // namespace schemac::sema
