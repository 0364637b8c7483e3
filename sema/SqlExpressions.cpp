//===- SqlExpressions.cpp - SQL expression objects as DDL text ------------===//
//
// The text the DDL compiler writes for the SQL expression objects the
// stubs make (operators, functions, BETWEEN, ~, COLLATE, JSON and ARRAY
// subscripts, literals): what CHECK constraints, expression indexes and
// server defaults say. Names and function calls are marked, for each
// dialect to quote and write its way.
//
//===----------------------------------------------------------------------===//

#include "sema/Declarative.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"

#include <cmath>

namespace schemac::sema {

/// Binding strength of SQL operators, as SQLAlchemy's compiler groups them.
static int sqlPrecedence(llvm::StringRef Op) {
  return llvm::StringSwitch<int>(Op)
      .Case("OR", 2)
      .Case("AND", 3)
      .Cases("=", "!=", "<", "<=", ">", ">=", 5)
      .Cases("IS", "IS NOT", "IN", "NOT IN", "LIKE", 5)
      .Cases("NOT LIKE", "BETWEEN", "BETWEEN SYMMETRIC", "NOT BETWEEN", 5)
      .Cases("NOT BETWEEN SYMMETRIC", "NOT", 5)
      .Case("COLLATE", 4)
      .Cases("->", "->>", 15)
      .Cases("+", "-", 7)
      .Cases("*", "/", "%", 8)
      .Default(10);
}

/// operators.neg's: above every binary operator's.
static constexpr int NegPrecedence = 14;

/// The operator of an expression object sqlTextOf renders, for grouping.
static llvm::StringRef sqlOperatorOf(Object *O) {
  auto *I = dyn_cast_or_null<InstanceObj>(O);
  if (!I)
    return "";
  if (auto *Op = dyn_cast_or_null<StrObj>(I->arg("operator")))
    return Op->Value;
  if (I->Class->isSubclassOf("sqlalchemy.sql.expression.Negation"))
    return "NOT";
  return "";
}

/// The operator ~ turns \p Op into (operators.negate): "" where there is
/// none, and NOT goes before the expression.
static llvm::StringRef negatedOperator(llvm::StringRef Op) {
  return llvm::StringSwitch<llvm::StringRef>(Op)
      .Case("=", "!=")
      .Case("!=", "=")
      .Case("<", ">=")
      .Case("<=", ">")
      .Case(">", "<=")
      .Case(">=", "<")
      .Case("LIKE", "NOT LIKE")
      .Case("NOT LIKE", "LIKE")
      .Case("IN", "NOT IN")
      .Case("NOT IN", "IN")
      .Case("IS", "IS NOT")
      .Case("IS NOT", "IS")
      .Case("BETWEEN", "NOT BETWEEN")
      .Case("BETWEEN SYMMETRIC", "NOT BETWEEN SYMMETRIC")
      .Default("");
}

/// A Python value cast() binds with the type it casts to, rendered by that
/// type's literal processor; "" where SQLAlchemy's raises (str(int("x")),
/// a str as a DateTime) or the analysis does not model it.
std::string DeclarativeAnalyzer::castLiteral(Object *Value, Object *Type) {
  ClassObj *Class = classOrClassOf(Type);
  if (!Class || Class->isSubclassOf("sqlalchemy.types.TypeDecorator"))
    return "";
  if (Class->isSubclassOf("sqlalchemy.types.Integer")) {
    // str(int(value))
    if (auto *I = dyn_cast<IntObj>(Value))
      return std::to_string(I->Value);
    if (auto *B = dyn_cast<BoolObj>(Value))
      return B->Value ? "1" : "0";
    if (auto *F = dyn_cast<FloatObj>(Value); F && std::isfinite(F->Value))
      return std::to_string(static_cast<int64_t>(F->Value));
    int64_t N;
    if (auto *S = dyn_cast<StrObj>(Value);
        S && !llvm::StringRef(S->Value).trim().getAsInteger(10, N))
      return std::to_string(N);
    return "";
  }
  if (Class->isSubclassOf("sqlalchemy.types.Numeric")) {
    // str(value), once decimal.Decimal(value) has taken it.
    if (isa<IntObj, FloatObj>(Value))
      return reprOf(Value);
    double D;
    if (auto *S = dyn_cast<StrObj>(Value);
        S && !llvm::StringRef(S->Value).trim().getAsDouble(D))
      return S->Value;
    return "";
  }
  if (Class->isSubclassOf("sqlalchemy.types.String") &&
      !Class->isSubclassOf("sqlalchemy.types.Enum") && isa<StrObj>(Value))
    return sqlOperandOf(Value, 0, false);
  return "";
}

std::string DeclarativeAnalyzer::describeUnrendered(Object *O) {
  auto *I = dyn_cast<InstanceObj>(O);
  if (I && I->Class->isSubclassOf("sqlalchemy.sql.expression.Cast"))
    if (Object *V = I->arg("expression");
        V && isa<StrObj, IntObj, FloatObj, BoolObj>(V) &&
        castLiteral(V, I->arg("type_")).empty()) {
      ClassObj *Class = classOrClassOf(I->arg("type_"));
      return "cast() of " + reprOf(V) + " to " +
             (Class ? Class->Name : std::string("its type")) +
             ", which SQLAlchemy renders with that type's literal processor: "
             "it raises for this value, or the analysis does not model it";
    }
  return describeUnknown(O);
}

std::string DeclarativeAnalyzer::sqlOperandOf(Object *O, int Precedence,
                                              bool RightOfNonAssociative) {
  // A Python value in an expression is a literal, as the DDL compiler
  // renders bound values (literal_binds).
  if (auto *S = dyn_cast<StrObj>(O))
    return "'" + llvm::join(llvm::split(S->Value, "'"), "''") + "'";
  if (isa<IntObj, FloatObj>(O))
    return reprOf(O);
  if (isa<NoneObj>(O))
    return "NULL";
  // A Python bool binds as a Boolean, as literal(bool) does; true() and
  // false() are one too.
  std::optional<bool> Boolean = booleanConstant(O);
  if (!Boolean && isA(O, "sqlalchemy.sql.expression.BindParameter"))
    if (auto *B = dyn_cast_or_null<BoolObj>(cast<InstanceObj>(O)->arg("value")))
      Boolean = B->Value;
  if (Boolean)
    return ir::markFunction(ir::BooleanFunction, {*Boolean ? "1" : "0"});
  // The list of IN (...).
  if (auto *Seq = dyn_cast<SequenceObj>(O)) {
    std::string Out;
    for (Object *E : Seq->Elements) {
      std::string Item = sqlOperandOf(E, 0, false);
      if (Item.empty())
        return "";
      Out += (Out.empty() ? "" : ", ") + Item;
    }
    return "(" + Out + ")";
  }
  std::string Text = sqlTextOf(O);
  llvm::StringRef Op = sqlOperatorOf(O);
  if (!Text.empty() && !Op.empty() &&
      (sqlPrecedence(Op) < Precedence ||
       (sqlPrecedence(Op) == Precedence && RightOfNonAssociative)))
    return "(" + Text + ")";
  return Text;
}

std::string DeclarativeAnalyzer::enumMemberLiteral(Object *Member,
                                                   Object *Other) {
  auto *M = dyn_cast_or_null<InstanceObj>(Member);
  const ColumnPlace *Place = columnOwner(Other);
  if (!M || !Place || !M->Class->isSubclassOf("enum.Enum"))
    return "";
  const ir::Column *Column =
      Tables[Place->Table].Table.findColumn(Place->Name.str());
  if (!Column)
    return "";
  const ir::SqlType &Type = *Column->Type;
  auto Quoted = [](llvm::StringRef Text) {
    return "'" + llvm::join(llvm::split(Text, "'"), "''") + "'";
  };
  // An Enum of the member's class persists what its lookup maps the member
  // to: the values (names, or values_callable's) zipped with the members in
  // __members__ order, the first place of a member winning.
  if (Type.Class == "Enum" && Type.EnumClass == M->Class->QualName) {
    size_t Position = 0;
    for (auto &[Name, B] : M->Class->Dict) {
      if (!isA(B.Value, "enum.Enum"))
        continue;
      if (B.Value == M)
        return Position < Type.EnumValues.size()
                   ? Quoted(Type.EnumValues[Position])
                   : "";
      ++Position;
    }
    return "";
  }
  // Otherwise the type's own literal of the member: a str enum's member is
  // a str, an int enum's an int.
  Object *Value = M->Attrs.lookup("value").Value;
  bool StringType =
      llvm::is_contained({"String", "Text", "Unicode", "UnicodeText", "VARCHAR",
                          "CHAR", "NVARCHAR", "NCHAR", "TEXT", "CLOB", "Enum"},
                         Type.Class);
  bool IntegerType =
      llvm::is_contained({"Integer", "SmallInteger", "BigInteger", "INTEGER",
                          "INT", "SMALLINT", "BIGINT"},
                         Type.Class);
  if (auto *S = dyn_cast_or_null<StrObj>(Value);
      S && StringType && M->Class->isSubclassOf("builtins.str"))
    return Quoted(S->Value);
  if (auto *N = dyn_cast_or_null<IntObj>(Value);
      N && IntegerType && M->Class->isSubclassOf("builtins.int"))
    return std::to_string(N->Value);
  return "";
}

std::optional<bool> DeclarativeAnalyzer::booleanConstant(const Object *O) {
  if (auto *B = dyn_cast_or_null<BoolObj>(O))
    return B->Value;
  if (isA(O, "sqlalchemy.sql.expression.True_"))
    return true;
  if (isA(O, "sqlalchemy.sql.expression.False_"))
    return false;
  return std::nullopt;
}

std::string DeclarativeAnalyzer::conditionText(Object *O,
                                               const Object *Expression) {
  std::string Text = sqlOperandOf(O, 0, false);
  if (Text.empty())
    return "";
  if (booleanConstant(O) || isBooleanElement(O, Expression))
    return ir::markFunction(ir::TruthFunction, {Text, "1"});
  return Text;
}

bool DeclarativeAnalyzer::isBooleanElement(Object *O,
                                           const Object *Expression) {
  if (auto Since = TypedSince.find(O);
      Since != TypedSince.end() && Expression->Serial <= Since->second)
    return false;
  // cast(x, Boolean) is Boolean too.
  if (auto *I = dyn_cast_or_null<InstanceObj>(O);
      I && I->Class->isSubclassOf("sqlalchemy.sql.expression.Cast")) {
    Object *Type = I->arg("type_");
    if (!Type)
      return false;
    ir::SqlType T = convertType(Type, I->Where);
    return isBooleanType(T);
  }
  const ColumnPlace *Place = columnOwner(O);
  const ir::Column *Column =
      Place ? Tables[Place->Table].Table.findColumn(Place->Name.str())
            : nullptr;
  return Column && isBooleanType(*Column->Type);
}

bool DeclarativeAnalyzer::isBooleanType(const ir::SqlType &T) {
  // A TypeDecorator's affinity is its impl's.
  const ir::SqlType *Type = &T;
  while (Type->Inner && !Type->Opaque && Type->Class != "ARRAY")
    Type = Type->Inner.get();
  return Type->Class == "Boolean" || Type->Class == "BOOLEAN";
}

std::string DeclarativeAnalyzer::sqlTextOf(Object *O,
                                           llvm::StringRef Operator) {
  // O is null where a constructor's call failed (Computed() with a keyword
  // it rejects): no argument was bound.
  if (auto *S = dyn_cast_or_null<StrObj>(O))
    return S->Value;
  auto *I = dyn_cast_or_null<InstanceObj>(O);
  if (!I)
    return "";
  if (auto *T = dyn_cast_or_null<StrObj>(I->arg("text")))
    return T->Value;
  if (I->Class->isSubclassOf("sqlalchemy.sql.expression.Null"))
    return "NULL";
  // literal(value): rendered as the value is; a boolean as each dialect
  // writes true and false (the server default's lowering).
  if (I->Class->isSubclassOf("sqlalchemy.sql.expression.BindParameter")) {
    if (auto *B = dyn_cast_or_null<BoolObj>(I->arg("value")))
      return B->Value ? "true" : "false";
    return sqlOperandOf(I->arg("value"), 0, false);
  }
  // A column object stands for its name, which each dialect quotes as its
  // rules say (marked); one of no table (CKAN's Index(...,
  // func.lower(Column("email")))) for the name it was given.
  if (isColumnObject(I)) {
    if (const ColumnPlace *Owner = columnOwner(I))
      return ir::markIdentifier(Owner->Name);
    if (auto *Name = dyn_cast_or_null<StrObj>(I->arg("name")))
      return ir::markIdentifier(Name->Value);
    if (!I->Rest.empty())
      if (auto *Name = dyn_cast<StrObj>(I->Rest.front()))
        return ir::markIdentifier(Name->Value);
  }
  if (I->Class->isSubclassOf("sqlalchemy.sql.expression.Negation")) {
    Object *Element = I->arg("element");
    // ~true() is false(); not_(True) binds True, a condition to negate.
    if (auto Constant = booleanConstant(Element))
      return isa<BoolObj>(Element)
                 ? ir::markFunction(ir::TruthFunction,
                                    {ir::markFunction(ir::BooleanFunction,
                                                      {*Constant ? "1" : "0"}),
                                     "0"})
                 : ir::markFunction(ir::BooleanFunction,
                                    {*Constant ? "0" : "1"});
    // ~~flag: AsBoolean's negation is the flag as a condition again.
    if (auto *Inner = dyn_cast_or_null<InstanceObj>(Element);
        Inner &&
        Inner->Class->isSubclassOf("sqlalchemy.sql.expression.Negation") &&
        isBooleanElement(Inner->arg("element"), Inner))
      return conditionText(Inner->arg("element"), Inner);
    if (isBooleanElement(Element, I)) {
      std::string Operand = sqlOperandOf(Element, 0, false);
      return Operand.empty()
                 ? ""
                 : ir::markFunction(ir::TruthFunction, {Operand, "0"});
    }
    auto *Inner = dyn_cast_or_null<InstanceObj>(Element);
    llvm::StringRef Negated = negatedOperator(sqlOperatorOf(Element));
    if (Inner && !Negated.empty() &&
        (Inner->Class->isSubclassOf(
             "sqlalchemy.sql.expression.BinaryExpression") ||
         Inner->Class->isSubclassOf("sqlalchemy.sql.expression.Between")))
      return sqlTextOf(Inner, Negated);
    std::string Operand = sqlOperandOf(Element, sqlPrecedence("NOT"), false);
    return Operand.empty() ? "" : "NOT " + Operand;
  }
  if (I->Class->isSubclassOf("sqlalchemy.sql.expression.Negative")) {
    std::string Operand = sqlOperandOf(I->arg("element"), NegPrecedence, false);
    return Operand.empty() ? "" : "-" + Operand;
  }
  // cast(x, type): the dialect writes the type (CAST(x AS SIGNED INTEGER)
  // on MySQL).
  if (I->Class->isSubclassOf("sqlalchemy.sql.expression.Cast")) {
    Object *Operand = I->arg("expression");
    Object *Type = I->arg("type_");
    if (!Operand || !Type)
      return "";
    std::string E = isa<StrObj, IntObj, FloatObj, BoolObj>(Operand)
                        ? castLiteral(Operand, Type)
                        : sqlOperandOf(Operand, 0, false);
    if (E.empty())
      return "";
    ir::SqlType T = convertType(Type, I->Where);
    if (T.isUnknown())
      return "";
    return ir::markCast(E, T, !sqlOperatorOf(Operand).empty());
  }
  if (I->Class->isSubclassOf("sqlalchemy.sql.expression.Collation")) {
    auto *Name = dyn_cast_or_null<StrObj>(I->arg("collation"));
    std::string E =
        sqlOperandOf(I->arg("expression"), sqlPrecedence("COLLATE"), false);
    if (!Name || E.empty())
      return "";
    // The collation's name is quoted as an identifier is (format_collation).
    return E + " COLLATE " + ir::markIdentifier(Name->Value);
  }
  if (I->Class->isSubclassOf("sqlalchemy.sql.expression.IndexedElement")) {
    // What indexing a column means is its type's: a JSON element (->, or
    // ->> for its text, as PostgreSQL writes it) or an ARRAY item.
    Object *Expr = I->arg("expression");
    const ColumnPlace *Place = columnOwner(Expr);
    const ir::Column *Col =
        Place ? Tables[Place->Table].Table.findColumn(Place->Name.str())
              : nullptr;
    std::string Left = sqlOperandOf(Expr, sqlPrecedence("->"), false);
    std::string Index = sqlOperandOf(I->arg("index"), 0, false);
    if (!Col || Left.empty() || Index.empty())
      return "";
    llvm::StringRef Class = Col->Type->Class;
    bool AsText = truthValue(I->arg("as_text")) == 1;
    // 2.0 (its later releases, for PostgreSQL 14 on) subscripts a JSONB
    // element: data['kind'].
    if (Class == "JSONB" && !AsText && rulesOf20())
      return Left + "[" + Index + "]";
    if (Class == "JSON" || Class == "JSONB")
      return Left + (AsText ? " ->> " : " -> ") + Index;
    if (Class == "ARRAY" && isa<IntObj>(I->arg("index")))
      return Left + "[" + Index + "]";
    return "";
  }
  if (I->Class->isSubclassOf("sqlalchemy.sql.expression.Between")) {
    auto *OpObj = dyn_cast_or_null<StrObj>(I->arg("operator"));
    if (!OpObj)
      return "";
    llvm::StringRef Op = Operator.empty() ? OpObj->Value : Operator;
    int P = sqlPrecedence(Op);
    std::string E = sqlOperandOf(I->arg("expression"), P, false);
    std::string Low = sqlOperandOf(I->arg("lower"), P, false);
    std::string High = sqlOperandOf(I->arg("upper"), P, false);
    if (E.empty() || Low.empty() || High.empty())
      return "";
    return E + " " + Op.str() + " " + Low + " AND " + High;
  }
  if (I->Class->isSubclassOf("sqlalchemy.sql.expression.BinaryExpression")) {
    auto *OpObj = dyn_cast_or_null<StrObj>(I->arg("operator"));
    if (!OpObj)
      return "";
    std::string Op = Operator.empty() ? OpObj->Value : Operator.str();
    Object *Right = I->arg("right");
    // col == None is IS NULL.
    if (Right && isa<NoneObj>(Right) && (Op == "=" || Op == "!="))
      Op = Op == "=" ? "IS" : "IS NOT";
    int P = sqlPrecedence(Op);
    Object *Left = I->arg("left");
    std::string L = enumMemberLiteral(Left, Right);
    if (L.empty())
      L = sqlOperandOf(Left, P, false);
    std::string R = enumMemberLiteral(Right, Left);
    if (R.empty())
      R = sqlOperandOf(Right, P, Op == "-" || Op == "/" || Op == "%");
    if (L.empty() || R.empty())
      return "";
    // The compiler brackets NOT IN always (visit_not_in_op_binary: its
    // empty form is an OR).
    if (Op == "NOT IN")
      return "(" + L + " " + Op + " " + R + ")";
    return L + " " + Op + " " + R;
  }
  if (I->Class->isSubclassOf("sqlalchemy.sql.expression.BooleanClauseList")) {
    auto *OpObj = dyn_cast_or_null<StrObj>(I->arg("operator"));
    if (!OpObj)
      return "";
    // BooleanClauseList._process_clauses_for_boolean: and_() leaves out a
    // true() (or True), or_() a false(), unless nothing else is left; the
    // other constant decides the whole; a lone clause is a condition of
    // its own, as is a Boolean column among several.
    bool And = OpObj->Value == "AND";
    llvm::SmallVector<Object *, 4> Kept;
    Object *Neutral = nullptr;
    for (Object *Clause : I->Rest) {
      std::optional<bool> Constant = booleanConstant(Clause);
      if (Constant && *Constant == And) {
        Neutral = Clause;
        continue;
      }
      if (Constant) {
        Kept = {Clause};
        break;
      }
      Kept.push_back(Clause);
    }
    if (Kept.empty() && Neutral)
      Kept.push_back(Neutral);
    if (Kept.size() == 1)
      return conditionText(Kept.front(), I);
    std::string Out;
    for (Object *Clause : Kept) {
      std::string C = sqlOperandOf(Clause, sqlPrecedence(OpObj->Value), false);
      if (C.empty())
        return "";
      if (isBooleanElement(Clause, I))
        C = ir::markFunction(ir::TruthFunction, {C, "1"});
      Out += (Out.empty() ? "" : " " + OpObj->Value + " ") + C;
    }
    return Out;
  }
  if (I->Class->isSubclassOf("sqlalchemy.sql.expression.UnaryExpression")) {
    auto *Modifier = dyn_cast_or_null<StrObj>(I->arg("modifier"));
    std::string Element = sqlTextOf(I->arg("element"));
    if (!Modifier || Element.empty())
      return "";
    return Element + " " + Modifier->Value;
  }
  // What @compiles functions render, where a single text must do: the
  // same on every dialect, or none.
  if (hasCompilesFunction(I->Class) &&
      I->Class->isSubclassOf("sqlalchemy.sql.expression.ClauseElement")) {
    auto Texts =
        compiledRenderings(I, "sqlalchemy.sql.compiler.SQLCompiler", I->Where);
    if (Texts.size() != std::size(RenderedDialects) ||
        llvm::any_of(Texts, [&](auto &T) { return T.Text != Texts[0].Text; }))
      return "";
    return Texts[0].Text;
  }
  // A call, for each dialect to write its way.
  if (I->Class->isSubclassOf("sqlalchemy.sql.expression.Function")) {
    std::string Name = functionNameOf(I);
    std::vector<std::string> Args;
    if (Name.empty() || !functionArgumentsOf(I, Args))
      return "";
    return ir::markFunction(Name, Args);
  }
  return "";
}

std::string DeclarativeAnalyzer::projectReprOf(Object *V) {
  auto *I = dyn_cast<InstanceObj>(V);
  const Binding *Repr = I ? I->Class->lookup("__repr__") : nullptr;
  auto *F = Repr ? dyn_cast<FunctionObj>(Repr->Value) : nullptr;
  if (!F || F->IsStub)
    return reprOf(V);
  CallArgs Args;
  Args.Positional.push_back(I);
  auto *S = dyn_cast<StrObj>(E.call(F, Args, V->Where));
  return S ? S->Value : "";
}

bool DeclarativeAnalyzer::functionArgumentsOf(const InstanceObj *F,
                                              std::vector<std::string> &Out) {
  for (Object *A : F->Rest) {
    std::string Arg = sqlOperandOf(A, 0, false);
    if (Arg.empty())
      return false;
    Out.push_back(std::move(Arg));
  }
  return true;
}

std::string DeclarativeAnalyzer::functionNameOf(const InstanceObj *F) {
  if (auto *Name = dyn_cast_or_null<StrObj>(F->arg("name")))
    return Name->Value;
  // GenericFunction's metaclass names each subclass by its own `name`, else
  // by the class.
  if (!F->Class->isSubclassOf("sqlalchemy.sql.functions.GenericFunction"))
    return "";
  auto Own = F->Class->Dict.find("name");
  if (Own != F->Class->Dict.end())
    if (auto *Name = dyn_cast<StrObj>(Own->second.Value))
      return Name->Value;
  return F->Class->Name;
}

} // namespace schemac::sema
