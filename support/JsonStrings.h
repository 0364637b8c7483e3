//===- JsonStrings.h - Strings into llvm::json's stream, fast --*- C++ -*-===//
//
// llvm::json::OStream writes a string by making a json::Value of it
// (checking that it is UTF-8) and quoting it a byte at a time. Nearly every
// string an output writes -- a name, a kind, a path -- is printable ASCII
// with no quote or backslash, whose JSON is itself between quotes: those are
// written at once, the others as before. A lineage of 25,000 elements is
// 7 MB of JSON.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_JSONSTRINGS_H
#define SCHEMAC_SUPPORT_JSONSTRINGS_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

namespace schemac {

/// J.value(S), the same bytes.
inline void jsonString(llvm::json::OStream &J, llvm::StringRef S) {
  for (unsigned char C : S)
    if (C < 0x20 || C >= 0x80 || C == '"' || C == '\\')
      return J.value(S);
  J.rawValue([&](llvm::raw_ostream &OS) { OS << '"' << S << '"'; });
}

/// J.attribute(Key, S), the same bytes.
inline void jsonStringAttribute(llvm::json::OStream &J, llvm::StringRef Key,
                                llvm::StringRef S) {
  J.attributeBegin(Key);
  jsonString(J, S);
  J.attributeEnd();
}

} // namespace schemac

#endif
