//===- DiffConfig.cpp - schemac.yaml: the diff's policy ------------------===//

#include "passes/DiffConfig.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"

namespace schemac::passes {

namespace {

namespace yaml = llvm::yaml;

const char *const Categories[] = {"breaking", "warning",    "safe",
                                  "tables",   "columns",    "types",
                                  "defaults", "constraints"};

llvm::StringRef categoryOf(ChangeKind K) {
  switch (K) {
  case ChangeKind::AddTable:
  case ChangeKind::RemoveTable:
  case ChangeKind::RenameTable:
  case ChangeKind::ModifyTableComment:
    return "tables";
  case ChangeKind::AddColumn:
  case ChangeKind::RemoveColumn:
  case ChangeKind::RenameColumn:
  case ChangeKind::ModifyComment:
    return "columns";
  case ChangeKind::ModifyType:
  case ChangeKind::AddEnumValue:
  case ChangeKind::RemoveEnumValue:
    return "types";
  case ChangeKind::ModifyNullable:
  case ChangeKind::ModifyDefault:
  case ChangeKind::ModifyServerDefault:
    return "defaults";
  default:
    return "constraints";
  }
}

std::optional<ChangeSeverity> parseSeverity(llvm::StringRef S) {
  if (S == "breaking")
    return ChangeSeverity::Breaking;
  if (S == "warning")
    return ChangeSeverity::Warning;
  if (S == "safe")
    return ChangeSeverity::Safe;
  return std::nullopt;
}

/// Walks the document, reporting through the stream (so that every error
/// has its place) and counting.
class Reader {
public:
  Reader(yaml::Stream &S) : S(S) {}
  bool Failed = false;

  void error(yaml::Node *N, const llvm::Twine &Message) {
    S.printError(N, Message);
    Failed = true;
  }

  std::optional<std::string> scalar(yaml::Node *N, llvm::StringRef What) {
    auto *Scalar = llvm::dyn_cast_or_null<yaml::ScalarNode>(N);
    if (!Scalar) {
      error(N, "expected " + What);
      if (N)
        N->skip();
      return std::nullopt;
    }
    llvm::SmallString<64> Storage;
    return Scalar->getValue(Storage).str();
  }

  std::vector<std::pair<std::string, yaml::Node *>> list(yaml::Node *N,
                                                         llvm::StringRef What) {
    std::vector<std::pair<std::string, yaml::Node *>> Out;
    auto *Seq = llvm::dyn_cast_or_null<yaml::SequenceNode>(N);
    if (!Seq) {
      error(N, "expected a list of " + What);
      if (N)
        N->skip();
      return Out;
    }
    for (yaml::Node &Item : *Seq)
      if (auto V = scalar(&Item, What.str()))
        Out.emplace_back(*V, &Item);
    return Out;
  }

  /// Calls F(key, key node, value node) for each entry of a mapping.
  template <typename Fn>
  void mapping(yaml::Node *N, llvm::StringRef What, Fn F) {
    auto *Map = llvm::dyn_cast_or_null<yaml::MappingNode>(N);
    if (!Map) {
      error(N, "expected a mapping (" + What + ")");
      if (N)
        N->skip();
      return;
    }
    for (yaml::KeyValueNode &KV : *Map) {
      auto Key = scalar(KV.getKey(), "a key");
      if (!Key) {
        KV.skip();
        continue;
      }
      F(*Key, KV.getKey(), KV.getValue());
    }
  }

  std::optional<DiffRule> rule(const std::string &Id, yaml::Node *N) {
    auto R = findRule(Id);
    if (!R)
      error(N, "unknown rule '" + Id + "' (docs/rules.md lists them)");
    return R;
  }

