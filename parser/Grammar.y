// Grammar.y - Python 3.12 (Bison, LALR(1), the C skeleton compiled as C++).
//
// A cover grammar in the manner of CPython's pre-PEG Grammar/Grammar:
// assignment targets, keyword arguments, walrus targets and parameter lists
// are parsed with the general rules and AstBuilder checks them in the
// actions. Soft keywords (match, case, type) and the '(' of a parenthesised
// with-item list arrive as their own tokens from the TokenStream, which
// decides them by looking ahead on the logical line; so none of them costs a
// conflict here. Binary operators use precedence declarations to keep the
// chain of unit reductions per operand short.
//
// The C skeleton keeps states, values and locations in three plain arrays;
// with lalr1.cc's vector of symbol objects the whole parse took a tenth
// longer. Its names (yyparse, YYSTYPE) are only seen by parser/.

%require "3.8"
%define api.pure full
%define api.token.prefix {TOK_}
%define api.location.type {schemac::parse::Span}
%define parse.error custom
%locations
%expect 0

%parse-param {schemac::parse::TokenStream &Stream}
%parse-param {schemac::parse::AstBuilder &B}
%parse-param {schemac::ast::Module *&Result}
%parse-param {schemac::parse::ParserStacks &Stacks}
%lex-param {schemac::parse::TokenStream &Stream}

%code requires {
#include "parser/AstBuilder.h"

#include <cstring>
#include <memory>

namespace schemac::parse {
class TokenStream;

/// The parser's stacks once they outgrow the skeleton's first 200 entries,
/// which live in yyparse's frame. Compiled as C++, the skeleton moves them
/// itself only for a location type with the four int fields it assumes;
/// otherwise it asks yyoverflow, which this serves. Growth is unbounded, as
/// a vector's: AstBuilder limits how deep a tree may be.
class ParserStacks {
public:
  template <typename State, typename Value, typename Location, typename Size>
  void grow(State **States, Value **Values, Location **Locations,
            size_t UsedBytes, Size *Capacity) {
    size_t Used = UsedBytes / sizeof(State);
    *Capacity *= 2;
    moveTo(StateStorage, States, Used, *Capacity);
    moveTo(ValueStorage, Values, Used, *Capacity);
    moveTo(LocationStorage, Locations, Used, *Capacity);
  }

private:
  template <typename T>
  static void moveTo(std::unique_ptr<char[]> &Storage, T **Stack, size_t Used,
                     size_t Capacity) {
    auto Grown = std::make_unique<char[]>(Capacity * sizeof(T));
    std::memcpy(Grown.get(), *Stack, Used * sizeof(T));
    Storage = std::move(Grown);
    *Stack = reinterpret_cast<T *>(Storage.get());
  }

  std::unique_ptr<char[]> StateStorage, ValueStorage, LocationStorage;
};
} // namespace schemac::parse
}

%code {
#include "parser/TokenStream.h"

#define YYLLOC_DEFAULT(Current, Rhs, N)                                        \
  do {                                                                         \
    if (N)                                                                     \
      (Current) = schemac::parse::Span{YYRHSLOC(Rhs, 1).Begin,                 \
                                       YYRHSLOC(Rhs, N).End};                  \
    else                                                                       \
      (Current) = schemac::parse::Span{YYRHSLOC(Rhs, 0).End,                   \
                                       YYRHSLOC(Rhs, 0).End};                  \
  } while (0)

#define NOT_ALLOWED(E)                                                         \
  do {                                                                         \
    if (B.refuseNotOperand(E))                                                 \
      YYERROR;                                                                 \
  } while (0)

#define yyoverflow(Message, States, StatesBytes, Values, ValuesBytes,          \
                   Locations, LocationsBytes, Capacity)                        \
  Stacks.grow(States, Values, Locations, StatesBytes, Capacity)

namespace schemac::parse {
int yylex(YYSTYPE *Value, Span *Location, TokenStream &Stream);
}
using schemac::parse::yylex;
static void yyerror(schemac::parse::Span *, schemac::parse::TokenStream &,
                    schemac::parse::AstBuilder &, schemac::ast::Module *&,
                    schemac::parse::ParserStacks &, const char *);

using namespace schemac;
using namespace schemac::ast;
using namespace schemac::parse;
using K = schemac::ast::NodeKind;
}

// Every semantic value is one word: Bison copies values on every shift and
// reduction, and wider ones cost store-forwarding stalls there. Tokens carry
// a TokenValue only where their value is used (names, literals).
%union {
  const schemac::parse::TokenValue *Tok;
  schemac::ast::Expression *Expr;
  schemac::ast::Statement *Stmt;
  schemac::ast::Pattern *Pat;
  schemac::ast::Node *Node;
  schemac::parse::NodeList *List;
  void *Item;
  int Int;
}

