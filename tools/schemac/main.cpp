//===- main.cpp - The schemac driver --------------------------------------===//
//
// Wires the phases together per subcommand; no analysis lives here.
//
//===----------------------------------------------------------------------===//

#include "ir/Printer.h"
#include "lexer/Lexer.h"
#include "parser/Parser.h"
#include "passes/DdlEmitter.h"
#include "passes/ErDiagram.h"
#include "passes/SchemaEmitter.h"
#include "sema/Sema.h"
#include "support/Diagnostics.h"
#include "support/PythonFiles.h"
#include "tools/schemac/Commands.h"
#include "tools/schemac/HeapPrefault.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Compiler.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/ThreadPool.h"
#include "llvm/Support/Threading.h"
#include "llvm/Support/Timer.h"
#include "llvm/Support/WithColor.h"

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <malloc.h>
#ifdef SCHEMAC_HAVE_MIMALLOC
#include <mimalloc.h>
#endif
#include <mutex>
#include <optional>

using namespace schemac;
namespace cl = llvm::cl;

const char *const schemac::NoCacheDescription =
    "Analyse the models afresh, neither reading nor writing the analysis "
    "cache (SCHEMAC_CACHE_DIR, default ~/.cache/schemac)";

sema::AnalysisResult &schemac::keepBeforeExit(sema::AnalysisResult Result) {
  auto Kept = std::make_unique<sema::AnalysisResult>(std::move(Result));
  if (LLVM_ADDRESS_SANITIZER_BUILD) {
    // Freed at exit, so that the leak checker sees nothing left behind.
    // The diff's two sides are analysed on two threads.
    static std::mutex Lock;
    static std::vector<std::unique_ptr<sema::AnalysisResult>> AtExit;
    std::lock_guard<std::mutex> Guard(Lock);
    AtExit.push_back(std::move(Kept));
    return *AtExit.back();
  }
  return *Kept.release();
}

sema::AnalysisResult &schemac::analyzeBeforeExit(sema::ProjectOptions Options) {
  // A leak checker would report what is left on purpose.
  Options.DisableFree = !LLVM_ADDRESS_SANITIZER_BUILD;
  static HeapPrefault Prefault;
  Options.BeforeEvaluation = [](uint64_t SourceBytes) {
    Prefault.prepareForSource(SourceBytes);
  };
  Options.BeforeCacheRead = [](uint64_t EntryBytes) {
    Prefault.prepareForCacheEntry(EntryBytes);
  };
  return keepBeforeExit(sema::analyzeProject(Options));
}

std::string schemac::analysisCacheDir(bool NoCache) {
  if (NoCache)
    return "";
  if (const char *Dir = std::getenv("SCHEMAC_CACHE_DIR"))
    return Dir;
  llvm::SmallString<256> Dir;
  if (!llvm::sys::path::cache_directory(Dir))
    return "";
  llvm::sys::path::append(Dir, "schemac");
  return Dir.str().str();
}