  std::vector<std::string> rulesOrCategories(yaml::Node *N) {
    std::vector<std::string> Out;
    for (auto &[V, Item] : list(N, "rule ids or categories")) {
      if (!findRule(V) && !llvm::is_contained(Categories, V)) {
        error(Item, "unknown rule or category '" + V +
                        "' (categories: breaking, warning, safe, tables, "
                        "columns, types, defaults, constraints)");
        continue;
      }
      Out.push_back(V);
    }
    return Out;
  }

private:
  yaml::Stream &S;
};

/// consumers: [{table, column?, name, owner?}, ...]: the spec's "contract"
/// consumers.
void readConsumers(Reader &R, yaml::Node *V, std::vector<Consumer> &Out) {
  auto *Seq = llvm::dyn_cast_or_null<yaml::SequenceNode>(V);
  if (!Seq) {
    R.error(V, "expected a list of consumers");
    if (V)
      V->skip();
    return;
  }
  for (yaml::Node &Item : *Seq) {
    Consumer C;
    R.mapping(&Item, "table, column, name, owner",
              [&](const std::string &K, yaml::Node *KN, yaml::Node *CV) {
                auto Value = R.scalar(CV, "a name");
                if (!Value)
                  return;
                if (K == "table")
                  C.Table = *Value;
                else if (K == "column")
                  C.Column = *Value;
                else if (K == "name")
                  C.Name = *Value;
                else if (K == "owner")
                  C.Owner = *Value;
                else
                  R.error(KN, "unknown key '" + K +
                                  "' in a consumer (expected table, column, "
                                  "name, owner)");
              });
    if (C.Table.empty() || C.Name.empty())
      R.error(&Item, "a consumer needs 'table' and 'name'");
    else
      Out.push_back(C);
  }
}

bool pathMatches(llvm::StringRef Pattern, llvm::StringRef Path) {
  if (Path.empty())
    return false;
  if (Pattern.find_first_of("*?[") != llvm::StringRef::npos) {
    auto Glob = llvm::GlobPattern::create(Pattern);
    if (!Glob) {
      llvm::consumeError(Glob.takeError());
      return false;
    }
    return Glob->match(Path);
  }
  Pattern = Pattern.rtrim('/');
  return Path == Pattern || Path.starts_with((Pattern + "/").str());
}

} // namespace

std::optional<DiffConfig> readDiffConfig(llvm::StringRef Text,
                                         llvm::StringRef FileName,
                                         llvm::raw_ostream &Errors,
                                         bool Colors) {
  llvm::SourceMgr SM;
  std::pair<llvm::raw_ostream *, bool> Context{&Errors, Colors};
  SM.setDiagHandler(
      [](const llvm::SMDiagnostic &D, void *C) {
        auto *Out = static_cast<std::pair<llvm::raw_ostream *, bool> *>(C);
        D.print(nullptr, *Out->first, Out->second);
      },
      &Context);
  // A file that is not YAML gets the parser's one error, not also what the
  // walk would make of the wreck.
  {
    yaml::Stream Syntax(llvm::MemoryBufferRef(Text, FileName), SM, Colors);
    for (yaml::Document &D : Syntax)
      D.skip();
    if (Syntax.failed())
      return std::nullopt;
  }
  yaml::Stream S(llvm::MemoryBufferRef(Text, FileName), SM, Colors);
  Reader R(S);
  DiffConfig Config;
  auto Doc = S.begin();
  if (Doc == S.end() || !Doc->getRoot() ||
      llvm::isa<yaml::NullNode>(Doc->getRoot()))
    return S.failed() ? std::nullopt : std::optional<DiffConfig>(Config);
  R.mapping(
      Doc->getRoot(), "the configuration",
      [&](const std::string &Key, yaml::Node *KeyNode, yaml::Node *V) {
        if (Key == "version") {
          auto Version = R.scalar(V, "a version");
          if (Version && *Version != "1")
            R.error(V, "unsupported configuration version '" + *Version +
                           "'; this schemac reads version 1");
        } else if (Key == "rules") {
          R.mapping(
              V, "rules",
              [&](const std::string &K, yaml::Node *KN, yaml::Node *RV) {
                if (K == "use")
                  Config.Use = R.rulesOrCategories(RV);
                else if (K == "except")
                  Config.Except = R.rulesOrCategories(RV);
                else if (K == "severity")
                  R.mapping(
                      RV, "rule: severity",
                      [&](const std::string &Id, yaml::Node *IdNode,
                          yaml::Node *SV) {
                        auto Rule = R.rule(Id, IdNode);
                        auto Sev = R.scalar(SV, "breaking, warning or safe");
                        if (!Sev)
                          return;
                        auto Severity = parseSeverity(*Sev);
                        if (!Severity)
                          R.error(SV,
                                  "unknown severity '" + *Sev +
                                      "'; expected breaking, warning or safe");
                        if (Rule && Severity)
                          Config.Severity[*Rule] = *Severity;
                      });
                else {
                  R.error(KN,
                          "unknown key '" + K +
                              "' in rules (expected use, except, severity)");
                  RV->skip();
                }
              });
        } else if (Key == "ignore") {
          for (auto &[P, N] : R.list(V, "paths"))
            Config.Ignore.push_back(P);
        } else if (Key == "ignore_tables") {
          for (auto &[T, N] : R.list(V, "tables"))
            Config.IgnoreTables.push_back(T);
        } else if (Key == "ignore_only") {
          R.mapping(
              V, "rule: [paths]",
              [&](const std::string &Id, yaml::Node *IdNode, yaml::Node *PV) {
                auto Rule = R.rule(Id, IdNode);
                auto Paths = R.list(PV, "paths");
                if (Rule)
                  for (auto &[P, N] : Paths)
                    Config.IgnoreOnly[*Rule].push_back(P);
              });
        } else if (Key == "protected") {
          for (auto &[E, N] : R.list(V, "tables or table.column"))
            Config.Protected.push_back(E);
        } else if (Key == "renames") {
          auto *Seq = llvm::dyn_cast_or_null<yaml::SequenceNode>(V);
          if (!Seq) {
            R.error(V, "expected a list of renames");
            V->skip();
            return;
          }
          for (yaml::Node &Item : *Seq) {
            RenameHint H;
            bool HasTable = false, HasFrom = false;
            R.mapping(
                &Item, "table, column, from",
                [&](const std::string &K, yaml::Node *KN, yaml::Node *RV) {
                  auto Value = R.scalar(RV, "a name");
                  if (!Value)
                    return;
                  if (K == "table") {
                    // "schema.table" or "table", as on the new side.
                    auto [Schema, Table] = llvm::StringRef(*Value).rsplit('.');
                    if (Table.empty()) {
                      H.Table = Schema.str();
                    } else {
                      H.Schema = Schema.str();
                      H.Table = Table.str();
                    }
                    HasTable = true;
                  } else if (K == "column") {
                    H.Column = *Value;
                  } else if (K == "from") {
                    H.OldName = *Value;
                    HasFrom = true;
                  } else {
                    R.error(KN,
                            "unknown key '" + K +
                                "' in a rename (expected table, column, from)");
                  }
                });
            if (!HasTable || !HasFrom)
              R.error(&Item, "a rename needs 'table' and 'from'");
            else
              Config.Renames.push_back(H);
          }
        } else if (Key == "consumers") {
          readConsumers(R, V, Config.Consumers);
        } else if (Key == "dbt_manifest") {
          if (auto Path = R.scalar(V, "a path"))
            Config.DbtManifest = *Path;
        } else if (Key == "dbt_schemas") {
          R.mapping(V, "database schema: warehouse schema",
                    [&](const std::string &K, yaml::Node *, yaml::Node *SV) {
                      if (auto To = R.scalar(SV, "a schema"))
                        Config.DbtSchemas[K] = *To;
                    });
        } else {
          R.error(KeyNode,
                  "unknown key '" + Key +
                      "' (expected version, rules, ignore, "
                      "ignore_tables, ignore_only, protected, renames, "
                      "consumers, dbt_manifest, dbt_schemas)");
          if (V)
            V->skip();
        }
      });
  if (R.Failed || S.failed())
    return std::nullopt;
  return Config;
}

void applyDiffConfig(const DiffConfig &Config, std::vector<Change> &Changes,
                     const std::function<std::string(const Change &)> &PathOf) {
  auto Matches = [](const std::vector<std::string> &List, const Change &C) {
    const DiffRuleInfo &Info = ruleInfo(C.Rule);
    return llvm::any_of(List, [&](const std::string &E) {
      return E == Info.Id || E == categoryOf(C.Kind) ||
             E == severityName(Info.Severity);
    });
  };
  // By the names on either side: a contract on users.email holds when the
  // column is renamed too.
  auto Named = [](const std::vector<std::string> &List, const Change &C,
                  bool WithColumn) {
    auto Match = [&](const std::optional<std::string> &Schema,
                     const std::string &Table,
                     const std::optional<std::string> &Column) {
      std::string Qualified = ir::qualifiedName(Schema, Table);
      return llvm::any_of(List, [&](const std::string &E) {
        if (!WithColumn)
          return E == Table || E == Qualified;
        return Column &&
               (E == Table + "." + *Column || E == Qualified + "." + *Column);
      });
    };
    return Match(C.Schema, C.Table, C.Column) ||
           Match(C.NewSchema, C.NewTable, C.NewColumn);
  };
  llvm::erase_if(Changes, [&](const Change &C) {
    if (!Config.Use.empty() && !Matches(Config.Use, C))
      return true;
    if (Matches(Config.Except, C))
      return true;
    if (Named(Config.IgnoreTables, C, false))
      return true;
    std::string Path = PathOf(C);
    auto Ignored = [&](const std::vector<std::string> &Patterns) {
      return llvm::any_of(
          Patterns, [&](const std::string &P) { return pathMatches(P, Path); });
    };
    if (Ignored(Config.Ignore))
      return true;
    auto Only = Config.IgnoreOnly.find(C.Rule);
    return Only != Config.IgnoreOnly.end() && Ignored(Only->second);
  });
  for (Change &C : Changes) {
    auto Override = Config.Severity.find(C.Rule);
    if (Override != Config.Severity.end())
      C.Severity = Override->second;
    if (Named(Config.Protected, C, false) || Named(Config.Protected, C, true)) {
      C.Severity = ChangeSeverity::Breaking;
      C.Message += " (protected in the configuration)";
    }
  }
}

} // namespace schemac::passes
