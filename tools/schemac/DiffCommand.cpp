//===- DiffCommand.cpp - schemac diff -------------------------------------===//
//
// Wires the two sides of a diff (directories, or git revisions read through
// libgit2) through sema and the lowering passes, then SchemaDiff and an
// emitter. Exit status: 0 no breaking change, 1 breaking changes (or
// warnings with --strict), 2 a usage or input error.
//
//===----------------------------------------------------------------------===//

#include "tools/schemac/Commands.h"

#include "ir/Compare.h"
#include "passes/DbtManifest.h"
#include "passes/DiffConfig.h"
#include "passes/DiffEmitter.h"
#include "passes/DiffPolicy.h"
#include "passes/ErDiagram.h"
#include "passes/SchemaDiff.h"
#include "passes/SchemaEmitter.h"
#include "sema/Sema.h"
#include "support/GitRepository.h"
#include "support/PythonFiles.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/WithColor.h"

#include <map>
#include <thread>

using namespace schemac;
namespace cl = llvm::cl;

namespace {

cl::SubCommand
    DiffCommand("diff",
                "Report the schema changes between two versions of the models");
cl::OptionCategory DiffCategory("schemac diff options");

cl::list<std::string>
    DiffInputs(cl::Positional, cl::ZeroOrMore,
               cl::desc("<old dir> <new dir> | [<path in the repository>...]"),
               cl::sub(DiffCommand));
cl::opt<std::string>
    Against("against",
            cl::desc("Compare the working tree with this git revision "
                     "(main, origin/main, a tag, a SHA)"),
            cl::value_desc("rev"), cl::sub(DiffCommand), cl::cat(DiffCategory));
cl::opt<std::string> OldRev("old", cl::desc("The old git revision"),
                            cl::value_desc("rev"), cl::sub(DiffCommand),
                            cl::cat(DiffCategory));
cl::opt<std::string> NewRev("new", cl::desc("The new git revision"),
                            cl::value_desc("rev"), cl::sub(DiffCommand),
                            cl::cat(DiffCategory));
enum class DiffFormat { Text, Json, Sarif, Github, Markdown };
cl::opt<DiffFormat>
    Format("format", cl::desc("Output format"), cl::init(DiffFormat::Text),
           cl::values(clEnumValN(DiffFormat::Text, "text",
                                 "compiler diagnostics at the changed lines "
                                 "(default)"),
                      clEnumValN(DiffFormat::Json, "json",
                                 "the diff document (docs/output-formats.md)"),
                      clEnumValN(DiffFormat::Sarif, "sarif",
                                 "SARIF 2.1.0, for GitHub code scanning"),
                      clEnumValN(DiffFormat::Github, "github",
                                 "GitHub Actions annotations (workflow "
                                 "commands)"),
                      clEnumValN(DiffFormat::Markdown, "markdown",
                                 "a pull-request comment")),
           cl::sub(DiffCommand), cl::cat(DiffCategory));
cl::opt<std::string> Dialect("dialect",
                             cl::desc("postgresql (default), mysql or sqlite"),
                             cl::init("postgresql"), cl::sub(DiffCommand),
                             cl::cat(DiffCategory));
cl::opt<std::string>
    SqlAlchemy("sqlalchemy",
               cl::desc("The SQLAlchemy release the models run on: 1.4 or "
                        "2.0 (default: as the project declares)"),
               cl::value_desc("release"), cl::sub(DiffCommand),
               cl::cat(DiffCategory));
cl::opt<std::string>
    ConfigFile("config",
               cl::desc("The policy file (default: schemac.yaml in the "
                        "current directory or above it, up to the "
                        "repository's top)"),
               cl::value_desc("file"), cl::sub(DiffCommand),
               cl::cat(DiffCategory));
cl::opt<std::string>
    DbtManifestPath("dbt-manifest",
                    cl::desc("A dbt manifest.json: its models, snapshots and "
                             "exposures that read a changed table or column "
                             "are the change's impact"),
                    cl::value_desc("file"), cl::sub(DiffCommand),
                    cl::cat(DiffCategory));
cl::opt<bool> NoCache("no-cache", cl::desc(NoCacheDescription),
                      cl::sub(DiffCommand), cl::cat(DiffCategory));
enum class EditAnalysisMode { Auto, Off, Require };
cl::opt<EditAnalysisMode> EditAnalysis(
    "analyze-edit",
    cl::desc("With --against: analyse the working tree as an edit of the "
             "revision, running only the edited modules, where that gives "
             "what analysing it whole gives (docs/schema-analysis.md)"),
    cl::values(clEnumValN(EditAnalysisMode::Auto, "auto",
                          "as an edit where it changes only what columns' "
                          "definitions say and the analysis allows it, else "
                          "whole (default)"),
               clEnumValN(EditAnalysisMode::Off, "off",
                          "analyse the working tree whole"),
               clEnumValN(EditAnalysisMode::Require, "require",
                          "as an edit, also beyond columns' definitions; "
                          "exit with 2, saying why, where the analysis does "
                          "not allow it")),
    cl::init(EditAnalysisMode::Auto), cl::sub(DiffCommand),
    cl::cat(DiffCategory));

cl::opt<bool> ExplainEdit(
    "explain-edit",
    cl::desc("With --against: say on stderr whether the working tree was "
             "analysed as an edit of the revision, and if not, why not"),
    cl::sub(DiffCommand), cl::cat(DiffCategory));

cl::opt<bool> Strict("strict",
                     cl::desc("Exit with 1 on warnings too, not only on "
                              "breaking changes"),
                     cl::sub(DiffCommand), cl::cat(DiffCategory));

void error(const llvm::Twine &Message) {
  llvm::WithColor::error(llvm::errs(), "schemac") << Message << "\n";
}

/// One side of the diff, analysed.
struct Side {
  std::string Label;
  /// Where its files are in the working tree (for a revision, where they
  /// would be): what configuration paths are relative to.
  std::string AbsRoot;
  /// How its files are named in diagnostics: a directory or "rev:" and the
  /// root inside the repository.
  std::string DisplayPrefix;
  /// Kept until the process exits (analyzeBeforeExit).
  sema::AnalysisResult *Result = nullptr;
  std::map<std::string, const SourceFile *, std::less<>> Files;
};

/// What prefixes a project file's path (relative to the root \p Root) for
/// it to be named from the current directory: "", "src/", "/abs/root/".
std::string displayPrefix(llvm::StringRef Root) {
  llvm::SmallString<256> Cwd, Abs(Root);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, true);
  if (llvm::sys::fs::current_path(Cwd))
    return Abs.str().str() + "/";
  if (Abs == Cwd)
    return "";
  if (llvm::StringRef(Abs).starts_with((Cwd + "/").str()))
    return llvm::StringRef(Abs).drop_front(Cwd.size() + 1).str() + "/";
  return Abs.str().str() + "/";
}

