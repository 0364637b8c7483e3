//===- EvalOperators.cpp - Operators, comparisons, subscripts -------------===//
//
// Binary operators on numbers, strings and containers (with printf-style
// %-formatting, and `X | None` building a union for annotations),
// comparisons and membership, subscripts (which also build the generic
// aliases of annotations: Mapped[int], Optional[str]) and slices.
//
//===----------------------------------------------------------------------===//

#include "sema/Evaluator.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <cmath>

namespace schemac::sema {

/// printf-style formatting, \p Format % \p R:
/// %[(key)][flags][width][.precision]type, each conversion as format()
/// writes it with the same spec.
Object *Evaluator::formatPercent(const std::string &Format, Object *R,
                                 SrcLoc Where) {
  std::vector<Object *> Values;
  if (auto *T = dyn_cast<SequenceObj>(R); T && R->Kind == ObjKind::Tuple)
    Values = T->Elements;
  else
    Values.push_back(R);
  auto Unsupported = [&] {
    return H.unknown("", "unsupported %-format", Where);
  };
  std::string Out;
  size_t Next = 0;
  const std::string &F = Format;
  auto TakeNumber = [&](size_t &P, std::string &Digits) {
    if (P < F.size() && F[P] == '*') {
      auto *N = Next < Values.size() && !isa<DictObj>(R)
                    ? dyn_cast<IntObj>(Values[Next++])
                    : nullptr;
      if (!N || N->Value < 0 || N->Value > 1000)
        return false;
      Digits = std::to_string(N->Value);
      ++P;
      return true;
    }
    while (P < F.size() && llvm::isDigit(F[P]))
      Digits += F[P++];
    return true;
  };
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
    size_t P = I + 1;
    Object *V = nullptr;
    bool Keyed = false;
    // %(name)s takes the value of that key of a dict.
    if (P < F.size() && F[P] == '(') {
      size_t Close = F.find(')', P);
      auto *D = dyn_cast<DictObj>(R);
      if (Close == std::string::npos || !D)
        return Unsupported();
      llvm::StringRef Key(F.data() + P + 1, Close - P - 1);
      for (auto &[K, Value] : D->Items)
        if (auto *KS = dyn_cast<StrObj>(K); KS && KS->Value == Key)
          V = Value;
      P = Close + 1;
      Keyed = true;
    }
    bool Left = false, Zero = false, Alternate = false;
    char Sign = 0;
    for (; P < F.size() && llvm::StringRef("-0+ #").contains(F[P]); ++P) {
      if (F[P] == '-')
        Left = true;
      else if (F[P] == '0')
        Zero = true;
      else if (F[P] == '#')
        Alternate = true;
      else if (F[P] == '+' || !Sign)
        Sign = F[P];
    }
    std::string Width, Precision;
    bool HasPrecision = false;
    if (!TakeNumber(P, Width))
      return Unsupported();
    if (P < F.size() && F[P] == '.') {
      ++P;
      HasPrecision = true;
      if (!TakeNumber(P, Precision))
        return Unsupported();
      if (Precision.empty())
        Precision = "0";
    }
    while (P < F.size() && llvm::StringRef("hlL").contains(F[P]))
      ++P;
    if (P >= F.size())
      return Unsupported();
    char Conv = F[P];
    if (!Keyed && Next < Values.size())
      V = Values[Next++];
    if (!V)
      return Unsupported();
    std::string Piece;
    if (Conv == 's' || Conv == 'r') {
      StrObj Text;
      if (Conv == 'r')
        Text.Value = reprOf(V);
      if ((Conv == 'r' && Text.Value.empty()) ||
          (Conv == 's' && !strOf(V, Text.Value)))
        return Unsupported();
      std::string Spec = (Left ? "<" : ">") + Width;
      if (HasPrecision)
        Spec += "." + Precision;
      if (!formatOf(&Text, Spec + "s", Piece))
        return Unsupported();
    } else if (llvm::StringRef("diuxXoeEfFgGc").contains(Conv)) {
      V = numericValue(V);
      if (auto *B = dyn_cast<BoolObj>(V))
        V = H.integer(B->Value);
      bool Integral = llvm::StringRef("diuxXoc").contains(Conv);
      // %d of a float is of its integer part; %x of one is an error.
      if (auto *Fl = dyn_cast<FloatObj>(V); Fl && Integral) {
        if (!llvm::StringRef("diu").contains(Conv) ||
            !(std::fabs(Fl->Value) < 9.2e18))
          return Unsupported();
        V = H.integer(static_cast<int64_t>(Fl->Value));
      }
      if (!isa<IntObj>(V) && !isa<FloatObj>(V))
        return Unsupported();
      if (Conv == 'c') {
        int64_t C = cast<IntObj>(V)->Value;
        if (C < 0 || C > 0x7F)
          return Unsupported();
        StrObj Char;
        Char.Value = std::string(1, static_cast<char>(C));
        if (!formatOf(&Char, (Left ? "<" : ">") + Width + "s", Piece))
          return Unsupported();
      } else {
        // Precision pads an integer with zeros: not format()'s.
        if (Integral && HasPrecision)
          return Unsupported();
        std::string Spec = Left ? "<" : "";
        if (Sign)
          Spec += Sign;
        if (Alternate)
          Spec += '#';
        if (Zero && !Left)
          Spec += '0';
        Spec += Width;
        if (HasPrecision)
          Spec += "." + Precision;
        Spec += llvm::StringRef("diu").contains(Conv) ? 'd' : Conv;
        if (!formatOf(V, Spec, Piece))
          return Unsupported();
      }
    } else {
      return Unsupported();
    }
    Out += Piece;
    I = P;
  }
  return H.str(std::move(Out), Where);
}

