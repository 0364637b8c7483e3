//===- Schema.cpp ---------------------------------------------------------===//

#include "ir/Schema.h"

#include "llvm/ADT/StringSet.h"

#include <mutex>

namespace schemac::ir {

llvm::StringRef internFileName(llvm::StringRef Name) {
  static std::mutex Lock;
  static llvm::StringSet<> Names;
  std::lock_guard<std::mutex> Guard(Lock);
  return Names.insert(Name).first->getKey();
}

const std::shared_ptr<const SqlType> &TypeRef::empty() {
  static const std::shared_ptr<const SqlType> Empty =
      std::make_shared<const SqlType>();
  return Empty;
}

llvm::StringRef computedKindName(ComputedAttribute::KindType K) {
  switch (K) {
  case ComputedAttribute::ColumnProperty:
    return "column_property";
  case ComputedAttribute::HybridProperty:
    return "hybrid_property";
  case ComputedAttribute::HybridMethod:
    return "hybrid_method";
  case ComputedAttribute::Synonym:
    return "synonym";
  }
  return "";
}

std::string
resolveIdentifiers(llvm::StringRef Text,
                   llvm::function_ref<std::string(llvm::StringRef)> Quote) {
  std::string Out;
  Out.reserve(Text.size());
  for (size_t At = 0;;) {
    size_t Open = Text.find(IdentifierMark, At);
    size_t Close = Open == llvm::StringRef::npos
                       ? llvm::StringRef::npos
                       : Text.find(IdentifierMark, Open + 1);
    if (Close == llvm::StringRef::npos) {
      Out += Text.drop_front(At);
      return Out;
    }
    Out += Text.slice(At, Open);
    Out += Quote(Text.slice(Open + 1, Close));
    At = Close + 1;
  }
}

std::string plainIdentifiers(llvm::StringRef Text) {
  if (!Text.contains(IdentifierMark))
    return Text.str();
  return resolveIdentifiers(Text, [](llvm::StringRef N) { return N.str(); });
}

} // namespace schemac::ir
