//===- LineageCommand.cpp - schemac lineage -------------------------------===//
//
// What depends on a table, column or mapped class of the models (or what it
// depends on): the analysis, then a walk of the lineage graph, while a new
// analysis is written to the cache.
//
//===----------------------------------------------------------------------===//

#include "tools/schemac/Commands.h"

#include "passes/DbtManifest.h"
#include "passes/DiffConfig.h"
#include "passes/Impact.h"
#include "passes/Lineage.h"
#include "passes/SchemaEmitter.h"
#include "sema/Sema.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/Timer.h"
#include "llvm/Support/WithColor.h"

#include <csignal>
#include <optional>
#include <sysexits.h>
#include <thread>

using namespace schemac;
namespace cl = llvm::cl;

namespace {

cl::SubCommand LineageCommand(
    "lineage", "What depends on a table or column of the models, and what it "
               "depends on");
cl::OptionCategory LineageCategory("schemac lineage options");

cl::opt<std::string> Element(cl::Positional, cl::Required,
                             cl::desc("<table | table.column | module.Class | "
                                      "module.Class.attribute>"),
                             cl::sub(LineageCommand));
cl::list<std::string> Paths(cl::Positional, cl::OneOrMore,
                            cl::desc("<package or file>..."),
                            cl::sub(LineageCommand));
cl::opt<bool> Upstream("upstream",
                       cl::desc("What the element depends on (default: what "
                                "depends on it, --downstream)"),
                       cl::sub(LineageCommand), cl::cat(LineageCategory));
cl::opt<bool> Downstream("downstream",
                         cl::desc("What depends on the element (the default)"),
                         cl::sub(LineageCommand), cl::cat(LineageCategory));
cl::opt<unsigned> Depth("depth",
                        cl::desc("At most this many steps away (default: no "
                                 "limit)"),
                        cl::init(0), cl::sub(LineageCommand),
                        cl::cat(LineageCategory));
cl::opt<passes::LineageFormat>
    Format("format", cl::desc("Output format"),
           cl::init(passes::LineageFormat::Text),
           cl::values(clEnumValN(passes::LineageFormat::Text, "text",
                                 "one line per element (default)"),
                      clEnumValN(passes::LineageFormat::Json, "json",
                                 "the elements as JSON"),
                      clEnumValN(passes::LineageFormat::Dot, "dot",
                                 "a Graphviz graph"),
                      clEnumValN(passes::LineageFormat::Mermaid, "mermaid",
                                 "a Mermaid flowchart")),
           cl::sub(LineageCommand), cl::cat(LineageCategory));
cl::list<std::string> Roots("root",
                            cl::desc("A source root (default: detected from "
                                     "the paths)"),
                            cl::sub(LineageCommand), cl::cat(LineageCategory));
cl::opt<std::string>
    SqlAlchemy("sqlalchemy",
               cl::desc("The SQLAlchemy release the models run on: 1.4 or "
                        "2.0 (default: as the project declares)"),
               cl::value_desc("release"), cl::sub(LineageCommand),
               cl::cat(LineageCategory));
cl::opt<bool> NoCache("no-cache", cl::desc(NoCacheDescription),
                      cl::sub(LineageCommand), cl::cat(LineageCategory));
cl::opt<bool> TimePhases("time-phases",
                         cl::desc("Print the time each phase took on stderr"),
                         cl::sub(LineageCommand), cl::cat(LineageCategory));

cl::opt<std::string> ConfigFile(
    "config",
    cl::desc("The policy file whose consumers and dbt manifest count "
             "(default: schemac.yaml in the current directory or above)"),
    cl::value_desc("file"), cl::sub(LineageCommand), cl::cat(LineageCategory));
cl::opt<std::string>
    DbtManifestPath("dbt-manifest",
                    cl::desc("A dbt manifest.json: the models, snapshots and "
                             "exposures that read the element"),
                    cl::value_desc("file"), cl::sub(LineageCommand),
                    cl::cat(LineageCategory));

void error(const llvm::Twine &Message) {
  llvm::WithColor::error(llvm::errs(), "schemac") << Message << "\n";
}

} // namespace

bool schemac::lineageCommandSelected() {
  return static_cast<bool>(LineageCommand);
}

