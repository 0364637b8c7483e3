//===- Diagnostics.cpp ----------------------------------------------------===//

#include "support/Diagnostics.h"

#include "llvm/Support/SourceMgr.h"

namespace schemac {

namespace {
struct DiagInfo {
  const char *Name;
  Severity Level;
  const char *Format;
};
constexpr DiagInfo DiagTable[] = {
#define DIAG(Id, Sev, Format) {#Id, Severity::Sev, Format},
#include "support/DiagnosticKinds.def"
};
} // namespace

llvm::StringRef diagIdName(DiagId Id) {
  return DiagTable[static_cast<unsigned>(Id)].Name;
}
Severity diagSeverity(DiagId Id) {
  return DiagTable[static_cast<unsigned>(Id)].Level;
}
llvm::StringRef diagFormat(DiagId Id) {
  return DiagTable[static_cast<unsigned>(Id)].Format;
}

void DiagnosticEngine::add(DiagId Id, uint32_t Begin, uint32_t End,
                           std::string Message) {
  if (Stopped)
    return;
  Severity Level = diagSeverity(Id);
  if (Level == Severity::Error)
    ++NumErrors;
  Diags.push_back({Id, Level, Begin, End, std::move(Message)});
}

static llvm::SourceMgr::DiagKind toDiagKind(Severity Level) {
  switch (Level) {
  case Severity::Note:
    return llvm::SourceMgr::DK_Note;
  case Severity::Warning:
    return llvm::SourceMgr::DK_Warning;
  case Severity::Error:
    return llvm::SourceMgr::DK_Error;
  }
  return llvm::SourceMgr::DK_Error;
}

void DiagnosticEngine::print(llvm::raw_ostream &OS, bool Colors) const {
  const llvm::SourceMgr &SM = File.sourceMgr();
  size_t Size = File.text().size();
  for (const Diagnostic &D : Diags) {
    // No text (a file that could not be read): no line to point into.
    if (Size == 0) {
      llvm::SMDiagnostic(File.name(), toDiagKind(D.Level), D.Message)
          .print(nullptr, OS, Colors);
      continue;
    }
    uint32_t Begin = std::min<size_t>(D.Begin, Size);
    uint32_t End = std::min<size_t>(std::max(D.End, Begin), Size);
    llvm::SmallVector<llvm::SMRange, 1> Ranges;
    // SourceMgr underlines only within the caret's line; a one-character
    // range is the caret itself.
    if (End > Begin + 1)
      Ranges.push_back({File.loc(Begin), File.loc(End)});
    llvm::SMDiagnostic M =
        SM.GetMessage(File.loc(Begin), toDiagKind(D.Level), D.Message, Ranges);
    // The buffer's identifier is the path it was read from; print the name
    // the caller chose instead.
    llvm::SMDiagnostic(SM, M.getLoc(), File.name(), M.getLineNo(),
                       M.getColumnNo(), M.getKind(), M.getMessage(),
                       M.getLineContents(), M.getRanges())
        .print(nullptr, OS, Colors);
  }
}

} // namespace schemac
