//===- CompiledRenderings.cpp - What @compiles functions render -----------===//
//
// sqlalchemy.ext.compiler's @compiles replaces how SQLAlchemy renders a type
// or a SQL construct on some dialects or on all: DATETIME(6) for DateTime
// on MySQL, the utcnow() server default of SQLAlchemy's documentation. The
// stub (stubs/sqlalchemy/ext/compiler.py) keeps a class's functions in its
// _compiler_dispatcher; they are found here as SQLAlchemy's dispatch finds
// them, and called for each dialect with a compiler that knows the
// dialect's name.
//
//===----------------------------------------------------------------------===//

#include "sema/Declarative.h"

#include "llvm/ADT/StringExtras.h"

namespace schemac::sema {

const DictObj *
DeclarativeAnalyzer::compilesRegistration(const ClassObj *C,
                                          const ClassObj **Dispatcher) {
  for (const ClassObj *M : C->Mro) {
    auto It = M->Dict.find("_compiler_dispatcher");
    if (It != M->Dict.end())
      if (auto *Functions = dyn_cast_or_null<DictObj>(It->second.Value)) {
        if (Dispatcher)
          *Dispatcher = M;
        return Functions;
      }
    if (M->IsStub || M->Dict.count("__visit_name__")) {
      if (Dispatcher)
        *Dispatcher = M;
      return nullptr;
    }
  }
  if (Dispatcher)
    *Dispatcher = nullptr;
  return nullptr;
}

std::vector<std::pair<std::string, std::string>>
DeclarativeAnalyzer::compiledRenderings(InstanceObj *Element,
                                        llvm::StringRef Compiler,
                                        SrcLoc Where) {
  std::vector<std::pair<std::string, std::string>> Out;
  const ClassObj *Dispatcher = nullptr;
  const DictObj *Functions = compilesRegistration(Element->Class, &Dispatcher);
  if (!Functions) {
    if (Dispatcher)
      RenderedUncompiled.insert({Dispatcher, Where});
    return Out;
  }
  auto FunctionFor = [&](llvm::StringRef Dialect) -> Object * {
    for (auto &[K, V] : Functions->Items)
      if (auto *S = dyn_cast<StrObj>(K); S && S->Value == Dialect)
        return V;
    return nullptr;
  };
  Object *DialectClass = E.lookupQualified("sqlalchemy.engine.Dialect");
  Object *CompilerClass = E.lookupQualified(Compiler);
  // Each function that could not be evaluated, with the dialects it was
  // not and why: reported once.
  struct Failure {
    Object *Function;
    llvm::SmallVector<std::string, 3> Dialects;
    std::string Why;
  };
  llvm::SmallVector<Failure, 1> Failures;
  for (const char *D : RenderedDialects) {
    Object *Fn = FunctionFor(D);
    if (!Fn)
      Fn = FunctionFor("default");
    if (!Fn)
      continue;
    CallArgs DialectArgs;
    DialectArgs.Positional.push_back(H.str(D));
    CallArgs CompilerArgs;
    CompilerArgs.Positional.push_back(E.call(DialectClass, DialectArgs, Where));
    CallArgs Args;
    Args.Positional.push_back(Element);
    Args.Positional.push_back(E.call(CompilerClass, CompilerArgs, Where));
    Object *Text = E.call(Fn, Args, Where);
    if (auto *S = dyn_cast<StrObj>(Text)) {
      Out.emplace_back(D, S->Value);
      continue;
    }
    if (UnevaluatedCompiles.contains(Fn))
      continue;
    auto It = llvm::find_if(Failures,
                            [&](const Failure &F) { return F.Function == Fn; });
    if (It == Failures.end())
      It = &Failures.emplace_back(Failure{Fn, {}, describeUnknown(Text)});
    It->Dialects.push_back(D);
  }
  for (const Failure &F : Failures) {
    UnevaluatedCompiles.insert(F.Function);
    auto *Fn = dyn_cast<FunctionObj>(F.Function);
    llvm::ArrayRef<std::string> Dialects = F.Dialects;
    std::string On = Dialects.size() == 1
                         ? Dialects[0]
                         : llvm::join(Dialects.drop_back(), ", ") + " and " +
                               Dialects.back();
    E.report(F.Function->Where.isKnown() ? F.Function->Where : Where,
             DiagId::UnknownCompiledText, Fn ? Fn->QualName : "<callable>", On,
             F.Why, Element->Class->Name);
  }
  return Out;
}

bool DeclarativeAnalyzer::compiledExpression(Object *V, ir::ServerDefault &D,
                                             SrcLoc Where) {
  auto *I = dyn_cast<InstanceObj>(V);
  if (!I || !isA(I, "sqlalchemy.sql.expression.ClauseElement"))
    return false;
  std::vector<std::pair<std::string, std::string>> Texts =
      compiledRenderings(I, "sqlalchemy.sql.compiler.SQLCompiler", Where);
  if (Texts.empty())
    return false;
  // Where no function covers a dialect, a SQL function is still a call; a
  // construct of the project's own has no rendering there (SQLAlchemy
  // raises UnsupportedCompilationError).
  bool RendersItself = isA(I, "sqlalchemy.sql.expression.Function");
  for (const char *Dialect : RenderedDialects) {
    auto It = llvm::find_if(Texts, [&](auto &T) { return T.first == Dialect; });
    if (It != Texts.end())
      D.Compiled.push_back(std::move(*It));
    else if (!RendersItself)
      D.Compiled.emplace_back(Dialect, "");
  }
  if (!RendersItself) {
    D.Kind = ir::ServerDefault::Expression;
    D.Value = I->Class->QualName + "()";
  }
  return true;
}

void DeclarativeAnalyzer::reportLateCompiles() {
  for (auto &[Class, Where] : RenderedUncompiled)
    if (compilesRegistration(Class))
      E.report(Where, DiagId::LateCompiles, Class->Name);
  RenderedUncompiled.clear();
}

} // namespace schemac::sema
