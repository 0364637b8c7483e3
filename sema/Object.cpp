//===- Object.cpp ---------------------------------------------------------===//

#include "sema/Object.h"

#include "support/PyRepr.h"

#include "llvm/Support/Casting.h"

namespace schemac::sema {

const Binding *ClassObj::lookup(llvm::StringRef Attr) const {
  for (const ClassObj *C : Mro) {
    auto It = C->Dict.find(Attr);
    if (It != C->Dict.end())
      return &It->second;
  }
  return nullptr;
}

bool ClassObj::partlyUnseen() const {
  return llvm::any_of(Mro, [](const ClassObj *C) {
    return C->ConstructionUnseen || C->BodyCutShort;
  });
}

bool ClassObj::isSubclassOf(llvm::StringRef QualifiedName) const {
  for (const ClassObj *C : Mro)
    if (sameName(C->QualName, QualifiedName))
      return true;
  return false;
}

void Heap::destroy(Object *O) {
  switch (O->Kind) {
  case ObjKind::Unknown:
    return static_cast<UnknownObj *>(O)->~UnknownObj();
  case ObjKind::None:
    return static_cast<NoneObj *>(O)->~NoneObj();
  case ObjKind::Bool:
    return static_cast<BoolObj *>(O)->~BoolObj();
  case ObjKind::Int:
    return static_cast<IntObj *>(O)->~IntObj();
  case ObjKind::Float:
    return static_cast<FloatObj *>(O)->~FloatObj();
  case ObjKind::Str:
    return static_cast<StrObj *>(O)->~StrObj();
  case ObjKind::Bytes:
    return static_cast<BytesObj *>(O)->~BytesObj();
  case ObjKind::Tuple:
  case ObjKind::List:
  case ObjKind::Set:
    return static_cast<SequenceObj *>(O)->~SequenceObj();
  case ObjKind::Dict:
    return static_cast<DictObj *>(O)->~DictObj();
  case ObjKind::Module:
    return static_cast<ModuleObj *>(O)->~ModuleObj();
  case ObjKind::Class:
    return static_cast<ClassObj *>(O)->~ClassObj();
  case ObjKind::Function:
    return static_cast<FunctionObj *>(O)->~FunctionObj();
  case ObjKind::Builtin:
    return static_cast<BuiltinObj *>(O)->~BuiltinObj();
  case ObjKind::BoundMethod:
    return static_cast<BoundMethodObj *>(O)->~BoundMethodObj();
  case ObjKind::Instance:
    return static_cast<InstanceObj *>(O)->~InstanceObj();
  case ObjKind::GenericAlias:
    return static_cast<GenericAliasObj *>(O)->~GenericAliasObj();
  case ObjKind::Super:
    return static_cast<SuperObj *>(O)->~SuperObj();
  }
}

StrObj *Heap::str(std::string V, SrcLoc Where) {
  StrObj *S = make<StrObj>();
  S->Value = std::move(V);
  S->Where = Where;
  return S;
}

IntObj *Heap::integer(int64_t V) {
  IntObj *I = make<IntObj>();
  I->Value = V;
  return I;
}

UnknownObj *Heap::unknown(std::string Name, std::string Reason, SrcLoc Where) {
  UnknownObj *U = make<UnknownObj>();
  U->Name = std::move(Name);
  U->Reason = std::move(Reason);
  U->Where = Where;
  return U;
}

Object *numericValue(Object *O) {
  auto *I = dyn_cast_or_null<InstanceObj>(O);
  if (!I || !I->Class->isSubclassOf("enum.Enum") ||
      !(I->Class->isSubclassOf("builtins.int") ||
        I->Class->isSubclassOf("builtins.float")))
    return O;
  Object *V = I->Attrs.lookup("value").Value;
  return isa_and_nonnull<IntObj, FloatObj, BoolObj>(V) ? V : O;
}

int truthValue(const Object *O) {
  switch (O->Kind) {
  case ObjKind::None:
    return 0;
  case ObjKind::Bool:
    return cast<BoolObj>(O)->Value;
  case ObjKind::Int:
    return cast<IntObj>(O)->Value != 0;
  case ObjKind::Float:
    return cast<FloatObj>(O)->Value != 0;
  case ObjKind::Str:
    return !cast<StrObj>(O)->Value.empty();
  case ObjKind::Bytes:
    return !cast<BytesObj>(O)->Value.empty();
  case ObjKind::Tuple:
  case ObjKind::List:
  case ObjKind::Set:
    return !cast<SequenceObj>(O)->Elements.empty();
  case ObjKind::Dict:
    return !cast<DictObj>(O)->Items.empty();
  case ObjKind::Unknown:
    return -1;
  case ObjKind::Instance:
    // Library objects define no __bool__ that a model would test.
    return 1;
  default:
    return 1;
  }
}

/// Python's repr of a datetime.date, datetime.datetime or datetime.time:
/// its fields, a time's hour and minute always, its seconds and
/// microseconds where they are not zero (datetime.datetime(2020, 1, 2, 0,
/// 0)). One with a time zone has no repr here.
static void appendDateTimeRepr(const InstanceObj &I, std::string &Out,
                               bool &Ok) {
  llvm::StringRef Class = I.Class->QualName;
  bool HasDate = Class != "datetime.time", HasTime = Class != "datetime.date";
  if (HasTime && !isa_and_nonnull<NoneObj>(I.Attrs.lookup("tzinfo").Value)) {
    Ok = false;
    return;
  }
  std::vector<int64_t> Fields;
  std::vector<const char *> Names;
  if (HasDate)
    Names = {"year", "month", "day"};
  if (HasTime)
    Names.insert(Names.end(), {"hour", "minute", "second", "microsecond"});
  for (const char *Name : Names) {
    const auto *V = dyn_cast_or_null<IntObj>(I.Attrs.lookup(Name).Value);
    if (!V) {
      Ok = false;
      return;
    }
    Fields.push_back(V->Value);
  }
  // Trailing zero seconds and microseconds are left out.
  size_t Shown = Fields.size();
  if (HasTime)
    while (Shown > Fields.size() - 2 && Fields[Shown - 1] == 0)
      --Shown;
  Out += Class.str() + "(";
  for (size_t K = 0; K < Shown; ++K)
    Out += (K ? ", " : "") + std::to_string(Fields[K]);
  Out += ")";
}

static void appendRepr(const Object *O, std::string &Out, bool &Ok) {
  switch (O->Kind) {
  case ObjKind::None:
    Out += "None";
    return;
  case ObjKind::Bool:
    Out += cast<BoolObj>(O)->Value ? "True" : "False";
    return;
  case ObjKind::Int:
    Out += std::to_string(cast<IntObj>(O)->Value);
    return;
  case ObjKind::Float:
    pyrepr::reprFloat(cast<FloatObj>(O)->Value, Out);
    return;
  case ObjKind::Str:
    pyrepr::reprStr(cast<StrObj>(O)->Value, Out);
    return;
  case ObjKind::Bytes:
    pyrepr::reprBytes(cast<BytesObj>(O)->Value, Out);
    return;
  case ObjKind::Tuple:
  case ObjKind::List:
  case ObjKind::Set: {
    const auto *S = cast<SequenceObj>(O);
    const char *Open = O->Kind == ObjKind::Tuple  ? "("
                       : O->Kind == ObjKind::List ? "["
                                                  : "{";
    const char *Close = O->Kind == ObjKind::Tuple  ? ")"
                        : O->Kind == ObjKind::List ? "]"
                                                   : "}";
    if (O->Kind == ObjKind::Set && S->Elements.empty()) {
      Out += "set()";
      return;
    }
    Out += Open;
    for (size_t I = 0; I < S->Elements.size(); ++I) {
      if (I)
        Out += ", ";
      appendRepr(S->Elements[I], Out, Ok);
    }
    if (O->Kind == ObjKind::Tuple && S->Elements.size() == 1)
      Out += ",";
    Out += Close;
    return;
  }
  case ObjKind::Dict: {
    // A defaultdict prints its factory, which has no repr here.
    if (cast<DictObj>(O)->DefaultFactory) {
      Ok = false;
      return;
    }
    Out += "{";
    bool First = true;
    for (const auto &[K, V] : cast<DictObj>(O)->Items) {
      if (!First)
        Out += ", ";
      First = false;
      appendRepr(K, Out, Ok);
      Out += ": ";
      appendRepr(V, Out, Ok);
    }
    Out += "}";
    return;
  }
  case ObjKind::Instance: {
    // Members of a Python enum print as <Class.NAME: value>.
    const auto *I = cast<InstanceObj>(O);
    if (I->Class && I->Class->QualName == "decimal.Decimal") {
      const Object *V = I->arg("value");
      if (const auto *S = dyn_cast_or_null<StrObj>(V)) {
        Out += "Decimal('" + S->Value + "')";
        return;
      }
      if (const auto *N = dyn_cast_or_null<IntObj>(V)) {
        Out += "Decimal('" + std::to_string(N->Value) + "')";
        return;
      }
    }
    if (I->Class && I->Class->QualName == "datetime.timedelta") {
      // datetime.timedelta(days=1, seconds=5): the non-zero parts.
      std::string Parts;
      for (const char *Part : {"days", "seconds", "microseconds"}) {
        const auto *V = dyn_cast_or_null<IntObj>(I->Attrs.lookup(Part).Value);
        if (!V) {
          Ok = false;
          return;
        }
        if (V->Value)
          Parts += std::string(Parts.empty() ? "" : ", ") + Part + "=" +
                   std::to_string(V->Value);
      }
      Out += "datetime.timedelta(" + (Parts.empty() ? "0" : Parts) + ")";
      return;
    }
    if (I->Class && (I->Class->QualName == "datetime.date" ||
                     I->Class->QualName == "datetime.datetime" ||
                     I->Class->QualName == "datetime.time")) {
      appendDateTimeRepr(*I, Out, Ok);
      return;
    }
    if (I->Class && I->Class->isSubclassOf("enum.Enum")) {
      auto Name = I->Attrs.find("name");
      auto Value = I->Attrs.find("value");
      if (Name != I->Attrs.end() && Value != I->Attrs.end() &&
          isa<StrObj>(Name->second.Value)) {
        Out += "<" + I->Class->Name + "." +
               cast<StrObj>(Name->second.Value)->Value + ": ";
        appendRepr(Value->second.Value, Out, Ok);
        Out += ">";
        return;
      }
    }
    Ok = false;
    return;
  }
  default:
    Ok = false;
    return;
  }
}

bool surelyLacks(const DictObj *D, const Object *Key) {
  auto Comparable = [&](const Object *K) {
    return isa<StrObj>(Key) ? isa<StrObj>(K)
                            : isa<IntObj>(Key) && isa<IntObj>(K);
  };
  return !D->Incomplete && Comparable(Key) &&
         llvm::all_of(D->Items, [&](auto &KV) { return Comparable(KV.first); });
}

std::pair<Object *, Object *> *findItem(DictObj *D, const Object *Key) {
  // Most keys are strings, told apart without a repr.
  const auto *Name = dyn_cast<StrObj>(Key);
  for (auto &KV : D->Items) {
    if (const auto *K = dyn_cast<StrObj>(KV.first); K && Name) {
      if (K->Value == Name->Value)
        return &KV;
      continue;
    }
    if (equalValues(KV.first, Key) == 1)
      return &KV;
  }
  return nullptr;
}

void storeItem(DictObj *D, Object *Key, Object *Value) {
  if (auto *Item = findItem(D, Key))
    Item->second = Value;
  else
    D->Items.emplace_back(Key, Value);
}

/// str() of a value, as f-strings and str.format need it; false when the
/// value has no known text.
bool strOf(const Object *O, std::string &Out) {
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
    // An enum member's str() is Class.NAME; a ReprEnum's (IntEnum,
    // StrEnum) is its value's.
    const auto *I = cast<InstanceObj>(O);
    if (I->Class && I->Class->isSubclassOf("enum.ReprEnum")) {
      Binding Value = I->Attrs.lookup("value");
      return Value.Value && strOf(Value.Value, Out);
    }
    auto Name = I->Attrs.find("name");
    if (I->Class && I->Class->isSubclassOf("enum.Enum") &&
        Name != I->Attrs.end() && isa<StrObj>(Name->second.Value)) {
      Out += I->Class->Name + "." + cast<StrObj>(Name->second.Value)->Value;
      return true;
    }
    return false;
  }
  case ObjKind::Tuple:
  case ObjKind::List:
  case ObjKind::Set:
  case ObjKind::Dict: {
    // A container's str() is its repr().
    std::string R = reprOf(O);
    Out += R;
    return !R.empty();
  }
  default:
    return false;
  }
}

