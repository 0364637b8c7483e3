//===- AstVisit.h - Generic walk over a node's fields ---------*- C++ -*-===//
//
// visitFields(Node, V) calls one member of V per field of the node, in
// CPython's field order, with the field's name. Dumpers and the depth
// computation are written once against this instead of once per node kind.
//
// V provides:
//   node(Name, const Node *Child, bool Optional)
//   list(Name, llvm::ArrayRef<const Node *> Children, bool ElementsOptional)
//   typeParams(Name, llvm::ArrayRef<const Node *> Children)
//   ident(Name, StringRef, bool Optional)     // Optional: empty is None
//   identList(Name, ArrayRef<StringRef>)
//   integer(Name, int)
//   constant(Name, const ConstantValue &)
//   kind(Name, StringRef)                     // Constant.kind; empty is None
//   op(Name, StringRef)                       // ctx and operators: "Load",
//   "Add" opList(Name, ArrayRef<StringRef>)         // Compare.ops
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PARSER_ASTVISIT_H
#define SCHEMAC_PARSER_ASTVISIT_H

#include "parser/Ast.h"

#include "llvm/ADT/SmallVector.h"

namespace schemac::ast {

template <typename T>
llvm::ArrayRef<const Node *> asNodes(llvm::ArrayRef<T *> List) {
  // Every node type derives from Node alone, so a T* is a Node* with the
  // same address.
  static_assert(std::is_base_of_v<Node, T>);
  return llvm::ArrayRef<const Node *>(
      reinterpret_cast<const Node *const *>(List.data()), List.size());
}

/// A base for visitors that only follow child nodes: the callbacks for
/// identifiers, numbers, constants and operators do nothing.
struct ChildNodeVisitor {
  void ident(const char *, llvm::StringRef, bool) {}
  void identList(const char *, llvm::ArrayRef<llvm::StringRef>) {}
  void integer(const char *, int) {}
  void constant(const char *, const ConstantValue &) {}
  void kind(const char *, llvm::StringRef) {}
  void op(const char *, llvm::StringRef) {}
  void opList(const char *, llvm::ArrayRef<llvm::StringRef>) {}
};

template <typename Visitor> void visitFields(const Node &N, Visitor &V) {
#define F_NODE(T, Name) V.node(#Name, X.Name, false);
#define F_OPT(T, Name) V.node(#Name, X.Name, true);
#define F_LIST(T, Name) V.list(#Name, asNodes(X.Name), false);
#define F_OPT_LIST(T, Name) V.list(#Name, asNodes(X.Name), true);
#define F_IDENT(Name) V.ident(#Name, X.Name, false);
#define F_OPT_IDENT(Name) V.ident(#Name, X.Name, true);
#define F_IDENT_LIST(Name) V.identList(#Name, X.Name);
#define F_INT(Name) V.integer(#Name, X.Name);
#define F_CONST(Name) V.constant(#Name, X.Name);
#define F_KIND(Name) V.kind(#Name, X.Name);
#define F_CTX(Name) V.op(#Name, exprContextName(X.Name));
#define F_BOOLOP(Name) V.op(#Name, boolOpName(X.Name));
#define F_BINOP(Name) V.op(#Name, binOpName(X.Name));
#define F_UNARYOP(Name) V.op(#Name, unaryOpName(X.Name));
#define F_CMPOPS(Name)                                                         \
  {                                                                            \
    llvm::SmallVector<llvm::StringRef, 4> Ops;                                 \
    for (CmpOpKind Op : X.Name)                                                \
      Ops.push_back(cmpOpName(Op));                                            \
    V.opList(#Name, Ops);                                                      \
  }
#define F_TYPE_PARAMS(Name) V.typeParams(#Name, asNodes(X.Name));
#define AST_NODE(N_, Category_, Fields_)                                       \
  case NodeKind::N_: {                                                         \
    [[maybe_unused]] const N_ &X = static_cast<const N_ &>(N);                 \
    Fields_ break;                                                             \
  }
  switch (N.Kind) {
#include "parser/AstNodes.def"
  }
#undef F_NODE
#undef F_OPT
#undef F_LIST
#undef F_OPT_LIST
#undef F_IDENT
#undef F_OPT_IDENT
#undef F_IDENT_LIST
#undef F_INT
#undef F_CONST
#undef F_KIND
#undef F_CTX
#undef F_BOOLOP
#undef F_BINOP
#undef F_UNARYOP
#undef F_CMPOPS
#undef F_TYPE_PARAMS
}

/// Calls \p Enter on \p N and, where it returns true, on the nodes below
/// it, depth first in CPython's field order (type parameters aside).
template <typename Fn> void forEachNode(const Node *N, Fn &&Enter) {
  struct Walker : ChildNodeVisitor {
    Fn &Enter;
    explicit Walker(Fn &Enter) : Enter(Enter) {}
    void visit(const Node *N) {
      if (N && Enter(N))
        visitFields(*N, *this);
    }
    void node(const char *, const Node *N, bool) { visit(N); }
    void list(const char *, llvm::ArrayRef<const Node *> L, bool) {
      for (const Node *Child : L)
        visit(Child);
    }
    void typeParams(const char *, llvm::ArrayRef<const Node *>) {}
  } W(Enter);
  W.visit(N);
}

} // namespace schemac::ast

#endif
