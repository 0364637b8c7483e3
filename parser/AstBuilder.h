//===- AstBuilder.h - What the grammar's actions call ----------*- C++ -*-===//
//
// The Bison grammar accepts a cover of Python's syntax (assignment targets,
// parameters, keyword arguments and patterns are parsed with more general
// rules, as CPython's pre-PEG parser did) and its actions hand the pieces to
// this builder, which allocates nodes in the arena, checks what the cover let
// through ("cannot assign to function call") and reports it with a location.
// Internal to parser/: the public interface is Parser.h.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PARSER_ASTBUILDER_H
#define SCHEMAC_PARSER_ASTBUILDER_H

#include "parser/Ast.h"
#include "support/Diagnostics.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Allocator.h"

#include <string>

namespace schemac::parse {

/// A token's semantic value inside the parser (a POD: Bison's %union).
struct TokenValue {
  uint32_t Begin;
  uint32_t End;
  const char *Data;
  uint32_t Size;
  uint8_t Flags;
  llvm::StringRef value() const { return llvm::StringRef(Data, Size); }
};

/// Byte range of a grammar symbol: Bison's location type.
struct Span {
  uint32_t Begin = 0;
  uint32_t End = 0;
  operator ast::SourceRange() const { return {Begin, End}; }
};

/// A singly linked list built left to right in the arena while a list rule
/// is being reduced; array() turns it into the node's ArrayRef at the end.
/// The empty list is a null NodeList *pointer.
struct ListCell {
  void *Item;
  ListCell *Next;
};
struct NodeList {
  ListCell *First;
  ListCell *Last;
  uint32_t Size;
  bool TrailingComma;
};
inline uint32_t size(const NodeList *L) { return L ? L->Size : 0; }
inline ListCell *first(const NodeList *L) { return L ? L->First : nullptr; }
inline bool trailingComma(const NodeList *L) { return L && L->TrailingComma; }

/// One entry of a parameter list before it is sorted into ast::Arguments.
struct ParamItem {
  enum KindType : uint8_t { Plain, Slash, Star, StarStar } Kind;
  ast::Arg *A; ///< Null for '/' and a bare '*'.
  ast::Expression *Default;
  Span Where;
};

/// One entry of a dict display (Key null for "**mapping"), or of a mapping
/// pattern (Value is then the Pattern).
struct DictItem {
  ast::Expression *Key;
  ast::Node *Value;
};

/// A piece of an implicitly concatenated string: literal text, a
/// replacement field, or a whole f-string made of such pieces.
struct StringPiece {
  enum KindType : uint8_t { Literal, Field, FString } Kind;
  ast::Expression *Value; ///< Field: the FormattedValue.
  /// Literal: the text. Field: the "expr=" text of a self-documenting
  /// field, which goes before its value.
  llvm::StringRef Text;
  NodeList *Parts; ///< FString: its Literal and Field pieces.
  uint8_t Flags;   ///< lex::TokenFlags of the literal or f-string.
  Span Where;
};

/// A class pattern argument: positional (Name empty) or keyword.
struct PatternArg {
  llvm::StringRef Name;
  ast::Pattern *Pat;
  Span Where;
};

class AstBuilder {
public:
  AstBuilder(DiagnosticEngine &Diags, llvm::BumpPtrAllocator &Arena)
      : Diags(Diags), Arena(Arena) {}

  DiagnosticEngine &diags() { return Diags; }
  const SourceFile &file() const { return Diags.file(); }

  template <typename T> T *make(Span Where) {
    T *N = new (Arena.Allocate<T>()) T();
    N->Range = Where;
    return N;
  }
  /// A token's value, for as long as the parse.
  const TokenValue *tokenValue(const TokenValue &T) {
    return new (Scratch.Allocate<TokenValue>()) TokenValue(T);
  }
  /// Sets the node's depth from its children's; an expression nested deeper
  /// than MaxDepth is reported and replaced by a leaf.
  template <typename T> T *finish(T *N) {
    return static_cast<T *>(finishNode(N));
  }
  /// A parser-internal record (list cell, dict item, parameter, string
  /// piece): it lives only until the parse ends.
  template <typename T> T *alloc() { return new (Scratch.Allocate<T>()) T(); }
  llvm::StringRef save(llvm::StringRef S);