// Token order and names follow lexer/TokenKinds.def: TokenStream maps one
// onto the other by name.
%token <Tok> EndOfFile 0 "end of file"
%token <Tok> Newline "newline" Indent "indent" Dedent "unindent"
%token <Tok> Identifier "identifier" Number "number" String "string"
%token <Tok> FStringStart "f-string" FStringMiddle "f-string text"
%token <Tok> FStringEnd "end of f-string" Comment "comment"
%token <Tok> Error "invalid token"
%token <Tok> False "'False'" None "'None'" True "'True'" And "'and'" As "'as'"
%token <Tok> Assert "'assert'" Async "'async'" Await "'await'"
%token <Tok> Break "'break'" Class "'class'" Continue "'continue'"
%token <Tok> Def "'def'" Del "'del'" Elif "'elif'" Else "'else'"
%token <Tok> Except "'except'" Finally "'finally'" For "'for'"
%token <Tok> From "'from'" Global "'global'" If "'if'" Import "'import'"
%token <Tok> In "'in'" Is "'is'" Lambda "'lambda'" Nonlocal "'nonlocal'"
%token <Tok> Not "'not'" Or "'or'" Pass "'pass'" Raise "'raise'"
%token <Tok> Return "'return'" Try "'try'" While "'while'" With "'with'"
%token <Tok> Yield "'yield'"
%token <Tok> Match "'match'" Case "'case'" Type "'type'" WithLParen "'(' of with"
%token <Tok> IsNot "'is not'"
%token <Tok> LParen "'('" RParen "')'" LSquare "'['" RSquare "']'"
%token <Tok> LBrace "'{'" RBrace "'}'" Colon "':'" Comma "','"
%token <Tok> Semicolon "';'" Plus "'+'" Minus "'-'" Star "'*'" Slash "'/'"
%token <Tok> Pipe "'|'" Amp "'&'" Less "'<'" Greater "'>'" Equal "'='"
%token <Tok> Dot "'.'" Percent "'%'" EqualEqual "'=='" NotEqual "'!='"
%token <Tok> LessEqual "'<='" GreaterEqual "'>='" Tilde "'~'" Caret "'^'"
%token <Tok> LeftShift "'<<'" RightShift "'>>'" StarStar "'**'"
%token <Tok> PlusEqual "'+='" MinusEqual "'-='" StarEqual "'*='"
%token <Tok> SlashEqual "'/='" PercentEqual "'%='" AmpEqual "'&='"
%token <Tok> PipeEqual "'|='" CaretEqual "'^='" LeftShiftEqual "'<<='"
%token <Tok> RightShiftEqual "'>>='" StarStarEqual "'**='"
%token <Tok> SlashSlash "'//'" SlashSlashEqual "'//='" At "'@'"
%token <Tok> AtEqual "'@='" Arrow "'->'" Ellipsis "'...'"
%token <Tok> ColonEqual "':='" Exclaim "'!'"

// Operators, loosest first, so that one nonterminal, `expr`, covers Python's
// ten expression levels from 'or' down to 'await': an operand takes one
// reduction, not one per level. Unary + - ~ bind tighter than the binary
// operators but '**', whose left operand is a primary: -x**2 is -(x**2).
// Prefix 'not' binds looser than the comparisons, and the 'not' of 'not in'
// tighter than a prefix 'not': "not a not in b" is not (a not in b).
// Comparisons chain left to right; AstBuilder::compare merges the chain.
// Where Python takes a bitwise-or expression (the operand of a comparison,
// of an arithmetic operator, of '*' in a display or target), OPERAND ends
// the expression before any comparison; a prefix 'not', which cannot be
// told apart by precedence, is refused by the action (NOT_ALLOWED).
%left Or
%left And
%precedence NOT_PREFIX
%left Less Greater EqualEqual GreaterEqual LessEqual NotEqual In Is IsNot Not
%precedence OPERAND
%left Pipe
%left Caret
%left Amp
%left LeftShift RightShift
%left Plus Minus
%left Star Slash SlashSlash Percent At
%precedence UNARY
%right StarStar

%type <Stmt> compound_stmt small_stmt import_stmt funcdef classdef
%type <Stmt> if_stmt while_stmt for_stmt try_stmt with_stmt match_stmt
%type <Stmt> definition async_stmt type_alias
%type <List> file stmts stmt simple_stmts small_stmts block elif_else
%type <List> else_block finally_block handlers assign_chain except_types
%type <List> decorators star_expr_list exprlist_items named_list
%type <List> args params param_list lambda_params lambda_param_list
%type <List> subscripts dict_items comp_for comp_ifs strings fstring_parts
%type <List> spec_parts import_as_names dotted_as_names name_list
%type <List> with_items paren_with_items type_params_opt type_param_list
%type <List> dotted_name
%type <List> class_args_opt cases pattern_list pattern_args mapping_items
%type <Expr> test expr
%type <Expr> primary star_expr_item star_exprs exprlist named_test
%type <Expr> named_item lambdef yield_expr rhs subscript
%type <Expr> test_opt returns_opt annotation_opt default_opt star_annotation_opt
%type <Expr> subject guard_opt literal_expr signed_number name_or_attr
%type <Expr> fstring_expr with_target
%type <Node> comprehension handler with_item paren_with_item case_block
%type <Node> type_param
%type <Item> arg param lambda_param dict_item string_part fstring fstring_field
%type <Item> spec_part dotted_as_name import_as_name pattern_arg mapping_item
%type <Pat> patterns pattern or_pattern closed_pattern maybe_star_pattern
%type <List> or_alternatives
%type <Int> dots dots_opt augassign opt_comma

%start file

%%

file:
  %empty                          { Result = B.module(B.list(), @$); $$ = B.list(); }
| stmts                           { Result = B.module($1, @$); $$ = $1; }
;

stmts:
  stmt                            { $$ = $1; }
| stmts stmt                      { $$ = B.concat($1, $2); }
;

// simple_stmts spelled out, a reduction less for every line.
stmt:
  small_stmt Newline
    { $$ = B.list($1); @$ = @1; B.RecoveredFromError = false; }
| small_stmt Semicolon Newline
    { $$ = B.list($1); @$ = Span{@1.Begin, @2.End}; B.RecoveredFromError = false; }
| small_stmts Newline
    { $$ = $1; @$ = @1; B.RecoveredFromError = false; }
| small_stmts Semicolon Newline
    { $$ = $1; @$ = Span{@1.Begin, @2.End}; B.RecoveredFromError = false; }
| compound_stmt                   { $$ = B.list($1); B.RecoveredFromError = false; }
| error Newline                   { $$ = B.list(); B.RecoveredFromError = true; yyerrok; }
| Indent stmts Dedent             {
    if (!B.RecoveredFromError)
      B.error(DiagId::UnexpectedIndent, @1);
    $$ = $2;
  }
;

// The NEWLINE is not part of the statements' range (a trailing ';' is):
// CPython ends a compound statement at the last token it took other than
// NEWLINE, INDENT and DEDENT.
simple_stmts:
  small_stmt Newline              { $$ = B.list($1); @$ = @1; }
