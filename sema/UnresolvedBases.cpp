//===- UnresolvedBases.cpp - Where a base left out of a class matters ----===//
//
// A base class from a module the analysis cannot see is left out of the
// class. Most such classes are none of the models' concern -- an API view on
// flask's MethodView, an error on werkzeug's NotFound, a pydantic settings
// class -- and a project has hundreds of them, each behind an import that
// was reported already. The base is reported where it may concern the
// schema: where the class may define one, where a class that may inherits
// it, and where the class is used as an Enum's class or a column's type.
//
//===----------------------------------------------------------------------===//

#include "sema/Evaluator.h"

namespace schemac::sema {

void Evaluator::reportUnreportedBases(const ClassObj *C, SrcLoc Where) {
  if (UnreportedBases.empty())
    return;
  for (ClassObj *M : C->Mro)
    if (auto It = UnreportedBases.find(M); It != UnreportedBases.end()) {
      report(Where, DiagId::UnknownInheritedBase, M->Name, It->second.Name,
             It->second.Reason);
      return;
    }
}

/// A class or object of SQLAlchemy or a library built on it: a column, a
/// relationship, a type, declared_attr, or one of their subclasses.
static bool isSchemaLibraryObject(const Object *V) {
  const ClassObj *C = classOrClassOf(V);
  if (!C)
    return false;
  return llvm::any_of(C->Mro, [](const ClassObj *M) {
    llvm::StringRef Name = M->QualName;
    return M->IsStub &&
           (Name.starts_with("sqlalchemy.") || Name.starts_with("sqlmodel.") ||
            Name.starts_with("flask_sqlalchemy.") ||
            Name.starts_with("sqlalchemy_utils."));
  });
}

bool Evaluator::definesNoSchema(const ast::ClassDef *CD,
                                const ClassObj *C) const {
  // Builtins, ABC and the typing constructs (Generic, Protocol) add no
  // schema.
  if (C->IsStub)
    return llvm::is_contained(
        {"builtins", "abc", "typing", "typing_extensions"},
        llvm::StringRef(C->Module->Name));
  if (!CD->decorator_list.empty() || !CD->keywords.empty() ||
      !llvm::all_of(C->Bases,
                    [](const ClassObj *B) { return B->DefinesNoSchema; }))
    return false;
  // What a name is bound to: no SQLAlchemy object, nor a container of one
  // (an unknown value is some other library's: a settings class's field).
  auto NoSchemaValue = [&](llvm::StringRef Name) {
    auto It = C->Dict.find(Name);
    if (It == C->Dict.end())
      return true;
    Object *V = It->second.Value;
    if (auto *Nested = dyn_cast<ClassObj>(V))
      return Nested->DefinesNoSchema;
    if (isSchemaLibraryObject(V))
      return false;
    if (auto *Seq = dyn_cast<SequenceObj>(V))
      return llvm::none_of(Seq->Elements, isSchemaLibraryObject);
    if (auto *D = dyn_cast<DictObj>(V))
      return llvm::none_of(D->Items, [](const auto &KV) {
        return isSchemaLibraryObject(KV.second);
      });
    return true;
  };
  // Declarative reads the dunder names (__tablename__, __table_args__,
  // __abstract__) and Mapped[...] annotations.
  auto PlainName = [](const ast::Expression *Target) {
    auto *N = dyn_cast<ast::Name>(Target);
    return N && !N->id.starts_with("__") ? N->id : llvm::StringRef();
  };
  llvm::StringRef Text = C->Module->Unit ? C->Module->Unit->File->text() : "";
  for (const ast::Statement *St : CD->body) {
    llvm::StringRef Defined;
    if (isa<ast::Pass>(St))
      continue;
    if (auto *E = dyn_cast<ast::Expr>(St)) {
      // A docstring.
      if (isa<ast::Constant>(E->value))
        continue;
      return false;
    }
    if (auto *A = dyn_cast<ast::Assign>(St)) {
      for (const ast::Expression *Target : A->targets) {
        llvm::StringRef Name = PlainName(Target);
        if (Name.empty() || !NoSchemaValue(Name))
          return false;
      }
      continue;
    }
    if (auto *A = dyn_cast<ast::AnnAssign>(St)) {
      llvm::StringRef Name = PlainName(A->target);
      ast::SourceRange R = A->annotation->Range;
      if (Name.empty() || R.End > Text.size() ||
          Text.slice(R.Begin, R.End).contains("Mapped") || !NoSchemaValue(Name))
        return false;
      continue;
    }
    if (auto *F = dyn_cast<ast::FunctionDef>(St))
      Defined = F->name;
    else if (auto *F = dyn_cast<ast::AsyncFunctionDef>(St))
      Defined = F->name;
    else if (auto *Nested = dyn_cast<ast::ClassDef>(St))
      Defined = Nested->name;
    else
      return false;
    // What the definition gave, decorated: a function, or what an opaque
    // decorator returned; builtins' property and the like; not SQLAlchemy's
    // declared_attr or hybrid_property. A private one is bound mangled.
    auto It = C->Dict.find(privateName(Defined, C));
    if (It == C->Dict.end())
      return false;
    Object *V = It->second.Value;
    if (isa<FunctionObj, UnknownObj>(V))
      continue;
    if (auto *Nested = dyn_cast<ClassObj>(V); Nested && Nested->DefinesNoSchema)
      continue;
    if (auto *I = dyn_cast<InstanceObj>(V);
        I && I->Class->IsStub && I->Class->Module->Name == "builtins")
      continue;
    return false;
  }
  return true;
}

} // namespace schemac::sema
