//===- EvalStrMethods.cpp - The methods of str
//-----------------------------===//
//
// What the evaluator knows of str's methods: those that make table and
// column names (lower, replace, partition, the case tests of a snake_case
// helper, padding) and format(). Characters beyond ASCII are left unknown
// where their case or class would decide.
//
//===----------------------------------------------------------------------===//

#include "sema/Evaluator.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

namespace schemac::sema {

static bool isAscii(llvm::StringRef S) {
  return llvm::all_of(
      S, [](char C) { return static_cast<unsigned char>(C) < 0x80; });
}

Object *Evaluator::callStrMethod(BuiltinId Id, StrObj *S, CallArgs &Args,
                                 SrcLoc Where) {
  Object *A0 = Args.positional(0);
  Object *A1 = Args.positional(1);
  auto Unknown = [&](llvm::StringRef Why) {
    return H.unknown("", Why.str(), Where);
  };
  auto Str = [&](Object *O) -> StrObj * { return dyn_cast_or_null<StrObj>(O); };
  std::string V = S->Value;
  switch (Id) {
  case BuiltinId::StrRemovePrefix:
  case BuiltinId::StrRemoveSuffix: {
    auto *Affix = Str(A0);
    if (!Affix)
      break;
    llvm::StringRef Rest(V);
    if (Id == BuiltinId::StrRemovePrefix)
      Rest.consume_front(Affix->Value);
    else
      Rest.consume_back(Affix->Value);
    return H.str(Rest.str());
  }
  case BuiltinId::StrLower:
    return H.str(llvm::StringRef(V).lower());
  case BuiltinId::StrUpper:
    return H.str(llvm::StringRef(V).upper());
  case BuiltinId::StrTitle:
  case BuiltinId::StrCapitalize: {
    bool Start = true;
    for (char &C : V) {
      bool Alpha = llvm::isAlpha(C);
      if (Alpha)
        C = Start ? llvm::toUpper(C) : llvm::toLower(C);
      Start = Id == BuiltinId::StrTitle ? !Alpha : false;
    }
    return H.str(V);
  }
  case BuiltinId::StrReplace:
    if (auto *Old = Str(A0); Old && Str(A1) && !Old->Value.empty()) {
      std::string Out;
      llvm::StringRef Rest = V;
      size_t At;
      while ((At = Rest.find(Old->Value)) != llvm::StringRef::npos) {
        Out += Rest.take_front(At).str() + Str(A1)->Value;
        Rest = Rest.drop_front(At + Old->Value.size());
      }
      return H.str(Out + Rest.str());
    }
    return Unknown("str.replace() with unknown arguments");
  case BuiltinId::StrStrip:
  case BuiltinId::StrLStrip:
  case BuiltinId::StrRStrip: {
    // Python strips whitespace, or the characters given.
    llvm::StringRef Chars = " \t\n\r\f\v";
    if (auto *C = Str(A0))
      Chars = C->Value;
    llvm::StringRef R(V);
    if (Id != BuiltinId::StrRStrip)
      R = R.ltrim(Chars);
    if (Id != BuiltinId::StrLStrip)
      R = R.rtrim(Chars);
    return H.str(R.str());
  }
  case BuiltinId::StrStartsWith:
  case BuiltinId::StrEndsWith: {
    // One affix, or a tuple of them: any one matches.
    bool Starts = Id == BuiltinId::StrStartsWith;
    llvm::SmallVector<Object *, 4> Affixes;
    if (auto *T = dyn_cast_or_null<SequenceObj>(A0);
        T && T->Kind == ObjKind::Tuple)
      Affixes.append(T->Elements.begin(), T->Elements.end());
    else
      Affixes.push_back(A0);
    bool Matches = false;
    for (Object *Affix : Affixes) {
      auto *P = Str(Affix);
      if (!P)
        return Unknown(Starts ? "str.startswith() with an unknown prefix"
                              : "str.endswith() with an unknown suffix");
      llvm::StringRef Text(V);
      Matches |= Starts ? Text.starts_with(P->Value) : Text.ends_with(P->Value);
    }
    return H.boolean(Matches);
  }
  case BuiltinId::StrJoin: {
    auto *Parts = dyn_cast_or_null<SequenceObj>(A0);
    if (!Parts)
      return Unknown("str.join() of an unknown value");
    std::string Out;
    for (size_t I = 0; I < Parts->Elements.size(); ++I) {
      auto *P = Str(Parts->Elements[I]);
      if (!P)
        return Unknown("str.join() of unknown values");
      Out += (I ? V : "") + P->Value;
    }
    return H.str(Out);
  }
  case BuiltinId::StrSplit:
  case BuiltinId::StrRSplit: {
    Object *SepArg = A0, *MaxArg = A1;
    for (auto &[Name, Value] : Args.Keywords)
      (Name == "sep" ? SepArg : MaxArg) = Value;
    int64_t Max = -1;
    if (MaxArg) {
      auto *M = dyn_cast<IntObj>(MaxArg);
      if (!M)
        return Unknown("str.split() with an unknown maxsplit");
      Max = M->Value;
    }
    bool BySep = SepArg && !isa<NoneObj>(SepArg);
    auto *Sep = BySep ? Str(SepArg) : nullptr;
    if (BySep && (!Sep || Sep->Value.empty()))
      return Unknown("str.split() with an unknown or empty separator");
    bool Right = Id == BuiltinId::StrRSplit;
    auto More = [&](size_t Made) { return Max < 0 || int64_t(Made) < Max; };
    std::vector<llvm::StringRef> Parts;
    llvm::StringRef Rest(V);
    if (Sep) {
      llvm::StringRef X = Sep->Value;
      for (size_t At;
           More(Parts.size()) && (At = Right ? Rest.rfind(X) : Rest.find(X)) !=
                                     llvm::StringRef::npos;) {
        Parts.push_back(Right ? Rest.drop_front(At + X.size())
                              : Rest.take_front(At));
        Rest = Right ? Rest.take_front(At) : Rest.drop_front(At + X.size());
      }
      Parts.push_back(Rest);
    } else {
      // Runs of whitespace, none at either end; what is left after the
      // last split keeps its own.
      constexpr llvm::StringLiteral Space = " \t\n\r\f\v";
      Rest = Right ? Rest.rtrim(Space) : Rest.ltrim(Space);
      for (size_t At;
           !Rest.empty() && More(Parts.size()) &&
           (At = Right ? Rest.find_last_of(Space)
                       : Rest.find_first_of(Space)) != llvm::StringRef::npos;) {
        Parts.push_back(Right ? Rest.drop_front(At + 1) : Rest.take_front(At));
        Rest = Right ? Rest.take_front(At).rtrim(Space)
                     : Rest.drop_front(At).ltrim(Space);
      }
      if (!Rest.empty())
        Parts.push_back(Rest);
    }
    if (Right)
      std::reverse(Parts.begin(), Parts.end());
    SequenceObj *L = H.make<SequenceObj>(ObjKind::List);
    for (llvm::StringRef P : Parts)
      L->Elements.push_back(H.str(P.str()));
    return L;
  }
  case BuiltinId::StrFormat: {
    // "{}", "{0}" and "{name}" fields, followed by .attribute and [key]
    // (as "{t.field}" and "{0[name]}"), with !r or !s and a format spec
    // (not one with nested fields).
    // A field's name or number: what follows its '{', up to accessors,
    // the conversion, the spec or its end.
    auto FieldName = [](llvm::StringRef Field) {
      return Field.take_until(
          [](char C) { return llvm::StringRef(".[!:}").contains(C); });
    };
    // Python raises ValueError for "{}" and "{0}" in one string, whatever
    // the values: seen before any value is looked at.
    bool AutoNumbered = false, ManuallyNumbered = false;
    for (size_t I = V.find('{'); I < V.size(); I = V.find('{', I + 1)) {
      if (I + 1 < V.size() && V[I + 1] == '{') {
        ++I;
        continue;
      }
      llvm::StringRef Name = FieldName(llvm::StringRef(V).drop_front(I + 1));
      unsigned Index;
      AutoNumbered |= Name.empty();
      ManuallyNumbered |= !Name.getAsInteger(10, Index);
    }
    if (AutoNumbered && ManuallyNumbered) {
      raiseBuiltin("ValueError", Where);
      return Unknown("str.format() mixes automatic and manual field "
                     "numbering");
    }
    std::string Out;
    size_t Auto = 0;
    for (size_t I = 0; I < V.size(); ++I) {
      if (V[I] == '{' && I + 1 < V.size() && V[I + 1] == '{') {
        Out += '{';
        ++I;
        continue;
      }
      if (V[I] == '}' && I + 1 < V.size() && V[I + 1] == '}') {
        Out += '}';
        ++I;
        continue;
      }
      if (V[I] != '{') {
        Out += V[I];
        continue;
      }
      size_t Close = V.find('}', I);
      if (Close == std::string::npos)
        return Unknown("malformed format string");
      auto [Replacement, FormatSpec] =
          llvm::StringRef(V.data() + I + 1, Close - I - 1).split(':');
      auto [Field, Conversion] = Replacement.split('!');
      llvm::StringRef Name = FieldName(Field);
      llvm::StringRef Accessors = Field.drop_front(Name.size());
      Object *Arg = nullptr;
      unsigned Index;
      if (Name.empty())
        Arg = Args.positional(Auto++);
      else if (!Name.getAsInteger(10, Index))
        Arg = Args.positional(Index);
      else
        for (auto &[K, Val] : Args.Keywords)
          if (K == Name)
            Arg = Val;
      while (Arg && !Accessors.empty()) {
        if (Accessors.consume_front(".")) {
          llvm::StringRef Attr =
              Accessors.take_until([](char C) { return C == '.' || C == '['; });
          Accessors = Accessors.drop_front(Attr.size());
          Arg = getAttr(Arg, Attr, Where);
        } else if (Accessors.consume_front("[")) {
          auto [Key, Rest] = Accessors.split(']');
          Accessors = Rest;
          int64_t At;
          Arg = subscript(Arg,
                          Key.getAsInteger(10, At)
                              ? static_cast<Object *>(H.str(Key.str()))
                              : H.integer(At),
                          Where);
        } else {
          Arg = nullptr;
        }
      }
      if (!Arg || isa<UnknownObj>(Arg) ||
          (!Conversion.empty() && Conversion != "r" && Conversion != "s"))
        return Unknown("str.format() field without a known value");
      if (Conversion == "r") {
        std::string R = reprOf(Arg);
        if (R.empty())
          return Unknown("str.format() field without a known value");
        Arg = H.str(std::move(R));
      }
      if (!FormatSpec.empty()) {
        if (!formatOf(Arg, FormatSpec, Out))
          return Unknown("str.format() field cannot be formatted with '" +
                         FormatSpec.str() + "'");
      } else if (!strOf(Arg, Out)) {
        return Unknown("str.format() field without a known value");
      }
      I = Close;
    }
    return H.str(Out);
  }
  case BuiltinId::StrIsUpper:
  case BuiltinId::StrIsLower: {
    // At least one cased character, and all of them in that case.
    if (!isAscii(V))
      return Unknown("a case test of a non-ASCII str");
    bool Upper = Id == BuiltinId::StrIsUpper, Cased = false;
    for (char C : V) {
      if (!llvm::isAlpha(C))
        continue;
      Cased = true;
      if (Upper != llvm::isUpper(C))
        return H.boolean(false);
    }
    return H.boolean(Cased);
  }
  case BuiltinId::StrIsDigit:
  case BuiltinId::StrIsAlpha:
  case BuiltinId::StrIsAlnum:
  case BuiltinId::StrIsSpace: {
    if (!isAscii(V))
      return Unknown("a character test of a non-ASCII str");
    auto Is = [&](char C) {
      switch (Id) {
      case BuiltinId::StrIsDigit:
        return llvm::isDigit(C);
      case BuiltinId::StrIsAlpha:
        return llvm::isAlpha(C);
      case BuiltinId::StrIsAlnum:
        return llvm::isAlnum(C);
      default:
        return llvm::isSpace(C);
      }
    };
    return H.boolean(!V.empty() && llvm::all_of(V, Is));
  }
  case BuiltinId::StrSwapCase:
  case BuiltinId::StrCaseFold: {
    if (!isAscii(V))
      return Unknown("a case change of a non-ASCII str");
    for (char &C : V)
      C = Id == BuiltinId::StrCaseFold || llvm::isUpper(C) ? llvm::toLower(C)
                                                           : llvm::toUpper(C);
    return H.str(V);
  }
  case BuiltinId::StrPartition:
  case BuiltinId::StrRPartition: {
    auto *Sep = Str(A0);
    if (!Sep || Sep->Value.empty())
      return Unknown("str.partition() with an unknown or empty separator");
    bool FromRight = Id == BuiltinId::StrRPartition;
    size_t At = FromRight ? V.rfind(Sep->Value) : V.find(Sep->Value);
    SequenceObj *T = H.make<SequenceObj>(ObjKind::Tuple);
    if (At == std::string::npos) {
      // The whole string, on the side the search starts from.
      T->Elements = {H.str(FromRight ? "" : V), H.str(""),
                     H.str(FromRight ? V : "")};
      return T;
    }
    T->Elements = {H.str(V.substr(0, At)), H.str(Sep->Value),
                   H.str(V.substr(At + Sep->Value.size()))};
    return T;
  }
  case BuiltinId::StrZFill:
  case BuiltinId::StrLJust:
  case BuiltinId::StrRJust:
  case BuiltinId::StrCenter: {
    auto *Width = dyn_cast_or_null<IntObj>(A0);
    auto *Fill = A1 ? Str(A1) : nullptr;
    if (!Width || (A1 && (!Fill || Fill->Value.size() != 1)) || !isAscii(V))
      return Unknown("str padding of an unknown width or fill");
    size_t Pad =
        Width->Value > int64_t(V.size()) ? size_t(Width->Value) - V.size() : 0;
    if (Pad > 100000)
      return Unknown("str padding of a huge width");
    char F = Fill ? Fill->Value[0] : ' ';
    switch (Id) {
    case BuiltinId::StrZFill: {
      // The zeros go after a sign.
      size_t Sign = !V.empty() && (V[0] == '+' || V[0] == '-');
      return H.str(V.substr(0, Sign) + std::string(Pad, '0') + V.substr(Sign));
    }
    case BuiltinId::StrLJust:
      return H.str(V + std::string(Pad, F));
    case BuiltinId::StrRJust:
      return H.str(std::string(Pad, F) + V);
    default: {
      // CPython's split of an odd padding: the extra on the left where the
      // width is odd.
      size_t Left = Pad / 2 + (Pad & size_t(Width->Value) & 1);
      return H.str(std::string(Left, F) + V + std::string(Pad - Left, F));
    }
    }
  }
  case BuiltinId::StrFind:
  case BuiltinId::StrRFind:
  case BuiltinId::StrCount: {
    auto *Sub = Str(A0);
    if (!Sub || A1)
      return Unknown("str.find() or count() with unknown arguments");
    llvm::StringRef Text(V);
    if (Id == BuiltinId::StrCount)
      return H.integer(Sub->Value.empty() ? Text.size() + 1
                                          : Text.count(Sub->Value));
    size_t At = Id == BuiltinId::StrFind ? Text.find(Sub->Value)
                                         : Text.rfind(Sub->Value);
    return H.integer(At == llvm::StringRef::npos ? -1 : int64_t(At));
  }
  default:
    break;
  }
  return nullptr;
}

} // namespace schemac::sema
