//===- EvalMatch.cpp - The match statement
//---------------------------------===//
//
// match/case (Python 3.10) as a helper returning a column's type or name
// writes it: the first case whose pattern matches the subject and whose
// guard holds runs. A pattern the evaluator cannot decide (an unknown
// subject, a class without __match_args__ given positional patterns) is
// taken as matching, with the warning an unknown if-condition gets, as an
// if/elif chain would be read.
//
//===----------------------------------------------------------------------===//

#include "sema/Evaluator.h"

namespace schemac::sema {

namespace {

/// 1 matched, 0 not, -1 not known.
int both(int A, int B) {
  return A == 0 || B == 0 ? 0 : A < 0 || B < 0 ? -1 : 1;
}

} // namespace

int Evaluator::matchPattern(const ast::Pattern *P, Object *Subject, Scope &S) {
  SrcLoc Where = locOf(P, S);
  switch (P->Kind) {
  case ast::NodeKind::MatchAs: {
    const auto *As = cast<ast::MatchAs>(P);
    int Matched = As->pattern ? matchPattern(As->pattern, Subject, S) : 1;
    if (Matched != 0 && !As->name.empty())
      bindIdentifier(S, As->name, Subject, Where);
    return Matched;
  }
  case ast::NodeKind::MatchOr: {
    int Result = 0;
    for (const ast::Pattern *Alt : cast<ast::MatchOr>(P)->patterns) {
      int Matched = matchPattern(Alt, Subject, S);
      if (Matched == 1)
        return 1;
      if (Matched < 0)
        Result = -1;
    }
    return Result;
  }
  case ast::NodeKind::MatchValue:
    return equalValues(Subject, eval(cast<ast::MatchValue>(P)->value, S));
  case ast::NodeKind::MatchSingleton: {
    if (isa<UnknownObj>(Subject))
      return -1;
    const ast::ConstantValue &V = cast<ast::MatchSingleton>(P)->value;
    if (V.Kind == ast::ConstantValue::None)
      return isa<NoneObj>(Subject);
    auto *B = dyn_cast<BoolObj>(Subject);
    return B && B->Value == (V.Kind == ast::ConstantValue::True);
  }
  case ast::NodeKind::MatchSequence: {
    auto *Seq = dyn_cast<SequenceObj>(Subject);
    if (!Seq)
      return isa<UnknownObj>(Subject) ? -1 : 0;
    if (Seq->Kind != ObjKind::List && Seq->Kind != ObjKind::Tuple)
      return 0;
    llvm::ArrayRef<ast::Pattern *> Patterns =
        cast<ast::MatchSequence>(P)->patterns;
    auto Star = llvm::find_if(
        Patterns, [](const ast::Pattern *Q) { return isa<ast::MatchStar>(Q); });
    size_t Before = Star - Patterns.begin();
    size_t After = Star == Patterns.end() ? 0 : Patterns.end() - Star - 1;
    size_t N = Seq->Elements.size();
    if (Star == Patterns.end() ? N != Patterns.size() : N < Before + After)
      return 0;
    int Result = 1;
    for (size_t I = 0; I < Before && Result; ++I)
      Result = both(Result, matchPattern(Patterns[I], Seq->Elements[I], S));
    for (size_t I = 0; I < After && Result; ++I)
      Result = both(Result, matchPattern(Patterns[Before + 1 + I],
                                         Seq->Elements[N - After + I], S));
    if (Result && Star != Patterns.end())
      if (llvm::StringRef Name = cast<ast::MatchStar>(*Star)->name;
          !Name.empty()) {
        SequenceObj *Rest = H.make<SequenceObj>(ObjKind::List);
        Rest->Elements.assign(Seq->Elements.begin() + Before,
                              Seq->Elements.end() - After);
        bindIdentifier(S, Name, Rest, Where);
      }
    return Result;
  }
  case ast::NodeKind::MatchMapping: {
    const auto *M = cast<ast::MatchMapping>(P);
    auto *D = dyn_cast<DictObj>(Subject);
    if (!D)
      return isa<UnknownObj>(Subject) ? -1 : 0;
    int Result = 1;
    llvm::SmallVector<Object *, 4> Keys;
    for (size_t I = 0; I < M->keys.size() && Result; ++I) {
      Object *Key = eval(M->keys[I], S);
      Keys.push_back(Key);
      auto *Item = findItem(D, Key);
      if (!Item && surelyLacks(D, Key))
        return 0;
      Result = both(Result,
                    Item ? matchPattern(M->patterns[I], Item->second, S) : -1);
    }
    if (Result && !M->rest.empty()) {
      DictObj *Rest = H.make<DictObj>();
      Rest->Incomplete = D->Incomplete;
      for (auto &KV : D->Items)
        if (llvm::none_of(
                Keys, [&](Object *K) { return equalValues(K, KV.first) == 1; }))
          Rest->Items.push_back(KV);
      bindIdentifier(S, M->rest, Rest, Where);
    }
    return Result;
  }
  case ast::NodeKind::MatchClass: {
    const auto *M = cast<ast::MatchClass>(P);
    auto *Class = dyn_cast<ClassObj>(eval(M->cls, S));
    ClassObj *Type = typeOf(Subject);
    if (!Class || !Type)
      return -1;
    if (!llvm::is_contained(Type->Mro, Class))
      return 0;
    int Result = 1;
    // str(x), int(x) and the other builtins match the subject itself.
    if (!M->patterns.empty()) {
      if (!Class->IsStub || M->patterns.size() != 1 ||
          !llvm::StringRef(Class->QualName).starts_with("builtins."))
        return -1;
      Result = matchPattern(M->patterns[0], Subject, S);
    }
    for (size_t I = 0; I < M->kwd_attrs.size() && Result; ++I)
      Result = both(Result,
                    matchPattern(M->kwd_patterns[I],
                                 getAttr(Subject, M->kwd_attrs[I], Where), S));
    return Result;
  }
  default:
    return -1;
  }
}

void Evaluator::execMatch(const ast::Match *M, Scope &S) {
  Object *Subject = eval(M->subject, S);
  for (const ast::MatchCase *Case : M->cases) {
    int Matched = matchPattern(Case->pattern, Subject, S);
    if (Matched != 0 && Case->guard) {
      int Guard = truthValue(eval(Case->guard, S));
      Matched = Guard == 0 ? 0 : Matched < 0 || Guard < 0 ? -1 : 1;
    }
    if (Matched == 0)
      continue;
    if (Matched < 0 && !outOfSteps())
      report(locOf(Case->pattern, S), DiagId::UnknownCondition);
    execBlock(Case->body, S);
    return;
  }
}

} // namespace schemac::sema