/// Takes a side's analysis: its input errors reported, its files listed.
bool take(Side &S, sema::AnalysisResult &Result) {
  S.Result = &Result;
  for (const std::string &E : S.Result->InputErrors)
    error(E);
  if (!S.Result->InputErrors.empty())
    return false;
  for (const auto &U : S.Result->Units)
    if (!U->IsStub)
      S.Files.emplace(U->DisplayPath, U->File.get());
  return true;
}

bool analyse(Side &S, sema::ProjectOptions Options) {
  return take(S, analyzeBeforeExit(std::move(Options)));
}

/// Both sides at once: they share nothing but the interned file names.
/// The options are taken: a revision's carry its files' texts.
bool analyseBoth(Side &Old, sema::ProjectOptions &&OldOptions, Side &New,
                 sema::ProjectOptions &&NewOptions) {
  bool OldOk = false;
  std::thread OldSide([&] { OldOk = analyse(Old, std::move(OldOptions)); });
  bool NewOk = analyse(New, std::move(NewOptions));
  OldSide.join();
  return OldOk && NewOk;
}

/// Lowers both sides to the dialect, but for the tables that are the same
/// on both: the diff passes over those without reading them, and lowering
/// goes table by table. A table that refers to one the other side does not
/// have may be reported with its constraints' names: it is lowered.
void lowerBoth(Side &Old, Side &New, passes::Dialect D) {
  ir::Schema &A = Old.Result->Schema, &B = New.Result->Schema;
  std::vector<bool> LowerA(A.Tables.size(), true),
      LowerB(B.Tables.size(), true);
  // The releases render some defaults differently: then all of them.
  if (A.SqlAlchemyVersion == B.SqlAlchemyVersion) {
    using Key = std::pair<std::string, std::string>;
    auto KeyOf = [](const ir::Table &T) {
      return Key(T.Schema.value_or(""), T.Name);
    };
    // Per name, the table on each side; -1 for none, -2 for two.
    std::map<Key, std::pair<int64_t, int64_t>> ByName;
    auto Note = [](int64_t &Slot, size_t I) {
      Slot = Slot == -1 ? static_cast<int64_t>(I) : -2;
    };
    for (size_t I = 0; I < A.Tables.size(); ++I)
      Note(ByName.try_emplace(KeyOf(A.Tables[I]), -1, -1).first->second.first,
           I);
    for (size_t I = 0; I < B.Tables.size(); ++I)
      Note(ByName.try_emplace(KeyOf(B.Tables[I]), -1, -1).first->second.second,
           I);
    auto OnBothSides = [&](const ir::ForeignKey &FK) {
      auto It = ByName.find(Key(FK.RefSchema.value_or(""), FK.RefTable));
      return It != ByName.end() && It->second.first >= 0 &&
             It->second.second >= 0;
    };
    for (const auto &[Name, Sides] : ByName) {
      if (Sides.first < 0 || Sides.second < 0)
        continue;
      const ir::Table &TA = A.Tables[Sides.first], &TB = B.Tables[Sides.second];
      if (ir::sameDefinition(TA, TB) &&
          llvm::all_of(TA.ForeignKeys, OnBothSides)) {
        LowerA[Sides.first] = false;
        LowerB[Sides.second] = false;
      }
    }
  }
  passes::lowerTables(A, D, LowerA);
  passes::lowerTables(B, D, LowerB);
}

