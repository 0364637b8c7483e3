//===- Commands.h - The driver's subcommands ------------------*- C++ -*-===//

#ifndef SCHEMAC_TOOLS_SCHEMAC_COMMANDS_H
#define SCHEMAC_TOOLS_SCHEMAC_COMMANDS_H

#include "passes/DbtManifest.h"
#include "passes/DiffConfig.h"
#include "sema/Sema.h"

#include <optional>
#include <string>
#include <thread>

namespace schemac {

/// The policy of a run: schemac.yaml (the given file, else the one in the
/// current directory or above, up to the repository's top) and the dbt
/// manifest it or the command line names.
struct Policy {
  passes::DiffConfig Config;
  /// Where the configuration's paths are relative to (absolute).
  std::string Dir;
  /// Read when a manifest is named.
  std::optional<passes::DbtManifest> Dbt;
  std::string DbtPath;
};

/// Warns where the policy's dbt manifest reads no table of any of
/// \p Schemas (a wrong dbt_schemas mapping, another project's manifest):
/// an impact without dbt nodes would otherwise look like good news.
void warnIfManifestReadsNone(const Policy &P, passes::Dialect D,
                             std::initializer_list<const ir::Schema *> Schemas);

/// The policy, read while the models are analysed; a command exits soon
/// after it is done with it. Policy.cpp.
class PolicyLoad {
public:
  /// Reads the configuration, and the manifest it or \p DbtManifest names
  /// on a thread of its own.
  PolicyLoad(const std::string &ConfigFile, const std::string &DbtManifest);
  ~PolicyLoad();
  PolicyLoad(const PolicyLoad &) = delete;
  PolicyLoad &operator=(const PolicyLoad &) = delete;

  /// Whether it is known to fail before the manifest is read: the
  /// configuration, or a manifest that does not exist.
  bool failedEarly() const { return FailedEarly; }
  /// The policy once it is read; null once what is wrong with it is
  /// printed on stderr.
  Policy *take();

private:
  /// Notes what is wrong, for take() to print; there is no policy then.
  void fail(const llvm::Twine &Message);

  bool Colors;
  /// What is wrong, printed by take().
  std::string Diagnostics;
  std::optional<Policy> Loaded;
  bool FailedEarly = false;
  std::thread Reader;
};

/// \p Path made absolute, without . and .. components. Policy.cpp.
std::string absolutePath(llvm::StringRef Path);

/// Where analyses are kept between runs (sema/AnalysisCache.h): "" with
/// --no-cache or an empty SCHEMAC_CACHE_DIR, else SCHEMAC_CACHE_DIR, else
/// the user's cache directory ($XDG_CACHE_HOME, ~/.cache) + "/schemac".
/// main.cpp.
std::string analysisCacheDir(bool NoCache);
extern const char *const NoCacheDescription;

/// analyzeProject for a command that exits when it is done: the result and
/// the analysis's objects stay allocated (a large project takes a while to
/// free), unless a leak checker would report them. Thread-safe. main.cpp.
sema::AnalysisResult &analyzeBeforeExit(sema::ProjectOptions Options);
/// A result kept as analyzeBeforeExit keeps its own. main.cpp.
sema::AnalysisResult &keepBeforeExit(sema::AnalysisResult Result);

/// `schemac diff` (DiffCommand.cpp).
bool diffCommandSelected();
int runDiffCommand();

/// `schemac lineage` (LineageCommand.cpp).
bool lineageCommandSelected();
int runLineageCommand();

} // namespace schemac

#endif