  // Lists.
  NodeList *list() { return nullptr; }
  NodeList *list(void *Item) { return append(nullptr, Item); }
  NodeList *append(NodeList *L, void *Item);
  NodeList *concat(NodeList *A, NodeList *B);
  /// Marks a list written with a trailing comma: "(a,)" is a tuple.
  NodeList *withComma(NodeList *L) {
    L->TrailingComma = true;
    return L;
  }
  template <typename T> llvm::ArrayRef<T *> array(NodeList *L) {
    if (!L)
      return {};
    T **Items = Arena.Allocate<T *>(L->Size);
    size_t I = 0;
    for (ListCell *C = L->First; C; C = C->Next)
      Items[I++] = static_cast<T *>(C->Item);
    return llvm::ArrayRef<T *>(Items, L->Size);
  }
  llvm::ArrayRef<llvm::StringRef> identifiers(NodeList *L);

  // Atoms.
  ast::Name *name(const TokenValue *T);
  ast::Constant *constant(ast::ConstantValue::KindType K, Span Where);
  ast::Constant *number(const TokenValue *T);
  StringPiece *literalPiece(const TokenValue *T);
  /// A replacement field; \p DebugText is the "expr=" of a
  /// self-documenting field, empty otherwise.
  StringPiece *fieldPiece(ast::Expression *Value, Span DebugText,
                          const TokenValue *Conversion,
                          ast::Expression *FormatSpec, Span Where);
  /// "f'{x!r}'": the conversion character must follow the '!' directly.
  void conversionAfter(Span Exclaim, const TokenValue *Conversion);
  /// A whole f-string, as one piece of an implicit concatenation.
  StringPiece *fstringPiece(NodeList *Parts, uint8_t Flags, Span Where);
  ast::Expression *strings(NodeList *Pieces, Span Where);
  ast::Expression *formatSpec(NodeList *Pieces, Span Where);
  ast::Expression *parenthesized(ast::Expression *E, Span Where);
  /// "(a, b)", "a, b", "[a]", and friends: a single element without a comma
  /// stays itself when \p Collapse.
  ast::Expression *tuple(NodeList *Elements, Span Where, bool Collapse);
  ast::Expression *listDisplay(NodeList *Elements, Span Where);
  ast::Expression *setDisplay(NodeList *Elements, Span Where);
  ast::Expression *dictDisplay(NodeList *Items, Span Where);
  DictItem *dictItem(ast::Expression *Key, ast::Node *Value);

  // Operators.
  ast::Expression *binOp(ast::Expression *L, ast::BinOpKind Op,
                         ast::Expression *R, Span Where);
  ast::Expression *unaryOp(ast::UnaryOpKind Op, ast::Expression *E, Span Where);
  /// "a or b": extends an unparenthesised BoolOp of the same kind on the
  /// left, so that "a or b or c" is one BoolOp, as in CPython.
  ast::Expression *boolOp(ast::BoolOpKind Op, ast::Expression *L,
                          ast::Expression *R, Span Where);
  /// "a < b": extends an unparenthesised Compare on the left into a chain.
  ast::Expression *compare(ast::Expression *L, ast::CmpOpKind Op,
                           ast::Expression *R, Span Where);
  ast::Expression *ifExp(ast::Expression *Body, ast::Expression *Test,
                         ast::Expression *OrElse, Span Where);
  ast::Expression *namedExpr(ast::Expression *Target, ast::Expression *Value,
                             Span Where);
  ast::Expression *starred(ast::Expression *E, Span Where);
  ast::Expression *await(ast::Expression *E, Span Where);
  ast::Expression *yield(ast::Expression *E, Span Where);
  ast::Expression *yieldFrom(ast::Expression *E, Span Where);
  ast::Expression *lambda(NodeList *Params, ast::Expression *Body, Span Where);

