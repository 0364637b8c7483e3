//===- DbtManifest.cpp - Downstream consumers from dbt -------------------===//

#include "passes/DbtManifest.h"
#include "passes/DbtSql.h"
#include "passes/JsonMembers.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

#include <cstring>
#include <deque>
#include <tuple>

namespace schemac::passes {

namespace {

llvm::Error manifestError(llvm::StringRef Path, const llvm::Twine &Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "dbt manifest '" + Path + "': " + Why);
}

std::string str(const llvm::json::Object *O, llvm::StringRef Key) {
  if (!O)
    return "";
  if (auto S = O->getString(Key))
    return S->str();
  return "";
}

std::optional<std::string> ownerOf(const llvm::json::Object &Node) {
  // Exposures name their owner; models may in meta.
  if (auto *Owner = Node.getObject("owner")) {
    std::string Name = str(Owner, "name");
    return Name.empty() ? str(Owner, "email") : Name;
  }
  for (const llvm::json::Object *Meta :
       {Node.getObject("meta"),
        Node.getObject("config") ? Node.getObject("config")->getObject("meta")
                                 : nullptr})
    if (std::string O = str(Meta, "owner"); !O.empty())
      return O;
  return std::nullopt;
}

constexpr size_t MaxNesting = 512;

/// How deeply the JSON text's arrays and objects nest (strings skipped).
size_t jsonNesting(llvm::StringRef Text) {
  size_t Depth = 0, Deepest = 0;
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (C == '"') {
      // To the closing quote, one that an odd run of backslashes does not
      // escape; by memchr, as most of a manifest is code in strings.
      for (size_t Escapes = 1; Escapes % 2;) {
        const void *Quote =
            std::memchr(Text.data() + I + 1, '"', Text.size() - I - 1);
        if (!Quote)
          return Deepest;
        I = static_cast<const char *>(Quote) - Text.data();
        for (Escapes = 0; Text[I - 1 - Escapes] == '\\';)
          ++Escapes;
      }
    } else if (C == '[' || C == '{') {
      Deepest = std::max(Deepest, ++Depth);
    } else if ((C == ']' || C == '}') && Depth) {
      --Depth;
    }
  }
  return Deepest;
}

/// The names a string says, or the strings of a list: a column, or an
/// expression (unique_key: "id || '-' || version"), or a hook's SQL
/// ({"sql": ...}).
void addNames(const llvm::json::Value *V, const SqlLexicon &Lexicon,
              std::set<std::string> &Out) {
  if (!V)
    return;
  if (auto S = V->getAsString())
    Out.merge(readSql(*S, Lexicon, /*Compiled=*/false).Identifiers);
  if (const llvm::json::Object *Hook = V->getAsObject())
    addNames(Hook->get("sql"), Lexicon, Out);
  if (const llvm::json::Array *A = V->getAsArray())
    for (const llvm::json::Value &E : *A)
      if (E.getAsString() || E.getAsObject())
        addNames(&E, Lexicon, Out);
}