/// Whether analysing the working tree as an edit of a revision is worth
/// trying: at most \p Limit of the files under \p Paths differ from the
/// revision's (relative to \p Root), none is added or removed, and none is
/// a package's __init__.py. The edit's analysis refuses the others before
/// it runs anything, but only after the revision's analysis: analysing both
/// sides whole runs them side by side.
bool worthAnalysingAsEdit(
    const std::vector<std::pair<std::string, std::string>> &Rev,
    llvm::StringRef Root, const std::vector<std::string> &Paths, size_t Limit) {
  std::vector<std::string> Now, Errors;
  collectPythonFiles(Paths, sema::isSkippedDirectory, Now, Errors);
  if (Now.size() != Rev.size())
    return false;
  size_t Changed = 0;
  for (const auto &[Path, Text] : Rev) {
    auto File = llvm::MemoryBuffer::getFile(Root + "/" + Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
    if (!File)
      return false;
    if ((*File)->getBuffer() == Text)
      continue;
    if (++Changed > Limit || llvm::sys::path::filename(Path) == "__init__.py")
      return false;
  }
  return true;
}

/// The detected root of a working-tree path, for naming the same modules
/// in a revision.
std::string rootOf(llvm::StringRef Path) {
  return sema::detectProjectRoot(Path);
}

} // namespace

bool schemac::diffCommandSelected() { return static_cast<bool>(DiffCommand); }

