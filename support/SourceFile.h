//===- SourceFile.h - One decoded Python source file -------------*- C++
//-*-===//
//
// A source file as every phase sees it: the text the tokenizer reads (decoded
// per PEP 263 to UTF-8, '\n' newlines, no BOM, NUL-terminated) under the name
// diagnostics print. Offsets into text() are the positions every later phase
// stores; line and column come from llvm::SourceMgr on demand.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_SOURCEFILE_H
#define SCHEMAC_SUPPORT_SOURCEFILE_H

#include "support/SourceDecoding.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/SourceMgr.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace schemac {

/// 1-based line and 1-based column, the column counted in UTF-8 bytes of the
/// decoded text (CPython's col_offset + 1).
struct LineColumn {
  unsigned Line;
  unsigned Column;
};

class SourceFile {
public:
  /// Reads \p Path from disk; \p DisplayName is what diagnostics print.
  static llvm::Expected<std::unique_ptr<SourceFile>>
  open(llvm::StringRef Path, llvm::StringRef DisplayName);
  static std::unique_ptr<SourceFile> fromBytes(llvm::StringRef Bytes,
                                               llvm::StringRef DisplayName);
  /// A file over the text of \p Of, which outlives it, decoded as \p Of
  /// is: without a copy, and without decoding the text again (which would
  /// read a decoded text under its coding declaration once more).
  static std::unique_ptr<SourceFile> borrow(const SourceFile &Of);

  llvm::StringRef name() const { return Name; }
  /// The decoded text; text().end() points at a NUL terminator.
  llvm::StringRef text() const { return Text; }
  /// Size of the file as read, before decoding.
  size_t rawSize() const { return RawSize; }
  llvm::StringRef encoding() const { return Decoded.Encoding; }
  const std::vector<SourceDecodeError> &decodeErrors() const {
    return Decoded.Errors;
  }

  const llvm::SourceMgr &sourceMgr() const { return SM; }
  llvm::SMLoc loc(uint32_t Offset) const {
    return llvm::SMLoc::getFromPointer(Text.data() + Offset);
  }
  LineColumn lineColumn(uint32_t Offset) const;
  /// Offsets of the lines' first bytes, built on first use (thread-safe).
  const std::vector<uint32_t> &lineStarts() const;
  /// The text of a 1-based line (without its newline) and its offset;
  /// empty, at the end of the text, past the last line.
  std::pair<llvm::StringRef, size_t> line(unsigned Line) const;
  /// A 64-bit hash of text(), computed on first use.
  uint64_t textHash() const;
  /// The text is the file's bytes as they were read (UTF-8 as written):
  /// decoding it again gives it back.
  bool textIsBytes() const { return Decoded.Unchanged; }

private:
  SourceFile(std::unique_ptr<llvm::MemoryBuffer> Raw, llvm::StringRef Name);
  /// borrow(): not a copy, which SourceFile does not have.
  struct Borrowed {};
  SourceFile(Borrowed, const SourceFile &Of);

  std::string Name;
  llvm::SourceMgr SM;
  DecodedSource Decoded;
  llvm::StringRef Text;
  size_t RawSize = 0;
  mutable uint64_t TextHash = 0;
  mutable std::once_flag TextHashOnce;
  /// Offsets of the lines' first bytes, built on first use.
  mutable std::vector<uint32_t> LineStarts;
  mutable std::once_flag LineStartsOnce;
};

} // namespace schemac

#endif
