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

} // namespace schemac::ir
