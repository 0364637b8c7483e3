//===- Parser.h - Python source to AST ------------------------*- C++ -*-===//
//
// parseFile() lexes and parses one decoded source file into a Module. It
// never fails: syntax errors are reported to the DiagnosticEngine, the
// parser recovers at the next statement, and the Module holds every
// statement it could parse.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PARSER_PARSER_H
#define SCHEMAC_PARSER_PARSER_H

#include "parser/Ast.h"
#include "support/Diagnostics.h"

#include "llvm/Support/Allocator.h"

#include <memory>

namespace schemac::parse {

struct ParsedFile {
  /// Owns every node and every decoded string value of the tree.
  std::unique_ptr<llvm::BumpPtrAllocator> Arena;
  ast::Module *Module = nullptr;
};

ParsedFile parseFile(const SourceFile &File, DiagnosticEngine &Diags);

/// An indented tree, one node per line with its fields and source range.
void dumpAstTree(const ast::Node &Root, const SourceFile &File,
                 llvm::raw_ostream &OS);
/// Exactly what CPython 3.11's ast.dump() prints for the same tree.
void dumpAstPython(const ast::Node &Root, llvm::raw_ostream &OS);

} // namespace schemac::parse

#endif
