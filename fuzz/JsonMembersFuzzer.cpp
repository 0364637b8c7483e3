//===- JsonMembersFuzzer.cpp - libFuzzer target for the manifest's scan --===//
//
// The dbt manifest reader trusts scanJsonObject to take exactly the texts
// llvm::json::parse takes as an object, and to find the members that parse
// gives: each input is checked both ways, and a difference aborts.
//
//===----------------------------------------------------------------------===//

#include "passes/JsonMembers.h"

#include "llvm/Support/JSON.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace schemac;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text(reinterpret_cast<const char *>(Data), Size);
  // llvm::json recurses once per level; the manifest reader refuses a text
  // nested deeper than 512 levels before either reads it.
  if (Text.count('[') + Text.count('{') > 512)
    return 0;
  std::optional<passes::JsonMembers> Members;
  if (llvm::json::isUTF8(Text))
    Members = passes::scanJsonObject(Text);
  llvm::Expected<llvm::json::Value> Whole = llvm::json::parse(Text);
  const llvm::json::Object *Root = Whole ? Whole->getAsObject() : nullptr;
  if (!Whole)
    llvm::consumeError(Whole.takeError());
  if (Members.has_value() != (Root != nullptr))
    abort();
  if (!Root)
    return 0;
  if (Members->size() != Root->size())
    abort();
  for (const auto &[Name, Value] : *Members) {
    const llvm::json::Value *Kept = Root->get(Name);
    llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(Value);
    if (!Parsed) {
      llvm::consumeError(Parsed.takeError());
      abort();
    }
    if (!Kept || *Parsed != *Kept)
      abort();
  }
  return 0;
}
