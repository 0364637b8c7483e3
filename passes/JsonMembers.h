//===- JsonMembers.h - A JSON object's members, unparsed -------*- C++ -*-===//
//
// A dbt manifest is mostly parts schemac never reads (macros, docs, the
// parent and child maps), and llvm::json builds some twenty-five bytes of
// values for each byte of text. scanJsonObject finds the members of an
// object and checks the whole text as llvm::json::parse does, without
// building a value: a reader parses only the members it reads, one at a
// time, each freed before the next.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_JSONMEMBERS_H
#define SCHEMAC_PASSES_JSONMEMBERS_H

#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace schemac::passes {

/// An object's members in the order written: each name, unescaped, and the
/// text of its value. Of two members of one name, the later one's value
/// stands in the earlier one's place, as llvm::json::parse keeps the later.
using JsonMembers = std::vector<std::pair<std::string, llvm::StringRef>>;

/// The members of the object that \p Text is (with whitespace around it);
/// none where \p Text is anything else, or is not JSON by llvm::json's
/// rules (a number is what strtod reads whole). The caller checks UTF-8
/// and how deep the text nests: the scan keeps a byte per open level.
std::optional<JsonMembers> scanJsonObject(llvm::StringRef Text);

} // namespace schemac::passes

#endif
