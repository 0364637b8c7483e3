//===- JsonWriter.cpp -----------------------------------------------------===//

#include "passes/JsonWriter.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/JSON.h"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace schemac::passes {

/// Printable ASCII without '"' and '\\': the bytes a JSON string holds as
/// they are. Eight bytes at a time, as nearly every string is.
static bool isPlain(llvm::StringRef S) {
  constexpr uint64_t Ones = ~uint64_t(0) / 255, Highs = Ones * 0x80;
  auto HasZeroByte = [&](uint64_t W) { return (W - Ones) & ~W & Highs; };
  const char *P = S.data(), *End = P + S.size();
  for (; End - P >= 8; P += 8) {
    uint64_t W;
    std::memcpy(&W, P, 8);
    bool Below20 = (W - Ones * 0x20) & ~W & Highs;
    if ((W & Highs) || Below20 || HasZeroByte(W ^ (Ones * '"')) ||
        HasZeroByte(W ^ (Ones * '\\')))
      return false;
  }
  return std::all_of(P, End, [](unsigned char C) {
    return C >= 0x20 && C < 0x80 && C != '"' && C != '\\';
  });
}

void JsonWriter::string(llvm::StringRef S) {
  if (isPlain(S)) {
    char *P = separator(S.size() + 2);
    *P++ = '"';
    P = copy(P, S);
    *P = '"';
    return;
  }
  // Text from the models may hold lone surrogates or undecodable bytes,
  // which JSON strings cannot: replaced, as llvm::json does.
  if (!llvm::json::isUTF8(S)) {
    quoted(llvm::json::fixUTF8(S));
    return;
  }
  quoted(S);
}

// llvm::json's escapes: a backslash before '"' and '\', \t \n \r, \u00XX
// for the other control characters; every other byte as it is.
void JsonWriter::quoted(llvm::StringRef S) {
  llvm::SmallString<64> Text;
  Text += '"';
  for (unsigned char C : S) {
    if (C == '"' || C == '\\')
      Text += '\\';
    if (C >= 0x20) {
      Text += static_cast<char>(C);
      continue;
    }
    Text += '\\';
    switch (C) {
    case '\t':
      Text += 't';
      break;
    case '\n':
      Text += 'n';
      break;
    case '\r':
      Text += 'r';
      break;
    default: {
      char Hex[8];
      int N = std::snprintf(Hex, sizeof(Hex), "u%04x", C);
      Text.append(Hex, Hex + N);
      break;
    }
    }
  }
  Text += '"';
  literal(Text);
}

void JsonWriter::integer(int64_t I) {
  char Buffer[24];
  char *End = std::to_chars(Buffer, Buffer + sizeof(Buffer), I).ptr;
  literal(llvm::StringRef(Buffer, End - Buffer));
}

void JsonWriter::number(double D) {
  char Buffer[32];
  int N = std::snprintf(Buffer, sizeof(Buffer), "%.17g", D);
  literal(llvm::StringRef(Buffer, N));
}

} // namespace schemac::passes