/// What the node's configuration says of the columns it must keep.
void readConfiguration(const llvm::json::Object &O, const SqlLexicon &Lexicon,
                       bool Compiled, DbtNode &Node) {
  const llvm::json::Object *Config = O.getObject("config");
  if (!Config)
    return;
  // A snapshot's updated_at and check_cols, a unique_key, what the table
  // is partitioned, clustered, sorted or distributed by, the SQL of the
  // hooks that run on it (which a manifest spells "pre-hook" and
  // "post-hook", dbt's aliases of its pre_hook and post_hook fields).
  for (const char *Key :
       {"updated_at", "check_cols", "unique_key", "cluster_by", "sort", "dist",
        "pre-hook", "post-hook", "pre_hook", "post_hook"})
    addNames(Config->get(Key), Lexicon, Node.ConfiguredColumns);
  if (const llvm::json::Object *Partition = Config->getObject("partition_by"))
    addNames(Partition->get("field"), Lexicon, Node.ConfiguredColumns);
  if (const llvm::json::Array *Indexes = Config->getArray("indexes"))
    for (const llvm::json::Value &Index : *Indexes)
      if (const llvm::json::Object *I = Index.getAsObject())
        addNames(I->get("columns"), Lexicon, Node.ConfiguredColumns);
  Node.ConfiguredColumns.erase("all");
  // An enforced contract's columns.
  if (const llvm::json::Object *Contract = Config->getObject("contract"))
    if (Contract->getBoolean("enforced").value_or(false))
      if (const llvm::json::Object *Columns = O.getObject("columns"))
        for (const auto &Column : *Columns)
          Node.ConfiguredColumns.insert(llvm::StringRef(Column.first).lower());
  Node.EventTime = llvm::StringRef(str(Config, "event_time")).lower();
  if (str(Config, "materialized") != "incremental")
    return;
  // A merge updates these columns from the new rows.
  addNames(Config->get("merge_update_columns"), Lexicon,
           Node.ConfiguredColumns);
  // Each batch replaces the rows of its span of event_time.
  Node.Microbatch = str(Config, "incremental_strategy") == "microbatch";
  if (Node.Microbatch && !Node.EventTime.empty())
    Node.ConfiguredColumns.insert(Node.EventTime);
  // The next run inserts into the table as it is, whose columns stay
  // (dbt's default on_schema_change, ignore, or fail); append_new_columns
  // keeps them too, but inserts only the columns the new rows have.
  std::string OnSchemaChange = str(Config, "on_schema_change");
  Node.KeepsColumns = OnSchemaChange.empty() || OnSchemaChange == "ignore" ||
                      OnSchemaChange == "fail";
  Node.AppendsColumns = OnSchemaChange == "append_new_columns";
  // The compiled SQL of a first run lacks the is_incremental() branch.
  if (Compiled)
    Node.IncrementalCode = str(&O, "raw_code");
}

/// What the node's children's SQL calls it, in lower case as DbtSql reads
/// names: __dbt__cte__<identifier> where it is ephemeral, else the last part
/// of its relation_name ("db"."schema"."name", or unquoted), else its
/// identifier (its alias, with a version's suffix; else its name).
std::string relationOf(const llvm::json::Object &Node, llvm::StringRef Name) {
  std::string Alias = str(&Node, "alias");
  std::string Identifier =
      Alias.empty() ? Name.lower() : llvm::StringRef(Alias).lower();
  // An ephemeral model is a CTE of its children's SQL.
  if (str(Node.getObject("config"), "materialized") == "ephemeral")
    return "__dbt__cte__" + Identifier;
  std::string Full = str(&Node, "relation_name");
  llvm::StringRef Relation = llvm::StringRef(Full).trim();
  if (!Relation.empty()) {
    char Last = Relation.back();
    if (Last == '"' || Last == '`') {
      size_t Open = Relation.drop_back().rfind(Last);
      if (Open != llvm::StringRef::npos)
        return Relation.slice(Open + 1, Relation.size() - 1).lower();
    }
    auto [Before, After] = Relation.rsplit('.');
    return (After.empty() ? Before : After).lower();
  }
  return Identifier;
}

