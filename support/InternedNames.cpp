//===- InternedNames.cpp - One process-wide copy of each name ------------===//

#include "support/InternedNames.h"

#include "llvm/ADT/StringSet.h"

#include <array>
#include <cstring>
#include <mutex>

namespace schemac {

/// A hash of a name's length and its first and last eight bytes: a cache
/// slot, in constant time. Names that share those collide, and the cache
/// keeps one of them.
static uint64_t shortHash(llvm::StringRef Name) {
  uint64_t First = 0, Last = 0;
  if (Name.size() >= 8) {
    std::memcpy(&First, Name.data(), 8);
    std::memcpy(&Last, Name.data() + Name.size() - 8, 8);
  } else {
    std::memcpy(&First, Name.data(), Name.size());
  }
  uint64_t Mixed = (First * 0x9E3779B97F4A7C15ull) ^
                   (Last * 0xC2B2AE3D27D4EB4Full) ^ Name.size();
  return Mixed ^ (Mixed >> 29);
}

/// The copy of \p Name, made if \p Make; none if there is none.
static std::optional<llvm::StringRef> interned(llvm::StringRef Name,
                                               bool Make) {
  // Each thread keeps the copies it was given last in front of the shared
  // table, by their address and by their bytes: nearly every call asks
  // again for one of a few thousand names, most often by the copy itself
  // (a syntax tree's identifiers are copies), and either check costs less
  // than the table's lock and its hash.
  // 1,024 each: a thread's caches are static TLS, taken from its stack,
  // and four times as many hit no more often at 20,000 models.
  constexpr size_t RecentSlots = 1024;
  thread_local std::array<llvm::StringRef, RecentSlots> ByAddress, ByBytes;
  auto AddressSlot = [&](const char *Data) -> llvm::StringRef & {
    auto Bits = reinterpret_cast<uintptr_t>(Data);
    return ByAddress[((Bits >> 3) ^ (Bits >> 15)) % RecentSlots];
  };
  if (Name.empty())
    return llvm::StringRef("");
  llvm::StringRef &Same = AddressSlot(Name.data());
  if (Same.data() == Name.data() && Same.size() == Name.size())
    return Same;
  llvm::StringRef &Equal = ByBytes[shortHash(Name) % RecentSlots];
  if (Equal.size() == Name.size() &&
      std::memcmp(Equal.data(), Name.data(), Name.size()) == 0)
    return AddressSlot(Equal.data()) = Equal;
  static std::mutex Lock;
  static llvm::StringSet<> Names;
  std::lock_guard<std::mutex> Guard(Lock);
  if (Make) {
    Equal = Names.insert(Name).first->getKey();
  } else {
    auto It = Names.find(Name);
    if (It == Names.end())
      return std::nullopt;
    Equal = It->getKey();
  }
  return AddressSlot(Equal.data()) = Equal;
}

llvm::StringRef internName(llvm::StringRef Name) {
  return *interned(Name, /*Make=*/true);
}

std::optional<llvm::StringRef> findInternedName(llvm::StringRef Name) {
  return interned(Name, /*Make=*/false);
}

} // namespace schemac
