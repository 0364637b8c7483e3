//===- AstBuilder.cpp - Node construction and cover-grammar checks --------===//

#include "parser/AstBuilder.h"

#include "lexer/Token.h"
#include "parser/AstVisit.h"
#include "support/InternedNames.h"
#include "support/PyRepr.h"

#include "llvm/ADT/bit.h"
#include "llvm/Support/MathExtras.h"

namespace schemac::parse {

using namespace ast;

namespace {
// Expressions and statements deeper than this are refused, so that every
// later walk over the tree (the dumpers, sema) may recurse. It is CPython
// 3.11's own limit: ast.parse builds its Python objects with a recursion
// limit of 3 * sys.getrecursionlimit() = 3000, less 3 per Python frame of
// its caller, so a module nests at most 2991 nodes deep (9 frames' worth
// taken by the shortest caller) and anything under it at most 2990. An elif
// chain nests too: each 'elif' is an If in the orelse of the one before.
constexpr unsigned MaxTreeDepth = 2990;

struct DepthVisitor : ChildNodeVisitor {
  unsigned Max = 0;
  void node(const char *, const Node *N, bool) {
    if (N && N->Depth > Max)
      Max = N->Depth;
  }
  void list(const char *, llvm::ArrayRef<const Node *> L, bool) {
    for (const Node *N : L)
      node(nullptr, N, true);
  }
  void typeParams(const char *, llvm::ArrayRef<const Node *> L) {
    list(nullptr, L, false);
  }
};

/// How CPython's messages name an expression ("cannot assign to ...").
const char *describe(const Expression *E) {
  switch (E->Kind) {
  case NodeKind::Attribute:
    return "attribute";
  case NodeKind::Subscript:
    return "subscript";
  case NodeKind::Starred:
    return "starred";
  case NodeKind::Name:
    return "name";
  case NodeKind::List:
    return "list";
  case NodeKind::Tuple:
    return "tuple";
  case NodeKind::Lambda:
    return "lambda";
  case NodeKind::Call:
    return "function call";
  case NodeKind::BoolOp:
  case NodeKind::BinOp:
  case NodeKind::UnaryOp:
    return "expression";
  case NodeKind::GeneratorExp:
    return "generator expression";
  case NodeKind::Yield:
  case NodeKind::YieldFrom:
    return "yield expression";
  case NodeKind::Await:
    return "await expression";
  case NodeKind::ListComp:
    return "list comprehension";
  case NodeKind::SetComp:
    return "set comprehension";
  case NodeKind::DictComp:
    return "dict comprehension";
  case NodeKind::Dict:
    return "dict literal";
  case NodeKind::Set:
    return "set display";
  case NodeKind::JoinedStr:
  case NodeKind::FormattedValue:
    return "f-string expression";
  case NodeKind::Constant:
    switch (static_cast<const Constant *>(E)->value.Kind) {
    case ConstantValue::None:
      return "None";
    case ConstantValue::True:
      return "True";
    case ConstantValue::False:
      return "False";
    case ConstantValue::Ellipsis:
      return "ellipsis";
    default:
      return "literal";
    }
  case NodeKind::Compare:
    return "comparison";
  case NodeKind::IfExp:
    return "conditional expression";
  case NodeKind::NamedExpr:
    return "named expression";
  default:
    return "expression";
  }
}
} // namespace

Node *AstBuilder::finishNode(Node *N) {
  DepthVisitor V;
  visitFields(*N, V);
  N->Depth = static_cast<uint16_t>(std::min(V.Max + 1, 0xffffu));
  if (N->Depth <= MaxTreeDepth)
    return N;
  // Only an expression or a statement can be replaced by a leaf; the other
  // nodes (arguments, handlers, patterns, ...) are always inside one of
  // them, which is then too deep in turn.
  bool IsExpression = isa<Expression>(N);
  if (!IsExpression && !isa<Statement>(N))
    return N;
  if (!ReportedTooDeep) {
    ReportedTooDeep = true;
    if (IsExpression)
      Diags.report(DiagId::TooDeeplyNested, N->Range.Begin, N->Range.End,
                   MaxTreeDepth);
    else
      Diags.report(DiagId::TooDeeplyNestedStatement, N->Range.Begin,
                   N->Range.End, MaxTreeDepth,
                   isa<If>(N) ? "; each 'elif' nests in the one before it"
                              : "");
  }
  Span Where{N->Range.Begin, N->Range.End};
  if (IsExpression)
    return make<Constant>(Where);
  return make<Pass>(Where);
}

llvm::StringRef AstBuilder::save(llvm::StringRef S) {
  if (S.empty())
    return llvm::StringRef("", 0);
  char *Copy = Arena.Allocate<char>(S.size());
  memcpy(Copy, S.data(), S.size());
  return llvm::StringRef(Copy, S.size());
}

NodeList *AstBuilder::append(NodeList *L, void *Item) {
  ListCell *C = new (Scratch.Allocate<ListCell>()) ListCell{Item, nullptr};
  if (!L)
    return new (Scratch.Allocate<NodeList>()) NodeList{C, C, 1, false};
  L->Last->Next = C;
  L->Last = C;
  ++L->Size;
  return L;
}

NodeList *AstBuilder::concat(NodeList *A, NodeList *B) {
  if (!A)
    return B;
  if (!B)
    return A;
  A->Last->Next = B->First;
  A->Last = B->Last;
  A->Size += B->Size;
  A->TrailingComma = B->TrailingComma;
  return A;
}

llvm::ArrayRef<llvm::StringRef> AstBuilder::identifiers(NodeList *L) {
  llvm::StringRef *Items = Arena.Allocate<llvm::StringRef>(size(L));
  size_t I = 0;
  for (ListCell *C = first(L); C; C = C->Next)
    new (&Items[I++]) llvm::StringRef(static_cast<Name *>(C->Item)->id);
  return llvm::ArrayRef<llvm::StringRef>(Items, size(L));
}

//===-- Atoms -------------------------------------------------------------===//

Name *AstBuilder::name(const TokenValue *T) {
  Name *N = make<Name>(Span{T->Begin, T->End});
  N->id = T->value();
  return N;
}

Constant *AstBuilder::constant(ConstantValue::KindType K, Span Where) {
  Constant *C = make<Constant>(Where);
  C->value.Kind = K;
  return C;
}

Constant *AstBuilder::number(const TokenValue *T) {
  Constant *C = make<Constant>(Span{T->Begin, T->End});
  llvm::StringRef Text = T->value();
  if (T->Flags & lex::IntegerNumber) {
    C->value.Kind = ConstantValue::Int;
    C->value.Text = Text;
  } else if (T->Flags & lex::ImaginaryNumber) {
    C->value.Kind = ConstantValue::Complex;
    C->value.Number = pyrepr::parseFloatLiteral(Text.drop_back());
  } else {
    C->value.Kind = ConstantValue::Float;
    C->value.Number = pyrepr::parseFloatLiteral(Text);
  }
  return C;
}

StringPiece *AstBuilder::literalPiece(const TokenValue *T) {
  StringPiece *P = alloc<StringPiece>();
  P->Kind = StringPiece::Literal;
  P->Text = T->value();
  P->Flags = T->Flags;
  P->Where = {T->Begin, T->End};
  return P;
}

void AstBuilder::conversionAfter(Span Exclaim, const TokenValue *Conversion) {
  // "f'{x! r}'": CPython 3.11 takes the character after '!' as the
  // conversion, and 3.12 says so in as many words.
  if (Conversion->Begin != Exclaim.End)
    error(DiagId::FStringConversionNotAdjacent,
          Span{Exclaim.Begin, Conversion->End});
}

StringPiece *AstBuilder::fstringPiece(NodeList *Parts, uint8_t Flags,
                                      Span Where) {
  StringPiece *P = alloc<StringPiece>();
  P->Kind = StringPiece::FString;
  P->Parts = Parts;
  P->Flags = Flags;
  P->Where = Where;
  return P;
}

StringPiece *AstBuilder::fieldPiece(Expression *Value, Span DebugText,
                                    const TokenValue *Conversion,
                                    Expression *FormatSpec, Span Where) {
  FormattedValue *F = make<FormattedValue>(Where);
  F->value = Value;
  F->conversion = -1;
  bool SelfDocumenting = DebugText.End > DebugText.Begin;
  if (Conversion) {
    llvm::StringRef C = Conversion->value();
    if (C == "s" || C == "r" || C == "a")
      F->conversion = C[0];
    else
      error(DiagId::FStringInvalidConversion,
            Span{Conversion->Begin, Conversion->End}, C);
  } else if (SelfDocumenting && !FormatSpec) {
    // A self-documenting field shows the repr unless told otherwise.
    F->conversion = 'r';
  }
  F->format_spec = FormatSpec;
  StringPiece *P = alloc<StringPiece>();
  P->Kind = StringPiece::Field;
  P->Value = finish(F);
  if (SelfDocumenting)
    P->Text = file().text().slice(DebugText.Begin, DebugText.End);
  P->Where = Where;
  return P;
}

void AstBuilder::flushLiteral(std::string &Literal,
                              llvm::SmallVectorImpl<Expression *> &Values,
                              llvm::StringRef Kind, Span Where) {
  if (Literal.empty())
    return;
  Constant *C = make<Constant>(Where);
  C->value.Kind = ConstantValue::Str;
  C->value.Text = save(Literal);
  C->kind = Kind;
  Values.push_back(C);
  Literal.clear();
}

void AstBuilder::flattenPieces(NodeList *Pieces, std::string &Literal,
                               llvm::SmallVectorImpl<Expression *> &Values,
                               llvm::StringRef Kind) {
  for (ListCell *C = first(Pieces); C; C = C->Next) {
    auto *P = static_cast<StringPiece *>(C->Item);
    switch (P->Kind) {
    case StringPiece::Literal:
      Literal += P->Text;
      break;
    case StringPiece::Field:
      Literal += P->Text;
      flushLiteral(Literal, Values, Kind, P->Where);
      Values.push_back(P->Value);
      break;
    case StringPiece::FString:
      flattenPieces(P->Parts, Literal, Values, Kind);
      break;
    }
  }
}

Expression *AstBuilder::joined(NodeList *Pieces, llvm::StringRef Kind,
                               Span Where) {
  std::string Literal;
  llvm::SmallVector<Expression *, 8> Values;
  flattenPieces(Pieces, Literal, Values, Kind);
  flushLiteral(Literal, Values, Kind, Where);
  JoinedStr *J = make<JoinedStr>(Where);
  Expression **Items = Arena.Allocate<Expression *>(Values.size());
  std::copy(Values.begin(), Values.end(), Items);
  J->values = llvm::ArrayRef<Expression *>(Items, Values.size());
  return finish(J);
}

Expression *AstBuilder::formatSpec(NodeList *Pieces, Span Where) {
  return joined(Pieces, {}, Where);
}

Expression *AstBuilder::strings(NodeList *Pieces, Span Where) {
  auto *First = static_cast<StringPiece *>(first(Pieces)->Item);
  // CPython marks the whole concatenation by its first part's prefix.
  llvm::StringRef Kind =
      First->Kind == StringPiece::Literal && (First->Flags & lex::UnicodePrefix)
          ? "u"
          : llvm::StringRef();
  bool AnyFString = false, AnyBytes = false, AnyStr = false;
  for (ListCell *C = first(Pieces); C; C = C->Next) {
    auto *P = static_cast<StringPiece *>(C->Item);
    AnyFString |= P->Kind == StringPiece::FString;
    bool Bytes =
        P->Kind == StringPiece::Literal && (P->Flags & lex::BytesString);
    AnyBytes |= Bytes;
    AnyStr |= !Bytes;
  }
  if (AnyBytes && AnyStr)
    error(DiagId::MixedBytesAndStr, Where);
  if (AnyFString)
    return joined(Pieces, Kind, Where);

  Constant *C = make<Constant>(Where);
  C->value.Kind =
      AnyBytes && !AnyStr ? ConstantValue::Bytes : ConstantValue::Str;
  C->kind = Kind;
  if (size(Pieces) == 1) {
    C->value.Text = First->Text;
    return C;
  }
  std::string Value;
  for (ListCell *Cell = first(Pieces); Cell; Cell = Cell->Next)
    Value += static_cast<StringPiece *>(Cell->Item)->Text;
  C->value.Text = save(Value);
  return C;
}

Expression *AstBuilder::parenthesized(Expression *E, Span Where) {
  if (isa<Starred>(E))
    error(DiagId::StarredNotAllowed, Where);
  E->Flags |= Node::Parenthesized;
  return E;
}

Expression *AstBuilder::tuple(NodeList *Elements, Span Where, bool Collapse) {
  if (Collapse && size(Elements) == 1 && !trailingComma(Elements))
    return static_cast<Expression *>(first(Elements)->Item);
  Tuple *T = make<Tuple>(Where);
  T->elts = array<Expression>(Elements);
  return finish(T);
}

Expression *AstBuilder::listDisplay(NodeList *Elements, Span Where) {
  List *L = make<List>(Where);
  L->elts = array<Expression>(Elements);
  return finish(L);
}

Expression *AstBuilder::setDisplay(NodeList *Elements, Span Where) {
  Set *S = make<Set>(Where);
  S->elts = array<Expression>(Elements);
  return finish(S);
}

DictItem *AstBuilder::dictItem(Expression *Key, Node *Value) {
  DictItem *I = alloc<DictItem>();
  I->Key = Key;
  I->Value = Value;
  return I;
}

Expression *AstBuilder::dictDisplay(NodeList *Items, Span Where) {
  Dict *D = make<Dict>(Where);
  Expression **Keys = Arena.Allocate<Expression *>(size(Items));
  Expression **Values = Arena.Allocate<Expression *>(size(Items));
  size_t I = 0;
  for (ListCell *C = first(Items); C; C = C->Next, ++I) {
    auto *Item = static_cast<DictItem *>(C->Item);
    Keys[I] = Item->Key;
    Values[I] = static_cast<Expression *>(Item->Value);
  }
  D->keys = llvm::ArrayRef<Expression *>(Keys, size(Items));
  D->values = llvm::ArrayRef<Expression *>(Values, size(Items));
  return finish(D);
}

//===-- Operators ---------------------------------------------------------===//

Expression *AstBuilder::binOp(Expression *L, BinOpKind Op, Expression *R,
                              Span Where) {
  BinOp *B = make<BinOp>(Where);
  B->left = L;
  B->op = Op;
  B->right = R;
  return finish(B);
}

Expression *AstBuilder::unaryOp(UnaryOpKind Op, Expression *E, Span Where) {
  UnaryOp *U = make<UnaryOp>(Where);
  U->op = Op;
  U->operand = E;
  return finish(U);
}

bool AstBuilder::refuseNotOperand(Expression *E) {
  auto *U = dyn_cast<UnaryOp>(E);
  if (!U || U->op != UnaryOpKind::Not || U->isParenthesized())
    return false;
  uint32_t Begin = U->Range.Begin;
  error(DiagId::SyntaxError, Span{Begin, Begin + 3}, ": unexpected 'not'");
  return true;
}

template <typename T>
llvm::ArrayRef<T> AstBuilder::grow(llvm::ArrayRef<T> A, T Item) {
  size_t N = A.size();
  T *Items = const_cast<T *>(A.data());
  // The capacity is max(2, bit_ceil(N)): full at 0 and at powers of two.
  if (N == 0 || (N >= 2 && llvm::isPowerOf2_64(N))) {
    Items = Arena.Allocate<T>(std::max<size_t>(2, N * 2));
    std::uninitialized_copy(A.begin(), A.end(), Items);
  }
  Items[N] = Item;
  return llvm::ArrayRef<T>(Items, N + 1);
}

Expression *AstBuilder::boolOp(BoolOpKind Op, Expression *L, Expression *R,
                               Span Where) {
  auto *B = dyn_cast<BoolOp>(L);
  if (!B || B->op != Op || B->isParenthesized()) {
    B = make<BoolOp>(Where);
    B->op = Op;
    B->values = grow<Expression *>({}, L);
    B->Depth = L->Depth + 1;
  }
  B->values = grow(B->values, R);
  B->Range.End = Where.End;
  // Extending a chain: only the new operand can make it deeper.
  B->Depth = std::max<unsigned>(B->Depth, R->Depth + 1);
  return B->Depth > MaxTreeDepth ? finish(B) : B;
}

Expression *AstBuilder::compare(Expression *L, CmpOpKind Op, Expression *R,
                                Span Where) {
  auto *C = dyn_cast<Compare>(L);
  if (!C || C->isParenthesized()) {
    C = make<Compare>(Where);
    C->left = L;
    C->Depth = L->Depth + 1;
  }
  C->ops = grow(C->ops, Op);
  C->comparators = grow(C->comparators, R);
  C->Range.End = Where.End;
  C->Depth = std::max<unsigned>(C->Depth, R->Depth + 1);
  return C->Depth > MaxTreeDepth ? finish(C) : C;
}

Expression *AstBuilder::ifExp(Expression *Body, Expression *Test,
                              Expression *OrElse, Span Where) {
  IfExp *E = make<IfExp>(Where);
  E->test = Test;
  E->body = Body;
  E->orelse = OrElse;
  return finish(E);
}

Expression *AstBuilder::namedExpr(Expression *Target, Expression *Value,
                                  Span Where) {
  if (!isa<Name>(Target) || Target->isParenthesized())
    error(DiagId::CannotNamedExpr, Span{Target->Range.Begin, Target->Range.End},
          describe(Target));
  else
    static_cast<Name *>(Target)->ctx = ExprContext::Store;
  NamedExpr *N = make<NamedExpr>(Where);
  N->target = Target;
  N->value = Value;
  return finish(N);
}

Expression *AstBuilder::starred(Expression *E, Span Where) {
  Starred *S = make<Starred>(Where);
  S->value = E;
  return finish(S);
}

Expression *AstBuilder::await(Expression *E, Span Where) {
  Await *A = make<Await>(Where);
  A->value = E;
  return finish(A);
}

Expression *AstBuilder::yield(Expression *E, Span Where) {
  Yield *Y = make<Yield>(Where);
  Y->value = E;
  return finish(Y);
}

Expression *AstBuilder::yieldFrom(Expression *E, Span Where) {
  YieldFrom *Y = make<YieldFrom>(Where);
  Y->value = E;
  return finish(Y);
}

Expression *AstBuilder::lambda(NodeList *Params, Expression *Body, Span Where) {
  Lambda *L = make<Lambda>(Where);
  L->args = arguments(Params, Where);
  L->body = Body;
  return finish(L);
}

//===-- Trailers ----------------------------------------------------------===//

Expression *AstBuilder::attribute(Expression *E, const TokenValue *Name,
                                  Span Where) {
  Attribute *A = make<Attribute>(Where);
  A->value = E;
  A->attr = Name->value();
  return finish(A);
}

Keyword *AstBuilder::keyword(Expression *NameExpr, Expression *Value,
                             Span Where) {
  Keyword *K = make<Keyword>(Where);
  if (auto *N = dyn_cast<Name>(NameExpr); N && !N->isParenthesized())
    K->arg = N->id;
  else if (auto *C = dyn_cast<Constant>(NameExpr);
           C && C->value.Kind <= ConstantValue::False)
    error(DiagId::CannotAssign, Span{C->Range.Begin, C->Range.End},
          describe(C));
  else
    error(DiagId::KeywordArgumentNotName,
          Span{NameExpr->Range.Begin, NameExpr->Range.End});
  K->value = Value;
  return finish(K);
}

Keyword *AstBuilder::doubleStar(Expression *Value, Span Where) {
  Keyword *K = make<Keyword>(Where);
  K->value = Value;
  return finish(K);
}

Expression *AstBuilder::call(Expression *Func, NodeList *Args, Span Where,
                             Span Parens) {
  Call *C = make<Call>(Where);
  C->func = Func;
  llvm::SmallVector<Expression *, 8> Positional;
  llvm::SmallVector<Keyword *, 4> Keywords;
  bool SeenKeyword = false, SeenDoubleStar = false;
  for (ListCell *Cell = first(Args); Cell; Cell = Cell->Next) {
    auto *N = static_cast<Node *>(Cell->Item);
    if (auto *K = dyn_cast<Keyword>(N)) {
      (K->arg.empty() ? SeenDoubleStar : SeenKeyword) = true;
      Keywords.push_back(K);
      continue;
    }
    auto *E = static_cast<Expression *>(N);
    Span At{E->Range.Begin, E->Range.End};
    if (isa<Starred>(E)) {
      if (SeenDoubleStar)
        error(DiagId::UnpackingAfterKeywordUnpacking, At);
    } else if (SeenDoubleStar) {
      error(DiagId::PositionalAfterKeyword, At, " unpacking");
    } else if (SeenKeyword) {
      error(DiagId::PositionalAfterKeyword, At, "");
    }
    if (isa<GeneratorExp>(E) && !E->isParenthesized()) {
      if (size(Args) > 1 || trailingComma(Args))
        error(DiagId::GeneratorNotParenthesized, At);
      else if (Parens.End)
        E->Range = Parens; // As CPython: the call's parentheses are its own.
    }
    Positional.push_back(E);
  }
  Expression **P = Arena.Allocate<Expression *>(Positional.size());
  std::copy(Positional.begin(), Positional.end(), P);
  C->args = llvm::ArrayRef<Expression *>(P, Positional.size());
  Keyword **K = Arena.Allocate<Keyword *>(Keywords.size());
  std::copy(Keywords.begin(), Keywords.end(), K);
  C->keywords = llvm::ArrayRef<Keyword *>(K, Keywords.size());
  return finish(C);
}

Expression *AstBuilder::subscript(Expression *E, Expression *Slice,
                                  Span Where) {
  Subscript *S = make<Subscript>(Where);
  S->value = E;
  S->slice = Slice;
  return finish(S);
}

Expression *AstBuilder::subscriptSlice(NodeList *Elements, Span Where) {
  bool LoneStar =
      size(Elements) == 1 &&
      isa<Starred>(static_cast<Expression *>(first(Elements)->Item));
  return tuple(Elements, Where, /*Collapse=*/!LoneStar);
}

Expression *AstBuilder::slice(Expression *Lower, Expression *Upper,
                              Expression *Step, Span Where) {
  Slice *S = make<Slice>(Where);
  S->lower = Lower;
  S->upper = Upper;
  S->step = Step;
  return finish(S);
}

//===-- Comprehensions ----------------------------------------------------===//

Comprehension *AstBuilder::comprehension(bool Async, Expression *Target,
                                         Expression *Iter, NodeList *Ifs,
                                         Span Where) {
  setContext(Target, ExprContext::Store);
  Comprehension *C = make<Comprehension>(Where);
  C->target = Target;
  C->iter = Iter;
  C->ifs = array<Expression>(Ifs);
  C->is_async = Async;
  return finish(C);
}

Expression *AstBuilder::comprehensionExpr(NodeKind Kind, Expression *Elt,
                                          Expression *Value,
                                          NodeList *Generators, Span Where) {
  if (isa<Starred>(Elt))
    error(DiagId::BadWithItem, Span{Elt->Range.Begin, Elt->Range.End},
          "iterable unpacking cannot be used in comprehension");
  llvm::ArrayRef<Comprehension *> Gens = array<Comprehension>(Generators);
  switch (Kind) {
  case NodeKind::ListComp: {
    ListComp *L = make<ListComp>(Where);
    L->elt = Elt;
    L->generators = Gens;
    return finish(L);
  }
  case NodeKind::SetComp: {
    SetComp *S = make<SetComp>(Where);
    S->elt = Elt;
    S->generators = Gens;
    return finish(S);
  }
  case NodeKind::DictComp: {
    DictComp *D = make<DictComp>(Where);
    D->key = Elt;
    D->value = Value;
    D->generators = Gens;
    return finish(D);
  }
  default: {
    GeneratorExp *G = make<GeneratorExp>(Where);
    G->elt = Elt;
    G->generators = Gens;
    return finish(G);
  }
  }
}

//===-- Parameters --------------------------------------------------------===//

ParamItem *AstBuilder::param(ParamItem::KindType Kind, const TokenValue *Name,
                             Expression *Annotation, Expression *Default,
                             Span Where) {
  ParamItem *P = alloc<ParamItem>();
  P->Kind = Kind;
  P->A = nullptr;
  if (Name) {
    Arg *A = make<Arg>(
        Span{Name->Begin, Annotation ? Annotation->Range.End : Name->End});
    A->arg = Name->value();
    A->annotation = Annotation;
    P->A = finish(A);
  }
  P->Default = Default;
  P->Where = Where;
  return P;
}

Arguments *AstBuilder::arguments(NodeList *Params, Span Where) {
  Arguments *Result = make<Arguments>(Where);
  llvm::SmallVector<Arg *, 8> Positional, PosOnly, KwOnly;
  llvm::SmallVector<Expression *, 8> Defaults, KwDefaults;
  bool SeenSlash = false, SeenStar = false, SeenDefault = false;
  const ParamItem *BareStar = nullptr;
  for (ListCell *C = first(Params); C; C = C->Next) {
    auto *P = static_cast<ParamItem *>(C->Item);
    if (Result->kwarg) {
      error(DiagId::BadParameterList, P->Where,
            "arguments cannot follow var-keyword argument");
      continue;
    }
    switch (P->Kind) {
    case ParamItem::Plain:
      if (SeenStar) {
        BareStar = nullptr;
        KwOnly.push_back(P->A);
        KwDefaults.push_back(P->Default);
        break;
      }
      Positional.push_back(P->A);
      if (P->Default) {
        Defaults.push_back(P->Default);
        SeenDefault = true;
      } else if (SeenDefault) {
        error(DiagId::NonDefaultAfterDefault, P->Where);
      }
      break;
    case ParamItem::Slash:
      if (SeenSlash)
        error(DiagId::BadParameterList, P->Where, "/ may appear only once");
      else if (SeenStar)
        error(DiagId::BadParameterList, P->Where, "/ must be ahead of *");
      else if (Positional.empty())
        error(DiagId::BadParameterList, P->Where,
              "at least one argument must precede /");
      SeenSlash = true;
      PosOnly.append(Positional.begin(), Positional.end());
      Positional.clear();
      break;
    case ParamItem::Star:
      if (SeenStar) {
        error(DiagId::BadParameterList, P->Where,
              "* argument may appear only once");
        break;
      }
      SeenStar = true;
      Result->vararg = P->A;
      if (!P->A)
        BareStar = P;
      break;
    case ParamItem::StarStar:
      Result->kwarg = P->A;
      break;
    }
  }
  if (BareStar)
    error(DiagId::BadParameterList, BareStar->Where,
          "named arguments must follow bare *");
  auto Copy = [&](auto &V) {
    using T =
        std::remove_pointer_t<typename std::decay_t<decltype(V)>::value_type>;
    T **Items = Arena.Allocate<T *>(V.size());
    std::copy(V.begin(), V.end(), Items);
    return llvm::ArrayRef<T *>(Items, V.size());
  };
  Result->posonlyargs = Copy(PosOnly);
  Result->args = Copy(Positional);
  Result->kwonlyargs = Copy(KwOnly);
  Result->kw_defaults = Copy(KwDefaults);
  Result->defaults = Copy(Defaults);
  return finish(Result);
}

//===-- Targets -----------------------------------------------------------===//

void AstBuilder::checkTarget(Expression *E, ExprContext Ctx) {
  switch (E->Kind) {
  case NodeKind::Name:
    static_cast<Name *>(E)->ctx = Ctx;
    return;
  case NodeKind::Attribute:
    static_cast<Attribute *>(E)->ctx = Ctx;
    return;
  case NodeKind::Subscript:
    static_cast<Subscript *>(E)->ctx = Ctx;
    return;
  case NodeKind::Starred: {
    auto *S = static_cast<Starred *>(E);
    if (Ctx == ExprContext::Del) {
      error(DiagId::CannotDelete, Span{E->Range.Begin, E->Range.End},
            "starred");
      return;
    }
    // A starred target outside a list or tuple ("*a = b", "for *a in b")
    // is the compiler's error, not the parser's: ast.parse accepts it.
    S->ctx = Ctx;
    checkTarget(S->value, Ctx);
    return;
  }
  case NodeKind::Tuple:
  case NodeKind::List: {
    llvm::ArrayRef<Expression *> Elts;
    if (auto *T = dyn_cast<Tuple>(E)) {
      T->ctx = Ctx;
      Elts = T->elts;
    } else {
      auto *L = static_cast<List *>(E);
      L->ctx = Ctx;
      Elts = L->elts;
    }
    for (Expression *Elt : Elts)
      checkTarget(Elt, Ctx);
    return;
  }
  default: {
    Span At{E->Range.Begin, E->Range.End};
    if (Ctx == ExprContext::Del)
      error(DiagId::CannotDelete, At, describe(E));
    else if (isa<Compare>(E) || isa<NamedExpr>(E))
      error(DiagId::CannotAssignHint, At, describe(E));
    else
      error(DiagId::CannotAssign, At, describe(E));
    return;
  }
  }
}

void AstBuilder::setContext(Expression *E, ExprContext Ctx) {
  checkTarget(E, Ctx);
}

//===-- Statements --------------------------------------------------------===//

Statement *AstBuilder::exprStatement(Expression *E, Span Where) {
  Expr *S = make<Expr>(Where);
  S->value = E;
  return finish(S);
}

Statement *AstBuilder::assign(NodeList *TargetsAndValue, Span Where) {
  Assign *A = make<Assign>(Where);
  NodeList *Targets = list();
  for (ListCell *C = first(TargetsAndValue); C; C = C->Next) {
    auto *E = static_cast<Expression *>(C->Item);
    if (!C->Next) {
      A->value = E;
      break;
    }
    setContext(E, ExprContext::Store);
    Targets = append(Targets, E);
  }
  A->targets = array<Expression>(Targets);
  return finish(A);
}

Statement *AstBuilder::augAssign(Expression *Target, BinOpKind Op,
                                 Expression *Value, Span Where) {
  if (isa<Name>(Target) || isa<Attribute>(Target) || isa<Subscript>(Target))
    setContext(Target, ExprContext::Store);
  else
    error(DiagId::CannotAugAssign, Span{Target->Range.Begin, Target->Range.End},
          describe(Target));
  AugAssign *A = make<AugAssign>(Where);
  A->target = Target;
  A->op = Op;
  A->value = Value;
  return finish(A);
}

Statement *AstBuilder::annAssign(Expression *Target, Expression *Annotation,
                                 Expression *Value, Span Where) {
  Span At{Target->Range.Begin, Target->Range.End};
  if (isa<Tuple>(Target) || isa<List>(Target))
    error(DiagId::CannotAnnotate, At, describe(Target));
  else if (!(isa<Name>(Target) || isa<Attribute>(Target) ||
             isa<Subscript>(Target)))
    error(DiagId::BadWithItem, At, "illegal target for annotation");
  else
    setContext(Target, ExprContext::Store);
  AnnAssign *A = make<AnnAssign>(Where);
  A->target = Target;
  A->annotation = Annotation;
  A->value = Value;
  A->simple = isa<Name>(Target) && !Target->isParenthesized();
  return finish(A);
}

Statement *AstBuilder::del(Expression *Targets, Span Where) {
  Delete *D = make<Delete>(Where);
  // "del a, b" deletes two targets; "del (a, b)" one tuple.
  if (auto *T = dyn_cast<Tuple>(Targets); T && !T->isParenthesized()) {
    for (Expression *E : T->elts)
      setContext(E, ExprContext::Del);
    D->targets = T->elts;
  } else {
    setContext(Targets, ExprContext::Del);
    D->targets = array<Expression>(list(Targets));
  }
  return finish(D);
}

Statement *AstBuilder::returnStmt(Expression *Value, Span Where) {
  Return *R = make<Return>(Where);
  R->value = Value;
  return finish(R);
}

Statement *AstBuilder::raise(Expression *Exc, Expression *Cause, Span Where) {
  Raise *R = make<Raise>(Where);
  R->exc = Exc;
  R->cause = Cause;
  return finish(R);
}

Statement *AstBuilder::global(NodeList *Names, bool IsNonlocal, Span Where) {
  if (IsNonlocal) {
    Nonlocal *N = make<Nonlocal>(Where);
    N->names = identifiers(Names);
    return N;
  }
  Global *G = make<Global>(Where);
  G->names = identifiers(Names);
  return G;
}

Statement *AstBuilder::assertStmt(Expression *Test, Expression *Msg,
                                  Span Where) {
  Assert *A = make<Assert>(Where);
  A->test = Test;
  A->msg = Msg;
  return finish(A);
}

Statement *AstBuilder::simple(NodeKind Kind, Span Where) {
  switch (Kind) {
  case NodeKind::Pass:
    return make<Pass>(Where);
  case NodeKind::Break:
    return make<Break>(Where);
  default:
    return make<Continue>(Where);
  }
}

Alias *AstBuilder::alias(llvm::StringRef Name, const TokenValue *AsName,
                         Span Where) {
  Alias *A = make<Alias>(Where);
  A->name = Name;
  if (AsName)
    A->asname = AsName->value();
  return A;
}

llvm::StringRef AstBuilder::dottedName(NodeList *Parts) {
  if (size(Parts) == 1)
    return static_cast<TokenValue *>(first(Parts)->Item)->value();
  std::string Joined;
  for (ListCell *C = first(Parts); C; C = C->Next) {
    if (C != first(Parts))
      Joined += '.';
    Joined += static_cast<TokenValue *>(C->Item)->value();
  }
  return internName(Joined);
}

Statement *AstBuilder::import(NodeList *Aliases, Span Where) {
  Import *I = make<Import>(Where);
  I->names = array<Alias>(Aliases);
  return finish(I);
}

Statement *AstBuilder::importFrom(int Level, llvm::StringRef Module,
                                  NodeList *Aliases, Span Where) {
  ImportFrom *I = make<ImportFrom>(Where);
  I->module = Module;
  I->names = array<Alias>(Aliases);
  I->level = Level;
  return finish(I);
}

Statement *AstBuilder::typeAlias(const TokenValue *NameTok, NodeList *Params,
                                 Expression *Value, Span Where) {
  TypeAlias *T = make<TypeAlias>(Where);
  Name *N = name(NameTok);
  N->ctx = ExprContext::Store;
  T->name = N;
  T->type_params = array<TypeParam>(Params);
  T->value = Value;
  return finish(T);
}

Statement *AstBuilder::ifStmt(Expression *Test, NodeList *Body,
                              NodeList *OrElse, Span Where) {
  If *I = make<If>(Where);
  I->test = Test;
  I->body = array<Statement>(Body);
  I->orelse = array<Statement>(OrElse);
  return finish(I);
}

Statement *AstBuilder::whileStmt(Expression *Test, NodeList *Body,
                                 NodeList *OrElse, Span Where) {
  While *W = make<While>(Where);
  W->test = Test;
  W->body = array<Statement>(Body);
  W->orelse = array<Statement>(OrElse);
  return finish(W);
}

Statement *AstBuilder::forStmt(bool Async, Expression *Target, Expression *Iter,
                               NodeList *Body, NodeList *OrElse, Span Where) {
  setContext(Target, ExprContext::Store);
  For *F = make<For>(Where);
  if (Async)
    F->Kind = NodeKind::AsyncFor;
  F->target = Target;
  F->iter = Iter;
  F->body = array<Statement>(Body);
  F->orelse = array<Statement>(OrElse);
  return finish(F);
}

ExceptHandler *AstBuilder::handler(bool Star, Expression *Type,
                                   const TokenValue *NameTok, NodeList *Body,
                                   Span Where) {
  ExceptHandler *H = make<ExceptHandler>(Where);
  if (Star)
    H->Flags |= Node::ExceptStar;
  H->type = Type;
  if (NameTok)
    H->name = NameTok->value();
  H->body = array<Statement>(Body);
  return finish(H);
}

Statement *AstBuilder::tryStmt(NodeList *Body, NodeList *Handlers,
                               NodeList *OrElse, NodeList *Finally,
                               Span Where) {
  Try *T = make<Try>(Where);
  T->body = array<Statement>(Body);
  T->handlers = array<ExceptHandler>(Handlers);
  T->orelse = array<Statement>(OrElse);
  T->finalbody = array<Statement>(Finally);
  bool AnyStar = false, AnyPlain = false;
  for (ExceptHandler *H : T->handlers)
    (H->Flags & Node::ExceptStar ? AnyStar : AnyPlain) = true;
  if (AnyStar && AnyPlain)
    error(DiagId::MixedExceptStar, Where);
  else if (AnyStar)
    T->Kind = NodeKind::TryStar;
  return finish(T);
}

WithItem *AstBuilder::withItem(Expression *Context, Expression *Vars,
                               Span Where) {
  WithItem *W = make<WithItem>(Where);
  W->context_expr = Context;
  W->optional_vars = Vars;
  return finish(W);
}

Statement *AstBuilder::with(bool Async, NodeList *Items, NodeList *Body,
                            Span Where) {
  With *W = make<With>(Where);
  if (Async)
    W->Kind = NodeKind::AsyncWith;
  W->items = array<WithItem>(Items);
  W->body = array<Statement>(Body);
  return finish(W);
}

Statement *AstBuilder::functionDef(bool Async, NodeList *Decorators,
                                   const TokenValue *NameTok,
                                   NodeList *TypeParams, Arguments *Args,
                                   Expression *Returns, NodeList *Body,
                                   Span Where) {
  FunctionDef *F = make<FunctionDef>(Where);
  if (Async)
    F->Kind = NodeKind::AsyncFunctionDef;
  F->name = NameTok->value();
  F->args = Args;
  F->body = array<Statement>(Body);
  F->decorator_list = array<Expression>(Decorators);
  F->returns = Returns;
  F->type_params = array<TypeParam>(TypeParams);
  return finish(F);
}

Statement *AstBuilder::classDef(NodeList *Decorators, const TokenValue *NameTok,
                                NodeList *TypeParams, NodeList *Args,
                                NodeList *Body, Span Where) {
  ClassDef *C = make<ClassDef>(Where);
  C->name = NameTok->value();
  // The class's arguments are checked like a call's, but a lone generator
  // expression is not an argument list there: CPython's grammar takes
  // "f(x for x in y)" for a call only.
  if (size(Args) == 1 && !trailingComma(Args)) {
    auto *G = dyn_cast<GeneratorExp>(static_cast<Node *>(first(Args)->Item));
    if (G && !G->isParenthesized()) {
      uint32_t For = G->generators.front()->Range.Begin;
      llvm::StringRef Word = file().text().substr(For).take_while(
          [](char C) { return C >= 'a' && C <= 'z'; });
      error(DiagId::SyntaxError, Span{For, For + uint32_t(Word.size())},
            ": unexpected '" + Word.str() + "'");
    }
  }
  auto *Parsed = static_cast<Call *>(call(nullptr, Args, Where));
  C->bases = Parsed->args;
  C->keywords = Parsed->keywords;
  C->body = array<Statement>(Body);
  C->decorator_list = array<Expression>(Decorators);
  C->type_params = array<TypeParam>(TypeParams);
  return finish(C);
}

Statement *AstBuilder::decorate(NodeList *Decorators, Statement *Def,
                                Span Where) {
  (void)Where; // CPython's definition starts at 'def'/'class', not at '@'.
  llvm::ArrayRef<Expression *> List = array<Expression>(Decorators);
  if (auto *C = dyn_cast<ClassDef>(Def))
    C->decorator_list = List;
  else
    static_cast<FunctionDef *>(Def)->decorator_list = List;
  return finish(Def);
}

TypeParam *AstBuilder::typeParam(NodeKind Kind, const TokenValue *NameTok,
                                 Expression *Bound, Span Where) {
  switch (Kind) {
  case NodeKind::TypeVar: {
    TypeVar *T = make<TypeVar>(Where);
    T->name = NameTok->value();
    T->bound = Bound;
    return finish(T);
  }
  case NodeKind::ParamSpec: {
    ParamSpec *P = make<ParamSpec>(Where);
    P->name = NameTok->value();
    return P;
  }
  default: {
    TypeVarTuple *T = make<TypeVarTuple>(Where);
    T->name = NameTok->value();
    return T;
  }
  }
}

Module *AstBuilder::module(NodeList *Body, Span Where) {
  Module *M = make<Module>(Where);
  M->body = array<Statement>(Body);
  return finish(M);
}

//===-- Pattern matching --------------------------------------------------===//

Statement *AstBuilder::match(Expression *Subject, NodeList *Cases, Span Where) {
  Match *M = make<Match>(Where);
  M->subject = Subject;
  M->cases = array<MatchCase>(Cases);
  return finish(M);
}

MatchCase *AstBuilder::matchCase(Pattern *P, Expression *Guard, NodeList *Body,
                                 Span Where) {
  MatchCase *C = make<MatchCase>(Where);
  C->pattern = P;
  C->guard = Guard;
  C->body = array<Statement>(Body);
  return finish(C);
}

Pattern *AstBuilder::patternFromName(Expression *NameOrAttr) {
  Span Where{NameOrAttr->Range.Begin, NameOrAttr->Range.End};
  if (auto *N = dyn_cast<Name>(NameOrAttr)) {
    MatchAs *A = make<MatchAs>(Where);
    if (N->id != "_")
      A->name = N->id;
    return A;
  }
  return valuePattern(NameOrAttr, Where);
}

Pattern *AstBuilder::valuePattern(Expression *Value, Span Where) {
  // An f-string pattern ("case f'b':") is the compiler's error, not the
  // parser's: ast.parse accepts it.
  MatchValue *M = make<MatchValue>(Where);
  M->value = Value;
  return finish(M);
}

Pattern *AstBuilder::singletonPattern(ConstantValue::KindType K, Span Where) {
  MatchSingleton *M = make<MatchSingleton>(Where);
  M->value.Kind = K;
  return M;
}

Pattern *AstBuilder::asPattern(Pattern *P, const TokenValue *NameTok,
                               Span Where) {
  if (NameTok->value() == "_")
    error(DiagId::BadPattern, Span{NameTok->Begin, NameTok->End},
          "cannot use '_' as a target");
  MatchAs *A = make<MatchAs>(Where);
  A->pattern = P;
  A->name = NameTok->value();
  return finish(A);
}

Pattern *AstBuilder::orPattern(NodeList *Alternatives, Span Where) {
  MatchOr *O = make<MatchOr>(Where);
  O->patterns = array<Pattern>(Alternatives);
  return finish(O);
}

Pattern *AstBuilder::starPattern(const TokenValue *NameTok, Span Where) {
  MatchStar *S = make<MatchStar>(Where);
  if (NameTok->value() != "_")
    S->name = NameTok->value();
  return S;
}

Pattern *AstBuilder::sequencePattern(NodeList *Items, Span Where,
                                     bool Collapse) {
  if (Collapse && size(Items) == 1 && !trailingComma(Items)) {
    auto *Only = static_cast<Pattern *>(first(Items)->Item);
    if (!isa<MatchStar>(Only))
      return Only;
    // "case *a:" and "case (*a):" are no sequence in CPython's grammar: an
    // open or parenthesised sequence needs a comma.
    error(DiagId::BadPattern, Span{Only->Range.Begin, Only->Range.End},
          "invalid syntax: a lone star pattern needs a comma or brackets");
  }
  MatchSequence *S = make<MatchSequence>(Where);
  S->patterns = array<Pattern>(Items);
  return finish(S);
}

Pattern *AstBuilder::mappingPattern(NodeList *Items, const TokenValue *Rest,
                                    Span Where) {
  MatchMapping *M = make<MatchMapping>(Where);
  Expression **Keys = Arena.Allocate<Expression *>(size(Items));
  Pattern **Patterns = Arena.Allocate<Pattern *>(size(Items));
  size_t I = 0;
  for (ListCell *C = first(Items); C; C = C->Next, ++I) {
    auto *Item = static_cast<DictItem *>(C->Item);
    Keys[I] = Item->Key;
    Patterns[I] = static_cast<Pattern *>(Item->Value);
  }
  M->keys = llvm::ArrayRef<Expression *>(Keys, size(Items));
  M->patterns = llvm::ArrayRef<Pattern *>(Patterns, size(Items));
  if (Rest) {
    // CPython's double_star_pattern is a capture target, never '_'.
    if (Rest->value() == "_")
      error(DiagId::BadPattern, Span{Rest->Begin, Rest->End},
            "invalid syntax: '**_' is not allowed in a mapping pattern");
    M->rest = Rest->value();
  }
  return finish(M);
}

Expression *AstBuilder::mappingKey(Expression *NameOrAttr) {
  // Keys are literals or dotted names ("{a.b: 1}"); a plain name would be a
  // capture, which a key cannot be.
  if (isa<Name>(NameOrAttr))
    error(DiagId::BadPattern,
          Span{NameOrAttr->Range.Begin, NameOrAttr->Range.End},
          "invalid syntax: a mapping pattern key must be a literal or a "
          "dotted name");
  return NameOrAttr;
}

PatternArg *AstBuilder::patternArg(const TokenValue *NameTok, Pattern *P,
                                   Span Where) {
  PatternArg *A = alloc<PatternArg>();
  A->Name = NameTok ? NameTok->value() : llvm::StringRef();
  A->Pat = P;
  A->Where = Where;
  return A;
}

Pattern *AstBuilder::classPattern(Expression *Cls, NodeList *Args, Span Where) {
  MatchClass *M = make<MatchClass>(Where);
  M->cls = Cls;
  NodeList *Positional = list(), *KwPatterns = list();
  llvm::SmallVector<llvm::StringRef, 4> KwNames;
  for (ListCell *C = first(Args); C; C = C->Next) {
    auto *A = static_cast<PatternArg *>(C->Item);
    if (A->Name.empty()) {
      if (!KwNames.empty())
        error(DiagId::BadPattern, A->Where,
              "positional patterns follow keyword patterns");
      Positional = append(Positional, A->Pat);
    } else {
      KwNames.push_back(A->Name);
      KwPatterns = append(KwPatterns, A->Pat);
    }
  }
  M->patterns = array<Pattern>(Positional);
  llvm::StringRef *Names = Arena.Allocate<llvm::StringRef>(KwNames.size());
  std::uninitialized_copy(KwNames.begin(), KwNames.end(), Names);
  M->kwd_attrs = llvm::ArrayRef<llvm::StringRef>(Names, KwNames.size());
  M->kwd_patterns = array<Pattern>(KwPatterns);
  return finish(M);
}

Expression *AstBuilder::complexLiteral(Expression *Real, bool Minus,
                                       Expression *Imag, Span Where) {
  auto IsNumber = [](Expression *E, bool WantImaginary) {
    if (auto *U = dyn_cast<UnaryOp>(E))
      E = U->operand;
    auto *C = dyn_cast<Constant>(E);
    return C && (C->value.Kind == ConstantValue::Complex) == WantImaginary;
  };
  if (!IsNumber(Real, false))
    error(DiagId::BadPattern, Span{Real->Range.Begin, Real->Range.End},
          "real number required in complex literal");
  if (!IsNumber(Imag, true))
    error(DiagId::BadPattern, Span{Imag->Range.Begin, Imag->Range.End},
          "imaginary number required in complex literal");
  return binOp(Real, Minus ? BinOpKind::Sub : BinOpKind::Add, Imag, Where);
}

} // namespace schemac::parse
