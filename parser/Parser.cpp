//===- Parser.cpp ---------------------------------------------------------===//

#include "parser/Parser.h"

#include "parser/Grammar.h"
#include "parser/TokenStream.h"

namespace schemac::parse {

ParsedFile parseFile(const SourceFile &File, DiagnosticEngine &Diags) {
  ParsedFile Result;
  Result.Arena = std::make_unique<llvm::BumpPtrAllocator>();
  lex::Lexer L(File, Diags, *Result.Arena);
  AstBuilder B(Diags, *Result.Arena);
  TokenStream Stream(L, B);
  ParserStacks Stacks;
  yyparse(Stream, B, Result.Module, Stacks);
  // The tokenizer or the error limit may have stopped the report; whoever
  // reports on this file next (sema) is not concerned.
  Diags.resumeReporting();
  // Recovery can fail at the very end of a broken file; the statements
  // before it are lost then, but the caller still gets a tree.
  if (!Result.Module) {
    if (Diags.errorCount() == 0)
      Diags.report(DiagId::SyntaxError, File.text().size(), File.text().size(),
                   "");
    Result.Module = B.module(B.list(), Span{0, uint32_t(File.text().size())});
  }
  return Result;
}

} // namespace schemac::parse