namespace {

cl::OptionCategory SchemacCategory("schemac options");

cl::SubCommand DumpTokensCommand("dump-tokens",
                                 "Print the tokens of a Python source file");
cl::SubCommand DumpAstCommand("dump-ast",
                              "Print the syntax tree of a Python source file");
cl::SubCommand ParseCommand(
    "parse", "Parse every .py file under the given paths and report errors");

cl::SubCommand SchemaCommand(
    "schema", "Print the schema the SQLAlchemy models under the paths define");
cl::SubCommand
    DumpIrCommand("dump-ir",
                  "Print the schema IR of the models, after sema or a pass");

cl::opt<std::string> TokensInput(cl::Positional, cl::Required,
                                 cl::desc("<file.py | ->"),
                                 cl::sub(DumpTokensCommand));

enum class AstFormat { Tree, Python };
cl::list<std::string> AstInputs(cl::Positional, cl::OneOrMore,
                                cl::desc("<file.py | ->..."),
                                cl::sub(DumpAstCommand));
cl::opt<AstFormat> AstFormatOption(
    "format", cl::desc("Output format"), cl::init(AstFormat::Tree),
    cl::values(clEnumValN(AstFormat::Tree, "tree",
                          "an indented tree with source ranges (default)"),
               clEnumValN(AstFormat::Python, "python",
                          "what CPython 3.11's ast.dump() prints")),
    cl::sub(DumpAstCommand), cl::cat(SchemacCategory));

cl::list<std::string> ParseInputs(cl::Positional, cl::OneOrMore,
                                  cl::desc("<file or directory>..."),
                                  cl::sub(ParseCommand));
cl::opt<unsigned> Jobs("j",
                       cl::desc("Files parsed in parallel (default: one per "
                                "core)"),
                       cl::init(0), cl::Prefix, cl::sub(ParseCommand),
                       cl::cat(SchemacCategory));
cl::opt<bool> Quiet("quiet", cl::desc("Print diagnostics only, no summary"),
                    cl::sub(ParseCommand), cl::cat(SchemacCategory));

cl::list<std::string> SchemaInputs(cl::Positional, cl::OneOrMore,
                                   cl::desc("<package or file>..."),
                                   cl::sub(SchemaCommand),
                                   cl::sub(DumpIrCommand));
cl::list<std::string>
    SchemaRoots("root",
                cl::desc("A source root: module names are relative to it "
                         "(default: detected from the paths)"),
                cl::sub(SchemaCommand), cl::sub(DumpIrCommand),
                cl::cat(SchemacCategory));
cl::opt<std::string>
    SchemaDialect("dialect", cl::desc("postgresql (default), mysql or sqlite"),
                  cl::init("postgresql"), cl::sub(SchemaCommand),
                  cl::sub(DumpIrCommand), cl::cat(SchemacCategory));
enum class SchemaFormat { Text, Json, Ddl, Mermaid, Dot };
cl::opt<SchemaFormat> SchemaFormatOption(
    "format", cl::desc("Output format"), cl::init(SchemaFormat::Text),
    cl::values(clEnumValN(SchemaFormat::Text, "text", "a readable summary"),
               clEnumValN(SchemaFormat::Json, "json",
                          "the schema document (docs/output-formats.md)"),
               clEnumValN(SchemaFormat::Ddl, "ddl",
                          "the CREATE statements SQLAlchemy's create_all "
                          "emits"),
               clEnumValN(SchemaFormat::Mermaid, "mermaid",
                          "an ER diagram for Mermaid (key columns, foreign "
                          "keys)"),
               clEnumValN(SchemaFormat::Dot, "dot",
                          "an ER diagram for Graphviz")),
    cl::sub(SchemaCommand), cl::cat(SchemacCategory));
cl::list<std::string> DiagramTables(
    "tables",
    cl::desc("Draw only these tables and their neighbours by foreign key "
             "(mermaid, dot)"),
    cl::CommaSeparated, cl::value_desc("table,..."), cl::sub(SchemaCommand),
    cl::cat(SchemacCategory));
cl::opt<unsigned> SchemaJobs("j",
                             cl::desc("Threads that parse files, and that "
                                      "analyse an edit's modules side by side "
                                      "(default: one per core)"),
                             cl::init(0), cl::Prefix, cl::sub(SchemaCommand),
                             cl::sub(DumpIrCommand), cl::cat(SchemacCategory));
cl::opt<std::string> SqlAlchemyVersion(
    "sqlalchemy",
    cl::desc("The SQLAlchemy release the models run on: 1.4 or 2.0 "
             "(default: as the project's lock or requirements files say)"),
    cl::value_desc("release"), cl::sub(SchemaCommand), cl::sub(DumpIrCommand),
    cl::cat(SchemacCategory));
cl::opt<bool>
    TimePhases("time-phases",
               cl::desc("Print the time each phase took on stderr, and why "
                        "an edit was not analysed from the cache"),
               cl::sub(SchemaCommand), cl::sub(DumpIrCommand),
               cl::cat(SchemacCategory));
cl::opt<bool> NoCache("no-cache", cl::desc(NoCacheDescription),
                      cl::sub(SchemaCommand), cl::sub(DumpIrCommand),
                      cl::cat(SchemacCategory));
cl::opt<std::string> PrintAfter(
    "print-after",
    cl::desc("Print the IR after this lowering pass instead of after sema "
             "(passes: schema-types, naming)"),
    cl::sub(DumpIrCommand), cl::cat(SchemacCategory));
cl::opt<bool> PrintAfterAll("print-after-all",
                            cl::desc("Print the IR after sema and after "
                                     "every lowering pass"),
                            cl::sub(DumpIrCommand), cl::cat(SchemacCategory));

// LLVM's own --color option decides, defaulting to "on a terminal".
bool useColors() { return llvm::WithColor(llvm::errs()).colorsEnabled(); }

/// Reads a file, or standard input for "-"; the name is what diagnostics
/// print.
std::unique_ptr<SourceFile> loadSource(llvm::StringRef Path) {
  if (Path == "-") {
    auto Buffer = llvm::MemoryBuffer::getSTDIN();
    if (!Buffer) {
      llvm::WithColor::error(llvm::errs(), "schemac")
          << "cannot read standard input: " << Buffer.getError().message()
          << "\n";
      return nullptr;
    }
    return SourceFile::fromBytes((*Buffer)->getBuffer(), "<stdin>");
  }
  auto File = SourceFile::open(Path, Path);
  if (!File) {
    llvm::WithColor::error(llvm::errs(), "schemac")
        << llvm::toString(File.takeError()) << "\n";
    return nullptr;
  }
  return std::move(*File);
}

int runDumpTokens() {
  std::unique_ptr<SourceFile> File = loadSource(TokensInput);
  if (!File)
    return 2;
  DiagnosticEngine Diags(*File);
  llvm::BumpPtrAllocator Arena;
  std::vector<lex::Token> Tokens = lex::lexAll(*File, Diags, Arena);
  lex::dumpTokens(Tokens, *File, llvm::outs());
  llvm::outs().flush();
  Diags.print(llvm::errs(), useColors());
  return Diags.errorCount() ? 1 : 0;
}

int runDumpAst() {
  // Several files, each under a header as head(1) prints them: one process
  // for a whole corpus.
  bool Headers = AstInputs.size() > 1;
  int Status = 0;
  for (const std::string &Input : AstInputs) {
    if (Headers)
      llvm::outs() << "==> " << Input << " <==\n";
    std::unique_ptr<SourceFile> File = loadSource(Input);
    if (!File) {
      Status = 2;
      continue;
    }
    DiagnosticEngine Diags(*File);
    parse::ParsedFile Parsed = parse::parseFile(*File, Diags);
    if (AstFormatOption == AstFormat::Python)
      parse::dumpAstPython(*Parsed.Module, llvm::outs());
    else
      parse::dumpAstTree(*Parsed.Module, *File, llvm::outs());
    llvm::outs().flush();
    Diags.print(llvm::errs(), useColors());
    if (Diags.errorCount() && !Status)
      Status = 1;
  }
  return Status;
}

struct FileResult {
  std::string Diagnostics;
  unsigned Errors = 0;
  size_t Bytes = 0;
  size_t Lines = 0;
  bool Unreadable = false;
};

int runParse() {
  std::vector<std::string> Files;
  std::vector<std::string> InputErrors;
  collectPythonFiles(
      ParseInputs,
      [](llvm::StringRef Dir) {
        return Dir.starts_with(".") || Dir == "__pycache__";
      },
      Files, InputErrors);
  for (const std::string &E : InputErrors)
    llvm::WithColor::error(llvm::errs(), "schemac") << E << "\n";
  bool InputsOk = InputErrors.empty();
  std::vector<FileResult> Results(Files.size());
  bool Colors = useColors();

  auto Start = std::chrono::steady_clock::now();
  {
    llvm::DefaultThreadPool Pool(llvm::hardware_concurrency(Jobs));
    for (size_t I = 0; I < Files.size(); ++I)
      Pool.async([&, I] {
        FileResult &R = Results[I];
        auto File = SourceFile::open(Files[I], Files[I]);
        if (!File) {
          R.Diagnostics = "error: " + llvm::toString(File.takeError()) + "\n";
          R.Unreadable = true;
          return;
        }
        DiagnosticEngine Diags(**File);
        parse::parseFile(**File, Diags);
        llvm::raw_string_ostream OS(R.Diagnostics);
        Diags.print(OS, Colors);
        R.Errors = Diags.errorCount();
        R.Bytes = (*File)->rawSize();
        llvm::StringRef Text = (*File)->text();
        R.Lines = Text.count('\n') + (!Text.empty() && !Text.ends_with("\n"));
      });
    Pool.wait();
  }
  double Seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - Start)
          .count();

