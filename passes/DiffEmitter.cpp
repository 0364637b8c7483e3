//===- DiffEmitter.cpp - Reports of schema changes -----------------------===//

#include "passes/DiffEmitter.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/SourceMgr.h"

#include <fmt/format.h>

namespace schemac::passes {

namespace {

void locJson(llvm::json::OStream &J, llvm::StringRef Key, const ir::Loc &L) {
  if (!L.isKnown())
    return J.attribute(Key, nullptr);
  J.attributeObject(Key, [&] {
    J.attribute("file", L.File);
    J.attribute("line", L.Line);
    J.attribute("col", L.Col);
  });
}

void propertiesJson(llvm::json::OStream &J, llvm::StringRef Key,
                    const std::optional<Properties> &P) {
  if (!P)
    return J.attribute(Key, nullptr);
  J.attributeObject(Key, [&] {
    for (const auto &[K, V] : *P)
      J.attribute(K, V);
  });
}

/// The consumers a change reaches, under its diagnostic.
void printImpact(const Change &C, llvm::raw_ostream &OS) {
  for (const ImpactEntry &I : C.Impact) {
    OS << "  impact: " << I.Kind << " '" << I.Name << "'";
    if (I.Owner)
      OS << " (owner " << *I.Owner << ")";
    if (!I.Via.empty())
      OS << " via " << llvm::join(I.Via, " -> ");
    OS << "\n";
  }
}

} // namespace

void emitDiffJson(const std::vector<Change> &Changes, Dialect D,
                  const DiffSides &Sides, llvm::raw_ostream &OS) {
  unsigned Counts[3] = {0, 0, 0};
  llvm::json::OStream J(OS, 2);
  J.object([&] {
    J.attribute("format", "schemac.diff");
    J.attribute("version", 1);
    J.attribute("dialect", dialectName(D));
    J.attribute("old", Sides.OldLabel);
    J.attribute("new", Sides.NewLabel);
    J.attributeArray("changes", [&] {
      for (const Change &C : Changes) {
        ++Counts[static_cast<int>(C.Severity)];
        J.object([&] {
          J.attribute("kind", changeKindName(C.Kind));
          J.attribute("severity", severityName(C.Severity));
          J.attribute("rule", ruleInfo(C.Rule).Id);
          J.attribute("schema", optionalJson(C.Schema));
          J.attribute("table", C.Table);
          J.attribute("column", optionalJson(C.Column));
          J.attribute("name", optionalJson(C.Name));
          propertiesJson(J, "old", C.Old);
          propertiesJson(J, "new", C.New);
          J.attribute("message", C.Message);
          locJson(J, "old_loc", C.OldLoc);
          locJson(J, "new_loc", C.NewLoc);
          J.attributeArray("impact", [&] {
            for (const ImpactEntry &I : C.Impact)
              J.object([&] {
                J.attribute("kind", I.Kind);
                J.attribute("name", I.Name);
                J.attribute("owner", optionalJson(I.Owner));
                J.attributeArray("via", [&] {
                  for (const std::string &V : I.Via)
                    J.value(V);
                });
              });
          });
        });
      }
    });
    J.attributeObject("summary", [&] {
      J.attribute("breaking",
                  Counts[static_cast<int>(ChangeSeverity::Breaking)]);
      J.attribute("warning", Counts[static_cast<int>(ChangeSeverity::Warning)]);
      J.attribute("safe", Counts[static_cast<int>(ChangeSeverity::Safe)]);
    });
  });
  OS << "\n";
}

void emitDiffText(const std::vector<Change> &Changes, const DiffSides &Sides,
                  llvm::raw_ostream &OS, bool Colors) {
  unsigned Counts[3] = {0, 0, 0};
  for (const Change &C : Changes) {
    ++Counts[static_cast<int>(C.Severity)];
    // The new source shows where the change is; a removal, the old one.
    bool OldSide = !C.NewLoc.isKnown();
    const ir::Loc &L = OldSide ? C.OldLoc : C.NewLoc;
    llvm::SourceMgr::DiagKind Kind =
        C.Severity == ChangeSeverity::Breaking  ? llvm::SourceMgr::DK_Error
        : C.Severity == ChangeSeverity::Warning ? llvm::SourceMgr::DK_Warning
                                                : llvm::SourceMgr::DK_Note;
    std::string Message =
        fmt::format("{} [{}]", C.Message, ruleInfo(C.Rule).Id.str());
    const SourceFile *F =
        L.isKnown() && Sides.Source ? Sides.Source(OldSide, L.File) : nullptr;
    std::string Name = L.isKnown() && Sides.Display
                           ? Sides.Display(OldSide, L.File)
                           : L.File.str();
    if (!F) {
      llvm::SMDiagnostic(Name, Kind, Message).print(nullptr, OS, Colors);
      printImpact(C, OS);
      continue;
    }
    const llvm::SourceMgr &SM = F->sourceMgr();
    // The offset of (line, column): columns count bytes from 1.
    llvm::StringRef Text = F->text();
    size_t Offset = 0;
    for (unsigned Line = 1; Line < L.Line && Offset != llvm::StringRef::npos;
         ++Line) {
      Offset = Text.find('\n', Offset);
      if (Offset != llvm::StringRef::npos)
        ++Offset;
    }
    if (Offset == llvm::StringRef::npos || Offset + L.Col - 1 > Text.size()) {
      llvm::SMDiagnostic(Name, Kind, Message).print(nullptr, OS, Colors);
      printImpact(C, OS);
      continue;
    }
    llvm::SMDiagnostic M =
        SM.GetMessage(F->loc(Offset + L.Col - 1), Kind, Message);
    llvm::SMDiagnostic(SM, M.getLoc(), Name, M.getLineNo(), M.getColumnNo(),
                       M.getKind(), M.getMessage(), M.getLineContents(),
                       M.getRanges())
        .print(nullptr, OS, Colors);
    printImpact(C, OS);
  }
  unsigned Breaking = Counts[static_cast<int>(ChangeSeverity::Breaking)],
           Warnings = Counts[static_cast<int>(ChangeSeverity::Warning)],
           Safe = Counts[static_cast<int>(ChangeSeverity::Safe)];
  OS << fmt::format("{} -> {}: {} change{} ({} breaking, {} warning{}, {} "
                    "safe)\n",
                    Sides.OldLabel, Sides.NewLabel, Changes.size(),
                    Changes.size() == 1 ? "" : "s", Breaking, Warnings,
                    Warnings == 1 ? "" : "s", Safe);
}

} // namespace schemac::passes
