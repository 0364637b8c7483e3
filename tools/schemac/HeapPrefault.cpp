//===- HeapPrefault.cpp - Memory for the analysis, ready ahead ------------===//

#include "tools/schemac/HeapPrefault.h"

#include <algorithm>

#ifdef SCHEMAC_HAVE_MIMALLOC
#include <mimalloc.h>
#include <sched.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

using namespace schemac;

HeapPrefault::~HeapPrefault() {
  Stop = true;
  for (std::thread &Worker : Workers)
    Worker.join();
}

void HeapPrefault::prepareForSource(uint64_t SourceBytes) {
  // Measured: 470 to 540 MB at the peak for 34 MB of generated models.
  reserve(SourceBytes * 16);
}

void HeapPrefault::prepareForCacheEntry(uint64_t EntryBytes) {
  // Measured: 190 MB at the peak for an entry of 59 MB.
  reserve(EntryBytes * 3);
}

void HeapPrefault::reserve(uint64_t Bytes) {
#if defined(SCHEMAC_HAVE_MIMALLOC) && defined(MADV_POPULATE_WRITE)
  // mimalloc hands out its arenas in blocks of a segment (32 MiB), lowest
  // address first, before it asks the system for more.
  constexpr uint64_t Block = uint64_t(32) << 20;
  std::lock_guard<std::mutex> Guard(Lock);
  uint64_t Want = Bytes > Reserved ? Bytes - Reserved : 0;
  // Below that, the faults cost a few milliseconds.
  if (Want < 4 * Block)
    return;
  long Pages = sysconf(_SC_PHYS_PAGES), PageSize = sysconf(_SC_PAGESIZE);
  if (Pages > 0 && PageSize > 0)
    Want = std::min<uint64_t>(Want, uint64_t(Pages) * PageSize / 4);
  size_t Size = Want / Block * Block;
  mi_arena_id_t Arena;
  if (Size == 0 || mi_reserve_os_memory_ex(Size, /*commit=*/true,
                                           /*allow_large=*/false,
                                           /*exclusive=*/false, &Arena) != 0)
    return;
  size_t AreaSize = 0;
  char *Area = static_cast<char *>(mi_arena_area(Arena, &AreaSize));
  if (!Area)
    return;
  Reserved += AreaSize;
  size_t Stride = PageSize > 0 ? size_t(PageSize) : 4096;
  // MADV_POPULATE_WRITE maps pages in without writing to them, so it is
  // safe on memory the allocator has handed out meanwhile. 2 MiB at a
  // time: the call holds the address space's lock, and a thread that
  // maps memory meanwhile waits for it, and every page fault behind that;
  // and the worker stops soon once the analysis is done.
  Workers.emplace_back([this, Area, AreaSize, Stride] {
    // Only on a core no other thread wants: on two cores it shared one
    // with the parse worker, which fell behind the evaluator.
    sched_param Idle{};
    (void)sched_setscheduler(0, SCHED_IDLE, &Idle);
    constexpr size_t Step = size_t(2) << 20;
    for (size_t Offset = 0; Offset < AreaSize && !Stop; Offset += Step) {
      size_t Length = std::min(Step, AreaSize - Offset);
      if (madvise(Area + Offset, Length, MADV_POPULATE_WRITE) != 0)
        return;
      // Under a hypervisor that shadows the page tables, the first touch
      // of a page through the process's own mapping still traps, though
      // the kernel mapped it in: a read takes that trap here (at 20,000
      // models, a tenth of the evaluator's time had gone to it).
      for (size_t Page = 0; Page < Length; Page += Stride)
        (void)__atomic_load_n(Area + Offset + Page, __ATOMIC_RELAXED);
    }
  });
#else
  (void)Bytes;
#endif
}