  size_t Bytes = 0, Lines = 0, Errors = 0, FilesWithErrors = 0;
  for (const FileResult &R : Results) {
    llvm::errs() << R.Diagnostics;
    Bytes += R.Bytes;
    Lines += R.Lines;
    Errors += R.Errors + R.Unreadable;
    FilesWithErrors += R.Errors || R.Unreadable;
  }
  if (!Quiet)
    llvm::outs() << fmt::format(
        "{} files, {} lines, {} bytes: {} errors in {} files ({:.3f} s, "
        "{:.1f} MB/s)\n",
        Files.size(), Lines, Bytes, Errors, FilesWithErrors, Seconds,
        Seconds > 0 ? Bytes / Seconds / 1e6 : 0.0);
  if (!InputsOk)
    return 2;
  return FilesWithErrors ? 1 : 0;
}

/// Prints diagnostics the lowering passes found, clang-style at their
/// source.
void printLoweringDiagnostics(const sema::AnalysisResult &Result,
                              llvm::ArrayRef<ir::Diagnostic> Diags,
                              bool Colors) {
  for (const ir::Diagnostic &Diag : Diags) {
    auto U = llvm::find_if(Result.Units, [&](const auto &U) {
      return U->DisplayPath == Diag.Where.File;
    });
    if (U == Result.Units.end()) {
      llvm::WithColor::warning(llvm::errs(), "schemac") << Diag.Message << "\n";
      continue;
    }
    const SourceFile &File = *(*U)->File;
    const std::vector<uint32_t> &Starts = File.lineStarts();
    uint32_t Begin = 0;
    if (Diag.Where.Line >= 1 && Diag.Where.Line <= Starts.size())
      Begin = std::min<size_t>(Starts[Diag.Where.Line - 1] + Diag.Where.Col - 1,
                               File.text().size());
    DiagnosticEngine Engine(File);
    Engine.report(Diag.Severity == ir::Diagnostic::Error
                      ? DiagId::LoweringError
                      : DiagId::DialectTypeProblem,
                  Begin, Begin, Diag.Message);
    Engine.print(llvm::errs(), Colors);
  }
}

