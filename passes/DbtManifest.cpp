//===- DbtManifest.cpp - Downstream consumers from dbt -------------------===//

#include "passes/DbtManifest.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"

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

/// The identifiers a SQL text names (lower case; quotes dropped), and
/// whether it selects every column of something (`select *`, `t.*`).
void scanSql(llvm::StringRef Sql, DbtNode &N) {
  std::string Word;
  char Previous = 0; // the last non-space character before the word
  std::string PreviousWord;
  auto Flush = [&] {
    if (!Word.empty()) {
      N.Identifiers.insert(Word);
      PreviousWord = Word;
      Word.clear();
      Previous = 'a';
    }
  };
  for (char C : Sql) {
    char L = llvm::toLower(C);
    if (llvm::isAlnum(L) || L == '_' || L == '$') {
      Word += L;
      continue;
    }
    Flush();
    if (L == '*' && (Previous == '.' || Previous == ',' ||
                     (Previous == 'a' && (PreviousWord == "select" ||
                                          PreviousWord == "distinct"))))
      N.SelectsAll = true;
    if (!llvm::isSpace(L) && L != '"' && L != '`') {
      Previous = L;
      PreviousWord.clear();
    }
  }
  Flush();
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

} // namespace

llvm::Expected<DbtManifest> readDbtManifest(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return manifestError(Path, Buffer.getError().message());
  auto Parsed = llvm::json::parse((*Buffer)->getBuffer());
  if (!Parsed)
    return manifestError(Path,
                         "not JSON: " + llvm::toString(Parsed.takeError()));
  const llvm::json::Object *Root = Parsed->getAsObject();
  if (!Root || !Root->getObject("metadata") || !Root->getObject("nodes") ||
      !Root->getObject("sources"))
    return manifestError(Path, "not a dbt manifest (no metadata, nodes, "
                               "sources)");
  std::string Version = str(Root->getObject("metadata"), "dbt_schema_version");
  llvm::StringRef V(Version);
  unsigned N = 0;
  if (!V.consume_front("https://schemas.getdbt.com/dbt/manifest/v") ||
      !V.consume_back(".json") || V.getAsInteger(10, N) || N < 9 || N > 12)
    return manifestError(Path, "schema version '" + Version +
                                   "' is not one this schemac reads (v9 to "
                                   "v12: dbt 1.5 to 1.9)");
  DbtManifest M;
  for (const auto &[Id, Value] : *Root->getObject("sources")) {
    const llvm::json::Object *S = Value.getAsObject();
    if (!S)
      continue;
    DbtSource Source;
    Source.Id = Id.str();
    Source.SourceName = str(S, "source_name");
    Source.Schema = str(S, "schema");
    Source.Identifier = str(S, "identifier");
    if (Source.Identifier.empty())
      Source.Identifier = str(S, "name");
    if (const auto *Q = S->getObject("quoting")) {
      Source.QuoteSchema = Q->getBoolean("schema").value_or(false);
      Source.QuoteIdentifier = Q->getBoolean("identifier").value_or(false);
    }
    M.Sources.push_back(std::move(Source));
  }
  auto AddNodes = [&](llvm::StringRef Section) {
    const llvm::json::Object *Nodes = Root->getObject(Section);
    if (!Nodes)
      return;
    for (const auto &[Id, Value] : *Nodes) {
      const llvm::json::Object *O = Value.getAsObject();
      if (!O)
        continue;
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
        continue;
      Node.Id = Id.str();
      Node.Name = str(O, "name");
      Node.Owner = ownerOf(*O);
      if (const auto *D = O->getObject("depends_on"))
        if (const auto *Deps = D->getArray("nodes"))
          for (const llvm::json::Value &Dep : *Deps)
            if (auto S = Dep.getAsString())
              Node.DependsOn.push_back(S->str());
      std::string Sql = str(O, "compiled_code");
      if (Sql.empty())
        Sql = str(O, "raw_code");
      Node.HasSql = !Sql.empty();
      scanSql(Sql, Node);
      for (const std::string &Dep : Node.DependsOn)
        M.Children[Dep].push_back(Node.Id);
      M.Nodes.emplace(Node.Id, std::move(Node));
    }
  };
  for (const char *Section :
       {"nodes", "exposures", "metrics", "semantic_models"})
    AddNodes(Section);
  return M;
}

