//===- ComputedAttributes.cpp - What column_property and hybrids read -----===//
//
// Once every class is mapped: the attributes of a mapped class that
// SQLAlchemy computes from columns instead of mapping one -- column_property
// of a SQL expression, hybrid_property / hybrid_method, synonym -- and the
// columns each reads. A column_property's expression was evaluated with the
// class body: the column objects it is built from are what it reads. A
// hybrid's functions are not run (a getter is Python code, over instances):
// their bodies are read for `self.attr` / `cls.attr` and `Model.attr`, each
// resolved to the class's columns, to another computed attribute, or to a
// method or property read in turn. What cannot be resolved is reported.
//
//===----------------------------------------------------------------------===//

#include "sema/AttributeReads.h"
#include "sema/Declarative.h"

#include "parser/AstVisit.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace schemac::sema {

namespace {

/// What a value bound in a mapped class computes, if it is computed.
std::optional<ir::ComputedAttribute::KindType> computedKind(Object *V) {
  // Most values are columns: one look at the class instead of four walks
  // of its MRO.
  if (isColumnObject(V))
    return std::nullopt;
  if (isA(V, "sqlalchemy.orm.ColumnProperty")) {
    // column_property(Column(...)) and deferred(Column(...)) map a column.
    auto *CP = cast<InstanceObj>(V);
    if (!CP->Rest.empty() && isColumnObject(CP->Rest[0]))
      return std::nullopt;
    return ir::ComputedAttribute::ColumnProperty;
  }
  if (isA(V, "sqlalchemy.ext.hybrid.hybrid_property"))
    return ir::ComputedAttribute::HybridProperty;
  if (isA(V, "sqlalchemy.ext.hybrid.hybrid_method"))
    return ir::ComputedAttribute::HybridMethod;
  if (isA(V, "sqlalchemy.orm.Synonym"))
    return ir::ComputedAttribute::Synonym;
  return std::nullopt;
}

} // namespace

void DeclarativeAnalyzer::readExpression(PendingComputed &P, Object *O,
                                         llvm::SmallPtrSetImpl<Object *> &Seen,
                                         Object *&Unknown) {
  if (!O || !Seen.insert(O).second)
    return;
  if (isColumnObject(O)) {
    // A declared_attr reads a mixin's own column objects, which each class
    // using the mixin maps: the class's own table has the one it means.
    for (const MappedInfo *M = &Mapped[P.Mapped]; M && M->Table >= 0;
         M = M->Inherits ? mappedInfo(M->Inherits) : nullptr)
      for (auto &[Obj, Name] : Tables[M->Table].ColumnObjects)
        if (Obj == O) {
          P.Reads.insert({M->Table, Name.str()});
          return;
        }
    if (const ColumnPlace *Owner = columnOwner(O))
      P.Reads.insert({Owner->Table, Owner->Name.str()});
    return;
  }
  if (isa<UnknownObj>(O)) {
    if (!Unknown)
      Unknown = O;
    return;
  }
  if (auto *S = dyn_cast<SequenceObj>(O)) {
    for (Object *Element : S->Elements)
      readExpression(P, Element, Seen, Unknown);
    return;
  }
  if (auto *D = dyn_cast<DictObj>(O)) {
    for (auto &[K, V] : D->Items) {
      readExpression(P, K, Seen, Unknown);
      readExpression(P, V, Seen, Unknown);
    }
    return;
  }
  // A column_property() or deferred() of a class body stands in an
  // expression for what it maps (its __clause_element__): a computed
  // attribute -- of the class or a mapped parent where a mixin gave it to
  // several -- or, bound to none, its expression.
  if (isA(O, "sqlalchemy.orm.ColumnProperty")) {
    if (auto It = ComputedByValue.find(O); It != ComputedByValue.end()) {
      size_t Attribute = It->second.front();
      for (const MappedInfo *M = &Mapped[P.Mapped]; M;
           M = M->Inherits ? mappedInfo(M->Inherits) : nullptr)
        if (auto Own = llvm::find_if(
                It->second,
                [&](size_t Index) {
                  return Mapped[Computed[Index].Mapped].Class == M->Class;
                });
            Own != It->second.end()) {
          Attribute = *Own;
          break;
        }
      if (&Computed[Attribute] != &P)
        P.Through.insert(Attribute);
      return;
    }
    for (Object *Part : cast<InstanceObj>(O)->Rest)
      readExpression(P, Part, Seen, Unknown);
    return;
  }
  // SQL expression objects keep their operands as their arguments; other
  // objects (a Table given to correlate(), a type) read no column.
  if (!isA(O, "sqlalchemy.sql.expression.ClauseElement") &&
      !isA(O, "sqlalchemy.sql.expression.ColumnOperators"))
    return;
  auto *I = cast<InstanceObj>(O);
  for (auto &[Name, V] : I->Args)
    readExpression(P, V, Seen, Unknown);
  for (Object *V : I->Rest)
    readExpression(P, V, Seen, Unknown);
  for (auto &[Name, V] : I->RestKeywords)
    readExpression(P, V, Seen, Unknown);
}

