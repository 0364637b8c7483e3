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

#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/SaveAndRestore.h"

#include <limits>

namespace schemac::sema {

namespace {

/// The library classes to which SQLAlchemy (1.4 and 2.0 alike) gives no
/// __visit_name__ of their own: they render as their base does, and a
/// @compiles function for the base renders them too. The other library
/// classes the stubs model have a compiler of their own.
bool inheritsCompiler(const ClassObj *C) {
  // SQLAlchemy's generic functions (now, coalesce, ...) and
  // GenericFunction itself render as Function does.
  if (C->Module && C->Module->Name == "sqlalchemy.sql.functions")
    return true;
  static const llvm::StringSet<> Names = {
      "sqlalchemy.sql.expression.FunctionElement",
      "sqlalchemy.types.MatchType",
      "sqlalchemy.types.TypeEngine",
      "sqlalchemy.types.Variant",
      "sqlalchemy.types.Interval",
      "sqlalchemy.types.PickleType",
      "sqlalchemy.dialects.postgresql.ARRAY",
      "sqlalchemy.dialects.postgresql.ENUM",
      "sqlalchemy.dialects.postgresql.JSON",
      "sqlalchemy.dialects.mysql.JSON",
      "sqlalchemy.dialects.sqlite.DATE",
      "sqlalchemy.dialects.sqlite.DATETIME",
      "sqlalchemy.dialects.sqlite.TIME",
      "sqlalchemy.dialects.sqlite.JSON",
  };
  return Names.contains(C->QualName);
}

/// The value under a string key of a stub's dictionary, or null.
Object *entryOf(const DictObj *D, llvm::StringRef Key) {
  for (auto &[K, V] : D->Items)
    if (auto *S = dyn_cast<StrObj>(K); S && S->Value == Key)
      return V;
  return nullptr;
}

} // namespace

template <typename Fn>
void DeclarativeAnalyzer::forEachCompilesRegistration(const ClassObj *C,
                                                      Fn Visit) {
  // A class's dispatcher falls back to what its base dispatched by when it
  // was made: a base's dispatcher made later is not part of it.
  int64_t MadeBefore = std::numeric_limits<int64_t>::max();
  static const llvm::StringRef Dispatcher = internName("_compiler_dispatcher");
  static const llvm::StringRef VisitName = internName("__visit_name__");
  for (const ClassObj *M : C->Mro) {
    auto It = M->Dict.find(Dispatcher);
    if (It != M->Dict.end())
      if (auto *Functions = dyn_cast_or_null<DictObj>(It->second.Value)) {
        // deregister() restores the compiler SQLAlchemy generated, which
        // the nearest library class has.
        if (entryOf(Functions, "__original__"))
          return;
        auto *Made = dyn_cast_or_null<IntObj>(entryOf(Functions, "__made__"));
        int64_t When = Made ? Made->Value : 0;
        if (When < MadeBefore) {
          if (!Visit(Functions) || entryOf(Functions, "__then_original__"))
            return;
          MadeBefore = When;
        }
      }
    if ((M->IsStub && !inheritsCompiler(M)) || M->Dict.count(VisitName))
      return;
  }
}

bool DeclarativeAnalyzer::hasCompilesFunction(const ClassObj *C) {
  if (!E.compilesChanges())
    return false;
  bool Found = false;
  forEachCompilesRegistration(C, [&](const DictObj *) {
    Found = true;
    return false;
  });
  return Found;
}

Object *DeclarativeAnalyzer::compilesFunction(const ClassObj *C,
                                              llvm::StringRef Dialect) {
  // A class's functions for other dialects fall back to the compiler it
  // had when the first was registered: its base's, @compiles or not.
  Object *Found = nullptr;
  forEachCompilesRegistration(C, [&](const DictObj *Functions) {
    Found = entryOf(Functions, Dialect);
    if (!Found)
      Found = entryOf(Functions, "default");
    return !Found;
  });
  return Found;
}

std::vector<DeclarativeAnalyzer::CompiledRendering>
DeclarativeAnalyzer::compiledRenderings(InstanceObj *Element,
                                        llvm::StringRef Compiler,
                                        SrcLoc Where) {
  std::vector<CompiledRendering> Out;
  if (!hasCompilesFunction(Element->Class)) {
    RenderedUncompiled.insert({Element->Class, Where});
    return Out;
  }
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
    if (RenderingDialect && RenderingDialect != D)
      continue;
    Object *Fn = compilesFunction(Element->Class, D);
    if (!Fn)
      continue;
    // Each function on a budget of its own: one that loops must not leave
    // the others none.
    Evaluator::BudgetScope Budget(E, Where);
    std::pair<const ClassObj *, const char *> Running{Element->Class, D};
    ++RenderingDepth[Running];
    auto Leave = llvm::make_scope_exit([&] {
      if (--RenderingDepth[Running] == 0)
        RenderingDepth.erase(Running);
    });
    CallArgs DialectArgs;
    DialectArgs.Positional.push_back(H.str(D));
    CallArgs CompilerArgs;
    CompilerArgs.Positional.push_back(E.call(DialectClass, DialectArgs, Where));
    CallArgs Args;
    Args.Positional.push_back(Element);
    Args.Positional.push_back(E.call(CompilerClass, CompilerArgs, Where));
    Object *Text = E.call(Fn, Args, Where);
    if (auto *S = dyn_cast<StrObj>(Text)) {
      Out.push_back({D, S->Value, nullptr, ""});
      continue;
    }
    std::string Why;
    if (auto *Request = dyn_cast<InstanceObj>(Text);
        Request &&
        Request->Class->QualName == "sqlalchemy.sql.compiler._RenderedType") {
      CompiledRendering Rendering{D, "", nullptr, ""};
      if (renderedType(Request, Rendering, Where, Why)) {
        Out.push_back(std::move(Rendering));
        continue;
      }
    } else {
      Why = describeUnknown(Text);
    }
    if (UnevaluatedCompiles.contains(Fn))
      continue;
    auto It = llvm::find_if(Failures,
                            [&](const Failure &F) { return F.Function == Fn; });
    if (It == Failures.end())
      It = &Failures.emplace_back(Failure{Fn, {}, Why});
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

namespace {

/// The generic class SQLAlchemy's lower-case visit serves: visit_string
/// for String, visit_large_binary for LargeBinary.
std::string genericClassOfVisit(llvm::StringRef Visit) {
  if (Visit == "datetime")
    return "DateTime";
  std::string Class;
  llvm::SmallVector<llvm::StringRef, 3> Words;
  Visit.split(Words, '_');
  for (llvm::StringRef Word : Words)
    if (!Word.empty())
      Class += llvm::toUpper(Word.front()) + Word.drop_front().str();
  return Class;
}

} // namespace

bool DeclarativeAnalyzer::typeCompilerHasVisit(llvm::StringRef Dialect,
                                               llvm::StringRef Visit) {
  auto *Table = dyn_cast_or_null<DictObj>(
      E.lookupQualified("sqlalchemy.sql.compiler.__schemac_type_visits__"));
  if (!Table)
    return true;
  auto [Major, Minor] = E.release();
  std::string Release = std::to_string(Major) + "." + std::to_string(Minor);
  for (auto &[ReleaseKey, Dialects] : Table->Items) {
    auto *R = dyn_cast<StrObj>(ReleaseKey);
    auto *ByDialect = dyn_cast<DictObj>(Dialects);
    // Where the release is not known, any release's visit may be called.
    if (!R || !ByDialect || (Major && R->Value != Release))
      continue;
    for (auto &[DialectKey, Names] : ByDialect->Items) {
      auto *D = dyn_cast<StrObj>(DialectKey);
      auto *N = dyn_cast<StrObj>(Names);
      if (D && N && D->Value == Dialect &&
          llvm::is_contained(llvm::split(N->Value, ' '), Visit))
        return true;
    }
  }
  return false;
}

bool DeclarativeAnalyzer::renderedType(InstanceObj *Request,
                                       CompiledRendering &Out, SrcLoc Where,
                                       std::string &Why) {
  Object *Given = Request->arg("type_");
  auto *Type = dyn_cast_or_null<InstanceObj>(Given);
  if (!Type || !Type->Class->isSubclassOf("sqlalchemy.types.TypeEngine")) {
    Why = isa_and_nonnull<UnknownObj>(Given)
              ? describeUnknown(Given)
              : "what it gives the type compiler is not a type object";
    return false;
  }
  auto *Visit = dyn_cast_or_null<StrObj>(Request->arg("visit"));
  if (!Visit) {
    // process() dispatches as SQLAlchemy renders the type anywhere else,
    // @compiles functions included, on this dialect's compiler.
    auto Depth = RenderingDepth.find({Type->Class, Out.Dialect});
    if (Depth != RenderingDepth.end() && Depth->second >= MaxRenderingDepth)
      RenderedWithoutEnd = true;
    if (!RenderedWithoutEnd) {
      llvm::SaveAndRestore OnlyHere(RenderingDialect, Out.Dialect);
      Out.As = std::make_shared<ir::SqlType>(convertType(Type, Where));
    }
    if (RenderedWithoutEnd) {
      // The outermost rendering of the dialect: the error is reported.
      if (!RenderingDialect)
        RenderedWithoutEnd = false;
      Why = "it hands " + Type->Class->Name +
            " back to the compiler, which calls it again without end";
      return false;
    }
    return true;
  }
  llvm::StringRef Name = Visit->Value;
  auto NoSuchVisit = [&] {
    Why = "the " + std::string(Out.Dialect) + " type compiler has no visit_" +
          Name.str() + "()";
    return false;
  };
  if (!typeCompilerHasVisit(Out.Dialect, Name))
    return NoSuchVisit();
  // Visits that render another type, or none.
  if (Name == "type_decorator" || Name == "user_defined") {
    if (!Type->Class->isSubclassOf(Name == "type_decorator"
                                       ? "sqlalchemy.types.TypeDecorator"
                                       : "sqlalchemy.types.UserDefinedType")) {
      Why = "visit_" + Name.str() + "() is given a " + Type->Class->Name +
            ", which has no " +
            (Name == "type_decorator" ? "impl" : "get_col_spec()");
      return false;
    }
    // The decorator's impl, as the dialect renders it; the user-defined
    // type's get_col_spec().
    ir::SqlType As = convertTypeObject(Type, Where);
    if (Name == "type_decorator") {
      if (!As.Inner) {
        Why = "the decorator's impl cannot be evaluated";
        return false;
      }
      // A copy first: the assignment frees what As.Inner holds.
      std::shared_ptr<ir::SqlType> Impl = As.Inner;
      As = *Impl;
    }
    Out.As = std::make_shared<ir::SqlType>(std::move(As));
    return true;
  }
  if (Name == "null" || Name == "unsupported_compilation") {
    Why = "visit_" + Name.str() + "() raises CompileError";
    return false;
  }
  // An upper-case visit of a SQL type of sqlalchemy.types (every
  // dialect's) or of the dialect's own, or a generic class's lower-case
  // one (visit_string), else the upper-case type it calls (visit_real).
  const ClassObj *Served = nullptr;
  if (!Name.empty() && llvm::isUpper(Name.front())) {
    for (std::string Module :
         {std::string("sqlalchemy.types"),
          "sqlalchemy.dialects." + std::string(Out.Dialect)})
      if (!Served)
        Served = dyn_cast_or_null<ClassObj>(
            E.lookupQualified(Module + "." + Name.str()));
    Out.AsVisit = Name.str();
  } else if (!Name.empty()) {
    Out.AsVisit = genericClassOfVisit(Name);
    Served = dyn_cast_or_null<ClassObj>(
        E.lookupQualified("sqlalchemy.types." + Out.AsVisit));
    if (!Served) {
      Out.AsVisit = Name.upper();
      Served = dyn_cast_or_null<ClassObj>(
          E.lookupQualified("sqlalchemy.types." + Out.AsVisit));
    }
  }
  if (!Served || !Served->isSubclassOf("sqlalchemy.types.TypeEngine"))
    return NoSuchVisit();
  // The visit reads the type's own attributes, not how it is rendered.
  ir::SqlType As = convertTypeObject(Type, Where);
  As.Variants.clear();
  As.WithVariant = false;
  Out.As = std::make_shared<ir::SqlType>(std::move(As));
  return true;
}

bool DeclarativeAnalyzer::compiledExpression(Object *V, ir::ServerDefault &D,
                                             SrcLoc Where) {
  auto *I = dyn_cast<InstanceObj>(V);
  if (!I || !isA(I, "sqlalchemy.sql.expression.ClauseElement"))
    return false;
  std::vector<CompiledRendering> Texts =
      compiledRenderings(I, "sqlalchemy.sql.compiler.SQLCompiler", Where);
  if (Texts.empty())
    return false;
  // Where no function covers a dialect, a SQL function is still a call; a
  // construct of the project's own has no rendering there (SQLAlchemy
  // raises UnsupportedCompilationError).
  bool RendersItself = isA(I, "sqlalchemy.sql.expression.Function");
  llvm::SmallVector<std::string, 3> Uncovered;
  for (const char *Dialect : RenderedDialects) {
    auto It =
        llvm::find_if(Texts, [&](auto &T) { return T.Dialect == Dialect; });
    if (It != Texts.end()) {
      D.Compiled.emplace_back(std::move(It->Dialect), std::move(It->Text));
      continue;
    }
    if (RendersItself)
      continue;
    D.Compiled.emplace_back(Dialect, "");
    // A function that could not be evaluated is reported already.
    if (!compilesFunction(I->Class, Dialect))
      Uncovered.push_back(Dialect);
  }
  if (!Uncovered.empty() && UncoveredCompiles.insert(I->Class).second)
    E.report(Where, DiagId::NoCompiledRendering, I->Class->Name,
             llvm::join(Uncovered, ", "));
  if (!RendersItself) {
    D.Kind = ir::ServerDefault::Expression;
    D.Value = I->Class->QualName + "()";
  }
  return true;
}

std::string DeclarativeAnalyzer::processedSql(Object *O) {
  // Python code gets the text with its names as they are.
  std::string Text = ir::plainIdentifiers(sqlOperandOf(O, 0, false));
  // A function's clauses, the operand's "(a, b)" without its parentheses.
  if (isa<SequenceObj>(O) && Text.size() >= 2)
    return Text.substr(1, Text.size() - 2);
  return Text;
}

void DeclarativeAnalyzer::reportLateCompiles() {
  for (auto &[Class, Where] : RenderedUncompiled)
    if (hasCompilesFunction(Class))
      E.report(Where, DiagId::LateCompiles, Class->Name);
    else if (!Class->IsStub &&
             Class->isSubclassOf("sqlalchemy.types.TypeEngine"))
      if (std::optional<std::string> Why = typeVisitOf(Class).Missing)
        E.report(Where, DiagId::UnrenderableType, Class->Name, *Why);
  RenderedUncompiled.clear();
}

DeclarativeAnalyzer::TypeVisit
DeclarativeAnalyzer::typeVisitOf(const ClassObj *C) {
  static const llvm::StringRef VisitName = internName("__visit_name__");
  for (const ClassObj *M : C->Mro) {
    if (M->IsStub) {
      // Past library mixins (RangeOperators) to the nearest type class.
      if (!M->isSubclassOf("sqlalchemy.types.TypeEngine"))
        continue;
      // TypeEngine itself has no visit: SQLAlchemy fails on its missing
      // _compiler_dispatch. Decorators and user-defined types render
      // through visits of their own.
      if (M->QualName == "sqlalchemy.types.TypeEngine" &&
          !C->isSubclassOf("sqlalchemy.types.TypeDecorator") &&
          !C->isSubclassOf("sqlalchemy.types.UserDefinedType"))
        return {nullptr, "it has no __visit_name__"};
      return {M, std::nullopt};
    }
    auto It = M->Dict.find(VisitName);
    if (It == M->Dict.end())
      continue;
    auto *Name = dyn_cast_or_null<StrObj>(It->second.Value);
    llvm::StringRef V = Name ? llvm::StringRef(Name->Value) : "";
    // Lower-case visits are the generic ones (visit_string), which the
    // nearest library class's rendering stands for.
    if (V.empty() || llvm::any_of(V, [](char Ch) {
          return !llvm::isUpper(Ch) && !llvm::isDigit(Ch) && Ch != '_';
        }))
      continue;
    // An upper-case one is that of a type class SQLAlchemy has (JSONB on
    // PostgreSQL's compiler), or of none.
    for (const char *Module :
         {"sqlalchemy.types", "sqlalchemy.dialects.postgresql",
          "sqlalchemy.dialects.mysql", "sqlalchemy.dialects.sqlite"})
      if (auto *Library = dyn_cast_or_null<ClassObj>(
              E.lookupQualified((llvm::Twine(Module) + "." + V).str())))
        return {Library, std::nullopt};
    return {nullptr, "no dialect's compiler has a visit_" + V.str() + "()"};
  }
  return {nullptr, std::nullopt};
}

} // namespace schemac::sema
