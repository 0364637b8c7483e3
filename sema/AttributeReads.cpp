//===- AttributeReads.cpp - What a function body reads of names -----------===//
//
// A hybrid's functions are not run: their syntax is read for `self.attr`,
// `cls.attr` and `Model.attr`, chains of them (`self.customer.name`), and
// the same through the names a loop or an assignment binds to one
// (`o.amount for o in self.orders`, `c = self.customer`).
//
//===----------------------------------------------------------------------===//

#include "sema/AttributeReads.h"

#include "parser/AstVisit.h"

#include "llvm/ADT/StringMap.h"

namespace schemac::sema {

using llvm::dyn_cast;
using llvm::isa;

namespace {

/// The names the body binds once to an expression: by a loop (an element
/// of it) or an assignment. One bound twice stands for nothing known.
struct LocalBindings {
  struct Bound {
    const ast::Expression *Value;
    bool Element;
  };
  llvm::StringMap<Bound> Names;

  void bind(const ast::Expression *Target, const ast::Expression *Value,
            bool Element) {
    auto *Name = dyn_cast<ast::Name>(Target);
    if (!Name)
      return;
    auto [It, New] = Names.try_emplace(Name->id, Bound{Value, Element});
    if (!New)
      It->second.Value = nullptr;
  }
  void read(llvm::ArrayRef<const ast::Node *> Body) {
    for (const ast::Node *Statement : Body)
      ast::forEachNode(Statement, [&](const ast::Node *N) {
        if (auto *C = dyn_cast<ast::Comprehension>(N))
          bind(C->target, C->iter, true);
        else if (auto *F = dyn_cast<ast::For>(N))
          bind(F->target, F->iter, true);
        else if (auto *A = dyn_cast<ast::Assign>(N);
                 A && A->targets.size() == 1)
          bind(A->targets[0], A->value, false);
        return true;
      });
  }
};

struct ReadsVisitor {
  AttributeReads &Out;
  const LocalBindings &Locals;
  ReadsVisitor(AttributeReads &Out, const LocalBindings &Locals)
      : Out(Out), Locals(Locals) {}

  /// `Base.a.b` as Base and [a, b], through the names bound to such a
  /// chain; false for what is no chain of a name.
  bool chainOf(const ast::Expression *E, llvm::StringRef &Base,
               llvm::SmallVectorImpl<llvm::StringRef> &Attrs,
               unsigned Depth = 0) {
    llvm::SmallVector<llvm::StringRef, 4> Reversed;
    while (auto *A = dyn_cast<ast::Attribute>(E)) {
      Reversed.push_back(A->attr);
      E = A->value;
    }
    auto *Name = dyn_cast<ast::Name>(E);
    if (!Name)
      return false;
    auto Bound = Locals.Names.find(Name->id);
    // Bindings may chain (`for i in o.items`), not without end.
    if (Bound != Locals.Names.end() && Bound->second.Value && Depth < 8 &&
        chainOf(Bound->second.Value, Base, Attrs, Depth + 1)) {
      if (Bound->second.Element)
        Attrs.push_back(AttributeReads::ElementOf);
    } else {
      Base = Name->id;
    }
    Attrs.append(Reversed.rbegin(), Reversed.rend());
    return true;
  }

  void walk(const ast::Node *N) {
    ast::forEachNode(N,
                     [this](const ast::Node *Below) { return enter(Below); });
  }

  /// Notes what \p N reads; false where that is all of it.
  bool enter(const ast::Node *N) {
    if (auto *I = dyn_cast<ast::ImportFrom>(N)) {
      for (const ast::Alias *A : I->names)
        Out.Imports.push_back({I, A});
      return false;
    }
    if (auto *C = dyn_cast<ast::Call>(N)) {
      // getattr(cls, "_name"), and getattr(cls, name) in a function a
      // factory makes for the name it is given (Indico's override_attr:
      // `getattr(self, check_attr_name or own_attr_name)`).
      auto *Callee = dyn_cast<ast::Name>(C->func);
      if (Callee && Callee->id == "getattr" &&
          (C->args.size() == 2 || C->args.size() == 3) && C->keywords.empty())
        if (auto *Base = dyn_cast<ast::Name>(C->args[0])) {
          auto *Literal = dyn_cast<ast::Constant>(C->args[1]);
          if (Literal && Literal->value.Kind == ast::ConstantValue::Str)
            Out.Reads.push_back({Base->id, Literal->value.Text, false, C});
          else
            Out.Reads.push_back({Base->id, {}, false, C, C->args[1]});
          for (size_t K = 2; K < C->args.size(); ++K)
            walk(C->args[K]);
          return false;
        }
      // cls.rel.any(Child.x > 0) and cls.rel.has(flag=True) render an
      // EXISTS over the relationship's join condition.
      auto *Method = dyn_cast<ast::Attribute>(C->func);
      auto *Rel = Method && (Method->attr == "any" || Method->attr == "has")
                      ? dyn_cast<ast::Attribute>(Method->value)
                      : nullptr;
      if (auto *Base = Rel ? dyn_cast<ast::Name>(Rel->value) : nullptr) {
        Out.Reads.push_back({Base->id, Rel->attr, false, Rel, nullptr, C});
        for (const ast::Expression *Arg : C->args)
          walk(Arg);
        for (const ast::Keyword *K : C->keywords)
          walk(K->value);
        return false;
      }
    }
    if (auto *A = dyn_cast<ast::Attribute>(N);
        A && A->ctx == ast::ExprContext::Load) {
      // Name.__table__.c.key: the column of that key.
      auto *Columns = dyn_cast<ast::Attribute>(A->value);
      auto *Table =
          Columns ? dyn_cast<ast::Attribute>(Columns->value) : nullptr;
      auto *TableOf = Table ? dyn_cast<ast::Name>(Table->value) : nullptr;
      if (TableOf && Table->attr == "__table__" &&
          (Columns->attr == "c" || Columns->attr == "columns")) {
        Out.Reads.push_back({TableOf->id, A->attr, true, A});
        return false;
      }
      llvm::StringRef Base;
      llvm::SmallVector<llvm::StringRef, 4> Attrs;
      if (chainOf(A, Base, Attrs)) {
        AttributeReads::Read R{Base, Attrs.front(), false, A};
        R.Then.assign(Attrs.begin() + 1, Attrs.end());
        Out.Reads.push_back(std::move(R));
        return false;
      }
    }
    return true;
  }
};

} // namespace

ListFormCall listFormCall(llvm::ArrayRef<const ast::Node *> Body) {
  ListFormCall Found;
  for (const ast::Node *Statement : Body)
    ast::forEachNode(Statement, [&](const ast::Node *N) {
      auto *C = dyn_cast<ast::Call>(N);
      if (Found.Call || !C || C->args.empty() ||
          !isa<ast::List>(C->args.front()))
        return !Found.Call;
      llvm::StringRef Callee;
      if (auto *Name = dyn_cast<ast::Name>(C->func))
        Callee = Name->id;
      else if (auto *A = dyn_cast<ast::Attribute>(C->func))
        Callee = A->attr;
      if (Callee == "select" || Callee == "case" || Callee == "exists")
        Found = {C, Callee};
      return !Found.Call;
    });
  return Found;
}

void AttributeReads::readBody(llvm::ArrayRef<const ast::Node *> Body) {
  LocalBindings Locals;
  Locals.read(Body);
  ReadsVisitor V(*this, Locals);
  for (const ast::Node *Statement : Body)
    V.walk(Statement);
}

} // namespace schemac::sema
