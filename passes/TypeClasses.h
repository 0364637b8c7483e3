//===- TypeClasses.h - SQLAlchemy's type classes and attributes -*- C++ -*-===//
//
// Internal to DialectLowering. What the type compilers need to know of an IR
// type besides its arguments: the SQLAlchemy class it names (its visit
// method, its traits, its generic equivalent, from SqlTypeClasses.def) and the
// attributes SQLAlchemy's constructor leaves on the object, read the way
// Python reads them (None, truthiness, str() and "%d").
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_TYPECLASSES_H
#define SCHEMAC_PASSES_TYPECLASSES_H

#include "ir/Schema.h"

#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>
#include <string>

namespace schemac::passes::detail {

/// The visit method SQLAlchemy's compilers dispatch a type class to.
enum class TypeVisit : uint8_t {
#define TYPE_VISIT(Name) Name,
#include "passes/SqlTypeClasses.def"
};

/// What a class is besides its visit method, where a compiler asks.
enum TypeTrait : unsigned {
  NoTrait = 0,
  /// mysql's _StringType: carries charset, collation, ascii, unicode,
  /// binary and national attributes.
  MySQLString = 1 << 0,
  /// mysql's _NumericType: carries unsigned and zerofill.
  MySQLNumeric = 1 << 1,
  /// mysql.NCHAR and NVARCHAR, whose constructor sets national=True.
  NationalString = 1 << 2,
  /// Enum and its dialect forms: the length comes from the values.
  EnumValues = 1 << 3,
  /// postgresql.ENUM, which ignores native_enum=False.
  AlwaysNativeEnum = 1 << 4,
  /// postgresql.BIT, the only BIT with a `varying` attribute.
  PostgreSQLBit = 1 << 5,
  /// sqlite's DATE, DATETIME and TIME (_DateTimeMixin): a storage_format
  /// without separators makes them *_CHAR.
  SQLiteStorageFormat = 1 << 6,
};

struct TypeClassInfo {
  llvm::StringRef Module;
  llvm::StringRef Name;
  TypeVisit Visit;
  /// The class TypeEngine.as_generic() gives, where it is needed; or "".
  llvm::StringRef Generic;
  unsigned Traits;
};

/// The class \p Name of module \p Module ("" for sqlalchemy.types); a
/// dialect module's re-export of a generic class resolves to the generic
/// class. Null for a class schemac does not know.
const TypeClassInfo *findTypeClass(llvm::StringRef Module,
                                   llvm::StringRef Name);

/// Whether \p Type is an ARRAY, whose Inner is its item type rather than a
/// TypeDecorator's impl.
bool isArrayType(const ir::SqlType &Type);

/// What TypeEngine.as_generic() makes of \p Type, for the classes whose visit
/// method only their own dialect has (postgresql.JSONB: JSON; mysql.LONGTEXT:
/// String); nullopt for the others and for those without a generic
/// equivalent (postgresql.INET).
std::optional<ir::SqlType> asGenericType(const ir::SqlType &Type);

// Python's view of a constructor argument.
bool isNone(const ir::Scalar &S);
bool truthy(const ir::Scalar &S);
/// str(value): what "%s" and f-strings print.
std::string pyStr(const ir::Scalar &S);
/// What "%d" prints.
std::string pyInt(const ir::Scalar &S);
/// int(value), for the few arguments used as a count.
int64_t asInteger(const ir::Scalar &S);

/// sqlite's _DateTimeMixin.format_is_text_affinity: whether
/// `storage_format % {field: 0 for every field}` has a non-digit character.
bool storageFormatHasNonDigits(llvm::StringRef Format);

/// A type together with its class: getattr() on the Python object.
class TypeView {
public:
  TypeView(const ir::SqlType &Type, const TypeClassInfo &Class)
      : Type(Type), Class(Class) {}

  bool is(TypeTrait Trait) const { return Class.Traits & Trait; }

  /// The attribute as SQLAlchemy's constructor leaves it: the argument, a
  /// value computed from the arguments, or the constructor's default; None
  /// for anything else.
  ir::Scalar attr(llvm::StringRef Name) const;
  /// bool(getattr(type_, Name, None))
  bool flag(llvm::StringRef Name) const { return truthy(attr(Name)); }
  /// getattr(type_, Name, None) is not None
  bool has(llvm::StringRef Name) const { return !isNone(attr(Name)); }

  const ir::SqlType &Type;
  const TypeClassInfo &Class;
};

} // namespace schemac::passes::detail

#endif // SCHEMAC_PASSES_TYPECLASSES_H
