//===- SchemaDiff.h - Changes between two schemas -------------*- C++ -*-===//
//
// Compares two lowered schemas as the database sees them for one dialect:
// types as their DDL renders them (so a TypeDecorator that renders the same
// is no change), server defaults as rendered DDL, constraints matched by
// content where they have no name. Each change gets a rule
// (DiffRules.def) and that rule's severity; renames are recognised from the
// IR (same place, same definition) and from hints.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_SCHEMADIFF_H
#define SCHEMAC_PASSES_SCHEMADIFF_H

#include "ir/Schema.h"
#include "passes/DialectLowering.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/JSON.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace schemac::passes {

enum class ChangeKind : uint8_t {
  AddTable,
  RemoveTable,
  RenameTable,
  AddColumn,
  RemoveColumn,
  RenameColumn,
  ModifyType,
  ModifyNullable,
  ModifyDefault,
  ModifyServerDefault,
  ModifyComment,
  ModifyTableComment,
  ModifyPrimaryKey,
  AddIndex,
  RemoveIndex,
  AddUnique,
  RemoveUnique,
  AddFk,
  RemoveFk,
  AddCheck,
  RemoveCheck,
  AddEnumValue,
  RemoveEnumValue,
};
/// "add_table", ...: the diff document's spelling.
llvm::StringRef changeKindName(ChangeKind K);

enum class ChangeSeverity : uint8_t { Safe, Warning, Breaking };
llvm::StringRef severityName(ChangeSeverity S);

enum class DiffRule : uint8_t {
#define DIFF_RULE(Id, Kind, Severity, Summary) Id,
#include "passes/DiffRules.def"
};
struct DiffRuleInfo {
  llvm::StringRef Id;
  ChangeKind Kind;
  ChangeSeverity Severity;
  llvm::StringRef Summary;
};
const DiffRuleInfo &ruleInfo(DiffRule R);
llvm::ArrayRef<DiffRuleInfo> allRules();
std::optional<DiffRule> findRule(llvm::StringRef Id);

/// A change's properties on one side, in the order they print.
using Properties = std::vector<std::pair<std::string, llvm::json::Value>>;
/// The string, or JSON's null.
inline llvm::json::Value optionalJson(const std::optional<std::string> &S) {
  return S ? llvm::json::Value(*S) : llvm::json::Value(nullptr);
}

/// A downstream consumer a change reaches (spec section 2, `impact`).
struct ImpactEntry {
  /// "contract", "dbt_model", "dbt_exposure", ...
  std::string Kind;
  std::string Name;
  std::optional<std::string> Owner;
  /// The elements between the changed one and the consumer.
  std::vector<std::string> Via;
};

struct Change {
  ChangeKind Kind;
  DiffRule Rule;
  ChangeSeverity Severity;
  std::optional<std::string> Schema;
  /// As on the old side (for add_*, the new side).
  std::string Table;
  std::optional<std::string> Column;
  /// The same on the new side (where a rename changed them).
  std::optional<std::string> NewSchema;
  std::string NewTable;
  std::optional<std::string> NewColumn;
  /// The constraint's or index's name, or the enum value.
  std::optional<std::string> Name;
  /// The changed properties before and after; none where the element does
  /// not exist on that side.
  std::optional<Properties> Old, New;
  std::string Message;
  ir::Loc OldLoc, NewLoc;
  /// Sorted by (kind, name).
  std::vector<ImpactEntry> Impact;
};

/// A rename the user declared: `# schemac: renamed-from=old` on a column's
/// or class's line, or the config file.
struct RenameHint {
  std::optional<std::string> Schema;
  /// The table as on the new side; the column renamed, if any.
  std::string Table;
  std::optional<std::string> Column;
  std::string OldName;
};

struct DiffOptions {
  Dialect D = Dialect::PostgreSQL;
  std::vector<RenameHint> Renames;
};

/// Every change from Old to New, sorted as the diff document requires:
/// (schema, table, column, kind, name).
std::vector<Change> diffSchemas(const ir::Schema &Old, const ir::Schema &New,
                                const DiffOptions &Options);

} // namespace schemac::passes

#endif
