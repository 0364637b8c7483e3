//===- SourceFile.cpp -----------------------------------------------------===//

#include "support/SourceFile.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/xxhash.h"

#include <algorithm>

namespace schemac {

SourceFile::SourceFile(std::unique_ptr<llvm::MemoryBuffer> Raw,
                       llvm::StringRef DisplayName)
    : Name(DisplayName.str()), RawSize(Raw->getBufferSize()) {
  Decoded = decodePythonSource(Raw->getBuffer());
  // The common case keeps the buffer as read: no copy of the file.
  std::unique_ptr<llvm::MemoryBuffer> TextBuffer =
      Decoded.Unchanged
          ? std::move(Raw)
          : llvm::MemoryBuffer::getMemBufferCopy(Decoded.Text, Name);
  if (!Decoded.Unchanged) {
    Decoded.Text.clear();
    Decoded.Text.shrink_to_fit();
  }
  Text = TextBuffer->getBuffer();
  SM.AddNewSourceBuffer(std::move(TextBuffer), llvm::SMLoc());
}

llvm::Expected<std::unique_ptr<SourceFile>>
SourceFile::open(llvm::StringRef Path, llvm::StringRef DisplayName) {
  auto BufferOrErr = llvm::MemoryBuffer::getFile(
      Path, /*IsText=*/false, /*RequiresNullTerminator=*/true);
  if (!BufferOrErr)
    return llvm::createStringError(BufferOrErr.getError(),
                                   "cannot read '%s': %s", Path.str().c_str(),
                                   BufferOrErr.getError().message().c_str());
  return std::unique_ptr<SourceFile>(
      new SourceFile(std::move(*BufferOrErr), DisplayName));
}

uint64_t SourceFile::textHash() const {
  std::call_once(TextHashOnce, [&] {
    TextHash = llvm::xxh3_64bits(llvm::ArrayRef<uint8_t>(
        reinterpret_cast<const uint8_t *>(Text.data()), Text.size()));
  });
  return TextHash;
}

std::unique_ptr<SourceFile> SourceFile::fromBytes(llvm::StringRef Bytes,
                                                  llvm::StringRef DisplayName) {
  return std::unique_ptr<SourceFile>(new SourceFile(
      llvm::MemoryBuffer::getMemBufferCopy(Bytes, DisplayName), DisplayName));
}

SourceFile::SourceFile(Borrowed, const SourceFile &Of)
    : Name(Of.Name), Decoded(Of.Decoded), Text(Of.Text), RawSize(Of.RawSize) {
  SM.AddNewSourceBuffer(llvm::MemoryBuffer::getMemBuffer(
                            Text, Name, /*RequiresNullTerminator=*/true),
                        llvm::SMLoc());
}

std::unique_ptr<SourceFile> SourceFile::borrow(const SourceFile &Of) {
  return std::unique_ptr<SourceFile>(new SourceFile(Borrowed(), Of));
}

const std::vector<uint32_t> &SourceFile::lineStarts() const {
  std::call_once(LineStartsOnce, [this] {
    LineStarts.push_back(0);
    for (size_t I = Text.find('\n'); I != llvm::StringRef::npos;
         I = Text.find('\n', I + 1))
      LineStarts.push_back(static_cast<uint32_t>(I + 1));
  });
  return LineStarts;
}

LineColumn SourceFile::lineColumn(uint32_t Offset) const {
  // Not SourceMgr::getLineAndColumn: it finds the column by scanning back
  // to the line's start, which makes dumping a long line quadratic.
  lineStarts();
  auto Next = std::upper_bound(LineStarts.begin(), LineStarts.end(), Offset);
  unsigned Line = static_cast<unsigned>(Next - LineStarts.begin());
  return {Line, Offset - LineStarts[Line - 1] + 1};
}

std::pair<llvm::StringRef, size_t> SourceFile::line(unsigned Line) const {
  const std::vector<uint32_t> &Starts = lineStarts();
  if (Line == 0 || Line > Starts.size())
    return {"", Text.size()};
  size_t Offset = Starts[Line - 1];
  return {Text.drop_front(Offset).take_until([](char C) { return C == '\n'; }),
          Offset};
}

} // namespace schemac
