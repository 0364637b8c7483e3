//===- Policy.cpp - schemac.yaml and the dbt manifest of a run ------------===//
//
// The policy is read on a thread of its own while the models are analysed:
// a large dbt project's manifest takes as long to parse as a warm analysis.
// Its diagnostics wait in a buffer until the command takes the policy, so
// that they do not interleave with the analysis's.
//
//===----------------------------------------------------------------------===//

#include "tools/schemac/Commands.h"

#include "llvm/Support/Compiler.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/WithColor.h"

using namespace schemac;

namespace {

/// schemac.yaml in the current directory or above, up to the repository's
/// top; "" for none.
std::string findConfigFile() {
  llvm::SmallString<256> Dir;
  if (llvm::sys::fs::current_path(Dir))
    return "";
  while (true) {
    llvm::SmallString<256> Candidate(Dir);
    llvm::sys::path::append(Candidate, "schemac.yaml");
    if (llvm::sys::fs::exists(Candidate))
      return Candidate.str().str();
    llvm::SmallString<256> Git(Dir);
    llvm::sys::path::append(Git, ".git");
    llvm::StringRef Parent = llvm::sys::path::parent_path(Dir);
    if (llvm::sys::fs::exists(Git) || Parent.empty() || Parent == Dir)
      return "";
    Dir = Parent;
  }
}

/// The configuration, with the path of the manifest it or \p DbtManifest
/// names; what is wrong goes to \p Errs.
std::optional<Policy> readConfiguration(const std::string &ConfigFile,
                                        const std::string &DbtManifest,
                                        std::string &ManifestPath,
                                        llvm::raw_ostream &Errs, bool Colors) {
  Policy P;
  std::string ConfigPath = ConfigFile.empty() ? findConfigFile() : ConfigFile;
  if (!ConfigPath.empty()) {
    auto Buffer = llvm::MemoryBuffer::getFile(ConfigPath, /*IsText=*/true);
    if (!Buffer) {
      llvm::WithColor::error(Errs, "schemac")
          << "cannot read '" << ConfigPath
          << "': " << Buffer.getError().message() << "\n";
      return std::nullopt;
    }
    auto Read = passes::readDiffConfig((*Buffer)->getBuffer(), ConfigPath, Errs,
                                       Colors);
    if (!Read)
      return std::nullopt;
    P.Config = std::move(*Read);
  }
  P.Dir = ConfigPath.empty()
              ? absolutePath(".")
              : llvm::sys::path::parent_path(absolutePath(ConfigPath)).str();
  ManifestPath = DbtManifest;
  if (ManifestPath.empty() && !P.Config.DbtManifest.empty())
    ManifestPath = llvm::sys::path::is_absolute(P.Config.DbtManifest)
                       ? P.Config.DbtManifest
                       : P.Dir + "/" + P.Config.DbtManifest;
  return P;
}

} // namespace

std::string schemac::absolutePath(llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  llvm::sys::path::remove_dots(Abs, true);
  return Abs.str().str();
}

PolicyLoad::PolicyLoad(const std::string &ConfigFile,
                       const std::string &DbtManifest)
    : Colors(llvm::WithColor(llvm::errs()).colorsEnabled()) {
  // The configuration is small and says where the manifest is: read here.
  std::string ManifestPath;
  {
    llvm::raw_string_ostream Errs(Diagnostics);
    Errs.enable_colors(Colors);
    Loaded =
        readConfiguration(ConfigFile, DbtManifest, ManifestPath, Errs, Colors);
  }
  // A path that names no file fails at once, as readDbtManifest would.
  if (Loaded && !ManifestPath.empty())
    if (std::error_code Missing = llvm::sys::fs::access(
            ManifestPath, llvm::sys::fs::AccessMode::Exist))
      fail("dbt manifest '" + ManifestPath + "': " + Missing.message());
  FailedEarly = !Loaded;
  if (FailedEarly || ManifestPath.empty())
    return;
  Reader = std::thread([this, ManifestPath] {
    auto Dbt = passes::readDbtManifest(ManifestPath);
    if (!Dbt) {
      fail(llvm::toString(Dbt.takeError()));
      return;
    }
    Loaded->Dbt = std::move(*Dbt);
    Loaded->DbtPath = ManifestPath;
    // Without compiled SQL a model counts as reading every column its Jinja
    // names, whichever relation it is of: more models are reached than a
    // compiled manifest would say.
    if (size_t N = Loaded->Dbt->UncompiledSqlNodes) {
      llvm::raw_string_ostream Errs(Diagnostics);
      Errs.enable_colors(Colors);
      std::string Which =
          N == Loaded->Dbt->SqlNodes
              ? "no model has compiled SQL (written by `dbt parse`?)"
              : std::to_string(N) + " of " +
                    std::to_string(Loaded->Dbt->SqlNodes) +
                    " models have no compiled SQL";
      llvm::WithColor::warning(Errs, "schemac")
          << "dbt manifest '" << ManifestPath << "': " << Which
          << "; a model without it is taken to read every column its "
             "source names, of any table: `dbt compile` writes a manifest "
             "that tells them apart\n";
    }
  });
}

void schemac::warnIfManifestReadsNone(
    const Policy &P, passes::Dialect D,
    std::initializer_list<const ir::Schema *> Schemas) {
  if (!P.Dbt)
    return;
  for (const ir::Schema *S : Schemas)
    if (passes::readsAnyTable(*P.Dbt, D, P.Config.DbtSchemas, S->Tables))
      return;
  llvm::WithColor::warning(llvm::errs(), "schemac")
      << "dbt manifest '" << P.DbtPath
      << "': none of its sources is a table of the models, by schema and "
         "name, nor does a model name one: no dbt node is reached; where a "
         "loader lands the tables in another schema, `dbt_schemas:` in "
         "schemac.yaml says which\n";
}

void PolicyLoad::fail(const llvm::Twine &Message) {
  llvm::raw_string_ostream Errs(Diagnostics);
  Errs.enable_colors(Colors);
  llvm::WithColor::error(Errs, "schemac") << Message << "\n";
  Loaded.reset();
}

PolicyLoad::~PolicyLoad() {
  if (Reader.joinable())
    Reader.join();
  // The commands exit once they are done with the policy: a large
  // manifest is left allocated, as analyzeBeforeExit leaves the analysis,
  // unless a leak checker would report it.
  if (Loaded && !LLVM_ADDRESS_SANITIZER_BUILD)
    (void)new Policy(std::move(*Loaded));
}

Policy *PolicyLoad::take() {
  if (Reader.joinable())
    Reader.join();
  llvm::errs() << Diagnostics;
  Diagnostics.clear();
  return Loaded ? &*Loaded : nullptr;
}
