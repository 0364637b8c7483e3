//===- DeclarativeTables.cpp - Columns, constraints and mapped classes ----===//
//
// Column(...) and mapped_column(...) arguments in every form SQLAlchemy
// accepts, the constraints they and __table_args__ create, and the mapping
// of a declarative class onto its table.
//
//===----------------------------------------------------------------------===//

#include "sema/Declarative.h"
#include "sema/MappedAnnotation.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"

#include <array>

namespace schemac::sema {

namespace {

/// SOME_CONSTANT or Enum.MEMBER: an opaque value that is not a function.
bool looksLikeConstant(llvm::StringRef DottedName) {
  llvm::StringRef Last = DottedName.rsplit('.').second;
  if (Last.empty())
    Last = DottedName;
  return llvm::any_of(Last, llvm::isUpper) &&
         llvm::none_of(Last, llvm::isLower);
}

} // namespace

bool DeclarativeAnalyzer::addReferencedColumn(Object *Target,
                                              ir::ForeignKey &F) {
  // "[schema.]table.column", or a column object of a known table.
  std::string Spec;
  if (auto *S = dyn_cast_or_null<StrObj>(Target)) {
    Spec = S->Value;
  } else if (const ColumnPlace *Owner = columnOwner(Target)) {
    // By its key, as a string names it, for resolveForeignKeyKeys().
    const TableInfo &Other = Tables[Owner->Table];
    llvm::StringRef Column = Owner->Name;
    if (!F.LinkToName)
      for (auto &[Key, Name] : Other.KeyToName)
        if (Name == Owner->Name) {
          Column = Key;
          break;
        }
    Spec = (Other.Table.Schema ? *Other.Table.Schema + "." : "") +
           Other.Table.Name + "." + Column.str();
  }
  llvm::SmallVector<llvm::StringRef, 3> Parts;
  llvm::StringRef(Spec).split(Parts, '.');
  if (Parts.size() < 2)
    return false;
  F.RefColumns.push_back(Parts.back().str());
  F.RefTable = Parts[Parts.size() - 2].str();
  if (Parts.size() > 2)
    F.RefSchema = llvm::join(llvm::ArrayRef(Parts).drop_back(2), ".");
  return true;
}

/// deferrable= and initially= of a constraint or a ForeignKey.
static ir::Deferral deferralOf(const InstanceObj *Source) {
  ir::Deferral D;
  if (auto *B = dyn_cast_or_null<BoolObj>(Source->arg("deferrable")))
    D.Deferrable = B->Value;
  if (auto *S = dyn_cast_or_null<StrObj>(Source->arg("initially")))
    D.Initially = S->Value;
  return D;
}

/// ondelete= / onupdate= of ForeignKey and ForeignKeyConstraint, as
/// written, with its deferral.
static void readForeignKeyOptions(const InstanceObj *Source,
                                  ir::ForeignKey &F) {
  if (auto *OD = dyn_cast_or_null<StrObj>(Source->arg("ondelete")))
    F.OnDelete = OD->Value;
  if (auto *OU = dyn_cast_or_null<StrObj>(Source->arg("onupdate")))
    F.OnUpdate = OU->Value;
  F.Deferred = deferralOf(Source);
  if (Object *UseAlter = Source->arg("use_alter"))
    F.UseAlter = truthValue(UseAlter) == 1;
}

/// The column's type: the one given, else the Mapped[] annotation's. A
/// column without either takes the type of the column a foreign key of it
/// refers to; finish() resolves that once every table is known.
ir::TypeRef DeclarativeAnalyzer::columnType(TableInfo &TI, Object *TypeArg,
                                            const MappedAnnotation &Ann,
                                            bool HasForeignKey,
                                            llvm::StringRef ColumnName,
                                            SrcLoc Where) {
  // A library type class given as it is (Column(Integer)), as most are,
  // converts the same way every time: once per class, each use taking the
  // steps converting it took (which module converts it first must not
  // decide where a step budget runs out).
  auto *LibraryTypeClass = dyn_cast_or_null<ClassObj>(TypeArg);
  // A @compiles function can render the class otherwise from any point
  // of the analysis on.
  if (LibraryTypeClass &&
      (!LibraryTypeClass->IsStub || hasCompilesFunction(LibraryTypeClass)))
    LibraryTypeClass = nullptr;
  if (LibraryTypeClass)
    if (auto Known = TypeOfLibraryClass.find(LibraryTypeClass);
        Known != TypeOfLibraryClass.end() && E.takeSteps(Known->second.second))
      return Known->second.first;
  uint64_t StepsBefore = E.stepsTaken();
  ir::SqlType Type;
  if (TypeArg) {
    Type = convertType(TypeArg, Where);
  } else if (HasForeignKey) {
    // SQLAlchemy 2.0 too takes the referenced column's type over the
    // annotation's; the annotation's stands in if that column is unknown.
    if (Ann.IsMapped && !Ann.Candidates.empty())
      if (auto T = typeFromAnnotation(Ann.Candidates, TypeMap, Where))
        TI.FallbackTypes[ColumnName] = *T;
  } else if (Ann.IsMapped && !Ann.Candidates.empty()) {
    if (auto T = typeFromAnnotation(Ann.Candidates, TypeMap, Where)) {
      Type = std::move(*T);
    } else {
      Type.Opaque = true;
      Type.Class.clear();
      std::string Why = "no SQL type for the annotation";
      if (auto *U = dyn_cast<UnknownObj>(Ann.Candidates.back()))
        Why = U->Reason;
      E.report(Where, DiagId::UnknownColumnType, ColumnName, Why);
    }
  }
  // Without a type, a column is NullType, unless a foreign key of its
  // table (a ForeignKeyConstraint, one appended later) refers from it:
  // finish() decides, as SQLAlchemy types a null-typed column by the
  // column its key refers to.
  if (TypeArg && Type.isUnknown())
    E.report(Where, DiagId::UnknownColumnType, ColumnName,
             describeUnknown(TypeArg));
  else if (TypeArg && Type.Opaque && Type.Class != "NullType")
    E.report(Where, DiagId::UnknownColumnType, ColumnName,
             "'" + Type.Class + "' is not a known SQL type");
  ir::TypeRef Ref = internType(std::move(Type));
  if (LibraryTypeClass && !Ref->isUnknown() && !Ref->Opaque)
    TypeOfLibraryClass.try_emplace(LibraryTypeClass, Ref,
                                   E.stepsTaken() - StepsBefore);
  return Ref;
}

/// Calls whose value a default usually means to take for each row, by the
/// name the unknown value they give has.
static constexpr llvm::StringLiteral PerRowFunctions[] = {
    "now(", "utcnow(", "today(", "uuid1(", "uuid4(", "time(", "random("};

/// The __qualname__ of what an opaque module has, as far as its name tells:
/// the path below the module ("datetime.utcnow" of datetime's class). The
/// random module's functions are methods of one hidden Random instance.
static std::string opaqueQualName(const UnknownObj &U) {
  llvm::StringRef Name = U.Name;
  if (U.ModulePathSize == 0 || U.ModulePathSize >= Name.size())
    return U.Name;
  llvm::StringRef Module = Name.take_front(U.ModulePathSize);
  llvm::StringRef Member = Name.drop_front(U.ModulePathSize + 1);
  if (Module == "random" && !Member.contains('.') && !Member.starts_with("_") &&
      !llvm::isUpper(Member.front()))
    return ("Random." + Member).str();
  return Member.str();
}

/// Whether \p Expr is \p O or an expression over it.
static bool mentions(Object *Expr, Object *O) {
  bool Found = false;
  forEachOperand(Expr, [&](Object *X) {
    Found |= X == O;
    return !Found;
  });
  return Found;
}

void DeclarativeAnalyzer::addColumn(TableInfo &TI, InstanceObj *ColumnObj,
                                    llvm::StringRef Key, Object *Annotation,
                                    SrcLoc Where, bool IsOrm,
                                    const ClassObj *IntoParentOf) {
  // The table and the Column object both become part of each other (the
  // column's table decides what a ForeignKey(column) refers to).
  E.noteWrite(TI.Owner);
  E.noteWrite(ColumnObj->Owner);
  ir::Column C;
  C.Where = irLoc(Where);
  // Only mapped_column() takes its type, nullability and markers from the
  // annotation: a Column under Mapped[...] is as written (2.0 too).
  MappedAnnotation Ann = analyzeMappedAnnotation(
      ColumnObj->Class->QualName == "sqlalchemy.orm.MappedColumn" ? Annotation
                                                                  : nullptr);
  // mapped_column() inside Annotated[...] gives defaults that the use site
  // overrides: its type and schema items when the use site has none, its
  // keywords where the use site does not set them.
  // The call's own arguments as they are, unless a marker adds to them.
  std::vector<Object *> MarkedPositional;
  std::vector<std::pair<llvm::StringRef, Object *>> MarkedKeywords;
  if (!Ann.ColumnMarkers.empty()) {
    MarkedPositional = ColumnObj->Rest;
    MarkedKeywords = ColumnObj->RestKeywords;
  }
  for (InstanceObj *Marker : Ann.ColumnMarkers) {
    bool UseSiteHasType = llvm::any_of(MarkedPositional, [](Object *A) {
      return !isa<StrObj>(A) && !isA(A, "sqlalchemy.schema.SchemaItem");
    });
    for (Object *A : Marker->Rest) {
      bool IsType = !isa<StrObj>(A) && !isA(A, "sqlalchemy.schema.SchemaItem");
      if (IsType && UseSiteHasType)
        continue;
      if (IsType)
        MarkedPositional.insert(MarkedPositional.begin(), A);
      else if (!isa<StrObj>(A))
        MarkedPositional.push_back(A);
    }
    bool UseSiteInsertDefault =
        llvm::any_of(ColumnObj->RestKeywords,
                     [](auto &K) { return K.first == "insert_default"; });
    for (auto &KV : Marker->RestKeywords) {
      auto Same = llvm::find_if(MarkedKeywords,
                                [&](auto &K) { return K.first == KV.first; });
      if (Same == MarkedKeywords.end())
        MarkedKeywords.push_back(KV);
      // The marker's default replaces the use site's, unless that gave
      // insert_default= (MappedColumn._init_column_for_annotation).
      else if (KV.first == "default" && !isa<NoneObj>(KV.second) &&
               !UseSiteInsertDefault)
        Same->second = KV.second;
    }
  }
  const std::vector<Object *> &Positional =
      Ann.ColumnMarkers.empty() ? ColumnObj->Rest : MarkedPositional;
  const std::vector<std::pair<llvm::StringRef, Object *>> &Keywords =
      Ann.ColumnMarkers.empty() ? ColumnObj->RestKeywords : MarkedKeywords;
  Object *TypeArg = nullptr;
  llvm::SmallVector<Object *, 4> Items;
  // Column(<a name that cannot be evaluated>, Integer, ...): what is
  // unknown is the name, not the type.
  auto IsType = [](Object *O) {
    ClassObj *Class = classOrClassOf(O);
    return Class && Class->isSubclassOf("sqlalchemy.types.TypeEngine");
  };
  Object *UnknownName = nullptr;
  llvm::ArrayRef<Object *> Given = Positional;
  if (Given.size() >= 2 && isa<UnknownObj>(Given[0]) && IsType(Given[1])) {
    UnknownName = Given[0];
    Given = Given.drop_front();
  }
  TI.ColumnsUnknown |= UnknownName != nullptr;
  if (UnknownName && Key.empty()) {
    E.report(Where, DiagId::UnknownColumnName, TI.Table.Name,
             describeUnknown(UnknownName));
    return;
  }
  if (UnknownName)
    E.report(Where, DiagId::UnknownColumnNameOfAttribute, Key.str(),
             describeUnknown(UnknownName));
  // Column(name?, type?, *schema_items): the first positional that is not
  // a string and not a schema item is the type, known or not.
  for (Object *A : Given) {
    if (auto *S = dyn_cast<StrObj>(A); S && C.Name.empty() && !TypeArg)
      C.Name = S->Value;
    else if (!TypeArg && Items.empty() &&
             !isA(A, "sqlalchemy.schema.SchemaItem"))
      TypeArg = A;
    else
      Items.push_back(A);
  }
  // A DefaultClause or ColumnDefault among the items is the column's
  // server_default or default: each sets it as it attaches (_set_parent),
  // before what server_default= and default= make, which Column appends to
  // the items. One for_update sets the onupdate form, which no DDL writes.
  std::vector<std::pair<llvm::StringRef, Object *>> ItemDefaults;
  for (Object *Item : Items) {
    bool ServerSide = isA(Item, "sqlalchemy.schema.DefaultClause");
    if (!ServerSide && !isA(Item, "sqlalchemy.schema.ColumnDefault"))
      continue;
    // Without its argument (DefaultClause()), SQLAlchemy raises TypeError,
    // as the call's evaluation said.
    auto *Given = cast<InstanceObj>(Item);
    Object *Arg = Given->arg("arg"), *ForUpdate = Given->arg("for_update");
    if (Arg && !(ForUpdate && truthValue(ForUpdate) == 1))
      ItemDefaults.emplace_back(ServerSide ? "server_default" : "default",
                                ServerSide ? Item : Arg);
  }
  if (!ItemDefaults.empty())
    llvm::append_range(ItemDefaults, Keywords);
  const std::vector<std::pair<llvm::StringRef, Object *>> &Settings =
      ItemDefaults.empty() ? Keywords : ItemDefaults;
  std::optional<bool> Nullable, PrimaryKey;
  std::optional<int64_t> SortOrder;
  // SQLite reads them where the column is the only one of its primary key,
  // of the UNIQUE that unique=True makes.
  std::optional<std::string> UniqueOnConflict, PrimaryKeyOnConflict;
  bool HasInsertDefault = llvm::any_of(
      Settings, [](const auto &KV) { return KV.first == "insert_default"; });
  for (auto &[KeyText, V] : Settings) {
    // Compared as a StringRef: by length first, with no strlen.
    llvm::StringRef K = KeyText;
    int T = truthValue(V);
    if (K == "name" && isa<StrObj>(V))
      C.Name = cast<StrObj>(V)->Value;
    else if (K == "type_")
      TypeArg = V;
    else if (K == "primary_key" && T >= 0)
      PrimaryKey = T == 1;
    else if (K == "nullable" && T >= 0 && !isa<NoneObj>(V))
      Nullable = T == 1;
    else if (K == "unique" && T >= 0)
      C.Unique = T == 1;
    else if (K == "index" && T >= 0)
      C.Index = T == 1;
    else if (K == "comment" && isa<StrObj>(V))
      C.Comment = cast<StrObj>(V)->Value;
    else if (K == "comment" && isa<UnknownObj>(V))
      E.report(projectPlace(V, Where), DiagId::UnknownColumnValue, "comment",
               C.Name.empty() ? Key.str() : C.Name, describeUnknown(V));
    else if (K == "sort_order" && isa<IntObj>(V))
      SortOrder = cast<IntObj>(V)->Value;
    else if (K == "sqlite_on_conflict_not_null" && isa<StrObj>(V))
      C.SqliteOnConflictNotNull =
          std::make_shared<const std::string>(cast<StrObj>(V)->Value);
    else if (K == "sqlite_on_conflict_unique" && isa<StrObj>(V))
      UniqueOnConflict = cast<StrObj>(V)->Value;
    else if (K == "sqlite_on_conflict_primary_key" && isa<StrObj>(V))
      PrimaryKeyOnConflict = cast<StrObj>(V)->Value;
    else if (K == "autoincrement" && isa<BoolObj>(V))
      C.Autoincrement = T == 1;
    else if (K == "key" && isa<StrObj>(V) && Key.empty())
      Key = cast<StrObj>(V)->Value;
    else if (K == "default" || K == "insert_default") {
      // mapped_column()'s insert_default, None too, is the column's
      // default in place of default (then only the dataclass field's).
      // A Sequence is the database's default (readGeneratedColumn).
      if (isa<NoneObj>(V) || (K == "default" && HasInsertDefault) ||
          isA(V, "sqlalchemy.schema.Sequence"))
        continue;
      ir::PythonDefault D;
      // A callable object is called, whatever its repr.
      auto *Instance = dyn_cast<InstanceObj>(V);
      bool CallableObject = Instance && Instance->Class &&
                            Instance->Class->lookup("__call__") &&
                            !isA(V, "sqlalchemy.sql.expression.ClauseElement");
      if (std::string R = CallableObject ? "" : projectReprOf(V); !R.empty()) {
        D.Kind = ir::PythonDefault::Scalar;
        D.Value = R;
      } else if (auto *F = dyn_cast<FunctionObj>(V)) {
        D.Kind = ir::PythonDefault::Callable;
        D.Value = F->Name == "<lambda>" ? "<lambda>" : F->QualName;
      } else if (auto *BM = dyn_cast<BoundMethodObj>(V);
                 BM && isa<FunctionObj>(BM->Function)) {
        // cls.get_user_id: a bound method's __qualname__ is its function's.
        D.Kind = ir::PythonDefault::Callable;
        D.Value = cast<FunctionObj>(BM->Function)->QualName;
      } else if (auto *Cls = dyn_cast<ClassObj>(V)) {
        D.Kind = ir::PythonDefault::Callable;
        D.Value = Cls->Name;
      } else if (CallableObject) {
        // A callable object (functools.partial(...)) has no __name__:
        // SQLAlchemy stores it wrapped in a lambda of its own, whose name
        // depends on the release; finish() names it.
        D.Kind = ir::PythonDefault::Callable;
      } else if (isA(V, "sqlalchemy.sql.expression.ClauseElement")) {
        D.Kind = ir::PythonDefault::Sql;
        // A default Python sends: the text of its expression as written.
        D.Value = ir::plainIdentifiers(sqlTextOf(V));
        ir::ServerDefault Rendered;
        bool IsFunction = isA(V, "sqlalchemy.sql.expression.Function");
        if (IsFunction) {
          auto *F = cast<InstanceObj>(V);
          Rendered.Kind = ir::ServerDefault::Function;
          Rendered.Value = functionNameOf(F);
          IsFunction = functionArgumentsOf(F, Rendered.FunctionArgs);
        }
        if (compiledExpression(V, Rendered, Where) || IsFunction) {
          for (std::string &Arg : Rendered.FunctionArgs)
            Arg = ir::plainIdentifiers(Arg);
          D.Function = std::move(Rendered);
        } else if (D.Value.empty()) {
          E.report(Where, DiagId::UnknownColumnValue, "default",
                   C.Name.empty() ? Key.str() : C.Name, describeUnknown(V));
          continue;
        }
      } else if (auto *U = dyn_cast<UnknownObj>(V);
                 U && U->Opaque && !U->Name.empty() &&
                 !looksLikeConstant(U->Name) &&
                 !llvm::StringRef(U->Name).ends_with(")")) {
        // An opaque callable such as time.time: its __qualname__, which
        // SQLAlchemy's wrapper copies ("time"), where the analysis knows
        // which part is the module's path; else its name as written. What
        // an opaque call returns (babel.Locale("en")) is a value whose
        // repr the analysis does not know.
        D.Kind = ir::PythonDefault::Callable;
        D.Value = opaqueQualName(*U);
      } else if (U && llvm::StringRef(U->Name).ends_with(")") &&
                 llvm::any_of(PerRowFunctions, [&](llvm::StringRef F) {
                   return llvm::StringRef(U->Name).contains(F);
                 })) {
        // default=datetime.now(): called once, as the module is imported.
        E.report(Where, DiagId::ImportTimeDefault,
                 C.Name.empty() ? Key.str() : C.Name, U->Name, U->Reason);
        continue;
      } else {
        E.report(Where, DiagId::UnknownColumnValue, "default",
                 C.Name.empty() ? Key.str() : C.Name, describeUnknown(V));
        continue;
      }
      C.Default = std::make_shared<const ir::PythonDefault>(std::move(D));
    } else if (K == "server_default") {
      if (isa<NoneObj>(V))
        continue;
      Object *SD = V;
      if (isA(SD, "sqlalchemy.schema.DefaultClause"))
        SD = cast<InstanceObj>(SD)->arg("arg");
      ir::ServerDefault D;
      // A member of an enum that is a str (class Status(str, Enum)) is that
      // string.
      if (auto *Member = dyn_cast_or_null<InstanceObj>(SD);
          Member && Member->Class->isSubclassOf("enum.Enum") &&
          Member->Class->isSubclassOf("builtins.str"))
        SD = Member->Attrs.lookup("value").Value;
      if (auto *S = dyn_cast_or_null<StrObj>(SD)) {
        D.Kind = ir::ServerDefault::String;
        D.Value = S->Value;
      } else if (isA(SD, "sqlalchemy.sql.expression.TextClause")) {
        D.Kind = ir::ServerDefault::Text;
        D.Value = sqlTextOf(SD);
      } else if (isA(SD, "sqlalchemy.sql.expression.ColumnClause")) {
        // literal_column(): an expression, which 1.4 parenthesises on
        // SQLite as it does not text().
        D.Kind = ir::ServerDefault::Expression;
        D.Value = sqlTextOf(SD);
      } else if (isA(SD, "sqlalchemy.sql.expression.True_") ||
                 isA(SD, "sqlalchemy.sql.expression.False_")) {
        D.Kind = ir::ServerDefault::Function;
        D.Value = isA(SD, "sqlalchemy.sql.expression.True_") ? "true" : "false";
      } else if (isA(SD, "sqlalchemy.sql.expression.Function")) {
        auto *F = cast<InstanceObj>(SD);
        D.Kind = ir::ServerDefault::Function;
        D.Value = functionNameOf(F);
        if (!functionArgumentsOf(F, D.FunctionArgs)) {
          E.report(Where, DiagId::UnknownColumnValue, "server_default",
                   C.Name.empty() ? Key.str() : C.Name,
                   "an argument of " + D.Value + "() has no SQL text");
          continue;
        }
        compiledExpression(SD, D, Where);
      } else if (std::string Bound =
                     isA(SD, "sqlalchemy.sql.expression.BindParameter")
                         ? sqlTextOf(SD)
                         : "";
                 !Bound.empty()) {
        D.Kind = ir::ServerDefault::Expression;
        D.Value = std::move(Bound);
      } else if (compiledExpression(SD, D, Where)) {
        // A construct of the project's own, rendered by @compiles.
      } else if (isA(SD, "sqlalchemy.schema._NextValue")) {
        // The sequence's schema is its own, else its MetaData's, else the
        // table's.
        auto *Seq = dyn_cast_or_null<InstanceObj>(
            cast<InstanceObj>(SD)->arg("sequence"));
        auto *Name = Seq ? dyn_cast_or_null<StrObj>(Seq->arg("name")) : nullptr;
        if (!Name) {
          E.report(Where, DiagId::UnknownColumnValue, "server_default",
                   C.Name.empty() ? Key.str() : C.Name,
                   "a sequence without a literal name");
          continue;
        }
        std::optional<std::string> Schema;
        if (auto *S = dyn_cast_or_null<StrObj>(Seq->arg("schema")))
          Schema = S->Value;
        else if (auto *MD = dyn_cast_or_null<InstanceObj>(Seq->arg("metadata")))
          if (auto *S = dyn_cast_or_null<StrObj>(MD->arg("schema")))
            Schema = S->Value;
        if (!Schema)
          Schema = TI.Table.Schema;
        D.Kind = ir::ServerDefault::NextValue;
        D.Value = (Schema ? *Schema + "." : "") + Name->Value;
      } else if (isA(SD, "sqlalchemy.schema.FetchedValue")) {
        continue;
      } else if (std::string Sql =
                     isA(SD, "sqlalchemy.sql.expression.ClauseElement")
                         ? sqlTextOf(SD)
                         : "";
                 !Sql.empty()) {
        // null(), an operator's expression (func.abs(-3) + 1).
        D.Kind = ir::ServerDefault::Expression;
        D.Value = std::move(Sql);
      } else {
        E.report(Where, DiagId::UnknownColumnValue, "server_default",
                 C.Name.empty() ? Key.str() : C.Name, describeUnrendered(V));
        continue;
      }
      C.ServerDefaultValue =
          std::make_shared<const ir::ServerDefault>(std::move(D));
    }
  }
  // Column("") or name="": Column._set_parent raises ArgumentError.
  auto BlankName = [](Object *V) {
    auto *S = dyn_cast_or_null<StrObj>(V);
    return S && S->Value.empty();
  };
  if (C.Name.empty() && ((!Given.empty() && BlankName(Given.front())) ||
                         llvm::any_of(Keywords, [&](const auto &KV) {
                           return KV.first == "name" && BlankName(KV.second);
                         }))) {
    if (Key.empty()) {
      E.report(Where, DiagId::BlankColumnName, TI.Table.Name,
               "the column is left out");
      return;
    }
    E.report(Where, DiagId::BlankColumnName, TI.Table.Name,
             "the analysis names it '" + Key.str() + "', as the attribute");
  }
  if (C.Name.empty())
    C.Name = Key.str();
  C.Attribute = IsOrm ? Key.str() : "";
  // A Column is part of one table: Column._set_parent raises for another.
  const ColumnPlace *Owner = columnOwner(ColumnObj);
  if (Owner && Owner->Table != TI.Index) {
    E.report(Where, DiagId::ColumnOfAnotherTable, Owner->Name,
             Tables[Owner->Table].Table.qualifiedName(),
             TI.Table.qualifiedName());
    return;
  }
  // The same Column object under a second attribute (`b = a` in a class
  // body): one column, named by the first key, mapped under the last
  // (2.0; 1.4 maps both). _setup_inheriting_columns skips the parent's
  // own column object, named again in a single-table subclass.
  bool AlreadyHere = Owner != nullptr;
  if (AlreadyHere && IsOrm) {
    if (!IntoParentOf)
      for (ir::Column &Col : TI.Table.Columns)
        if (Col.Name == Owner->Name)
          Col.Attribute = Key.str();
    return;
  }
  // Column._init_items takes what can attach itself to the column: schema
  // items, and Enum and Boolean, which do so as schema types. A second type
  // or a plain value makes it raise.
  for (Object *Item : Items) {
    ClassObj *Class = classOrClassOf(Item);
    bool StrayType = Class &&
                     Class->isSubclassOf("sqlalchemy.types.TypeEngine") &&
                     !Class->isSubclassOf("sqlalchemy.types.Enum") &&
                     !Class->isSubclassOf("sqlalchemy.types.Boolean");
    if (StrayType)
      E.report(Item->Where.isKnown() ? Item->Where : Where,
               DiagId::ColumnItemNotSchemaItem, C.Name,
               "a second type, '" + Class->Name + "'");
    else if (isa<StrObj, IntObj, FloatObj, BoolObj>(Item))
      E.report(Item->Where.isKnown() ? Item->Where : Where,
               DiagId::ColumnItemNotSchemaItem, C.Name, reprOf(Item));
  }
  readGeneratedColumn(C, Items, Keywords, Where);
  // mapped_column(use_existing_column=True) on a single-table subclass:
  // the column a sibling already added is used as it is.
  for (auto &[K, V] : Keywords)
    if (llvm::StringRef(K) == "use_existing_column" && truthValue(V) == 1 &&
        TI.Table.findColumn(C.Name)) {
      setColumnOwner(ColumnObj, TI.Index, internName(C.Name));
      // The table's own column, which the hierarchy's root maps, rather
      // than one a sibling declared: the class does not take it from the
      // others (noteDeclaredColumn).
      bool SiblingDeclared = llvm::any_of(Mapped, [&](const MappedInfo &M) {
        return M.Table == TI.Index &&
               llvm::is_contained(M.DeclaredColumns, C.Name);
      });
      if (!SiblingDeclared)
        RootColumnsReused.insert(ColumnObj);
      return;
    }
  // _setup_inheriting_columns raises for another column of a name the
  // table has before it appends it: the table keeps the parent's.
  if (IntoParentOf && TI.Table.findColumn(C.Name)) {
    E.report(Where, DiagId::ColumnConflictsWithParent, IntoParentOf->QualName,
             C.Name, TI.Table.Name);
    return;
  }

  bool HasForeignKey = llvm::any_of(
      Items, [](Object *I) { return isA(I, "sqlalchemy.schema.ForeignKey"); });
  if (TypeArg && isa<NoneObj>(TypeArg))
    TypeArg = nullptr;
  C.Type = columnType(TI, TypeArg, Ann, HasForeignKey, C.Name, Where);
  // A column given no type (mapped_column() under an annotation, a
  // foreign key's) has NullType until now.
  if (!TypeArg)
    TypedSince[ColumnObj] = H.lastSerial();
  // A type the registry's type_annotation_map gives a mapped_column()
  // attaches to its column as the mapping sets it (MappedColumn's
  // _init_column_for_annotation): its listeners run then.
  if (!TypeArg && Ann.IsMapped && E.hasAttachListeners())
    if (Object *Mapped = mappedType(Ann.Candidates, TypeMap))
      typeAttached(Mapped, ColumnObj, Where);

  C.PrimaryKey = PrimaryKey.value_or(false);
  if (IntoParentOf && C.PrimaryKey) {
    E.report(Where, DiagId::PrimaryKeyWithoutTable, IntoParentOf->QualName,
             C.Name);
    return;
  }
  // nullable= given wins; else a mapped_column()'s annotation decides, on a
  // primary key too (MappedColumn._init_column_for_annotation); else a
  // primary key is not nullable and any other column is.
  if (Nullable)
    C.Nullable = *Nullable;
  else if (Ann.IsMapped)
    C.Nullable = Ann.Optional;
  else if (C.isIdentity())
    C.Nullable = false;
  else
    C.Nullable = !C.PrimaryKey;

  // A column that replaces one of its name (extend_existing, a subclass's
  // redefinition) takes the old one's place, and its foreign keys out of
  // the table with their constraints (Column._set_parent).
  // Found again where it is stored: what is evaluated in between (a
  // CHECK's @compiles function, listeners) may add to the table.
  auto Existing = [&]() -> ir::Column * {
    for (ir::Column &Other : TI.Table.Columns)
      if (Other.Name == C.Name)
        return &Other;
    return nullptr;
  };
  auto Store = [&] {
    ir::Column *Replaced = Existing();
    // One that replaces a column joins after those that joined with that
    // one, though it takes its place: a join of its own.
    if (!JoinedEarlier && (&TI != LastAttachedTo || Replaced)) {
      LastAttachedTo = &TI;
      ++AttachBatch;
    }
    C.Attached = JoinedEarlier ? JoinedEarlier : AttachBatch;
    if (uint32_t Made = TypeArg ? TypeMadeAt.lookup(TypeArg) : 0) {
      C.Attached = Made;
      MetadataTypesUsed.insert(TypeArg);
    }
    if (Replaced) {
      // The replaced column's type still listens for its MetaData's
      // before_create (SchemaType._set_table).
      DetachedTypes.push_back(
          {Replaced->Type, Replaced->Attached, Replaced->Where});
      *Replaced = std::move(C);
    } else
      TI.Table.Columns.push_back(std::move(C));
  };
  if (Existing())
    llvm::erase_if(TI.Table.ForeignKeys, [&](const ir::ForeignKey &F) {
      return llvm::is_contained(F.Columns, C.Name);
    });
  // Column-level schema items.
  for (Object *Item : Items) {
    if (isA(Item, "sqlalchemy.schema.ForeignKey")) {
      auto *FK = cast<InstanceObj>(Item);
      ir::ForeignKey F;
      F.Columns = {C.Name};
      F.OfColumn = true;
      F.Where = irLoc(Item->Where);
      if (Object *L = FK->arg("link_to_name"))
        F.LinkToName = truthValue(L) == 1;
      if (!addReferencedColumn(FK->arg("column"), F)) {
        diagnose(Item->Where.isKnown() ? Item->Where : Where,
                 DiagId::UnknownColumnReference, "ForeignKey");
        continue;
      }
      if (auto *N = dyn_cast_or_null<StrObj>(FK->arg("name")))
        F.Name = N->Value;
      F.NameIsFinal = E.ConvertedNames.contains(FK->arg("name"));
      readForeignKeyOptions(FK, F);
      TI.Table.ForeignKeys.push_back(std::move(F));
      // The ForeignKeyConstraint it makes as it joins the table.
      countCreations(1);
    } else if (isA(Item, "sqlalchemy.schema.CheckConstraint")) {
      auto *CK = cast<InstanceObj>(Item);
      ir::CheckConstraint K;
      K.SqlText = sqlTextOf(CK->arg("sqltext"));
      if (K.SqlText.empty()) {
        diagnose(Item->Where.isKnown() ? Item->Where : Where,
                 DiagId::UnknownCheckText, describeUnknown(CK->arg("sqltext")));
        continue;
      }
      if (auto *N = dyn_cast_or_null<StrObj>(CK->arg("name")))
        K.Name = N->Value;
      K.NameIsFinal = E.ConvertedNames.contains(CK->arg("name"));
      K.Deferred = deferralOf(CK);
      K.Column = C.Name;
      K.Where = irLoc(Item->Where);
      TI.Table.CheckConstraints.push_back(std::move(K));
    }
  }
  if (C.Index) {
    ir::Index I;
    I.Columns = {C.Name};
    I.Unique = C.Unique;
    I.FromColumnFlag = true;
    I.Where = C.Where;
    TI.Table.Indexes.push_back(I);
  } else if (C.Unique) {
    ir::UniqueConstraint U;
    U.Columns = {C.Name};
    U.FromColumnFlag = true;
    U.SqliteOnConflict = UniqueOnConflict;
    U.Where = C.Where;
    TI.Table.UniqueConstraints.push_back(U);
  }
  if (PrimaryKeyOnConflict)
    TI.PrimaryKeyOnConflict.set(internName(C.Name), *PrimaryKeyOnConflict);
  if (C.PrimaryKey &&
      !llvm::is_contained(TI.Table.PrimaryKeyConstraint.Columns, C.Name))
    TI.Table.PrimaryKeyConstraint.Columns.push_back(C.Name);
  llvm::StringRef Name = internName(C.Name);
  TI.ColumnObjects.emplace_back(ColumnObj, Name);
  setColumnOwner(ColumnObj, TI.Index, Name);
  // Table.c is keyed by Column(key=...), else by name.
  std::string ColumnKey = C.Name;
  for (auto &[K, V] : Keywords)
    if (llvm::StringRef(K) == "key" && isa<StrObj>(V))
      ColumnKey = cast<StrObj>(V)->Value;
  TI.KeyToName.set(ColumnKey == C.Name ? Name : internName(ColumnKey), Name);
  if (ColumnKey != C.Name)
    TI.Table.ColumnKeys.emplace_back(C.Name, ColumnKey);
  if (SortOrder)
    TI.SortOrder.set(Name, *SortOrder);
  if (TI.TableObject)
    if (auto *Columns = dyn_cast_or_null<InstanceObj>(
            TI.TableObject->Attrs.lookup("c").Value))
      Columns->Attrs[ColumnKey] = {ColumnObj, Where};
  // A column that replaces another takes its place.
  if (!TI.OrderKey.find(Name))
    TI.OrderKey.set(Name,
                    {IsOrm ? MappingGroup : 0, creationOrderKey(ColumnObj)});
  // Listeners of the column's attaching (one its type's listener added, to
  // append a CHECK of its values) run once it is the table's, with its
  // name and table; what they make over the column finish() attaches to
  // its table.
  if (E.hasAttachListeners()) {
    Object *Table = namedTableObject(TI, Where);
    if (!ColumnObj->Attrs.count("name"))
      ColumnObj->Attrs["name"] = {H.str(C.Name), Where};
    ColumnObj->Attrs["table"] = {Table, Where};
    Store();
    size_t Before = StandaloneConstraints.size();
    E.attachListeners(ColumnObj, Table, Where);
    // What they made over the column is this table's: a mixin's column
    // object is each of its tables' (SQLAlchemy attaches a copy to each).
    for (size_t K = Before; K < StandaloneConstraints.size();) {
      InstanceObj *Made = StandaloneConstraints[K];
      if (mentions(Made, ColumnObj))
        addConstraint(TI, Made, Made->Where);
      else
        ++K;
    }
    return;
  }
  Store();
}

void DeclarativeAnalyzer::addConstraint(TableInfo &TI, Object *Item,
                                        SrcLoc Where) {
  E.noteWrite(TI.Owner);
  SrcLoc At = Item->Where.isKnown() ? Item->Where : Where;
  auto *I = dyn_cast<InstanceObj>(Item);
  if (I && !AttachedConstraints.insert({I, &TI}).second)
    return;
  if (I)
    llvm::erase(StandaloneConstraints, I);
  if (I && !isA(I, "sqlalchemy.schema.Index") &&
      I->Attrs.lookup("__schemac_ddl_if__").Value)
    E.report(At, DiagId::UnevaluatedDdlIf, "ddl_if() on a constraint",
             "constraint", "");
  if (!I) {
    if (isa<NoneObj>(Item))
      return;
    auto *U = dyn_cast<UnknownObj>(Item);
    diagnose(At, DiagId::UnknownTableArgument,
             U ? U->Reason : std::string(kindName(Item->Kind)));
    TI.ColumnsUnknown = true;
    return;
  }
  auto Name = [&]() -> std::optional<std::string> {
    Object *Given = I->arg("name");
    if (auto *N = dyn_cast_or_null<StrObj>(Given))
      return N->Value;
    if (isa_and_nonnull<UnknownObj>(Given))
      E.report(At, DiagId::UnknownConstraintName, I->Class->Name,
               describeUnknown(Given));
    return std::nullopt;
  };
  // A column named by a string the table lacks: SQLAlchemy raises as it
  // attaches the item (KeyError under 1.4, ConstraintColumnNotFoundError
  // under 2.0). Unless some column's name is unknown, it is not there.
  std::string Missing;
  // An SQL expression (not a name, a column or an unknown value) whose
  // text the analysis cannot write: an index of it is left out whole.
  Object *Unrendered = nullptr;
  // The list by value: an expression's text may run a @compiles function,
  // which may change it.
  auto Columns = [&](std::vector<Object *> Objs) {
    std::vector<std::string> Out;
    for (Object *O : Objs) {
      if (auto *S = dyn_cast<StrObj>(O); S && Missing.empty() &&
                                         !TI.ColumnsUnknown &&
                                         !TI.KeyToName.find(S->Value))
        Missing = S->Value;
      // Names and column objects are columns; an expression is its text.
      std::string N = isa<StrObj>(O) || isColumnObject(O) ? "" : sqlTextOf(O);
      if (N.empty() && isA(I, "sqlalchemy.schema.Index") &&
          isA(O, "sqlalchemy.sql.expression.ClauseElement")) {
        if (!Unrendered)
          Unrendered = O;
        continue;
      }
      if (N.empty())
        N = columnNameOf(O, At, &TI);
      if (!N.empty())
        Out.push_back(N);
    }
    return Out;
  };
  auto LeftOut = [&] {
    if (Missing.empty())
      return false;
    E.report(At, DiagId::ConstraintColumnNotFound, I->Class->Name, Missing,
             TI.Table.Name);
    return true;
  };
  if (isA(I, "sqlalchemy.schema.UniqueConstraint")) {
    ir::UniqueConstraint U;
    U.Name = Name();
    U.NameIsFinal = E.ConvertedNames.contains(I->arg("name"));
    U.Columns = Columns(I->Rest);
    if (LeftOut())
      return;
    U.Deferred = deferralOf(I);
    U.SqliteOnConflict = strArg(I, "sqlite_on_conflict");
    U.Where = irLoc(At);
    TI.Table.UniqueConstraints.push_back(U);
  } else if (isA(I, "sqlalchemy.schema.PrimaryKeyConstraint")) {
    ir::PrimaryKey P;
    P.Name = Name();
    P.NameIsFinal = E.ConvertedNames.contains(I->arg("name"));
    P.Columns = Columns(I->Rest);
    if (LeftOut())
      return;
    P.Deferred = deferralOf(I);
    P.SqliteOnConflict = strArg(I, "sqlite_on_conflict");
    P.Where = irLoc(At);
    // One without columns takes those the table has marked primary_key=True
    // (PrimaryKeyConstraint._set_parent): Galaxy's
    // PrimaryKeyConstraint(sqlite_on_conflict="IGNORE") after its columns.
    if (P.Columns.empty())
      for (const ir::Column &C : TI.Table.Columns)
        if (C.PrimaryKey)
          P.Columns.push_back(C.Name);
    for (ir::Column &C : TI.Table.Columns) {
      C.PrimaryKey = llvm::is_contained(P.Columns, C.Name);
      if (C.PrimaryKey)
        C.Nullable = false;
    }
    TI.Table.PrimaryKeyConstraint = P;
    TI.PrimaryKeyGiven = true;
  } else if (isA(I, "sqlalchemy.schema.CheckConstraint")) {
    ir::CheckConstraint K;
    K.Name = Name();
    K.NameIsFinal = E.ConvertedNames.contains(I->arg("name"));
    K.SqlText = sqlTextOf(I->arg("sqltext"));
    if (K.SqlText.empty()) {
      diagnose(At, DiagId::UnknownCheckText,
               describeUnknown(I->arg("sqltext")));
      return;
    }
    K.Deferred = deferralOf(I);
    K.SqliteOnConflict = strArg(I, "sqlite_on_conflict");
    K.Where = irLoc(At);
    TI.Table.CheckConstraints.push_back(K);
  } else if (isA(I, "sqlalchemy.schema.Index")) {
    ir::Index X;
    X.Name = Name();
    X.NameIsFinal = E.ConvertedNames.contains(I->arg("name"));
    X.Columns = Columns(I->Rest);
    if (LeftOut())
      return;
    if (Unrendered) {
      E.report(At, DiagId::UnknownIndexText, X.Name.value_or(""),
               describeUnknown(Unrendered));
      return;
    }
    // Columns(...) reported what it could not resolve. An index given no
    // expressions at all is still the table's, as in SQLAlchemy, whose
    // CREATE INDEX then lists none.
    if (X.Columns.empty() && !I->Rest.empty())
      return;
    if (I->Rest.empty())
      E.report(At, DiagId::IndexWithoutColumns, X.Name.value_or(""));
    if (auto *U = I->arg("unique"))
      X.Unique = truthValue(U) == 1;
    Object *Only = I->Attrs.lookup("__schemac_ddl_if__").Value;
    std::vector<Object *> Dialects;
    if (isa_and_nonnull<StrObj>(Only))
      Dialects.push_back(Only);
    else if (Only && !isa<NoneObj>(Only))
      E.iterate(Only, Dialects);
    for (Object *D : Dialects)
      if (auto *S = dyn_cast<StrObj>(D))
        X.OnlyOnDialects.push_back(S->Value);
    readIndexOptions(TI, I, X, At);
    if (Object *Callable = I->Attrs.lookup("__schemac_ddl_if_callable__").Value;
        Callable && !isa<NoneObj>(Callable))
      E.report(At, DiagId::UnevaluatedDdlIf, "ddl_if(callable_=...)", "index",
               X.OnlyOnDialects.empty() ? "" : " that dialect= names");
    X.Where = irLoc(At);
    TI.Table.Indexes.push_back(X);
  } else if (isA(I, "sqlalchemy.schema.ForeignKeyConstraint")) {
    ir::ForeignKey F;
    F.Name = Name();
    F.NameIsFinal = E.ConvertedNames.contains(I->arg("name"));
    F.Where = irLoc(At);
    auto *Cols = dyn_cast_or_null<SequenceObj>(I->arg("columns"));
    auto *Refs = dyn_cast_or_null<SequenceObj>(I->arg("refcolumns"));
    if (!Cols || !Refs) {
      diagnose(At, DiagId::UnknownTableArgument, "ForeignKeyConstraint");
      return;
    }
    F.Columns = Columns(Cols->Elements);
    if (LeftOut())
      return;
    if (Object *L = I->arg("link_to_name"))
      F.LinkToName = truthValue(L) == 1;
    for (Object *R : Refs->Elements)
      if (!addReferencedColumn(R, F)) {
        diagnose(At, DiagId::UnknownColumnReference, "ForeignKeyConstraint");
        return;
      }
    readForeignKeyOptions(I, F);
    TI.Table.ForeignKeys.push_back(F);
  }
}

void DeclarativeAnalyzer::readTableDialectOption(ir::Table &T,
                                                 llvm::StringRef Keyword,
                                                 Object *Value, SrcLoc Where) {
  if (!llvm::any_of(std::array<llvm::StringRef, 4>{"mysql_", "mariadb_",
                                                   "sqlite_", "postgresql_"},
                    [&](llvm::StringRef P) { return Keyword.starts_with(P); }))
    return;
  // What the dialects accept of a Table (construct_arguments): MySQL's
  // anything, SQLite's and PostgreSQL's their own; 2.0 added STRICT and
  // USING.
  static constexpr llvm::StringLiteral Accepted[] = {
      "sqlite_autoincrement",          "sqlite_with_rowid",
      "postgresql_ignore_search_path", "postgresql_tablespace",
      "postgresql_partition_by",       "postgresql_with_oids",
      "postgresql_on_commit",          "postgresql_inherits"};
  static constexpr llvm::StringLiteral Accepted20[] = {"sqlite_strict",
                                                       "postgresql_using"};
  bool Is14 = Version == "1.4";
  if ((Keyword.starts_with("sqlite_") || Keyword.starts_with("postgresql_")) &&
      !llvm::is_contained(Accepted, Keyword) &&
      (Is14 || !llvm::is_contained(Accepted20, Keyword))) {
    E.report(Where, DiagId::TableOptionNotAccepted, Keyword.str(),
             Keyword.split('_').first.str(),
             Is14 && llvm::is_contained(Accepted20, Keyword) ? " in 1.4" : "");
    return;
  }
  if (!Value)
    return;
  // The last one given wins, as in the Table's kwargs.
  std::vector<std::pair<std::string, std::string>> Given;
  if (auto *Items = dyn_cast<SequenceObj>(Value)) {
    for (Object *Item : Items->Elements)
      if (std::optional<std::string> Text = plainTextOf(Item))
        Given.emplace_back(Keyword.str(), std::move(*Text));
    if (Given.size() == Items->Elements.size()) {
      replaceDialectOptions(T, std::move(Given));
      return;
    }
  } else if (std::optional<std::string> Text = plainTextOf(Value)) {
    Given.emplace_back(Keyword.str(), std::move(*Text));
    replaceDialectOptions(T, std::move(Given));
    return;
  }
  llvm::erase_if(T.DialectOptions,
                 [&](const auto &O) { return O.first == Keyword; });
  E.report(Where, DiagId::UnknownTableOption, Keyword.str(),
           describeUnknown(Value));
}

void DeclarativeAnalyzer::replaceDialectOptions(
    ir::Table &T, std::vector<std::pair<std::string, std::string>> Given) {
  llvm::erase_if(T.DialectOptions, [&](const auto &O) {
    return llvm::any_of(Given,
                        [&](const auto &G) { return G.first == O.first; });
  });
  llvm::append_range(T.DialectOptions, std::move(Given));
}

void DeclarativeAnalyzer::applyTableArgs(TableInfo &TI, Object *Args,
                                         SrcLoc Where) {
  E.noteWrite(TI.Owner);
  auto ApplyOptions = [&](DictObj *D) {
    for (auto &[K, V] : D->Items) {
      auto *KS = dyn_cast<StrObj>(K);
      if (!KS)
        continue;
      if (std::optional<std::string> Schema = schemaArg(V);
          KS->Value == "schema" && Schema)
        TI.Table.Schema = Schema->empty() ? std::nullopt : std::move(Schema);
      else if (KS->Value == "comment" && isa<StrObj>(V))
        TI.Table.Comment = cast<StrObj>(V)->Value;
      else
        readTableDialectOption(TI.Table, KS->Value, V,
                               V->Where.isKnown() ? V->Where : Where);
    }
  };
  if (auto *D = dyn_cast<DictObj>(Args)) {
    ApplyOptions(D);
    return;
  }
  auto *T = dyn_cast<SequenceObj>(Args);
  if (!T) {
    if (!isa<NoneObj>(Args)) {
      auto *U = dyn_cast<UnknownObj>(Args);
      diagnose(Where, DiagId::UnknownTableArgument,
               U ? U->Reason : std::string(kindName(Args->Kind)));
    }
    return;
  }
  // _scan_attributes checks the type before anything reads the arguments.
  if (T->Kind != ObjKind::Tuple) {
    diagnose(Args->Where.isKnown() ? Args->Where : Where,
             DiagId::TableArgsNotTuple, kindName(T->Kind).str());
    return;
  }
  for (size_t I = 0; I < T->Elements.size(); ++I) {
    if (auto *D = dyn_cast<DictObj>(T->Elements[I]);
        D && I + 1 == T->Elements.size())
      ApplyOptions(D);
    else
      addConstraint(TI, T->Elements[I], Where);
  }
}

} // namespace schemac::sema