int runSchemaCommand(bool DumpIr) {
  std::optional<passes::Dialect> D = passes::parseDialect(SchemaDialect);
  if (!D) {
    llvm::WithColor::error(llvm::errs(), "schemac")
        << "unknown dialect '" << SchemaDialect
        << "'; expected postgresql, mysql or sqlite\n";
    return 2;
  }
  if (!SqlAlchemyVersion.empty() && SqlAlchemyVersion != "1.4" &&
      SqlAlchemyVersion != "2.0") {
    llvm::WithColor::error(llvm::errs(), "schemac")
        << "unknown SQLAlchemy release '" << SqlAlchemyVersion
        << "'; expected 1.4 or 2.0\n";
    return 2;
  }
  sema::ProjectOptions Options;
  Options.SqlAlchemyVersion = SqlAlchemyVersion;
  Options.Paths = SchemaInputs;
  Options.Roots = SchemaRoots;
  Options.Jobs = SchemaJobs;
  Options.TimePhases = TimePhases;
  Options.CacheDir = analysisCacheDir(NoCache);
  sema::AnalysisResult &Result = analyzeBeforeExit(std::move(Options));
  for (const std::string &E : Result.InputErrors)
    llvm::WithColor::error(llvm::errs(), "schemac") << E << "\n";
  if (!Result.InputErrors.empty())
    return 2;
  if (TimePhases && !Result.CachedEditRefused.empty())
    llvm::WithColor::remark(llvm::errs(), "schemac")
        << "the project was analysed whole, not from the cached analysis "
           "before the edit: "
        << Result.CachedEditRefused << "\n";

  // Every unit's diagnostics, printed clang-style and kept for the JSON.
  bool Colors = useColors();
  bool Errors = false;
  for (const auto &U : Result.Units) {
    if (U->IsStub)
      continue;
    U->Diags->print(llvm::errs(), Colors);
    for (const Diagnostic &Diag : U->Diags->diagnostics()) {
      ir::Diagnostic Out;
      Out.Severity = static_cast<ir::Diagnostic::SeverityKind>(Diag.Level);
      Errors |= Diag.Level == Severity::Error;
      Out.Message = Diag.Message;
      LineColumn LC = U->File->lineColumn(
          std::min<size_t>(Diag.Begin, U->File->text().size()));
      Out.Where = {U->DisplayPath, LC.Line, LC.Column};
      Result.Schema.Diagnostics.push_back(std::move(Out));
    }
  }
  if (DumpIr) {
    if (!PrintAfter.empty() &&
        !llvm::is_contained(passes::loweringPassNames(), PrintAfter)) {
      llvm::WithColor::error(llvm::errs(), "schemac")
          << "unknown pass '" << PrintAfter << "' for --print-after\n";
      return 2;
    }
    auto Banner = [](llvm::StringRef Pass) {
      llvm::outs() << "// -----// IR Dump After " << Pass << " //----- //\n";
    };
    if (PrintAfterAll)
      Banner("sema");
    if (PrintAfterAll || PrintAfter.empty())
      ir::printSchema(Result.Schema, llvm::outs());
    passes::lowerSchema(Result.Schema, *D,
                        [&](llvm::StringRef Pass, const ir::Schema &S) {
                          if (!PrintAfterAll && Pass != PrintAfter)
                            return;
                          if (PrintAfterAll)
                            Banner(Pass);
                          ir::printSchema(S, llvm::outs());
                        });
    return Errors ? 1 : 0;
  }
  {
    llvm::NamedRegionTimer T("lower", "Lower to the dialect", "schemac",
                             "schemac phases", TimePhases);
    // What the passes say (a name the naming convention cannot make, a type
    // the dialect cannot render) goes to stderr as sema's does.
    size_t Before = Result.Schema.Diagnostics.size();
    passes::lowerSchema(Result.Schema, *D);
    passes::checkColumnDdl(Result.Schema, *D);
    llvm::ArrayRef<ir::Diagnostic> Lowering =
        llvm::ArrayRef(Result.Schema.Diagnostics).drop_front(Before);
    printLoweringDiagnostics(Result, Lowering, Colors);
    Errors |= llvm::any_of(Lowering, [](const ir::Diagnostic &D) {
      return D.Severity == ir::Diagnostic::Error;
    });
  }
  llvm::NamedRegionTimer T("emit", "Emit", "schemac", "schemac phases",
                           TimePhases);
  switch (SchemaFormatOption) {
  case SchemaFormat::Json:
    passes::emitSchemaJson(Result.Schema, *D, llvm::outs());
    break;
  case SchemaFormat::Ddl:
    passes::emitSchemaDdl(Result.Schema, *D, llvm::outs());
    break;
  case SchemaFormat::Text:
    passes::emitSchemaText(Result.Schema, *D, llvm::outs());
    break;
  case SchemaFormat::Mermaid:
  case SchemaFormat::Dot: {
    passes::DiagramFocus Focus;
    Focus.Tables.assign(DiagramTables.begin(), DiagramTables.end());
    std::vector<std::string> Unknown =
        passes::unknownFocusTables(Result.Schema, Focus);
    if (!Unknown.empty()) {
      llvm::WithColor::error(llvm::errs(), "schemac")
          << "no table named '" << llvm::join(Unknown, "', '")
          << "' in the schema\n";
      return 2;
    }
    if (SchemaFormatOption == SchemaFormat::Mermaid)
      passes::emitSchemaMermaid(Result.Schema, *D, Focus, llvm::outs());
    else
      passes::emitSchemaDot(Result.Schema, *D, Focus, llvm::outs());
    break;
  }
  }
  llvm::outs().flush();
  return Errors ? 1 : 0;
}

} // namespace