/// The models and snapshots that read \p Relation (lower case) by its
/// schema-qualified name, in the schema its tables land in or a source's of
/// it, rather than through source(): dbt lists no dependency then. Not one
/// that descends from a source (an ephemeral parent's SQL is inlined in its
/// own), nor one that depends on a source of that name, which is the table
/// or not by its quoting. With \p ExactName, the table's name as the
/// warehouse has it, where it folds unquoted names: not one that names
/// another case of it in quotes.
std::vector<const std::string *> readersByName(
    const DbtManifest &Manifest, const std::vector<const DbtSource *> &Sources,
    const std::optional<std::string> &Landed, const std::string &Relation,
    const std::optional<std::string> &ExactName) {
  std::set<std::string> Schemas;
  if (Landed)
    Schemas.insert(llvm::StringRef(*Landed).lower());
  for (const DbtSource *Src : Sources)
    Schemas.insert(llvm::StringRef(Src->Schema).lower());
  std::vector<std::pair<const std::string *, std::string>> Named;
  for (const std::string &Schema : Schemas) {
    std::string Qualified = Schema + "." + Relation;
    if (auto It = Manifest.NamedRelations.find(Qualified);
        It != Manifest.NamedRelations.end())
      for (const std::string *Id : It->second)
        Named.emplace_back(Id, Qualified);
  }
  if (Named.empty())
    return {};
  std::set<std::string> Descendants;
  std::vector<std::string> Work;
  for (const DbtSource *Src : Sources)
    Work.push_back(Src->Id);
  while (!Work.empty()) {
    auto Kids = Manifest.Children.find(Work.back());
    Work.pop_back();
    if (Kids != Manifest.Children.end())
      for (const std::string &K : Kids->second)
        if (Descendants.insert(K).second)
          Work.push_back(K);
  }
  std::vector<const std::string *> Out;
  for (const auto &Entry : Named) {
    // Not a structured binding: clang before 16 (the fuzzing build's)
    // lets no lambda capture one.
    const std::string *Id = Entry.first;
    const std::string &Qualified = Entry.second;
    const DbtNode &N = Manifest.Nodes.at(*Id);
    bool NamesASource = llvm::any_of(Manifest.Sources, [&](const auto &Src) {
      return llvm::is_contained(N.DependsOn, Src.Id) &&
             llvm::StringRef(Src.Schema + "." + Src.Identifier)
                 .equals_insensitive(Qualified);
    });
    const SqlReading &Sql = N.sql(Manifest);
    auto Spelled = Sql.RelationSpellings.find(Qualified);
    if (!NamesASource && !Descendants.count(*Id) &&
        Sql.QualifiedRelations.count(Qualified) &&
        (!ExactName || Spelled == Sql.RelationSpellings.end() ||
         Spelled->second.count(*ExactName)))
      Out.push_back(Id);
  }
  return Out;
}

/// Calls its visitor with each member of a section of the manifest that is
/// an object; an error where one's text is not JSON after all.
using MemberVisitor =
    llvm::function_ref<void(llvm::StringRef Id, const llvm::json::Value &)>;
using SectionWalk =
    llvm::function_ref<llvm::Error(llvm::StringRef Section, MemberVisitor)>;

