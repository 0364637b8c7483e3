//===- SemaFuzzer.cpp - libFuzzer target over the whole schema pipeline ---===//
//
// The input is a small project: its text split into modules at lines
// "#--- path.py" (a single module "models.py" without such lines). Each is
// parsed, evaluated against the library stubs, mapped by the declarative
// analysis, lowered for every dialect and emitted as JSON, text and IR
// dump. The evaluator's step and depth limits must hold for any input:
// libFuzzer's -timeout turns a runaway evaluation into a finding.
//
//===----------------------------------------------------------------------===//

#include "ir/Printer.h"
#include "passes/SchemaEmitter.h"
#include "sema/Sema.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <cstddef>
#include <cstdint>

using namespace schemac;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Input(reinterpret_cast<const char *>(Data), Size);
  sema::ProjectOptions Options;
  Options.Jobs = 1;
  std::string Path = "models.py";
  while (!Input.empty()) {
    size_t Marker = Input.find("#--- ");
    llvm::StringRef Text = Input.take_front(Marker);
    if (!Text.empty() || Marker == llvm::StringRef::npos)
      Options.Sources.emplace_back(Path, Text.str());
    if (Marker == llvm::StringRef::npos)
      break;
    llvm::StringRef Rest = Input.drop_front(Marker + 5);
    auto [Name, After] = Rest.split('\n');
    Path = Name.trim().str();
    if (Path.empty() || !llvm::StringRef(Path).ends_with(".py"))
      Path += ".py";
    Input = After;
  }
  sema::AnalysisResult Result = sema::analyzeProject(Options);
  for (passes::Dialect D : {passes::Dialect::PostgreSQL, passes::Dialect::MySQL,
                            passes::Dialect::SQLite}) {
    ir::Schema Schema = Result.Schema;
    passes::lowerSchema(Schema, D);
    passes::emitSchemaJson(Schema, D, llvm::nulls());
    passes::emitSchemaText(Schema, D, llvm::nulls());
    ir::printSchema(Schema, llvm::nulls());
  }
  for (const auto &U : Result.Units)
    if (!U->IsStub)
      U->Diags->print(llvm::nulls(), false);
  return 0;
}
