//===- Compare.cpp - Whether two IR elements define the same thing --------===//

#include "ir/Compare.h"

#include <algorithm>
#include <cstring>

namespace schemac::ir {

namespace {

bool same(const Scalar &A, const Scalar &B) {
  if (A.Kind != B.Kind)
    return false;
  switch (A.Kind) {
  case Scalar::None:
    return true;
  case Scalar::Bool:
    return A.BoolValue == B.BoolValue;
  case Scalar::Int:
    return A.IntValue == B.IntValue;
  case Scalar::Float:
    // Bitwise, as the cache stores it: 0.0 and -0.0 render differently.
    return std::memcmp(&A.FloatValue, &B.FloatValue, sizeof(double)) == 0;
  case Scalar::Str:
    return A.StrValue == B.StrValue;
  }
  return false;
}

bool same(const SqlType &A, const SqlType &B) { return sameType(A, B); }

bool same(const std::shared_ptr<SqlType> &A,
          const std::shared_ptr<SqlType> &B) {
  return A == B || (A && B && same(*A, *B));
}

} // namespace

bool sameType(const SqlType &A, const SqlType &B) {
  if (&A == &B)
    return true;
  if (A.Class != B.Class || A.Dialect != B.Dialect ||
      A.EnumValues != B.EnumValues || A.EnumClass != B.EnumClass ||
      A.Opaque != B.Opaque || A.UnknownArguments != B.UnknownArguments ||
      A.WithVariant != B.WithVariant || A.ColSpec != B.ColSpec ||
      A.Args.size() != B.Args.size() ||
      A.Variants.size() != B.Variants.size() || !same(A.Inner, B.Inner) ||
      !same(A.RenderedAs, B.RenderedAs) || A.RenderedVisit != B.RenderedVisit)
    return false;
  for (size_t I = 0; I < A.Args.size(); ++I)
    if (A.Args[I].first != B.Args[I].first ||
        !same(A.Args[I].second, B.Args[I].second))
      return false;
  for (size_t I = 0; I < A.Variants.size(); ++I)
    if (A.Variants[I].first != B.Variants[I].first ||
        !same(A.Variants[I].second, B.Variants[I].second))
      return false;
  return true;
}

namespace {

bool same(const ServerDefault &A, const ServerDefault &B) {
  return A.Kind == B.Kind && A.Value == B.Value &&
         A.FunctionArgs == B.FunctionArgs && A.Compiled == B.Compiled;
}

bool same(const SequenceDef &A, const SequenceDef &B) {
  return A.Name == B.Name && A.Schema == B.Schema && A.Options == B.Options &&
         A.HasStart == B.HasStart && A.Optional == B.Optional &&
         A.DataType.has_value() == B.DataType.has_value() &&
         (!A.DataType || same(**A.DataType, **B.DataType));
}

bool same(const GeneratedColumn &A, const GeneratedColumn &B) { return A == B; }

bool same(const PythonDefault &A, const PythonDefault &B) {
  return A.Kind == B.Kind && A.Value == B.Value &&
         A.Function.has_value() == B.Function.has_value() &&
         (!A.Function || same(*A.Function, *B.Function));
}

/// Null, or both point at the same definition.
template <typename T>
bool sameShared(const std::shared_ptr<const T> &A,
                const std::shared_ptr<const T> &B) {
  return A == B || (A && B && same(*A, *B));
}

bool same(const Column &A, const Column &B) {
  return A.Name == B.Name && A.Attribute == B.Attribute &&
         A.Nullable == B.Nullable && A.PrimaryKey == B.PrimaryKey &&
         A.Unique == B.Unique && A.Index == B.Index &&
         A.Autoincrement == B.Autoincrement && A.Comment == B.Comment &&
         same(*A.Type, *B.Type) && sameShared(A.Default, B.Default) &&
         sameShared(A.ServerDefaultValue, B.ServerDefaultValue) &&
         sameShared(A.Generated, B.Generated) &&
         sameShared(A.DefaultSequence, B.DefaultSequence);
}

bool same(const PrimaryKey &A, const PrimaryKey &B) {
  return A.Name == B.Name && A.NameIsFinal == B.NameIsFinal &&
         A.Columns == B.Columns && A.Deferred == B.Deferred &&
         A.Tokens == B.Tokens;
}

bool same(const ForeignKey &A, const ForeignKey &B) {
  return A.Name == B.Name && A.NameIsFinal == B.NameIsFinal &&
         A.Columns == B.Columns && A.RefSchema == B.RefSchema &&
         A.RefTable == B.RefTable && A.RefColumns == B.RefColumns &&
         A.OnDelete == B.OnDelete && A.OnUpdate == B.OnUpdate &&
         A.Deferred == B.Deferred && A.LinkToName == B.LinkToName &&
         A.UseAlter == B.UseAlter && A.OfColumn == B.OfColumn &&
         A.Tokens == B.Tokens;
}

bool same(const Index &A, const Index &B) {
  return A.Name == B.Name && A.NameIsFinal == B.NameIsFinal &&
         A.Columns == B.Columns && A.Unique == B.Unique &&
         A.FromColumnFlag == B.FromColumnFlag &&
         A.OnlyOnDialects == B.OnlyOnDialects &&
         A.DialectOptions == B.DialectOptions && A.Tokens == B.Tokens;
}

bool same(const UniqueConstraint &A, const UniqueConstraint &B) {
  return A.Name == B.Name && A.NameIsFinal == B.NameIsFinal &&
         A.Columns == B.Columns && A.FromColumnFlag == B.FromColumnFlag &&
         A.Deferred == B.Deferred && A.Tokens == B.Tokens;
}

bool same(const CheckConstraint &A, const CheckConstraint &B) {
  return A.Name == B.Name && A.NameIsFinal == B.NameIsFinal &&
         A.SqlText == B.SqlText && A.Column == B.Column &&
         A.TypeBound == B.TypeBound && A.Deferred == B.Deferred &&
         A.Tokens == B.Tokens;
}

bool same(const Relationship &A, const Relationship &B) {
  return A.Name == B.Name && A.Target == B.Target &&
         A.Secondary == B.Secondary && A.SecondarySchema == B.SecondarySchema &&
         A.BackPopulates == B.BackPopulates && A.UseList == B.UseList;
}

bool same(const ColumnRef &A, const ColumnRef &B) {
  return A.Schema == B.Schema && A.Table == B.Table && A.Column == B.Column;
}

bool same(const ComputedAttribute &A, const ComputedAttribute &B);

template <typename T>
bool sameElements(const std::vector<T> &A, const std::vector<T> &B) {
  return std::equal(A.begin(), A.end(), B.begin(), B.end(),
                    [](const T &X, const T &Y) { return same(X, Y); });
}

bool same(const ComputedAttribute &A, const ComputedAttribute &B) {
  return A.Kind == B.Kind && A.Name == B.Name &&
         sameElements(A.Reads, B.Reads) && A.Through == B.Through;
}

bool sameNaming(const Table &A, const Table &B) {
  return A.Naming == B.Naming ||
         (A.Naming && B.Naming && *A.Naming == *B.Naming);
}

} // namespace

bool sameDefinition(const MappedClass &A, const MappedClass &B) {
  return A.Name == B.Name && A.Table == B.Table && A.Schema == B.Schema &&
         A.Bases == B.Bases && A.Inherits == B.Inherits &&
         A.Inheritance == B.Inheritance &&
         A.PolymorphicIdentity.has_value() ==
             B.PolymorphicIdentity.has_value() &&
         (!A.PolymorphicIdentity ||
          same(*A.PolymorphicIdentity, *B.PolymorphicIdentity)) &&
         sameElements(A.Relationships, B.Relationships) &&
         sameElements(A.Computed, B.Computed) &&
         A.DeclaredColumns == B.DeclaredColumns;
}

bool sameInterface(const Table &A, const Table &B) {
  if (A.Name != B.Name || A.Schema != B.Schema || A.Classes != B.Classes ||
      A.ColumnKeys != B.ColumnKeys || A.Columns.size() != B.Columns.size() ||
      !same(A.PrimaryKeyConstraint, B.PrimaryKeyConstraint) ||
      !sameElements(A.ForeignKeys, B.ForeignKeys) || !sameNaming(A, B))
    return false;
  for (size_t I = 0; I < A.Columns.size(); ++I)
    if (A.Columns[I].Name != B.Columns[I].Name ||
        A.Columns[I].Attribute != B.Columns[I].Attribute ||
        A.Columns[I].PrimaryKey != B.Columns[I].PrimaryKey)
      return false;
  return true;
}

bool sameDefinition(const Table &A, const Table &B) {
  return A.Name == B.Name && A.Schema == B.Schema && A.Comment == B.Comment &&
         A.Classes == B.Classes && sameElements(A.Columns, B.Columns) &&
         A.ColumnKeys == B.ColumnKeys &&
         same(A.PrimaryKeyConstraint, B.PrimaryKeyConstraint) &&
         sameElements(A.ForeignKeys, B.ForeignKeys) &&
         sameElements(A.Indexes, B.Indexes) &&
         sameElements(A.UniqueConstraints, B.UniqueConstraints) &&
         sameElements(A.CheckConstraints, B.CheckConstraints) &&
         sameNaming(A, B);
}

} // namespace schemac::ir
