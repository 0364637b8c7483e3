//===- ObjectComparison.cpp - Values of two evaluations compared ---------===//

#include "sema/ObjectComparison.h"

#include "sema/Sema.h"

#include <algorithm>
#include <cstring>

namespace schemac::sema {

namespace {

llvm::StringRef textOf(const ModuleObj *M, ast::SourceRange R) {
  if (!M || !M->Unit || !M->Unit->File)
    return "";
  return M->Unit->File->text().slice(R.Begin, R.End);
}

} // namespace

template <typename Map>
bool ObjectComparison::sameNamespace(const Map &A, const Map &B) {
  auto AI = A.begin(), BI = B.begin();
  for (; AI != A.end() && BI != B.end(); ++AI, ++BI)
    if (AI->first != BI->first || !same(AI->second.Value, BI->second.Value))
      return false;
  return AI == A.end() && BI == B.end();
}

bool ObjectComparison::same(const Object *A, const Object *B) {
  if (A == B)
    return true;
  if (!A || !B || A->Kind != B->Kind || !MayPair(A, B))
    return false;
  // A pair met again while it is being compared is assumed the same (a
  // cycle closes); one compared before keeps its answer.
  auto [It, New] = Known.try_emplace({A, B}, true);
  if (!New)
    return It->second;
  if (++Depth > 512) {
    --Depth;
    return Known[{A, B}] = false;
  }
  bool Same = compare(A, B);
  --Depth;
  return Known[{A, B}] = Same;
}

std::vector<std::pair<const Object *, const Object *>>
ObjectComparison::pairs() const {
  std::vector<std::pair<const Object *, const Object *>> Out;
  for (const auto &[Pair, Same] : Known)
    if (Same)
      Out.push_back(Pair);
  return Out;
}

bool ObjectComparison::sameIdentity(const ClassObj *A, const ClassObj *B) {
  auto SameNames = [](llvm::ArrayRef<ClassObj *> X,
                      llvm::ArrayRef<ClassObj *> Y) {
    return std::equal(X.begin(), X.end(), Y.begin(), Y.end(),
                      [](const ClassObj *P, const ClassObj *Q) {
                        return P->QualName == Q->QualName &&
                               P->IsMapped == Q->IsMapped;
                      });
  };
  return A->QualName == B->QualName && A->IsMapped == B->IsMapped &&
         SameNames(A->Bases, B->Bases) && SameNames(A->Mro, B->Mro);
}

bool ObjectComparison::sameWhole(const ClassObj *A, const ClassObj *B) {
  if (!sameIdentity(A, B))
    return false;
  // What a subclass or a call sees: each class of the MRO that is the
  // project's, a mapped one too (a subclass elsewhere reads its class
  // attributes, its __init__, its __table_args__).
  for (size_t M = 0; M < A->Mro.size(); ++M) {
    const ClassObj *X = A->Mro[M], *Y = B->Mro[M];
    if (X->IsStub)
      continue;
    if (!sameNamespace(X->Dict, Y->Dict) ||
        X->Keywords.size() != Y->Keywords.size())
      return false;
    // An annotation is evaluated when a subclass is mapped, in its module's
    // namespace, which an edit of that module may have changed.
    bool EditedModule = X->Module && X->Module->Unit &&
                        Edited.count(X->Module->Unit->DisplayPath);
    if ((EditedModule && !X->Annotations.empty()) ||
        X->Annotations.size() != Y->Annotations.size())
      return false;
    auto AI = X->Annotations.begin();
    for (auto BI = Y->Annotations.begin(); BI != Y->Annotations.end();
         ++AI, ++BI)
      if (AI->first != BI->first ||
          textOf(AI->second.Module, AI->second.Range) !=
              textOf(BI->second.Module, BI->second.Range))
        return false;
    for (size_t I = 0; I < X->Keywords.size(); ++I)
      if (X->Keywords[I].first != Y->Keywords[I].first ||
          !same(X->Keywords[I].second, Y->Keywords[I].second))
        return false;
  }
  return true;
}

bool ObjectComparison::sameAll(llvm::ArrayRef<Object *> A,
                               llvm::ArrayRef<Object *> B) {
  return std::equal(
      A.begin(), A.end(), B.begin(), B.end(),
      [&](const Object *X, const Object *Y) { return same(X, Y); });
}

bool ObjectComparison::compare(const Object *A, const Object *B) {
  switch (A->Kind) {
  case ObjKind::Unknown: {
    const auto *X = cast<UnknownObj>(A), *Y = cast<UnknownObj>(B);
    return X->Name == Y->Name && X->Reason == Y->Reason &&
           X->Opaque == Y->Opaque && SamePlace(X->Where, Y->Where);
  }
  case ObjKind::None:
    return true;
  case ObjKind::Bool:
    return cast<BoolObj>(A)->Value == cast<BoolObj>(B)->Value;
  case ObjKind::Int:
    return cast<IntObj>(A)->Value == cast<IntObj>(B)->Value;
  case ObjKind::Float:
    return std::memcmp(&cast<FloatObj>(A)->Value, &cast<FloatObj>(B)->Value,
                       sizeof(double)) == 0;
  case ObjKind::Str:
    return cast<StrObj>(A)->Value == cast<StrObj>(B)->Value;
  case ObjKind::Bytes:
    return cast<BytesObj>(A)->Value == cast<BytesObj>(B)->Value;
  case ObjKind::Tuple:
  case ObjKind::List:
  case ObjKind::Set:
    return sameAll(cast<SequenceObj>(A)->Elements,
                   cast<SequenceObj>(B)->Elements);
  case ObjKind::Dict: {
    const auto &X = cast<DictObj>(A)->Items, &Y = cast<DictObj>(B)->Items;
    if (X.size() != Y.size())
      return false;
    const Object *FX = cast<DictObj>(A)->DefaultFactory,
                 *FY = cast<DictObj>(B)->DefaultFactory;
    if ((FX || FY) && (!FX || !FY || !same(FX, FY)))
      return false;
    for (size_t I = 0; I < X.size(); ++I)
      if (!same(X[I].first, Y[I].first) || !same(X[I].second, Y[I].second))
        return false;
    return true;
  }
  case ObjKind::Module:
    return cast<ModuleObj>(A)->Name == cast<ModuleObj>(B)->Name;
  case ObjKind::Class: {
    // A library class, or a mapped class (what others read of one is the
    // schema's to compare, and the attributes they read are uses of their
    // own), by what it is; any other whole: the declarative pass reads an
    // enum's members, a type's methods. A subclass elsewhere is a use of
    // the whole class (Evaluator::noteSubclass).
    const auto *X = cast<ClassObj>(A), *Y = cast<ClassObj>(B);
    if (X->IsStub || X->IsMapped || Y->IsMapped)
      return sameIdentity(X, Y);
    return sameWhole(X, Y);
  }
  case ObjKind::Function: {
    const auto *X = cast<FunctionObj>(A), *Y = cast<FunctionObj>(B);
    // A closure reads its frame, which is not compared; a function of an
    // edited module, globals the edit may have changed. Another module's
    // reads that module's globals: the same text in two modules (a
    // function's qualified name does not name its module) is not the same
    // function, nor is it at another place of one module.
    bool EditedModule = X->Globals && X->Globals->Unit &&
                        Edited.count(X->Globals->Unit->DisplayPath);
    bool SameModule = X->Globals && Y->Globals
                          ? X->Globals->Name == Y->Globals->Name
                          : X->Globals == Y->Globals;
    return !EditedModule && SameModule &&
           X->DefRange.Begin == Y->DefRange.Begin &&
           X->QualName == Y->QualName && !X->Enclosing && !Y->Enclosing &&
           X->IsStub == Y->IsStub &&
           textOf(X->Globals, X->DefRange) == textOf(Y->Globals, Y->DefRange) &&
           sameAll(X->Defaults, Y->Defaults) &&
           sameAll(X->KwDefaults, Y->KwDefaults);
  }
  case ObjKind::Builtin: {
    const auto *X = cast<BuiltinObj>(A), *Y = cast<BuiltinObj>(B);
    return X->Id == Y->Id && same(X->Self, Y->Self);
  }
  case ObjKind::BoundMethod: {
    const auto *X = cast<BoundMethodObj>(A), *Y = cast<BoundMethodObj>(B);
    return same(X->Function, Y->Function) && same(X->Self, Y->Self);
  }
  case ObjKind::Instance: {
    const auto *X = cast<InstanceObj>(A), *Y = cast<InstanceObj>(B);
    if (!SamePlace(X->Where, Y->Where) || !SameOwner(X, Y) ||
        !same(X->Class, Y->Class) || !sameNamespace(X->Attrs, Y->Attrs) ||
        X->Args.size() != Y->Args.size() || !sameAll(X->Rest, Y->Rest) ||
        X->RestKeywords.size() != Y->RestKeywords.size())
      return false;
    for (size_t I = 0; I < X->Args.size(); ++I)
      if (X->Args[I].first != Y->Args[I].first ||
          !same(X->Args[I].second, Y->Args[I].second))
        return false;
    for (size_t I = 0; I < X->RestKeywords.size(); ++I)
      if (X->RestKeywords[I].first != Y->RestKeywords[I].first ||
          !same(X->RestKeywords[I].second, Y->RestKeywords[I].second))
        return false;
    Instances.emplace_back(X->Serial, Y->Serial);
    return true;
  }
  case ObjKind::GenericAlias: {
    const auto *X = cast<GenericAliasObj>(A), *Y = cast<GenericAliasObj>(B);
    return same(X->Origin, Y->Origin) && sameAll(X->Args, Y->Args);
  }
  case ObjKind::Super:
    return false;
  }
  return false;
}

} // namespace schemac::sema