#if LLVM_ADDRESS_SANITIZER_BUILD
// The sanitizer build instruments our code but links Debian's prebuilt,
// uninstrumented LLVMSupport. BumpPtrAllocator is a header template used by
// both: the linker keeps our instrumented slab allocation, which poisons new
// slabs, while LLVM's own inlined fast path (the YAML parser's nodes) never
// unpoisons what it hands out -- a false use-after-poison. Manual poisoning is
// therefore off; ASan's own checks are not affected.
extern "C" const char *__asan_default_options() {
  return "allow_user_poisoning=0";
}
#endif

int main(int Argc, char **Argv) {
  llvm::InitLLVM X(Argc, Argv);
  // The analysis of a large project allocates some hundred megabytes, most
  // of it on the evaluation thread, whose malloc arena grows a page per
  // mprotect by default: 140,000 system calls for 20,000 models. Growing it
  // 64 MiB at a time takes a tenth of the run time off.
  mallopt(M_TOP_PAD, 64 << 20);
#ifdef SCHEMAC_HAVE_MIMALLOC
  // By default each thread's first segment is committed a MiB at a time,
  // with mprotect: that takes the address space's lock for writing, waits
  // for HeapPrefault's populating to let go of it, and every page fault of
  // the other threads waits behind it. Committed at once instead, it comes
  // from the prefaulted arena like the rest (20,000 models: the evaluation
  // thread slept 0.09 s a run on average, now 0.04 s).
  mi_option_set(mi_option_eager_commit_delay, 0);
#endif
  cl::HideUnrelatedOptions(SchemacCategory);
  cl::SetVersionPrinter(
      [](llvm::raw_ostream &OS) { OS << "schemac " SCHEMAC_VERSION "\n"; });
  // Usage errors exit with 2, so that 1 keeps meaning "errors in the input".
  if (!cl::ParseCommandLineOptions(
          Argc, Argv,
          "schemac: reads SQLAlchemy models the way a compiler does\n",
          &llvm::errs()))
    return 2;

  if (DumpTokensCommand)
    return runDumpTokens();
  if (DumpAstCommand)
    return runDumpAst();
  if (ParseCommand)
    return runParse();
  if (diffCommandSelected())
    return runDiffCommand();
  if (lineageCommandSelected())
    return runLineageCommand();
  if (SchemaCommand || DumpIrCommand) {
    int Status = runSchemaCommand(/*DumpIr=*/static_cast<bool>(DumpIrCommand));
    if (TimePhases) {
      llvm::TimerGroup::printAll(llvm::errs());
      // Printed: the groups' destructors at exit must not print them again.
      llvm::TimerGroup::clearAll();
    }
    return Status;
  }
  llvm::errs() << "schemac: no subcommand given; see 'schemac --help'\n";
  return 2;
}