| small_stmt Semicolon Newline    { $$ = B.list($1); @$ = Span{@1.Begin, @2.End}; }
| small_stmts Newline             { $$ = $1; @$ = @1; }
| small_stmts Semicolon Newline   { $$ = $1; @$ = Span{@1.Begin, @2.End}; }
;

// Two or more; a statement alone is not wrapped in a list of its own first.
small_stmts:
  small_stmt Semicolon small_stmt { $$ = B.append(B.list($1), $3); }
| small_stmts Semicolon small_stmt { $$ = B.append($1, $3); }
;

// Expression statements and assignments come first.
small_stmt:
  star_exprs                      { $$ = B.exprStatement($1, @$); }
| yield_expr                      { $$ = B.exprStatement($1, @$); }
| star_exprs Colon test           { $$ = B.annAssign($1, $3, nullptr, @$); }
| star_exprs Colon test Equal rhs { $$ = B.annAssign($1, $3, $5, @$); }
| star_exprs augassign rhs        { $$ = B.augAssign($1, static_cast<BinOpKind>($2), $3, @$); }
| assign_chain                    { $$ = B.assign($1, @$); }
| Del exprlist                    { $$ = B.del($2, @$); }
| Pass                            { $$ = B.simple(K::Pass, @$); }
| Break                           { $$ = B.simple(K::Break, @$); }
| Continue                        { $$ = B.simple(K::Continue, @$); }
| Return                          { $$ = B.returnStmt(nullptr, @$); }
| Return star_exprs               { $$ = B.returnStmt($2, @$); }
| Raise                           { $$ = B.raise(nullptr, nullptr, @$); }
| Raise test                      { $$ = B.raise($2, nullptr, @$); }
| Raise test From test            { $$ = B.raise($2, $4, @$); }
| Global name_list                { $$ = B.global($2, false, @$); }
| Nonlocal name_list              { $$ = B.global($2, true, @$); }
| Assert test                     { $$ = B.assertStmt($2, nullptr, @$); }
| Assert test Comma test          { $$ = B.assertStmt($2, $4, @$); }
| import_stmt
| type_alias
;

assign_chain:
  star_exprs Equal rhs            { $$ = B.append(B.list($1), $3); }
| yield_expr Equal rhs            { $$ = B.append(B.list($1), $3); }
| assign_chain Equal rhs          { $$ = B.append($1, $3); }
;

rhs:
  star_exprs
| yield_expr
;

augassign:
  PlusEqual        { $$ = int(BinOpKind::Add); }
| MinusEqual       { $$ = int(BinOpKind::Sub); }
| StarEqual        { $$ = int(BinOpKind::Mult); }
| AtEqual          { $$ = int(BinOpKind::MatMult); }
| SlashEqual       { $$ = int(BinOpKind::Div); }
| PercentEqual     { $$ = int(BinOpKind::Mod); }
| AmpEqual         { $$ = int(BinOpKind::BitAnd); }
| PipeEqual        { $$ = int(BinOpKind::BitOr); }
| CaretEqual       { $$ = int(BinOpKind::BitXor); }
| LeftShiftEqual   { $$ = int(BinOpKind::LShift); }
| RightShiftEqual  { $$ = int(BinOpKind::RShift); }
| StarStarEqual    { $$ = int(BinOpKind::Pow); }
| SlashSlashEqual  { $$ = int(BinOpKind::FloorDiv); }
;

name_list:
  Identifier                      { $$ = B.list(B.name($1)); }
| name_list Comma Identifier      { $$ = B.append($1, B.name($3)); }
;

type_alias:
  Type Identifier type_params_opt Equal test { $$ = B.typeAlias($2, $3, $5, @$); }
;

import_stmt:
  Import dotted_as_names          { $$ = B.import($2, @$); }
| From dots_opt dotted_name Import import_targets_star
    { $$ = B.importFrom($2, B.dottedName($3), B.list(B.alias("*", nullptr, @5)), @$); }
| From dots Import import_targets_star
    { $$ = B.importFrom($2, {}, B.list(B.alias("*", nullptr, @4)), @$); }
| From dots_opt dotted_name Import LParen import_as_names opt_comma RParen
    { $$ = B.importFrom($2, B.dottedName($3), $6, @$); }
| From dots Import LParen import_as_names opt_comma RParen
    { $$ = B.importFrom($2, {}, $5, @$); }
| From dots_opt dotted_name Import import_as_names
    { $$ = B.importFrom($2, B.dottedName($3), $5, @$); }
| From dots Import import_as_names
    { $$ = B.importFrom($2, {}, $4, @$); }
;

import_targets_star: Star;

dots_opt:
  %empty                          { $$ = 0; }
| dots
;

dots:
  Dot                             { $$ = 1; }
| Ellipsis                        { $$ = 3; }
| dots Dot                        { $$ = $1 + 1; }
| dots Ellipsis                   { $$ = $1 + 3; }
;

// The parts are joined once, at the end: joining as they come is quadratic
// in the number of parts.
dotted_name:
  Identifier                      { $$ = B.dottedPart(B.list(), $1); }
| dotted_name Dot Identifier      { $$ = B.dottedPart($1, $3); }
;

dotted_as_names:
  dotted_as_name                  { $$ = B.list($1); }
| dotted_as_names Comma dotted_as_name { $$ = B.append($1, $3); }
;

dotted_as_name:
  dotted_name                     { $$ = B.alias(B.dottedName($1), nullptr, @$); }
| dotted_name As Identifier       { $$ = B.alias(B.dottedName($1), $3, @$); }
;

import_as_names:
  import_as_name                  { $$ = B.list($1); }
| import_as_names Comma import_as_name { $$ = B.append($1, $3); }
;

import_as_name:
  Identifier                      { $$ = B.alias($1->value(), nullptr, @$); }
| Identifier As Identifier        { $$ = B.alias($1->value(), $3, @$); }
;

compound_stmt:
  if_stmt