/// The manifest whose metadata is \p Metadata, with what \p ForEachMember
/// gives of its sections.
llvm::Expected<DbtManifest> buildManifest(llvm::StringRef Path,
                                          const llvm::json::Object *Metadata,
                                          SectionWalk ForEachMember) {
  std::string Version = str(Metadata, "dbt_schema_version");
  llvm::StringRef V(Version);
  unsigned N = 0;
  if (Version.empty())
    return manifestError(Path, "no schema version (metadata.dbt_schema_version "
                               "is not a string)");
  if (!V.consume_front("https://schemas.getdbt.com/dbt/manifest/v") ||
      !V.consume_back(".json") || V.getAsInteger(10, N) || N < 9 || N > 12)
    return manifestError(Path, "schema version '" + Version +
                                   "' is not one this schemac reads (v9 to "
                                   "v12: dbt 1.5 to 1.9)");
  DbtManifest M;
  std::string Adapter = str(Metadata, "adapter_type");
  bool QuotesByDefault = Adapter == "postgres";
  const SqlLexicon &Lexicon = M.Lexicon = SqlLexicon::forAdapter(Adapter);
  auto AddSource = [&](llvm::StringRef Id, const llvm::json::Value &Value) {
    const llvm::json::Object *S = Value.getAsObject();
    if (!S)
      return;
    DbtSource Source;
    Source.Id = Id.str();
    Source.SourceName = str(S, "source_name");
    Source.Schema = str(S, "schema");
    Source.Identifier = str(S, "identifier");
    if (Source.Identifier.empty())
      Source.Identifier = str(S, "name");
    Source.EventTime =
        llvm::StringRef(str(S->getObject("config"), "event_time")).lower();
    // Unset quoting is the adapter's default: dbt-postgres quotes, so its
    // "PAYMENTS" is not payments.
    Source.QuoteSchema = Source.QuoteIdentifier = QuotesByDefault;
    if (const auto *Q = S->getObject("quoting")) {
      Source.QuoteSchema = Q->getBoolean("schema").value_or(QuotesByDefault);
      Source.QuoteIdentifier =
          Q->getBoolean("identifier").value_or(QuotesByDefault);
    }
    // Redshift folds quoted names to lower case too (by default), and
    // Snowflake's quoted "ORDERS" is its unquoted orders: a table's name
    // there may be in either case.
    if (Adapter == "redshift" || Adapter == "snowflake")
      Source.QuoteSchema = Source.QuoteIdentifier = false;
    M.Sources.push_back(std::move(Source));
  };
  if (llvm::Error E = ForEachMember("sources", AddSource))
    return E;
  auto AddNode = [&](llvm::StringRef Id, const llvm::json::Value &Value) {
    const llvm::json::Object *O = Value.getAsObject();
    if (!O)
      return;
    std::string Type = str(O, "resource_type");
    static const std::pair<const char *, const char *> Kinds[] = {
        {"model", "dbt_model"},   {"snapshot", "dbt_snapshot"},
        {"seed", "dbt_seed"},     {"exposure", "dbt_exposure"},
        {"metric", "dbt_metric"}, {"semantic_model", "dbt_semantic_model"}};
    DbtNode Node;
    for (auto &[T, K] : Kinds)
      if (Type == T)
        Node.Kind = K;
    if (Node.Kind.empty()) // tests, analyses, operations
      return;
    Node.Id = Id.str();
    Node.Name = str(O, "name");
    Node.Owner = ownerOf(*O);
    if (const auto *D = O->getObject("depends_on"))
      if (const auto *Deps = D->getArray("nodes"))
        for (const llvm::json::Value &Dep : *Deps)
          if (auto S = Dep.getAsString())
            Node.DependsOn.push_back(S->str());
    Node.Python = str(O, "language") == "python";
    Node.Code = str(O, Node.Python ? "raw_code" : "compiled_code");
    Node.Compiled = !Node.Python && !Node.Code.empty();
    if (Node.Code.empty())
      Node.Code = str(O, Node.Python ? "compiled_code" : "raw_code");
    if ((Node.Kind == "dbt_model" || Node.Kind == "dbt_snapshot") &&
        !Node.Python && !Node.Code.empty()) {
      ++M.SqlNodes;
      M.UncompiledSqlNodes += !Node.Compiled;
    }
    Node.Relation = relationOf(*O, Node.Name);
    if (!llvm::StringRef(Node.Relation).starts_with("__dbt__cte__"))
      Node.Schema = llvm::StringRef(str(O, "schema")).lower();
    readConfiguration(*O, Lexicon, Node.Compiled, Node);
    // A semantic model has no SQL: its measures', dimensions' and
    // entities' expressions (their names, without one) read the model.
    for (const char *Part : {"measures", "dimensions", "entities"})
      if (const llvm::json::Array *Items = O->getArray(Part))
        for (const llvm::json::Value &Item : *Items)
          if (const llvm::json::Object *I = Item.getAsObject())
            addNames(I->get("expr") ? I->get("expr") : I->get("name"), Lexicon,
                     Node.SemanticNames);
    for (const std::string &Dep : Node.DependsOn)
      M.Children[Dep].push_back(Node.Id);
    auto Added = M.Nodes.emplace(Node.Id, std::move(Node)).first;
    const DbtNode &N = Added->second;
    if (N.Kind == "dbt_model" || N.Kind == "dbt_snapshot")
      for (const std::string &Name : dottedNames(N.Code))
        M.NamedRelations[Name].push_back(&Added->first);
  };
  for (const char *Section :
       {"nodes", "exposures", "metrics", "semantic_models"})
    if (llvm::Error E = ForEachMember(Section, AddNode))
      return E;
  return M;
}

