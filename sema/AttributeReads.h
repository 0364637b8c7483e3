//===- AttributeReads.h - What a function body reads of names -*- C++ -*-===//
//
// Within sema: the attribute reads of a hybrid's getter or expression, or of
// a method they call, found in its syntax without running it. The
// declarative analyzer resolves each against mapped classes
// (ComputedAttributes.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SEMA_ATTRIBUTEREADS_H
#define SCHEMAC_SEMA_ATTRIBUTEREADS_H

#include "parser/Ast.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <vector>

namespace schemac::sema {

struct AttributeReads {
  /// `Base.Attr`, where Base is a name (the first parameter, or a global
  /// that may be a mapped class).
  struct Read {
    llvm::StringRef Base, Attr;
    /// `Base.__table__.c.Attr`: Attr is a column's key.
    bool IsColumnKey;
    const ast::Node *At;
    /// getattr(cls, name): the expression that gives the name, a variable
    /// or `a or b` of variables and strings (Attr is empty).
    const ast::Expression *Key = nullptr;
    /// `cls.rel.any(...)` / `cls.rel.has(...)`: the call, whose keywords
    /// name attributes of the relationship's target.
    const ast::Call *Criterion = nullptr;
    /// What is read of the value Attr gives, in order: `name` in
    /// `self.customer.name`; ElementOf stands for an element of it, as
    /// `for o in self.orders` binds `o`.
    llvm::SmallVector<llvm::StringRef, 2> Then = {};
  };
  static constexpr llvm::StringLiteral ElementOf = "[]";

  std::vector<Read> Reads;
  /// `from app.blocks import Block` in the body, as code that imports a
  /// model where it runs does to break an import cycle.
  std::vector<std::pair<const ast::ImportFrom *, const ast::Alias *>> Imports;

  /// Reads a function's body: its statements, or a lambda's expression.
  void readBody(llvm::ArrayRef<const ast::Node *> Body);
};

/// The first call in \p Body of select(), case() or exists() with a list
/// as its argument, the 1.x form SQLAlchemy 2.0 raises ArgumentError for
/// (null if none), and the name it calls.
struct ListFormCall {
  const ast::Call *Call = nullptr;
  llvm::StringRef Callee;
};
ListFormCall listFormCall(llvm::ArrayRef<const ast::Node *> Body);

} // namespace schemac::sema

#endif