| while_stmt
| for_stmt
| try_stmt
| with_stmt
| definition
| decorators definition           { $$ = B.decorate($1, $2, @$); }
| async_stmt
| match_stmt
;

definition:
  funcdef
| classdef
| Async funcdef                   { $$ = $2; $$->Kind = K::AsyncFunctionDef; $$->Range = @$; }
;

async_stmt:
  Async for_stmt                  { $$ = $2; $$->Kind = K::AsyncFor; $$->Range = @$; }
| Async with_stmt                 { $$ = $2; $$->Kind = K::AsyncWith; $$->Range = @$; }
;

decorators:
  At named_test Newline           { $$ = B.list($2); }
| decorators At named_test Newline { $$ = B.append($1, $3); }
;

block:
  simple_stmts                    { $$ = $1; }
| Newline Indent stmts Dedent     { $$ = $3; @$ = @3; }
| Newline error                   { $$ = B.list(); }
;

if_stmt:
  If named_test Colon block elif_else { $$ = B.ifStmt($2, $4, $5, @$); }
;

elif_else:
  %empty                          { $$ = B.list(); }
| Else Colon block                { $$ = $3; }
| Elif named_test Colon block elif_else { $$ = B.list(B.ifStmt($2, $4, $5, @$)); }
;

else_block:
  %empty                          { $$ = B.list(); }
| Else Colon block                { $$ = $3; }
;

while_stmt:
  While named_test Colon block else_block { $$ = B.whileStmt($2, $4, $5, @$); }
;

for_stmt:
  For exprlist In star_exprs Colon block else_block
    { $$ = B.forStmt(false, $2, $4, $6, $7, @$); }
;

try_stmt:
  Try Colon block handlers else_block finally_block
    { $$ = B.tryStmt($3, $4, $5, $6, @$); }
| Try Colon block Finally Colon block
    { $$ = B.tryStmt($3, B.list(), B.list(), $6, @$); }
;

finally_block:
  %empty                          { $$ = B.list(); }
| Finally Colon block             { $$ = $3; }
;

handlers:
  handler                         { $$ = B.list($1); }
| handlers handler                { $$ = B.append($1, $2); }
;

handler:
  Except Colon block              { $$ = B.handler(false, nullptr, nullptr, $3, @$); }
| Except test Colon block         { $$ = B.handler(false, $2, nullptr, $4, @$); }
  // Python 3.14 (PEP 758): several classes without parentheses, no 'as'.
| Except except_types opt_comma Colon block
    { $$ = B.handler(false, B.tuple($3 ? B.withComma($2) : $2, @2, true), nullptr, $5, @$); }
| Except Star except_types opt_comma Colon block
    { $$ = B.handler(true, B.tuple($4 ? B.withComma($3) : $3, @3, true), nullptr, $6, @$); }
| Except test As Identifier Colon block { $$ = B.handler(false, $2, $4, $6, @$); }
| Except Star test Colon block    { $$ = B.handler(true, $3, nullptr, $5, @$); }
| Except Star test As Identifier Colon block { $$ = B.handler(true, $3, $5, $7, @$); }
;

except_types:
  test Comma test                 { $$ = B.append(B.list($1), $3); }
| except_types Comma test         { $$ = B.append($1, $3); }
;

with_stmt:
  With with_items Colon block     { $$ = B.with(false, $2, $4, @$); }
| With WithLParen paren_with_items opt_comma RParen Colon block
    { $$ = B.with(false, $3, $7, @$); }
;

with_items:
  with_item                       { $$ = B.list($1); }
| with_items Comma with_item      { $$ = B.append($1, $3); }
;

with_item:
  test                            { $$ = B.withItem($1, nullptr, @$); }
| test As with_target             { $$ = B.withItem($1, $3, @$); }
;

with_target:
  expr %prec OPERAND
    { NOT_ALLOWED($1); B.setContext($1, ExprContext::Store); $$ = $1; }
| Star expr %prec OPERAND
    { NOT_ALLOWED($2); $$ = B.starred($2, @$); B.setContext($$, ExprContext::Store); }
;

paren_with_items:
  paren_with_item                 { $$ = B.list($1); }
| paren_with_items Comma paren_with_item { $$ = B.append($1, $3); }
;

paren_with_item:
  named_test                      { $$ = B.withItem($1, nullptr, @$); }
| test As with_target             { $$ = B.withItem($1, $3, @$); }
;

funcdef:
  Def Identifier type_params_opt LParen params RParen returns_opt Colon block
    { $$ = B.functionDef(false, B.list(), $2, $3, B.arguments($5, @5), $7, $9, @$); }
;

returns_opt:
  %empty                          { $$ = nullptr; }
| Arrow test                      { $$ = $2; }
;

classdef:
  Class Identifier type_params_opt class_args_opt Colon block
    { $$ = B.classDef(B.list(), $2, $3, $4, $6, @$); }
;

class_args_opt:
  %empty                          { $$ = B.list(); }
| LParen RParen                   { $$ = B.list(); }
| LParen args opt_comma RParen    { $$ = $3 ? B.withComma($2) : $2; }
;

type_params_opt:
  %empty                          { $$ = B.list(); }
| LSquare type_param_list opt_comma RSquare { $$ = $2; }
;

type_param_list:
  type_param                      { $$ = B.list($1); }
| type_param_list Comma type_param { $$ = B.append($1, $3); }
;

type_param:
  Identifier                      { $$ = B.typeParam(K::TypeVar, $1, nullptr, @$); }
| Identifier Colon test           { $$ = B.typeParam(K::TypeVar, $1, $3, @$); }
| Star Identifier                 { $$ = B.typeParam(K::TypeVarTuple, $2, nullptr, @$); }
| StarStar Identifier             { $$ = B.typeParam(K::ParamSpec, $2, nullptr, @$); }
;

params:
  %empty                          { $$ = B.list(); }
| param_list                      { $$ = $1; }
| param_list Comma                { $$ = $1; }
;

param_list:
  param                           { $$ = B.list($1); }
