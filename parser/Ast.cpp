//===- Ast.cpp ------------------------------------------------------------===//

#include "parser/Ast.h"

namespace schemac::ast {

NodeCategory categoryOf(NodeKind Kind) {
  static constexpr NodeCategory Categories[] = {
#define AST_NODE(N_, Category_, Fields_) NodeCategory::Category_,
#include "parser/AstNodes.def"
  };
  return Categories[static_cast<unsigned>(Kind)];
}

llvm::StringRef nodeKindName(NodeKind Kind) {
  // The few product types CPython names in lower case.
  switch (Kind) {
  case NodeKind::Comprehension:
    return "comprehension";
  case NodeKind::Arguments:
    return "arguments";
  case NodeKind::Arg:
    return "arg";
  case NodeKind::Keyword:
    return "keyword";
  case NodeKind::Alias:
    return "alias";
  case NodeKind::WithItem:
    return "withitem";
  case NodeKind::MatchCase:
    return "match_case";
  default:
    break;
  }
  static constexpr const char *Names[] = {
#define AST_NODE(N_, Category_, Fields_) #N_,
#include "parser/AstNodes.def"
  };
  return Names[static_cast<unsigned>(Kind)];
}

llvm::StringRef exprContextName(ExprContext C) {
  static constexpr const char *Names[] = {"Load", "Store", "Del"};
  return Names[static_cast<unsigned>(C)];
}

llvm::StringRef boolOpName(BoolOpKind Op) {
  return Op == BoolOpKind::And ? "And" : "Or";
}

llvm::StringRef binOpName(BinOpKind Op) {
  static constexpr const char *Names[] = {
      "Add",    "Sub",    "Mult",  "MatMult", "Div",    "Mod",     "Pow",
      "LShift", "RShift", "BitOr", "BitXor",  "BitAnd", "FloorDiv"};
  return Names[static_cast<unsigned>(Op)];
}

llvm::StringRef unaryOpName(UnaryOpKind Op) {
  static constexpr const char *Names[] = {"Invert", "Not", "UAdd", "USub"};
  return Names[static_cast<unsigned>(Op)];
}

llvm::StringRef cmpOpName(CmpOpKind Op) {
  static constexpr const char *Names[] = {
      "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
  return Names[static_cast<unsigned>(Op)];
}

} // namespace schemac::ast