/// The name a getattr() key in \p F's body gives, without running it: a
/// string, a variable of the functions \p F is in or of its module, or
/// `a or b` of those; "" for None; none where it is something else.
static std::optional<llvm::StringRef> keyName(const FunctionObj *F,
                                              const ast::Expression *Key) {
  auto Named = [](const Object *V) -> std::optional<llvm::StringRef> {
    if (auto *S = dyn_cast_or_null<StrObj>(V))
      return llvm::StringRef(S->Value);
    if (isa_and_nonnull<NoneObj>(V))
      return llvm::StringRef();
    return std::nullopt;
  };
  if (auto *C = dyn_cast<ast::Constant>(Key)) {
    if (C->value.Kind == ast::ConstantValue::Str)
      return C->value.Text;
    if (C->value.Kind == ast::ConstantValue::None)
      return llvm::StringRef();
    return std::nullopt;
  }
  if (auto *Or = dyn_cast<ast::BoolOp>(Key)) {
    if (Or->op != ast::BoolOpKind::Or)
      return std::nullopt;
    std::optional<llvm::StringRef> Last;
    for (const ast::Expression *Value : Or->values) {
      Last = keyName(F, Value);
      if (!Last || !Last->empty())
        return Last;
    }
    return Last;
  }
  auto *Variable = dyn_cast<ast::Name>(Key);
  if (!Variable)
    return std::nullopt;
  for (Frame *Fr = F->Enclosing; Fr; Fr = Fr->Enclosing)
    if (auto It = Fr->Locals.find(Variable->id); It != Fr->Locals.end())
      return Named(It->second.Value);
  if (F->Globals)
    if (auto It = F->Globals->Globals.find(Variable->id);
        It != F->Globals->Globals.end())
      return Named(It->second.Value);
  return std::nullopt;
}

void DeclarativeAnalyzer::readFunction(PendingComputed &P, size_t Owner,
                                       Object *Function, bool SqlExpression) {
  // @classmethod under an inplace.expression (2.0).
  if (isA(Function, "builtins.classmethod"))
    Function = cast<InstanceObj>(Function)->arg("fget");
  auto *F = dyn_cast_or_null<FunctionObj>(Function);
  if (!F || !E.syntaxOf(F)) {
    E.report(P.Where, DiagId::UnknownComputedPart, ir::computedKindName(P.Kind),
             P.Name, describeUnknown(Function));
    return;
  }
  if (llvm::is_contained(FunctionsRead, F))
    return;
  const ast::Node *LambdaBody = nullptr;
  llvm::ArrayRef<const ast::Node *> Body;
  if (auto *Def = dyn_cast<ast::FunctionDef>(F->Def))
    Body = ast::asNodes(Def->body);
  else if (auto *Async = dyn_cast<ast::AsyncFunctionDef>(F->Def))
    Body = ast::asNodes(Async->body);
  else if (auto *Lambda = dyn_cast<ast::Lambda>(F->Def))
    Body = LambdaBody = Lambda->body;
  const ModuleUnit *Unit = F->Globals ? F->Globals->Unit : nullptr;
  // Netflix Dispatch's Participant.active_roles: select([Participant]) in
  // a hybrid's expression, which 2.0 never builds.
  if (SqlExpression && rulesOf20())
    if (ListFormCall Removed = listFormCall(Body); Removed.Call) {
      E.report(Unit ? E.locOf(Removed.Call, Unit) : P.Where,
               DiagId::ListFormRemoved20, Removed.Callee,
               ir::computedKindName(P.Kind), P.Name);
      return;
    }
  FunctionsRead.push_back(F);
  const ast::Arguments *Args = F->Args;
  llvm::StringRef Self = !Args->posonlyargs.empty() ? Args->posonlyargs[0]->arg
                         : !Args->args.empty()      ? Args->args[0]->arg
                                                    : "";
  AttributeReads Reads;
  Reads.readBody(Body);
  // The names the body imports, which it reads before its module's.
  llvm::StringMap<Object *> Imported;
  if (F->Globals)
    for (auto [I, A] : Reads.Imports)
      if (A->name != "*")
        Imported[A->asname.empty() ? A->name : A->asname] = E.importedName(
            I, A->name, F->Globals, Unit ? E.locOf(I, Unit) : P.Where);
  for (AttributeReads::Read R : Reads.Reads) {
    SrcLoc At = Unit ? E.locOf(R.At, Unit) : P.Where;
    // Of `self` / `cls`, or of a mapped class the function or its module
    // names (Model.attr).
    std::optional<size_t> Read;
    if (R.Base == Self) {
      Read = Owner;
    } else if (F->Globals) {
      Object *Named = Imported.lookup(R.Base);
      if (!Named)
        if (auto Global = F->Globals->Globals.find(R.Base);
            Global != F->Globals->Globals.end())
          Named = Global->second.Value;
      auto *C = dyn_cast_or_null<ClassObj>(Named);
      if (auto It = C ? MappedIndex.find(C) : MappedIndex.end();
          It != MappedIndex.end())
        Read = It->second;
    }
    if (!Read)
      continue;
    if (R.Key) {
      std::optional<llvm::StringRef> Name = keyName(F, R.Key);
      if (!Name || Name->empty()) {
        E.report(At, DiagId::UnknownComputedPart, ir::computedKindName(P.Kind),
                 P.Name, "getattr(" + R.Base.str() + ", ...)");
        continue;
      }
      R.Attr = *Name;
    }
    readAttribute(P, *Read, R.Attr, R.IsColumnKey, At, R.Criterion, R.Then);
  }
  FunctionsRead.pop_back();
}