std::optional<std::string> plainTextOf(const Object *O) {
  if (auto *S = dyn_cast_or_null<StrObj>(O))
    return S->Value;
  if (isa_and_nonnull<BoolObj, IntObj, NoneObj>(O))
    return reprOf(O);
  return std::nullopt;
}

std::string reprOf(const Object *O) {
  std::string Out;
  bool Ok = true;
  appendRepr(O, Out, Ok);
  return Ok ? Out : std::string();
}

std::string dottedName(const ast::Expression *E) {
  if (const auto *N = dyn_cast<ast::Name>(E))
    return N->id.str();
  if (const auto *A = dyn_cast<ast::Attribute>(E)) {
    std::string Base = dottedName(A->value);
    if (Base.empty())
      return "";
    return Base + "." + A->attr.str();
  }
  return "";
}

std::string kindWithArticle(ObjKind K) {
  if (K == ObjKind::None)
    return "None";
  llvm::StringRef Name = kindName(K);
  return (llvm::StringRef("aeiou").contains(Name.front()) ? "an " : "a ") +
         Name.str();
}

llvm::StringRef kindName(ObjKind K) {
  switch (K) {
  case ObjKind::Unknown:
    return "unknown value";
  case ObjKind::None:
    return "None";
  case ObjKind::Bool:
    return "bool";
  case ObjKind::Int:
    return "int";
  case ObjKind::Float:
    return "float";
  case ObjKind::Str:
    return "str";
  case ObjKind::Bytes:
    return "bytes";
  case ObjKind::Tuple:
    return "tuple";
  case ObjKind::List:
    return "list";
  case ObjKind::Set:
    return "set";
  case ObjKind::Dict:
    return "dict";
  case ObjKind::Module:
    return "module";
  case ObjKind::Class:
    return "class";
  case ObjKind::Function:
    return "function";
  case ObjKind::Builtin:
    return "builtin function";
  case ObjKind::BoundMethod:
    return "method";
  case ObjKind::Instance:
    return "object";
  case ObjKind::GenericAlias:
    return "generic alias";
  case ObjKind::Super:
    return "super object";
  }
  return "value";
}

} // namespace schemac::sema
