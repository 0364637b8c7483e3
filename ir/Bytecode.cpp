//===- Bytecode.cpp - The schema IR as compact binary ---------------------===//

#include "ir/Bytecode.h"

#include "llvm/ADT/DenseMap.h"

#include <cstring>
#include <memory>

namespace schemac::ir {

void BytecodeWriter::u64(uint64_t V) {
  do {
    uint8_t Byte = V & 0x7f;
    V >>= 7;
    Out << static_cast<char>(Byte | (V ? 0x80 : 0));
  } while (V);
}

void BytecodeWriter::str(llvm::StringRef S) {
  u64(S.size());
  Out << S;
}

void BytecodeWriter::optStr(const std::optional<std::string> &S) {
  boolean(S.has_value());
  if (S)
    str(*S);
}

void BytecodeWriter::f64(double V) {
  uint64_t Bits;
  std::memcpy(&Bits, &V, sizeof Bits);
  u64(Bits);
}

uint64_t BytecodeReader::u64() {
  uint64_t V = 0;
  for (unsigned Shift = 0; Ok && Shift < 64; Shift += 7) {
    if (In.empty())
      break;
    uint8_t Byte = In.front();
    In = In.drop_front();
    V |= static_cast<uint64_t>(Byte & 0x7f) << Shift;
    if (!(Byte & 0x80))
      return V;
  }
  Ok = false;
  return 0;
}

llvm::StringRef BytecodeReader::strRef() {
  uint64_t Size = u64();
  if (!Ok || Size > In.size()) {
    Ok = false;
    return "";
  }
  llvm::StringRef S = In.take_front(Size);
  In = In.drop_front(Size);
  return S;
}

std::string BytecodeReader::str() { return strRef().str(); }

std::optional<std::string> BytecodeReader::optStr() {
  if (!boolean())
    return std::nullopt;
  return str();
}

double BytecodeReader::f64() {
  uint64_t Bits = u64();
  double V;
  std::memcpy(&V, &Bits, sizeof V);
  return V;
}

size_t BytecodeReader::count() {
  uint64_t N = u64();
  if (N > In.size()) {
    Ok = false;
    return 0;
  }
  return N;
}

namespace {

/// Locations name a few files many times: each file is written once, then
/// by its number. Objects that the IR shares (defaults, naming conventions)
/// are written once each too, and shared again when read.
class SchemaWriter {
public:
  explicit SchemaWriter(BytecodeWriter &W) : W(W) {}

  void deferral(const Deferral &D) {
    W.u64(D.Deferrable ? 1 + *D.Deferrable : 0);
    W.optStr(D.Initially);
  }

  void loc(const Loc &L) {
    auto [It, New] = Files.try_emplace(L.File.data(), Files.size());
    W.u64(It->second);
    if (New)
      W.str(L.File);
    W.u64(L.Line);
    W.u64(L.Col);
  }

  /// Null, a reference to an object written before, or the object.
  template <typename T, typename Fn>
  void shared(const std::shared_ptr<T> &P, Fn WriteObject) {
    if (!P) {
      W.u64(0);
      return;
    }
    auto [It, New] = Shared.try_emplace(P.get(), Shared.size() + 1);
    W.u64(It->second);
    if (New)
      WriteObject(*P);
  }

  void scalar(const Scalar &S) {
    W.u64(S.Kind);
    switch (S.Kind) {
    case Scalar::None:
      break;
    case Scalar::Bool:
      W.boolean(S.BoolValue);
      break;
    case Scalar::Int:
      W.i64(S.IntValue);
      break;
    case Scalar::Float:
      W.f64(S.FloatValue);
      break;
    case Scalar::Str:
      W.str(S.StrValue);
      break;
    }
  }

  void strings(const std::vector<std::string> &V) {
    W.u64(V.size());
    for (const std::string &S : V)
      W.str(S);
  }

  void pairs(const std::vector<std::pair<std::string, std::string>> &V) {
    W.u64(V.size());
    for (const auto &[K, Val] : V) {
      W.str(K);
      W.str(Val);
    }
  }