/// The manifest read from its text member by member, the members it has no
/// use for checked but not parsed; none where the text is not JSON, or not
/// a manifest, which the whole text's parse then says (or where the scan
/// and llvm::json disagree on it).
std::optional<llvm::Expected<DbtManifest>>
readManifestByMembers(llvm::StringRef Path, llvm::StringRef Text) {
  if (!llvm::json::isUTF8(Text))
    return std::nullopt;
  std::optional<JsonMembers> Root = scanJsonObject(Text);
  if (!Root)
    return std::nullopt;
  llvm::StringMap<llvm::StringRef> Sections;
  for (const auto &[Name, Value] : *Root)
    Sections[Name] = Value;
  for (const char *Required : {"metadata", "nodes", "sources"})
    if (!Sections.lookup(Required).starts_with("{"))
      return std::nullopt;
  llvm::Expected<llvm::json::Value> Metadata =
      llvm::json::parse(Sections.lookup("metadata"));
  if (!Metadata) {
    llvm::consumeError(Metadata.takeError());
    return std::nullopt;
  }
  // A member that does not parse alone, in a text the scan took for JSON,
  // is where the scan and llvm::json disagree: the text is read whole
  // instead, whose parse says what is wrong with it, if anything.
  bool ReadWhole = false;
  auto ReadWholeInstead = [&] {
    ReadWhole = true;
    return manifestError(Path, "read whole");
  };
  auto ForEachMember = [&](llvm::StringRef Section,
                           MemberVisitor Visit) -> llvm::Error {
    llvm::StringRef Members = Sections.lookup(Section);
    if (!Members.starts_with("{"))
      return llvm::Error::success();
    std::optional<JsonMembers> Scanned = scanJsonObject(Members);
    if (!Scanned)
      return ReadWholeInstead();
    // Each value parsed, read and freed before the next: the memory of one
    // serves the next, where a parse of the whole took fresh memory for
    // every value.
    for (const auto &[Id, Text] : *Scanned) {
      llvm::Expected<llvm::json::Value> Value = llvm::json::parse(Text);
      if (!Value) {
        llvm::consumeError(Value.takeError());
        return ReadWholeInstead();
      }
      Visit(Id, *Value);
    }
    return llvm::Error::success();
  };
  llvm::Expected<DbtManifest> M =
      buildManifest(Path, Metadata->getAsObject(), ForEachMember);
  if (ReadWhole) {
    llvm::consumeError(M.takeError());
    return std::nullopt;
  }
  return M;
}

} // namespace

llvm::Expected<DbtManifest> readDbtManifest(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return manifestError(Path, Buffer.getError().message());
  // llvm::json parses and frees nested values recursively: a document
  // nested deeper than any manifest is refused before it runs out of stack.
  llvm::StringRef Text = (*Buffer)->getBuffer();
  if (size_t Depth = jsonNesting(Text); Depth > MaxNesting)
    return manifestError(Path, "nested " + llvm::Twine(Depth) +
                                   " levels deep; a manifest is at most " +
                                   llvm::Twine(MaxNesting));
  if (std::optional<llvm::Expected<DbtManifest>> M =
          readManifestByMembers(Path, Text))
    return std::move(*M);
  auto Parsed = llvm::json::parse(Text);
  if (!Parsed)
    return manifestError(Path,
                         "not JSON: " + llvm::toString(Parsed.takeError()));
  const llvm::json::Object *Root = Parsed->getAsObject();
  if (!Root || !Root->getObject("metadata") || !Root->getObject("nodes") ||
      !Root->getObject("sources"))
    return manifestError(Path, "not a dbt manifest (no metadata, nodes, "
                               "sources)");
  auto ForEachMember = [&](llvm::StringRef Section,
                           MemberVisitor Visit) -> llvm::Error {
    if (const llvm::json::Object *Members = Root->getObject(Section))
      for (const auto &[Id, Value] : *Members)
        Visit(Id, Value);
    return llvm::Error::success();
  };
  llvm::Expected<DbtManifest> M =
      buildManifest(Path, Root->getObject("metadata"), ForEachMember);
  if (M)
    M->Document = std::make_unique<const llvm::json::Value>(std::move(*Parsed));
  return M;
}

const SqlReading &DbtNode::sql(const DbtManifest &Manifest) const {
  const SqlLexicon &Lexicon = Manifest.Lexicon;
  if (!Reading) {
    Reading = Python ? readPython(Code)
                     : readSql(Code, Lexicon, Compiled, &Manifest.Known);
    Reading->Identifiers.insert(SemanticNames.begin(), SemanticNames.end());
  }
  return *Reading;
}

