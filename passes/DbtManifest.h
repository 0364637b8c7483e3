//===- DbtManifest.h - Downstream consumers from dbt ----------*- C++ -*-===//
//
// A dbt project's manifest.json (schema versions v9 to v12, dbt 1.5 to 1.9)
// says which sources the warehouse's models read and what depends on each
// model, down to exposures such as dashboards. A schema change reaches:
//
//   - for a table (dropped, renamed): every node reading its source, and
//     everything downstream of those;
//   - for a column: each model whose compiled SQL reads the column of
//     that relation (DbtSql.h places each column a query names), or whose
//     is_incremental() branch does (DbtJinja.cpp), fails to build, and so
//     does everything downstream of it (dbt skips a failed
//     model's children); a model that selects * still builds but loses
//     the column, so only those of its children that read it of that
//     model are reached (none of a snapshot's, which keeps its columns, nor
//     of an incremental model's that appends new columns), unless its
//     configuration needs the column (a snapshot's updated_at or
//     check_cols, a unique_key, a hook, an enforced contract,
//     merge_update_columns, a microbatch model's event_time or its
//     parent's, an incremental model's table that keeps its columns); a
//     semantic model, which has no SQL, by its measures', dimensions' and
//     entities' expressions; a Python model by the names its source says;
//     a model that reads only other columns is not. A model that names the
//     table with its schema rather than through source() is reached too.
//
// Safe changes reach no one. Sources match tables by schema and name (their
// identifier, honouring quoting); a table without a schema is in the dialect's
// default schema (public on PostgreSQL, main on SQLite), and a mapping says
// where an ETL tool lands a database schema in the warehouse.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_DBTMANIFEST_H
#define SCHEMAC_PASSES_DBTMANIFEST_H

#include "passes/DbtSql.h"
#include "passes/DialectLowering.h"
#include "passes/SchemaDiff.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace schemac::passes {

struct DbtSource {
  std::string Id;
  std::string SourceName;
  std::string Schema;
  std::string Identifier; ///< The table's name in the warehouse.
  bool QuoteSchema = false, QuoteIdentifier = false;
  /// config.event_time, lower case: the column a microbatch model that
  /// reads the source filters it on.
  std::string EventTime;
};

struct DbtManifest;

struct DbtNode {
  std::string Id;
  /// The diff document's impact kind: dbt_model, dbt_snapshot, dbt_seed,
  /// dbt_exposure, dbt_metric, dbt_semantic_model.
  std::string Kind;
  std::string Name;
  std::optional<std::string> Owner;
  std::vector<std::string> DependsOn;
  /// Its compiled SQL, else (Compiled false) its Jinja source; a Python
  /// model's source, else its compiled code (which adds dbt's own).
  std::string Code;
  bool Compiled = false;
  bool Python = false;
  /// A semantic model's: the names its measures', dimensions' and
  /// entities' expressions say, which it reads of its model.
  std::set<std::string> SemanticNames;
  /// The columns its configuration names, which it fails without even
  /// where its SQL selects *: a snapshot's updated_at and check_cols, a
  /// unique_key, partition_by, cluster_by, sort, dist and indexes, what
  /// its hooks' SQL names, an enforced contract's columns, an incremental
  /// model's merge_update_columns and a microbatch model's event_time.
  std::set<std::string> ConfiguredColumns;
  /// An incremental model whose table keeps its columns (on_schema_change
  /// ignore, the default, or fail): the next run fails on one its select *
  /// no longer has.
  bool KeepsColumns = false;
  /// An incremental model with on_schema_change append_new_columns: its
  /// table keeps a column its select * no longer has (new rows hold NULL),
  /// so neither it nor its children fail.
  bool AppendsColumns = false;
  /// A microbatch model: it reads each parent filtered on the parent's
  /// event_time.
  bool Microbatch = false;
  /// config.event_time, lower case.
  std::string EventTime;
  /// An incremental model's Jinja source, whose is_incremental() branch
  /// the compiled SQL of a first run lacks; "" for others.
  std::string IncrementalCode;
  /// The relation the warehouse has it as (the last part of its
  /// relation_name, else its alias, else its name), as SQL names it.
  std::string Relation;
  /// The schema of that relation, lower case ("" for an ephemeral model).
  std::string Schema;

  /// What its code reads, and whether it selects *; and what
  /// IncrementalCode reads, rendered (renderRelations). Read the first
  /// time an impact reaches the node: most nodes of a large project never
  /// are (not thread-safe).
  const SqlReading &sql(const DbtManifest &Manifest) const;
  const SqlReading &incrementalSql(const DbtManifest &Manifest) const;

private:
  mutable std::optional<SqlReading> Reading;
  mutable std::optional<SqlReading> IncrementalReading;
};

