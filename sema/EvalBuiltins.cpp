//===- EvalBuiltins.cpp - Python builtins the evaluator implements --------===//

#include "sema/Evaluator.h"

#include "support/PyRegex.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>

namespace schemac::sema {

/// The `re` stub's intrinsics: (pattern, flags, ...) on support/PyRegex,
/// CPython's engine ported.
Object *Evaluator::callRegex(BuiltinId Id, CallArgs &Args, SrcLoc Where) {
  auto *Pattern = dyn_cast_or_null<StrObj>(Args.positional(0));
  auto *Flags = dyn_cast_or_null<IntObj>(Args.positional(1));
  if (!Pattern || !Flags)
    return H.unknown("re", "regular expression with an unknown pattern", Where);
  pyregex::Error Err;
  std::unique_ptr<pyregex::Regex> Re = pyregex::compile(
      Pattern->Value, static_cast<unsigned>(Flags->Value), Err);
  auto Failed = [&] { return H.unknown("re", "re: " + Err.Message, Where); };
  if (!Re)
    return Failed();
  // A match as the stub's Match wants it: the spans of the match and of
  // every group, None for a group that did not take part.
  auto Spans = [&](const pyregex::Match &M) {
    SequenceObj *T = H.make<SequenceObj>(ObjKind::Tuple);
    auto Pair = [&](size_t B, size_t E) {
      SequenceObj *P = H.make<SequenceObj>(ObjKind::Tuple);
      P->Elements = {H.integer(static_cast<int64_t>(B)),
                     H.integer(static_cast<int64_t>(E))};
      return P;
    };
    T->Elements.push_back(Pair(M.Begin, M.End));
    for (const auto &G : M.Groups)
      T->Elements.push_back(G ? static_cast<Object *>(Pair(G->first, G->second))
                              : H.none());
    return T;
  };
  if (Id == BuiltinId::ReFind) {
    auto *Text = dyn_cast_or_null<StrObj>(Args.positional(2));
    auto *Mode = dyn_cast_or_null<StrObj>(Args.positional(3));
    if (!Text || !Mode)
      return H.unknown("re", "regular expression over an unknown string",
                       Where);
    if (Mode->Value == "finditer") {
      std::vector<pyregex::Match> All;
      if (!pyregex::finditer(*Re, Text->Value, All, Err))
        return Failed();
      SequenceObj *L = H.make<SequenceObj>(ObjKind::List);
      for (const pyregex::Match &M : All)
        L->Elements.push_back(Spans(M));
      return L;
    }
    std::optional<pyregex::Match> M;
    bool Ok = Mode->Value == "match" ? pyregex::match(*Re, Text->Value, M, Err)
              : Mode->Value == "search"
                  ? pyregex::search(*Re, Text->Value, 0, M, Err)
                  : pyregex::fullmatch(*Re, Text->Value, M, Err);
    if (!Ok)
      return Failed();
    return M ? static_cast<Object *>(Spans(*M)) : H.none();
  }
  if (Id == BuiltinId::ReSplit) {
    auto *Text = dyn_cast_or_null<StrObj>(Args.positional(2));
    auto *Max = dyn_cast_or_null<IntObj>(Args.positional(3));
    std::vector<std::optional<std::string>> Parts;
    if (!Text || !Max)
      return H.unknown("re", "re.split() of an unknown string", Where);
    if (!pyregex::split(*Re, Text->Value, Max->Value, Parts, Err))
      return Failed();
    SequenceObj *L = H.make<SequenceObj>(ObjKind::List);
    for (const auto &P : Parts)
      L->Elements.push_back(P ? static_cast<Object *>(H.str(*P)) : H.none());
    return L;
  }
  // ReSub: (pattern, flags, repl, string, count); repl a template or a
  // function of the match.
  Object *Repl = Args.positional(2);
  auto *Text = dyn_cast_or_null<StrObj>(Args.positional(3));
  auto *Count = dyn_cast_or_null<IntObj>(Args.positional(4));
  if (!Text || !Count || !Repl)
    return H.unknown("re", "re.sub() of an unknown string", Where);
  if (auto *Template = dyn_cast<StrObj>(Repl)) {
    std::string Out;
    if (!pyregex::sub(*Re, Template->Value, Text->Value, Count->Value, Out,
                      Err))
      return Failed();
    return H.str(Out, Where);
  }
  std::vector<pyregex::Match> All;
  if (!pyregex::finditer(*Re, Text->Value, All, Err))
    return Failed();
  Object *MatchClass = lookupQualified("re.Match");
  std::string Out;
  size_t Last = 0, Done = 0;
  for (const pyregex::Match &M : All) {
    if (Count->Value > 0 && Done == static_cast<size_t>(Count->Value))
      break;
    CallArgs MatchArgs;
    MatchArgs.Positional = {Text, Spans(M)};
    CallArgs ReplArgs;
    ReplArgs.Positional = {call(MatchClass, MatchArgs, Where)};
    auto *Piece = dyn_cast<StrObj>(call(Repl, ReplArgs, Where));
    if (!Piece)
      return H.unknown("re", "re.sub() replacement function gave no string",
                       Where);
    Out += Text->Value.substr(Last, M.Begin - Last) + Piece->Value;
    Last = M.End;
    ++Done;
  }
  Out += Text->Value.substr(Last);
  return H.str(Out, Where);
}

Object *Evaluator::callSetMethod(BuiltinId Id, SequenceObj *Set, CallArgs &Args,
                                 SrcLoc Where) {
  // The arguments of the methods over other sets, as sets: any iterable
  // will do.
  bool TakesSets = Id != BuiltinId::SetAdd && Id != BuiltinId::SetDiscard &&
                   Id != BuiltinId::SetRemove;
  std::vector<SequenceObj *> Others;
  for (Object *A : TakesSets ? llvm::ArrayRef<Object *>(Args.Positional)
                             : llvm::ArrayRef<Object *>()) {
    std::vector<Object *> Elements;
    if (!iterate(A, Elements)) {
      // An update the analysis cannot follow leaves the set with elements
      // it does not know.
      if (Id == BuiltinId::SetUpdate) {
        Set->Incomplete = true;
        report(Where, DiagId::UnevaluatedMethodCall,
               "set.update() of " + describeUnknown(A));
      }
      return H.unknown("", "set method over a value that cannot be iterated",
                       Where);
    }
    SequenceObj *Other = H.make<SequenceObj>(ObjKind::Set);
    Other->Elements = std::move(Elements);
    dropDuplicates(Other);
    Others.push_back(Other);
  }
  // Set algebra over the set and each argument, as the operators do it.
  auto Fold = [&](ast::BinOpKind Op) -> Object * {
    Object *Result = Set;
    for (SequenceObj *Other : Others)
      Result = evalBinOp(Op, Result, Other, Where);
    if (Result == Set) {
      SequenceObj *Copy = H.make<SequenceObj>(ObjKind::Set);
      Copy->Elements = Set->Elements;
      return Copy;
    }
    return Result;
  };
  auto Size = [](Object *O) -> std::optional<size_t> {
    if (auto *S = dyn_cast<SequenceObj>(O))
      return S->Elements.size();
    return std::nullopt;
  };
  Object *A0 = Args.positional(0);
  switch (Id) {
  case BuiltinId::SetAdd:
    noteWrite(Set);
    if (A0) {
      Set->Elements.push_back(A0);
      dropDuplicates(Set);
    }
    return H.none();
  case BuiltinId::SetDiscard:
  case BuiltinId::SetRemove: {
    noteWrite(Set);
    size_t Before = Set->Elements.size();
    if (A0)
      llvm::erase_if(Set->Elements,
                     [&](Object *X) { return equalValues(X, A0) == 1; });
    if (Id == BuiltinId::SetRemove && Set->Elements.size() == Before)
      raiseBuiltin("KeyError", Where);
    return H.none();
  }
  case BuiltinId::SetUpdate:
    noteWrite(Set);
    for (SequenceObj *Other : Others)
      llvm::append_range(Set->Elements, Other->Elements);
    dropDuplicates(Set);
    return H.none();
  case BuiltinId::SetClear:
    noteWrite(Set);
    Set->Elements.clear();
    return H.none();
  case BuiltinId::SetCopy:
  case BuiltinId::SetUnion:
    return Fold(ast::BinOpKind::BitOr);
  case BuiltinId::SetIntersection:
    return Fold(ast::BinOpKind::BitAnd);
  case BuiltinId::SetDifference:
    return Fold(ast::BinOpKind::Sub);
  case BuiltinId::SetSymmetricDifference:
    return Fold(ast::BinOpKind::BitXor);
  case BuiltinId::SetIsSubset:
  case BuiltinId::SetIsSuperset:
  case BuiltinId::SetIsDisjoint: {
    if (Others.size() != 1)
      break;
    // A <= B: nothing of A is left without B; A >= B: B <= A; disjoint:
    // nothing in common.
    Object *Left = Id == BuiltinId::SetIsSuperset ? Others[0] : Set;
    Object *Right = Id == BuiltinId::SetIsSuperset ? Set : Others[0];
    Object *Rest =
        evalBinOp(Id == BuiltinId::SetIsDisjoint ? ast::BinOpKind::BitAnd
                                                 : ast::BinOpKind::Sub,
                  Left, Right, Where);
    if (std::optional<size_t> N = Size(Rest))
      return H.boolean(*N == 0);
    return Rest;
  }
  default:
    break;
  }
  return H.unknown("", "unsupported set method call", Where);
}

/// Python's round(): to the nearest integer, ties to even, or to \p Digits
/// decimal places (a float's exact value rounded, as repr() would not: 2.675
/// is 2.67).
static Object *roundNumber(Heap &H, Object *V, Object *Digits, SrcLoc Where) {
  auto Unknown = [&] {
    return H.unknown("round()", "round() of an unknown value", Where);
  };
  if (auto *B = dyn_cast_or_null<BoolObj>(V))
    V = H.integer(B->Value);
  if (Digits && isa<NoneObj>(Digits))
    Digits = nullptr;
  auto *N = dyn_cast_or_null<IntObj>(Digits);
  if (Digits && !N)
    return Unknown();
  if (auto *I = dyn_cast_or_null<IntObj>(V)) {
    if (!N || N->Value >= 0)
      return I;
    if (N->Value < -18)
      return H.integer(0);
    int64_t Unit = 1;
    for (int64_t K = 0; K < -N->Value; ++K)
      Unit *= 10;
    int64_t Low = I->Value / Unit * Unit;
    if (I->Value < 0 && Low != I->Value)
      Low -= Unit;
    int64_t Rest = I->Value - Low;
    bool Up = 2 * Rest > Unit || (2 * Rest == Unit && (Low / Unit) % 2 != 0);
    return H.integer(Up ? Low + Unit : Low);
  }
  auto *F = dyn_cast_or_null<FloatObj>(V);
  if (!F || !std::isfinite(F->Value))
    return Unknown();
  if (!N) {
    double R = std::nearbyint(F->Value);
    if (std::fabs(R) >= 9.2e18)
      return Unknown();
    return H.integer(static_cast<int64_t>(R));
  }
  if (N->Value < 0 || N->Value > 300)
    return Unknown();
  char Buf[400];
  std::snprintf(Buf, sizeof(Buf), "%.*f", static_cast<int>(N->Value), F->Value);
  FloatObj *Out = H.make<FloatObj>();
  Out->Value = std::strtod(Buf, nullptr);
  return Out;
}

DictObj *Evaluator::globalsOf(ModuleObj *M) {
  DictObj *D = H.make<DictObj>();
  D->Items.reserve(M->Globals.size());
  for (auto &[K, B] : M->Globals)
    D->Items.emplace_back(H.str(K.str()), B.Value);
  D->ViewOf = M;
  return D;
}

Object *Evaluator::callBuiltin(BuiltinObj *B, CallArgs &Args, SrcLoc Where) {
  Object *A0 = Args.positional(0);
  Object *A1 = Args.positional(1);
  auto Unknown = [&](llvm::StringRef Why) {
    return H.unknown("", Why.str(), Where);
  };
  auto Str = [&](Object *O) -> StrObj * { return dyn_cast_or_null<StrObj>(O); };
  auto NewList = [&](ObjKind K = ObjKind::List) {
    return H.make<SequenceObj>(K);
  };
  switch (B->Id) {
  case BuiltinId::IsInstance:
  case BuiltinId::IsSubclass: {
    if (!A0 || !A1)
      return Unknown("isinstance() needs two arguments");
    std::vector<Object *> Classes;
    if (auto *T = dyn_cast<SequenceObj>(A1))
      Classes = T->Elements;
    else
      Classes.push_back(A1);
    ClassObj *T =
        B->Id == BuiltinId::IsInstance ? typeOf(A0) : dyn_cast<ClassObj>(A0);
    if (!T)
      return Unknown("isinstance() of an unknown value");
    for (Object *C : Classes) {
      auto *CC = dyn_cast<ClassObj>(C);
      if (!CC)
        return Unknown("isinstance() against an unknown class");
      if (llvm::is_contained(T->Mro, CC))
        return H.boolean(true);
    }
    return H.boolean(false);
  }
  case BuiltinId::Len:
    if (auto *S = dyn_cast_or_null<SequenceObj>(A0))
      return H.integer(S->Elements.size());
    if (auto *D = dyn_cast_or_null<DictObj>(A0))
      return H.integer(D->Items.size());
    if (auto *S = Str(A0))
      return H.integer(S->Value.size());
    // An object whose class defines __len__ (the stubs' views of a
    // constraint's columns).
    if (Object *Len = callDunder(A0, "__len__", Where))
      return Len;
    // An enum class: its members.
    if (auto *C = dyn_cast_or_null<ClassObj>(A0);
        C && C->isSubclassOf("enum.Enum")) {
      std::vector<Object *> Members;
      if (iterate(C, Members))
        return H.integer(static_cast<int64_t>(Members.size()));
    }
    return Unknown("len() of an unknown value");
  case BuiltinId::Callable: {
    // Flexget's with_session: `callable(args[0])` of the decorated function.
    if (!A0 || isa<UnknownObj>(A0))
      return Unknown("callable() of an unknown value");
    if (isa<FunctionObj, BoundMethodObj, BuiltinObj, ClassObj>(A0))
      return H.boolean(true);
    if (auto *I = dyn_cast<InstanceObj>(A0)) {
      // A library instance may have a __call__ its stub leaves out.
      if (I->Class && I->Class->lookup("__call__"))
        return H.boolean(true);
      if (!I->Class || I->Class->IsStub || I->Class->partlyUnseen() ||
          llvm::any_of(I->Class->Mro, [](ClassObj *C) {
            return C->IsStub && C->QualName != "builtins.object";
          }))
        return Unknown("callable() of a library object");
      return H.boolean(false);
    }
    return H.boolean(false);
  }
  case BuiltinId::Abs: {
    Object *V = numericValue(A0);
    if (auto *I = dyn_cast_or_null<IntObj>(V))
      return I->Value < 0 && I->Value != INT64_MIN ? H.integer(-I->Value) : I;
    if (auto *Bool = dyn_cast_or_null<BoolObj>(V))
      return H.integer(Bool->Value);
    if (auto *F = dyn_cast_or_null<FloatObj>(V)) {
      FloatObj *Out = H.make<FloatObj>();
      Out->Value = std::fabs(F->Value);
      return Out;
    }
    return Unknown("abs() of an unknown value");
  }
  case BuiltinId::Round:
    return roundNumber(H, numericValue(A0), A1, Where);
  case BuiltinId::Import: {
    // __import__("a.b") imports a.b and, with no fromlist, gives a.
    auto *Name = dyn_cast_or_null<StrObj>(A0);
    if (!Name)
      return Unknown("__import__() of a name it cannot read");
    ModuleObj *M = Loader.importModule(Name->Value, Where);
    llvm::StringRef Top = llvm::StringRef(Name->Value).split('.').first;
    if (M && Top != Name->Value)
      M = Loader.importModule(Top, Where);
    if (!M)
      return Unknown("module '" + Name->Value + "' is not found");
    return M;
  }
  case BuiltinId::Globals:
    // Called by its name, it is answered where the call is (eval()).
    return Unknown("globals() called other than by its name");
  case BuiltinId::Vars:
    // An object's, a class's or a module's __dict__.
    if (!A0)
      return Unknown("vars() of the running scope");
    return getAttr(A0, "__dict__", Where);
  case BuiltinId::Dir: {
    // The sorted names of a class and its bases, of an object and its
    // class, or of a module (Indico's auto_table_args collects a class's
    // `*__auto_table_args` this way).
    std::set<std::string> Names;
    auto AddClass = [&](const ClassObj *C) {
      // __qualname__ is the type's, not in its __dict__ in Python.
      for (const ClassObj *M : C->Mro)
        for (auto &[Name, Binding] : M->Dict)
          if (Name != "__qualname__")
            Names.insert(Name.str());
    };
    if (auto *C = dyn_cast_or_null<ClassObj>(A0)) {
      AddClass(C);
    } else if (auto *I = dyn_cast_or_null<InstanceObj>(A0)) {
      for (auto &[Name, Binding] : I->Attrs)
        Names.insert(Name.str());
      AddClass(I->Class);
    } else if (auto *M = dyn_cast_or_null<ModuleObj>(A0)) {
      for (auto &[Name, Binding] : M->Globals)
        Names.insert(Name.str());
    } else {
      return Unknown("dir() of a value whose attributes are not known");
    }
    SequenceObj *Out = H.make<SequenceObj>(ObjKind::List);
    for (const std::string &Name : Names)
      Out->Elements.push_back(H.str(Name, Where));
    return Out;
  }
  case BuiltinId::GetAttr:
  case BuiltinId::HasAttr: {
    auto *Name = Str(A1);
    if (!A0 || !Name)
      return Unknown("getattr() with an unknown name");
    Object *V = getAttr(A0, Name->Value, Where);
    if (B->Id == BuiltinId::HasAttr)
      return isa<UnknownObj>(V) && !isa<UnknownObj>(A0) ? H.boolean(false)
                                                        : H.boolean(true);
    if (isa<UnknownObj>(V) && Args.Positional.size() > 2)
      return Args.Positional[2];
    if (isa<UnknownObj>(V))
      raiseIfLacking(A0, Name->Value, Where);
    return V;
  }
  case BuiltinId::SetAttr:
    if (auto *Name = Str(A1); A0 && Name && Args.Positional.size() > 2)
      setAttr(A0, Name->Value, Args.Positional[2], Where);
    // Some attribute was set: a later read of any may find it.
    else if (A0)
      A0->Incomplete = true;
    return H.none();
  case BuiltinId::Super: {
    // The two-argument form; zero arguments are handled at the call site.
    auto *Start = dyn_cast_or_null<ClassObj>(A0);
    if (!Start || !A1)
      return Unknown("unsupported super() call");
    SuperObj *S = H.make<SuperObj>();
    S->Start = Start;
    S->Self = A1;
    return S;
  }
  case BuiltinId::Print:
    return H.none();
  case BuiltinId::Range: {
    int64_t Start = 0, Stop = 0, Step = 1;
    auto Int = [](Object *O, int64_t &V) {
      auto *I = dyn_cast_or_null<IntObj>(O);
      return I ? (V = I->Value, true) : false;
    };
    size_t N = Args.Positional.size();
    bool Ok = N == 1   ? Int(A0, Stop)
              : N >= 2 ? Int(A0, Start) && Int(A1, Stop) &&
                             (N < 3 || Int(Args.Positional[2], Step))
                       : false;
    if (!Ok || Step == 0 || (Stop - Start) / Step > 100000)
      return Unknown("range() of unknown or huge size");
    SequenceObj *L = NewList();
    for (int64_t I = Start; Step > 0 ? I < Stop : I > Stop; I += Step)
      L->Elements.push_back(H.integer(I));
    return L;
  }
  case BuiltinId::Enumerate: {
    // enumerate(iterable, start=0)
    std::vector<Object *> Elements;
    if (!A0 || !iterate(A0, Elements))
      return Unknown("enumerate() of an unknown value");
    Object *StartArg = A1;
    for (auto &[Key, Value] : Args.Keywords)
      if (Key == "start")
        StartArg = Value;
    auto *Start = dyn_cast_or_null<IntObj>(StartArg);
    if (StartArg && !Start)
      return Unknown("enumerate() from an unknown start");
    SequenceObj *L = NewList();
    for (size_t I = 0; I < Elements.size(); ++I) {
      SequenceObj *Pair = NewList(ObjKind::Tuple);
      Pair->Elements = {
          H.integer(static_cast<int64_t>(I) + (Start ? Start->Value : 0)),
          Elements[I]};
      L->Elements.push_back(Pair);
    }
    return L;
  }
  case BuiltinId::Sum: {
    // sum(iterable, start=0), as + adds them.
    std::vector<Object *> Items;
    if (!A0 || !iterate(A0, Items))
      return Unknown("sum() of a value that cannot be iterated");
    Object *Total = A1 ? A1 : H.integer(0);
    for (auto &[Key, Value] : Args.Keywords)
      if (Key == "start")
        Total = Value;
    for (Object *Item : Items)
      Total = evalBinOp(ast::BinOpKind::Add, Total, Item, Where);
    return Total;
  }
  case BuiltinId::Iter: {
    // An iterator is a list here, which next() takes from the front.
    SequenceObj *L = NewList();
    if (!A0 || !iterate(A0, L->Elements))
      return Unknown("iter() of a value that cannot be iterated");
    L->Exhaustible = true;
    return L;
  }
  case BuiltinId::Next: {
    auto *L = dyn_cast_or_null<SequenceObj>(A0);
    if (!L || A0->Kind != ObjKind::List)
      return Unknown("next() of a value that is not an iterator");
    if (L->Elements.empty()) {
      if (A1)
        return A1;
      raiseBuiltin("StopIteration", Where);
      return Unknown("next() of an exhausted iterator");
    }
    noteWrite(L);
    Object *First = L->Elements.front();
    L->Elements.erase(L->Elements.begin());
    return First;
  }
  case BuiltinId::Zip: {
    std::vector<std::vector<Object *>> Seqs(Args.Positional.size());
    for (size_t I = 0; I < Args.Positional.size(); ++I)
      if (!iterate(Args.Positional[I], Seqs[I]))
        return Unknown("zip() of an unknown value");
    SequenceObj *L = NewList();
    for (size_t I = 0;; ++I) {
      SequenceObj *T = NewList(ObjKind::Tuple);
      for (const std::vector<Object *> &S : Seqs) {
        if (I >= S.size())
          return L;
        T->Elements.push_back(S[I]);
      }
      if (Seqs.empty())
        return L;
      L->Elements.push_back(T);
    }
  }
  case BuiltinId::Sorted:
  case BuiltinId::Reversed: {
    SequenceObj *L = NewList();
    if (auto *S = dyn_cast_or_null<SequenceObj>(A0))
      L->Elements = S->Elements;
    else if (auto *D = dyn_cast_or_null<DictObj>(A0))
      for (auto &KV : D->Items)
        L->Elements.push_back(KV.first);
    else
      return Unknown("sorted() of an unknown value");
    if (B->Id == BuiltinId::Reversed) {
      std::reverse(L->Elements.begin(), L->Elements.end());
      return L;
    }
    // key= and reverse= as Python takes them; the keys compared as
    // Python's < compares them.
    Object *KeyFn = nullptr;
    bool Reverse = false;
    for (auto &[Name, Value] : Args.Keywords) {
      if (Name == "key" && !isa<NoneObj>(Value))
        KeyFn = Value;
      else if (Name == "reverse" && truthValue(Value) >= 0)
        Reverse = truthValue(Value) == 1;
      else if (Name != "key")
        return Unknown("sorted() of values it cannot order");
    }
    std::vector<std::pair<Object *, Object *>> Keyed;
    for (Object *E : L->Elements) {
      Object *K = E;
      if (KeyFn) {
        CallArgs KeyArgs;
        KeyArgs.Positional.push_back(E);
        K = call(KeyFn, KeyArgs, Where);
      }
      Keyed.emplace_back(K, E);
    }
    bool Unordered = false;
    llvm::stable_sort(Keyed, [&](const auto &X, const auto &Y) {
      std::optional<int> C =
          orderValues(Reverse ? Y.first : X.first, Reverse ? X.first : Y.first);
      Unordered |= !C;
      return C && *C < 0;
    });
    if (Unordered)
      return Unknown("sorted() of values it cannot order");
    for (size_t I = 0; I < Keyed.size(); ++I)
      L->Elements[I] = Keyed[I].second;
    return L;
  }
  case BuiltinId::Any:
  case BuiltinId::All: {
    auto *S = dyn_cast_or_null<SequenceObj>(A0);
    if (!S)
      return Unknown("any() of an unknown value");
    bool IsAny = B->Id == BuiltinId::Any;
    for (Object *E : S->Elements) {
      int T = truthValue(E);
      if (T < 0)
        return Unknown("any() of unknown values");
      if (T == IsAny)
        return H.boolean(IsAny);
    }
    return H.boolean(!IsAny);
  }
  case BuiltinId::Min:
  case BuiltinId::Max: {
    std::vector<Object *> Elems(Args.Positional.begin(), Args.Positional.end());
    if (Elems.size() == 1)
      if (auto *S = dyn_cast<SequenceObj>(Elems[0]))
        Elems = S->Elements;
    if (Elems.empty())
      return Unknown("min()/max() of unknown values");
    bool Unordered = false;
    auto Cmp = [&](Object *X, Object *Y) {
      std::optional<int> C = orderValues(X, Y);
      Unordered |= !C;
      return C && *C < 0;
    };
    Object *Found = B->Id == BuiltinId::Min ? *llvm::min_element(Elems, Cmp)
                                            : *llvm::max_element(Elems, Cmp);
    if (Unordered)
      return Unknown("min()/max() of unknown values");
    return Found;
  }
  case BuiltinId::Repr: {
    // An object's own __repr__ (a class's of the project or a stub's).
    if (Object *Own = callDunder(A0, "__repr__", Where);
        isa_and_nonnull<StrObj>(Own))
      return Own;
    std::string R = A0 ? reprOf(A0) : "";
    if (R.empty())
      return Unknown("repr() of an unknown value");
    return H.str(R);
  }
  case BuiltinId::NoteCompiles: {
    // _schemac_note_compiles(class_, registering): a @compiles registration
    // or a deregister() is about to change what renders the class.
    ++CompilesChanges;
    if (!A1 || truthValue(A1) != 1)
      return H.none();
    // The analysis asks @compiles functions for types and SQL functions
    // (CompiledRenderings.cpp); one for another library construct (DDL,
    // statements, operators) or one it does not model changes what
    // SQLAlchemy renders unseen.
    auto *C = dyn_cast_or_null<ClassObj>(A0);
    auto *U = dyn_cast_or_null<UnknownObj>(A0);
    llvm::StringRef Name = C   ? llvm::StringRef(C->QualName)
                           : U ? llvm::StringRef(U->Name)
                               : llvm::StringRef();
    // Statements and query expressions (the "INSERT OR IGNORE" recipe)
    // change no schema: only DDL constructs, and what the analysis does
    // not model at all, are worth a word.
    bool Consulted =
        C && (!C->IsStub || C->isSubclassOf("sqlalchemy.types.TypeEngine") ||
              C->isSubclassOf("sqlalchemy.sql.expression.FunctionElement"));
    // What create_all() renders; DROP is no part of the schema.
    llvm::StringRef Last = Name.rsplit('.').second;
    bool Ddl = Name.starts_with("sqlalchemy.schema.") ||
               Name.starts_with("sqlalchemy.sql.ddl.") ||
               Last.starts_with("Create") || Last.starts_with("AddConstraint");
    bool Unmodelled = !C && !(U && U->Name.empty());
    bool NoSchema =
        Last.starts_with("Drop") || Name.starts_with("sqlalchemy.sql.dml.") ||
        Name.starts_with("sqlalchemy.sql.selectable.") ||
        llvm::is_contained({"Insert", "Update", "Delete", "Select"}, Last);
    if (!Consulted && !NoSchema && (Ddl || Unmodelled))
      report(ProjectCallSite, DiagId::UnappliedCompiles,
             Name.empty() ? describeUnknown(A0) : Name.str());
    return H.none();
  }
  case BuiltinId::MapClass:
    if (auto *C = dyn_cast_or_null<ClassObj>(A0))
      mapPendingClass(C);
    return H.none();
  case BuiltinId::SqlText: {
    std::string Text = SqlTextOf && A0 ? SqlTextOf(A0) : "";
    if (Text.empty())
      return Unknown("the SQL text of " + describeUnknown(A0) +
                     " is not known to the analysis");
    return H.str(std::move(Text));
  }
  // Called from the stub's methods: what they make is where the project
  // called those.
  case BuiltinId::MetadataTables:
    if (Object *Tables =
            TablesOf && A0
                ? TablesOf(A0, A1 && truthValue(A1) == 1, ProjectCallSite)
                : nullptr)
      return Tables;
    return Unknown("the tables of " + describeUnknown(A0));
  case BuiltinId::RegistryClasses:
    if (Object *Classes = RegistryClasses && A0
                              ? RegistryClasses(A0, ProjectCallSite)
                              : nullptr)
      return Classes;
    return Unknown("the classes " + describeUnknown(A0) + " maps");
  case BuiltinId::CopyTable:
    if (Object *Copy = CopyTable ? CopyTable(Args, ProjectCallSite) : nullptr)
      return Copy;
    return Unknown("a copy of " + describeUnknown(A0));
  case BuiltinId::ColumnAttribute: {
    auto *Column = dyn_cast_or_null<InstanceObj>(A0);
    auto *Name = Str(A1);
    if (Object *V = Column && Name && ColumnAttribute
                        ? ColumnAttribute(Column, Name->Value)
                        : nullptr)
      return V;
    return Unknown("the column's " + (Name ? Name->Value : std::string("?")));
  }
  case BuiltinId::AttributeList: {
    // (object, "names" or "values"): its attributes, in the order set.
    auto *I = dyn_cast_or_null<InstanceObj>(A0);
    if (!I)
      return Unknown("the attributes of " + describeUnknown(A0));
    bool Names = Str(A1) && Str(A1)->Value == "names";
    SequenceObj *L = NewList();
    for (auto &[Name, B] : I->Attrs)
      L->Elements.push_back(Names ? H.str(Name.str()) : B.Value);
    return L;
  }
  case BuiltinId::CopyColumn: {
    // Column.copy(): a column of the same arguments but its foreign keys
    // (which copy() leaves behind), under the name and key its table gave
    // it; it becomes a column of the table it is given to.
    auto *Column = dyn_cast_or_null<InstanceObj>(A0);
    if (!Column)
      return Unknown("a copy of " + describeUnknown(A0));
    InstanceObj *Copy = H.make<InstanceObj>();
    Copy->Class = Column->Class;
    Copy->Where = Where;
    Copy->Args = Column->Args;
    for (Object *A : Column->Rest)
      if (auto *Item = dyn_cast<InstanceObj>(A);
          !Item || !Item->Class->isSubclassOf("sqlalchemy.schema.ForeignKey"))
        Copy->Rest.push_back(A);
    Copy->RestKeywords = Column->RestKeywords;
    for (llvm::StringRef Attribute : {"name", "key"}) {
      if (Column->arg(Attribute))
        continue;
      if (Object *V =
              ColumnAttribute ? ColumnAttribute(Column, Attribute) : nullptr)
        Copy->RestKeywords.emplace_back(internName(Attribute), V);
    }
    if (OnInstanceCreated)
      OnInstanceCreated(Copy);
    return Copy;
  }
  case BuiltinId::ConvertedName: {
    auto *S = dyn_cast_or_null<StrObj>(A0);
    if (!S)
      return A0 ? A0 : H.none();
    // A str of its own: the same text elsewhere is no conv().
    StrObj *Marked = H.str(S->Value);
    ConvertedNames.insert(Marked);
    return Marked;
  }
  case BuiltinId::SchemaItemInfo: {
    auto *I = dyn_cast_or_null<InstanceObj>(A0);
    if (!I)
      return Unknown("info of a value that is not a schema item");
    Object *Given = I->arg("info");
    for (auto &[Key, Value] : I->RestKeywords)
      if (Key == "info")
        Given = Value;
    if (!Given || isa<NoneObj>(Given))
      Given = H.make<DictObj>();
    // Kept on the object: what the code stores in it is there later.
    I->Attrs["info"] = {Given, Where};
    return Given;
  }
  case BuiltinId::NewInstance:
    if (auto *C = dyn_cast_or_null<ClassObj>(A0))
      return newInstance(C, Where);
    return Unknown("object.__new__() of a value that is not a class");
  case BuiltinId::BindMethod:
    return A0 ? bound(A0, A1) : H.none();
  case BuiltinId::Caught:
    return H.boolean(A0 && caught(A0));
  case BuiltinId::GetEnv: {
    // os.environ.get(key, default) / os.getenv: the environment at run time
    // is not in the source; the code's own default is the best guess.
    Object *Default = A1 ? A1 : H.none();
    std::string Key = Str(A0) ? Str(A0)->Value : "?";
    std::string R = reprOf(Default);
    report(ProjectCallSite, DiagId::EnvironmentRead, Key,
           isa<NoneObj>(Default) ? std::string(" (None)")
           : R.empty()           ? std::string()
                                 : " (default " + R + ")");
    return Default;
  }
  case BuiltinId::NoteListener: {
    // _schemac_note_listener(target, identifier, fn, once, named, remove,
    // propagate, retval): the listeners of a type's or a column's attaching run
    // (attachListeners()), those of the mappers' configuring in
    // DeclarativeAnalyzer::runConfigureHooks(). Of the other events, those
    // that change the schema (a table's or a constraint's attaching) or the
    // DDL are said to be missing; the others (flushes, loads, attribute
    // sets) change neither.
    Object *Fn = Args.positional(2);
    auto *Identifier = Str(A1);
    if (!Identifier || !Fn || !A0)
      return H.none();
    bool Attach = Identifier->Value == "before_parent_attach" ||
                  Identifier->Value == "after_parent_attach";
    // Attaching is run for columns and their types, on the class or the
    // object.
    ClassObj *TargetClass = classOrClassOf(A0);
    bool Runs = Attach && TargetClass &&
                (TargetClass->isSubclassOf("sqlalchemy.schema.Column") ||
                 TargetClass->isSubclassOf("sqlalchemy.orm.MappedColumn") ||
                 TargetClass->isSubclassOf("sqlalchemy.types.TypeEngine"));
    if (Runs) {
      bool After = Identifier->Value == "after_parent_attach";
      if (truthValue(Args.positional(5)) == 1) {
        llvm::erase_if(AttachListeners, [&](const AttachListener &L) {
          return L.Target == A0 && L.After == After && L.Fn == Fn;
        });
        return H.none();
      }
      AttachListeners.push_back({A0, After, Fn,
                                 truthValue(Args.positional(3)) == 1,
                                 truthValue(Args.positional(4)) == 1});
      return H.none();
    }
    // Only those of the Mapper class run; SQLAlchemy warns of any other
    // target (MapperEvents._listen).
    bool Configure = Identifier->Value == "before_configured" ||
                     Identifier->Value == "after_configured";
    // 1.4's mapper() stands for the Mapper class (MapperEvents._accept_with).
    auto *TargetFunction = dyn_cast<FunctionObj>(A0);
    bool MapperFunction = TargetFunction &&
                          TargetFunction->QualName == "mapper" &&
                          TargetFunction->Globals &&
                          TargetFunction->Globals->Name == "sqlalchemy.orm";
    if (Configure &&
        ((TargetClass &&
          TargetClass->QualName == "sqlalchemy.orm.mapper.Mapper" &&
          TargetClass == A0) ||
         MapperFunction)) {
      bool After = Identifier->Value == "after_configured";
      if (truthValue(Args.positional(5)) == 1)
        llvm::erase_if(ConfigureListeners, [&](const ConfigureListener &L) {
          return L.After == After && L.Fn == Fn;
        });
      else
        ConfigureListeners.push_back(
            {Fn, After, H.lastSerial(), ProjectCallSite});
      return H.none();
    }
    if (Configure && !isa<UnknownObj>(A0) &&
        truthValue(Args.positional(5)) != 1) {
      report(ProjectCallSite, DiagId::ConfigureListenerTarget,
             Identifier->Value);
      return H.none();
    }
    bool Before = Identifier->Value == "before_mapper_configured";
    if (Before || Identifier->Value == "mapper_configured") {
      // MapperEvents._accept_with(): the Mapper class (or mapper()) is
      // every mapper; a class, its mapper, or the mapper it gets (an
      // unmapped base's, _MapperEventsHold); a Mapper, its class's.
      ClassObj *Target = nullptr;
      bool Every =
          (TargetClass && TargetClass == A0 &&
           TargetClass->isSubclassOf("sqlalchemy.orm.mapper.Mapper")) ||
          MapperFunction;
      if (!Every && TargetClass == A0 && !TargetClass->IsStub)
        Target = TargetClass;
      else if (!Every && TargetClass &&
               TargetClass->isSubclassOf("sqlalchemy.orm.mapper.Mapper"))
        Target = dyn_cast_or_null<ClassObj>(
            cast<InstanceObj>(A0)->Attrs.lookup("class_").Value);
      if (Every || Target) {
        if (truthValue(Args.positional(5)) == 1)
          llvm::erase_if(MapperListeners, [&](const MapperListener &L) {
            return L.Before == Before && L.Target == Target && L.Fn == Fn;
          });
        else
          MapperListeners.push_back(
              {Fn, Before, Target, truthValue(Args.positional(6)) == 1,
               truthValue(Args.positional(3)) == 1,
               truthValue(Args.positional(4)) == 1,
               truthValue(Args.positional(7)) == 1, ProjectCallSite});
        return H.none();
      }
    }
    static constexpr llvm::StringLiteral SchemaEvents[] = {
        "before_parent_attach",
        "after_parent_attach",
        "instrument_class",
        "class_instrument",
        "before_mapper_configured",
        "mapper_configured",
        "before_configured",
        "after_configured",
        "before_create",
        "after_create",
        "column_reflect"};
    if (truthValue(Args.positional(5)) != 1 &&
        llvm::is_contained(SchemaEvents, Identifier->Value))
      report(ProjectCallSite, DiagId::EventListenerNotRun, Identifier->Value);
    return H.none();
  }
  case BuiltinId::ImportModule: {
    // importlib.import_module(name, package): the module an import
    // statement of that name would give, relative to package for ".name".
    auto *Name = Str(A0);
    if (!Name)
      return H.opaque("importlib.import_module()",
                      "the module's name is not known", Where);
    llvm::StringRef Relative = Name->Value;
    int Level = 0;
    while (Relative.consume_front("."))
      ++Level;
    std::string Full = Relative.str();
    if (Level) {
      auto *Package = Str(A1);
      if (!Package)
        return H.opaque(Name->Value, "a relative module name with no package",
                        Where);
      Full = importedModuleName(Package->Value, /*IsPackage=*/true, Level,
                                Relative);
    }
    if (ModuleObj *M = Loader.importModule(Full, ProjectCallSite))
      return M;
    return H.opaque(Full, "opaque module", Where);
  }
  case BuiltinId::DefaultDict: {
    // (default_factory, the dict of the other arguments)
    auto *Items = dyn_cast_or_null<DictObj>(A1);
    if (!Items)
      return Unknown("defaultdict() of an unknown mapping");
    DictObj *D = H.make<DictObj>();
    D->Items = Items->Items;
    if (A0 && !isa<NoneObj>(A0))
      D->DefaultFactory = A0;
    return D;
  }
  case BuiltinId::ReSub:
  case BuiltinId::ReFind:
  case BuiltinId::ReSplit:
    return callRegex(B->Id, Args, Where);
  default:
    break;
  }

  // Methods: B->Self is the receiver.
  // function.__get__(obj, type): bound to obj; from the class, itself.
  if (B->Id == BuiltinId::FunctionGet && B->Self)
    return bound(B->Self, A0);
  if (auto *S = dyn_cast_or_null<StrObj>(B->Self))
    if (Object *Result = callStrMethod(B->Id, S, Args, Where))
      return Result;
  if (auto *D = dyn_cast_or_null<DictObj>(B->Self)) {
    switch (B->Id) {
    case BuiltinId::DictGet:
      if (A0)
        if (auto *Item = findItem(D, A0))
          return Item->second;
      return A1 ? A1 : H.none();
    case BuiltinId::DictPop: {
      noteWrite(D);
      if (Object *V = A0 ? removeItem(D, A0, Where) : nullptr)
        return V;
      if (A1)
        return A1;
      return Unknown("dict.pop() of a missing key");
    }
    case BuiltinId::DictSetDefault:
      noteWrite(D);
      if (A0) {
        if (auto *Item = findItem(D, A0))
          return Item->second;
        D->Items.emplace_back(A0, A1 ? A1 : H.none());
        writeThrough(D, A0, D->Items.back().second, Where);
        return D->Items.back().second;
      }
      return Unknown("dict.setdefault() without a key");
    case BuiltinId::DictItems:
    case BuiltinId::DictKeys:
    case BuiltinId::DictValues: {
      SequenceObj *L = NewList();
      for (auto &[K, V] : D->Items) {
        if (B->Id == BuiltinId::DictKeys) {
          L->Elements.push_back(K);
        } else if (B->Id == BuiltinId::DictValues) {
          L->Elements.push_back(V);
        } else {
          SequenceObj *T = NewList(ObjKind::Tuple);
          T->Elements = {K, V};
          L->Elements.push_back(T);
        }
      }
      return L;
    }
    case BuiltinId::DictUpdate:
      noteWrite(D);
      if (auto *Other = dyn_cast_or_null<DictObj>(A0)) {
        // A copy: Other may be D itself (d.update(d)).
        for (auto &[K, V] : std::vector(Other->Items)) {
          storeItem(D, K, V);
          writeThrough(D, K, V, Where);
        }
        D->Incomplete |= Other->Incomplete;
      } else if (A0) {
        D->Incomplete = true;
        report(Where, DiagId::UnevaluatedMethodCall,
               "dict.update() of " + describeUnknown(A0));
      }
      for (auto &[K, V] : Args.Keywords) {
        Object *Key = H.str(K.str());
        storeItem(D, Key, V);
        writeThrough(D, Key, V, Where);
      }
      return H.none();
    case BuiltinId::DictCopy: {
      DictObj *Copy = H.make<DictObj>();
      Copy->Items = D->Items;
      Copy->DefaultFactory = D->DefaultFactory;
      return Copy;
    }
    default:
      break;
    }
  }
  if (auto *Set = dyn_cast_or_null<SequenceObj>(B->Self);
      Set && Set->Kind == ObjKind::Set)
    return callSetMethod(B->Id, Set, Args, Where);
  if (auto *L = dyn_cast_or_null<SequenceObj>(B->Self)) {
    switch (B->Id) {
    case BuiltinId::ListAppend:
      noteWrite(L);
      if (A0)
        L->Elements.push_back(A0);
      return H.none();
    case BuiltinId::ListExtend: {
      noteWrite(L);
      std::vector<Object *> Added;
      if (A0 && iterate(A0, Added)) {
        llvm::append_range(L->Elements, Added);
      } else if (A0) {
        L->Incomplete = true;
        report(Where, DiagId::UnevaluatedMethodCall,
               "list.extend() of " + describeUnknown(A0));
      }
      return H.none();
    }
    case BuiltinId::ListInsert:
      noteWrite(L);
      if (auto *At = dyn_cast_or_null<IntObj>(A0); At && A1)
        L->Elements.insert(
            L->Elements.begin() +
                std::clamp<int64_t>(At->Value, 0, L->Elements.size()),
            A1);
      return H.none();
    case BuiltinId::ListRemove:
    case BuiltinId::ListIndex:
    case BuiltinId::ListCount: {
      if (!A0)
        break;
      // index(x, start, stop) looks in that slice.
      size_t From = 0, To = L->Elements.size();
      auto Bound = [&](Object *O, size_t &Out) {
        auto *N = dyn_cast_or_null<IntObj>(O);
        if (!N)
          return;
        int64_t Size = static_cast<int64_t>(L->Elements.size());
        int64_t At = N->Value < 0 ? N->Value + Size : N->Value;
        Out = static_cast<size_t>(std::clamp<int64_t>(At, 0, Size));
      };
      if (B->Id == BuiltinId::ListIndex) {
        Bound(A1, From);
        Bound(Args.positional(2), To);
      }
      std::vector<size_t> Equal;
      for (size_t I = From; I < To; ++I) {
        int Eq = equalValues(L->Elements[I], A0);
        if (Eq < 0)
          return Unknown("list element that does not compare");
        if (Eq == 1)
          Equal.push_back(I);
      }
      if (B->Id == BuiltinId::ListCount)
        return H.integer(static_cast<int64_t>(Equal.size()));
      if (Equal.empty()) {
        raiseBuiltin("ValueError", Where);
        return Unknown("value not in list");
      }
      if (B->Id == BuiltinId::ListIndex)
        return H.integer(static_cast<int64_t>(Equal.front()));
      noteWrite(L);
      L->Elements.erase(L->Elements.begin() + Equal.front());
      return H.none();
    }
    case BuiltinId::ListPop: {
      int64_t N = static_cast<int64_t>(L->Elements.size());
      auto *At = dyn_cast_or_null<IntObj>(A0);
      if (A0 && !At)
        break;
      int64_t I = At ? (At->Value < 0 ? At->Value + N : At->Value) : N - 1;
      if (I < 0 || I >= N) {
        raiseBuiltin("IndexError", Where);
        return Unknown("pop index out of range");
      }
      noteWrite(L);
      Object *Popped = L->Elements[I];
      L->Elements.erase(L->Elements.begin() + I);
      return Popped;
    }
    case BuiltinId::ListClear:
      noteWrite(L);
      L->Elements.clear();
      return H.none();
    case BuiltinId::ListCopy: {
      SequenceObj *Copy = NewList();
      Copy->Elements = L->Elements;
      return Copy;
    }
    case BuiltinId::ListReverse:
      noteWrite(L);
      std::reverse(L->Elements.begin(), L->Elements.end());
      return H.none();
    case BuiltinId::ListSort: {
      // Numbers or strings, by their own order (no key=).
      bool Ints =
          llvm::all_of(L->Elements, [](Object *O) { return isa<IntObj>(O); });
      bool Strs =
          llvm::all_of(L->Elements, [](Object *O) { return isa<StrObj>(O); });
      if (!Args.Positional.empty() ||
          llvm::any_of(Args.Keywords,
                       [](auto &KW) { return KW.first != "reverse"; }) ||
          (!Ints && !Strs)) {
        // The list keeps the order the analysis has, which may not be the
        // sorted one: said where it happens.
        report(Where, DiagId::UnevaluatedMethodCall,
               "list.sort() of values or with a key the analysis does not "
               "order");
        return Unknown("list.sort() of values or with a key the analysis "
                       "does not order");
      }
      noteWrite(L);
      llvm::stable_sort(L->Elements, [&](Object *X, Object *Y) {
        return Ints ? cast<IntObj>(X)->Value < cast<IntObj>(Y)->Value
                    : cast<StrObj>(X)->Value < cast<StrObj>(Y)->Value;
      });
      for (auto &[Name, Value] : Args.Keywords)
        if (truthValue(Value) == 1)
          std::reverse(L->Elements.begin(), L->Elements.end());
      return H.none();
    }
    default:
      break;
    }
  }
  return Unknown("unsupported builtin call");
}

} // namespace schemac::sema
