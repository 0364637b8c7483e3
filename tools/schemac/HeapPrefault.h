//===- HeapPrefault.h - Memory for the analysis, ready ahead --*- C++ -*-===//
//
// The analysis of a large project allocates some fifteen times the size of
// its source files, and reading it back from the cache three times the
// entry's, nearly all of it on one thread; on a virtual machine measured,
// that thread spent a third of its time (half of a read from the cache) in
// page faults and in the hypervisor's traps on a page's first touch.
// HeapPrefault reserves about that much for the allocator as arenas and
// faults them in on a thread of its own, ahead of the analysis, with what
// time the analysis and the parse worker leave the cores. In pages of
// 4 KiB: transparent huge pages took a second longer there (the kernel's
// time zeroing them, 1.7 to 2.4 s a run at 20,000 models against 0.2 to
// 0.3 s).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_TOOLS_SCHEMAC_HEAPPREFAULT_H
#define SCHEMAC_TOOLS_SCHEMAC_HEAPPREFAULT_H

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace schemac {

class HeapPrefault {
public:
  HeapPrefault() = default;
  /// Stops faulting in and waits for the threads.
  ~HeapPrefault();
  HeapPrefault(const HeapPrefault &) = delete;
  HeapPrefault &operator=(const HeapPrefault &) = delete;

  /// Prepares memory for analysing \p SourceBytes of Python source.
  void prepareForSource(uint64_t SourceBytes);
  /// Prepares memory for reading back a cache entry of \p EntryBytes.
  void prepareForCacheEntry(uint64_t EntryBytes);

private:
  /// Makes \p Bytes in all ready, counting what earlier calls made ready:
  /// enough for one analysis at a time (a diff's two sides keep both cores
  /// busy anyway). Nothing for a small project, nor without mimalloc.
  void reserve(uint64_t Bytes);

  std::mutex Lock;
  uint64_t Reserved = 0;
  std::atomic<bool> Stop{false};
  std::vector<std::thread> Workers;
};

} // namespace schemac

#endif