  // Trailers.
  ast::Expression *attribute(ast::Expression *E, const TokenValue *Name,
                             Span Where);
  /// \p Parens spans "(...)": a lone generator expression argument,
  /// "f(x for x in y)", takes the call's parentheses as its own range.
  ast::Expression *call(ast::Expression *Func, NodeList *Args, Span Where,
                        Span Parens = {});
  ast::Expression *subscript(ast::Expression *E, ast::Expression *Slice,
                             Span Where);
  /// What goes between the brackets: a lone "*a" is a tuple too.
  ast::Expression *subscriptSlice(NodeList *Elements, Span Where);
  ast::Expression *slice(ast::Expression *Lower, ast::Expression *Upper,
                         ast::Expression *Step, Span Where);
  ast::Keyword *keyword(ast::Expression *Name, ast::Expression *Value,
                        Span Where);
  ast::Keyword *doubleStar(ast::Expression *Value, Span Where);

  // Comprehensions.
  ast::Comprehension *comprehension(bool Async, ast::Expression *Target,
                                    ast::Expression *Iter, NodeList *Ifs,
                                    Span Where);
  ast::Expression *comprehensionExpr(ast::NodeKind Kind, ast::Expression *Elt,
                                     ast::Expression *Value,
                                     NodeList *Generators, Span Where);

  // Parameters.
  ParamItem *param(ParamItem::KindType Kind, const TokenValue *Name,
                   ast::Expression *Annotation, ast::Expression *Default,
                   Span Where);
  ast::Arguments *arguments(NodeList *Params, Span Where);

  // Statements.
  ast::Statement *exprStatement(ast::Expression *E, Span Where);
  ast::Statement *assign(NodeList *TargetsAndValue, Span Where);
  ast::Statement *augAssign(ast::Expression *Target, ast::BinOpKind Op,
                            ast::Expression *Value, Span Where);
  ast::Statement *annAssign(ast::Expression *Target,
                            ast::Expression *Annotation, ast::Expression *Value,
                            Span Where);
  ast::Statement *del(ast::Expression *Targets, Span Where);
  ast::Statement *returnStmt(ast::Expression *Value, Span Where);
  ast::Statement *raise(ast::Expression *Exc, ast::Expression *Cause,
                        Span Where);
  ast::Statement *global(NodeList *Names, bool Nonlocal, Span Where);
  ast::Statement *assertStmt(ast::Expression *Test, ast::Expression *Msg,
                             Span Where);
  ast::Statement *simple(ast::NodeKind Kind, Span Where);
  ast::Alias *alias(llvm::StringRef Name, const TokenValue *AsName, Span Where);
  /// "a.b.c": the identifiers are collected with dottedPart and joined by
  /// dottedName.
  NodeList *dottedPart(NodeList *Parts, const TokenValue *Name) {
    // The list only holds the value; nothing writes through it.
    return append(Parts, const_cast<TokenValue *>(Name));
  }
  llvm::StringRef dottedName(NodeList *Parts);
  ast::Statement *import(NodeList *Aliases, Span Where);
  ast::Statement *importFrom(int Level, llvm::StringRef Module,
                             NodeList *Aliases, Span Where);
  ast::Statement *typeAlias(const TokenValue *Name, NodeList *TypeParams,
                            ast::Expression *Value, Span Where);

  ast::Statement *ifStmt(ast::Expression *Test, NodeList *Body,
                         NodeList *OrElse, Span Where);
  ast::Statement *whileStmt(ast::Expression *Test, NodeList *Body,
                            NodeList *OrElse, Span Where);
  ast::Statement *forStmt(bool Async, ast::Expression *Target,
                          ast::Expression *Iter, NodeList *Body,
                          NodeList *OrElse, Span Where);
  ast::Statement *tryStmt(NodeList *Body, NodeList *Handlers, NodeList *OrElse,
                          NodeList *Finally, Span Where);
  ast::ExceptHandler *handler(bool Star, ast::Expression *Type,
                              const TokenValue *Name, NodeList *Body,
                              Span Where);
  ast::WithItem *withItem(ast::Expression *Context, ast::Expression *Vars,
                          Span Where);
  ast::Statement *with(bool Async, NodeList *Items, NodeList *Body, Span Where);
  ast::Statement *functionDef(bool Async, NodeList *Decorators,
                              const TokenValue *Name, NodeList *TypeParams,
                              ast::Arguments *Args, ast::Expression *Returns,
                              NodeList *Body, Span Where);
  ast::Statement *classDef(NodeList *Decorators, const TokenValue *Name,
                           NodeList *TypeParams, NodeList *Args, NodeList *Body,
                           Span Where);
  /// Attaches decorators to a definition parsed without them.
  ast::Statement *decorate(NodeList *Decorators, ast::Statement *Def,
                           Span Where);
  ast::TypeParam *typeParam(ast::NodeKind Kind, const TokenValue *Name,
                            ast::Expression *Bound, Span Where);
  ast::Module *module(NodeList *Body, Span Where);