const SqlReading &DbtNode::incrementalSql(const DbtManifest &Manifest) const {
  if (!IncrementalReading) {
    // Its columns placed where the rendered source is a query the reader
    // follows; else every name the source says (strings too).
    std::optional<std::string> Rendered =
        renderRelations(IncrementalCode, Manifest, *this);
    IncrementalReading = Rendered ? readSql(*Rendered, Manifest.Lexicon,
                                            /*Compiled=*/true, &Manifest.Known)
                                  : SqlReading();
    IncrementalReading->Identifiers.merge(
        readSql(IncrementalCode, Manifest.Lexicon, /*Compiled=*/false)
            .Identifiers);
  }
  return *IncrementalReading;
}

namespace {

/// The schema a table of \p Schema (or the dialect's default) is in, in
/// the warehouse: where \p SchemaMap lands it.
std::optional<std::string>
landedSchema(Dialect D, const std::map<std::string, std::string> &SchemaMap,
             const std::optional<std::string> &Schema) {
  std::optional<std::string> S = Schema;
  if (!S && D == Dialect::PostgreSQL)
    S = "public";
  else if (!S && D == Dialect::SQLite)
    S = "main";
  if (S)
    if (auto It = SchemaMap.find(*S); It != SchemaMap.end())
      return It->second;
  return S;
}

/// The sources that are the table \p Table of the warehouse schema
/// \p Landed.
std::vector<const DbtSource *>
sourcesOfTable(const DbtManifest &Manifest,
               const std::optional<std::string> &Landed,
               const std::string &Table) {
  auto SameName = [](llvm::StringRef A, llvm::StringRef B, bool Quoted) {
    return Quoted ? A == B : A.equals_insensitive(B);
  };
  std::vector<const DbtSource *> Sources;
  for (const DbtSource &Src : Manifest.Sources) {
    if (!SameName(Src.Identifier, Table, Src.QuoteIdentifier))
      continue;
    // MySQL's schema is the connection's database: any.
    if (Landed && !SameName(Src.Schema, *Landed, Src.QuoteSchema) &&
        !SameName(Src.SourceName, *Landed, false))
      continue;
    Sources.push_back(&Src);
  }
  return Sources;
}

/// The columns of \p Tables that setKnownColumns() tells a manifest.
KnownColumns knownColumns(const DbtManifest &Manifest, Dialect D,
                          const std::map<std::string, std::string> &SchemaMap,
                          const std::vector<ir::Table> &Tables) {
  KnownColumns Known;
  // Two tables of one name but for its case: which the SQL reads is not
  // known.
  std::set<std::string> Ambiguous;
  auto Add = [&](llvm::StringRef Schema, llvm::StringRef Name,
                 const ir::Table &T) {
    std::string Key = llvm::StringRef((Schema + "." + Name).str()).lower();
    std::vector<std::string> Columns;
    for (const ir::Column &C : T.Columns)
      Columns.push_back(C.Name);
    auto [It, Added] = Known.try_emplace(Key, Columns);
    if (!Added && It->second != Columns)
      Ambiguous.insert(Key);
  };
  for (const ir::Table &T : Tables) {
    std::optional<std::string> Landed = landedSchema(D, {}, T.Schema);
    if (!Landed || SchemaMap.count(*Landed))
      continue;
    for (const DbtSource *Src : sourcesOfTable(Manifest, Landed, T.Name))
      Add(Src->Schema, Src->Identifier, T);
    Add(*Landed, T.Name, T);
  }
  for (const std::string &Key : Ambiguous)
    Known.erase(Key);
  return Known;
}

} // namespace

void setKnownColumns(DbtManifest &Manifest, Dialect D,
                     const std::map<std::string, std::string> &SchemaMap,
                     const std::vector<ir::Table> &Tables) {
  Manifest.Known = knownColumns(Manifest, D, SchemaMap, Tables);
}