void DeclarativeAnalyzer::readAttribute(PendingComputed &P, size_t Owner,
                                        llvm::StringRef Name, bool IsColumnKey,
                                        SrcLoc At, const ast::Call *Criterion,
                                        llvm::ArrayRef<llvm::StringRef> Then) {
  // What the class's module binds under that name, read for the module of
  // the attribute being resolved.
  E.noteAttribute(Mapped[Owner].Class, Name);
  // Python's own attributes (__class__, __table__ itself) are no data.
  if (Name.starts_with("__"))
    return;
  ClassObj *C = Mapped[Owner].Class;
  if (IsColumnKey) {
    if (int Table = Mapped[Owner].Table; Table >= 0)
      if (const llvm::StringRef *Column = Tables[Table].KeyToName.find(Name)) {
        P.Reads.insert({Table, Column->str()});
        return;
      }
    E.report(At, DiagId::UnresolvedComputedRead, ir::computedKindName(P.Kind),
             P.Name, "__table__.c." + Name.str(), C->QualName);
    return;
  }
  // The class's attributes, then its mapped parents'. A joined subclass's
  // column attribute maps its parent's column of that name as well.
  bool Found = false;
  for (const MappedInfo *M = &Mapped[Owner]; M;
       M = M->Inherits ? mappedInfo(M->Inherits) : nullptr) {
    if (M->Table >= 0)
      for (const ir::Column &Col : Tables[M->Table].Table.Columns)
        if (Col.Attribute == Name) {
          P.Reads.insert({M->Table, Col.Name});
          Found = true;
        }
    if (Found)
      continue;
    size_t Index = MappedIndex.lookup(M->Class);
    if (auto It = ComputedIndex.find({Index, Name.str()});
        It != ComputedIndex.end()) {
      if (&Computed[It->second] != &P)
        P.Through.insert(It->second);
      return;
    }
    auto Rel = llvm::find_if(M->Relationships, [&](const ir::Relationship &R) {
      return R.Name == Name;
    });
    if (Rel != M->Relationships.end()) {
      readThroughRelationship(P, Index, *Rel, Criterion, Then, At);
      return;
    }
  }
  if (Found)
    return;
  // A method or property of the class: what it reads.
  const Binding *B = C->lookup(Name);
  Object *V = B ? B->Value : nullptr;
  if (isA(V, "builtins.property"))
    V = cast<InstanceObj>(V)->arg("fget");
  if (isa_and_nonnull<FunctionObj>(V) || isA(V, "builtins.classmethod")) {
    readFunction(P, Owner, V);
    return;
  }
  // Any other class attribute (a constant) is no column; a name the
  // class does not have may be a typo, or an attribute set at run time.
  if (!V || isa<UnknownObj>(V))
    E.report(At, DiagId::UnresolvedComputedRead, ir::computedKindName(P.Kind),
             P.Name, Name.str(), C->QualName);
}

