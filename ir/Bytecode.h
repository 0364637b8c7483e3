//===- Bytecode.h - The schema IR as compact binary -----------*- C++ -*-===//
//
// A binary form of the IR that reads back an order of magnitude faster than
// the models can be analysed: what the analysis cache keeps. Integers are
// LEB128, strings length-prefixed, every field in declaration order. The
// reader checks every length against the buffer: damaged bytes are an error,
// never a crash. The format is private to one schemac version.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_IR_BYTECODE_H
#define SCHEMAC_IR_BYTECODE_H

#include "ir/Schema.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <optional>
#include <string>

namespace schemac::ir {

/// Writes primitive values to a stream.
class BytecodeWriter {
public:
  explicit BytecodeWriter(llvm::raw_ostream &Out) : Out(Out) {}
  void u64(uint64_t V);
  void i64(int64_t V) { u64((static_cast<uint64_t>(V) << 1) ^ (V >> 63)); }
  void boolean(bool V) { u64(V); }
  void str(llvm::StringRef S);
  void optStr(const std::optional<std::string> &S);
  void f64(double V);

private:
  llvm::raw_ostream &Out;
};

/// Reads what BytecodeWriter wrote; after the first malformed value every
/// read returns a default and ok() is false.
class BytecodeReader {
public:
  explicit BytecodeReader(llvm::StringRef In) : In(In) {}
  uint64_t u64();
  int64_t i64() {
    uint64_t V = u64();
    return static_cast<int64_t>(V >> 1) ^ -static_cast<int64_t>(V & 1);
  }
  bool boolean() { return u64() != 0; }
  std::string str();
  llvm::StringRef strRef();
  std::optional<std::string> optStr();
  double f64();
  /// A count of elements that each take at least one byte: larger than what
  /// is left means damage, not a huge allocation.
  size_t count();
  bool ok() const { return Ok; }
  bool atEnd() const { return In.empty(); }
  void fail() { Ok = false; }

private:
  llvm::StringRef In;
  bool Ok = true;
};

void writeSchema(const Schema &S, BytecodeWriter &W);
/// One type alone: equal types write equal bytes.
void writeType(const SqlType &T, BytecodeWriter &W);
/// What writeType() wrote, or nothing if the bytes are not a type.
std::optional<SqlType> readType(BytecodeReader &R);
/// The schema, or nothing if the bytes are not one.
std::optional<Schema> readSchema(BytecodeReader &R);

} // namespace schemac::ir

#endif