bool readsAnyTable(const DbtManifest &Manifest, Dialect D,
                   const std::map<std::string, std::string> &SchemaMap,
                   const std::vector<ir::Table> &Tables) {
  for (const ir::Table &T : Tables) {
    std::optional<std::string> Landed = landedSchema(D, SchemaMap, T.Schema);
    if (!sourcesOfTable(Manifest, Landed, T.Name).empty())
      return true;
    if (Landed &&
        Manifest.NamedRelations.count((llvm::StringRef(*Landed).lower() + "." +
                                       llvm::StringRef(T.Name).lower())))
      return true;
  }
  return false;
}

std::vector<ImpactEntry>
dbtReaders(const DbtManifest &Manifest, Dialect D,
           const std::map<std::string, std::string> &SchemaMap,
           const std::optional<std::string> &Schema, const std::string &Table,
           const std::optional<std::string> &ColumnName,
           const std::optional<ColumnRename> &Rename) {
  // The sources the table is, by its schema (or the dialect's default) as
  // the warehouse has it.
  std::optional<std::string> Landed = landedSchema(D, SchemaMap, Schema);
  std::vector<const DbtSource *> Sources =
      sourcesOfTable(Manifest, Landed, Table);

  std::string Column = ColumnName ? llvm::StringRef(*ColumnName).lower() : "";
  std::string NewColumn =
      Rename ? llvm::StringRef(Rename->NewName).lower() : "";
  // A node's SQL read by the columns the tables have after the rename.
  std::map<std::string, SqlReading> AfterRename;
  auto RenameBreaks = [&](const std::string &Id, const DbtNode &N,
                          const SqlReading &Before, const std::string &Parent,
                          const std::string &ParentSchema, bool Carries) {
    if (!Rename || N.Python)
      return false;
    // Its result would name the column twice: the one its select * now
    // carries, and its select list's.
    if (Carries && Before.ResultNames.count(NewColumn))
      return true;
    // An unqualified name that the column now has, or a GROUP BY alias of
    // its name: read of the relation where it was not before.
    if (Before.readsColumn(Parent, NewColumn, ParentSchema))
      return false;
    auto It = AfterRename.find(Id);
    if (It == AfterRename.end())
      It = AfterRename
               .emplace(Id, readSql(N.Code, Manifest.Lexicon, N.Compiled,
                                    Rename->NewKnown,
                                    /*ColumnsBeforeAliases=*/true))
               .first;
    return It->second.readsColumn(Parent, NewColumn, ParentSchema);
  };
  // Breadth first, each node once: a node that fails takes its descendants
  // with it; one that passes every column through hands the question to
  // its children. Parent links rebuild each node's chain.
  // Each entry: the node, its parent (none for a source), the relation
  // the parent is in the node's SQL, its schema, and the parent's
  // event_time.
  enum Mode { Reads, Fails };
  struct Step {
    std::string Id, Parent, ParentRelation, ParentSchema, ParentEventTime;
    Mode How;
  };
  std::map<std::string, std::string> FailedFrom, ReadFrom; // id -> parent
  std::deque<Step> Queue;
  for (const DbtSource *Src : Sources) {
    auto Kids = Manifest.Children.find(Src->Id);
    if (Kids != Manifest.Children.end())
      for (const std::string &K : Kids->second)
        Queue.push_back(
            {K, "", Src->Identifier, Src->Schema, Src->EventTime, Reads});
  }
  std::string Relation = llvm::StringRef(Table).lower();
  // A table read as it is (its schema not landed elsewhere by a loader,
  // which may fold its name) has its own name's case.
  std::optional<std::string> ExactName, Unmapped = landedSchema(D, {}, Schema);
  if (Manifest.Lexicon.FoldsToLower &&
      !(Unmapped && SchemaMap.count(*Unmapped)))
    ExactName = Table;
  for (const std::string *Id :
       readersByName(Manifest, Sources, Landed, Relation, ExactName))
    Queue.push_back({*Id, "", Relation, Landed.value_or(""), "", Reads});
  while (!Queue.empty()) {
    Step At = std::move(Queue.front());
    Queue.pop_front();
    auto NodeIt = Manifest.Nodes.find(At.Id);
    if (NodeIt == Manifest.Nodes.end() || NodeIt->second.Kind == "dbt_seed" ||
        FailedFrom.count(At.Id))
      continue;
    const DbtNode &N = NodeIt->second;
    Mode Next;
    // The node's SQL is read only where the question is which column.
    const SqlReading *Sql =
        At.How == Reads && ColumnName ? &N.sql(Manifest) : nullptr;
    bool Carries = Sql && Sql->passesThrough(At.ParentRelation);
    if (!Sql || Sql->readsColumn(At.ParentRelation, Column, At.ParentSchema) ||
        (!N.IncrementalCode.empty() &&
         N.incrementalSql(Manifest).readsColumn(At.ParentRelation, Column,
                                                At.ParentSchema)) ||
        (N.Microbatch && At.ParentEventTime == Column) ||
        (Carries && (N.ConfiguredColumns.count(Column) || N.KeepsColumns)) ||
        RenameBreaks(At.Id, N, *Sql, At.ParentRelation, At.ParentSchema,
                     Carries)) {
      FailedFrom[At.Id] = At.Parent;
      Next = Fails;
    } else if (Carries && N.Kind != "dbt_snapshot" && !N.AppendsColumns &&
               !ReadFrom.count(At.Id)) {
      // A snapshot keeps the columns it had, and so does an incremental
      // model that appends new ones: their children still read them.
      ReadFrom[At.Id] = At.Parent;
      Next = Reads;
    } else {
      continue;
    }
    auto Kids = Manifest.Children.find(At.Id);
    if (Kids != Manifest.Children.end())
      for (const std::string &K : Kids->second)
        Queue.push_back({K, At.Id, N.Relation, N.Schema, N.EventTime, Next});
  }
  std::map<std::string, std::vector<std::string>> Reached;
  for (auto &[Id, Parent] : FailedFrom) {
    std::vector<std::string> Via;
    for (std::string P = Parent;
         !P.empty() && Via.size() <= FailedFrom.size() + ReadFrom.size();) {
      Via.push_back(Manifest.Nodes.at(P).Name);
      auto F = FailedFrom.find(P);
      P = F != FailedFrom.end() ? F->second
          : ReadFrom.count(P)   ? ReadFrom[P]
                                : "";
    }
    std::reverse(Via.begin(), Via.end());
    Reached[Id] = std::move(Via);
  }
  std::vector<ImpactEntry> Out;
  for (auto &[Id, Via] : Reached) {
    const DbtNode &N = Manifest.Nodes.at(Id);
    Out.push_back({N.Kind, N.Name, N.Owner, Via});
  }
  llvm::sort(Out, [](const ImpactEntry &A, const ImpactEntry &B) {
    return std::tie(A.Kind, A.Name) < std::tie(B.Kind, B.Name);
  });
  return Out;
}

