//===- Token.cpp ----------------------------------------------------------===//

#include "lexer/Token.h"

namespace schemac::lex {

llvm::StringRef tokenKindDescription(TokenKind Kind) {
  switch (Kind) {
#define TOKEN(Id, Text)                                                        \
  case TokenKind::Id:                                                          \
    return Text;
#define KEYWORD(Id, Text)                                                      \
  case TokenKind::Id:                                                          \
    return "'" Text "'";
#define SOFT_KEYWORD(Id, Text) KEYWORD(Id, Text)
#define PUNCT(Id, Text) KEYWORD(Id, Text)
#include "lexer/TokenKinds.def"
  }
  return "token";
}

llvm::StringRef tokenKindName(TokenKind Kind) {
  switch (Kind) {
#define TOKEN(Id, Text)                                                        \
  case TokenKind::Id:                                                          \
    return #Id;
#include "lexer/TokenKinds.def"
  }
  return "Unknown";
}

} // namespace schemac::lex
