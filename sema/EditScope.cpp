//===- EditScope.cpp - Edits that change only columns' definitions --------===//
//
// By default (diff --analyze-edit=auto) the analysis of an edit takes only
// the edits pull requests make most: what a column's definition says (its
// type, nullability, defaults, comment, index, constraints, a 2.0
// annotation), a class's __table_args__, comments, blank lines and
// docstrings. Such an edit binds no other name, imports nothing, adds no
// statement and no class and moves none, and changes no control flow:
// other modules see it only through the table the class maps, which the
// edit's analysis compares. Every other edit goes to the whole analysis;
// --analyze-edit=require still tries it as an edit.
//
//===----------------------------------------------------------------------===//

#include "sema/EditAnalyzer.h"

#include "parser/AstVisit.h"
#include "parser/Parser.h"

#include <variant>

namespace schemac::sema {

namespace {

using namespace ast;

/// A node's fields, in order, as values that compare equal when the
/// fields do (children compared separately).
struct FieldList {
  using Value =
      std::variant<const Node *, llvm::ArrayRef<const Node *>, llvm::StringRef,
                   std::vector<llvm::StringRef>, int, ConstantValue>;
  std::vector<Value> Values;

  void node(const char *, const Node *Child, bool) { Values.push_back(Child); }
  void list(const char *, llvm::ArrayRef<const Node *> Children, bool) {
    Values.push_back(Children);
  }
  void typeParams(const char *, llvm::ArrayRef<const Node *> Children) {
    Values.push_back(Children);
  }
  void ident(const char *, llvm::StringRef S, bool) { Values.push_back(S); }
  void identList(const char *, llvm::ArrayRef<llvm::StringRef> L) {
    Values.push_back(std::vector<llvm::StringRef>(L.begin(), L.end()));
  }
  void integer(const char *, int I) { Values.push_back(I); }
  void constant(const char *, const ConstantValue &C) { Values.push_back(C); }
  void kind(const char *, llvm::StringRef S) { Values.push_back(S); }
  void op(const char *, llvm::StringRef S) { Values.push_back(S); }
  void opList(const char *, llvm::ArrayRef<llvm::StringRef> L) {
    Values.push_back(std::vector<llvm::StringRef>(L.begin(), L.end()));
  }
};

bool sameConstant(const ConstantValue &A, const ConstantValue &B) {
  return A.Kind == B.Kind && A.Text == B.Text &&
         (A.Number == B.Number ||
          (A.Number != A.Number && B.Number != B.Number));
}

bool sameTree(const Node *A, const Node *B);

/// The same syntax, element for element.
template <typename T>
bool sameTrees(llvm::ArrayRef<T *> A, llvm::ArrayRef<T *> B) {
  if (A.size() != B.size())
    return false;
  for (size_t I = 0; I < A.size(); ++I)
    if (!sameTree(A[I], B[I]))
      return false;
  return true;
}

/// The same syntax, wherever it is.
bool sameTree(const Node *A, const Node *B) {
  if (!A || !B)
    return A == B;
  if (A->Kind != B->Kind || A->isParenthesized() != B->isParenthesized())
    return false;
  FieldList X, Y;
  visitFields(*A, X);
  visitFields(*B, Y);
  if (X.Values.size() != Y.Values.size())
    return false;
  for (size_t I = 0; I < X.Values.size(); ++I) {
    const FieldList::Value &P = X.Values[I], &Q = Y.Values[I];
    if (P.index() != Q.index())
      return false;
    if (auto *N = std::get_if<const Node *>(&P)) {
      if (!sameTree(*N, std::get<const Node *>(Q)))
        return false;
    } else if (auto *L = std::get_if<llvm::ArrayRef<const Node *>>(&P)) {
      if (!sameTrees(*L, std::get<llvm::ArrayRef<const Node *>>(Q)))
        return false;
    } else if (auto *C = std::get_if<ConstantValue>(&P)) {
      if (!sameConstant(*C, std::get<ConstantValue>(Q)))
        return false;
    } else if (auto *S = std::get_if<llvm::StringRef>(&P)) {
      if (*S != std::get<llvm::StringRef>(Q))
        return false;
    } else if (auto *V = std::get_if<std::vector<llvm::StringRef>>(&P)) {
      if (*V != std::get<std::vector<llvm::StringRef>>(Q))
        return false;
    } else if (std::get<int>(P) != std::get<int>(Q)) {
      return false;
    }
  }
  return true;
}

/// What a column's definition is written with: literals, (dotted) names,
/// calls of dotted names, and tuples, lists, dicts and subscripts of them
/// (`Mapped[Optional[str]]`, `str | None`): nothing that binds a name,
/// branches, or makes a function.
bool isPlain(const Node *E) {
  if (!E)
    return true;
  switch (E->Kind) {
  case NodeKind::Constant:
  case NodeKind::Name:
    return true;
  case NodeKind::Attribute:
    return isPlain(cast<Attribute>(E)->value);
  case NodeKind::Call: {
    const auto *C = cast<Call>(E);
    // A (dotted) name as callee: `String(50)`, `sa.text("0")`.
    return !dottedName(C->func).empty() && llvm::all_of(C->args, isPlain) &&
           llvm::all_of(C->keywords, [](const Keyword *K) {
             return !K->arg.empty() && isPlain(K->value);
           });
  }
  case NodeKind::UnaryOp:
    return isPlain(cast<UnaryOp>(E)->operand);
  case NodeKind::BinOp: {
    const auto *B = cast<BinOp>(E);
    return B->op == BinOpKind::BitOr && isPlain(B->left) && isPlain(B->right);
  }
  case NodeKind::Subscript: {
    const auto *S = cast<Subscript>(E);
    return isPlain(S->value) && isPlain(S->slice);
  }
  case NodeKind::Tuple:
    return llvm::all_of(cast<Tuple>(E)->elts, isPlain);
  case NodeKind::List:
    return llvm::all_of(cast<List>(E)->elts, isPlain);
  case NodeKind::Dict: {
    const auto *D = cast<Dict>(E);
    return llvm::all_of(D->keys,
                        [](const Expression *K) { return K && isPlain(K); }) &&
           llvm::all_of(D->values, isPlain);
  }
  default:
    return false;
  }
}

bool isColumnCall(const Node *E) {
  const auto *C = dyn_cast_or_null<Call>(E);
  std::string Callee = C ? dottedName(C->func) : "";
  llvm::StringRef Last = llvm::StringRef(Callee).rsplit('.').second;
  if (Last.empty())
    Last = Callee;
  return Last == "Column" || Last == "mapped_column" || Last == "Field";
}

/// Two definitions of one column, or of one class's __table_args__, that
/// may say different things.
bool sameDefinitionSite(const Statement *A, const Statement *B) {
  const Expression *TargetA = nullptr, *TargetB = nullptr;
  const Expression *ValueA = nullptr, *ValueB = nullptr;
  if (const auto *X = dyn_cast<Assign>(A)) {
    const auto *Y = dyn_cast<Assign>(B);
    if (!Y || X->targets.size() != 1 || Y->targets.size() != 1)
      return false;
    TargetA = X->targets[0], TargetB = Y->targets[0];
    ValueA = X->value, ValueB = Y->value;
  } else if (const auto *X = dyn_cast<AnnAssign>(A)) {
    const auto *Y = dyn_cast<AnnAssign>(B);
    if (!Y || X->simple != Y->simple || !isPlain(X->annotation) ||
        !isPlain(Y->annotation))
      return false;
    TargetA = X->target, TargetB = Y->target;
    ValueA = X->value, ValueB = Y->value;
  } else {
    return false;
  }
  if (!isa<Name>(TargetA) || !sameTree(TargetA, TargetB) || !ValueA ||
      !ValueB || !isPlain(ValueA) || !isPlain(ValueB))
    return false;
  if (cast<Name>(TargetA)->id == "__table_args__")
    return true;
  return isColumnCall(ValueA) && isColumnCall(ValueB) &&
         sameTree(cast<Call>(ValueA)->func, cast<Call>(ValueB)->func);
}

bool isDocstring(const Statement *S) {
  const auto *E = dyn_cast<Expr>(S);
  const auto *C = E ? dyn_cast<Constant>(E->value) : nullptr;
  return C && C->value.Kind == ConstantValue::Str;
}

bool sameExceptDefinitions(llvm::ArrayRef<Statement *> A,
                           llvm::ArrayRef<Statement *> B, bool InClass) {
  if (A.size() != B.size())
    return false;
  for (size_t I = 0; I < A.size(); ++I) {
    if (sameTree(A[I], B[I]) || (isDocstring(A[I]) && isDocstring(B[I])))
      continue;
    const auto *X = dyn_cast<ClassDef>(A[I]), *Y = dyn_cast<ClassDef>(B[I]);
    if (X && Y) {
      if (X->name != Y->name || !X->type_params.empty() ||
          !Y->type_params.empty() || !sameTrees(X->bases, Y->bases) ||
          !sameTrees(X->keywords, Y->keywords) ||
          !sameTrees(X->decorator_list, Y->decorator_list) ||
          !sameExceptDefinitions(X->body, Y->body, /*InClass=*/true))
        return false;
      continue;
    }
    if (!InClass || !sameDefinitionSite(A[I], B[I]))
      return false;
  }
  return true;
}

} // namespace

bool EditAnalyzer::changesOnlyDefinitions(const EditedFile &E) {
  DiagnosticEngine BeforeDiags(*E.Before->File), AfterDiags(*E.After);
  parse::ParsedFile Before = parse::parseFile(*E.Before->File, BeforeDiags);
  parse::ParsedFile After = parse::parseFile(*E.After, AfterDiags);
  return Before.Module && After.Module && !BeforeDiags.errorCount() &&
         !AfterDiags.errorCount() &&
         sameExceptDefinitions(Before.Module->body, After.Module->body,
                               /*InClass=*/false);
}

} // namespace schemac::sema