void DeclarativeAnalyzer::resolveComputed(size_t Index) {
  // Computed does not grow while attributes are resolved: P stays valid.
  PendingComputed &P = Computed[Index];
  Heap::OwnerScope ClassModule(H, Mapped[P.Mapped].Class->Owner);
  Evaluator::BudgetScope Budget(E, P.Where);
  auto *I = cast<InstanceObj>(P.Value);
  switch (P.Kind) {
  case ir::ComputedAttribute::ColumnProperty: {
    llvm::SmallPtrSet<Object *, 32> Seen;
    Object *Unknown = nullptr;
    for (Object *Part : I->Rest)
      readExpression(P, Part, Seen, Unknown);
    if (Unknown)
      E.report(P.Where, DiagId::UnknownComputedPart,
               ir::computedKindName(P.Kind), P.Name, describeUnknown(Unknown));
    break;
  }
  case ir::ComputedAttribute::Synonym:
    if (auto *Target = dyn_cast_or_null<StrObj>(I->arg("name")))
      readAttribute(P, P.Mapped, Target->Value, false, P.Where);
    else
      E.report(P.Where, DiagId::UnknownComputedPart,
               ir::computedKindName(P.Kind), P.Name,
               describeUnknown(I->arg("name")));
    break;
  case ir::ComputedAttribute::HybridProperty:
  case ir::ComputedAttribute::HybridMethod: {
    // index_property(attr_name, index): an index into that attribute.
    if (isA(I, "sqlalchemy.ext.indexable.index_property")) {
      Object *AttrName = E.getAttr(I, "attr_name", P.Where);
      if (auto *Target = dyn_cast_or_null<StrObj>(AttrName))
        readAttribute(P, P.Mapped, Target->Value, false, P.Where);
      else
        E.report(P.Where, DiagId::UnknownComputedPart,
                 ir::computedKindName(P.Kind), P.Name,
                 describeUnknown(AttrName));
      break;
    }
    // The getter is what instances run, the expression function what
    // queries run: a change to either's columns breaks the hybrid.
    bool Property = P.Kind == ir::ComputedAttribute::HybridProperty;
    readFunction(P, P.Mapped,
                 E.getAttr(I, Property ? "fget" : "func", P.Where));
    Object *Expr = E.getAttr(I, "expr", P.Where);
    if (!isa<NoneObj>(Expr))
      readFunction(P, P.Mapped, Expr, /*SqlExpression=*/true);
    break;
  }
  }
}

void DeclarativeAnalyzer::resolveComputedAttributes() {
  // Each class's own attributes and those of its unmapped bases (mixins),
  // as Python finds them: the first class in the MRO to bind a name wins.
  // A mapped base's attributes are that class's.
  // Most classes bind none, nor do the mixins every class shares: each
  // class's dictionary is looked through once for any, and only where the
  // class or one of its mixins has one, the MRO name by name.
  llvm::DenseMap<const ClassObj *, bool> BindsComputed;
  auto bindsComputed = [&](const ClassObj *C) {
    auto [It, New] = BindsComputed.try_emplace(C, false);
    if (New)
      It->second = llvm::any_of(C->Dict, [](const auto &Entry) {
        return !Entry.first.starts_with("__") &&
               computedKind(Entry.second.Value);
      });
    return It->second;
  };
  for (size_t Index = 0; Index < Mapped.size(); ++Index) {
    ClassObj *C = Mapped[Index].Class;
    if (Mapped[Index].AbstractConcrete)
      continue;
    // The classes whose attributes are the class's own: up to a mapped base.
    llvm::SmallVector<ClassObj *, 8> Own;
    for (ClassObj *Base : C->Mro) {
      if (Base->IsStub)
        continue;
      if (const MappedInfo *BaseInfo = Base != C ? mappedInfo(Base) : nullptr;
          BaseInfo && !BaseInfo->AbstractConcrete)
        break;
      Own.push_back(Base);
    }
    if (llvm::none_of(Own, bindsComputed))
      continue;
    // Names are internName() copies: one address per name.
    llvm::SmallPtrSet<const char *, 32> Seen;
    for (ClassObj *Base : Own) {
      for (auto &[Name, B] : Base->Dict) {
        if (Name.starts_with("__") || !Seen.insert(Name.data()).second)
          continue;
        if (auto Kind = computedKind(B.Value)) {
          ComputedIndex[{Index, Name.str()}] = Computed.size();
          ComputedByValue[B.Value].push_back(Computed.size());
          PendingComputed P;
          P.Mapped = Index;
          P.Kind = *Kind;
          P.Name = Name;
          P.Value = B.Value;
          P.Where = B.Where;
          Computed.push_back(std::move(P));
        }
      }
    }
  }
  for (size_t Index = 0; Index < Computed.size(); ++Index)
    resolveComputed(Index);
  for (const PendingComputed &P : Computed) {
    ir::ComputedAttribute A;
    A.Kind = P.Kind;
    A.Name = P.Name;
    for (const auto &[Table, Column] : P.Reads)
      A.Reads.push_back(
          {Tables[Table].Table.Schema, Tables[Table].Table.Name, Column});
    llvm::sort(A.Reads);
    for (size_t Index : P.Through)
      A.Through.push_back({Mapped[Computed[Index].Mapped].Class->QualName,
                           Computed[Index].Name});
    llvm::sort(A.Through);
    A.Through.erase(std::unique(A.Through.begin(), A.Through.end()),
                    A.Through.end());
    A.Where = irLoc(P.Where);
    Mapped[P.Mapped].Computed.push_back(std::move(A));
  }
}

} // namespace schemac::sema
