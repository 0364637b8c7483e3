//===- CiEmitters.cpp - Diff reports for CI systems ----------------------===//
//
// SARIF for code scanning, workflow commands for GitHub annotations and a
// Markdown pull-request comment. Each points at the new source where the
// change is, or at the old file for what was removed.
//
//===----------------------------------------------------------------------===//

#include "passes/DiffEmitter.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"

#include <fmt/format.h>

#include <map>

namespace schemac::passes {

namespace {

const ir::Loc &whereOf(const Change &C) {
  return C.NewLoc.isKnown() ? C.NewLoc : C.OldLoc;
}

/// The file of a change from the repository's top: the new side's, or the
/// old side's for a removal.
std::string repoPath(const Change &C, const DiffSides &Sides) {
  const ir::Loc &L = whereOf(C);
  return Sides.RepoPath ? Sides.RepoPath(!C.NewLoc.isKnown(), L.File)
                        : L.File.str();
}

llvm::StringRef sarifLevel(ChangeSeverity S) {
  switch (S) {
  case ChangeSeverity::Breaking:
    return "error";
  case ChangeSeverity::Warning:
    return "warning";
  case ChangeSeverity::Safe:
    return "note";
  }
  return "none";
}

/// COLUMN_REMOVED -> ColumnRemoved: SARIF's rule names are words.
std::string ruleName(llvm::StringRef Id) {
  std::string Out;
  bool Upper = true;
  for (char C : Id) {
    if (C == '_') {
      Upper = true;
      continue;
    }
    Out += Upper ? C : llvm::toLower(C);
    Upper = false;
  }
  return Out;
}

/// Workflow command escaping: data, and property values.
std::string escapeData(llvm::StringRef S) {
  std::string Out;
  for (char C : S) {
    if (C == '%')
      Out += "%25";
    else if (C == '\r')
      Out += "%0D";
    else if (C == '\n')
      Out += "%0A";
    else
      Out += C;
  }
  return Out;
}
std::string escapeProperty(llvm::StringRef S) {
  std::string Out;
  for (char C : escapeData(S)) {
    if (C == ':')
      Out += "%3A";
    else if (C == ',')
      Out += "%2C";
    else
      Out += C;
  }
  return Out;
}

/// Markdown table cells: no pipes or newlines.
std::string cell(llvm::StringRef S) {
  std::string Out;
  for (char C : S)
    Out += C == '|'    ? std::string("\\|")
           : C == '\n' ? std::string(" ")
                       : std::string(1, C);
  return Out;
}

} // namespace

void emitDiffSarif(const std::vector<Change> &Changes, const DiffSides &Sides,
                   llvm::raw_ostream &OS) {
  // Only the rules that fired, in rule order, indexed from the results.
  std::map<DiffRule, size_t> RuleIndex;
  for (const Change &C : Changes)
    RuleIndex.emplace(C.Rule, 0);
  size_t Next = 0;
  for (auto &[Rule, Index] : RuleIndex)
    Index = Next++;
  llvm::json::OStream J(OS, 2);
  J.object([&] {
    J.attribute("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    J.attribute("version", "2.1.0");
    J.attributeArray("runs", [&] {
      J.object([&] {
        J.attributeObject("tool", [&] {
          J.attributeObject("driver", [&] {
            J.attribute("name", "schemac");
            J.attributeArray("rules", [&] {
              for (auto &[Rule, Index] : RuleIndex) {
                const DiffRuleInfo &Info = ruleInfo(Rule);
                J.object([&] {
                  J.attribute("id", Info.Id);
                  J.attribute("name", ruleName(Info.Id));
                  J.attributeObject("shortDescription", [&] {
                    std::string Text = Info.Summary.str();
                    Text[0] = llvm::toUpper(Text[0]);
                    J.attribute("text", Text + ".");
                  });
                  J.attributeObject("defaultConfiguration", [&] {
                    J.attribute("level", sarifLevel(Info.Severity));
                  });
                  J.attributeObject("properties", [&] {
                    J.attribute("severity", severityName(Info.Severity));
                    J.attribute("kind", changeKindName(Info.Kind));
                  });
                });
              }
            });
          });
        });
        J.attributeArray("results", [&] {
          for (const Change &C : Changes)
            J.object([&] {
              J.attribute("ruleId", ruleInfo(C.Rule).Id);
              J.attribute("ruleIndex", static_cast<int64_t>(RuleIndex[C.Rule]));
              J.attribute("level", sarifLevel(C.Severity));
              J.attributeObject("message",
                                [&] { J.attribute("text", C.Message); });
              const ir::Loc &L = whereOf(C);
              if (L.isKnown())
                J.attributeArray("locations", [&] {
                  J.object([&] {
                    J.attributeObject("physicalLocation", [&] {
                      J.attributeObject("artifactLocation", [&] {
                        J.attribute("uri", repoPath(C, Sides));
                      });
                      J.attributeObject("region", [&] {
                        J.attribute("startLine", L.Line);
                        J.attribute("startColumn", L.Col);
                      });
                    });
                  });
                });
              J.attributeObject("properties", [&] {
                J.attribute("kind", changeKindName(C.Kind));
                J.attribute("severity", severityName(C.Severity));
                J.attribute("table", ir::qualifiedName(C.Schema, C.Table));
                if (C.Column)
                  J.attribute("column", *C.Column);
              });
            });
        });
      });
    });
  });
  OS << "\n";
}

void emitDiffGithub(const std::vector<Change> &Changes, const DiffSides &Sides,
                    llvm::raw_ostream &OS) {
  unsigned Counts[3] = {0, 0, 0};
  for (const Change &C : Changes) {
    ++Counts[static_cast<int>(C.Severity)];
    llvm::StringRef Command = C.Severity == ChangeSeverity::Breaking ? "error"
                              : C.Severity == ChangeSeverity::Warning
                                  ? "warning"
                                  : "notice";
    std::string Properties;
    const ir::Loc &L = whereOf(C);
    if (L.isKnown())
      Properties =
          fmt::format("file={},line={},col={},",
                      escapeProperty(repoPath(C, Sides)), L.Line, L.Col);
    Properties +=
        "title=" + escapeProperty(("schemac " + ruleInfo(C.Rule).Id + " (" +
                                   severityName(C.Severity) + ")")
                                      .str());
    std::string Message = C.Message;
    for (const ImpactEntry &I : C.Impact)
      Message += "\nimpact: " + I.Kind + " '" + I.Name + "'" +
                 (I.Owner ? " (owner " + *I.Owner + ")" : std::string());
    OS << "::" << Command << " " << Properties << "::" << escapeData(Message)
       << "\n";
  }
  OS << fmt::format("schemac: {} -> {}: {} breaking, {} warning, {} safe\n",
                    Sides.OldLabel, Sides.NewLabel,
                    Counts[static_cast<int>(ChangeSeverity::Breaking)],
                    Counts[static_cast<int>(ChangeSeverity::Warning)],
                    Counts[static_cast<int>(ChangeSeverity::Safe)]);
}

void emitDiffMarkdown(const std::vector<Change> &Changes, Dialect D,
                      const DiffSides &Sides, llvm::StringRef Diagram,
                      llvm::raw_ostream &OS) {
  unsigned Counts[3] = {0, 0, 0};
  for (const Change &C : Changes)
    ++Counts[static_cast<int>(C.Severity)];
  unsigned Breaking = Counts[static_cast<int>(ChangeSeverity::Breaking)],
           Warnings = Counts[static_cast<int>(ChangeSeverity::Warning)],
           Safe = Counts[static_cast<int>(ChangeSeverity::Safe)];
  OS << "## schemac: ";
  if (Changes.empty())
    OS << "no schema changes\n\n";
  else if (Breaking)
    OS << fmt::format("{} breaking schema change{}\n\n", Breaking,
                      Breaking == 1 ? "" : "s");
  else
    OS << "no breaking schema changes\n\n";
  OS << fmt::format("`{}` → `{}`, as {} sees it.\n\n", Sides.OldLabel,
                    Sides.NewLabel, dialectName(D).str());
  OS << "| 🛑 Breaking | ⚠️ Warning | ✅ Safe |\n|---:|---:|---:|\n";
  OS << fmt::format("| {} | {} | {} |\n", Breaking, Warnings, Safe);
  if (Changes.empty())
    return;

  // Who the changes reach, by owner.
  std::map<std::string, std::vector<std::string>> ByOwner;
  for (const Change &C : Changes)
    for (const ImpactEntry &I : C.Impact) {
      std::string Line = fmt::format(
          "{} `{}` ({}), by {} `{}`{}", I.Name.empty() ? "?" : I.Name, I.Kind,
          severityName(C.Severity).str(), ruleInfo(C.Rule).Id.str(),
          ir::qualifiedName(C.Schema, C.Table) +
              (C.Column ? "." + *C.Column : std::string()),
          I.Via.empty() ? std::string() : " via " + llvm::join(I.Via, " → "));
      auto &List = ByOwner[I.Owner.value_or("")];
      if (!llvm::is_contained(List, Line))
        List.push_back(Line);
    }
  if (!ByOwner.empty()) {
    OS << "\n### Impact\n";
    for (auto &[Owner, Lines] : ByOwner) {
      OS << "\n**" << (Owner.empty() ? "no owner" : cell(Owner)) << "**\n\n";
      for (const std::string &L : Lines)
        OS << "- " << cell(L) << "\n";
    }
  }

  if (!Diagram.empty())
    OS << "\n### Changed tables\n\n```mermaid\n" << Diagram << "```\n";

  // A section per table, breaking changes first within it.
  std::map<std::string, std::vector<const Change *>> ByTable;
  for (const Change &C : Changes)
    ByTable[ir::qualifiedName(C.Schema, C.Table)].push_back(&C);
  for (auto &[Table, List] : ByTable) {
    llvm::stable_sort(List, [](const Change *A, const Change *B) {
      return A->Severity > B->Severity;
    });
    OS << "\n### `" << Table << "`\n\n";
    OS << "| | Change | Rule | Where |\n|---|---|---|---|\n";
    for (const Change *C : List) {
      const ir::Loc &L = whereOf(*C);
      std::string Where =
          L.isKnown() ? fmt::format("`{}:{}`{}", repoPath(*C, Sides), L.Line,
                                    C->NewLoc.isKnown() ? "" : " (before)")
                      : "";
      llvm::StringRef Mark = C->Severity == ChangeSeverity::Breaking  ? "🛑"
                             : C->Severity == ChangeSeverity::Warning ? "⚠️"
                                                                      : "✅";
      OS << "| " << Mark << " | " << cell(C->Message) << " | `"
         << ruleInfo(C->Rule).Id << "` | " << Where << " |\n";
    }
    OS << "\n<details><summary>Details</summary>\n\n";
    for (const Change *C : List) {
      OS << "- `" << ruleInfo(C->Rule).Id << "`"
         << (C->Column ? " `" + *C->Column + "`" : std::string());
      auto Props = [&](const char *Side, const std::optional<Properties> &P) {
        if (!P)
          return;
        std::string Text;
        llvm::raw_string_ostream S(Text);
        llvm::json::OStream J(S);
        J.object([&] {
          for (const auto &[K, V] : *P)
            J.attribute(K, V);
        });
        OS << " " << Side << " `" << S.str() << "`";
      };
      Props("before", C->Old);
      Props("after", C->New);
      OS << "\n";
    }
    OS << "\n</details>\n";
  }
}

} // namespace schemac::passes
