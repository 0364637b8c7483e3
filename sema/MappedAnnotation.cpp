//===- MappedAnnotation.cpp -----------------------------------------------===//

#include "sema/MappedAnnotation.h"

namespace schemac::sema {

llvm::StringRef specialFormName(const Object *O) {
  const auto *Form = dyn_cast_or_null<InstanceObj>(O);
  if (!Form || !Form->Class->isSubclassOf("typing._SpecialForm"))
    return "";
  const auto *Name = dyn_cast_or_null<StrObj>(Form->arg("name"));
  return Name ? llvm::StringRef(Name->Value) : "";
}

namespace {

bool isNoneType(const Object *O) {
  return isa<NoneObj>(O) || (isa<ClassObj>(O) && cast<ClassObj>(O)->QualName ==
                                                     "builtins.NoneType");
}

bool isMappedColumn(const Object *O) {
  const auto *I = dyn_cast_or_null<InstanceObj>(O);
  return I && I->Class->isSubclassOf("sqlalchemy.orm.MappedColumn");
}

} // namespace

bool sameAnnotation(const Object *A, const Object *B) {
  if (A == B)
    return true;
  if (isNoneType(A) && isNoneType(B))
    return true;
  if (const auto *SA = dyn_cast<StrObj>(A))
    if (const auto *SB = dyn_cast<StrObj>(B))
      return SA->Value == SB->Value;
  const auto *GA = dyn_cast<GenericAliasObj>(A);
  const auto *GB = dyn_cast<GenericAliasObj>(B);
  if (!GA || !GB || GA->Args.size() != GB->Args.size() ||
      !sameAnnotation(GA->Origin, GB->Origin))
    return false;
  for (size_t I = 0; I < GA->Args.size(); ++I)
    if (!sameAnnotation(GA->Args[I], GB->Args[I]))
      return false;
  return true;
}

MappedAnnotation analyzeMappedAnnotation(Object *Annotation) {
  auto *G = dyn_cast_or_null<GenericAliasObj>(Annotation);
  auto *Origin = G ? dyn_cast<ClassObj>(G->Origin) : nullptr;
  if (!Origin || !Origin->isSubclassOf("sqlalchemy.orm.Mapped") ||
      G->Args.empty())
    return MappedAnnotation();
  MappedAnnotation Out = analyzeTypeAnnotation(G->Args[0]);
  Out.IsMapped = true;
  Out.IsLoaderForm = Origin->isSubclassOf("sqlalchemy.orm.WriteOnlyMapped") ||
                     Origin->isSubclassOf("sqlalchemy.orm.DynamicMapped");
  return Out;
}

MappedAnnotation analyzeTypeAnnotation(Object *Inner) {
  MappedAnnotation Out;
  if (!Inner)
    return Out;
  for (int Depth = 0; Depth < 16; ++Depth) {
    auto *IG = dyn_cast<GenericAliasObj>(Inner);
    llvm::StringRef Form = IG ? specialFormName(IG->Origin) : "";
    if (Form == "Optional" && !IG->Args.empty()) {
      Out.Optional = true;
      Inner = IG->Args[0];
      continue;
    }
    if (Form == "Union") {
      std::vector<Object *> Rest;
      for (Object *Arg : IG->Args) {
        if (isNoneType(Arg))
          Out.Optional = true;
        else
          Rest.push_back(Arg);
      }
      if (Rest.size() == 1) {
        Inner = Rest[0];
        continue;
      }
      break;
    }
    if (Form == "Annotated" && !IG->Args.empty()) {
      // The alias itself may be a type_annotation_map key.
      Out.Candidates.push_back(Inner);
      for (size_t I = 1; I < IG->Args.size(); ++I)
        if (isMappedColumn(IG->Args[I]))
          Out.ColumnMarkers.push_back(cast<InstanceObj>(IG->Args[I]));
      Inner = IG->Args[0];
      continue;
    }
    break;
  }
  Out.Candidates.push_back(Inner);
  Out.Target = Inner;
  // A collection as SQLAlchemy's declarative_scan() takes one: a list, set
  // or mapping (dict[str, X], Mapping[str, X]) of the target, the last
  // argument of a mapping.
  if (auto *IG = dyn_cast<GenericAliasObj>(Inner)) {
    auto *Coll = dyn_cast<ClassObj>(IG->Origin);
    bool IsMapping = Coll && Coll->isSubclassOf("builtins.dict");
    if (Coll && !IG->Args.empty() &&
        (IsMapping || Coll->isSubclassOf("builtins.list") ||
         Coll->isSubclassOf("builtins.set") ||
         Coll->isSubclassOf("builtins.frozenset"))) {
      Out.IsCollection = true;
      Out.IsMapping = IsMapping;
      Out.Target = IsMapping ? IG->Args.back() : IG->Args[0];
    }
  }
  return Out;
}

} // namespace schemac::sema
