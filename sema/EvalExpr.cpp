//===- EvalExpr.cpp - Expressions of the abstract evaluator ---------------===//
//
// Expressions evaluate to Objects; anything outside the modelled subset is an
// Unknown that carries what it stood for. Nothing here reports diagnostics:
// an Unknown is reported where a schema element needs its value.
//
//===----------------------------------------------------------------------===//

#include "sema/Evaluator.h"

#include "support/PyRepr.h"

#include "llvm/ADT/STLExtras.h"

namespace schemac::sema {

SrcLoc Evaluator::locOf(const ast::Node *N, const ModuleUnit *U) const {
  return {U, N ? N->Range.Begin : 0};
}

SrcLoc Evaluator::locOf(const ast::Node *N, const Scope &S) const {
  return locOf(N, S.Module ? S.Module->Unit : nullptr);
}

Object *Evaluator::eval(const ast::Expression *E, Scope &S) {
  if (!E)
    return H.none();
  return evalExpr(E, S);
}

static Object *constantObject(Heap &H, const ast::ConstantValue &V,
                              SrcLoc Where) {
  switch (V.Kind) {
  case ast::ConstantValue::None:
    return H.none();
  case ast::ConstantValue::True:
    return H.boolean(true);
  case ast::ConstantValue::False:
    return H.boolean(false);
  case ast::ConstantValue::Ellipsis:
    return H.unknown("...", "Ellipsis", Where);
  case ast::ConstantValue::Int: {
    std::string Decimal;
    if (!pyrepr::intLiteralToDecimal(V.Text, Decimal) || Decimal.size() > 18)
      return H.unknown(V.Text.str(), "integer too large", Where);
    IntObj *I = H.integer(std::stoll(Decimal));
    I->Where = Where;
    return I;
  }
  case ast::ConstantValue::Float: {
    FloatObj *F = H.make<FloatObj>();
    F->Value = V.Number;
    F->Where = Where;
    return F;
  }
  case ast::ConstantValue::Complex:
    return H.unknown("", "complex numbers are not modelled", Where);
  case ast::ConstantValue::Str:
    return H.str(V.Text.str(), Where);
  case ast::ConstantValue::Bytes: {
    BytesObj *B = H.make<BytesObj>();
    B->Value = V.Text.str();
    B->Where = Where;
    return B;
  }
  }
  return H.none();
}

/// Iterates a value the evaluator can see through; false otherwise.
static bool elementsOf(Heap &H, Object *O, std::vector<Object *> &Out) {
  if (auto *S = dyn_cast<SequenceObj>(O)) {
    Out = S->Elements;
    return true;
  }
  if (auto *D = dyn_cast<DictObj>(O)) {
    for (auto &KV : D->Items)
      Out.push_back(KV.first);
    return true;
  }
  if (auto *S = dyn_cast<StrObj>(O)) {
    for (char C : S->Value)
      Out.push_back(H.str(std::string(1, C)));
    return true;
  }
  // Iterating a Python enum class gives its members.
  if (auto *C = dyn_cast<ClassObj>(O); C && C->isSubclassOf("enum.Enum")) {
    for (auto &KV : C->Dict)
      if (auto *I = dyn_cast<InstanceObj>(KV.second.Value); I && I->Class == C)
        Out.push_back(I);
    return true;
  }
  return false;
}

std::string describeUnknown(const Object *O) {
  if (!O)
    return "no value given";
  if (const auto *U = dyn_cast<UnknownObj>(O))
    return U->Name.empty() ? U->Reason : "'" + U->Name + "': " + U->Reason;
  if (const auto *I = dyn_cast<InstanceObj>(O); I && I->Class)
    return "an instance of '" + I->Class->QualName + "'";
  return kindWithArticle(O->Kind);
}

bool Evaluator::iterate(Object *O, std::vector<Object *> &Out) {
  if (elementsOf(H, O, Out)) {
    if (auto *It = dyn_cast<SequenceObj>(O);
        It && It->Exhaustible && !It->Elements.empty()) {
      noteWrite(It);
      It->Elements.clear();
    }
    return true;
  }
  // An object whose __iter__ gives a known collection (the stubs' views of
  // a constraint's columns).
  Object *Items = callDunder(O, "__iter__", O->Where);
  return Items && elementsOf(H, Items, Out);
}

Object *Evaluator::evalExpr(const ast::Expression *E, Scope &S) {
  SrcLoc Where = locOf(E, S);
  if (!tick(Where))
    return H.unknown("", "evaluation budget exhausted", Where);
  switch (E->Kind) {
  case ast::NodeKind::Constant:
    return constantObject(H, cast<ast::Constant>(E)->value, Where);
  case ast::NodeKind::JoinedStr: {
    std::string Out;
    for (const ast::Expression *Part : cast<ast::JoinedStr>(E)->values) {
      if (const auto *C = dyn_cast<ast::Constant>(Part)) {
        Out += C->value.Text.str();
        continue;
      }
      const auto *FV = cast<ast::FormattedValue>(Part);
      Object *V = eval(FV->value, S);
      if (FV->conversion == 'r' || FV->conversion == 'a') {
        std::string R = reprOf(V);
        if (R.empty())
          return H.unknown("", "f-string field has no known value", Where);
        V = H.str(std::move(R));
      }
      // The spec is an f-string itself (f"{n:{width}}").
      Object *Spec = FV->format_spec ? eval(FV->format_spec, S) : nullptr;
      if (Spec && !isa<StrObj>(Spec))
        return H.unknown("", "f-string format spec has no known value", Where);
      if (!formatOf(V, Spec ? llvm::StringRef(cast<StrObj>(Spec)->Value) : "",
                    Out))
        return H.unknown("",
                         Spec
                             ? "f-string field cannot be formatted with '" +
                                   cast<StrObj>(Spec)->Value + "'"
                             : std::string("f-string field has no known value"),
                         Where);
    }
    return H.str(std::move(Out), Where);
  }
  case ast::NodeKind::Name: {
    llvm::StringRef Id = cast<ast::Name>(E)->id;
    return lookupName(S.Class ? privateName(Id, S.PrivateNamesOf) : Id, S,
                      Where);
  }
  case ast::NodeKind::Attribute: {
    const auto *A = cast<ast::Attribute>(E);
    Object *Owner = eval(A->value, S);
    llvm::StringRef Name = privateName(A->attr, S.PrivateNamesOf);
    Object *V = getAttr(Owner, Name, Where);
    if (isa<UnknownObj>(V))
      raiseIfLacking(Owner, Name, Where);
    return V;
  }
  case ast::NodeKind::Subscript: {
    const auto *Sub = cast<ast::Subscript>(E);
    Object *Value = eval(Sub->value, S);
    if (const auto *Sl = dyn_cast<ast::Slice>(Sub->slice))
      return slice(Value, Sl, S, Where);
    return subscript(Value, eval(Sub->slice, S), Where);
  }
  case ast::NodeKind::Call: {
    const auto *C = cast<ast::Call>(E);
    Object *Callee = eval(C->func, S);
    // exec() makes names in a class body, and locals() or vars() is its
    // namespace there, which an item assignment fills: what they add is
    // invisible to the analysis, which says so.
    if (S.Class && S.Locals == &S.Class->Dict) {
      llvm::StringRef Name;
      if (auto *U = dyn_cast<UnknownObj>(Callee); U && U->Opaque)
        Name = U->Name;
      else if (auto *B = dyn_cast<BuiltinObj>(Callee);
               B && B->Id == BuiltinId::Vars)
        Name = "vars";
      if ((Name == "exec" || Name == "locals" || Name == "vars") &&
          (Name == "exec" || C->args.empty()))
        report(Where, DiagId::DynamicClassBody, Name, S.Class->Name);
    }
    // globals(), and vars() in a module's body: the namespace of the
    // module whose code calls it, which an item assignment binds in
    // (Airflow switches off its STATICA_HACK blocks this way).
    if (auto *B = dyn_cast<BuiltinObj>(Callee);
        B && C->args.empty() &&
        (B->Id == BuiltinId::Globals ||
         (B->Id == BuiltinId::Vars && !S.Class && !S.Function)))
      return globalsOf(S.Module);
    // Zero-argument super() reads the running method's class and self.
    if (auto *B = dyn_cast<BuiltinObj>(Callee);
        B && B->Id == BuiltinId::Super && C->args.empty()) {
      if (!S.MethodClass || !S.Self)
        return H.unknown("super()", "super() outside a method", Where);
      SuperObj *Sup = H.make<SuperObj>();
      Sup->Start = S.MethodClass;
      Sup->Self = S.Self;
      return Sup;
    }
    CallArgs Args;
    for (const ast::Expression *A : C->args) {
      if (const auto *Star = dyn_cast<ast::Starred>(A)) {
        std::vector<Object *> Elems;
        Object *Value = eval(Star->value, S);
        // Unknown extra arguments are left out rather than losing the whole
        // call (a column made by a helper must not vanish); said once here.
        if (!iterate(Value, Elems))
          report(locOf(Star, S), DiagId::UnknownCallArguments, "*",
                 describeUnknown(Value));
        llvm::append_range(Args.Positional, Elems);
        continue;
      }
      Args.Positional.push_back(eval(A, S));
    }
    for (const ast::Keyword *K : C->keywords) {
      Object *V = eval(K->value, S);
      if (!K->arg.empty()) {
        Args.Keywords.emplace_back(K->arg, V);
        continue;
      }
      auto *D = dyn_cast<DictObj>(V);
      if (!D) {
        report(locOf(K, S), DiagId::UnknownCallArguments, "**",
               describeUnknown(V));
        continue;
      }
      for (auto &[Key, Value] : D->Items)
        if (auto *KS = dyn_cast<StrObj>(Key))
          Args.Keywords.emplace_back(internName(KS->Value), Value);
    }
    // Its arguments raised: the call is not made (nor what it would make).
    if (Raised)
      return H.unknown("", "an argument raised", Where);
    return call(Callee, Args, Where);
  }
  case ast::NodeKind::BinOp: {
    const auto *B = cast<ast::BinOp>(E);
    return evalBinOp(B->op, eval(B->left, S), eval(B->right, S), Where);
  }
  case ast::NodeKind::UnaryOp: {
    const auto *U = cast<ast::UnaryOp>(E);
    Object *V = eval(U->operand, S);
    switch (U->op) {
    case ast::UnaryOpKind::Not: {
      int T = truthValue(V);
      return T < 0 ? H.unknown("", "unknown condition", Where) : H.boolean(!T);
    }
    case ast::UnaryOpKind::USub:
      if (auto *I = dyn_cast<IntObj>(V))
        return H.integer(-I->Value);
      if (auto *F = dyn_cast<FloatObj>(V)) {
        FloatObj *R = H.make<FloatObj>();
        R->Value = -F->Value;
        return R;
      }
      break;
    case ast::UnaryOpKind::UAdd:
      if (isa<IntObj, FloatObj>(V))
        return V;
      break;
    case ast::UnaryOpKind::Invert:
      if (auto *I = dyn_cast<IntObj>(V))
        return H.integer(~I->Value);
      break;
    }
    // An object's own operator: ~ of an SQL expression negates it.
    // By UnaryOpKind: Invert, Not (never an operator of its own), UAdd,
    // USub.
    static constexpr llvm::StringLiteral Dunders[] = {"__invert__", "",
                                                      "__pos__", "__neg__"};
    if (U->op != ast::UnaryOpKind::Not && isa<InstanceObj>(V))
      if (Object *R =
              callDunder(V, Dunders[static_cast<unsigned>(U->op)], Where))
        return R;
    return H.unknown("", "unsupported unary operand", Where);
  }
  case ast::NodeKind::BoolOp: {
    const auto *B = cast<ast::BoolOp>(E);
    Object *V = H.none();
    for (const ast::Expression *Operand : B->values) {
      V = eval(Operand, S);
      int T = truthValue(V);
      if (T < 0)
        return H.unknown("", "unknown condition", Where);
      if ((B->op == ast::BoolOpKind::And) != static_cast<bool>(T))
        return V;
    }
    return V;
  }
  case ast::NodeKind::Compare:
    return evalCompare(cast<ast::Compare>(E), S);
  case ast::NodeKind::IfExp: {
    const auto *I = cast<ast::IfExp>(E);
    int T = truthValue(eval(I->test, S));
    if (T < 0)
      return H.unknown("", "unknown condition", Where);
    return eval(T ? I->body : I->orelse, S);
  }
  case ast::NodeKind::Tuple:
  case ast::NodeKind::List:
  case ast::NodeKind::Set: {
    llvm::ArrayRef<ast::Expression *> Elts =
        E->Kind == ast::NodeKind::Tuple  ? cast<ast::Tuple>(E)->elts
        : E->Kind == ast::NodeKind::List ? cast<ast::List>(E)->elts
                                         : cast<ast::Set>(E)->elts;
    ObjKind K = E->Kind == ast::NodeKind::Tuple  ? ObjKind::Tuple
                : E->Kind == ast::NodeKind::List ? ObjKind::List
                                                 : ObjKind::Set;
    SequenceObj *Seq = H.make<SequenceObj>(K);
    Seq->Where = Where;
    for (const ast::Expression *Elt : Elts) {
      if (const auto *Star = dyn_cast<ast::Starred>(Elt)) {
        std::vector<Object *> More;
        if (!iterate(eval(Star->value, S), More))
          return H.unknown("", "unpacking of unknown length", Where);
        llvm::append_range(Seq->Elements, More);
        continue;
      }
      Seq->Elements.push_back(eval(Elt, S));
    }
    if (K == ObjKind::Set)
      dropDuplicates(Seq);
    return Seq;
  }
  case ast::NodeKind::Dict: {
    const auto *D = cast<ast::Dict>(E);
    DictObj *Out = H.make<DictObj>();
    Out->Where = Where;
    for (size_t I = 0; I < D->values.size(); ++I) {
      // The key first, as Python evaluates them.
      Object *Key = D->keys[I] ? eval(D->keys[I], S) : nullptr;
      Object *V = eval(D->values[I], S);
      if (!Key) {
        auto *Inner = dyn_cast<DictObj>(V);
        if (!Inner)
          return H.unknown("", "**-unpacking of an unknown mapping", Where);
        for (auto &[K, InnerV] : Inner->Items)
          storeItem(Out, K, InnerV);
        continue;
      }
      storeItem(Out, Key, V);
    }
    return Out;
  }
  case ast::NodeKind::Lambda: {
    const auto *L = cast<ast::Lambda>(E);
    return makeFunction(L, L->args, "<lambda>", S);
  }
  case ast::NodeKind::NamedExpr: {
    const auto *N = cast<ast::NamedExpr>(E);
    Object *V = eval(N->value, S);
    assign(N->target, V, S, Where);
    return V;
  }
  case ast::NodeKind::ListComp:
  case ast::NodeKind::SetComp:
  case ast::NodeKind::GeneratorExp:
  case ast::NodeKind::DictComp: {
    llvm::ArrayRef<ast::Comprehension *> Gens;
    if (const auto *LC = dyn_cast<ast::ListComp>(E))
      Gens = LC->generators;
    else if (const auto *SC = dyn_cast<ast::SetComp>(E))
      Gens = SC->generators;
    else if (const auto *GE = dyn_cast<ast::GeneratorExp>(E))
      Gens = GE->generators;
    else
      Gens = cast<ast::DictComp>(E)->generators;
    // A comprehension is a function scope of its own.
    std::unique_ptr<Frame> F = newFrame();
    F->Enclosing = S.Function;
    Scope Inner = S;
    Inner.Locals = &F->Locals;
    Inner.Function = F.get();
    SequenceObj *Seq = H.make<SequenceObj>(
        E->Kind == ast::NodeKind::SetComp ? ObjKind::Set : ObjKind::List);
    Seq->Exhaustible = E->Kind == ast::NodeKind::GeneratorExp;
    DictObj *Dict = H.make<DictObj>();
    bool Known = true;
    std::function<void(size_t)> Run = [&](size_t Level) {
      if (!Known)
        return;
      if (Level == Gens.size()) {
        if (const auto *DC = dyn_cast<ast::DictComp>(E))
          storeItem(Dict, eval(DC->key, Inner), eval(DC->value, Inner));
        else if (const auto *LC = dyn_cast<ast::ListComp>(E))
          Seq->Elements.push_back(eval(LC->elt, Inner));
        else if (const auto *SC = dyn_cast<ast::SetComp>(E))
          Seq->Elements.push_back(eval(SC->elt, Inner));
        else
          Seq->Elements.push_back(eval(cast<ast::GeneratorExp>(E)->elt, Inner));
        return;
      }
      const ast::Comprehension *G = Gens[Level];
      // The first iterable is evaluated in the enclosing scope.
      Object *Iter = eval(G->iter, Level == 0 ? S : Inner);
      std::vector<Object *> Elems;
      if (!iterate(Iter, Elems)) {
        Known = false;
        return;
      }
      for (Object *Elem : Elems) {
        assign(G->target, Elem, Inner, Where);
        bool Keep = true;
        for (const ast::Expression *Cond : G->ifs) {
          int T = truthValue(eval(Cond, Inner));
          if (T < 0) {
            Known = false;
            return;
          }
          Keep &= T == 1;
        }
        if (Keep)
          Run(Level + 1);
      }
    };
    Run(0);
    retire(std::move(F));
    if (!Known)
      return H.unknown("", "comprehension over unknown values", Where);
    if (E->Kind == ast::NodeKind::DictComp)
      return Dict;
    if (Seq->Kind == ObjKind::Set)
      dropDuplicates(Seq);
    return Seq;
  }
  case ast::NodeKind::Yield:
  case ast::NodeKind::YieldFrom: {
    if (Yielding.empty())
      break;
    SequenceObj *Into = Yielding.back();
    if (const auto *Y = dyn_cast<ast::Yield>(E)) {
      Into->Elements.push_back(eval(Y->value, S));
      // What a consumer sends in: next() and for loops send None.
      return H.none();
    }
    Object *From = eval(cast<ast::YieldFrom>(E)->value, S);
    std::vector<Object *> Elements;
    if (!iterate(From, Elements)) {
      Into->Elements.push_back(
          H.unknown("", "yield from a value that cannot be iterated", Where));
      return H.none();
    }
    llvm::append_range(Into->Elements, Elements);
    return H.none();
  }
  default:
    break;
  }
  return H.unknown("",
                   std::string(ast::nodeKindName(E->Kind)) +
                       " expressions are not evaluated",
                   Where);
}

} // namespace schemac::sema
