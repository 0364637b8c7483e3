//===- HeapPrefault.h - Memory for the analysis, ready ahead --*- C++ -*-===//
//
// The analysis of a large project allocates some fifteen times the size of
// its source files, nearly all of it on the evaluation thread; on a virtual
// machine measured, that thread spent a third of its time in page faults
// and in the hypervisor's traps on a page's first touch. HeapPrefault
// reserves about that much for the allocator as one arena and faults it in
// on a thread of its own, ahead of the evaluator, with what time the
// evaluator and the parse worker leave the cores. In pages of 4 KiB:
// transparent huge pages took a second longer there (the kernel's time
// zeroing them, 1.7 to 2.4 s a run at 20,000 models against 0.2 to 0.3 s).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_TOOLS_SCHEMAC_HEAPPREFAULT_H
#define SCHEMAC_TOOLS_SCHEMAC_HEAPPREFAULT_H

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <thread>

namespace schemac {

class HeapPrefault {
public:
  HeapPrefault() = default;
  /// Stops faulting in and waits for the thread.
  ~HeapPrefault();
  HeapPrefault(const HeapPrefault &) = delete;
  HeapPrefault &operator=(const HeapPrefault &) = delete;

  /// Prepares memory for analysing \p SourceBytes of Python source; nothing
  /// for a small project, nor without mimalloc. Called once.
  void prepareFor(uint64_t SourceBytes);

private:
  std::atomic<bool> Stop{false};
  std::thread Worker;
};

} // namespace schemac

#endif