  void type(const SqlType &T) {
    W.str(T.Class);
    W.str(T.Dialect);
    W.u64(T.Args.size());
    for (const auto &[Name, Value] : T.Args) {
      W.str(Name);
      scalar(Value);
    }
    strings(T.EnumValues);
    W.str(T.EnumClass);
    W.boolean(T.Inner != nullptr);
    if (T.Inner)
      type(*T.Inner);
    W.boolean(T.Opaque);
    W.boolean(T.UnknownArguments);
    W.boolean(T.WithVariant);
    W.str(T.ColSpec);
    W.boolean(T.RenderedAs != nullptr);
    if (T.RenderedAs)
      type(*T.RenderedAs);
    W.str(T.RenderedVisit);
    W.u64(T.Variants.size());
    for (const auto &[Dialect, Variant] : T.Variants) {
      W.str(Dialect);
      W.boolean(Variant != nullptr);
      if (Variant)
        type(*Variant);
    }
  }

  void serverDefault(const ServerDefault &D) {
    W.u64(D.Kind);
    W.str(D.Value);
    strings(D.FunctionArgs);
    pairs(D.Compiled);
  }

  void column(const Column &C) {
    W.str(C.Name);
    W.str(C.Attribute);
    shared(C.Type.shared(), [&](const SqlType &T) { type(T); });
    W.boolean(C.Nullable);
    W.boolean(C.PrimaryKey);
    W.boolean(C.Unique);
    W.boolean(C.Index);
    W.u64(C.Autoincrement ? 1 + *C.Autoincrement : 0);
    W.u64(C.Attached);
    shared(C.Default, [&](const PythonDefault &D) {
      W.u64(D.Kind);
      W.str(D.Value);
      W.boolean(D.Function.has_value());
      if (D.Function)
        serverDefault(*D.Function);
    });
    shared(C.ServerDefaultValue,
           [&](const ServerDefault &D) { serverDefault(D); });
    shared(C.DefaultSequence, [&](const SequenceDef &Q) { sequence(Q); });
    shared(C.Generated, [&](const GeneratedColumn &G) {
      W.u64(G.Kind);
      W.str(G.SqlText);
      W.u64(G.Persisted ? 1 + *G.Persisted : 0);
      W.boolean(G.Always);
      strings(G.Options);
    });
    W.optStr(C.Comment);
    shared(C.SqliteOnConflictNotNull,
           [&](const std::string &Clause) { W.str(Clause); });
    loc(C.Where);
  }

  void table(const Table &T) {
    W.str(T.Name);
    W.optStr(T.Schema);
    W.optStr(T.Comment);
    pairs(T.DialectOptions);
    strings(T.Classes);
    W.u64(T.Columns.size());
    for (const Column &C : T.Columns)
      column(C);
    pairs(T.ColumnKeys);
    const PrimaryKey &PK = T.PrimaryKeyConstraint;
    W.optStr(PK.Name);
    W.boolean(PK.NameIsFinal);
    strings(PK.Columns);
    deferral(PK.Deferred);
    W.optStr(PK.SqliteOnConflict);
    pairs(PK.Tokens);
    loc(PK.Where);
    W.u64(T.ForeignKeys.size());
    for (const ForeignKey &FK : T.ForeignKeys) {
      W.optStr(FK.Name);
      W.boolean(FK.NameIsFinal);
      strings(FK.Columns);
      W.optStr(FK.RefSchema);
      W.str(FK.RefTable);
      strings(FK.RefColumns);
      W.optStr(FK.OnDelete);
      W.optStr(FK.OnUpdate);
      deferral(FK.Deferred);
      W.boolean(FK.LinkToName);
      W.boolean(FK.UseAlter);
      W.boolean(FK.OfColumn);
      pairs(FK.Tokens);
      loc(FK.Where);
    }
    W.u64(T.Indexes.size());
    for (const Index &I : T.Indexes) {
      W.optStr(I.Name);
      W.boolean(I.NameIsFinal);
      strings(I.Columns);
      W.boolean(I.Unique);
      W.boolean(I.FromColumnFlag);
      strings(I.OnlyOnDialects);
      pairs(I.DialectOptions);
      pairs(I.Tokens);
      loc(I.Where);
    }
    W.u64(T.UniqueConstraints.size());
    for (const UniqueConstraint &U : T.UniqueConstraints) {
      W.optStr(U.Name);
      W.boolean(U.NameIsFinal);
      strings(U.Columns);
      W.boolean(U.FromColumnFlag);
      deferral(U.Deferred);
      W.optStr(U.SqliteOnConflict);
      pairs(U.Tokens);
      loc(U.Where);
    }
    W.u64(T.CheckConstraints.size());
    for (const CheckConstraint &C : T.CheckConstraints) {
      W.optStr(C.Name);
      W.boolean(C.NameIsFinal);
      W.str(C.SqlText);
      W.optStr(C.Column);
      W.boolean(C.TypeBound);
      deferral(C.Deferred);
      W.optStr(C.SqliteOnConflict);
      pairs(C.Tokens);
      loc(C.Where);
    }
    shared(T.Naming, [&](const NamingConvention &N) { pairs(N); });
    loc(T.Where);
  }

