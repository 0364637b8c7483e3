//===- EvalCall.cpp - Calls and attributes in the abstract evaluator ------===//
//
// Calling functions (the project's helpers and the stubs' code), creating
// instances (arguments bound to the __init__ signature, so that the schema
// code reads them by parameter name), attribute lookup through the MRO with
// the descriptors model classes use (declared_attr, classmethod, property),
// and the builtins and str/dict/list methods the models call.
//
//===----------------------------------------------------------------------===//

#include "sema/Evaluator.h"
#include "sema/MappedAnnotation.h"

#include "parser/AstVisit.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/SaveAndRestore.h"

namespace schemac::sema {

static constexpr unsigned MaxCallDepth = 48;

Object *Evaluator::lookupQualified(llvm::StringRef QualifiedName) {
  auto [ModuleName, Name] = QualifiedName.rsplit('.');
  ModuleObj *M = Loader.importModule(ModuleName, {});
  if (!M)
    return nullptr;
  auto It = M->Globals.find(Name.str());
  return It == M->Globals.end() ? nullptr : It->second.Value;
}

ClassObj *Evaluator::typeOf(Object *O) {
  const char *Name = nullptr;
  switch (O->Kind) {
  case ObjKind::Instance:
    return cast<InstanceObj>(O)->Class;
  case ObjKind::Class:
    Name = "builtins.type";
    break;
  case ObjKind::None:
    Name = "builtins.NoneType";
    break;
  case ObjKind::Bool:
    Name = "builtins.bool";
    break;
  case ObjKind::Int:
    Name = "builtins.int";
    break;
  case ObjKind::Float:
    Name = "builtins.float";
    break;
  case ObjKind::Str:
    Name = "builtins.str";
    break;
  case ObjKind::Bytes:
    Name = "builtins.bytes";
    break;
  case ObjKind::Tuple:
    Name = "builtins.tuple";
    break;
  case ObjKind::List:
    Name = "builtins.list";
    break;
  case ObjKind::Set:
    Name = "builtins.set";
    break;
  case ObjKind::Dict:
    Name = "builtins.dict";
    break;
  case ObjKind::Function:
  case ObjKind::Builtin:
  case ObjKind::BoundMethod:
    Name = "builtins.function";
    break;
  default:
    return nullptr;
  }
  return dyn_cast_or_null<ClassObj>(lookupQualified(Name));
}

bool Evaluator::isInstanceOf(const Object *O, llvm::StringRef ClassQualName) {
  ClassObj *C = typeOf(const_cast<Object *>(O));
  return C && C->isSubclassOf(ClassQualName);
}

/// Binds call arguments to a function's parameters, as Python does: into
/// \p Locals unless it is null (a body that reads none), and into \p Named,
/// \p Rest and \p RestKeywords where given. Returns false (with Why set)
/// when they do not fit.
static bool
bindParameters(Heap &H, FunctionObj *F, Object *Self, CallArgs &Args,
               Namespace *Locals,
               std::vector<std::pair<llvm::StringRef, Object *>> *Named,
               std::vector<Object *> *Rest,
               std::vector<std::pair<llvm::StringRef, Object *>> *RestKeywords,
               std::string &Why) {
  const ast::Arguments *A = F->Args;
  if (F->ParamNames.empty()) {
    for (const auto *List : {&A->posonlyargs, &A->args, &A->kwonlyargs})
      for (const ast::Arg *P : *List)
        F->ParamNames.push_back(internName(P->arg));
    for (const ast::Arg *P : {A->vararg, A->kwarg})
      F->ParamNames.push_back(P ? internName(P->arg) : llvm::StringRef());
  }
  // Positional, keyword-only, *args, **kwargs.
  llvm::ArrayRef<llvm::StringRef> Names = F->ParamNames;
  size_t NumPositional = A->posonlyargs.size() + A->args.size();
  llvm::StringRef VarArgName = Names[Names.size() - 2];
  llvm::StringRef KwArgName = Names.back();
  // Every call binds: inline storage spares the heap.
  llvm::SmallVector<const ast::Arg *, 16> Positional(A->posonlyargs.begin(),
                                                     A->posonlyargs.end());
  Positional.append(A->args.begin(), A->args.end());
  llvm::SmallVector<Object *, 16> Values(Positional.size(), nullptr);
  llvm::SmallVector<Object *, 8> Given;
  if (Self)
    Given.push_back(Self);
  Given.append(Args.Positional.begin(), Args.Positional.end());
  // What the instance keeps, allocated once: a constructor such as
  // ForeignKey's has a dozen parameters.
  size_t NamedCount =
      Positional.size() - (Self && !Positional.empty()) + A->kwonlyargs.size();
  if (Named && NamedCount)
    Named->reserve(Named->size() + NamedCount);
  if (Rest && Given.size() > Positional.size())
    Rest->reserve(Rest->size() + Given.size() - Positional.size());
  // Column(..., nullable=False, index=True) keeps its keywords as given.
  if (RestKeywords && A->kwarg)
    RestKeywords->reserve(RestKeywords->size() + Args.Keywords.size());
  // Most signatures have neither *args nor **kwargs: no objects for them.
  SequenceObj *VarArgs =
      A->vararg && Locals ? H.make<SequenceObj>(ObjKind::Tuple) : nullptr;
  for (size_t I = 0; I < Given.size(); ++I) {
    if (I < Positional.size()) {
      Values[I] = Given[I];
      continue;
    }
    if (!A->vararg)
      return Why = "too many positional arguments", false;
    if (VarArgs)
      VarArgs->Elements.push_back(Given[I]);
    if (Rest)
      Rest->push_back(Given[I]);
  }
  llvm::SmallVector<Object *, 8> KwValues(A->kwonlyargs.size(), nullptr);
  DictObj *VarKw = A->kwarg && Locals ? H.make<DictObj>() : nullptr;
  for (auto &[Name, Value] : Args.Keywords) {
    bool Found = false;
    for (size_t I = A->posonlyargs.size(); I < Positional.size(); ++I)
      if (Positional[I]->arg == Name) {
        Values[I] = Value;
        Found = true;
      }
    for (size_t I = 0; I < A->kwonlyargs.size() && !Found; ++I)
      if (A->kwonlyargs[I]->arg == Name) {
        KwValues[I] = Value;
        Found = true;
      }
    if (Found)
      continue;
    if (!A->kwarg)
      return Why = ("unexpected keyword argument '" + Name + "'").str(), false;
    if (VarKw)
      VarKw->Items.emplace_back(H.str(Name.str()), Value);
    if (RestKeywords)
      RestKeywords->emplace_back(Name, Value);
  }
  size_t FirstDefault = Positional.size() - F->Defaults.size();
  for (size_t I = 0; I < Positional.size(); ++I) {
    if (!Values[I]) {
      if (I < FirstDefault)
        return Why = "missing argument '" + Positional[I]->arg.str() + "'",
               false;
      Values[I] = F->Defaults[I - FirstDefault];
    }
    if (Locals)
      Locals->atInterned(Names[I]) = {Values[I], {}};
    if (Named && !(Self && I == 0))
      Named->emplace_back(Names[I], Values[I]);
  }
  if (VarArgs)
    Locals->atInterned(VarArgName) = {VarArgs, {}};
  for (size_t I = 0; I < A->kwonlyargs.size(); ++I) {
    Object *V = KwValues[I] ? KwValues[I] : F->KwDefaults[I];
    if (!V)
      return Why = "missing keyword argument '" + A->kwonlyargs[I]->arg.str() +
                   "'",
             false;
    if (Locals)
      Locals->atInterned(Names[NumPositional + I]) = {V, {}};
    if (Named)
      Named->emplace_back(Names[NumPositional + I], V);
  }
  if (VarKw)
    Locals->atInterned(KwArgName) = {VarKw, {}};
  return true;
}

/// The call a module-level function makes when all it does is pass its
/// arguments on, `def f(*args, **kw): return g(*args, **kw)` (the stubs'
/// mapped_column and relationship); null otherwise.
static const ast::Call *forwardingCall(const FunctionObj *F) {
  const auto *Def = dyn_cast<ast::FunctionDef>(F->Def);
  const ast::Arguments *A = F->Args;
  if (!Def || F->Enclosing || !A || !A->vararg || !A->kwarg ||
      !A->posonlyargs.empty() || !A->args.empty() || !A->kwonlyargs.empty() ||
      Def->body.size() != 1)
    return nullptr;
  const auto *R = dyn_cast<ast::Return>(Def->body[0]);
  const auto *C = R ? dyn_cast_or_null<ast::Call>(R->value) : nullptr;
  if (!C || !isa<ast::Name>(C->func) || C->args.size() != 1 ||
      C->keywords.size() != 1)
    return nullptr;
  const auto *Star = dyn_cast<ast::Starred>(C->args[0]);
  const auto *StarName = Star ? dyn_cast<ast::Name>(Star->value) : nullptr;
  const ast::Keyword *K = C->keywords[0];
  const auto *KwName = dyn_cast<ast::Name>(K->value);
  const llvm::StringRef Callee = cast<ast::Name>(C->func)->id;
  if (!StarName || StarName->id != A->vararg->arg || !K->arg.empty() ||
      !KwName || KwName->id != A->kwarg->arg || Callee == A->vararg->arg ||
      Callee == A->kwarg->arg)
    return nullptr;
  return C;
}

Object *Evaluator::callFunction(FunctionObj *F, Object *Self, CallArgs &Args,
                                SrcLoc Where, ClassObj *MethodClass) {
  // DeclarativeBase's __init_subclass__ only maps the class, one frame
  // deep: a hook chain that reaches it at the limit does not lose the class.
  bool MappingHook = F->IsStub && F->Name == "__init_subclass__" &&
                     F->PrivateNamesOf && isMappingHookClass(F->PrivateNamesOf);
  if (CallDepth >= MaxCallDepth && !MappingHook) {
    report(Where, DiagId::CallTooDeep, F->QualName);
    return H.unknown(F->QualName + "()", "calls nested too deeply", Where);
  }
  if (!syntaxOf(F))
    return H.unknown(F->QualName + "()", "its definition is not found again",
                     Where);
  // A wrapper that passes its arguments on calls the callee with them as
  // they are: no tuple, dict and frame per call, which a large project
  // would keep by the hundred thousand.
  if (const ast::Call *Forward = Self ? nullptr : forwardingCall(F)) {
    Scope S;
    S.Module = F->Globals;
    S.PrivateNamesOf = F->PrivateNamesOf;
    ++CallDepth;
    Object *Result = call(eval(Forward->func, S), Args, locOf(Forward, S));
    --CallDepth;
    return Result;
  }
  std::unique_ptr<Frame> Fr = newFrame();
  Fr->Enclosing = F->Enclosing;
  Fr->Running = F;
  std::string Why;
  if (!bindParameters(H, F, Self, Args, &Fr->Locals, nullptr, nullptr, nullptr,
                      Why))
    return H.unknown(F->QualName + "()", Why, Where);
  Scope S;
  S.Module = F->Globals;
  S.Locals = &Fr->Locals;
  S.Function = Fr.get();
  S.PrivateNamesOf = F->PrivateNamesOf;
  S.MethodClass = MethodClass;
  S.Self = Self;
  ++CallDepth;
  Object *Result;
  if (const auto *L = dyn_cast<ast::Lambda>(F->Def)) {
    Result = eval(L->body, S);
  } else {
    llvm::ArrayRef<ast::Statement *> Body =
        isa<ast::FunctionDef>(F->Def)
            ? cast<ast::FunctionDef>(F->Def)->body
            : cast<ast::AsyncFunctionDef>(F->Def)->body;
    // A generator's body runs at once, and the call gives what it yields
    // (model code consumes its generators whole: tuple(checks())). A yield
    // in the body, not in a function, lambda or class defined there, makes
    // it one; that is found on the first call, as most functions of a
    // project are never called.
    if (!F->GeneratorKnown) {
      for (const ast::Statement *St : Body)
        ast::forEachNode(St, [&](const ast::Node *N) {
          F->IsGenerator |= isa<ast::Yield, ast::YieldFrom>(N);
          return !F->IsGenerator &&
                 !isa<ast::FunctionDef, ast::AsyncFunctionDef, ast::Lambda,
                      ast::ClassDef>(N);
        });
      F->GeneratorKnown = true;
    }
    SequenceObj *Yielded = nullptr;
    if (F->IsGenerator) {
      Yielded = H.make<SequenceObj>(ObjKind::List);
      Yielded->Exhaustible = true;
      Yielding.push_back(Yielded);
    }
    execBlock(Body, S);
    if (Yielded)
      Yielding.pop_back();
    if (Raised)
      Result = H.unknown(F->QualName + "()", "the function raises", Where);
    else if (Yielded)
      Result = Yielded;
    else
      Result = S.ReturnValue ? S.ReturnValue : H.none();
  }
  --CallDepth;
  retire(std::move(Fr));
  return Result;
}

/// The class in whose MRO entry a function was found, for super().
static ClassObj *definingClass(ClassObj *C, llvm::StringRef Name) {
  for (ClassObj *M : C->Mro)
    if (M->Dict.count(Name.str()))
      return M;
  return C;
}

/// The class a method runs as, for super(): the one whose body defined it,
/// as Python's __class__ cell has it (a method reached by super() is not
/// the first of the MRO with its name), else where it is found by name (a
/// function set on the class afterwards).
static ClassObj *definingClass(ClassObj *C, const FunctionObj *F) {
  for (ClassObj *M : C->Mro)
    if (M == F->PrivateNamesOf)
      return M;
  return definingClass(C, F->Name);
}

Object *Evaluator::classLevelMethod(Object *Descriptor, ClassObj *C) {
  auto *D = dyn_cast<InstanceObj>(Descriptor);
  Object *Fget = D ? D->arg("fget") : nullptr;
  if (!Fget)
    return nullptr;
  if (D->Class->isSubclassOf("builtins.classmethod"))
    return bound(Fget, C);
  if (D->Class->isSubclassOf("builtins.staticmethod"))
    return Fget;
  return nullptr;
}

InstanceObj *Evaluator::newInstance(ClassObj *C, SrcLoc Where) {
  InstanceObj *I = H.make<InstanceObj>();
  I->Class = C;
  I->Where = Where;
  return I;
}

Object *Evaluator::bound(Object *Fn, Object *Self) {
  if (!Self || isa<NoneObj>(Self))
    return Fn;
  BoundMethodObj *BM = H.make<BoundMethodObj>();
  BM->Self = Self;
  BM->Function = Fn;
  return BM;
}

Object *Evaluator::callDunder(Object *O, llvm::StringRef Name, SrcLoc Where) {
  auto *I = dyn_cast_or_null<InstanceObj>(O);
  const Binding *Own = I ? I->Class->lookup(Name) : nullptr;
  if (!Own || !isa<FunctionObj>(Own->Value))
    return nullptr;
  CallArgs Self;
  Self.Positional.push_back(I);
  return call(Own->Value, Self, Where);
}

FunctionObj *Evaluator::projectMethod(ClassObj *C, llvm::StringRef Name,
                                      ClassObj *&Definer) {
  for (ClassObj *M : C->Mro) {
    auto It = M->Dict.find(Name);
    if (It == M->Dict.end())
      continue;
    Definer = M;
    return M->IsStub ? nullptr : dyn_cast<FunctionObj>(It->second.Value);
  }
  return nullptr;
}

void Evaluator::attachListeners(Object *Target, Object *Parent, SrcLoc Where) {
  auto *Instance = dyn_cast<InstanceObj>(Target);
  auto Listens = [&](const AttachListener &L) {
    if (L.Target == Target)
      return true;
    auto *Class = dyn_cast<ClassObj>(L.Target);
    return Class && Instance && llvm::is_contained(Instance->Class->Mro, Class);
  };
  // A listener may add listeners (to the column its type attaches to): those
  // of this target's events are run too, as SQLAlchemy's dispatch would.
  for (bool After : {false, true})
    for (size_t I = 0; I < AttachListeners.size(); ++I) {
      AttachListener L = AttachListeners[I];
      if (L.After != After || !Listens(L))
        continue;
      if (L.Once)
        AttachListeners.erase(AttachListeners.begin() + I--);
      CallArgs Args;
      if (L.Named)
        Args.Keywords = {{"target", Target}, {"parent", Parent}};
      else
        Args.Positional = {Target, Parent};
      call(L.Fn, Args, Where);
    }
}

Object *Evaluator::enumMember(ClassObj *C, Object *Value, SrcLoc Where) {
  if (auto *I = dyn_cast<InstanceObj>(Value); I && I->Class == C)
    return I;
  bool Known = true;
  for (auto &[Name, B] : C->Dict) {
    auto *Member = dyn_cast<InstanceObj>(B.Value);
    if (!Member || Member->Class != C)
      continue;
    int Equal = equalValues(Member->Attrs.lookup("value").Value, Value);
    if (Equal == 1)
      return Member;
    Known &= Equal == 0;
  }
  if (Known && !isa<UnknownObj>(Value)) {
    raiseBuiltin("ValueError", Where);
    return H.unknown(C->QualName + "()",
                     reprOf(Value) + " is not a value of the enum", Where);
  }
  return H.unknown(C->QualName + "()",
                   "the enum member of a value that does not compare", Where);
}

Object *Evaluator::makeFunctionalEnum(ClassObj *Base, CallArgs &Args,
                                      SrcLoc Where) {
  ClassObj *New = H.make<ClassObj>();
  New->Name = cast<StrObj>(Args.Positional[0])->Value;
  New->Where = Where;
  // The calling module's, as Python finds it from the caller's frame,
  // unless module= or qualname= say otherwise; start= numbers the names.
  std::string Module = Where.Unit ? Where.Unit->Name : "";
  std::string QualName = New->Name;
  int64_t Start = 1;
  for (auto &[K, V] : Args.Keywords) {
    if (auto *S = dyn_cast<StrObj>(V); S && K == "module")
      Module = S->Value;
    else if (S && K == "qualname")
      QualName = S->Value;
    else if (auto *I = dyn_cast<IntObj>(V); I && K == "start")
      Start = I->Value;
  }
  New->QualName = Module.empty() ? QualName : Module + "." + QualName;
  noteSubclass(Base);
  New->Bases.push_back(Base);
  New->Mro.push_back(New);
  llvm::append_range(New->Mro, Base->Mro);
  New->Dict["__module__"] = {H.str(Module), Where};
  New->Dict["__qualname__"] = {H.str(QualName), Where};
  // The names: a string of them (by spaces or commas), a sequence of names
  // or of (name, value) pairs, or a mapping of names to values. A name
  // alone is numbered from start=, a StrEnum's is its lower case.
  std::vector<std::pair<std::string, Object *>> Members;
  auto Named = [&](llvm::StringRef Name) {
    Object *Value =
        Base->isSubclassOf("enum.StrEnum")
            ? static_cast<Object *>(H.str(Name.lower(), Where))
            : H.integer(Start + static_cast<int64_t>(Members.size()));
    Members.emplace_back(Name.str(), Value);
  };
  Object *Names = Args.Positional[1];
  if (auto *S = dyn_cast<StrObj>(Names)) {
    llvm::SmallVector<llvm::StringRef, 8> Parts;
    llvm::StringRef(S->Value).split(Parts, ',');
    for (llvm::StringRef Part : Parts) {
      llvm::SmallVector<llvm::StringRef, 4> Words;
      Part.split(Words, ' ', -1, /*KeepEmpty=*/false);
      for (llvm::StringRef W : Words)
        if (!W.trim().empty())
          Named(W.trim());
    }
  } else if (auto *Seq = dyn_cast<SequenceObj>(Names)) {
    for (Object *E : Seq->Elements) {
      auto *Pair = dyn_cast<SequenceObj>(E);
      if (auto *N = dyn_cast<StrObj>(E))
        Named(N->Value);
      else if (Pair && Pair->Elements.size() == 2 &&
               isa<StrObj>(Pair->Elements[0]))
        Members.emplace_back(cast<StrObj>(Pair->Elements[0])->Value,
                             Pair->Elements[1]);
      else
        return H.unknown(New->Name, "names of an Enum it cannot read", Where);
    }
  } else if (auto *D = dyn_cast<DictObj>(Names)) {
    for (auto &[K, V] : D->Items) {
      auto *N = dyn_cast<StrObj>(K);
      if (!N)
        return H.unknown(New->Name, "names of an Enum it cannot read", Where);
      Members.emplace_back(N->Value, V);
    }
  } else {
    return H.unknown(New->Name, "names of an Enum it cannot read", Where);
  }
  for (auto &[Name, Value] : Members)
    New->Dict[Name] = {Value, Where};
  makeEnumMembers(New);
  return New;
}

Object *Evaluator::instantiate(ClassObj *C, CallArgs &Args, SrcLoc Where) {
  if (!C->OwnNew)
    C->OwnNew = llvm::any_of(C->Mro,
                             [](const ClassObj *M) {
                               return M->QualName != "builtins.object" &&
                                      M->Dict.count("__new__");
                             })
                    ? 2
                    : 1;
  InstanceObj *I;
  if (C->OwnNew == 2) {
    // __new__(cls, *args) makes the object; __init__ runs on it only
    // where it is one of the class's.
    // Given the class as its first argument, which super() in it uses.
    const Binding *New = C->lookup("__new__");
    Object *Made;
    if (auto *F = dyn_cast<FunctionObj>(New->Value)) {
      Made = callFunction(F, C, Args, Where, definingClass(C, "__new__"));
    } else {
      CallArgs NewArgs;
      NewArgs.Positional.push_back(C);
      llvm::append_range(NewArgs.Positional, Args.Positional);
      NewArgs.Keywords = Args.Keywords;
      Made = call(classAttr(C, "__new__", nullptr, Where), NewArgs, Where);
    }
    I = dyn_cast<InstanceObj>(Made);
    if (!I || !llvm::is_contained(I->Class->Mro, C))
      return Made;
    C = I->Class;
  } else {
    I = newInstance(C, Where);
  }
  const Binding *Init = C->lookup("__init__");
  auto *InitFn = Init ? dyn_cast<FunctionObj>(Init->Value) : nullptr;
  if (InitFn && !syntaxOf(InitFn))
    return H.unknown(C->QualName + "()", "its __init__ is not found again",
                     Where);
  if (InitFn) {
    if (CallDepth >= MaxCallDepth)
      return H.unknown(C->QualName + "()", "calls nested too deeply", Where);
    std::string Why;
    // The stubs' constructors mostly do nothing: what the schema code reads
    // is the instance's arguments. Their bodies need no frame and no locals
    // (one column of a large project fewer objects each).
    const auto &Body = cast<ast::FunctionDef>(InitFn->Def)->body;
    bool DoesNothing = llvm::all_of(Body, [](const ast::Statement *St) {
      if (isa<ast::Pass>(St))
        return true;
      auto *E = dyn_cast<ast::Expr>(St);
      return E && isa<ast::Constant>(E->value);
    });
    std::unique_ptr<Frame> Fr = DoesNothing ? nullptr : newFrame();
    if (Fr)
      Fr->Running = InitFn;
    if (!bindParameters(H, InitFn, I, Args, Fr ? &Fr->Locals : nullptr,
                        &I->Args, &I->Rest, &I->RestKeywords, Why)) {
      // Keep what was given: the schema code can still read it. A stub's
      // signature narrower than the library's (a newer release's option)
      // skips the stub's __init__, whose attributes the stubs read later:
      // said, as what it would have set is missing.
      I->Rest.assign(Args.Positional.begin(), Args.Positional.end());
      I->RestKeywords.assign(Args.Keywords.begin(), Args.Keywords.end());
      if (InitFn->IsStub && Fr)
        report(ProjectCallSite, DiagId::UnmodelledLibraryArguments, C->QualName,
               Why);
      // A keyword the signature does not name (Computed(persisteD=True)),
      // which the declarative pass reports: the other arguments bound
      // without it, left in RestKeywords.
      if (InitFn->IsStub && !Fr) {
        CallArgs Named = Args;
        llvm::erase_if(Named.Keywords, [&](const auto &K) {
          return !llvm::is_contained(InitFn->ParamNames, K.first);
        });
        std::vector<std::pair<llvm::StringRef, Object *>> Bound, BoundKeywords;
        std::vector<Object *> BoundRest;
        if (Named.Keywords.size() < Args.Keywords.size() &&
            bindParameters(H, InitFn, I, Named, nullptr, &Bound, &BoundRest,
                           &BoundKeywords, Why)) {
          I->Args = std::move(Bound);
          I->Rest = std::move(BoundRest);
          llvm::erase_if(I->RestKeywords, [&](const auto &K) {
            return llvm::is_contained(InitFn->ParamNames, K.first);
          });
        }
      }
    } else if (Fr) {
      Scope S;
      S.Module = InitFn->Globals;
      S.Locals = &Fr->Locals;
      S.Function = Fr.get();
      S.PrivateNamesOf = InitFn->PrivateNamesOf;
      S.MethodClass = definingClass(C, "__init__");
      S.Self = I;
      ++CallDepth;
      execBlock(Body, S);
      --CallDepth;
    }
    if (Fr)
      retire(std::move(Fr));
  } else {
    // object.__init__ takes no arguments: given some, a class of the
    // project's that defines no __init__ or __new__, nor do its bases,
    // raises TypeError. (A stub class stands for a library one whose
    // constructor the stubs may leave out.)
    if ((!Args.Positional.empty() || !Args.Keywords.empty()) && !Init &&
        llvm::all_of(C->Mro, [](const ClassObj *M) {
          return M->QualName == "builtins.object" ||
                 (!M->IsStub && !M->ConstructionUnseen);
        })) {
      raiseBuiltin("TypeError", Where);
      return H.unknown(C->QualName + "()",
                       "'" + C->Name + "' takes no arguments", Where);
    }
    I->Rest.assign(Args.Positional.begin(), Args.Positional.end());
    I->RestKeywords.assign(Args.Keywords.begin(), Args.Keywords.end());
  }
  // Its __init__ raised: no object is made.
  if (Raised)
    return H.unknown(C->QualName + "()", "its __init__ raises", Where);
  if (OnInstanceCreated)
    OnInstanceCreated(I);
  return I;
}

Object *Evaluator::call(Object *Callee, CallArgs &Args, SrcLoc Where) {
  llvm::SaveAndRestore<SrcLoc> Site(ProjectCallSite);
  if (Where.Unit && !Where.Unit->IsStub)
    ProjectCallSite = Where;
  if (!tick(Where))
    return H.unknown("", "evaluation budget exhausted", Where);
  noteCall(Callee);
  switch (Callee->Kind) {
  case ObjKind::Function:
    return callFunction(cast<FunctionObj>(Callee), nullptr, Args, Where,
                        nullptr);
  case ObjKind::BoundMethod: {
    auto *BM = cast<BoundMethodObj>(Callee);
    noteCall(BM->Function);
    if (auto *F = dyn_cast<FunctionObj>(BM->Function)) {
      ClassObj *Owner = nullptr;
      if (auto *Cls = dyn_cast<ClassObj>(BM->Self))
        Owner = definingClass(Cls, F);
      else if (ClassObj *T = typeOf(BM->Self))
        Owner = definingClass(T, F);
      return callFunction(F, BM->Self, Args, Where, Owner);
    }
    CallArgs WithSelf = Args;
    WithSelf.Positional.insert(WithSelf.Positional.begin(), BM->Self);
    return call(BM->Function, WithSelf, Where);
  }
  case ObjKind::Builtin:
    return callBuiltin(cast<BuiltinObj>(Callee), Args, Where);
  case ObjKind::Class: {
    auto *C = cast<ClassObj>(Callee);
    llvm::StringRef Q = C->QualName;
    // An enum called with a value is its member of that value (or one of
    // its members itself); the functional API (Enum("Name", ...)) is not
    // this.
    if (!C->IsStub && Args.Positional.size() == 1 && Args.Keywords.empty() &&
        C->isSubclassOf("enum.Enum"))
      return enumMember(C, Args.Positional[0], Where);
    if (Args.Positional.size() >= 2 && isa<StrObj>(Args.Positional[0]) &&
        C->isSubclassOf("enum.Enum"))
      return makeFunctionalEnum(C, Args, Where);
    if (Q == "builtins.type") {
      if (Args.Positional.size() == 1) {
        ClassObj *T = typeOf(Args.Positional[0]);
        return T ? static_cast<Object *>(T)
                 : H.unknown("", "type of an unknown value", Where);
      }
      if (Args.Positional.size() == 3) {
        auto *Name = dyn_cast<StrObj>(Args.Positional[0]);
        auto *Bases = dyn_cast<SequenceObj>(Args.Positional[1]);
        auto *Dict = dyn_cast<DictObj>(Args.Positional[2]);
        if (Name && Bases && Dict) {
          ClassObj *New = H.make<ClassObj>();
          New->Name = Name->Value;
          New->QualName = Name->Value;
          New->Where = Where;
          for (Object *B : Bases->Elements)
            if (auto *BC = dyn_cast<ClassObj>(B)) {
              noteSubclass(BC);
              New->Bases.push_back(BC);
            }
          if (!llvm::is_contained(New->Bases, nullptr)) {
            std::vector<ClassObj *> Mro = {New};
            for (ClassObj *B : New->Bases)
              for (ClassObj *M : B->Mro)
                if (!llvm::is_contained(Mro, M))
                  Mro.push_back(M);
            New->Mro = std::move(Mro);
          }
          for (auto &[K, V] : Dict->Items)
            if (auto *KS = dyn_cast<StrObj>(K))
              New->Dict[KS->Value] = {V, Where};
          // Its annotations are those of the dictionary's __annotations__,
          // as values (a string among them names nothing here).
          if (auto Given = New->Dict.find("__annotations__");
              Given != New->Dict.end())
            if (auto *Annotations = dyn_cast<DictObj>(Given->second.Value))
              for (auto &[K, V] : Annotations->Items)
                if (auto *KS = dyn_cast<StrObj>(K)) {
                  Annotation A;
                  A.Value = V;
                  A.Where = Where;
                  New->Annotations[KS->Value] = A;
                }
          // __module__ is the dictionary's, else the calling module's.
          auto Mod = New->Dict.find("__module__");
          if (Mod != New->Dict.end()) {
            if (auto *MS = dyn_cast<StrObj>(Mod->second.Value))
              New->QualName = MS->Value + "." + New->Name;
          } else if (Where.Unit) {
            New->QualName = Where.Unit->Name + "." + New->Name;
            New->Dict["__module__"] = {H.str(Where.Unit->Name), Where};
          }
          if (OnClassCreated)
            OnClassCreated(New);
          return New;
        }
        // A class that may be a model is lost: said, not left silent.
        Object *Unknown = !Name    ? Args.Positional[0]
                          : !Bases ? Args.Positional[1]
                                   : Args.Positional[2];
        report(Where, DiagId::UnknownTypeCall, describeUnknown(Unknown));
        return H.unknown("type()", "a class type() could not make", Where);
      }
      return H.unknown("type()", "unsupported type() call", Where);
    }
    if (Q == "builtins.str" || Q == "builtins.int" || Q == "builtins.bool" ||
        Q == "builtins.float" || Q == "builtins.tuple" ||
        Q == "builtins.list" || Q == "builtins.dict" || Q == "builtins.set" ||
        Q == "builtins.frozenset") {
      // A frozenset is a set the evaluator does not change anyway.
      if (Q == "builtins.frozenset")
        Q = "builtins.set";
      if (Args.Positional.empty() && Args.Keywords.empty()) {
        if (Q == "builtins.str")
          return H.str("");
        if (Q == "builtins.int")
          return H.integer(0);
        if (Q == "builtins.bool")
          return H.boolean(false);
        if (Q == "builtins.dict")
          return H.make<DictObj>();
        return H.make<SequenceObj>(Q == "builtins.tuple" ? ObjKind::Tuple
                                   : Q == "builtins.set" ? ObjKind::Set
                                                         : ObjKind::List);
      }
      Object *V = Args.Positional.empty() ? nullptr : Args.Positional[0];
      if (Q == "builtins.str" && V) {
        if (auto *S = dyn_cast<StrObj>(V))
          return S;
        std::string R = reprOf(V);
        if (!R.empty() && !isa<InstanceObj>(V))
          return H.str(R);
      }
      if (Q == "builtins.bool" && V && truthValue(V) >= 0)
        return H.boolean(truthValue(V));
      if ((Q == "builtins.int" || Q == "builtins.float") && V)
        V = numericValue(V);
      if (Q == "builtins.int" && V) {
        int64_t N;
        if (isa<IntObj>(V))
          return V;
        if (auto *B = dyn_cast<BoolObj>(V))
          return H.integer(B->Value);
        if (auto *F = dyn_cast<FloatObj>(V))
          return H.integer(static_cast<int64_t>(F->Value));
        if (auto *S = dyn_cast<StrObj>(V);
            S && !llvm::StringRef(S->Value).trim().getAsInteger(10, N))
          return H.integer(N);
      }
      if (Q == "builtins.float" && V) {
        double D;
        auto *S = dyn_cast<StrObj>(V);
        if (isa<IntObj>(V) ||
            (S && !llvm::StringRef(S->Value).trim().getAsDouble(D))) {
          FloatObj *F = H.make<FloatObj>();
          F->Value = S ? D : static_cast<double>(cast<IntObj>(V)->Value);
          return F;
        }
        if (isa<FloatObj>(V))
          return V;
      }
      if ((Q == "builtins.tuple" || Q == "builtins.list" ||
           Q == "builtins.set") &&
          V) {
        // Any iterable the evaluator knows: an enum class, a str.
        std::vector<Object *> Elems;
        if (!iterate(V, Elems))
          return H.unknown(Q.str() + "()", "conversion of unknown value",
                           Where);
        SequenceObj *Out =
            H.make<SequenceObj>(Q == "builtins.tuple" ? ObjKind::Tuple
                                : Q == "builtins.set" ? ObjKind::Set
                                                      : ObjKind::List);
        Out->Elements = std::move(Elems);
        if (Out->Kind == ObjKind::Set)
          dropDuplicates(Out);
        return Out;
      }
      if (Q == "builtins.dict") {
        DictObj *D = H.make<DictObj>();
        if (auto *Src = dyn_cast_or_null<DictObj>(V)) {
          D->Items = Src->Items;
        } else if (V) {
          // Pairs (zip(keys, values), [("a", 1)]), a later one of a key
          // replacing an earlier.
          std::vector<Object *> Pairs;
          if (!iterate(V, Pairs))
            return H.unknown("dict()", "conversion of unknown value", Where);
          for (Object *P : Pairs) {
            auto *KV = dyn_cast<SequenceObj>(P);
            if (!KV || KV->Kind == ObjKind::Set || KV->Elements.size() != 2)
              return H.unknown("dict()", "conversion of unknown value", Where);
            storeItem(D, KV->Elements[0], KV->Elements[1]);
          }
        }
        for (auto &[K, Val] : Args.Keywords)
          storeItem(D, H.str(K.str()), Val);
        return D;
      }
      return H.unknown(Q.str() + "()", "conversion of unknown value", Where);
    }
    return instantiate(C, Args, Where);
  }
  case ObjKind::Instance: {
    auto *I = cast<InstanceObj>(Callee);
    // classmethod / staticmethod objects reached directly (stacked under
    // declared_attr): call what they wrap.
    if (I->Class->isSubclassOf("builtins.classmethod") ||
        I->Class->isSubclassOf("builtins.staticmethod"))
      if (Object *F = I->arg("fget"))
        return call(F, Args, Where);
    Object *CallMethod = classAttr(I->Class, "__call__", I, Where);
    if (!isa<UnknownObj>(CallMethod))
      return call(CallMethod, Args, Where);
    return H.unknown("", "call of an object that is not callable", Where);
  }
  case ObjKind::Unknown: {
    auto *U = cast<UnknownObj>(Callee);
    UnknownObj *R =
        H.unknown(U->Name.empty() ? "" : U->Name + "()", U->Reason, Where);
    R->Opaque = U->Opaque;
    return R;
  }
  default:
    return H.unknown(
        "", std::string("call of a ") + kindName(Callee->Kind).str(), Where);
  }
}

void Evaluator::raiseIfLacking(Object *Owner, llvm::StringRef Name,
                               SrcLoc Where) {
  // Only a class of the project's, all of whose attributes are in view:
  // a library class's stub models part of it, a class with a base left
  // out or a metaclass may have more, a setattr() of a name the analysis
  // could not compute may have added it. An instance's attributes depend
  // on code that may not have run.
  auto *C = dyn_cast_or_null<ClassObj>(Owner);
  if (!C || Raised || Catching.empty() || C->lookup(Name))
    return;
  // What every class has from type and object (dir() of a class, Python
  // 3.11 to 3.13), which the stubs do not all model.
  static constexpr llvm::StringLiteral EveryClassHas =
      "__abstractmethods__ __annotations__ __base__ __bases__ __basicsize__ "
      "__call__ __class__ __delattr__ __dict__ __dictoffset__ __dir__ __doc__ "
      "__eq__ __firstlineno__ __flags__ __format__ __ge__ __getattribute__ "
      "__getstate__ __gt__ __hash__ __init__ __init_subclass__ "
      "__instancecheck__ __itemsize__ __le__ __lt__ __module__ __mro__ "
      "__name__ __ne__ __new__ __or__ __orig_bases__ __parameters__ "
      "__prepare__ __qualname__ __reduce__ __reduce_ex__ __repr__ __ror__ "
      "__setattr__ __sizeof__ __static_attributes__ __str__ __subclasscheck__ "
      "__subclasses__ __subclasshook__ __text_signature__ __type_params__ "
      "__weakref__ __weakrefoffset__ mro";
  if (llvm::is_contained(llvm::split(EveryClassHas, ' '), Name))
    return;
  for (const ClassObj *M : C->Mro)
    if (M->QualName != "builtins.object" &&
        (M->IsStub || M->ConstructionUnseen || M->Incomplete))
      return;
  raiseBuiltin("AttributeError", Where);
}

Object *Evaluator::classAttr(ClassObj *C, llvm::StringRef Name,
                             Object *Instance, SrcLoc Where) {
  if (Name == "__name__")
    return H.str(C->Name);
  if (Name == "__mro__") {
    SequenceObj *T = H.make<SequenceObj>(ObjKind::Tuple);
    T->Elements.assign(C->Mro.begin(), C->Mro.end());
    return T;
  }
  if (Name == "__bases__") {
    SequenceObj *T = H.make<SequenceObj>(ObjKind::Tuple);
    T->Elements.assign(C->Bases.begin(), C->Bases.end());
    return T;
  }
  if (Name == "__dict__") {
    DictObj *D = H.make<DictObj>();
    for (auto &[K, B] : C->Dict)
      D->Items.emplace_back(H.str(K.str()), B.Value);
    return D;
  }
  // An enum's members by name, aliases included, in definition order.
  if (Name == "__members__" && C->isSubclassOf("enum.Enum")) {
    DictObj *D = H.make<DictObj>();
    for (auto &[K, B] : C->Dict)
      if (auto *M = dyn_cast_or_null<InstanceObj>(B.Value); M && M->Class == C)
        D->Items.emplace_back(H.str(K.str()), M);
    return D;
  }
  // The names the class body annotates, in order, each with its source
  // text, as under `from __future__ import annotations`: what
  // typing.NamedTuple and dataclasses read of them (ClassVar is a name).
  if (Name == "__annotations__") {
    DictObj *D = H.make<DictObj>();
    for (auto &[K, A] : C->Annotations) {
      const ModuleUnit *U = A.Module ? A.Module->Unit : nullptr;
      llvm::StringRef Text =
          U && U->File ? U->File->text().slice(A.Range.Begin, A.Range.End)
                       : llvm::StringRef();
      D->Items.emplace_back(H.str(K.str()), H.str(Text.str()));
    }
    return D;
  }
  const Binding *B = C->lookup(Name);
  // The stubs model what schemas use of a library class; whatever else
  // the class has is real but unseen.
  if (!B && C->IsStub)
    return H.unmodelled(C->Name + "." + Name.str(), Where);
  if (!B)
    return H.unknown(C->Name + "." + Name.str(),
                     "'" + C->Name + "' has no attribute '" + Name.str() + "'",
                     Where);
  Object *V = B->Value;
  if (auto *F = dyn_cast<FunctionObj>(V))
    return bound(F, Instance);
  if (auto *Desc = dyn_cast<InstanceObj>(V)) {
    ClassObj *DC = Desc->Class;
    // A descriptor of the project's (Indico's classproperty): its
    // __get__(obj, type) gives the attribute.
    if (const Binding *Get = DC->IsStub ? nullptr : DC->lookup("__get__")) {
      auto *GetFn = dyn_cast<FunctionObj>(Get->Value);
      if (GetFn && !GetFn->IsStub) {
        CallArgs Args;
        Args.Positional = {Instance ? Instance : H.none(), C};
        return callFunction(GetFn, Desc, Args, Where,
                            definingClass(DC, "__get__"));
      }
    }
    if (Object *Method = classLevelMethod(Desc, C))
      return Method;
    Object *Fget = Desc->arg("fget");
    // declared_attr runs with the class it is read through.
    if (DC->isSubclassOf("sqlalchemy.orm.declared_attr") && Fget && !Instance) {
      bool Scanning = Scan && Scan->Class == C;
      if (Scanning)
        if (Object *Made = Scan->DeclaredAttrs.lookup(Desc))
          return Made;
      CallArgs Args;
      Args.Positional.push_back(C);
      Object *Made = call(Fget, Args, Where);
      if (Scanning)
        Scan->DeclaredAttrs[Desc] = Made;
      return Made;
    }
    // A hybrid read through the class is its expression, which a
    // ForeignKey(), an Index() or an order_by takes as the column it is:
    // the expression function's, else the getter's, called with the class.
    if (DC->isSubclassOf("sqlalchemy.ext.hybrid.hybrid_property") &&
        !Instance) {
      Object *Expr = Desc->arg("expr");
      Object *Fn = Expr && !isa<NoneObj>(Expr) ? Expr : Fget;
      if (Fn && !isa<NoneObj>(Fn)) {
        CallArgs Args;
        Args.Positional.push_back(C);
        return call(Fn, Args, Where);
      }
    }
    if (DC->isSubclassOf("builtins.property") && Fget && Instance) {
      CallArgs Args;
      Args.Positional.push_back(Instance);
      return call(Fget, Args, Where);
    }
  }
  return V;
}

void Evaluator::noteUse(uint16_t Owner, llvm::StringRef Class,
                        llvm::StringRef Name) {
  uint16_t Reader = H.owner();
  if (!Reader || !Owner || Owner == Reader || Owner == DeclarativeOwner)
    return;
  // The declarative pass's own work is no module's: what it reads, it
  // reads for all of them.
  if (Reader == DeclarativeOwner) {
    Dependencies[Owner].UsedOpaquely = true;
    return;
  }
  Dependencies[Reader].Reads.insert(Owner);
  // Taken after the reader's entry is made, which may move the others.
  OwnerDependencies &Used = Dependencies[Owner];
  if (Name.empty()) {
    Used.UsedOpaquely = true;
    return;
  }
  llvm::StringRef C = internName(Class), N = internName(Name);
  if (Used.Used.insert({C.data(), N.data()}).second)
    Used.UsedByOthers.emplace_back(C, N);
}

void Evaluator::noteRead(const Object *Value, const ModuleObj *From,
                         llvm::StringRef Name) {
  uint16_t Reader = H.owner();
  if (!Reader || From->Owner == Reader)
    return;
  // What a module's namespace holds under a name: a package's __init__ may
  // bind another value to a submodule's name; a module still running has
  // not bound all of its names yet.
  if (From->Running && Reader != DeclarativeOwner)
    Dependencies[Reader].ReadsRunningModule = true;
  noteUse(From->Owner, "", Name);
  if (!Value || !Value->Owner || Value->Owner == From->Owner ||
      isa<ModuleObj>(Value))
    return;
  if (const auto *C = dyn_cast<ClassObj>(Value))
    noteUse(Value->Owner, C->QualName, "#");
  else
    noteUse(Value->Owner, "", "");
}

void Evaluator::noteAttribute(const Object *Obj, llvm::StringRef Name) {
  if (isa<ModuleObj>(Obj))
    return;
  if (const auto *C = dyn_cast<ClassObj>(Obj))
    noteUse(Obj->Owner, C->QualName, Name);
  else
    noteUse(Obj->Owner, "", "");
}

void Evaluator::noteCall(const Object *Callee) {
  if (const auto *C = dyn_cast<ClassObj>(Callee))
    noteSubclass(C);
  else if (!isa<ModuleObj>(Callee))
    noteUse(Callee->Owner, "", "");
}

void Evaluator::noteSubclass(const ClassObj *Base) { noteAttribute(Base, "*"); }

void Evaluator::noteWrite(const Object *Target) {
  // An object made since is one no other module can have read.
  uint16_t Owner = Target->Owner;
  if (Owner && Owner == H.owner() && Owner != DeclarativeOwner)
    if (auto Ran = BodiesRan.find(Owner);
        Ran != BodiesRan.end() && Target->Serial <= Ran->second)
      Dependencies[Owner].WrittenAfterRun = true;
  noteWrite(Owner);
}

void Evaluator::bodyStarting(uint16_t Owner) {
  if (Owner && (CallDepth || ImportErrorHandlers))
    Dependencies[Owner].RanNested = true;
}

void Evaluator::noteWrite(uint16_t TargetOwner) {
  uint16_t Writer = H.owner();
  if (!Writer || TargetOwner == Writer || TargetOwner == DeclarativeOwner)
    return;
  Dependencies[Writer].WritesOthers = true;
  if (TargetOwner)
    Dependencies[TargetOwner].WrittenByOthers = true;
}

/// Whether the __init__ \p C's instances run is a library stub's.
static bool inheritsStubConstructor(const ClassObj *C) {
  const Binding *Init = C->lookup("__init__");
  auto *F = Init ? dyn_cast<FunctionObj>(Init->Value) : nullptr;
  return F && F->IsStub;
}

Object *Evaluator::moduleGetattr(ModuleObj *M, llvm::StringRef Name,
                                 SrcLoc Where) {
  if (!M->Unit || M->Unit->IsStub)
    return nullptr;
  auto Hook = M->Globals.find("__getattr__");
  if (Hook == M->Globals.end() || !isa<FunctionObj>(Hook->second.Value))
    return nullptr;
  noteRead(Hook->second.Value, M, "__getattr__");
  if (!ModuleGetattrRunning.insert({M, Name.str()}).second)
    return nullptr;
  CallArgs Args;
  Args.Positional.push_back(H.str(Name.str()));
  Object *V = call(Hook->second.Value, Args, Where);
  ModuleGetattrRunning.erase({M, Name.str()});
  // An AttributeError, or what the analysis cannot follow: as if it had
  // no __getattr__, which the caller reports.
  return isa<UnknownObj>(V) ? nullptr : V;
}

Object *Evaluator::getAttr(Object *Obj, llvm::StringRef Name, SrcLoc Where) {
  noteAttribute(Obj, Name);
  switch (Obj->Kind) {
  case ObjKind::Module: {
    auto *M = cast<ModuleObj>(Obj);
    auto It = M->Globals.find(Name.str());
    if (It != M->Globals.end()) {
      // A package whose __init__ did not run holds only the submodules
      // imported so far; its __init__ may bind other values to them.
      noteUnrunRead(M, Name);
      noteRead(It->second.Value, M, Name);
      return It->second.Value;
    }
    if (Name == "__name__")
      return H.str(M->Name);
    if (Object *Lazy = moduleGetattr(M, Name, Where))
      return Lazy;
    std::string SubName = M->Name + "." + Name.str();
    // What a package whose __init__ did not run would bind to the name.
    noteUnrunRead(M, Name);
    if (Loader.hasModule(SubName))
      return Loader.importModule(SubName, Where);
    // A name looked for in vain: were it bound, this would read it.
    noteRead(nullptr, M, Name);
    if (M->Unit && M->Unit->IsStub) {
      UnknownObj *U = H.unmodelled(SubName, Where);
      U->ModulePathSize = M->Name.size();
      return U;
    }
    return H.unknown(M->Name + "." + Name.str(),
                     "module '" + M->Name + "' has no attribute '" +
                         Name.str() + "'",
                     Where);
  }
  case ObjKind::Class:
    return classAttr(cast<ClassObj>(Obj), Name, nullptr, Where);
  case ObjKind::Instance: {
    auto *I = cast<InstanceObj>(Obj);
    auto It = I->Attrs.find(Name.str());
    if (It != I->Attrs.end())
      return It->second.Value;
    // A library object keeps its constructor arguments as attributes of
    // the same names (String(50).length) in all the cases models read; so
    // does an instance of a project's subclass that keeps the library's
    // constructor.
    // An argument left None reads as the stub's attribute of the name,
    // where it has one (SchemaItem.info, a dict).
    if (I->Class->IsStub || inheritsStubConstructor(I->Class))
      for (auto &[ArgName, Value] : I->Args)
        if (ArgName == Name && !(isa<NoneObj>(Value) && I->Class->lookup(Name)))
          return Value;
    if (Name == "__class__")
      return I->Class;
    // A project object's attributes, as a dict that stores into it
    // (self.__dict__.update(kwargs)). A library object's are its
    // constructor's arguments, which it does not keep this way, but for
    // SimpleNamespace, whose are its attributes.
    if (Name == "__dict__" &&
        (!I->Class->IsStub || I->Class->QualName == "types.SimpleNamespace")) {
      DictObj *D = H.make<DictObj>();
      for (auto &[K, B] : I->Attrs)
        D->Items.emplace_back(H.str(K.str()), B.Value);
      D->ViewOf = I;
      return D;
    }
    Object *V = classAttr(I->Class, Name, I, Where);
    if (isa<UnknownObj>(V) && I->Class->lookup("__getattr__")) {
      CallArgs Args;
      Args.Positional.push_back(H.str(Name.str()));
      return call(classAttr(I->Class, "__getattr__", I, Where), Args, Where);
    }
    return V;
  }
  case ObjKind::Super: {
    auto *S = cast<SuperObj>(Obj);
    ClassObj *T =
        isa<ClassObj>(S->Self) ? cast<ClassObj>(S->Self) : typeOf(S->Self);
    // In a metaclass's method, the class is the instance: super() goes on
    // along the metaclass's MRO.
    if (auto *C = dyn_cast<ClassObj>(S->Self);
        C && C->Metaclass && llvm::is_contained(C->Metaclass->Mro, S->Start))
      T = C->Metaclass;
    if (T) {
      auto Start = llvm::find(T->Mro, S->Start);
      for (auto It = Start == T->Mro.end() ? Start : std::next(Start);
           It != T->Mro.end(); ++It) {
        // A read of each class looked in, as Class.name would be: the
        // super object is the reader's own.
        noteAttribute(*It, Name);
        auto Found = (*It)->Dict.find(Name.str());
        if (Found == (*It)->Dict.end())
          continue;
        // __new__ is a static method without saying so: it is given the
        // class (super().__new__(cls, ...)).
        if (auto *F = dyn_cast<FunctionObj>(Found->second.Value);
            F && Name != "__new__")
          return bound(F, S->Self);
        // super().create() in a classmethod override calls the base's
        // bound to the class.
        if (Object *Method = classLevelMethod(Found->second.Value, T))
          return Method;
        return Found->second.Value;
      }
    }
    return H.unknown("super()." + Name.str(), "not found in the MRO", Where);
  }
  case ObjKind::GenericAlias:
    return getAttr(cast<GenericAliasObj>(Obj)->Origin, Name, Where);
  case ObjKind::Function:
    if (Name == "__name__")
      return H.str(cast<FunctionObj>(Obj)->Name);
    if (Name == "__get__") {
      BuiltinObj *B = H.make<BuiltinObj>();
      B->Id = BuiltinId::FunctionGet;
      B->Self = Obj;
      return B;
    }
    break;
  case ObjKind::Str:
  case ObjKind::Dict:
  case ObjKind::List:
  case ObjKind::Set: {
    llvm::StringRef Prefix = Obj->Kind == ObjKind::Str    ? "Str"
                             : Obj->Kind == ObjKind::Dict ? "Dict"
                             : Obj->Kind == ObjKind::Set  ? "Set"
                                                          : "List";
    static const std::pair<const char *, const char *> Ids[] = {
#define BUILTIN(Id, Name) {#Id, Name},
#include "sema/Builtins.def"
    };
    for (size_t I = 0; I < std::size(Ids); ++I)
      if (llvm::StringRef(Ids[I].first).starts_with(Prefix) &&
          Name == Ids[I].second) {
        BuiltinObj *B = H.make<BuiltinObj>();
        B->Id = static_cast<BuiltinId>(I);
        B->Self = Obj;
        return B;
      }
    break;
  }
  case ObjKind::Unknown: {
    auto *U = cast<UnknownObj>(Obj);
    UnknownObj *R = H.unknown(U->Name.empty() ? "" : U->Name + "." + Name.str(),
                              U->Reason, Where);
    R->Opaque = U->Opaque;
    if (!U->Name.empty())
      R->ModulePathSize = U->ModulePathSize == U->Name.size() &&
                                  OpaqueModulePaths.contains(R->Name)
                              ? R->Name.size()
                              : U->ModulePathSize;
    return R;
  }
  default:
    break;
  }
  return H.unknown("",
                   std::string(kindName(Obj->Kind)) + " has no attribute '" +
                       Name.str() + "'",
                   Where);
}

/// cls.__qualname__ or cls.__module__ set after the class was made (a
/// factory naming the class it makes): the qualified name follows, as
/// SQLAlchemy's name for the class does. (A registry knows the class by
/// the __name__ it had when it was mapped.)
static void renameClass(ClassObj *C, llvm::StringRef Attr, Object *Value) {
  auto *To = dyn_cast<StrObj>(Value);
  if (!To || (Attr != "__qualname__" && Attr != "__module__"))
    return;
  auto Qual = C->Dict.find("__qualname__");
  auto *QualName =
      Qual != C->Dict.end() ? dyn_cast<StrObj>(Qual->second.Value) : nullptr;
  llvm::StringRef Part = QualName ? llvm::StringRef(QualName->Value) : C->Name;
  llvm::StringRef Full = C->QualName;
  if (Full.size() <= Part.size() || !Full.ends_with(Part) ||
      Full[Full.size() - Part.size() - 1] != '.')
    return;
  llvm::StringRef Module = Full.drop_back(Part.size() + 1);
  C->QualName = Attr == "__module__" ? To->Value + "." + Part.str()
                                     : Module.str() + "." + To->Value;
}

void Evaluator::setAttr(Object *Obj, llvm::StringRef Name, Object *Value,
                        SrcLoc Where) {
  noteWrite(Obj);
  if (auto *I = dyn_cast<InstanceObj>(Obj)) {
    I->Attrs[Name.str()] = {Value, Where};
    if (OnInstanceAttributeSet)
      OnInstanceAttributeSet(I, Name, Value, Where);
  } else if (auto *C = dyn_cast<ClassObj>(Obj)) {
    renameClass(C, Name, Value);
    C->Dict[Name.str()] = {Value, Where};
    if (OnClassAttributeSet)
      OnClassAttributeSet(C, Name, Value, Where);
  } else if (auto *M = dyn_cast<ModuleObj>(Obj))
    M->Globals[Name.str()] = {Value, Where};
}

Object *Evaluator::evalAnnotation(const Annotation &A) {
  Scope S;
  S.Module = A.Module;
  Object *V = A.Value;
  if (!V) {
    const ast::Expression *Expr = syntaxOf(A);
    if (!Expr)
      return H.unknown("", "the annotation is not found again", A.Where);
    V = eval(Expr, S);
  }
  // `from __future__ import annotations` and quoted annotations: the text
  // is an expression in the module's namespace.
  if (auto *Str = dyn_cast<StrObj>(V))
    return evalAnnotationText(Str->Value, A.Module, A.Where);
  return V;
}

Object *Evaluator::evalAnnotationText(llvm::StringRef Text, ModuleObj *Module,
                                      SrcLoc Where) {
  Scope S;
  S.Module = Module;
  auto File = SourceFile::fromBytes(Text, "<annotation>");
  DiagnosticEngine Diags(*File);
  parse::ParsedFile Parsed = parse::parseFile(*File, Diags);
  if (Diags.errorCount() || Parsed.Module->body.size() != 1 ||
      !isa<ast::Expr>(Parsed.Module->body[0]))
    return H.unknown(Text.str(), "annotation is not an expression", Where);
  // The parsed tree lives as long as the analysis: annotations are read
  // again when subclasses are mapped.
  Object *Result = eval(cast<ast::Expr>(Parsed.Module->body[0])->value, S);
  AnnotationSources.push_back(std::move(File));
  AnnotationTrees.push_back(std::move(Parsed));
  // Locations inside the parsed string mean nothing in the file.
  if (auto *U = dyn_cast<UnknownObj>(Result))
    U->Where = Where;
  return Result;
}

Object *Evaluator::destringifyArguments(Object *Annotation, ModuleObj *Module,
                                        SrcLoc Where, int Depth) {
  auto *G = dyn_cast_or_null<GenericAliasObj>(Annotation);
  if (!G || !Module || Depth > 8)
    return Annotation;
  // A Literal's strings are values, and an Annotated's are metadata, past
  // the type it annotates.
  llvm::StringRef Form = specialFormName(G->Origin);
  if (Form == "Literal")
    return Annotation;
  size_t Types = Form == "Annotated" ? std::min<size_t>(1, G->Args.size())
                                     : G->Args.size();
  GenericAliasObj *Out = nullptr;
  for (size_t I = 0; I < Types; ++I) {
    Object *Arg = G->Args[I];
    Object *New = Arg;
    if (auto *S = dyn_cast<StrObj>(Arg)) {
      Object *V = evalAnnotationText(S->Value, Module, Where);
      if (!isa<UnknownObj>(V))
        New = destringifyArguments(V, Module, Where, Depth + 1);
    } else {
      New = destringifyArguments(Arg, Module, Where, Depth + 1);
    }
    if (New == Arg)
      continue;
    if (!Out) {
      Out = H.make<GenericAliasObj>();
      Out->Origin = G->Origin;
      Out->Args = G->Args;
      Out->Where = G->Where;
    }
    Out->Args[I] = New;
  }
  return Out ? Out : Annotation;
}

} // namespace schemac::sema
