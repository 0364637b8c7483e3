//===- Ast.h - Python abstract syntax tree --------------------*- C++ -*-===//
//
// The AST mirrors CPython's `ast` module node for node and field for field
// (AstNodes.def), so that what is learnt from Python's documentation applies
// as is. Nodes live in a BumpPtrAllocator owned by the ParsedFile; children
// are pointers and lists are ArrayRefs into the same arena. Every node has
// the byte range it was parsed from. Identifiers are internName() copies
// (support/InternedNames.h): they outlive the tree, and equal ones are the
// same address.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PARSER_AST_H
#define SCHEMAC_PARSER_AST_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Casting.h"

#include <cstdint>

namespace schemac::ast {

using llvm::cast;
using llvm::dyn_cast;
using llvm::isa;

enum class NodeKind : uint8_t {
#define AST_NODE(N_, Category_, Fields_) N_,
#include "parser/AstNodes.def"
};

enum class NodeCategory : uint8_t {
  Node,
  Statement,
  Expression,
  Pattern,
  TypeParam
};
NodeCategory categoryOf(NodeKind Kind);
/// CPython's class name: "FunctionDef", "arguments", "withitem", ...
llvm::StringRef nodeKindName(NodeKind Kind);

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
enum class BinOpKind : uint8_t {
  Add,
  Sub,
  Mult,
  MatMult,
  Div,
  Mod,
  Pow,
  LShift,
  RShift,
  BitOr,
  BitXor,
  BitAnd,
  FloorDiv
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOpKind : uint8_t {
  Eq,
  NotEq,
  Lt,
  LtE,
  Gt,
  GtE,
  Is,
  IsNot,
  In,
  NotIn
};
llvm::StringRef exprContextName(ExprContext C);
llvm::StringRef boolOpName(BoolOpKind Op);
llvm::StringRef binOpName(BinOpKind Op);
llvm::StringRef unaryOpName(UnaryOpKind Op);
llvm::StringRef cmpOpName(CmpOpKind Op);

/// The value of a Constant or MatchSingleton.
struct ConstantValue {
  enum KindType : uint8_t {
    None,
    True,
    False,
    Ellipsis,
    Int,     ///< Text: the literal as written (any base, underscores).
    Float,   ///< Number: the value.
    Complex, ///< Number: the imaginary part of an imaginary literal.
    Str,     ///< Text: the value, WTF-8 (lone surrogates are allowed).
    Bytes    ///< Text: the bytes.
  };
  KindType Kind = None;
  llvm::StringRef Text;
  double Number = 0;
};

struct SourceRange {
  uint32_t Begin = 0;
  uint32_t End = 0;
};

struct Node {
  enum FlagBits : uint8_t {
    /// Written inside parentheses of its own: `(a): int` is not a simple
    /// annotation target, `(x for x in y)` may be one of several arguments.
    Parenthesized = 1 << 0,
    /// An ExceptHandler written "except*" (the Try becomes a TryStar).
    ExceptStar = 1 << 1,
  };
  NodeKind Kind;
  uint8_t Flags = 0;
  /// Height of the subtree, saturating; the parser caps it so that every
  /// recursive walk over the tree is bounded: at most 2991 levels, Module
  /// included, as CPython 3.11's ast.parse. (At that depth sema's
  /// recursive evaluation took 1 to 2 MB of stack in a release build; the
  /// dumpers do not recurse.)
  uint16_t Depth = 1;
  SourceRange Range;

  bool isParenthesized() const { return Flags & Parenthesized; }
};

#define SCHEMAC_AST_CATEGORY(Cat_)                                             \
  struct Cat_ : Node {                                                         \
    static bool classof(const Node *N) {                                       \
      return categoryOf(N->Kind) == NodeCategory::Cat_;                        \
    }                                                                          \
  };
SCHEMAC_AST_CATEGORY(Statement)
SCHEMAC_AST_CATEGORY(Expression)
SCHEMAC_AST_CATEGORY(Pattern)
SCHEMAC_AST_CATEGORY(TypeParam)
#undef SCHEMAC_AST_CATEGORY

#define AST_NODE(N_, Category_, Fields_) struct N_;
#include "parser/AstNodes.def"

#define F_NODE(T, N) T *N = nullptr;
#define F_OPT(T, N) T *N = nullptr;
#define F_LIST(T, N) llvm::ArrayRef<T *> N;
#define F_OPT_LIST(T, N) llvm::ArrayRef<T *> N;
#define F_IDENT(N) llvm::StringRef N;
#define F_OPT_IDENT(N) llvm::StringRef N;
#define F_IDENT_LIST(N) llvm::ArrayRef<llvm::StringRef> N;
#define F_INT(N) int N = 0;
#define F_CONST(N) ConstantValue N;
#define F_KIND(N) llvm::StringRef N;
#define F_CTX(N) ExprContext N = ExprContext::Load;
#define F_BOOLOP(N) BoolOpKind N = BoolOpKind::And;
#define F_BINOP(N) BinOpKind N = BinOpKind::Add;
#define F_UNARYOP(N) UnaryOpKind N = UnaryOpKind::Invert;
#define F_CMPOPS(N) llvm::ArrayRef<CmpOpKind> N;
#define F_TYPE_PARAMS(N) llvm::ArrayRef<TypeParam *> N;
#define AST_NODE(N_, Category_, Fields_)                                       \
  struct N_ : Category_ {                                                      \
    static constexpr NodeKind ThisKind = NodeKind::N_;                         \
    N_() { Kind = ThisKind; }                                                  \
    static bool classof(const Node *N) { return N->Kind == ThisKind; }         \
    Fields_                                                                    \
  };
#include "parser/AstNodes.def"
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

} // namespace schemac::ast

#endif