| param_list Comma param          { $$ = B.append($1, $3); }
;

// The four plain forms spelled out: no empty annotation and default to
// reduce for every parameter.
param:
  Identifier                      { $$ = B.param(ParamItem::Plain, $1, nullptr, nullptr, @$); }
| Identifier Colon test           { $$ = B.param(ParamItem::Plain, $1, $3, nullptr, @$); }
| Identifier Equal test           { $$ = B.param(ParamItem::Plain, $1, nullptr, $3, @$); }
| Identifier Colon test Equal test { $$ = B.param(ParamItem::Plain, $1, $3, $5, @$); }
| Slash                           { $$ = B.param(ParamItem::Slash, nullptr, nullptr, nullptr, @$); }
| Star                            { $$ = B.param(ParamItem::Star, nullptr, nullptr, nullptr, @$); }
| Star Identifier star_annotation_opt
    { $$ = B.param(ParamItem::Star, $2, $3, nullptr, @$); }
| StarStar Identifier annotation_opt
    { $$ = B.param(ParamItem::StarStar, $2, $3, nullptr, @$); }
;

annotation_opt:
  %empty                          { $$ = nullptr; }
| Colon test                      { $$ = $2; }
;

// PEP 646: "*args: *Ts".
star_annotation_opt:
  annotation_opt
| Colon Star expr %prec OPERAND   { NOT_ALLOWED($3); $$ = B.starred($3, Span{@2.Begin, @3.End}); }
;

default_opt:
  %empty                          { $$ = nullptr; }
| Equal test                      { $$ = $2; }
;

lambda_params:
  %empty                          { $$ = B.list(); }
| lambda_param_list opt_comma     { $$ = $1; }
;

lambda_param_list:
  lambda_param                    { $$ = B.list($1); }
| lambda_param_list Comma lambda_param { $$ = B.append($1, $3); }
;

lambda_param:
  Identifier default_opt          { $$ = B.param(ParamItem::Plain, $1, nullptr, $2, @$); }
| Slash                           { $$ = B.param(ParamItem::Slash, nullptr, nullptr, nullptr, @$); }
| Star                            { $$ = B.param(ParamItem::Star, nullptr, nullptr, nullptr, @$); }
| Star Identifier                 { $$ = B.param(ParamItem::Star, $2, nullptr, nullptr, @$); }
| StarStar Identifier             { $$ = B.param(ParamItem::StarStar, $2, nullptr, nullptr, @$); }
;

match_stmt:
  Match subject Colon Newline Indent cases Dedent
    { @$ = Span{@1.Begin, @6.End}; $$ = B.match($2, $6, @$); }
;

subject:
  named_test
| named_item Comma                { $$ = B.tuple(B.withComma(B.list($1)), @$, true); }
| named_item Comma named_list opt_comma
    { $$ = B.tuple(B.concat(B.list($1), $3), @$, false); }
;

cases:
  case_block                      { $$ = B.list($1); }
| cases case_block                { $$ = B.append($1, $2); }
;

case_block:
  Case patterns guard_opt Colon block { $$ = B.matchCase($2, $3, $5, @$); }
;

guard_opt:
  %empty                          { $$ = nullptr; }
| If named_test                   { $$ = $2; }
;

patterns:
  pattern_list opt_comma          { $$ = B.sequencePattern($2 ? B.withComma($1) : $1, @$, true); }
;

pattern_list:
  maybe_star_pattern              { $$ = B.list($1); }
| pattern_list Comma maybe_star_pattern { $$ = B.append($1, $3); }
;

maybe_star_pattern:
  pattern
| Star Identifier                 { $$ = B.starPattern($2, @$); }
;

pattern:
  or_pattern
| or_pattern As Identifier        { $$ = B.asPattern($1, $3, @$); }
;

or_pattern:
  closed_pattern
| or_alternatives                 { $$ = B.orPattern($1, @$); }
;

or_alternatives:
  closed_pattern Pipe closed_pattern { $$ = B.append(B.list($1), $3); }
| or_alternatives Pipe closed_pattern { $$ = B.append($1, $3); }
;

closed_pattern:
  literal_expr                    { $$ = B.valuePattern($1, @$); }
| None                            { $$ = B.singletonPattern(ConstantValue::None, @$); }
| True                            { $$ = B.singletonPattern(ConstantValue::True, @$); }
| False                           { $$ = B.singletonPattern(ConstantValue::False, @$); }
| name_or_attr                    { $$ = B.patternFromName($1); }
| LParen RParen                   { $$ = B.sequencePattern(B.list(), @$, false); }
| LParen pattern_list opt_comma RParen
    { $$ = B.sequencePattern($3 ? B.withComma($2) : $2, @$, true); }
| LSquare RSquare                 { $$ = B.sequencePattern(B.list(), @$, false); }
| LSquare pattern_list opt_comma RSquare { $$ = B.sequencePattern($2, @$, false); }
| LBrace RBrace                   { $$ = B.mappingPattern(B.list(), nullptr, @$); }
| LBrace StarStar Identifier opt_comma RBrace { $$ = B.mappingPattern(B.list(), $3, @$); }
| LBrace mapping_items opt_comma RBrace { $$ = B.mappingPattern($2, nullptr, @$); }
| LBrace mapping_items Comma StarStar Identifier opt_comma RBrace
    { $$ = B.mappingPattern($2, $5, @$); }
| name_or_attr LParen RParen      { $$ = B.classPattern($1, B.list(), @$); }
| name_or_attr LParen pattern_args opt_comma RParen { $$ = B.classPattern($1, $3, @$); }
;

literal_expr:
  signed_number
| signed_number Plus Number       { $$ = B.complexLiteral($1, false, B.number($3), @$); }
| signed_number Minus Number      { $$ = B.complexLiteral($1, true, B.number($3), @$); }
| String                          { $$ = B.strings(B.list(B.literalPiece($1)), @$); }
| strings                         { $$ = B.strings($1, @$); }
;