  // Pattern matching.
  ast::Statement *match(ast::Expression *Subject, NodeList *Cases, Span Where);
  ast::MatchCase *matchCase(ast::Pattern *P, ast::Expression *Guard,
                            NodeList *Body, Span Where);
  ast::Pattern *patternFromName(ast::Expression *NameOrAttr);
  ast::Pattern *valuePattern(ast::Expression *Value, Span Where);
  ast::Pattern *singletonPattern(ast::ConstantValue::KindType K, Span Where);
  ast::Pattern *asPattern(ast::Pattern *P, const TokenValue *Name, Span Where);
  ast::Pattern *orPattern(NodeList *Alternatives, Span Where);
  ast::Pattern *starPattern(const TokenValue *Name, Span Where);
  ast::Pattern *sequencePattern(NodeList *Items, Span Where, bool Collapse);
  ast::Pattern *mappingPattern(NodeList *Items, const TokenValue *Rest,
                               Span Where);
  ast::Pattern *classPattern(ast::Expression *Cls, NodeList *Args, Span Where);
  PatternArg *patternArg(const TokenValue *Name, ast::Pattern *P, Span Where);
  /// A mapping pattern key written as a name or attribute: "{a.b: 1}".
  ast::Expression *mappingKey(ast::Expression *NameOrAttr);
  DictItem *mappingItem(ast::Expression *Key, ast::Pattern *P) {
    return dictItem(Key, P);
  }
  ast::Expression *complexLiteral(ast::Expression *Real, bool Minus,
                                  ast::Expression *Imag, Span Where);

  /// A prefix `not` where Python takes a bitwise-or operand ("a + not b"),
  /// which the grammar's one expression level lets through: reports the
  /// syntax error the grammar would have given at the `not`, and returns
  /// true so that the action starts the parser's error recovery.
  bool refuseNotOperand(ast::Expression *E);

  /// Assignment, del and for targets: checks what the cover grammar let
  /// through and sets the expression context.
  void setContext(ast::Expression *E, ast::ExprContext Ctx);

  template <typename... Args> void error(DiagId Id, Span Where, Args &&...A) {
    Diags.report(Id, Where.Begin, Where.End, std::forward<Args>(A)...);
  }

  /// A statement ended in a syntax error: the parser skipped to the end of
  /// its line, and an indented block after it is not a second error.
  bool RecoveredFromError = false;

private:
  ast::Node *finishNode(ast::Node *N);
  /// Appends to an array this builder allocated with capacity
  /// bit_ceil(size), growing it geometrically: long chains stay linear.
  template <typename T> llvm::ArrayRef<T> grow(llvm::ArrayRef<T> A, T Item);
  void checkTarget(ast::Expression *E, ast::ExprContext Ctx);
  void flattenPieces(NodeList *Pieces, std::string &Literal,
                     llvm::SmallVectorImpl<ast::Expression *> &Values,
                     llvm::StringRef Kind);
  void flushLiteral(std::string &Literal,
                    llvm::SmallVectorImpl<ast::Expression *> &Values,
                    llvm::StringRef Kind, Span Where);
  ast::Expression *joined(NodeList *Pieces, llvm::StringRef Kind, Span Where);

  DiagnosticEngine &Diags;
  llvm::BumpPtrAllocator &Arena;
  /// What only the parse needs (a token's value, list cells, ...): most of
  /// what is allocated, freed with the builder rather than kept with the
  /// tree.
  llvm::BumpPtrAllocator Scratch;
  bool ReportedTooDeep = false;
};

} // namespace schemac::parse

#endif
