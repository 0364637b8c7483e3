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

#include <cmath>

namespace schemac::sema {

using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

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

/// str() of a value, as f-strings and str.format need it; false when the
/// value has no known text.
static bool strOf(const Object *O, std::string &Out) {
  switch (O->Kind) {
  case ObjKind::Str:
    Out += cast<StrObj>(O)->Value;
    return true;
  case ObjKind::Int:
  case ObjKind::Float:
  case ObjKind::Bool:
  case ObjKind::None:
    Out += reprOf(O);
    return true;
  case ObjKind::Instance: {
    // An enum member's str() is Class.NAME.
    const auto *I = cast<InstanceObj>(O);
    auto Name = I->Attrs.find("name");
    if (I->Class && I->Class->isSubclassOf("enum.Enum") &&
        Name != I->Attrs.end() && isa<StrObj>(Name->second.Value)) {
      Out += I->Class->Name + "." + cast<StrObj>(Name->second.Value)->Value;
      return true;
    }
    return false;
  }
  default:
    return false;
  }
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
  if (const auto *U = dyn_cast<UnknownObj>(O))
    return U->Name.empty() ? U->Reason : "'" + U->Name + "': " + U->Reason;
  return std::string("a ") + kindName(O->Kind).str();
}

bool Evaluator::iterate(Object *O, std::vector<Object *> &Out) {
  return elementsOf(H, O, Out);
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
      if (FV->format_spec)
        return H.unknown("", "f-string format specs are not evaluated", Where);
      if (FV->conversion == 'r' || FV->conversion == 'a') {
        std::string R = reprOf(V);
        if (R.empty())
          return H.unknown("", "f-string field has no known value", Where);
        Out += R;
      } else if (!strOf(V, Out)) {
        return H.unknown("", "f-string field has no known value", Where);
      }
    }
    return H.str(std::move(Out), Where);
  }
  case ast::NodeKind::Name:
    return lookupName(cast<ast::Name>(E)->id, S, Where);
  case ast::NodeKind::Attribute: {
    const auto *A = cast<ast::Attribute>(E);
    return getAttr(eval(A->value, S), A->attr, Where);
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
        if (!elementsOf(H, Value, Elems))
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
        Args.Keywords.emplace_back(K->arg.str(), V);
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
          Args.Keywords.emplace_back(KS->Value, Value);
    }
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
        if (!elementsOf(H, eval(Star->value, S), More))
          return H.unknown("", "unpacking of unknown length", Where);
        llvm::append_range(Seq->Elements, More);
        continue;
      }
      Seq->Elements.push_back(eval(Elt, S));
    }
    return Seq;
  }
  case ast::NodeKind::Dict: {
    const auto *D = cast<ast::Dict>(E);
    DictObj *Out = H.make<DictObj>();
    Out->Where = Where;
    for (size_t I = 0; I < D->values.size(); ++I) {
      Object *V = eval(D->values[I], S);
      if (!D->keys[I]) {
        auto *Inner = dyn_cast<DictObj>(V);
        if (!Inner)
          return H.unknown("", "**-unpacking of an unknown mapping", Where);
        for (auto &KV : Inner->Items)
          Out->Items.push_back(KV);
        continue;
      }
      Object *K = eval(D->keys[I], S);
      std::string KR = reprOf(K);
      auto Existing = llvm::find_if(Out->Items, [&](auto &KV) {
        return !KR.empty() && reprOf(KV.first) == KR;
      });
      if (Existing != Out->Items.end())
        Existing->second = V;
      else
        Out->Items.emplace_back(K, V);
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
    DictObj *Dict = H.make<DictObj>();
    bool Known = true;
    std::function<void(size_t)> Run = [&](size_t Level) {
      if (!Known)
        return;
      if (Level == Gens.size()) {
        if (const auto *DC = dyn_cast<ast::DictComp>(E))
          Dict->Items.emplace_back(eval(DC->key, Inner),
                                   eval(DC->value, Inner));
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
      if (!elementsOf(H, Iter, Elems)) {
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
    return Seq;
  }
  default:
    return H.unknown("",
                     std::string(ast::nodeKindName(E->Kind)) +
                         " expressions are not evaluated",
                     Where);
  }
}

Object *Evaluator::evalBinOp(ast::BinOpKind Op, Object *L, Object *R,
                             SrcLoc Where) {
  using ast::BinOpKind;
  if (auto *LI = dyn_cast<IntObj>(L)) {
    if (auto *RI = dyn_cast<IntObj>(R)) {
      int64_t A = LI->Value, B = RI->Value;
      switch (Op) {
      case BinOpKind::Add:
        return H.integer(A + B);
      case BinOpKind::Sub:
        return H.integer(A - B);
      case BinOpKind::Mult:
        return H.integer(A * B);
      case BinOpKind::FloorDiv:
        if (B != 0)
          return H.integer(static_cast<int64_t>(
              std::floor(static_cast<double>(A) / static_cast<double>(B))));
        break;
      case BinOpKind::Mod:
        if (B != 0)
          return H.integer(((A % B) + B) % B);
        break;
      case BinOpKind::Pow:
        if (B >= 0 && B < 63)
          return H.integer(static_cast<int64_t>(std::pow(A, B)));
        break;
      case BinOpKind::LShift:
        if (B >= 0 && B < 63)
          return H.integer(A << B);
        break;
      case BinOpKind::RShift:
        if (B >= 0 && B < 63)
          return H.integer(A >> B);
        break;
      case BinOpKind::BitOr:
        return H.integer(A | B);
      case BinOpKind::BitAnd:
        return H.integer(A & B);
      case BinOpKind::BitXor:
        return H.integer(A ^ B);
      default:
        break;
      }
    }
  }
  auto AsDouble = [](Object *O, double &D) {
    if (auto *I = dyn_cast<IntObj>(O))
      return D = static_cast<double>(I->Value), true;
    if (auto *F = dyn_cast<FloatObj>(O))
      return D = F->Value, true;
    return false;
  };
  double A, B;
  if (AsDouble(L, A) && AsDouble(R, B)) {
    FloatObj *F = H.make<FloatObj>();
    switch (Op) {
    case BinOpKind::Add:
      F->Value = A + B;
      return F;
    case BinOpKind::Sub:
      F->Value = A - B;
      return F;
    case BinOpKind::Mult:
      F->Value = A * B;
      return F;
    case BinOpKind::Div:
      if (B != 0) {
        F->Value = A / B;
        return F;
      }
      break;
    default:
      break;
    }
  }
  if (auto *LS = dyn_cast<StrObj>(L)) {
    if (auto *RS = dyn_cast<StrObj>(R); RS && Op == BinOpKind::Add)
      return H.str(LS->Value + RS->Value, Where);
    if (auto *RI = dyn_cast<IntObj>(R); RI && Op == BinOpKind::Mult) {
      std::string Out;
      for (int64_t I = 0; I < RI->Value && Out.size() < (1 << 20); ++I)
        Out += LS->Value;
      return H.str(std::move(Out), Where);
    }
    if (Op == BinOpKind::Mod) {
      // printf-style formatting with %s / %d / %r and %%.
      std::vector<Object *> Values;
      if (auto *T = dyn_cast<SequenceObj>(R); T && R->Kind == ObjKind::Tuple)
        Values = T->Elements;
      else
        Values.push_back(R);
      std::string Out;
      size_t Next = 0;
      const std::string &F = LS->Value;
      for (size_t I = 0; I < F.size(); ++I) {
        if (F[I] != '%') {
          Out += F[I];
          continue;
        }
        if (I + 1 < F.size() && F[I + 1] == '%') {
          Out += '%';
          ++I;
          continue;
        }
        if (I + 1 >= F.size() || Next >= Values.size() ||
            !llvm::is_contained(llvm::StringRef("sdri"), F[I + 1]))
          return H.unknown("", "unsupported %-format", Where);
        Object *V = Values[Next++];
        if (F[I + 1] == 'r') {
          std::string Rep = reprOf(V);
          if (Rep.empty())
            return H.unknown("", "unsupported %-format", Where);
          Out += Rep;
        } else if (!strOf(V, Out)) {
          return H.unknown("", "unsupported %-format", Where);
        }
        ++I;
      }
      return H.str(std::move(Out), Where);
    }
  }
  if (Op == BinOpKind::Add && L->Kind == R->Kind &&
      (L->Kind == ObjKind::Tuple || L->Kind == ObjKind::List)) {
    SequenceObj *Out = H.make<SequenceObj>(L->Kind);
    Out->Elements = cast<SequenceObj>(L)->Elements;
    llvm::append_range(Out->Elements, cast<SequenceObj>(R)->Elements);
    return Out;
  }
  if (Op == BinOpKind::BitOr && isa<DictObj>(L) && isa<DictObj>(R)) {
    DictObj *Out = H.make<DictObj>();
    Out->Items = cast<DictObj>(L)->Items;
    llvm::append_range(Out->Items, cast<DictObj>(R)->Items);
    return Out;
  }
  // `X | None` in annotations: a union.
  if (Op == BinOpKind::BitOr && (isa<ClassObj, GenericAliasObj, NoneObj>(L) ||
                                 isa<ClassObj, GenericAliasObj, NoneObj>(R))) {
    GenericAliasObj *U = H.make<GenericAliasObj>();
    U->Origin = lookupQualified("typing.Union");
    U->Args = {L, R};
    U->Where = Where;
    return U;
  }
  return H.unknown("", "unsupported operands", Where);
}

/// Structural equality of constants; -1 when it cannot be decided.
static int equalValues(const Object *A, const Object *B) {
  if (A == B)
    return 1;
  if (isa<UnknownObj>(A) || isa<UnknownObj>(B))
    return -1;
  std::string RA = reprOf(A), RB = reprOf(B);
  if (RA.empty() || RB.empty())
    return A->Kind == B->Kind && (isa<ClassObj>(A) || isa<ModuleObj>(A)) ? 0
                                                                         : -1;
  if (isa<BoolObj>(A) || isa<BoolObj>(B))
    return (truthValue(A) == truthValue(B)) &&
           (isa<IntObj, BoolObj>(A) && isa<IntObj, BoolObj>(B));
  return RA == RB;
}

Object *Evaluator::evalCompare(const ast::Compare *C, Scope &S) {
  SrcLoc Where = locOf(C, S);
  Object *Left = eval(C->left, S);
  for (size_t I = 0; I < C->ops.size(); ++I) {
    Object *Right = eval(C->comparators[I], S);
    int Result = -1;
    switch (C->ops[I]) {
    case ast::CmpOpKind::Eq:
      Result = equalValues(Left, Right);
      break;
    case ast::CmpOpKind::NotEq:
      Result = equalValues(Left, Right);
      if (Result >= 0)
        Result = !Result;
      break;
    case ast::CmpOpKind::Is:
    case ast::CmpOpKind::IsNot:
      if (!isa<UnknownObj>(Left) && !isa<UnknownObj>(Right)) {
        Result = Left == Right || (isa<NoneObj>(Left) && isa<NoneObj>(Right));
        if (C->ops[I] == ast::CmpOpKind::IsNot)
          Result = !Result;
      }
      break;
    case ast::CmpOpKind::In:
    case ast::CmpOpKind::NotIn: {
      std::vector<Object *> Elems;
      if (auto *Str = dyn_cast<StrObj>(Right); Str && isa<StrObj>(Left)) {
        Result =
            Str->Value.find(cast<StrObj>(Left)->Value) != std::string::npos;
      } else if (elementsOf(H, Right, Elems)) {
        Result = 0;
        for (Object *E : Elems) {
          int Eq = equalValues(Left, E);
          if (Eq < 0) {
            Result = -1;
            break;
          }
          if (Eq) {
            Result = 1;
            break;
          }
        }
      }
      if (Result >= 0 && C->ops[I] == ast::CmpOpKind::NotIn)
        Result = !Result;
      break;
    }
    default: {
      // Orderings: numbers, strings, and tuples of numbers
      // (sys.version_info >= (3, 10)).
      auto Key = [](Object *O, std::vector<double> &Out) {
        if (auto *I = dyn_cast<IntObj>(O))
          return Out.push_back(static_cast<double>(I->Value)), true;
        if (auto *F = dyn_cast<FloatObj>(O))
          return Out.push_back(F->Value), true;
        if (auto *T = dyn_cast<SequenceObj>(O)) {
          for (Object *E : T->Elements) {
            if (auto *I = dyn_cast<IntObj>(E))
              Out.push_back(static_cast<double>(I->Value));
            else
              return false;
          }
          return true;
        }
        return false;
      };
      std::vector<double> A, B;
      if (Key(Left, A) && Key(Right, B)) {
        int Cmp = A < B ? -1 : (A == B ? 0 : 1);
        switch (C->ops[I]) {
        case ast::CmpOpKind::Lt:
          Result = Cmp < 0;
          break;
        case ast::CmpOpKind::LtE:
          Result = Cmp <= 0;
          break;
        case ast::CmpOpKind::Gt:
          Result = Cmp > 0;
          break;
        case ast::CmpOpKind::GtE:
          Result = Cmp >= 0;
          break;
        default:
          break;
        }
      }
      break;
    }
    }
    if (Result < 0)
      return H.unknown("", "comparison of unknown values", Where);
    if (!Result)
      return H.boolean(false);
    Left = Right;
  }
  return H.boolean(true);
}

Object *Evaluator::slice(Object *Value, const ast::Slice *Sl, Scope &S,
                         SrcLoc Where) {
  int64_t Bounds[3] = {0, 0, 1};
  bool Given[3] = {false, false, false};
  const ast::Expression *Parts[3] = {Sl->lower, Sl->upper, Sl->step};
  for (int I = 0; I < 3; ++I) {
    if (!Parts[I])
      continue;
    Object *V = eval(Parts[I], S);
    if (isa<NoneObj>(V))
      continue;
    auto *Int = dyn_cast<IntObj>(V);
    if (!Int)
      return H.unknown("", "slice with unknown bounds", Where);
    Bounds[I] = Int->Value;
    Given[I] = true;
  }
  int64_t Step = Bounds[2];
  std::vector<Object *> Elements;
  auto *Str = dyn_cast<StrObj>(Value);
  if (auto *Seq = dyn_cast<SequenceObj>(Value))
    Elements = Seq->Elements;
  else if (Str)
    for (char C : Str->Value)
      Elements.push_back(H.str(std::string(1, C)));
  else
    return H.unknown("", "slice of a value that is not a sequence", Where);
  if (Step == 0)
    return H.unknown("", "slice step cannot be zero", Where);
  int64_t N = static_cast<int64_t>(Elements.size());
  // Python's slice.indices().
  auto Clamp = [&](int64_t V, bool IsGiven, int64_t Default) {
    if (!IsGiven)
      return Default;
    if (V < 0)
      V += N;
    if (Step > 0)
      return std::clamp<int64_t>(V, 0, N);
    return std::clamp<int64_t>(V, -1, N - 1);
  };
  int64_t Start = Clamp(Bounds[0], Given[0], Step > 0 ? 0 : N - 1);
  int64_t Stop = Clamp(Bounds[1], Given[1], Step > 0 ? N : -1);
  std::vector<Object *> Out;
  for (int64_t I = Start; Step > 0 ? I < Stop : I > Stop; I += Step)
    Out.push_back(Elements[I]);
  if (Str) {
    std::string Text;
    for (Object *O : Out)
      Text += cast<StrObj>(O)->Value;
    return H.str(Text, Where);
  }
  SequenceObj *Result = H.make<SequenceObj>(Value->Kind);
  Result->Elements = std::move(Out);
  return Result;
}

Object *Evaluator::subscript(Object *Value, Object *Index, SrcLoc Where) {
  if (auto *Seq = dyn_cast<SequenceObj>(Value)) {
    if (auto *I = dyn_cast<IntObj>(Index)) {
      int64_t N = static_cast<int64_t>(Seq->Elements.size());
      int64_t At = I->Value < 0 ? I->Value + N : I->Value;
      if (At >= 0 && At < N)
        return Seq->Elements[At];
    }
    return H.unknown("", "index out of range or unknown", Where);
  }
  if (auto *D = dyn_cast<DictObj>(Value)) {
    for (auto &[K, V] : D->Items)
      if (equalValues(K, Index) == 1)
        return V;
    return H.unknown("", "key not found in mapping", Where);
  }
  // Generic classes: Mapped[int], Optional[str], list["Order"], Annotated.
  if (isa<ClassObj, GenericAliasObj>(Value) ||
      (isa<InstanceObj>(Value) &&
       cast<InstanceObj>(Value)->Class->isSubclassOf("typing._SpecialForm"))) {
    GenericAliasObj *G = H.make<GenericAliasObj>();
    G->Origin = Value;
    if (Index->Kind == ObjKind::Tuple)
      G->Args = cast<SequenceObj>(Index)->Elements;
    else
      G->Args.push_back(Index);
    G->Where = Where;
    return G;
  }
  if (auto *U = dyn_cast<UnknownObj>(Value))
    return H.unknown(U->Name.empty() ? "" : U->Name + "[...]", U->Reason,
                     Where);
  return H.unknown("", "subscript of a value that is not a container", Where);
}

} // namespace schemac::sema