signed_number:
  Number                          { $$ = B.number($1); }
| Minus Number                    { $$ = B.unaryOp(UnaryOpKind::USub, B.number($2), @$); }
;

name_or_attr:
  Identifier                      { $$ = B.name($1); }
| name_or_attr Dot Identifier     { $$ = B.attribute($1, $3, @$); }
;

mapping_items:
  mapping_item                    { $$ = B.list($1); }
| mapping_items Comma mapping_item { $$ = B.append($1, $3); }
;

mapping_item:
  literal_expr Colon pattern      { $$ = B.mappingItem($1, $3); }
| None Colon pattern              { $$ = B.mappingItem(B.constant(ConstantValue::None, @1), $3); }
| True Colon pattern              { $$ = B.mappingItem(B.constant(ConstantValue::True, @1), $3); }
| False Colon pattern             { $$ = B.mappingItem(B.constant(ConstantValue::False, @1), $3); }
| name_or_attr Colon pattern      { $$ = B.mappingItem(B.mappingKey($1), $3); }
;

pattern_args:
  pattern_arg                     { $$ = B.list($1); }
| pattern_args Comma pattern_arg  { $$ = B.append($1, $3); }
;

pattern_arg:
  pattern                         { $$ = B.patternArg(nullptr, $1, @$); }
| Identifier Equal pattern        { $$ = B.patternArg($1, $3, @$); }
;

/* Expressions. */

// The first two alternatives are star_expr_item's, a reduction less for the
// common single expression.
star_exprs:
  test
| Star expr %prec OPERAND         { NOT_ALLOWED($2); $$ = B.starred($2, @$); }
| star_expr_item Comma            { $$ = B.tuple(B.withComma(B.list($1)), @$, true); }
| star_expr_item Comma star_expr_list opt_comma
    { $$ = B.tuple(B.concat(B.list($1), $3), @$, false); }
;

star_expr_list:
  star_expr_item                  { $$ = B.list($1); }
| star_expr_list Comma star_expr_item { $$ = B.append($1, $3); }
;

star_expr_item:
  test
| Star expr %prec OPERAND         { NOT_ALLOWED($2); $$ = B.starred($2, @$); }
;

// Targets of for and del, and comprehension targets: no conditional
// expression, since 'in' would be ambiguous.
exprlist:
  exprlist_items opt_comma        { $$ = B.tuple($2 ? B.withComma($1) : $1, @$, true); }
;

exprlist_items:
  expr %prec OPERAND              { NOT_ALLOWED($1); $$ = B.list($1); }
| Star expr %prec OPERAND         { NOT_ALLOWED($2); $$ = B.list(B.starred($2, @$)); }
| exprlist_items Comma expr %prec OPERAND
    { NOT_ALLOWED($3); $$ = B.append($1, $3); }
| exprlist_items Comma Star expr %prec OPERAND
    { NOT_ALLOWED($4); $$ = B.append($1, B.starred($4, Span{@3.Begin, @4.End})); }
;

named_test:
  test
| test ColonEqual test            { $$ = B.namedExpr($1, $3, @$); }
;

named_item:
  test
| test ColonEqual test            { $$ = B.namedExpr($1, $3, @$); }
| Star expr %prec OPERAND         { NOT_ALLOWED($2); $$ = B.starred($2, @$); }
;

named_list:
  named_item                      { $$ = B.list($1); }
| named_list Comma named_item     { $$ = B.append($1, $3); }
;

test:
  expr
| expr If expr Else test          { $$ = B.ifExp($1, $3, $5, @$); }
| lambdef
;

test_opt:
  %empty                          { $$ = nullptr; }
| test
;

lambdef:
  Lambda lambda_params Colon test { $$ = B.lambda($2, $4, @$); }
;

expr:
  primary
| Await primary                   { $$ = B.await($2, @$); }
| expr Or expr                    { $$ = B.boolOp(BoolOpKind::Or, $1, $3, @$); }
| expr And expr                   { $$ = B.boolOp(BoolOpKind::And, $1, $3, @$); }
| Not expr %prec NOT_PREFIX       { $$ = B.unaryOp(UnaryOpKind::Not, $2, @$); }
| expr Less expr                  { NOT_ALLOWED($3); $$ = B.compare($1, CmpOpKind::Lt, $3, @$); }
| expr Greater expr               { NOT_ALLOWED($3); $$ = B.compare($1, CmpOpKind::Gt, $3, @$); }
| expr EqualEqual expr            { NOT_ALLOWED($3); $$ = B.compare($1, CmpOpKind::Eq, $3, @$); }
| expr GreaterEqual expr          { NOT_ALLOWED($3); $$ = B.compare($1, CmpOpKind::GtE, $3, @$); }
| expr LessEqual expr             { NOT_ALLOWED($3); $$ = B.compare($1, CmpOpKind::LtE, $3, @$); }
| expr NotEqual expr              { NOT_ALLOWED($3); $$ = B.compare($1, CmpOpKind::NotEq, $3, @$); }
| expr In expr                    { NOT_ALLOWED($3); $$ = B.compare($1, CmpOpKind::In, $3, @$); }
| expr Not In expr %prec In       { NOT_ALLOWED($4); $$ = B.compare($1, CmpOpKind::NotIn, $4, @$); }
| expr Is expr                    { NOT_ALLOWED($3); $$ = B.compare($1, CmpOpKind::Is, $3, @$); }
| expr IsNot expr                 { NOT_ALLOWED($3); $$ = B.compare($1, CmpOpKind::IsNot, $3, @$); }
| expr Pipe expr                  { NOT_ALLOWED($3); $$ = B.binOp($1, BinOpKind::BitOr, $3, @$); }
| expr Caret expr                 { NOT_ALLOWED($3); $$ = B.binOp($1, BinOpKind::BitXor, $3, @$); }
| expr Amp expr                   { NOT_ALLOWED($3); $$ = B.binOp($1, BinOpKind::BitAnd, $3, @$); }
| expr LeftShift expr             { NOT_ALLOWED($3); $$ = B.binOp($1, BinOpKind::LShift, $3, @$); }
| expr RightShift expr            { NOT_ALLOWED($3); $$ = B.binOp($1, BinOpKind::RShift, $3, @$); }
| expr Plus expr                  { NOT_ALLOWED($3); $$ = B.binOp($1, BinOpKind::Add, $3, @$); }
| expr Minus expr                 { NOT_ALLOWED($3); $$ = B.binOp($1, BinOpKind::Sub, $3, @$); }
| expr Star expr                  { NOT_ALLOWED($3); $$ = B.binOp($1, BinOpKind::Mult, $3, @$); }
| expr Slash expr                 { NOT_ALLOWED($3); $$ = B.binOp($1, BinOpKind::Div, $3, @$); }
| expr SlashSlash expr            { NOT_ALLOWED($3); $$ = B.binOp($1, BinOpKind::FloorDiv, $3, @$); }
| expr Percent expr               { NOT_ALLOWED($3); $$ = B.binOp($1, BinOpKind::Mod, $3, @$); }
| expr At expr                    { NOT_ALLOWED($3); $$ = B.binOp($1, BinOpKind::MatMult, $3, @$); }
| expr StarStar expr              { NOT_ALLOWED($3); $$ = B.binOp($1, BinOpKind::Pow, $3, @$); }
| Minus expr %prec UNARY          { NOT_ALLOWED($2); $$ = B.unaryOp(UnaryOpKind::USub, $2, @$); }
| Plus expr %prec UNARY           { NOT_ALLOWED($2); $$ = B.unaryOp(UnaryOpKind::UAdd, $2, @$); }
| Tilde expr %prec UNARY          { NOT_ALLOWED($2); $$ = B.unaryOp(UnaryOpKind::Invert, $2, @$); }
;