void addDbtImpact(std::vector<Change> &Changes, const DbtManifest &Manifest,
                  Dialect D,
                  const std::map<std::string, std::string> &SchemaMap,
                  const std::vector<ir::Table> &NewTables) {
  // Made for the first rename only.
  std::optional<KnownColumns> NewKnown;
  for (Change &C : Changes) {
    // A safe change breaks no reader.
    if (C.Severity == ChangeSeverity::Safe)
      continue;
    bool TableLevel =
        C.Kind == ChangeKind::RemoveTable || C.Kind == ChangeKind::RenameTable;
    bool ColumnLevel = C.Column && C.Kind != ChangeKind::AddColumn;
    if (!TableLevel && !ColumnLevel)
      continue;
    std::optional<ColumnRename> Rename;
    if (C.Kind == ChangeKind::RenameColumn && C.NewColumn) {
      if (!NewKnown)
        NewKnown = knownColumns(Manifest, D, SchemaMap, NewTables);
      Rename = ColumnRename{*C.NewColumn, &*NewKnown};
    }
    llvm::append_range(
        C.Impact, dbtReaders(Manifest, D, SchemaMap, C.Schema, C.Table,
                             ColumnLevel ? C.Column : std::nullopt, Rename));
    llvm::sort(C.Impact, [](const ImpactEntry &A, const ImpactEntry &B) {
      return std::tie(A.Kind, A.Name) < std::tie(B.Kind, B.Name);
    });
  }
}

} // namespace schemac::passes
