//===- ParserFuzzer.cpp - libFuzzer target for the lexer and parser ------===//
//
// Each input takes the paths the driver takes with a file: decoding, parsing
// with recovery, both AST dumpers and diagnostic rendering (dump-ast), and
// lexing with comments plus the token dump (dump-tokens), which the parser
// never asks for. The output goes to a null stream, so only crashes,
// sanitizer reports, timeouts and memory blow-ups count as findings.
//
//===----------------------------------------------------------------------===//

#include "lexer/Lexer.h"
#include "parser/Parser.h"
#include "support/Diagnostics.h"
#include "support/SourceFile.h"

#include "llvm/Support/Allocator.h"
#include "llvm/Support/raw_ostream.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

using namespace schemac;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Bytes(reinterpret_cast<const char *>(Data), Size);
  std::unique_ptr<SourceFile> File = SourceFile::fromBytes(Bytes, "<fuzz>");
  // The dumpers still format every line; only the bytes are discarded.
  llvm::raw_ostream &Null = llvm::nulls();

  {
    DiagnosticEngine Diags(*File);
    parse::ParsedFile Parsed = parse::parseFile(*File, Diags);
    parse::dumpAstTree(*Parsed.Module, *File, Null);
    parse::dumpAstPython(*Parsed.Module, Null);
    Diags.print(Null, /*Colors=*/false);
  }
  {
    DiagnosticEngine Diags(*File);
    llvm::BumpPtrAllocator Arena;
    std::vector<lex::Token> Tokens = lex::lexAll(*File, Diags, Arena);
    lex::dumpTokens(Tokens, *File, Null);
    Diags.print(Null, /*Colors=*/false);
  }
  return 0;
}
