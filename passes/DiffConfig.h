//===- DiffConfig.h - schemac.yaml: the diff's policy ---------*- C++ -*-===//
//
// Modelled on buf's breaking-change configuration:
//
//   version: 1
//   rules:
//     use: [breaking, warning, safe]     # rule ids or categories (default)
//     except: [INDEX_REMOVED]
//     severity: {TYPE_WIDENED: breaking}
//   ignore: [app/legacy/, "**/generated_*.py"]  # paths, from this file
//   ignore_tables: [audit_log, archive.events]
//   ignore_only: {COLUMN_REMOVED: [app/deprecated.py]}
//   protected: [orders, customers.email] # a data contract: any change breaks
//   renames:
//     - {table: accounts, from: users}
//     - {table: users, column: email_address, from: email}
//   consumers:                           # who reads the data: the impact
//     - {table: orders, column: total, name: Revenue dashboard, owner: finance}
//   dbt_manifest: analytics/target/manifest.json
//   dbt_schemas: {public: raw_shop}      # where the ETL lands each schema
//
// Categories: a default severity (breaking, warning, safe) or a family of
// changes (tables, columns, types, defaults, constraints).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_DIFFCONFIG_H
#define SCHEMAC_PASSES_DIFFCONFIG_H

#include "passes/Impact.h"
#include "passes/SchemaDiff.h"

#include "llvm/Support/raw_ostream.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace schemac::passes {

struct DiffConfig {
  /// Rule ids and categories; empty: every rule.
  std::vector<std::string> Use;
  std::vector<std::string> Except;
  std::map<DiffRule, ChangeSeverity> Severity;
  /// Path prefixes or globs, relative to the configuration file.
  std::vector<std::string> Ignore;
  std::vector<std::string> IgnoreTables;
  std::map<DiffRule, std::vector<std::string>> IgnoreOnly;
  /// "table", "schema.table", "table.column" or "schema.table.column".
  std::vector<std::string> Protected;
  std::vector<RenameHint> Renames;
  /// Who reads what, outside the models: each change's impact.
  std::vector<Consumer> Consumers;
  /// dbt_manifest: the manifest.json whose nodes are consumers (relative
  /// to the configuration file), and dbt_schemas: a database schema to the
  /// warehouse schema or dbt source name its tables land in.
  std::string DbtManifest;
  std::map<std::string, std::string> DbtSchemas;
};

/// Reads a configuration; errors go to \p Errors clang-style, with the
/// place in the file. Unknown keys, rule ids and categories are errors.
std::optional<DiffConfig> readDiffConfig(llvm::StringRef Text,
                                         llvm::StringRef FileName,
                                         llvm::raw_ostream &Errors,
                                         bool Colors);

/// Applies the policy: drops what is excepted or ignored, sets severities
/// (protected elements' changes are breaking). \p PathOf gives a change's
/// file relative to the configuration file's directory ("" if unknown).
void applyDiffConfig(const DiffConfig &Config, std::vector<Change> &Changes,
                     const std::function<std::string(const Change &)> &PathOf);

} // namespace schemac::passes

#endif
