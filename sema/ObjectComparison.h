//===- ObjectComparison.h - Values of two evaluations compared -*- C++ -*-===//
//
// The analysis of an edit (EditAnalysis.cpp) runs the edited modules as
// they were and as they are, and asks whether what other modules took from
// them is the same in both runs: values compared object by object across
// the two heaps. A mapped or library class is compared by what it is (its
// name and bases), any other class whole; what of a class another module
// used is compared where the use is.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SEMA_OBJECTCOMPARISON_H
#define SCHEMAC_SEMA_OBJECTCOMPARISON_H

#include "sema/Object.h"

#include "llvm/ADT/StringSet.h"

#include <functional>
#include <map>
#include <utility>
#include <vector>

namespace schemac::sema {

/// One question at a time: a comparison remembers its pairs.
class ObjectComparison {
public:
  /// \p Edited: the display paths of the edited modules, whose functions
  /// read globals that the edit may have changed.
  /// \p SamePlace: whether two objects were made at the same place in
  /// the source (an edited file's text moved): a report about an unknown
  /// value or a library object goes where it was made. \p SameOwner:
  /// whether two instances became the same table's column, or neither
  /// became one (ForeignKey(column) refers to that table). \p MayPair:
  /// whether two objects can be one object in two runs at all (made by the
  /// same module; the same object of a module the edit did not change), as
  /// `is` tells them apart.
  ObjectComparison(
      const llvm::StringSet<> &Edited,
      std::function<bool(SrcLoc, SrcLoc)> SamePlace,
      std::function<bool(const InstanceObj *, const InstanceObj *)> SameOwner,
      std::function<bool(const Object *, const Object *)> MayPair)
      : Edited(Edited), SamePlace(std::move(SamePlace)),
        SameOwner(std::move(SameOwner)), MayPair(std::move(MayPair)) {}

  bool same(const Object *A, const Object *B);
  /// A class by what it is: its name, its bases and its MRO.
  bool sameIdentity(const ClassObj *A, const ClassObj *B);
  /// All of a class: what a subclass or a call sees.
  bool sameWhole(const ClassObj *A, const ClassObj *B);
  /// The creation order (Object::Serial) of the instances found the same,
  /// as (first run's, second run's): SQLAlchemy 1.4 orders a table's
  /// columns by it.
  const std::vector<std::pair<uint32_t, uint32_t>> &instanceOrder() const {
    return Instances;
  }
  /// Every pair of objects found the same, as (first run's, second run's):
  /// what is one object in one run must be one in the other.
  std::vector<std::pair<const Object *, const Object *>> pairs() const;

private:
  bool compare(const Object *A, const Object *B);
  bool sameAll(llvm::ArrayRef<Object *> A, llvm::ArrayRef<Object *> B);
  template <typename Map> bool sameNamespace(const Map &A, const Map &B);

  const llvm::StringSet<> &Edited;
  std::function<bool(SrcLoc, SrcLoc)> SamePlace;
  std::function<bool(const InstanceObj *, const InstanceObj *)> SameOwner;
  std::function<bool(const Object *, const Object *)> MayPair;
  std::vector<std::pair<uint32_t, uint32_t>> Instances;
  /// Each pair compared, with its answer (true while it is compared).
  std::map<std::pair<const Object *, const Object *>, bool> Known;
  unsigned Depth = 0;
};

} // namespace schemac::sema

#endif
