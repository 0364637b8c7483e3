//===- SyntaxTrees.cpp - Freeing the trees of modules that have run ------===//
//
// A project module's tree is freed once the module has run. What keeps
// pointers into it -- the functions it defined, the annotations of its
// classes -- also keeps the kind and source range of the node it points
// to and the tree's generation; when used after the tree was freed, the
// node is found again, by kind and range, in the module parsed anew (once,
// then kept). The text is the same, so the node is the same.
//
//===----------------------------------------------------------------------===//

#include "sema/Evaluator.h"

#include "parser/AstVisit.h"

#include <map>

namespace schemac::sema {

/// The modules parsed anew, each with every node by kind and range.
struct Evaluator::ReparsedTrees {
  struct Tree {
    std::unique_ptr<DiagnosticEngine> Diags;
    parse::ParsedFile Parsed;
    std::map<std::tuple<ast::NodeKind, uint32_t, uint32_t>, const ast::Node *>
        Index;
  };
  std::map<const ModuleUnit *, Tree> Units;
};

// Here, where ReparsedTrees is complete.
Evaluator::Evaluator(Heap &H, ModuleLoader &Loader) : H(H), Loader(Loader) {}
Evaluator::~Evaluator() = default;

namespace {

/// Every node of a tree by kind and range; the outermost of equal ones.
struct NodeIndexer : ast::ChildNodeVisitor {
  std::map<std::tuple<ast::NodeKind, uint32_t, uint32_t>, const ast::Node *>
      &Index;

  void visit(const ast::Node *N) {
    if (!N)
      return;
    Index.try_emplace({N->Kind, N->Range.Begin, N->Range.End}, N);
    ast::visitFields(*N, *this);
  }
  void node(const char *, const ast::Node *N, bool) { visit(N); }
  void list(const char *, llvm::ArrayRef<const ast::Node *> Nodes, bool) {
    for (const ast::Node *N : Nodes)
      visit(N);
  }
  void typeParams(const char *, llvm::ArrayRef<const ast::Node *> Nodes) {
    for (const ast::Node *N : Nodes)
      visit(N);
  }
};

const ast::Arguments *argumentsOf(const ast::Node *Def) {
  if (const auto *F = dyn_cast<ast::FunctionDef>(Def))
    return F->args;
  if (const auto *F = dyn_cast<ast::AsyncFunctionDef>(Def))
    return F->args;
  if (const auto *L = dyn_cast<ast::Lambda>(Def))
    return L->args;
  return nullptr;
}

} // namespace

void Evaluator::freeSyntax(ModuleUnit *U) {
  if (U->IsStub || !U->Parsed.Module)
    return;
  U->Parsed = parse::ParsedFile();
  ++U->TreeGeneration;
}

const ast::Node *Evaluator::findAgain(ModuleUnit *U, ast::NodeKind Kind,
                                      ast::SourceRange Range) {
  if (!Reparsed)
    Reparsed = std::make_unique<ReparsedTrees>();
  auto [At, New] = Reparsed->Units.try_emplace(U);
  ReparsedTrees::Tree &T = At->second;
  if (New) {
    // Its diagnostics were reported when the module was parsed first.
    T.Diags = std::make_unique<DiagnosticEngine>(*U->File);
    T.Parsed = parse::parseFile(*U->File, *T.Diags);
    NodeIndexer{{}, T.Index}.visit(T.Parsed.Module);
  }
  auto It = T.Index.find({Kind, Range.Begin, Range.End});
  return It == T.Index.end() ? nullptr : It->second;
}

bool Evaluator::syntaxOf(FunctionObj *F) {
  ModuleUnit *U = F->Globals ? F->Globals->Unit : nullptr;
  if (!U || F->Generation == U->TreeGeneration)
    return F->Def != nullptr;
  const ast::Node *Def = findAgain(U, F->DefKind, F->DefRange);
  F->Def = Def;
  F->Args = Def ? argumentsOf(Def) : nullptr;
  F->Generation = U->TreeGeneration;
  return Def && F->Args;
}

const ast::Expression *Evaluator::syntaxOf(const Annotation &A) {
  ModuleUnit *U = A.Module ? A.Module->Unit : nullptr;
  if (!U || A.Generation == U->TreeGeneration)
    return A.Expr;
  return dyn_cast_or_null<ast::Expression>(findAgain(U, A.Kind, A.Range));
}

Annotation::Annotation(const ast::Expression *Expr, ModuleObj *Module,
                       SrcLoc Where)
    : Expr(Expr), Module(Module), Where(Where), Kind(Expr->Kind),
      Range(Expr->Range),
      Generation(Module && Module->Unit ? Module->Unit->TreeGeneration : 0) {}

} // namespace schemac::sema
