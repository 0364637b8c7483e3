//===- Commands.h - The driver's subcommands ------------------*- C++ -*-===//

#ifndef SCHEMAC_TOOLS_SCHEMAC_COMMANDS_H
#define SCHEMAC_TOOLS_SCHEMAC_COMMANDS_H

#include "passes/DbtManifest.h"
#include "passes/DiffConfig.h"
#include "sema/Sema.h"

#include <optional>
#include <string>

namespace schemac {

/// The policy of a run: schemac.yaml (the given file, else the one in the
/// current directory or above, up to the repository's top) and the dbt
/// manifest it or the command line names. DiffCommand.cpp.
struct Policy {
  passes::DiffConfig Config;
  /// Where the configuration's paths are relative to (absolute).
  std::string Dir;
  /// Read when a manifest is named.
  std::optional<passes::DbtManifest> Dbt;
};
/// Reports what is wrong on stderr and returns nothing then.
std::optional<Policy> loadPolicy(const std::string &ConfigFile,
                                 const std::string &DbtManifest);

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