int schemac::runDiffCommand() {
  std::optional<passes::Dialect> D = passes::parseDialect(Dialect);
  if (!D) {
    error("unknown dialect '" + Dialect +
          "'; expected postgresql, mysql or sqlite");
    return 2;
  }
  if (!SqlAlchemy.empty() && SqlAlchemy != "1.4" && SqlAlchemy != "2.0") {
    error("unknown SQLAlchemy release '" + SqlAlchemy +
          "'; expected 1.4 or 2.0");
    return 2;
  }
  bool Colors = llvm::WithColor(llvm::errs()).colorsEnabled();
  // The manifest is read while the models are analysed.
  PolicyLoad Load(ConfigFile, DbtManifestPath);
  if (Load.failedEarly()) {
    Load.take();
    return 2;
  }

  bool GitMode = !Against.empty() || !OldRev.empty() || !NewRev.empty();
  std::string RepoTop;
  if (!Against.empty() && (!OldRev.empty() || !NewRev.empty())) {
    error("--against compares with the working tree; use either it or "
          "--old/--new");
    return 2;
  }
  if (!GitMode && DiffInputs.size() != 2) {
    error("expected two directories (OLD NEW), or --against REV, or --old "
          "REV --new REV");
    return 2;
  }
  if (GitMode && Against.empty() && (OldRev.empty() || NewRev.empty())) {
    error("--old and --new go together");
    return 2;
  }

  Side Old, New;
  sema::ProjectOptions Base;
  Base.SqlAlchemyVersion = SqlAlchemy;
  Base.CacheDir = analysisCacheDir(NoCache);
  if (!GitMode) {
    sema::ProjectOptions Options[2];
    Side *Sides[2] = {&Old, &New};
    for (int I = 0; I < 2; ++I) {
      const std::string &Path = DiffInputs[I];
      if (!llvm::sys::fs::is_directory(Path)) {
        error("'" + Path + "' is not a directory");
        return 2;
      }
      Sides[I]->Label = Path;
      Options[I] = Base;
      Options[I].Paths = {Path};
      std::string Root = rootOf(Path);
      Sides[I]->AbsRoot = Root;
      Sides[I]->DisplayPrefix = displayPrefix(Root);
    }
    if (!analyseBoth(Old, std::move(Options[0]), New, std::move(Options[1])))
      return 2;
  } else {
    std::vector<std::string> Paths(DiffInputs.begin(), DiffInputs.end());
    if (Paths.empty())
      Paths.push_back(".");
    // The repository is the current directory's, as for git itself.
    auto Repo = GitRepository::open(".");
    if (!Repo) {
      error(llvm::toString(Repo.takeError()));
      return 2;
    }
    RepoTop = (*Repo)->top().str();
    // The root of the project in the working tree names its modules in
    // every revision.
    std::string Root = rootOf(Paths.front());
    auto InRepo = (*Repo)->relativePath(Root);
    if (!InRepo) {
      error(llvm::toString(InRepo.takeError()));
      return 2;
    }
    std::vector<std::string> RepoPaths;
    for (const std::string &P : Paths) {
      auto Rel = (*Repo)->relativePath(P);
      if (!Rel) {
        error(llvm::toString(Rel.takeError()));
        return 2;
      }
      RepoPaths.push_back(*Rel);
    }
    // Both sides run on the release the working tree declares (the
    // revisions' dependency files are not read).
    if (Base.SqlAlchemyVersion.empty())
      if (auto Declared = sema::findDeclaredSqlAlchemyVersion({Root}))
        Base.SqlAlchemyVersion = Declared->Version;
    // A revision's files are read here, so that only the analyses run side
    // by side (libgit2's repository is not to be shared across threads).
    auto Revision = [&](Side &S, const std::string &Rev,
                        sema::ProjectOptions &O) {
      S.Label = Rev;
      S.AbsRoot = Root;
      S.DisplayPrefix = Rev + ":" + (InRepo->empty() ? "" : *InRepo + "/");
      auto Files = (*Repo)->readPythonFiles(Rev, RepoPaths, *InRepo,
                                            sema::isSkippedDirectory);
      if (!Files) {
        error(llvm::toString(Files.takeError()));
        return false;
      }
      O = Base;
      O.Sources = std::move(*Files);
      O.CacheLabel = "git " + (*Repo)->top().str() + " " + Rev + " " +
                     llvm::join(RepoPaths, " ");
      // Imports that reach past the given paths read the revision too.
      GitRepository *R = Repo->get();
      std::string Prefix = InRepo->empty() ? "" : *InRepo + "/";
      O.ReadSource = [R, Rev, Prefix](llvm::StringRef Relative) {
        return R->readFile(Rev, Prefix + Relative.str());
      };
      return true;
    };
    sema::ProjectOptions OldOptions, NewOptions;
    if (!Revision(Old, Against.empty() ? OldRev : Against, OldOptions))
      return 2;
    if (!Against.empty()) {
      New.Label = "WORKTREE";
      New.AbsRoot = Root;
      New.DisplayPrefix = displayPrefix(Root);
      NewOptions = Base;
      NewOptions.Paths = Paths;
      NewOptions.Roots = {Root};
    } else if (!Revision(New, NewRev, NewOptions)) {
      return 2;
    }
    // Against a revision, the working tree is most often a small edit of
    // it: analysed from the revision's analysis where that gives what a
    // whole analysis would, in a fraction of the time.
    auto Explain = [&](llvm::StringRef Why) {
      if (!ExplainEdit || Against.empty())
        return;
      if (Why.empty())
        llvm::errs() << "schemac: note: the working tree was analysed as an "
                        "edit of "
                     << Against << "\n";
      else
        llvm::errs() << "schemac: note: the working tree was analysed whole: "
                     << Why << "\n";
    };
    bool TryEdit = !Against.empty() && EditAnalysis != EditAnalysisMode::Off &&
                   (EditAnalysis == EditAnalysisMode::Require ||
                    worthAnalysingAsEdit(OldOptions.Sources, Root, Paths,
                                         sema::MaxEditedFiles));
    if (!TryEdit) {
      Explain(EditAnalysis == EditAnalysisMode::Off
                  ? "--analyze-edit=off"
                  : "the edit adds or removes a file, changes a package's "
                    "__init__.py or more than " +
                        std::to_string(sema::MaxEditedFiles) + " files");
      if (!analyseBoth(Old, std::move(OldOptions), New, std::move(NewOptions)))
        return 2;
    } else {
      if (!analyse(Old, std::move(OldOptions)))
        return 2;
      std::string WhyNot;
      std::optional<sema::AnalysisResult> Edited =
          sema::analyzeEdit(*Old.Result, NewOptions,
                            EditAnalysis == EditAnalysisMode::Require
                                ? sema::EditScope::Any
                                : sema::EditScope::Definitions,
                            WhyNot);
      if (EditAnalysis != EditAnalysisMode::Require)
        Explain(Edited ? "" : WhyNot);
      if (Edited) {
        if (!take(New, keepBeforeExit(std::move(*Edited))))
          return 2;
      } else if (EditAnalysis == EditAnalysisMode::Require) {
        error("the working tree cannot be analysed as an edit of " + Against +
              ": " + WhyNot);
        return 2;
      } else if (!analyse(New, std::move(NewOptions))) {
        return 2;
      }
    }
  }

  lowerBoth(Old, New, *D);

  // The new side's analysis diagnostics: the code under review.
  for (const auto &U : New.Result->Units)
    if (!U->IsStub)
      U->Diags->print(llvm::errs(), Colors);
  // No change because nothing was found is no answer: say so (the paths
  // may leave out what the models import, their base class, say).
  if (Old.Result->Schema.Tables.empty() && New.Result->Schema.Tables.empty())
    llvm::WithColor::warning(llvm::errs(), "schemac")
        << "neither " << Old.Label << " nor " << New.Label
        << " defines a table: the diff compares nothing (are the models "
           "and what they import under the paths?)\n";

  auto Lookup = [](const Side &S) {
    return [&S](llvm::StringRef File) -> const SourceFile * {
      auto It = S.Files.find(File);
      return It == S.Files.end() ? nullptr : It->second;
    };
  };
  // What the new source says about its changes.
  std::vector<const SourceFile *> NewFiles;
  for (auto &[Name, File] : New.Files)
    NewFiles.push_back(File);
  std::vector<passes::PolicyError> PolicyErrors;
  passes::checkDirectives(NewFiles, PolicyErrors);
  for (const passes::PolicyError &E : PolicyErrors)
    passes::printPolicyError(E, llvm::errs(), Colors);
  if (!PolicyErrors.empty())
    return 2;

  Policy *Loaded = Load.take();
  if (!Loaded)
    return 2;
  const passes::DiffConfig &Config = Loaded->Config;
  const std::string &ConfigDir = Loaded->Dir;
  passes::DiffOptions Options;
  Options.D = *D;
  Options.Renames =
      passes::renameHintsFromSource(New.Result->Schema, Lookup(New));
  llvm::append_range(Options.Renames, Config.Renames);
  std::vector<passes::Change> Changes =
      passes::diffSchemas(Old.Result->Schema, New.Result->Schema, Options);
  passes::applySuppressions(Changes, Lookup(New), Lookup(Old));
  passes::computeImpact(Changes, Old.Result->Schema, New.Result->Schema,
                        Config.Consumers);
  warnIfManifestReadsNone(*Loaded, *D,
                          {&Old.Result->Schema, &New.Result->Schema});
  if (Loaded->Dbt) {
    // Its SQL was compiled against the tables as they are, before the
    // change.
    passes::setKnownColumns(*Loaded->Dbt, *D, Config.DbtSchemas,
                            Old.Result->Schema.Tables);
    passes::addDbtImpact(Changes, *Loaded->Dbt, *D, Config.DbtSchemas,
                         New.Result->Schema.Tables);
  }
  passes::applyDiffConfig(Config, Changes, [&](const passes::Change &C) {
    bool OldSide = !C.NewLoc.isKnown();
    const ir::Loc &L = OldSide ? C.OldLoc : C.NewLoc;
    if (!L.isKnown())
      return std::string();
    std::string Abs = (OldSide ? Old : New).AbsRoot + "/" + L.File.str();
    llvm::StringRef P(Abs);
    if (!P.consume_front(ConfigDir + "/"))
      return Abs;
    return P.str();
  });

  passes::DiffSides Sides;
  Sides.OldLabel = Old.Label;
  Sides.NewLabel = New.Label;
  Sides.Source = [&](bool OldSide, llvm::StringRef File) {
    return Lookup(OldSide ? Old : New)(File);
  };
  Sides.Display = [&](bool OldSide, llvm::StringRef File) {
    return (OldSide ? Old : New).DisplayPrefix + File.str();
  };
  // A revision's files are where they would be in the working tree.
  std::string Top = RepoTop.empty() ? absolutePath(".") : RepoTop;
  Sides.RepoPath = [&, Top](bool OldSide, llvm::StringRef File) {
    std::string Abs = (OldSide ? Old : New).AbsRoot + "/" + File.str();
    llvm::StringRef P(Abs);
    if (P.consume_front(Top + "/"))
      return P.str();
    return Abs;
  };
  switch (Format) {
  case DiffFormat::Json:
    passes::emitDiffJson(Changes, *D, Sides, llvm::outs());
    break;
  case DiffFormat::Text:
    passes::emitDiffText(Changes, Sides, llvm::outs(),
                         llvm::WithColor(llvm::outs()).colorsEnabled());
    break;
  case DiffFormat::Sarif:
    passes::emitDiffSarif(Changes, Sides, llvm::outs());
    break;
  case DiffFormat::Github:
    passes::emitDiffGithub(Changes, Sides, llvm::outs());
    break;
  case DiffFormat::Markdown: {
    std::string Diagram;
    llvm::raw_string_ostream DS(Diagram);
    if (!Changes.empty())
      passes::emitChangeDiagram(Old.Result->Schema, New.Result->Schema, Changes,
                                *D, DS);
    passes::emitDiffMarkdown(Changes, *D, Sides, DS.str(), llvm::outs());
  } break;
  }
  bool Breaking = false, Warning = false;
  for (const passes::Change &C : Changes) {
    Breaking |= C.Severity == passes::ChangeSeverity::Breaking;
    Warning |= C.Severity == passes::ChangeSeverity::Warning;
  }
  return Breaking || (Strict && Warning) ? 1 : 0;
}
