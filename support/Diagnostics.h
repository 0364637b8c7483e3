//===- Diagnostics.h - Diagnostics as data --------------------*- C++ -*-===//
//
// Phases report problems here instead of printing them: a diagnostic is an id
// from DiagnosticKinds.def, a severity, a source range and the formatted
// message. The driver decides how to render them (clang-style text through
// llvm::SourceMgr, or JSON), and files analysed in parallel keep their
// diagnostics apart until they are printed in a stable order.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_DIAGNOSTICS_H
#define SCHEMAC_SUPPORT_DIAGNOSTICS_H

#include "support/SourceFile.h"

#include "llvm/Support/raw_ostream.h"

#include <fmt/format.h>

#include <cstdint>
#include <string>
#include <vector>

namespace schemac {

enum class DiagId : uint16_t {
#define DIAG(Id, Severity, Format) Id,
#include "support/DiagnosticKinds.def"
};
constexpr unsigned NumDiagIds = 0
#define DIAG(Id, Severity, Format) +1
#include "support/DiagnosticKinds.def"
    ;

enum class Severity : uint8_t { Note, Warning, Error };

struct Diagnostic {
  DiagId Id;
  Severity Level;
  uint32_t Begin; ///< Byte offsets into the file's decoded text.
  uint32_t End;
  std::string Message;
};

llvm::StringRef diagIdName(DiagId Id);
Severity diagSeverity(DiagId Id);
llvm::StringRef diagFormat(DiagId Id);

/// A file this broken is not worth more messages (CPython stops at one):
/// after this many errors the lexer and the parser note that they stop.
constexpr unsigned MaxErrorsPerFile = 50;

/// Collects the diagnostics of one source file.
class DiagnosticEngine {
public:
  explicit DiagnosticEngine(const SourceFile &File) : File(File) {}

  template <typename... Args>
  void report(DiagId Id, uint32_t Begin, uint32_t End, Args &&...A) {
    add(Id, Begin, End,
        fmt::format(fmt::runtime(diagFormat(Id).data()),
                    std::forward<Args>(A)...));
  }
  void add(DiagId Id, uint32_t Begin, uint32_t End, std::string Message);

  /// Drops every diagnostic reported until resumeReporting(): after an
  /// error that ends the analysis of a file (the per-file error limit, a
  /// tokenizer error CPython stops at), what would follow is noise.
  void stopReporting() { Stopped = true; }
  void resumeReporting() { Stopped = false; }
  bool reportingStopped() const { return Stopped; }

  const SourceFile &file() const { return File; }
  const std::vector<Diagnostic> &diagnostics() const { return Diags; }
  unsigned errorCount() const { return NumErrors; }

  /// Renders clang-style: "file:line:col: error: message", the source line and
  /// a caret with the range underlined.
  void print(llvm::raw_ostream &OS, bool Colors) const;

private:
  const SourceFile &File;
  std::vector<Diagnostic> Diags;
  unsigned NumErrors = 0;
  bool Stopped = false;
};

} // namespace schemac

#endif