  void mappedClass(const MappedClass &C) {
    W.str(C.Name);
    W.optStr(C.Table);
    W.optStr(C.Schema);
    strings(C.Bases);
    W.optStr(C.Inherits);
    W.str(C.Inheritance);
    W.boolean(C.PolymorphicIdentity.has_value());
    if (C.PolymorphicIdentity)
      scalar(*C.PolymorphicIdentity);
    W.u64(C.Relationships.size());
    for (const Relationship &R : C.Relationships) {
      W.str(R.Name);
      W.str(R.Target);
      W.optStr(R.Secondary);
      W.optStr(R.SecondarySchema);
      W.optStr(R.BackPopulates);
      W.boolean(R.UseList);
      loc(R.Where);
    }
    W.u64(C.Computed.size());
    for (const ComputedAttribute &A : C.Computed) {
      W.u64(A.Kind);
      W.str(A.Name);
      W.u64(A.Reads.size());
      for (const ColumnRef &Ref : A.Reads) {
        W.optStr(Ref.Schema);
        W.str(Ref.Table);
        W.str(Ref.Column);
      }
      W.u64(A.Through.size());
      for (const AttributeRef &Ref : A.Through) {
        W.str(Ref.Class);
        W.str(Ref.Name);
      }
      loc(A.Where);
    }
    strings(C.DeclaredColumns);
    loc(C.Where);
  }

  void sequence(const SequenceDef &Q) {
    W.str(Q.Name);
    W.optStr(Q.Schema);
    strings(Q.Options);
    W.boolean(Q.HasStart);
    W.boolean(Q.Optional);
    // Inline: a sequence is itself shared(), and objects shared() writes
    // do not nest.
    W.boolean(Q.DataType.has_value());
    if (Q.DataType)
      type(**Q.DataType);
    loc(Q.Where);
  }

  void schema(const Schema &S) {
    W.str(S.SqlAlchemyVersion);
    W.str(S.SqlAlchemyVersionSource);
    W.u64(S.Tables.size());
    for (const Table &T : S.Tables)
      table(T);
    W.u64(S.Classes.size());
    for (const MappedClass &C : S.Classes)
      mappedClass(C);
    W.u64(S.Sequences.size());
    for (const SequenceDef &Q : S.Sequences)
      sequence(Q);
    W.u64(S.DetachedTypes.size());
    for (const DetachedType &T : S.DetachedTypes) {
      type(*T.Type);
      W.u64(T.Attached);
      loc(T.Where);
    }
    W.u64(S.Diagnostics.size());
    for (const Diagnostic &D : S.Diagnostics) {
      W.u64(D.Severity);
      W.str(D.Message);
      loc(D.Where);
    }
  }

private:
  BytecodeWriter &W;
  llvm::DenseMap<const char *, uint64_t> Files;
  llvm::DenseMap<const void *, uint64_t> Shared;
};

class SchemaReader {
public:
  explicit SchemaReader(BytecodeReader &R) : R(R) {}

