//===- Differ.h - SchemaDiff's internals --------------------*- C++ -*-===//
//
// Shared by SchemaDiff.cpp (tables, columns, types) and
// SchemaDiffConstraints.cpp (keys, constraints, indexes); not a public
// header.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_DIFFER_H
#define SCHEMAC_PASSES_DIFFER_H

#include "passes/SchemaDiff.h"

#include "llvm/ADT/StringExtras.h"

#include <fmt/format.h>

#include <map>
#include <set>

namespace schemac::passes::detail {

using Names = std::vector<std::string>;

llvm::json::Array jsonNames(const Names &N);
inline std::string quoteList(const Names &N) { return llvm::join(N, ", "); }
/// A rendered server default as the database takes it: '0' and 0, '1.5'
/// and 1.5, 'true' and true, (x) and x store the same.
std::string comparableDefault(llvm::StringRef S);

class Differ {
public:
  Differ(const ir::Schema &Old, const ir::Schema &New,
         const DiffOptions &Options)
      : Old(Old), New(New), Opt(Options) {
    OldTraits.SqlAlchemy14 = Old.SqlAlchemyVersion == "1.4";
    NewTraits.SqlAlchemy14 = New.SqlAlchemyVersion == "1.4";
  }

  std::vector<Change> run();

private:
  const ir::Schema &Old, &New;
  const DiffOptions &Opt;
  ServerTraits OldTraits, NewTraits;
  std::vector<Change> Out;
  /// Old table name (qualified) to its new name, for foreign keys.
  std::map<std::string, std::string> TableRenames;

  /// The new side's table and column for the changes being made, where
  /// they exist.
  const ir::Table *NewTable = nullptr;
  const ir::Column *NewColumn = nullptr;

  Change &add(DiffRule R, const ir::Table &T,
              std::optional<std::string> Column = std::nullopt) {
    Change C;
    C.Kind = ruleInfo(R).Kind;
    C.Rule = R;
    C.Severity = ruleInfo(R).Severity;
    C.Schema = T.Schema;
    C.Table = T.Name;
    C.Column = std::move(Column);
    const ir::Table &NT = NewTable ? *NewTable : T;
    C.NewSchema = NT.Schema;
    C.NewTable = NT.Name;
    C.NewColumn =
        NewColumn ? std::optional<std::string>(NewColumn->Name) : C.Column;
    // What is added is named as on the new side (spec section 2).
    if (changeKindName(C.Kind).starts_with("add_")) {
      C.Schema = C.NewSchema;
      C.Table = C.NewTable;
      C.Column = C.NewColumn;
    }
    Out.push_back(std::move(C));
    return Out.back();
  }

  std::string typeText(const ir::Column &C) const {
    if (dialectType(C.Type, Opt.D).isUnknown())
      return "";
    return renderColumnType(C.Type, Opt.D);
  }
  std::string serverDefault(const ir::Column &C, bool IsOld) const {
    if (!C.ServerDefaultValue)
      return "";
    return renderServerDefault(*C.ServerDefaultValue,
                               dialectType(C.Type, Opt.D), Opt.D,
                               IsOld ? OldTraits : NewTraits);
  }
  llvm::json::Value defaultJson(const ir::Column &C) const {
    if (!C.Default)
      return nullptr;
    static const char *Kinds[] = {"scalar", "callable", "sql"};
    return llvm::json::Object{
        {"kind", Kinds[C.Default->Kind]},
        {"value", C.Default->Function
                      ? renderSqlExpression(*C.Default->Function, Opt.D)
                      : C.Default->Value}};
  }
  /// The schema document's "generated" (docs/output-formats.md).
  static llvm::json::Value generatedJson(const ir::Column &C) {
    if (!C.Generated)
      return nullptr;
    const ir::GeneratedColumn &G = *C.Generated;
    if (G.Kind == ir::GeneratedColumn::Computed)
      return llvm::json::Object{
          {"kind", "computed"},
          {"sqltext", G.SqlText},
          {"persisted", G.Persisted ? llvm::json::Value(*G.Persisted)
                                    : llvm::json::Value(nullptr)}};
    return llvm::json::Object{{"kind", "identity"},
                              {"always", G.Always},
                              {"options", llvm::json::Array(G.Options)}};
  }
  /// A column's default Sequence, as the schema document's "sequences"
  /// writes it (docs/output-formats.md), without its columns.
  llvm::json::Value sequenceJson(const ir::Column &C) const {
    if (!C.DefaultSequence)
      return nullptr;
    const ir::SequenceDef &Q = *C.DefaultSequence;
    return llvm::json::Object{
        {"name", Q.Name},
        {"schema",
         Q.Schema ? llvm::json::Value(*Q.Schema) : llvm::json::Value(nullptr)},
        {"data_type",
         Q.DataType ? llvm::json::Value(renderColumnType(*Q.DataType, Opt.D))
                    : llvm::json::Value(nullptr)},
        {"options", llvm::json::Array(Q.Options)},
        {"optional", Q.Optional}};
  }
  Properties columnJson(const ir::Column &C, bool IsOld) const {
    std::string Type = typeText(C), SD = serverDefault(C, IsOld);
    return Properties{{"type", Type.empty() ? llvm::json::Value(nullptr)
                                            : llvm::json::Value(Type)},
                      {"nullable", C.Nullable},
                      {"primary_key", C.PrimaryKey},
                      {"server_default", SD.empty() ? llvm::json::Value(nullptr)
                                                    : llvm::json::Value(SD)}};
  }

  /// Whether the database gives the column a value when an insert leaves
  /// it out: a server default, or an autoincrementing integer key (SERIAL,
  /// AUTO_INCREMENT, SQLite's rowid).
  bool databaseFills(const ir::Table &T, const ir::Column &C,
                     bool IsOld) const {
    if (!serverDefault(C, IsOld).empty() || C.isComputed() ||
        (C.isIdentity() && Opt.D == Dialect::PostgreSQL))
      return true;
    const ir::SqlType &Type = dialectType(C.Type, Opt.D);
    bool Integer = Type.Class == "Integer" || Type.Class == "BigInteger" ||
                   Type.Class == "SmallInteger" || Type.Class == "INTEGER" ||
                   Type.Class == "BIGINT" || Type.Class == "SMALLINT";
    return C.PrimaryKey && Integer && C.Autoincrement != false &&
           T.PrimaryKeyConstraint.Columns.size() == 1;
  }

  const RenameHint *hintFor(const ir::Table &NewT,
                            std::optional<std::string> Column) const {
    for (const RenameHint &H : Opt.Renames)
      if (H.Table == NewT.Name && (!H.Schema || H.Schema == NewT.Schema) &&
          H.Column == Column)
        return &H;
    return nullptr;
  }

  void diffTables();
  void diffTable(const ir::Table &A, const ir::Table &B);
  void diffColumn(const ir::Table &A, const ir::Column &CA,
                  const ir::Column &CB);
  void diffType(const ir::Table &A, const ir::Column &CA, const ir::Column &CB);
  void diffGenerated(const ir::Table &A, const ir::Column &CA,
                     const ir::Column &CB);
  void diffSequence(const ir::Table &A, const ir::Column &CA,
                    const ir::Column &CB);
  void diffConstraints(const ir::Table &A, const ir::Table &B,
                       const std::map<std::string, std::string> &Renamed);
};

} // namespace schemac::passes::detail

#endif
