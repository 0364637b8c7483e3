//===- Printer.cpp --------------------------------------------------------===//

#include "ir/Printer.h"

#include "support/PyRepr.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"

#include <fmt/format.h>

namespace schemac::ir {

namespace {

std::string quoted(const std::string &S) {
  std::string Out = "\"";
  // Names marked for the dialect to quote, before lowering: as they are.
  for (char C : plainIdentifiers(S)) {
    if (C == '"' || C == '\\')
      Out += '\\';
    if (C == '\n') {
      Out += "\\n";
      continue;
    }
    Out += C;
  }
  return Out + "\"";
}

std::string scalarText(const Scalar &S) {
  switch (S.Kind) {
  case Scalar::None:
    return "none";
  case Scalar::Bool:
    return S.BoolValue ? "true" : "false";
  case Scalar::Int:
    return std::to_string(S.IntValue);
  case Scalar::Float: {
    std::string Out;
    pyrepr::reprFloat(S.FloatValue, Out);
    return Out;
  }
  case Scalar::Str:
    return quoted(S.StrValue);
  }
  return "none";
}

std::string loc(const Loc &L) {
  if (!L.isKnown())
    return "loc(unknown)";
  return fmt::format("loc({}:{}:{})", quoted(L.File.str()), L.Line, L.Col);
}

std::string symbols(const std::vector<std::string> &Names) {
  std::string Out;
  for (size_t I = 0; I < Names.size(); ++I)
    Out += (I ? ", @" : "@") + plainIdentifiers(Names[I]);
  return Out;
}

/// Joins "key = value" attributes into " {...}", or "" when there are none.
std::string attrs(const std::vector<std::string> &Items) {
  if (Items.empty())
    return "";
  std::string Out = " {";
  for (size_t I = 0; I < Items.size(); ++I)
    Out += (I ? ", " : "") + Items[I];
  return Out + "}";
}

/// ` @name`; ` conv @name` for a name given as conv(), which no naming
/// convention changes.
std::string optName(const std::optional<std::string> &Name, bool Final) {
  return Name ? (Final ? " conv @" : " @") + *Name : "";
}

/// Reads grouped by table, as a foreign key names its columns:
/// `@orders(@amount, @discount), @customers(@id)`; `<none>` for none.
std::string readsText(const std::vector<ColumnRef> &Reads) {
  if (Reads.empty())
    return "<none>";
  std::string Out;
  for (size_t I = 0; I < Reads.size(); ++I) {
    const ColumnRef &R = Reads[I];
    bool SameTable =
        I && Reads[I - 1].Schema == R.Schema && Reads[I - 1].Table == R.Table;
    if (SameTable)
      Out += ", ";
    else
      Out += (I ? "), @" : "@") + qualifiedName(R.Schema, R.Table) + "(";
    Out += "@" + R.Column;
  }
  return Out + ")";
}

} // namespace

std::string typeAsWritten(const SqlType &T) {
  std::string Out = T.Dialect.empty() ? T.Class : T.Dialect + "." + T.Class;
  std::vector<std::string> Parts;
  for (const auto &[Name, Value] : T.Args)
    if (Value.Kind != Scalar::None)
      Parts.push_back(Name + " = " + scalarText(Value));
  if (!T.EnumValues.empty()) {
    std::string Values = "values = [";
    for (size_t I = 0; I < T.EnumValues.size(); ++I)
      Values += (I ? ", " : "") + quoted(T.EnumValues[I]);
    Parts.push_back(Values + "]");
  }
  if (T.Inner)
    Parts.push_back("of " + typeAsWritten(*T.Inner));
  if (T.Opaque)
    Parts.push_back("opaque");
  if (T.UnknownArguments)
    Parts.push_back("unknown_arguments");
  if (T.WithVariant)
    Parts.push_back("with_variant");
  if (!T.ColSpec.empty())
    Parts.push_back("spec = " + quoted(T.ColSpec));
  if (T.RenderedAs)
    Parts.push_back("rendered as " + typeAsWritten(*T.RenderedAs) +
                    (T.RenderedVisit.empty() ? std::string()
                                             : " by visit_" + T.RenderedVisit));
  for (const auto &[Dialect, Variant] : T.Variants)
    if (Variant)
      Parts.push_back("on " + Dialect + " = " + typeAsWritten(*Variant));
  if (Parts.empty())
    return Out;
  Out += "(";
  for (size_t I = 0; I < Parts.size(); ++I)
    Out += (I ? ", " : "") + Parts[I];
  return Out + ")";
}

/// @schema.name {options = "INCREMENT BY 10 START WITH 1000", optional,
/// data_type = SmallInteger}
static std::string sequenceText(const SequenceDef &Q) {
  std::vector<std::string> QA;
  if (!Q.Options.empty())
    QA.push_back("options = " + quoted(llvm::join(Q.Options, " ")));
  if (Q.Optional)
    QA.push_back("optional");
  if (Q.DataType)
    QA.push_back("data_type = " + typeAsWritten(**Q.DataType));
  return "@" + (Q.Schema ? *Q.Schema + "." : "") + Q.Name + attrs(QA);
}

void printSchema(const Schema &S, llvm::raw_ostream &OS) {
  for (const SequenceDef &Q : S.Sequences)
    OS << "sequence " << sequenceText(Q) << " " << loc(Q.Where) << "\n";
  for (const DetachedType &T : S.DetachedTypes)
    OS << "detached_type " << typeAsWritten(T.Type) << " " << loc(T.Where)
       << "\n";
  for (const Table &T : S.Tables) {
    std::vector<std::string> TA;
    if (T.Schema)
      TA.push_back("schema = " + quoted(*T.Schema));
    if (T.Comment)
      TA.push_back("comment = " + quoted(*T.Comment));
    if (!T.Classes.empty()) {
      std::string C = "classes = [";
      for (size_t I = 0; I < T.Classes.size(); ++I)
        C += (I ? ", " : "") + quoted(T.Classes[I]);
      TA.push_back(C + "]");
    }
    OS << "table @" << T.Name << attrs(TA) << " " << loc(T.Where) << " {\n";
    for (const Column &C : T.Columns) {
      std::vector<std::string> CA;
      if (!C.Attribute.empty() && C.Attribute != C.Name)
        CA.push_back("attribute = " + quoted(C.Attribute));
      for (const auto &[Name, Key] : T.ColumnKeys)
        if (Name == C.Name)
          CA.push_back("key = " + quoted(Key));
      if (C.PrimaryKey)
        CA.push_back("primary_key");
      CA.push_back(std::string("nullable = ") +
                   (C.Nullable ? "true" : "false"));
      if (C.Unique)
        CA.push_back("unique");
      if (C.Index)
        CA.push_back("index");
      if (C.Default) {
        static const char *Kinds[] = {"scalar", "callable", "sql"};
        CA.push_back(fmt::format("default = {}({})", Kinds[C.Default->Kind],
                                 quoted(C.Default->Value)));
      }
      if (C.ServerDefaultValue) {
        static const char *Kinds[] = {"string", "text", "function",
                                      "expression", "next_value"};
        std::string V = C.ServerDefaultValue->Value;
        if (C.ServerDefaultValue->Kind == ServerDefault::Function) {
          V += "(";
          for (size_t I = 0; I < C.ServerDefaultValue->FunctionArgs.size(); ++I)
            V += (I ? ", " : "") + C.ServerDefaultValue->FunctionArgs[I];
          V += ")";
        }
        std::string Compiled;
        for (const auto &[Dialect, Text] : C.ServerDefaultValue->Compiled)
          Compiled += fmt::format(", on {} = {}", Dialect, quoted(Text));
        CA.push_back(fmt::format("server_default = {}({}{})",
                                 Kinds[C.ServerDefaultValue->Kind], quoted(V),
                                 Compiled));
      }
      if (const GeneratedColumn *G = C.Generated.get()) {
        if (G->Kind == GeneratedColumn::Computed)
          CA.push_back(fmt::format("computed({}{})", quoted(G->SqlText),
                                   !G->Persisted   ? ""
                                   : *G->Persisted ? ", persisted = true"
                                                   : ", persisted = false"));
        else
          CA.push_back(fmt::format(
              "identity({}{})", G->Always ? "always" : "by_default",
              G->Options.empty() ? ""
                                 : ", " + quoted(llvm::join(G->Options, " "))));
      }
      if (C.DefaultSequence)
        CA.push_back("sequence = " + sequenceText(*C.DefaultSequence));
      if (C.Comment)
        CA.push_back("comment = " + quoted(*C.Comment));
      OS << "  column @" << C.Name << " : " << typeAsWritten(C.Type)
         << attrs(CA) << " " << loc(C.Where) << "\n";
    }
    // deferrable = true|false, initially = "..."
    auto Deferrals = [&](const Deferral &D) {
      std::vector<std::string> Out;
      if (D.Deferrable)
        Out.push_back(std::string("deferrable = ") +
                      (*D.Deferrable ? "true" : "false"));
      if (D.Initially)
        Out.push_back("initially = " + quoted(*D.Initially));
      return Out;
    };
    if (!T.PrimaryKeyConstraint.Columns.empty())
      OS << "  primary_key"
         << optName(T.PrimaryKeyConstraint.Name,
                    T.PrimaryKeyConstraint.NameIsFinal)
         << " (" << symbols(T.PrimaryKeyConstraint.Columns) << ")"
         << attrs(Deferrals(T.PrimaryKeyConstraint.Deferred)) << "\n";
    for (const ForeignKey &F : T.ForeignKeys) {
      std::vector<std::string> FA;
      if (F.OnDelete)
        FA.push_back("ondelete = " + quoted(*F.OnDelete));
      if (F.OnUpdate)
        FA.push_back("onupdate = " + quoted(*F.OnUpdate));
      llvm::append_range(FA, Deferrals(F.Deferred));
      if (F.UseAlter)
        FA.push_back("use_alter");
      OS << "  fk" << optName(F.Name, F.NameIsFinal) << " ("
         << symbols(F.Columns) << ") -> "
         << (F.RefSchema ? "@" + *F.RefSchema + "." : "@") << F.RefTable << "("
         << symbols(F.RefColumns) << ")" << attrs(FA) << " " << loc(F.Where)
         << "\n";
    }
    for (const Index &I : T.Indexes) {
      std::vector<std::string> IA;
      if (I.Unique)
        IA.push_back("unique");
      if (!I.OnlyOnDialects.empty())
        IA.push_back("only_on = [" + llvm::join(I.OnlyOnDialects, ", ") + "]");
      for (const auto &[Keyword, Value] : I.DialectOptions)
        IA.push_back(Keyword + " = " + quoted(Value));
      OS << "  index" << optName(I.Name, I.NameIsFinal) << " ("
         << symbols(I.Columns) << ")" << attrs(IA) << " " << loc(I.Where)
         << "\n";
    }
    for (const UniqueConstraint &U : T.UniqueConstraints)
      OS << "  unique" << optName(U.Name, U.NameIsFinal) << " ("
         << symbols(U.Columns) << ")" << attrs(Deferrals(U.Deferred)) << " "
         << loc(U.Where) << "\n";
    for (const CheckConstraint &C : T.CheckConstraints)
      OS << "  check" << optName(C.Name, C.NameIsFinal) << " "
         << quoted(C.SqlText) << attrs(Deferrals(C.Deferred)) << " "
         << loc(C.Where) << "\n";
    OS << "}\n";
  }
  // A computed attribute prints every column it reads, through the
  // attributes it reads too.
  llvm::StringMap<const MappedClass *> ClassByName;
  for (const MappedClass &C : S.Classes)
    ClassByName.try_emplace(C.Name, &C);
  for (const MappedClass &C : S.Classes) {
    // Of two classes of one name (a factory's), the one printed is the
    // one its own attributes read.
    auto FindClass = [&](llvm::StringRef Name) {
      return Name == C.Name ? &C : ClassByName.lookup(Name);
    };
    std::vector<std::string> CA;
    if (C.Table)
      CA.push_back("table = @" + *C.Table);
    if (C.Inherits)
      CA.push_back("inherits = " + quoted(*C.Inherits));
    if (!C.Inheritance.empty())
      CA.push_back("inheritance = " + C.Inheritance);
    if (C.PolymorphicIdentity)
      CA.push_back("polymorphic_identity = " +
                   scalarText(*C.PolymorphicIdentity));
    if (!C.DeclaredColumns.empty())
      CA.push_back("declares = (" + symbols(C.DeclaredColumns) + ")");
    OS << "class " << quoted(C.Name) << attrs(CA) << " " << loc(C.Where);
    if (C.Relationships.empty() && C.Computed.empty()) {
      OS << "\n";
      continue;
    }
    OS << " {\n";
    for (const Relationship &R : C.Relationships) {
      std::vector<std::string> RA;
      if (R.Secondary)
        RA.push_back("secondary = @" +
                     qualifiedName(R.SecondarySchema, *R.Secondary));
      if (R.BackPopulates)
        RA.push_back("back_populates = " + quoted(*R.BackPopulates));
      RA.push_back(std::string("uselist = ") + (R.UseList ? "true" : "false"));
      OS << "  relationship @" << R.Name << " -> "
         << (R.Target.empty() ? "<unresolved>" : quoted(R.Target)) << attrs(RA)
         << " " << loc(R.Where) << "\n";
    }
    for (const ComputedAttribute &A : C.Computed) {
      OS << "  " << computedKindName(A.Kind) << " @" << A.Name << " -> "
         << readsText(columnsRead(A, FindClass));
      if (!A.Through.empty()) {
        std::vector<std::string> Through;
        for (const AttributeRef &Ref : A.Through)
          Through.push_back(quoted(Ref.Class) + ".@" + Ref.Name);
        OS << " through(" << llvm::join(Through, ", ") << ")";
      }
      OS << " " << loc(A.Where) << "\n";
    }
    OS << "}\n";
  }
}

} // namespace schemac::ir