  Deferral deferral() {
    Deferral D;
    if (uint64_t Given = R.u64())
      D.Deferrable = Given == 2;
    D.Initially = R.optStr();
    return D;
  }

  Loc loc() {
    Loc L;
    uint64_t File = R.u64();
    if (File == Files.size())
      Files.push_back(internFileName(R.strRef()));
    else if (File > Files.size())
      R.fail();
    L.File = R.ok() ? Files[File] : "";
    L.Line = R.u64();
    L.Col = R.u64();
    return L;
  }

  template <typename T, typename Fn>
  std::shared_ptr<const T> shared(Fn ReadObject) {
    uint64_t Id = R.u64();
    if (Id == 0 || !R.ok())
      return nullptr;
    if (Id == Shared.size() + 1) {
      auto P = std::make_shared<T>(ReadObject());
      Shared.emplace_back(&kindOf<T>, P);
      return P;
    }
    // Damaged bytes may refer to an object of another type.
    if (Id > Shared.size() || Shared[Id - 1].first != &kindOf<T>) {
      R.fail();
      return nullptr;
    }
    return std::static_pointer_cast<const T>(Shared[Id - 1].second);
  }

  template <typename E> E kind(uint64_t Max) {
    uint64_t K = R.u64();
    if (K > Max)
      R.fail();
    return static_cast<E>(R.ok() ? K : 0);
  }

  Scalar scalar() {
    Scalar S;
    S.Kind = kind<Scalar::KindType>(Scalar::Str);
    switch (S.Kind) {
    case Scalar::None:
      break;
    case Scalar::Bool:
      S.BoolValue = R.boolean();
      break;
    case Scalar::Int:
      S.IntValue = R.i64();
      break;
    case Scalar::Float:
      S.FloatValue = R.f64();
      break;
    case Scalar::Str:
      S.StrValue = R.str();
      break;
    }
    return S;
  }

  std::vector<std::string> strings() {
    std::vector<std::string> V(R.count());
    for (std::string &S : V)
      S = R.str();
    return V;
  }

  std::vector<std::pair<std::string, std::string>> pairs() {
    std::vector<std::pair<std::string, std::string>> V(R.count());
    for (auto &[K, Val] : V) {
      K = R.str();
      Val = R.str();
    }
    return V;
  }

  SqlType type(unsigned Depth = 0) {
    SqlType T;
    // Types nest (ARRAY of a TypeDecorator of ...) a few levels; damaged
    // bytes must not recurse without end.
    if (Depth > 64) {
      R.fail();
      return T;
    }
    T.Class = R.str();
    T.Dialect = R.str();
    T.Args.resize(R.count());
    for (auto &[Name, Value] : T.Args) {
      Name = R.str();
      Value = scalar();
    }
    T.EnumValues = strings();
    T.EnumClass = R.str();
    if (R.boolean() && R.ok())
      T.Inner = std::make_shared<SqlType>(type(Depth + 1));
    T.Opaque = R.boolean();
    T.UnknownArguments = R.boolean();
    T.WithVariant = R.boolean();
    T.ColSpec = R.str();
    if (R.boolean() && R.ok())
      T.RenderedAs = std::make_shared<SqlType>(type(Depth + 1));
    T.RenderedVisit = R.str();
    T.Variants.resize(R.count());
    for (auto &[Dialect, Variant] : T.Variants) {
      Dialect = R.str();
      if (R.boolean() && R.ok())
        Variant = std::make_shared<SqlType>(type(Depth + 1));
    }
    return T;
  }

  ServerDefault serverDefault() {
    ServerDefault D;
    D.Kind = kind<ServerDefault::KindType>(ServerDefault::NextValue);
    D.Value = R.str();
    D.FunctionArgs = strings();
    D.Compiled = pairs();
    return D;
  }