std::vector<ImpactEntry>
dbtReaders(const DbtManifest &Manifest, Dialect D,
           const std::map<std::string, std::string> &SchemaMap,
           const std::optional<std::string> &Schema, const std::string &Table,
           const std::optional<std::string> &ColumnName) {
  auto SameName = [](llvm::StringRef A, llvm::StringRef B, bool Quoted) {
    return Quoted ? A == B : A.equals_insensitive(B);
  };
  // The sources the table is, by its schema (or the dialect's default) as
  // the warehouse has it.
  std::optional<std::string> S = Schema;
  if (!S && D == Dialect::PostgreSQL)
    S = "public";
  else if (!S && D == Dialect::SQLite)
    S = "main";
  std::optional<std::string> Landed = S;
  if (S)
    if (auto It = SchemaMap.find(*S); It != SchemaMap.end())
      Landed = It->second;
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

  std::string Column = ColumnName ? llvm::StringRef(*ColumnName).lower() : "";
  std::map<std::string, std::vector<std::string>> Reached; // id -> via
  // Everything downstream of a node that fails to build.
  std::function<void(const std::string &, std::vector<std::string>)> Fails =
      [&](const std::string &Id, std::vector<std::string> Via) {
        if (Reached.count(Id))
          return;
        const DbtNode &N = Manifest.Nodes.at(Id);
        if (N.Kind == "dbt_seed")
          return;
        Reached[Id] = Via;
        Via.push_back(N.Name);
        auto Kids = Manifest.Children.find(Id);
        if (Kids != Manifest.Children.end())
          for (const std::string &K : Kids->second)
            if (Manifest.Nodes.count(K))
              Fails(K, Via);
      };
  // A reader of the column's data: fails if it names the column; hands the
  // question to its children if it selects *.
  std::function<void(const std::string &, std::vector<std::string>)> Reads =
      [&](const std::string &Id, std::vector<std::string> Via) {
        const DbtNode &N = Manifest.Nodes.at(Id);
        if (N.Kind == "dbt_seed" || Reached.count(Id))
          return;
        if (!ColumnName || N.Identifiers.count(Column))
          return Fails(Id, Via);
        if (!N.SelectsAll)
          return;
        Via.push_back(N.Name);
        auto Kids = Manifest.Children.find(Id);
        if (Kids != Manifest.Children.end())
          for (const std::string &K : Kids->second)
            if (Manifest.Nodes.count(K))
              Reads(K, Via);
      };
  for (const DbtSource *Src : Sources) {
    auto Kids = Manifest.Children.find(Src->Id);
    if (Kids == Manifest.Children.end())
      continue;
    for (const std::string &K : Kids->second)
      if (Manifest.Nodes.count(K))
        Reads(K, {});
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
                  const std::map<std::string, std::string> &SchemaMap) {
  for (Change &C : Changes) {
    // A safe change breaks no reader.
    if (C.Severity == ChangeSeverity::Safe)
      continue;
    bool TableLevel =
        C.Kind == ChangeKind::RemoveTable || C.Kind == ChangeKind::RenameTable;
    bool ColumnLevel = C.Column && C.Kind != ChangeKind::AddColumn;
    if (!TableLevel && !ColumnLevel)
      continue;
    llvm::append_range(C.Impact,
                       dbtReaders(Manifest, D, SchemaMap, C.Schema, C.Table,
                                  ColumnLevel ? C.Column : std::nullopt));
    llvm::sort(C.Impact, [](const ImpactEntry &A, const ImpactEntry &B) {
      return std::tie(A.Kind, A.Name) < std::tie(B.Kind, B.Name);
    });
  }
}

} // namespace schemac::passes