Object *Evaluator::evalBinOp(ast::BinOpKind Op, Object *L, Object *R,
                             SrcLoc Where) {
  using ast::BinOpKind;
  if (isa<InstanceObj>(L) || isa<InstanceObj>(R)) {
    static const std::pair<BinOpKind, const char *> Methods[] = {
        {BinOpKind::Add, "add"},       {BinOpKind::Sub, "sub"},
        {BinOpKind::Mult, "mul"},      {BinOpKind::Div, "truediv"},
        {BinOpKind::Mod, "mod"},       {BinOpKind::BitAnd, "and"},
        {BinOpKind::BitOr, "or"},      {BinOpKind::FloorDiv, "floordiv"},
        {BinOpKind::Pow, "pow"},       {BinOpKind::BitXor, "xor"},
        {BinOpKind::LShift, "lshift"}, {BinOpKind::RShift, "rshift"},
        {BinOpKind::MatMult, "matmul"}};
    for (auto &[K, Name] : Methods)
      if (K == Op) {
        std::string M = std::string("__") + Name + "__";
        std::string RM = std::string("__r") + Name + "__";
        if (Object *Result = callOperator(L, M, R, RM, Where))
          return Result;
      }
    // Members of int and float enums compute as their values; a Flag's
    // bitwise operations make members of their own, and a string's % takes
    // a member as str() and repr() show it.
    bool Bitwise = Op == BinOpKind::BitOr || Op == BinOpKind::BitAnd ||
                   Op == BinOpKind::BitXor;
    auto IsFlag = [](Object *O) {
      auto *I = dyn_cast<InstanceObj>(O);
      return I && I->Class->isSubclassOf("enum.Flag");
    };
    if (!Bitwise || (!IsFlag(L) && !IsFlag(R))) {
      Object *LV = isa<StrObj>(L) ? L : numericValue(L);
      Object *RV = isa<StrObj>(L) ? R : numericValue(R);
      if (LV != L || RV != R)
        return evalBinOp(Op, LV, RV, Where);
    }
  }
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
    if (Op == BinOpKind::Mod)
      return formatPercent(LS->Value, R, Where);
  }
  // Repetition of a list or tuple, bounded as a string's is.
  if (Op == BinOpKind::Mult && isa<IntObj>(L) != isa<IntObj>(R)) {
    auto *Seq = dyn_cast<SequenceObj>(isa<IntObj>(L) ? R : L);
    int64_t Times = cast<IntObj>(isa<IntObj>(L) ? L : R)->Value;
    if (Seq && (Seq->Kind == ObjKind::Tuple || Seq->Kind == ObjKind::List)) {
      SequenceObj *Out = H.make<SequenceObj>(Seq->Kind);
      for (int64_t I = 0;
           I < Times && Out->Elements.size() + Seq->Elements.size() < (1 << 20);
           ++I)
        llvm::append_range(Out->Elements, Seq->Elements);
      return Out;
    }
  }
  if (Op == BinOpKind::Add && L->Kind == R->Kind &&
      (L->Kind == ObjKind::Tuple || L->Kind == ObjKind::List)) {
    SequenceObj *Out = H.make<SequenceObj>(L->Kind);
    Out->Elements = cast<SequenceObj>(L)->Elements;
    llvm::append_range(Out->Elements, cast<SequenceObj>(R)->Elements);
    return Out;
  }
  // Set algebra: -, |, & and ^ of sets whose elements compare known.
  if (L->Kind == ObjKind::Set && R->Kind == ObjKind::Set &&
      (Op == BinOpKind::Sub || Op == BinOpKind::BitOr ||
       Op == BinOpKind::BitAnd || Op == BinOpKind::BitXor)) {
    const auto &LE = cast<SequenceObj>(L)->Elements;
    const auto &RE = cast<SequenceObj>(R)->Elements;
    bool Known = true;
    auto In = [&](Object *X, const std::vector<Object *> &Set) {
      for (Object *Y : Set)
        if (int Eq = equalValues(X, Y); Eq != 0) {
          Known &= Eq == 1;
          return true;
        }
      return false;
    };
    SequenceObj *Out = H.make<SequenceObj>(ObjKind::Set);
    for (Object *X : LE)
      if (In(X, RE) == (Op == BinOpKind::BitAnd) || Op == BinOpKind::BitOr)
        Out->Elements.push_back(X);
    if (Op == BinOpKind::BitOr || Op == BinOpKind::BitXor)
      for (Object *X : RE)
        if (!In(X, LE))
          Out->Elements.push_back(X);
    if (Known)
      return Out;
    return H.unknown("", "set operation over values that do not compare",
                     Where);
  }
  if (Op == BinOpKind::BitOr && isa<DictObj>(L) && isa<DictObj>(R)) {
    DictObj *Out = H.make<DictObj>();
    Out->Items = cast<DictObj>(L)->Items;
    for (auto &[K, V] : cast<DictObj>(R)->Items)
      storeItem(Out, K, V);
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

std::optional<int> orderValues(const Object *X, const Object *Y) {
  auto Number = [](const Object *O) -> std::optional<double> {
    if (auto *I = dyn_cast<IntObj>(O))
      return static_cast<double>(I->Value);
    if (auto *F = dyn_cast<FloatObj>(O))
      return F->Value;
    if (auto *B = dyn_cast<BoolObj>(O))
      return B->Value ? 1.0 : 0.0;
    return std::nullopt;
  };
  if (auto *SX = dyn_cast<StrObj>(X)) {
    auto *SY = dyn_cast<StrObj>(Y);
    if (!SY)
      return std::nullopt;
    int C = SX->Value.compare(SY->Value);
    return (C > 0) - (C < 0);
  }
  if (auto NX = Number(X)) {
    auto NY = Number(Y);
    if (!NY)
      return std::nullopt;
    return (*NX > *NY) - (*NX < *NY);
  }
  auto *QX = dyn_cast<SequenceObj>(X), *QY = dyn_cast<SequenceObj>(Y);
  if (!QX || !QY || QX->Kind != QY->Kind ||
      (QX->Kind != ObjKind::Tuple && QX->Kind != ObjKind::List))
    return std::nullopt;
  for (size_t I = 0; I < QX->Elements.size() && I < QY->Elements.size(); ++I) {
    std::optional<int> C = orderValues(QX->Elements[I], QY->Elements[I]);
    if (!C || *C)
      return C;
  }
  size_t NX = QX->Elements.size(), NY = QY->Elements.size();
  return (NX > NY) - (NX < NY);
}

/// An instance of the project's classes none of which defines __eq__:
/// object's compares it by identity (keystone's `option in
/// registry.values()`). A library class may define one the stubs leave out.
static bool comparesByIdentity(const Object *O) {
  const auto *I = dyn_cast<InstanceObj>(O);
  if (!I || !I->Class)
    return false;
  return llvm::all_of(I->Class->Mro, [](const ClassObj *C) {
    if (C->QualName == "builtins.object")
      return true;
    return !C->IsStub && !C->partlyUnseen() && !C->Dict.count("__eq__");
  });
}

int equalValues(const Object *A, const Object *B) {
  if (A == B)
    return 1;
  if (isa<UnknownObj>(A) || isa<UnknownObj>(B))
    return -1;
  // Neither side's __eq__ knows the other: False.
  auto PlainValue = [](const Object *O) {
    return comparesByIdentity(O) ||
           isa<NoneObj, BoolObj, IntObj, FloatObj, StrObj, BytesObj>(O);
  };
  if ((comparesByIdentity(A) && PlainValue(B)) ||
      (comparesByIdentity(B) && PlainValue(A)))
    return 0;
  // Numbers compare by value across int, bool and float (1 == 1.0 == True).
  auto Number = [](const Object *O) -> std::optional<double> {
    if (const auto *I = dyn_cast<IntObj>(O))
      return static_cast<double>(I->Value);
    if (const auto *F = dyn_cast<FloatObj>(O))
      return F->Value;
    if (const auto *Bo = dyn_cast<BoolObj>(O))
      return Bo->Value ? 1.0 : 0.0;
    return std::nullopt;
  };
  if (auto NA = Number(A), NB = Number(B); NA && NB) {
    // Two ints exactly: past 2^53 doubles round.
    if (isa<IntObj>(A) && isa<IntObj>(B))
      return cast<IntObj>(A)->Value == cast<IntObj>(B)->Value;
    return *NA == *NB;
  }
  std::string RA = reprOf(A), RB = reprOf(B);
  if (RA.empty() || RB.empty())
    return A->Kind == B->Kind && (isa<ClassObj>(A) || isa<ModuleObj>(A)) ? 0
                                                                         : -1;
  return RA == RB;
}

/// Python's binary operator protocol for instances whose class defines the
/// method (SQLAlchemy's column operators build SQL expressions): L.op(R),
/// else R.rop(L). Null when neither side defines it.
Object *Evaluator::callOperator(Object *L, llvm::StringRef Method, Object *R,
                                llvm::StringRef Reflected, SrcLoc Where) {
  auto Defines = [&](Object *O, llvm::StringRef Name) {
    auto *I = dyn_cast<InstanceObj>(O);
    const Binding *B = I && I->Class ? I->Class->lookup(Name) : nullptr;
    return B && isa<FunctionObj>(B->Value);
  };
  Object *Self = L, *Other = R;
  llvm::StringRef Name = Method;
  if (!Defines(L, Method)) {
    if (Reflected.empty() || !Defines(R, Reflected))
      return nullptr;
    Self = R, Other = L, Name = Reflected;
  }
  CallArgs Args;
  Args.Positional.push_back(Other);
  return call(getAttr(Self, Name, Where), Args, Where);
}

static llvm::StringRef compareMethod(ast::CmpOpKind Op, bool Reflected) {
  switch (Op) {
  case ast::CmpOpKind::Eq:
    return "__eq__";
  case ast::CmpOpKind::NotEq:
    return "__ne__";
  case ast::CmpOpKind::Lt:
    return Reflected ? "__gt__" : "__lt__";
  case ast::CmpOpKind::LtE:
    return Reflected ? "__ge__" : "__le__";
  case ast::CmpOpKind::Gt:
    return Reflected ? "__lt__" : "__gt__";
  case ast::CmpOpKind::GtE:
    return Reflected ? "__le__" : "__ge__";
  default:
    return "";
  }
}

Object *Evaluator::evalCompare(const ast::Compare *C, Scope &S) {
  SrcLoc Where = locOf(C, S);
  Object *Left = eval(C->left, S);
  // `price >= 0` on a column: an SQL expression, not a truth value.
  if (C->ops.size() == 1 && !compareMethod(C->ops[0], false).empty()) {
    Object *Right = eval(C->comparators[0], S);
    if (Object *R = callOperator(Left, compareMethod(C->ops[0], false), Right,
                                 compareMethod(C->ops[0], true), Where))
      return R;
  }
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
      if (Object *R = callOperator(Right, "__contains__", Left, "", Where)) {
        Result = truthValue(R);
      } else if (auto *Str = dyn_cast<StrObj>(Right);
                 Str && isa<StrObj>(Left)) {
        Result =
            Str->Value.find(cast<StrObj>(Left)->Value) != std::string::npos;
      } else if (iterate(Right, Elems)) {
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
      // Orderings: numbers, strings, tuples of them
      // (sys.version_info >= (3, 10)).
      if (std::optional<int> Order = orderValues(Left, Right)) {
        int Cmp = *Order;
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

void dropDuplicates(SequenceObj *Set) {
  std::vector<Object *> Kept;
  for (Object *X : Set->Elements)
    if (llvm::none_of(Kept, [&](Object *K) { return equalValues(K, X) == 1; }))
      Kept.push_back(X);
  Set->Elements = std::move(Kept);
}

Object *Evaluator::subscript(Object *Value, Object *Index, SrcLoc Where) {
  if (Object *R = callOperator(Value, "__getitem__", Index, "", Where))
    return R;
  if (auto *Seq = dyn_cast<SequenceObj>(Value)) {
    if (auto *I = dyn_cast<IntObj>(Index)) {
      int64_t N = static_cast<int64_t>(Seq->Elements.size());
      int64_t At = I->Value < 0 ? I->Value + N : I->Value;
      if (At >= 0 && At < N)
        return Seq->Elements[At];
      if (!Seq->Incomplete)
        raiseBuiltin("IndexError", Where);
    }
    return H.unknown("", "index out of range or unknown", Where);
  }
  if (auto *D = dyn_cast<DictObj>(Value)) {
    if (auto *Item = findItem(D, Index))
      return Item->second;
    if (D->DefaultFactory) {
      // defaultdict.__missing__: the factory's value, stored under the key.
      CallArgs None;
      Object *Made = call(D->DefaultFactory, None, Where);
      noteWrite(D);
      D->Items.emplace_back(Index, Made);
      return Made;
    }
    if (surelyLacks(D, Index))
      raiseBuiltin("KeyError", Where);
    return H.unknown("", "key not found in mapping", Where);
  }
  // Generic classes: Mapped[int], Optional[str], list["Order"], Annotated.
  if (isa<ClassObj, GenericAliasObj>(Value) ||
      (isa<InstanceObj>(Value) &&
       cast<InstanceObj>(Value)->Class->isSubclassOf("typing._SpecialForm"))) {
    GenericAliasObj *G = H.make<GenericAliasObj>();
    G->Origin = Value;
    if (Index->Kind == ObjKind::Tuple)
      llvm::append_range(G->Args, cast<SequenceObj>(Index)->Elements);
    else
      G->Args.push_back(Index);
    G->Where = Where;
    return G;
  }
  if (auto *U = dyn_cast<UnknownObj>(Value)) {
    // What a library's generic gives (AbstractContextManager[T]) is as
    // opaque as the generic.
    UnknownObj *Item =
        H.unknown(U->Name.empty() ? "" : U->Name + "[...]", U->Reason, Where);
    Item->Opaque = U->Opaque;
    return Item;
  }
  return H.unknown("", "subscript of a value that is not a container", Where);
}

} // namespace schemac::sema