  Column column() {
    Column C;
    C.Name = R.str();
    C.Attribute = R.str();
    C.Type = TypeRef(shared<SqlType>([&] { return type(); }));
    C.Nullable = R.boolean();
    C.PrimaryKey = R.boolean();
    C.Unique = R.boolean();
    C.Index = R.boolean();
    if (uint64_t A = R.u64())
      C.Autoincrement = A == 2;
    C.Attached = static_cast<uint32_t>(R.u64());
    C.Default = shared<PythonDefault>([&] {
      PythonDefault D;
      D.Kind = kind<PythonDefault::KindType>(PythonDefault::Sql);
      D.Value = R.str();
      if (R.boolean() && R.ok())
        D.Function = serverDefault();
      return D;
    });
    C.ServerDefaultValue =
        shared<ServerDefault>([&] { return serverDefault(); });
    C.DefaultSequence = shared<SequenceDef>([&] { return sequence(); });
    C.Generated = shared<GeneratedColumn>([&] {
      GeneratedColumn G;
      G.Kind = kind<GeneratedColumn::KindType>(GeneratedColumn::Identity);
      G.SqlText = R.str();
      if (uint64_t P = R.u64())
        G.Persisted = P == 2;
      G.Always = R.boolean();
      G.Options = strings();
      return G;
    });
    C.Comment = R.optStr();
    C.SqliteOnConflictNotNull = shared<std::string>([&] { return R.str(); });
    C.Where = loc();
    return C;
  }

  Table table() {
    Table T;
    T.Name = R.str();
    T.Schema = R.optStr();
    T.Comment = R.optStr();
    T.DialectOptions = pairs();
    T.Classes = strings();
    // count() is at most the bytes left: a damaged count cannot reserve
    // more than the entry's size.
    size_t Columns = R.count();
    T.Columns.reserve(Columns);
    for (size_t I = 0; I < Columns && R.ok(); ++I)
      T.Columns.push_back(column());
    T.ColumnKeys = pairs();
    PrimaryKey &PK = T.PrimaryKeyConstraint;
    PK.Name = R.optStr();
    PK.NameIsFinal = R.boolean();
    PK.Columns = strings();
    PK.Deferred = deferral();
    PK.SqliteOnConflict = R.optStr();
    PK.Tokens = pairs();
    PK.Where = loc();
    T.ForeignKeys.resize(R.count());
    for (ForeignKey &FK : T.ForeignKeys) {
      FK.Name = R.optStr();
      FK.NameIsFinal = R.boolean();
      FK.Columns = strings();
      FK.RefSchema = R.optStr();
      FK.RefTable = R.str();
      FK.RefColumns = strings();
      FK.OnDelete = R.optStr();
      FK.OnUpdate = R.optStr();
      FK.Deferred = deferral();
      FK.LinkToName = R.boolean();
      FK.UseAlter = R.boolean();
      FK.OfColumn = R.boolean();
      FK.Tokens = pairs();
      FK.Where = loc();
    }
    T.Indexes.resize(R.count());
    for (Index &I : T.Indexes) {
      I.Name = R.optStr();
      I.NameIsFinal = R.boolean();
      I.Columns = strings();
      I.Unique = R.boolean();
      I.FromColumnFlag = R.boolean();
      I.OnlyOnDialects = strings();
      I.DialectOptions = pairs();
      I.Tokens = pairs();
      I.Where = loc();
    }
    T.UniqueConstraints.resize(R.count());
    for (UniqueConstraint &U : T.UniqueConstraints) {
      U.Name = R.optStr();
      U.NameIsFinal = R.boolean();
      U.Columns = strings();
      U.FromColumnFlag = R.boolean();
      U.Deferred = deferral();
      U.SqliteOnConflict = R.optStr();
      U.Tokens = pairs();
      U.Where = loc();
    }
    T.CheckConstraints.resize(R.count());
    for (CheckConstraint &C : T.CheckConstraints) {
      C.Name = R.optStr();
      C.NameIsFinal = R.boolean();
      C.SqlText = R.str();
      C.Column = R.optStr();
      C.TypeBound = R.boolean();
      C.Deferred = deferral();
      C.SqliteOnConflict = R.optStr();
      C.Tokens = pairs();
      C.Where = loc();
    }
    T.Naming = shared<NamingConvention>([&] { return pairs(); });
    T.Where = loc();
    return T;
  }

