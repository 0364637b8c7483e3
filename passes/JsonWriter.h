//===- JsonWriter.h - Large JSON documents, written fast -------*- C++ -*-===//
//
// Appends JSON to a buffer exactly as llvm::json::OStream with an indent of
// 2 prints it: the same line breaks, spacing and escapes. The schema
// document of a large project runs to 100 MB and more, most of it short
// attributes; OStream writes each through a raw_ostream a piece or a byte
// at a time, checking keys and strings for UTF-8 on the way. This writer
// sizes each attribute's text first and copies it in one go.
//
// A writer writes one value as it stands at a given depth of a document
// that another printer writes around it.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_JSONWRITER_H
#define SCHEMAC_PASSES_JSONWRITER_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <cstring>

namespace schemac::passes {

class JsonWriter {
public:
  JsonWriter(llvm::SmallVectorImpl<char> &Out, unsigned Depth)
      : Out(Out), Indent(Depth * IndentSize) {}

  void objectBegin() { open('{'); }
  void objectEnd() { close('}'); }
  void arrayBegin() { open('['); }
  void arrayEnd() { close(']'); }
  template <typename Fn> void object(Fn Body) {
    objectBegin();
    Body();
    objectEnd();
  }
  template <typename Fn> void array(Fn Body) {
    arrayBegin();
    Body();
    arrayEnd();
  }

  /// Starts an attribute of the object being written; one value follows.
  /// Keys are the document's own, plain ASCII: written as they stand.
  void key(llvm::StringRef Key) {
    char *P = separator(Key.size() + 4);
    *P++ = '"';
    P = copy(P, Key);
    std::memcpy(P, "\": ", 3);
    AfterKey = true;
  }

  void string(llvm::StringRef S);
  void boolean(bool B) { literal(B ? llvm::StringRef("true") : "false"); }
  void null() { literal("null"); }
  void integer(int64_t I);
  /// As OStream prints a double: %.17g.
  void number(double D);

private:
  static constexpr unsigned IndentSize = 2;

  /// Room for a value of \p Size bytes after the separator it needs: none
  /// after a key or for the writer's own value, else ',' if the enclosing
  /// array has a value, a line break and the indentation.
  char *separator(size_t Size) {
    if (AfterKey) {
      AfterKey = false;
      return grow(Size);
    }
    if (Open.empty())
      return grow(Size);
    bool Comma = Open.back();
    Open.back() = true;
    char *P = grow(Comma + 1 + Indent + Size);
    if (Comma)
      *P++ = ',';
    *P++ = '\n';
    std::memset(P, ' ', Indent);
    return P + Indent;
  }
  char *grow(size_t N) {
    size_t Old = Out.size();
    Out.resize_for_overwrite(Old + N);
    return Out.data() + Old;
  }
  static char *copy(char *P, llvm::StringRef S) {
    std::memcpy(P, S.data(), S.size());
    return P + S.size();
  }
  void literal(llvm::StringRef Text) { copy(separator(Text.size()), Text); }
  void open(char Bracket) {
    *separator(1) = Bracket;
    Open.push_back(false);
    Indent += IndentSize;
  }
  void close(char Bracket) {
    Indent -= IndentSize;
    bool HasValue = Open.pop_back_val();
    char *P = grow(HasValue ? 2 + Indent : 1);
    if (HasValue) {
      *P++ = '\n';
      std::memset(P, ' ', Indent);
      P += Indent;
    }
    *P = Bracket;
  }
  void quoted(llvm::StringRef S);

  llvm::SmallVectorImpl<char> &Out;
  unsigned Indent;
  /// For each open object or array, whether it has a value yet.
  llvm::SmallVector<bool, 8> Open;
  /// A key was written: the next value is its value.
  bool AfterKey = false;
};

} // namespace schemac::passes

#endif
