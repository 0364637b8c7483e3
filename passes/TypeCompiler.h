//===- TypeCompiler.h - SQLAlchemy's type compilers, in C++ ----*- C++ -*-===//
//
// Internal to DialectLowering. One compiler per dialect, each a port of
// SQLAlchemy 2.0's GenericTypeCompiler subclass for that dialect: given an IR
// type, it returns the text type.compile(dialect=...) returns, or says that
// SQLAlchemy raises instead. What to render then is DialectLowering's policy,
// not the compilers'.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_TYPECOMPILER_H
#define SCHEMAC_PASSES_TYPECOMPILER_H

#include "ir/Schema.h"
#include "passes/DialectLowering.h"
#include "passes/TypeClasses.h"

#include "llvm/ADT/StringRef.h"

#include <string>

namespace schemac::passes::detail {

/// The outcome of compiling a type for one dialect.
struct TypeCompilation {
  enum StatusKind : uint8_t {
    /// Text is what SQLAlchemy renders.
    Rendered,
    /// SQLAlchemy raises UnsupportedCompilationError (or fails the same way
    /// on a missing attribute): the dialect's compiler has no visit method
    /// for this class. Text is empty.
    Unsupported,
    /// SQLAlchemy raises CompileError for these arguments (a VARCHAR without
    /// a length on MySQL, a PostgreSQL ENUM without a name). Text is the
    /// nearest rendering that would succeed.
    Invalid,
    /// A class schemac does not know, or one sema could not see through.
    Unknown,
  };
  StatusKind Status = Rendered;
  std::string Text;
  /// For anything but Rendered: why, in SQLAlchemy's words where it has some.
  std::string Reason;

  bool rendered() const { return Status == Rendered; }
};

/// Compiles \p Type as SQLAlchemy 2.0's type compiler for \p D does. A
/// TypeDecorator (a type with an Inner that is not an ARRAY) compiles as its
/// impl.
TypeCompilation compileType(const ir::SqlType &Type, Dialect D);

/// \p ItemText followed by the [] of each of \p Array's dimensions, placed
/// before a COLLATE clause, as PGTypeCompiler.visit_ARRAY does.
std::string renderArrayOf(llvm::StringRef ItemText, const ir::SqlType &Array);

} // namespace schemac::passes::detail

#endif // SCHEMAC_PASSES_TYPECOMPILER_H