  MappedClass mappedClass() {
    MappedClass C;
    C.Name = R.str();
    C.Table = R.optStr();
    C.Schema = R.optStr();
    C.Bases = strings();
    C.Inherits = R.optStr();
    C.Inheritance = R.str();
    if (R.boolean() && R.ok())
      C.PolymorphicIdentity = scalar();
    C.Relationships.resize(R.count());
    for (Relationship &Rel : C.Relationships) {
      Rel.Name = R.str();
      Rel.Target = R.str();
      Rel.Secondary = R.optStr();
      Rel.SecondarySchema = R.optStr();
      Rel.BackPopulates = R.optStr();
      Rel.UseList = R.boolean();
      Rel.Where = loc();
    }
    C.Computed.resize(R.count());
    for (ComputedAttribute &A : C.Computed) {
      A.Kind = kind<ComputedAttribute::KindType>(ComputedAttribute::Synonym);
      A.Name = R.str();
      A.Reads.resize(R.count());
      for (ColumnRef &Ref : A.Reads) {
        Ref.Schema = R.optStr();
        Ref.Table = R.str();
        Ref.Column = R.str();
      }
      A.Through.resize(R.count());
      for (AttributeRef &Ref : A.Through) {
        Ref.Class = R.str();
        Ref.Name = R.str();
      }
      A.Where = loc();
    }
    C.DeclaredColumns = strings();
    C.Where = loc();
    return C;
  }

  SequenceDef sequence() {
    SequenceDef Q;
    Q.Name = R.str();
    Q.Schema = R.optStr();
    Q.Options = strings();
    Q.HasStart = R.boolean();
    Q.Optional = R.boolean();
    if (R.boolean())
      Q.DataType = TypeRef(type());
    Q.Where = loc();
    return Q;
  }

  std::optional<Schema> schema() {
    Schema S;
    S.SqlAlchemyVersion = R.str();
    S.SqlAlchemyVersionSource = R.str();
    S.Tables.resize(R.count());
    for (Table &T : S.Tables)
      if (R.ok())
        T = table();
    S.Classes.resize(R.count());
    for (MappedClass &C : S.Classes)
      if (R.ok())
        C = mappedClass();
    S.Sequences.resize(R.count());
    for (SequenceDef &Q : S.Sequences)
      if (R.ok())
        Q = sequence();
    S.DetachedTypes.resize(R.count());
    for (DetachedType &T : S.DetachedTypes)
      if (R.ok()) {
        T.Type = TypeRef(type());
        T.Attached = static_cast<uint32_t>(R.u64());
        T.Where = loc();
      }
    S.Diagnostics.resize(R.count());
    for (Diagnostic &D : S.Diagnostics) {
      D.Severity = kind<Diagnostic::SeverityKind>(Diagnostic::Error);
      D.Message = R.str();
      D.Where = loc();
    }
    if (!R.ok())
      return std::nullopt;
    return S;
  }

private:
  BytecodeReader &R;
  std::vector<llvm::StringRef> Files;
  /// One address per type of shared object: what each object read is.
  template <typename T> static constexpr char kindOf = 0;
  std::vector<std::pair<const char *, std::shared_ptr<const void>>> Shared;
};

} // namespace

void writeSchema(const Schema &S, BytecodeWriter &W) {
  SchemaWriter(W).schema(S);
}

void writeType(const SqlType &T, BytecodeWriter &W) { SchemaWriter(W).type(T); }

std::optional<SqlType> readType(BytecodeReader &R) {
  SqlType T = SchemaReader(R).type();
  if (!R.ok() || !R.atEnd())
    return std::nullopt;
  return T;
}

std::optional<Schema> readSchema(BytecodeReader &R) {
  return SchemaReader(R).schema();
}

} // namespace schemac::ir
