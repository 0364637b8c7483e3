//===- MappedAnnotation.h - Reading Mapped[...] annotations ---*- C++ -*-===//
//
// SQLAlchemy 2.0 takes a column's nullability and, without an explicit type,
// its SQL type from the Mapped[...] annotation: Optional[X], Union[X, None]
// and X | None make it nullable; Annotated[X, mapped_column(...)] carries
// column arguments; the registry's type_annotation_map is consulted with the
// annotation as written (an Annotated alias, dict[str, Any]) before the
// plain Python type.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SEMA_MAPPEDANNOTATION_H
#define SCHEMAC_SEMA_MAPPEDANNOTATION_H

#include "sema/Object.h"

#include "llvm/ADT/SmallVector.h"

namespace schemac::sema {

struct MappedAnnotation {
  /// Mapped[...] (or WriteOnlyMapped, DynamicMapped) at the top level.
  bool IsMapped = false;
  bool Optional = false;
  /// The type inside, outermost first: the Annotated alias as written, then
  /// what it annotates. Empty when the annotation names no type.
  llvm::SmallVector<Object *, 2> Candidates;
  /// mapped_column() objects found in Annotated metadata, outermost first.
  llvm::SmallVector<InstanceObj *, 1> ColumnMarkers;
  /// list[X], set[X] or dict[K, X] inside Mapped: a collection (for
  /// relationships).
  bool IsCollection = false;
  /// A collection that is a mapping (dict[K, X]): its values are the
  /// targets.
  bool IsMapping = false;
  /// WriteOnlyMapped / DynamicMapped: a relationship's loader, which
  /// leaves whether it is a list to its direction.
  bool IsLoaderForm = false;
  /// The element type of a collection, or the type itself.
  Object *Target = nullptr;
};

MappedAnnotation analyzeMappedAnnotation(Object *Annotation);
/// The same reading of a plain annotation (SQLModel's `x: Optional[int]`);
/// IsMapped stays false.
MappedAnnotation analyzeTypeAnnotation(Object *Annotation);

/// The name of a typing special form (Optional, Union, Literal, ...), or "".
llvm::StringRef specialFormName(const Object *O);

/// Equality of annotation values as type_annotation_map keys compare them:
/// the same object, or generic aliases with equal origins and arguments.
bool sameAnnotation(const Object *A, const Object *B);

} // namespace schemac::sema

#endif
