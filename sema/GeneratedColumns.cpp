//===- GeneratedColumns.cpp - Values the database generates ---------------===//
//
// A column whose values the database generates: Column(..., Computed(...))
// renders GENERATED ALWAYS AS (...), Column(..., Identity(...)) GENERATED
// ... AS IDENTITY, and a Sequence default makes CREATE SEQUENCE. Read as
// SQLAlchemy's _set_parent() of each attaches it, with the combinations it
// rejects reported; and the sequences made with metadata= alone.
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

std::vector<std::string>
DeclarativeAnalyzer::identityOptions(InstanceObj *I, llvm::StringRef ColumnName,
                                     SrcLoc Where, bool *HasStart) {
  std::vector<std::string> Options;
  auto Option = [&](llvm::StringRef Name) -> Object * {
    Object *V = I->arg(Name);
    return V && !isa<NoneObj>(V) ? V : nullptr;
  };
  auto Number = [&](llvm::StringRef Name, llvm::StringRef Text) {
    Object *V = Option(Name);
    if (!V)
      return;
    if (std::optional<int64_t> N = optionNumber(V))
      Options.push_back(Text.str() + std::to_string(*N));
    else
      E.report(projectPlace(V, Where), DiagId::UnknownColumnValue,
               I->Class->Name + "(" + Name.str() + "=)", ColumnName.str(),
               describeUnknown(V));
  };
  // SQLAlchemy's get_identity_options(), in its order.
  Number("increment", "INCREMENT BY ");
  Number("start", "START WITH ");
  if (HasStart)
    *HasStart = Option("start") != nullptr;
  Number("minvalue", "MINVALUE ");
  Number("maxvalue", "MAXVALUE ");
  if (Option("nominvalue"))
    Options.push_back("NO MINVALUE");
  if (Option("nomaxvalue"))
    Options.push_back("NO MAXVALUE");
  Number("cache", "CACHE ");
  if (Object *V = Option("order"))
    Options.push_back(truthValue(V) == 1 ? "ORDER" : "NO ORDER");
  if (Object *V = Option("cycle"))
    Options.push_back(truthValue(V) == 1 ? "CYCLE" : "NO CYCLE");
  return Options;
}

std::optional<ir::SequenceDef>
DeclarativeAnalyzer::sequenceDef(InstanceObj *Seq, llvm::StringRef ColumnName,
                                 SrcLoc Where) {
  SrcLoc At = projectPlace(Seq, Where);
  auto *Name = dyn_cast_or_null<StrObj>(Seq->arg("name"));
  if (!Name) {
    E.report(At, DiagId::UnknownSequenceName,
             describeUnknown(Seq->arg("name")));
    return std::nullopt;
  }
  ir::SequenceDef Q;
  Q.Name = Name->Value;
  // Sequence(metadata=) takes its MetaData's schema.
  if (auto *S = dyn_cast_or_null<StrObj>(Seq->arg("schema")))
    Q.Schema = S->Value;
  else if (auto *MD = dyn_cast_or_null<InstanceObj>(Seq->arg("metadata")))
    if (auto *S = dyn_cast_or_null<StrObj>(MD->arg("schema")))
      Q.Schema = S->Value;
  Q.Options = identityOptions(Seq, ColumnName, Where, &Q.HasStart);
  Q.Optional = truthValue(Seq->arg("optional")) == 1;
  if (Object *T = Seq->arg("data_type"); T && !isa<NoneObj>(T))
    Q.DataType = ir::TypeRef(convertType(T, At));
  Q.Where = irLoc(At);
  return Q;
}

void DeclarativeAnalyzer::addMetadataSequences(ir::Schema &S) {
  for (InstanceObj *Seq : MetadataSequences) {
    if (ColumnSequences.contains(Seq))
      continue;
    std::optional<ir::SequenceDef> Q = sequenceDef(Seq, "", Seq->Where);
    if (!Q)
      continue;
    // MetaData._sequences is a dict by schema-qualified name: one made
    // again takes the first one's place.
    auto Same = llvm::find_if(S.Sequences, [&](const ir::SequenceDef &O) {
      return O.Name == Q->Name && O.Schema == Q->Schema;
    });
    if (Same != S.Sequences.end())
      *Same = std::move(*Q);
    else
      S.Sequences.push_back(std::move(*Q));
  }
}

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
  Object *SequenceItem = nullptr;
  auto Conflict = [&](Object *At, llvm::StringRef Has,
                      llvm::StringRef Ignored) {
    E.report(projectPlace(At, Where), DiagId::ConflictingGeneratedColumn,
             C.Name, Has.str(), Ignored.str());
  };
  // Column(..., Sequence(...)) or default=Sequence(...): the default
  // the database makes (no Python-side default for the document).
  auto ReadSequence = [&](Object *Item) {
    if (!isA(Item, "sqlalchemy.schema.Sequence"))
      return false;
    auto *Seq = cast<InstanceObj>(Item);
    ColumnSequences.insert(Seq);
    if (std::optional<ir::SequenceDef> Q = sequenceDef(Seq, C.Name, Where))
      C.DefaultSequence = std::make_shared<const ir::SequenceDef>(*Q);
    SequenceItem = Item;
    return true;
  };
  if (Object *D = Given("default"))
    ReadSequence(D);
  for (Object *Item : Items) {
    if (ReadSequence(Item))
      continue;
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
      G.Options = identityOptions(I, C.Name, Where, nullptr);
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
  if (C.isIdentity() && C.DefaultSequence) {
    Conflict(SequenceItem, "Identity()", "Sequence()");
    C.DefaultSequence.reset();
  }
}

} // namespace schemac::sema