/// The lineage of the element the command names, printed; the exit status.
static int answerLineage(const sema::AnalysisResult &Result, PolicyLoad *Load) {
  for (const std::string &E : Result.InputErrors)
    error(E);
  if (!Result.InputErrors.empty())
    return 2;
  // What the analysis could not follow may be missing from the answer:
  // said in one line, as a real project's settings module alone can give
  // hundreds of warnings, which `schema` prints.
  size_t Warnings = 0, Errors = 0;
  for (const auto &U : Result.Units)
    if (!U->IsStub)
      for (const Diagnostic &D : U->Diags->diagnostics()) {
        Warnings += D.Level == Severity::Warning;
        Errors += D.Level == Severity::Error;
      }
  auto Count = [](size_t N, llvm::StringRef What) {
    return std::to_string(N) + " " + What.str() + (N == 1 ? "" : "s");
  };
  if (Warnings || Errors)
    llvm::WithColor::note(llvm::errs(), "schemac")
        << "the analysis of the models gave "
        << (Errors && Warnings
                ? Count(Errors, "error") + " and " + Count(Warnings, "warning")
            : Errors ? Count(Errors, "error")
                     : Count(Warnings, "warning"))
        << ", which `schemac schema` prints: what they concern may be "
           "missing here\n";
  // Lowering names constraints and adds the CHECKs of Enum and Boolean
  // types: neither is an element of the graph, so it is left out.
  std::optional<llvm::NamedRegionTimer> WalkTimer(
      std::in_place, "lineage", "Walk the lineage graph", "schemac",
      "schemac phases", TimePhases);
  passes::LineageGraph Graph(Result.Schema);
  std::optional<unsigned> Root = Graph.find(Element);
  if (!Root) {
    std::vector<std::string> Meant = Graph.suggest(Element);
    std::string Hint;
    for (size_t I = 0; I < Meant.size(); ++I)
      Hint += (I == 0                  ? "; did you mean '"
               : I + 1 == Meant.size() ? "' or '"
                                       : "', '") +
              Meant[I];
    if (!Hint.empty())
      Hint += "'?";
    error("no table, column, mapped class or computed attribute named '" +
          Element + "' in the models" + Hint);
    return 2;
  }
  std::vector<passes::LineageEdge> Walk =
      Graph.walk(*Root, /*Downstream=*/!Upstream, Depth);

  // Downstream of a table or column: the consumers outside the models too.
  std::vector<passes::ImpactEntry> Consumers;
  passes::LineageNode::KindType RootKind = Graph.node(*Root).Kind;
  if (Load && (RootKind == passes::LineageNode::Table ||
               RootKind == passes::LineageNode::Column)) {
    Policy *Loaded = Load->take();
    if (!Loaded)
      return 2;
    Consumers = passes::consumersOf(Graph, Loaded->Config.Consumers, Element);
    warnIfManifestReadsNone(*Loaded, passes::Dialect::PostgreSQL,
                            {&Result.Schema});
    if (Loaded->Dbt) {
      // The element as the database names it: [schema.]table[.column].
      const ir::Table *Table = nullptr;
      std::optional<std::string> Column;
      for (const ir::Table &T : Result.Schema.Tables) {
        std::string Q = T.qualifiedName();
        if (Element == Q) {
          Table = &T;
        } else if (llvm::StringRef(Element).starts_with(Q + ".") &&
                   T.findColumn(Element.substr(Q.size() + 1))) {
          Table = &T;
          Column = Element.substr(Q.size() + 1);
        }
      }
      passes::setKnownColumns(*Loaded->Dbt, passes::Dialect::PostgreSQL,
                              Loaded->Config.DbtSchemas, Result.Schema.Tables);
      if (Table)
        llvm::append_range(
            Consumers,
            passes::dbtReaders(*Loaded->Dbt, passes::Dialect::PostgreSQL,
                               Loaded->Config.DbtSchemas, Table->Schema,
                               Table->Name, Column));
    }
  }
  WalkTimer.reset();
  llvm::NamedRegionTimer EmitTimer("emit", "Emit", "schemac", "schemac phases",
                                   TimePhases);
  passes::emitLineage(Graph, *Root, !Upstream, Walk, Consumers, Format,
                      llvm::outs());
  llvm::outs().flush();
  return 0;
}

int schemac::runLineageCommand() {
  if (Upstream && Downstream) {
    error("--upstream and --downstream go separately");
    return 2;
  }
  if (!SqlAlchemy.empty() && SqlAlchemy != "1.4" && SqlAlchemy != "2.0") {
    error("unknown SQLAlchemy release '" + SqlAlchemy +
          "'; expected 1.4 or 2.0");
    return 2;
  }
  sema::ProjectOptions Options;
  Options.Paths = Paths;
  Options.Roots = Roots;
  Options.SqlAlchemyVersion = SqlAlchemy;
  Options.CacheDir = analysisCacheDir(NoCache);
  Options.DeferCacheWrite = true;
  Options.TimePhases = TimePhases;
  // Downstream of a table or column, the consumers outside the models
  // too: their policy is read while the models are analysed.
  std::optional<PolicyLoad> Load;
  if (!Upstream)
    Load.emplace(ConfigFile, DbtManifestPath);
  sema::AnalysisResult &Result = analyzeBeforeExit(std::move(Options));
  // The lineage only reads the analysis: a new one is written to the cache
  // meanwhile, rather than before the answer. A reader that stops early
  // (`| head`) must not end the process halfway through the write, as the
  // broken pipe's signal would: writes fail instead, and once the cache is
  // written the exit status is the one that signal's handler gives.
  struct sigaction IgnorePipe = {}, SavedPipe;
  IgnorePipe.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &IgnorePipe, &SavedPipe);
  std::thread CacheWriter([&Result] { sema::writeAnalysisCache(Result); });
  int Status = answerLineage(Result, Load ? &*Load : nullptr);
  llvm::outs().flush();
  CacheWriter.join();
  sigaction(SIGPIPE, &SavedPipe, nullptr);
  if (TimePhases) {
    llvm::TimerGroup::printAll(llvm::errs());
    llvm::TimerGroup::clearAll();
  }
  if (llvm::outs().has_error() || llvm::errs().has_error()) {
    llvm::outs().clear_error();
    llvm::errs().clear_error();
    return EX_IOERR;
  }
  return Status;
}
