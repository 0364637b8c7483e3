//===- SchemaEmitter.cpp --------------------------------------------------===//

#include "passes/SchemaEmitter.h"

#include "passes/JsonWriter.h"
#include "passes/NamingConventions.h"
#include "passes/SqlText.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Parallel.h"
#include "llvm/Support/ThreadPool.h"

#include <deque>
#include <future>

#include <fmt/format.h>

namespace schemac::passes {

static unsigned maxIdentifierLength(Dialect D) {
  switch (D) {
  case Dialect::PostgreSQL:
    return 63;
  case Dialect::MySQL:
    return 64;
  case Dialect::SQLite:
    return 0;
  }
  return 0;
}

llvm::ArrayRef<llvm::StringRef> loweringPassNames() {
  static const llvm::StringRef Names[] = {"schema-types", "naming"};
  return Names;
}

/// Enum(create_constraint=True) and Boolean(create_constraint=True) add a
/// CHECK constraint where the dialect has no native type for them, named
/// after the type's name=; SQLAlchemy's SchemaType does this per dialect.
/// A % in the column's name is doubled with the rest of the text
/// (renderSqlTexts).
static void addSchemaTypeConstraints(ir::Table &T, Dialect D) {
  for (const ir::Column &C : T.Columns) {
    const ir::SqlType &Type = C.Type->forDialect(dialectName(D).str());
    if (!Type.boolArg("create_constraint").value_or(false))
      continue;
    const ir::Scalar *Name = Type.arg("name");
    ir::CheckConstraint K;
    if (Name && Name->Kind == ir::Scalar::Str)
      K.Name = Name->StrValue;
    K.Column = C.Name;
    K.TypeBound = true;
    K.Where = C.Where;
    if (Type.Class == "Enum" || Type.Class == "ENUM") {
      bool NativeType =
          Type.boolArg("native_enum").value_or(true) && D != Dialect::SQLite;
      if (NativeType)
        continue;
      K.SqlText = detail::quoteIfNeeded(C.Name, D, false) + " IN (";
      for (size_t I = 0; I < Type.EnumValues.size(); ++I) {
        std::string Quoted;
        for (char Ch : Type.EnumValues[I])
          Quoted += Ch == '\'' ? std::string("''") : std::string(1, Ch);
        K.SqlText += (I ? ", '" : "'") + Quoted + "'";
      }
      K.SqlText += ")";
    } else if (Type.Class == "Boolean" || Type.Class == "BOOLEAN") {
      if (D == Dialect::PostgreSQL)
        continue;
      K.SqlText = detail::quoteIfNeeded(C.Name, D, false) + " IN (0, 1)";
    } else {
      continue;
    }
    T.CheckConstraints.push_back(std::move(K));
  }
}

/// The names in SQL text sema rendered from expressions, quoted as the
/// dialect's IdentifierPreparer quotes them: `"order" IN (...)`,
/// `lower("userName")`; its function calls as the dialect writes them
/// (`length(items.name)` on SQLite). A % in them is left to the escaping of the
/// whole text (renderSqlTexts, the DDL's WHERE, the server defaults' lowering),
/// which doubles it once.
static void quoteMarkedIdentifiers(ir::Table &T, Dialect D) {
  auto Quote = [D](llvm::StringRef Name) {
    return detail::quoteIfNeeded(Name, D, /*EscapePercents=*/false);
  };
  std::string TablePrefix =
      (T.Schema ? ir::markIdentifier(*T.Schema) + "." : std::string()) +
      ir::markIdentifier(T.Name);
  auto Resolve = [&](std::string &Text) {
    if (llvm::StringRef(Text).contains(ir::FunctionMark))
      Text = renderMarkedFunctions(Text, D, TablePrefix);
    if (llvm::StringRef(Text).contains(ir::IdentifierMark))
      Text = ir::resolveIdentifiers(Text, Quote);
  };
  for (ir::CheckConstraint &K : T.CheckConstraints)
    Resolve(K.SqlText);
  for (ir::Index &I : T.Indexes) {
    for (std::string &Column : I.Columns)
      Resolve(Column);
    for (auto &Option : I.DialectOptions)
      Resolve(Option.second);
  }
  for (ir::Column &C : T.Columns) {
    if (C.isComputed()) {
      ir::GeneratedColumn G = *C.Generated;
      Resolve(G.SqlText);
      C.Generated = std::make_shared<const ir::GeneratedColumn>(std::move(G));
    }
    if (!C.ServerDefaultValue)
      continue;
    ir::ServerDefault Default = *C.ServerDefaultValue;
    Resolve(Default.Value);
    for (std::string &Arg : Default.FunctionArgs)
      Resolve(Arg);
    if (Default.Value != C.ServerDefaultValue->Value ||
        Default.FunctionArgs != C.ServerDefaultValue->FunctionArgs)
      C.ServerDefaultValue =
          std::make_shared<const ir::ServerDefault>(std::move(Default));
  }
}

/// The SQL text of CHECKs, expression indexes and computed columns as the
/// dialect's DDL compiler writes it: a % doubled where the driver's
/// paramstyle is pyformat, a text()'s escaped colon unescaped.
static void renderSqlTexts(ir::Table &T, Dialect D) {
  for (ir::CheckConstraint &K : T.CheckConstraints)
    K.SqlText = detail::renderTextClause(K.SqlText, D);
  for (ir::Column &C : T.Columns)
    if (C.isComputed()) {
      ir::GeneratedColumn G = *C.Generated;
      G.SqlText = detail::renderTextClause(G.SqlText, D);
      C.Generated = std::make_shared<const ir::GeneratedColumn>(std::move(G));
    }
  for (ir::Index &I : T.Indexes)
    for (std::string &Entry : I.Columns)
      if (!T.findColumn(Entry))
        Entry = detail::renderTextClause(Entry, D);
}

namespace {

void lowerSelected(
    ir::Schema &Schema, Dialect D, const std::vector<bool> *Lower,
    const std::function<void(llvm::StringRef, const ir::Schema &)> &AfterPass) {
  auto Selected = [&](size_t I) { return !Lower || (*Lower)[I]; };
  // Each pass looks at one table at a time: the tables go in parallel.
  llvm::parallelFor(0, Schema.Tables.size(), [&](size_t I) {
    if (Selected(I)) {
      quoteMarkedIdentifiers(Schema.Tables[I], D);
      addSchemaTypeConstraints(Schema.Tables[I], D);
      renderSqlTexts(Schema.Tables[I], D);
    }
  });
  if (AfterPass)
    AfterPass("schema-types", Schema);
  std::vector<std::vector<ir::Diagnostic>> Diags(Schema.Tables.size());
  llvm::parallelFor(0, Schema.Tables.size(), [&](size_t I) {
    if (Selected(I))
      applyNamingConventions(Schema.Tables[I], maxIdentifierLength(D),
                             &Diags[I]);
  });
  for (std::vector<ir::Diagnostic> &TableDiags : Diags)
    std::move(TableDiags.begin(), TableDiags.end(),
              std::back_inserter(Schema.Diagnostics));
  if (AfterPass)
    AfterPass("naming", Schema);
}

} // namespace

void lowerSchema(
    ir::Schema &Schema, Dialect D,
    const std::function<void(llvm::StringRef, const ir::Schema &)> &AfterPass) {
  lowerSelected(Schema, D, nullptr, AfterPass);
}

void lowerTables(ir::Schema &Schema, Dialect D,
                 const std::vector<bool> &Lower) {
  lowerSelected(Schema, D, &Lower, {});
}

void checkColumnDdl(ir::Schema &Schema, Dialect D) {
  // Columns share their types (ir::TypeRef): each is lowered once.
  llvm::DenseMap<const ir::SqlType *, LoweredType> Lowered;
  for (const ir::Table &T : Schema.Tables)
    for (const ir::Column &C : T.Columns) {
      // PGDDLCompiler.visit_computed_column raises for a virtual column.
      if (D == Dialect::PostgreSQL && C.isComputed() &&
          C.Generated->Persisted == false) {
        ir::Diagnostic Diag;
        Diag.Severity = ir::Diagnostic::Warning;
        Diag.Message = fmt::format(
            "column '{}.{}' is Computed(persisted=False), a virtual column, "
            "which PostgreSQL does not have: SQLAlchemy's compiler raises "
            "(CompileError); written STORED here",
            T.Name, C.Name);
        Diag.Where = C.Where;
        Schema.Diagnostics.push_back(std::move(Diag));
      }
      auto [It, New] = Lowered.try_emplace(&*C.Type);
      if (New) {
        const ir::SqlType &Type = dialectType(C.Type, D);
        It->second = lowerType(Type, D);
        // An argument the analysis could not see may be the one it lacks.
        if (Type.UnknownArguments)
          It->second.Raises = false;
      }
      const LoweredType &L = It->second;
      if (!L.Raises)
        continue;
      ir::Diagnostic Diag;
      Diag.Severity = ir::Diagnostic::Warning;
      Diag.Message =
          fmt::format("type of column '{}.{}': {}", T.Name, C.Name, L.Problem);
      Diag.Where = C.Where;
      Schema.Diagnostics.push_back(std::move(Diag));
    }
}

namespace {

void string(JsonWriter &J, llvm::StringRef Key, llvm::StringRef S) {
  J.key(Key);
  J.string(S);
}

void null(JsonWriter &J, llvm::StringRef Key) {
  J.key(Key);
  J.null();
}

void optionalString(JsonWriter &J, llvm::StringRef Key,
                    const std::optional<std::string> &V) {
  if (V)
    string(J, Key, *V);
  else
    null(J, Key);
}

/// The string, or null where it is empty (nothing known or given).
void stringOrNull(JsonWriter &J, llvm::StringRef Key, llvm::StringRef V) {
  if (V.empty())
    null(J, Key);
  else
    string(J, Key, V);
}

void boolean(JsonWriter &J, llvm::StringRef Key, bool V) {
  J.key(Key);
  J.boolean(V);
}

void loc(JsonWriter &J, const ir::Loc &L) {
  J.key("loc");
  if (!L.isKnown()) {
    J.null();
    return;
  }
  J.object([&] {
    string(J, "file", L.File);
    J.key("line");
    J.integer(L.Line);
    J.key("col");
    J.integer(L.Col);
  });
}

void stringArray(JsonWriter &J, llvm::StringRef Key,
                 const std::vector<std::string> &V) {
  J.key(Key);
  J.array([&] {
    for (const std::string &S : V)
      J.string(S);
  });
}

/// Computed() as {"kind": "computed", "sqltext", "persisted"}, Identity()
/// as {"kind": "identity", "always", "options"}; null for other columns.
void generated(JsonWriter &J, const ir::Column &C) {
  J.key("generated");
  if (!C.Generated)
    return J.null();
  const ir::GeneratedColumn &G = *C.Generated;
  J.object([&] {
    if (G.Kind == ir::GeneratedColumn::Computed) {
      string(J, "kind", "computed");
      string(J, "sqltext", G.SqlText);
      J.key("persisted");
      if (G.Persisted)
        J.boolean(*G.Persisted);
      else
        J.null();
    } else {
      string(J, "kind", "identity");
      boolean(J, "always", G.Always);
      stringArray(J, "options", G.Options);
    }
  });
}

void scalar(JsonWriter &J, const ir::Scalar &S) {
  switch (S.Kind) {
  case ir::Scalar::None:
    return J.null();
  case ir::Scalar::Bool:
    return J.boolean(S.BoolValue);
  case ir::Scalar::Int:
    return J.integer(S.IntValue);
  case ir::Scalar::Float:
    return J.number(S.FloatValue);
  case ir::Scalar::Str:
    return J.string(S.StrValue);
  }
}

/// Pointers to a table's indexes or constraints in the order the document
/// lists them: by name (unnamed first), then by what \p Rest gives.
template <typename T, typename RestFn>
std::vector<const T *> sortedByName(const std::vector<T> &Items, RestFn Rest) {
  std::vector<const T *> Sorted;
  Sorted.reserve(Items.size());
  for (const T &I : Items)
    Sorted.push_back(&I);
  llvm::stable_sort(Sorted, [&](const T *A, const T *B) {
    llvm::StringRef NameA = A->Name ? llvm::StringRef(*A->Name) : "";
    llvm::StringRef NameB = B->Name ? llvm::StringRef(*B->Name) : "";
    if (NameA != NameB)
      return NameA < NameB;
    return Rest(*A) < Rest(*B);
  });
  return Sorted;
}

/// One table's object, as it stands in the "tables" array.
void writeTable(JsonWriter &J, const ir::Table &T, Dialect D,
                const ServerTraits &Traits) {
  J.object([&] {
    string(J, "name", T.Name);
    optionalString(J, "schema", T.Schema);
    optionalString(J, "comment", T.Comment);
    stringArray(J, "classes", T.Classes);
    loc(J, T.Where);
    J.key("columns");
    J.array([&] {
      for (const ir::Column &C : T.Columns)
        J.object([&] {
          string(J, "name", C.Name);
          stringOrNull(J, "attribute", C.Attribute);
          // null where the analysis could not know the type (it said
          // so in a diagnostic).
          if (dialectType(C.Type, D).isUnknown())
            null(J, "type");
          else
            string(J, "type", renderColumnType(C.Type, D));
          boolean(J, "nullable", C.Nullable);
          boolean(J, "primary_key", C.PrimaryKey);
          boolean(J, "unique", C.Unique);
          boolean(J, "index", C.Index);
          if (!C.Default) {
            null(J, "default");
          } else {
            J.key("default");
            J.object([&] {
              static const char *Kinds[] = {"scalar", "callable", "sql"};
              string(J, "kind", Kinds[C.Default->Kind]);
              string(J, "value",
                     C.Default->Function
                         ? renderSqlExpression(*C.Default->Function, D)
                         : C.Default->Value);
            });
          }
          std::string Default =
              C.ServerDefaultValue
                  ? renderServerDefault(*C.ServerDefaultValue,
                                        dialectType(C.Type, D), D, Traits)
                  : "";
          // Empty: the dialect renders no default for it.
          stringOrNull(J, "server_default", Default);
          optionalString(J, "comment", C.Comment);
          generated(J, C);
          loc(J, C.Where);
        });
    });
    J.key("primary_key");
    J.object([&] {
      optionalString(J, "name",
                     T.PrimaryKeyConstraint.Columns.empty()
                         ? std::nullopt
                         : T.PrimaryKeyConstraint.Name);
      stringArray(J, "columns", T.PrimaryKeyConstraint.Columns);
    });
    std::vector<const ir::ForeignKey *> FKs;
    for (const ir::ForeignKey &F : T.ForeignKeys)
      FKs.push_back(&F);
    llvm::stable_sort(FKs, [](auto *A, auto *B) {
      return std::tie(A->Columns, A->RefTable) <
             std::tie(B->Columns, B->RefTable);
    });
    J.key("foreign_keys");
    J.array([&] {
      for (const ir::ForeignKey *F : FKs)
        J.object([&] {
          optionalString(J, "name", F->Name);
          stringArray(J, "columns", F->Columns);
          optionalString(J, "ref_schema", F->RefSchema);
          string(J, "ref_table", F->RefTable);
          stringArray(J, "ref_columns", F->RefColumns);
          optionalString(J, "ondelete", ir::actionKeyword(F->OnDelete));
          optionalString(J, "onupdate", ir::actionKeyword(F->OnUpdate));
        });
    });
    J.key("indexes");
    J.array([&] {
      for (const ir::Index *I : sortedByName(
               T.Indexes,
               [](const ir::Index &I) -> auto & { return I.Columns; }))
        J.object([&] {
          optionalString(J, "name", I->Name);
          stringArray(J, "columns", I->Columns);
          boolean(J, "unique", I->Unique);
        });
    });
    J.key("unique_constraints");
    J.array([&] {
      for (const ir::UniqueConstraint *U : sortedByName(
               T.UniqueConstraints,
               [](const ir::UniqueConstraint &U) -> auto & {
                 return U.Columns;
               }))
        J.object([&] {
          optionalString(J, "name", U->Name);
          stringArray(J, "columns", U->Columns);
        });
    });
    J.key("check_constraints");
    J.array([&] {
      for (const ir::CheckConstraint *C : sortedByName(
               T.CheckConstraints, [](const ir::CheckConstraint &C) -> auto & {
                 return C.SqlText;
               }))
        J.object([&] {
          optionalString(J, "name", C->Name);
          string(J, "sqltext", C->SqlText);
        });
    });
  });
}

/// Renders items on all cores, a batch per task, and hands their texts to
/// \p Write in order; only a few batches wait in memory at a time.
/// \p Render appends to a batch's text and returns where in it the item's
/// own text begins and ends.
void renderInOrder(size_t Count,
                   llvm::function_ref<std::pair<size_t, size_t>(
                       size_t Item, llvm::SmallVectorImpl<char> &Out)>
                       Render,
                   llvm::function_ref<void(llvm::StringRef Text)> Write) {
  constexpr size_t BatchSize = 64;
  struct Batch {
    llvm::SmallVector<char, 0> Text;
    std::vector<std::pair<size_t, size_t>> Items;
  };
  size_t Batches = (Count + BatchSize - 1) / BatchSize;
  llvm::DefaultThreadPool Pool(llvm::hardware_concurrency());
  std::deque<std::shared_future<Batch>> Pending;
  size_t Submitted = 0;
  auto Submit = [&] {
    size_t Begin = Submitted++ * BatchSize;
    size_t End = std::min(Count, Begin + BatchSize);
    Pending.push_back(Pool.async([Begin, End, Render] {
      Batch B;
      for (size_t I = Begin; I < End; ++I)
        B.Items.push_back(Render(I, B.Text));
      return B;
    }));
  };
  size_t Window = 2 * Pool.getMaxConcurrency();
  while (Submitted < Batches && Submitted < Window)
    Submit();
  while (!Pending.empty()) {
    const Batch &B = Pending.front().get();
    for (auto [Begin, End] : B.Items)
      Write(llvm::StringRef(B.Text.data(), B.Text.size()).slice(Begin, End));
    Pending.pop_front();
    if (Submitted < Batches)
      Submit();
  }
}

/// One mapped class's object, as it stands in the "classes" array.
void writeClass(JsonWriter &J, const ir::MappedClass &C) {
  J.object([&] {
    string(J, "name", C.Name);
    optionalString(J, "table", C.Table);
    optionalString(J, "schema", C.Schema);
    stringArray(J, "bases", C.Bases);
    optionalString(J, "inherits", C.Inherits);
    stringOrNull(J, "inheritance", C.Inheritance);
    J.key("polymorphic_identity");
    if (C.PolymorphicIdentity)
      scalar(J, *C.PolymorphicIdentity);
    else
      J.null();
    J.key("relationships");
    J.array([&] {
      for (const ir::Relationship &R : C.Relationships)
        J.object([&] {
          string(J, "name", R.Name);
          stringOrNull(J, "target", R.Target);
          optionalString(J, "secondary", R.Secondary);
          optionalString(J, "back_populates", R.BackPopulates);
          boolean(J, "uselist", R.UseList);
        });
    });
    loc(J, C.Where);
  });
}

void writeDiagnostic(JsonWriter &J, const ir::Diagnostic &Diag) {
  J.object([&] {
    static const char *Levels[] = {"note", "warning", "error"};
    string(J, "severity", Levels[Diag.Severity]);
    string(J, "message", Diag.Message);
    loc(J, Diag.Where);
  });
}

/// The \p Count values of the array \p J is in, written by \p WriteItem
/// in parallel, each by a writer of its own: the arrays of a large schema
/// hold most of its document.
void writeInParallel(
    llvm::json::OStream &J, size_t Count,
    llvm::function_ref<void(JsonWriter &, size_t Item)> WriteItem) {
  constexpr unsigned Depth = 2; // "tables": [ in the root object
  renderInOrder(
      Count,
      [&](size_t I, llvm::SmallVectorImpl<char> &Out) {
        size_t Begin = Out.size();
        JsonWriter Item(Out, Depth);
        WriteItem(Item, I);
        return std::make_pair(Begin, Out.size());
      },
      [&](llvm::StringRef Text) { J.rawValue(Text); });
}

/// A sequence of the models' MetaData and the columns whose default it is.
struct SequenceUse {
  const ir::SequenceDef *Def = nullptr;
  std::vector<std::pair<const ir::Table *, const ir::Column *>> Columns;
};

/// Every sequence the MetaData holds (MetaData._sequences): those made with
/// metadata= and the columns' own, once each by schema and name, sorted by
/// (schema or "", name).
std::vector<SequenceUse> metadataSequences(const ir::Schema &Schema) {
  std::vector<SequenceUse> Uses;
  llvm::StringMap<size_t> ByName;
  auto Use = [&](const ir::SequenceDef &Q) -> SequenceUse & {
    std::string Key = Q.Schema.value_or("") + '\0' + Q.Name;
    auto [It, New] = ByName.try_emplace(Key, Uses.size());
    if (New)
      Uses.push_back({&Q, {}});
    return Uses[It->second];
  };
  for (const ir::SequenceDef &Q : Schema.Sequences)
    Use(Q);
  for (const ir::Table &T : Schema.Tables)
    for (const ir::Column &C : T.Columns)
      if (C.DefaultSequence)
        Use(*C.DefaultSequence).Columns.emplace_back(&T, &C);
  llvm::stable_sort(Uses, [](const SequenceUse &A, const SequenceUse &B) {
    return std::make_pair(llvm::StringRef(A.Def->Schema.value_or("")),
                          llvm::StringRef(A.Def->Name)) <
           std::make_pair(llvm::StringRef(B.Def->Schema.value_or("")),
                          llvm::StringRef(B.Def->Name));
  });
  return Uses;
}

void writeSequence(JsonWriter &J, const SequenceUse &U, Dialect D) {
  const ir::SequenceDef &Q = *U.Def;
  J.object([&] {
    string(J, "name", Q.Name);
    optionalString(J, "schema", Q.Schema);
    J.key("data_type");
    if (Q.DataType)
      J.string(renderColumnType(*Q.DataType, D));
    else
      J.null();
    stringArray(J, "options", Q.Options);
    boolean(J, "optional", Q.Optional);
    J.key("columns");
    J.array([&] {
      for (const auto &Use : U.Columns)
        J.object([&] {
          optionalString(J, "schema", Use.first->Schema);
          string(J, "table", Use.first->Name);
          string(J, "column", Use.second->Name);
        });
    });
    loc(J, Q.Where);
  });
}

} // namespace

void emitSchemaJson(const ir::Schema &Schema, Dialect D,
                    llvm::raw_ostream &OS) {
  ServerTraits Traits;
  Traits.SqlAlchemy14 = Schema.SqlAlchemyVersion == "1.4";
  llvm::json::OStream J(OS, 2);
  J.object([&] {
    J.attribute("format", "schemac.schema");
    J.attribute("version", 1);
    J.attribute("dialect", dialectName(D));
    J.attributeArray("tables", [&] {
      writeInParallel(J, Schema.Tables.size(), [&](JsonWriter &TJ, size_t I) {
        writeTable(TJ, Schema.Tables[I], D, Traits);
      });
    });
    J.attributeArray("classes", [&] {
      writeInParallel(J, Schema.Classes.size(), [&](JsonWriter &CJ, size_t I) {
        writeClass(CJ, Schema.Classes[I]);
      });
    });
    std::vector<SequenceUse> Sequences = metadataSequences(Schema);
    J.attributeArray("sequences", [&] {
      writeInParallel(J, Sequences.size(), [&](JsonWriter &SJ, size_t I) {
        writeSequence(SJ, Sequences[I], D);
      });
    });
    J.attributeArray("diagnostics", [&] {
      writeInParallel(J, Schema.Diagnostics.size(),
                      [&](JsonWriter &DJ, size_t I) {
                        writeDiagnostic(DJ, Schema.Diagnostics[I]);
                      });
    });
  });
  OS << "\n";
}

void emitSchemaText(const ir::Schema &Schema, Dialect D,
                    llvm::raw_ostream &OS) {
  ServerTraits Traits;
  Traits.SqlAlchemy14 = Schema.SqlAlchemyVersion == "1.4";
  for (const ir::Table &T : Schema.Tables) {
    OS << "table " << (T.Schema ? *T.Schema + "." : "") << T.Name;
    if (!T.Classes.empty()) {
      OS << "  (";
      for (size_t I = 0; I < T.Classes.size(); ++I)
        OS << (I ? ", " : "") << T.Classes[I];
      OS << ")";
    }
    OS << "\n";
    for (const ir::Column &C : T.Columns) {
      OS << fmt::format("  {:<24} {:<28}", C.Name, renderColumnType(C.Type, D));
      if (C.PrimaryKey)
        OS << " primary key";
      OS << (C.Nullable ? " null" : " not null");
      if (C.ServerDefaultValue)
        if (std::string Default = renderServerDefault(
                *C.ServerDefaultValue, dialectType(C.Type, D), D, Traits);
            !Default.empty())
          OS << " default " << Default;
      if (C.isComputed())
        OS << " generated as (" << C.Generated->SqlText << ")"
           << (!C.Generated->Persisted   ? ""
               : *C.Generated->Persisted ? " stored"
                                         : " virtual");
      if (C.isIdentity()) {
        OS << (C.Generated->Always ? " identity always" : " identity");
        if (!C.Generated->Options.empty())
          OS << " (" << llvm::join(C.Generated->Options, " ") << ")";
      }
      OS << "\n";
    }
    for (const ir::ForeignKey &F : T.ForeignKeys) {
      OS << "  foreign key (";
      for (size_t I = 0; I < F.Columns.size(); ++I)
        OS << (I ? ", " : "") << F.Columns[I];
      OS << ") -> " << F.RefTable << "(";
      for (size_t I = 0; I < F.RefColumns.size(); ++I)
        OS << (I ? ", " : "") << F.RefColumns[I];
      OS << ")";
      if (F.OnDelete)
        OS << " on delete " << *ir::actionKeyword(F.OnDelete);
      OS << "\n";
    }
    for (const ir::Index &I : T.Indexes) {
      OS << "  " << (I.Unique ? "unique index " : "index ")
         << I.Name.value_or("<unnamed>") << " (";
      for (size_t K = 0; K < I.Columns.size(); ++K)
        OS << (K ? ", " : "") << I.Columns[K];
      OS << ")\n";
    }
    for (const ir::UniqueConstraint &U : T.UniqueConstraints) {
      OS << "  unique " << U.Name.value_or("<unnamed>") << " (";
      for (size_t K = 0; K < U.Columns.size(); ++K)
        OS << (K ? ", " : "") << U.Columns[K];
      OS << ")\n";
    }
    for (const ir::CheckConstraint &C : T.CheckConstraints)
      OS << "  check " << C.Name.value_or("<unnamed>") << " (" << C.SqlText
         << ")\n";
    OS << "\n";
  }
  for (const SequenceUse &U : metadataSequences(Schema)) {
    const ir::SequenceDef &Q = *U.Def;
    OS << "sequence " << (Q.Schema ? *Q.Schema + "." : "") << Q.Name;
    if (Q.DataType)
      OS << " as " << renderColumnType(*Q.DataType, D);
    if (!Q.Options.empty())
      OS << " (" << llvm::join(Q.Options, " ") << ")";
    if (Q.Optional)
      OS << " optional";
    for (auto [T, C] : U.Columns)
      OS << "\n  default of " << (T->Schema ? *T->Schema + "." : "") << T->Name
         << "." << C->Name;
    OS << "\n\n";
  }
  size_t Tables = Schema.Tables.size(), Classes = Schema.Classes.size();
  OS << fmt::format("{} table{}, {} mapped class{}; SQLAlchemy {} rules ({})\n",
                    Tables, Tables == 1 ? "" : "s", Classes,
                    Classes == 1 ? "" : "es", Schema.SqlAlchemyVersion,
                    Schema.SqlAlchemyVersionSource.empty()
                        ? "from the API the models use"
                        : Schema.SqlAlchemyVersionSource);
}

} // namespace schemac::passes