// Atoms and their trailers in one nonterminal: one reduction less for
// every operand.
primary:
  Identifier                      { $$ = B.name($1); }
| Number                          { $$ = B.number($1); }
| String                          { $$ = B.strings(B.list(B.literalPiece($1)), @$); }
| strings                         { $$ = B.strings($1, @$); }
| None                            { $$ = B.constant(ConstantValue::None, @$); }
| True                            { $$ = B.constant(ConstantValue::True, @$); }
| False                           { $$ = B.constant(ConstantValue::False, @$); }
| Ellipsis                        { $$ = B.constant(ConstantValue::Ellipsis, @$); }
| LParen RParen                   { $$ = B.parenthesized(B.tuple(B.list(), @$, false), @$); }
| LParen yield_expr RParen        { $$ = B.parenthesized($2, @$); }
| LParen named_item Comma RParen
    { $$ = B.parenthesized(B.tuple(B.withComma(B.list($2)), @$, false), @$); }
| LParen named_item RParen        { $$ = B.parenthesized($2, @$); }
| LParen named_item Comma named_list opt_comma RParen
    { $$ = B.parenthesized(B.tuple(B.concat(B.list($2), $4), @$, false), @$); }
| LParen named_test comp_for RParen
    { $$ = B.parenthesized(B.comprehensionExpr(K::GeneratorExp, $2, nullptr, $3, @$), @$); }
| LSquare RSquare                 { $$ = B.listDisplay(B.list(), @$); }
| LSquare named_list opt_comma RSquare { $$ = B.listDisplay($2, @$); }
| LSquare named_test comp_for RSquare
    { $$ = B.comprehensionExpr(K::ListComp, $2, nullptr, $3, @$); }
| LBrace RBrace                   { $$ = B.dictDisplay(B.list(), @$); }
| LBrace dict_items opt_comma RBrace { $$ = B.dictDisplay($2, @$); }
| LBrace named_list opt_comma RBrace { $$ = B.setDisplay($2, @$); }
| LBrace test Colon test comp_for RBrace
    { $$ = B.comprehensionExpr(K::DictComp, $2, $4, $5, @$); }
| LBrace named_test comp_for RBrace
    { $$ = B.comprehensionExpr(K::SetComp, $2, nullptr, $3, @$); }
| primary Dot Identifier          { $$ = B.attribute($1, $3, @$); }
| primary LParen RParen           { $$ = B.call($1, B.list(), @$); }
| primary LParen args RParen      { $$ = B.call($1, $3, @$, Span{@2.Begin, @4.End}); }
| primary LParen args Comma RParen
    { $$ = B.call($1, B.withComma($3), @$, Span{@2.Begin, @5.End}); }
| primary LSquare subscripts opt_comma RSquare
    { $$ = B.subscript($1, B.subscriptSlice($4 ? B.withComma($3) : $3, Span{@3.Begin, @4.End}), @$); }
;

dict_items:
  dict_item                       { $$ = B.list($1); }
| dict_items Comma dict_item      { $$ = B.append($1, $3); }
;

dict_item:
  test Colon test                 { $$ = B.dictItem($1, $3); }
| StarStar expr %prec OPERAND     { NOT_ALLOWED($2); $$ = B.dictItem(nullptr, $2); }
;

comp_for:
  comprehension                   { $$ = B.list($1); }
| comp_for comprehension          { $$ = B.append($1, $2); }
;

// Iterables and conditions are disjunctions: no conditional expression,
// no lambda, as in CPython's grammar.
comprehension:
  For exprlist In expr comp_ifs
    { $$ = B.comprehension(false, $2, $4, $5, @$); }
| Async For exprlist In expr comp_ifs
    { $$ = B.comprehension(true, $3, $5, $6, @$); }
;

comp_ifs:
  %empty                          { $$ = B.list(); }
| comp_ifs If expr                { $$ = B.append($1, $3); }
;

args:
  arg                             { $$ = B.list($1); }
| args Comma arg                  { $$ = B.append($1, $3); }
;

// named_test's alternatives, spelled out for one reduction less.
arg:
  test                            { $$ = $1; }