struct DbtManifest {
  // NamedRelations points at Nodes' keys: a move keeps them, a copy would
  // not.
  DbtManifest() = default;
  DbtManifest(DbtManifest &&) = default;
  DbtManifest &operator=(DbtManifest &&) = default;
  DbtManifest(const DbtManifest &) = delete;
  DbtManifest &operator=(const DbtManifest &) = delete;

  /// How the adapter's SQL writes strings and comments.
  SqlLexicon Lexicon;
  /// The columns of the tables it reads where they are (setKnownColumns),
  /// by which its SQL is read: set before any node's.
  KnownColumns Known;
  /// The SQL models and snapshots, and those of them without compiled SQL
  /// (a manifest written by `dbt parse`): their Jinja source is read
  /// instead, where every column a model names counts as read.
  size_t SqlNodes = 0, UncompiledSqlNodes = 0;
  std::vector<DbtSource> Sources;
  std::map<std::string, DbtNode> Nodes;
  /// Node or source id to the ids of the nodes that depend on it.
  std::map<std::string, std::vector<std::string>> Children;
  /// "schema.name" to the ids of the models and snapshots whose code may
  /// name that relation (dottedNames): those that read a source's table
  /// without source(), which their dependencies do not list.
  llvm::StringMap<std::vector<const std::string *>> NamedRelations;
  /// The parsed document, where the manifest was read whole (only where
  /// the member-by-member read and llvm::json disagree on the text): freed
  /// with the manifest rather than on the thread that reads it, as freeing
  /// it value by value takes about as long as parsing.
  std::unique_ptr<const llvm::json::Value> Document;
};

/// \p Jinja, a model's source, with source(), ref() and `this` as the
/// relations they name, its if-tags dropped (every branch kept), config()
/// as nothing and var() as NULL: the SQL of an incremental run, as far as
/// which column is read of which relation goes. None where it has
/// anything else (a loop, a set, a macro call), which may name a column.
std::optional<std::string> renderRelations(llvm::StringRef Jinja,
                                           const DbtManifest &Manifest,
                                           const DbtNode &Self);

/// Reads a manifest; a missing file, bad JSON or an unsupported schema
/// version is an error naming the file.
llvm::Expected<DbtManifest> readDbtManifest(llvm::StringRef Path);

/// A column's rename, for dbtReaders: its new name, and the columns of
/// the tables after the change, as setKnownColumns() finds them.
struct ColumnRename {
  std::string NewName;
  const KnownColumns *NewKnown;
};

/// The dbt nodes that a change to \p Table (or its column \p Column) of
/// the database reaches, sorted by (kind, name). A column's \p Rename
/// reaches also the nodes its new name breaks: one whose unqualified name
/// comes to mean the column (another relation's before, or a select
/// list's alias, it is now ambiguous or another column), and one whose
/// result gains a second column of the name through its select *.
std::vector<ImpactEntry>
dbtReaders(const DbtManifest &Manifest, Dialect D,
           const std::map<std::string, std::string> &SchemaMap,
           const std::optional<std::string> &Schema, const std::string &Table,
           const std::optional<std::string> &Column,
           const std::optional<ColumnRename> &Rename = std::nullopt);

/// Whether a source of the manifest is a table of \p Tables (by schema,
/// where \p SchemaMap lands it, and name), or a model names one by its
/// schema-qualified name: a manifest that reads none of them is another
/// project's, or the mapping is wrong.
bool readsAnyTable(const DbtManifest &Manifest, Dialect D,
                   const std::map<std::string, std::string> &SchemaMap,
                   const std::vector<ir::Table> &Tables);

/// Tells \p Manifest the columns of \p Tables, those its sources are and
/// those its models name by schema, where they are read as they are: not
/// the tables of a schema \p SchemaMap lands elsewhere, whose loader may
/// rename their columns. A manifest's SQL is read by the schema its code
/// was compiled against, before the change.
void setKnownColumns(DbtManifest &Manifest, Dialect D,
                     const std::map<std::string, std::string> &SchemaMap,
                     const std::vector<ir::Table> &Tables);

/// Adds to each change's impact the dbt nodes it reaches. \p SchemaMap maps
/// a database schema to the warehouse schema (or source name) its tables
/// land in; a rename's new name is read by the columns of \p NewTables,
/// the tables after the changes.
void addDbtImpact(std::vector<Change> &Changes, const DbtManifest &Manifest,
                  Dialect D,
                  const std::map<std::string, std::string> &SchemaMap,
                  const std::vector<ir::Table> &NewTables);

} // namespace schemac::passes

#endif