| test ColonEqual test            { $$ = B.namedExpr($1, $3, @$); }
| named_test comp_for             { $$ = B.comprehensionExpr(K::GeneratorExp, $1, nullptr, $2, @$); }
| test Equal test                 { $$ = B.keyword($1, $3, @$); }
| Star test                       { $$ = B.starred($2, @$); }
| StarStar test                   { $$ = B.doubleStar($2, @$); }
;

subscripts:
  subscript                       { $$ = B.list($1); }
| subscripts Comma subscript      { $$ = B.append($1, $3); }
;

// CPython's slices take "'*' expression": "a[*b or c]", "a[*lambda: 1]".
subscript:
  test
| test ColonEqual test            { $$ = B.namedExpr($1, $3, @$); }
| Star test                       { $$ = B.starred($2, @$); }
// Without a lower bound a slice starts at its ':', as in CPython.
| test_opt Colon test_opt
    { $$ = B.slice($1, $3, nullptr, Span{$1 ? @1.Begin : @2.Begin, @$.End}); }
| test_opt Colon test_opt Colon test_opt
    { $$ = B.slice($1, $3, $5, Span{$1 ? @1.Begin : @2.Begin, @$.End}); }
;

yield_expr:
  Yield                           { $$ = B.yield(nullptr, @$); }
| Yield star_exprs                { $$ = B.yield($2, @$); }
| Yield From test                 { $$ = B.yieldFrom($3, @$); }
;

opt_comma:
  %empty                          { $$ = 0; }
| Comma                           { $$ = 1; }
;

/* Strings and f-strings: the pieces are merged into a Constant or a
   JoinedStr by AstBuilder::strings, as CPython concatenates them. */

// A lone plain string is the rules' String alternative: two reductions less
// for the commonest literal. So `strings` starts with an f-string, or with a
// plain string followed by more.
strings:
  fstring                         { $$ = B.list($1); }
| String string_part              { $$ = B.append(B.list(B.literalPiece($1)), $2); }
| strings string_part             { $$ = B.append($1, $2); }
;

string_part:
  String                          { $$ = B.literalPiece($1); }
| fstring
;

fstring:
  FStringStart fstring_parts FStringEnd
    { $$ = B.fstringPiece($2, $1->Flags, @$); }
;

fstring_parts:
  %empty                          { $$ = B.list(); }
| fstring_parts FStringMiddle     { $$ = B.append($1, B.literalPiece($2)); }
| fstring_parts fstring_field     { $$ = B.append($1, $2); }
;

// A self-documenting field ("{x = }") shows its text up to the next token.
fstring_field:
  LBrace fstring_expr RBrace
    { $$ = B.fieldPiece($2, Span{}, nullptr, nullptr, @$); }
| LBrace fstring_expr Equal RBrace
    { $$ = B.fieldPiece($2, Span{@1.End, @4.Begin}, nullptr, nullptr, @$); }
| LBrace fstring_expr Exclaim Identifier RBrace
    { B.conversionAfter(@3, $4); $$ = B.fieldPiece($2, Span{}, $4, nullptr, @$); }
| LBrace fstring_expr Equal Exclaim Identifier RBrace
    { B.conversionAfter(@4, $5); $$ = B.fieldPiece($2, Span{@1.End, @4.Begin}, $5, nullptr, @$); }
| LBrace fstring_expr Colon spec_parts RBrace
    { $$ = B.fieldPiece($2, Span{}, nullptr, B.formatSpec($4, @4), @$); }
| LBrace fstring_expr Equal Colon spec_parts RBrace
    { $$ = B.fieldPiece($2, Span{@1.End, @4.Begin}, nullptr, B.formatSpec($5, @5), @$); }
| LBrace fstring_expr Exclaim Identifier Colon spec_parts RBrace
    { B.conversionAfter(@3, $4); $$ = B.fieldPiece($2, Span{}, $4, B.formatSpec($6, @6), @$); }
| LBrace fstring_expr Equal Exclaim Identifier Colon spec_parts RBrace
    { B.conversionAfter(@4, $5); $$ = B.fieldPiece($2, Span{@1.End, @4.Begin}, $5, B.formatSpec($7, @7), @$); }
;

fstring_expr:
  star_exprs
| yield_expr
;

spec_parts:
  %empty                          { $$ = B.list(); }
| spec_parts spec_part            { $$ = B.append($1, $2); }
;

spec_part:
  FStringMiddle                   { $$ = B.literalPiece($1); }
| fstring_field
;

%%

// Syntax errors go to yyreport_syntax_error; yyoverflow grows the stacks
// without limit. So nothing comes here.
static void yyerror(Span *, TokenStream &, AstBuilder &, Module *&,
                    ParserStacks &, const char *) {
  llvm_unreachable("yyerror: the parser's stacks cannot be exhausted");
}

static int yyreport_syntax_error(const yypcontext_t *Ctx, TokenStream &Stream,
                                 AstBuilder &, Module *&, ParserStacks &) {
  SyntaxErrorInfo Info;
  Info.Where = *yypcontext_location(Ctx);
  yysymbol_kind_t Unexpected = yypcontext_token(Ctx);
  Info.Unexpected = yysymbol_name(Unexpected);
  Info.UnexpectedIndent = Unexpected == YYSYMBOL_Indent;
  Info.QuoteText = Unexpected == YYSYMBOL_Identifier ||
                   Unexpected == YYSYMBOL_Number ||
                   Unexpected == YYSYMBOL_String || Unexpected == YYSYMBOL_Error;
  // At most four; none when there are more.
  yysymbol_kind_t Expected[4];
  int NumExpected = yypcontext_expected_tokens(Ctx, Expected, 4);
  for (int I = 0; I < NumExpected; ++I)
    Info.Expected.push_back(yysymbol_name(Expected[I]));
  Info.OnlyIndentExpected = NumExpected == 1 && Expected[0] == YYSYMBOL_Indent;
  Stream.reportSyntaxError(Info);
  return 0;
}
