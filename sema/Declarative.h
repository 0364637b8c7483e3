//===- Declarative.h - SQLAlchemy's declarative semantics -----*- C++ -*-===//
//
// Watches the evaluator create classes and library objects and does what
// SQLAlchemy's declarative extension does at class creation: recognises
// declarative bases (DeclarativeBase subclasses, declarative_base(),
// registry.generate_base(), Flask-SQLAlchemy's db.Model), maps their
// subclasses to tables (tablename, table args, columns copied from mixins,
// inheritance), and collects Core Table(...) objects per MetaData. finish()
// returns the tables and classes as the schema IR, in SQLAlchemy's order.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SEMA_DECLARATIVE_H
#define SCHEMAC_SEMA_DECLARATIVE_H

#include "ir/Schema.h"
#include "sema/Evaluator.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/raw_ostream.h"

#include <deque>
#include <map>
#include <set>

namespace schemac::sema {

/// Calls \p Visit on \p Expr and, where it returns true, on what the
/// expression is made of (an SQL construct's arguments), 16 levels deep at
/// most.
template <typename Fn>
void forEachOperand(Object *Expr, Fn &&Visit, int Depth = 0) {
  if (!Expr || !Visit(Expr))
    return;
  auto *X = dyn_cast<InstanceObj>(Expr);
  if (!X || Depth >= 16)
    return;
  for (auto &[Name, A] : X->Args)
    forEachOperand(A, Visit, Depth + 1);
  for (Object *R : X->Rest)
    forEachOperand(R, Visit, Depth + 1);
}

struct MappedAnnotation;

/// The dialects whose renderings the analysis evaluates in Python: a
/// TypeDecorator's load_dialect_impl(), @compiles functions.
inline constexpr const char *RenderedDialects[] = {"postgresql", "mysql",
                                                   "sqlite"};

/// The attribute in which the stubs' Table.append_column() and
/// append_constraint() collect what they are given (stubs/sqlalchemy/
/// schema.py); DeclarativeAnalyzer adds it to the table where the models
/// did it.
inline constexpr llvm::StringLiteral AppendedItemsAttribute =
    "__schemac_appended__";

/// An instance of the class with that qualified name, or of a subclass.
inline bool isA(const Object *O, llvm::StringRef QualifiedName) {
  const auto *I = dyn_cast_or_null<InstanceObj>(O);
  return I && I->Class && I->Class->isSubclassOf(QualifiedName);
}

/// A library object's str argument of that name, where one was given.
inline std::optional<std::string> strArg(const InstanceObj *I,
                                         llvm::StringRef Name) {
  if (auto *S = dyn_cast_or_null<StrObj>(I->arg(Name)))
    return S->Value;
  return std::nullopt;
}

/// A schema= argument: its name; "" for BLANK_SCHEMA, which is no schema
/// even where the MetaData has one (addTable drops it); none otherwise.
inline std::optional<std::string> schemaArg(const Object *V) {
  if (const auto *S = dyn_cast_or_null<StrObj>(V))
    return S->Value;
  if (isA(V, "sqlalchemy.schema._SchemaSymbol"))
    if (auto *Name =
            dyn_cast_or_null<StrObj>(cast<InstanceObj>(V)->arg("name"));
        Name && Name->Value == "blank_schema")
      return std::string();
  return std::nullopt;
}

/// Column(...) or mapped_column(...).
inline bool isColumnObject(const Object *O) {
  return isA(O, "sqlalchemy.schema.Column") ||
         isA(O, "sqlalchemy.orm.MappedColumn");
}

/// Values by column name or key (internName() copies), in the order set: a
/// table has some columns, and a large project tens of thousands of tables,
/// which a map per table, an allocation per entry, would make costly.
template <typename T> class ColumnMap {
public:
  using Entry = std::pair<llvm::StringRef, T>;
  const T *find(llvm::StringRef Name) const {
    for (const Entry &E : Entries)
      if (sameName(E.first, Name))
        return &E.second;
    return nullptr;
  }
  T lookup(llvm::StringRef Name) const {
    const T *V = find(Name);
    return V ? *V : T();
  }
  void set(llvm::StringRef Name, T Value) {
    for (Entry &E : Entries)
      if (sameName(E.first, Name)) {
        E.second = std::move(Value);
        return;
      }
    Entries.emplace_back(Name, std::move(Value));
  }
  void reserve(size_t N) { Entries.reserve(N); }
  typename std::vector<Entry>::const_iterator begin() const {
    return Entries.begin();
  }
  typename std::vector<Entry>::const_iterator end() const {
    return Entries.end();
  }
  size_t size() const { return Entries.size(); }

private:
  std::vector<Entry> Entries;
};

class DeclarativeAnalyzer {
public:
  explicit DeclarativeAnalyzer(Evaluator &E) : E(E), H(E.heap()) {
    TypeKeyOS.SetBufferSize(4096);
  }
  /// The SQLAlchemy release the models run on, the file that declares it
  /// ("--sqlalchemy" when given on the command line), and the older
  /// release the file requires, if it does.
  const std::string &version() const { return Version; }
  void setVersion(std::string V, std::string Source, std::string Older) {
    Version = std::move(V);
    VersionSource = std::move(Source);
    OlderRelease = std::move(Older);
  }

  /// column.attr = value on a Column or mapped_column() object
  /// (ColumnAttributeSets.cpp): what its table's DDL reads changes.
  /// Model.attribute.name = value, where Model is mapped and its attribute
  /// a column: true where the set reaches SQLAlchemy's InstrumentedAttribute
  /// rather than the column (reported where it matters to the schema).
  bool mappedAttributeSet(ClassObj *C, llvm::StringRef Attribute,
                          InstanceObj *Column, llvm::StringRef Name,
                          SrcLoc Where);
  void columnAttributeSet(InstanceObj *Column, llvm::StringRef Name,
                          Object *Value, SrcLoc Where);
  /// The stubs' Table.append_column() has collected \p Appended: its last
  /// item joins the table now, though finish() adds it.
  void tableAppended(Object *Appended) {
    auto *Items = dyn_cast_or_null<SequenceObj>(Appended);
    if (!Items || Items->Elements.empty())
      return;
    AppendedAt[Items->Elements.back()] = joinOutOfTurn();
  }
  /// Model.attr = value on a class: a column or relationship set on a
  /// class mapped by a declarative base's metaclass (whose __setattr__
  /// SQLAlchemy hooks; not registry.mapped's nor DeclarativeBaseNoMeta's)
  /// joins its table (finish()) or its mapper.
  void classAttributeSet(ClassObj *C, llvm::StringRef Name, Object *Value,
                         SrcLoc Where) {
    // The stubs' registry.mapped and map_imperatively() mark the class:
    // SQLAlchemy maps it there, before any later assignment to it.
    if (Name == "__schemac_registry__") {
      mapRegistered(C);
      return;
    }
    if (!C->IsMapped || !declarativeBaseOf(C) ||
        C->isSubclassOf("sqlalchemy.orm.DeclarativeBaseNoMeta"))
      return;
    if (isColumnObject(Value)) {
      // It joins the table now: its place among the joins is kept.
      LateColumns.push_back({C, Name.str(), Value, Where, joinOutOfTurn()});
    } else if (isA(Value, "sqlalchemy.orm.Relationship")) {
      auto Index = MappedIndex.find(C);
      if (Index == MappedIndex.end())
        return;
      PendingRelationship Late{Index->second, cast<InstanceObj>(Value),
                               Name.str(), nullptr, Where};
      // The mapper's property of the name is replaced (add_property).
      for (PendingRelationship &P : Relationships)
        if (P.Mapped == Late.Mapped && P.Name == Late.Name) {
          P = Late;
          return;
        }
      Relationships.push_back(Late);
    }
  }

  /// What a @compiles function's compiler.process() makes of a SQL
  /// construct, or of a function's clauses (comma-separated); "" where
  /// the analysis does not know its text.
  std::string processedSql(Object *O);

  /// The tables of an analysis of the whole project, for a run of some of
  /// its modules (an edit's): a foreign key to a table the run does not
  /// make types its column from there, as the whole analysis did.
  void setTablesNotRun(const ir::Schema *Whole) {
    UseTablesNotRun = Whole != nullptr;
    if (Whole)
      for (const ir::Table &T : Whole->Tables)
        TablesNotRun[T.Name].push_back(&T);
  }
  /// The modules whose tables or items Table.append_column() and
  /// append_constraint() added: finish() adds them, after every module ran,
  /// not where the module called them.
  const llvm::DenseSet<uint16_t> &appendingOwners() const {
    return AppendingOwners;
  }
  /// Keep, past finish(), the table and column each Column object became
  /// (ForeignKey(column) refers to that table), as "[schema.]table.column".
  void keepColumnOwners() { KeepColumnOwners = true; }
  llvm::DenseMap<const Object *, std::string> takeColumnOwners() {
    return std::move(KeptColumnOwners);
  }
  /// With keepColumnOwners: each table's MetaData, by qualified name (null
  /// where two MetaData have a table of the name).
  llvm::StringMap<const Object *> takeTableMetadata() {
    return std::move(KeptTableMetadata);
  }
  /// With keepColumnOwners: the round of inferForeignKeyTypes in which each
  /// column without a type of its own took its foreign key's, by qualified
  /// name: the rounds are few, so a column a chain reaches later stays
  /// without.
  llvm::StringMap<int> takeInferredRounds() {
    return std::move(KeptInferredRounds);
  }
  /// With setTablesNotRun: a foreign key's column refers to a table the run
  /// does not make where the run cannot tell which type the whole analysis
  /// gave it: one of two tables of the name, or a column whose own type
  /// the whole analysis inferred, or could not.
  bool undecidedReference() const { return UndecidedReference; }
  /// With setTablesNotRun: Flask-SQLAlchemy's __table_cls__ asked for a
  /// table of a name that a module the run does not run may have made.
  bool undecidedTableKey() const { return UndecidedTableKey; }

  /// A declarative base's `metadata` no longer holds the MetaData its
  /// registry took when the class was made (`Base.metadata = ...` after
  /// the class statement): the class as it ends is not what its subclasses'
  /// tables went into.
  bool baseMetadataRebound() const;

  /// The models use an API only SQLAlchemy 2.0 has: DeclarativeBase,
  /// mapped_column(), or they import a name 2.0 added.
  bool uses20Api() const {
    return Uses20Api || E.newestApiImported() >= Evaluator::ReleaseNumber(2, 0);
  }
  /// Whether 2.0's rules apply: the release given or declared, else the API
  /// the models use so far.
  bool rulesOf20() const {
    return Version.empty() ? uses20Api() : Version == "2.0";
  }
  /// The mapped classes' qualified names, in the order mapped.
  std::vector<std::string> mappingOrder() const {
    std::vector<std::string> Order;
    for (const MappedInfo &M : Mapped)
      Order.push_back(M.Class->QualName);
    return Order;
  }
  void classCreated(ClassObj *C);
  /// MetaData.tables (MetadataTables.cpp): its tables by key, in the order
  /// made, or, \p Sorted, sorted_tables; null where \p Metadata is not a
  /// MetaData.
  Object *tablesOf(Object *Metadata, bool Sorted, SrcLoc Where);
  /// registry.mappers: a list of the classes \p Registry has mapped so far,
  /// in the order mapped; null where it is no registry.
  Object *registryClasses(Object *Registry, SrcLoc Where);
  /// Table.to_metadata(): the copy of the table in the other MetaData,
  /// under the name and schema given; null, said, where it is not known.
  Object *copyTable(CallArgs &Args, SrcLoc Where);
  /// Column.name, .key and .type: as given, else as its table has it;
  /// null where neither says.
  Object *columnAttribute(InstanceObj *Column, llvm::StringRef Name);
  void instanceCreated(InstanceObj *I);
  ir::Schema finish();

private:
  struct TableInfo {
    int Index = -1; ///< Its position in Tables.
    ir::Table Table;
    InstanceObj *Metadata = nullptr;
    /// Column objects (Column / MappedColumn) by column name, for
    /// constraints that name them by object.
    /// The names are internName() copies: a large project has many columns.
    std::vector<std::pair<InstanceObj *, llvm::StringRef>> ColumnObjects;
    /// Mapped by declarative classes (not a Core Table(...)).
    bool Declarative = false;
    /// A PrimaryKeyConstraint gives the key's columns, in its order; else
    /// they are the primary_key=True columns, in the table's order.
    bool PrimaryKeyGiven = false;
    /// Per column: the mapping that added it and its Column's creation
    /// order, for SQLAlchemy 1.4's column order.
    ColumnMap<std::pair<unsigned, uint32_t>> OrderKey;
    /// mapped_column(sort_order=...) where given.
    ColumnMap<int64_t> SortOrder;
    /// Column(sqlite_on_conflict_primary_key=...) where given: the key's
    /// clause if the column is its only one.
    ColumnMap<std::string> PrimaryKeyOnConflict;
    /// Types from annotations, for columns whose type should come from the
    /// column their foreign key references, in case that one is unknown.
    llvm::StringMap<ir::SqlType> FallbackTypes;
    /// Column key (Column(key=...), else the name) to name.
    ColumnMap<llvm::StringRef> KeyToName;
    /// Some column's name, or whether an argument is a column, cannot be
    /// evaluated: a name missing from KeyToName may still be a column.
    bool ColumnsUnknown = false;
    /// The Table object sema gives Model.__table__ / a Core table.
    InstanceObj *TableObject = nullptr;
    /// Made by Table.to_metadata(): its Column objects, new ones in
    /// SQLAlchemy, are not modelled, so its Table object has no `c`.
    bool IsCopy = false;
    /// The module whose evaluation made it (Object::Owner): another that
    /// adds to it writes into it.
    uint16_t Owner = 0;
  };
  struct MappedInfo {
    ClassObj *Class = nullptr;
    int Table = -1; ///< Index into Tables; the parent's for single-table.
    ClassObj *Inherits = nullptr;
    std::string Inheritance;
    std::optional<ir::Scalar> PolymorphicIdentity;
    std::vector<ir::Relationship> Relationships;
    /// An AbstractConcreteBase subclass: mapped without a table.
    bool AbstractConcrete = false;
    /// Column properties of expressions, hybrids and synonyms, once
    /// resolveComputedAttributes() has run.
    std::vector<ir::ComputedAttribute> Computed;
    /// Single-table inheritance: the columns it adds to the table.
    std::vector<std::string> DeclaredColumns;
    /// __mapper_args__ gives inherit_condition.
    bool InheritCondition = false;
  };

  /// A keyword argument the SQLAlchemy constructor \p I stands for
  /// rejects, reported.
  void checkKeywords(InstanceObj *I);
  /// The mapped classes' __declare_first__ and the models' before_configured
  /// listeners, then their __declare_last__ and after_configured listeners,
  /// which SQLAlchemy calls as it configures the mappers.
  void runConfigureHooks();
  /// Calls each before_mapper_configured and mapper_configured listener
  /// with each mapper it is for, as configure_mappers() does between the
  /// two.
  void runMapperConfiguredListeners();
  /// A joined subclass's table needs a foreign key to (or from) its
  /// parent's table, unless inherit_condition is given: SQLAlchemy raises
  /// NoForeignKeysError otherwise.
  void checkInheritConditions();
  /// A relationship whose join condition SQLAlchemy infers from foreign
  /// keys: one without primaryjoin and foreign_keys, or, with a secondary
  /// table, without primaryjoin or secondaryjoin.
  struct InferredJoin {
    size_t Owner;
    const MappedInfo *Target;
    std::string Name;
    SrcLoc Where;
    /// Index into Tables of the secondary table, or -1.
    int Secondary = -1;
    bool PrimaryJoinGiven = false;
    bool SecondaryJoinGiven = false;
    /// The columns foreign_keys= names, with their tables, where it is
    /// given: SQLAlchemy's consider_as_foreign_keys.
    std::optional<std::vector<std::pair<int, std::string>>> ForeignKeys =
        std::nullopt;
  };
  /// Each join SQLAlchemy infers needs one way of joining the tables by
  /// foreign keys: it raises NoForeignKeysError as it configures the
  /// mappers where there is none, AmbiguousForeignKeysError where there
  /// are more.
  void checkJoinCondition(const InferredJoin &J);
  /// A mapper's selectable into \p Out: its table, and under joined
  /// inheritance its parents' tables joined to it; false where one is not
  /// known. \p Unseen is set where one's columns are not all known.
  bool mapperSelectable(const MappedInfo &M, llvm::SmallVectorImpl<int> &Out,
                        bool &Unseen);
  /// The columns relationship(foreign_keys=) names, with their tables; none
  /// where it is not given. \p Known is cleared where one is not a column
  /// the analysis knows.
  std::optional<std::vector<std::pair<int, std::string>>>
  givenForeignKeys(InstanceObj *Rel, const MappedInfo &Owner, SrcLoc Where,
                   bool &Known);
  /// The table a relationship's secondary= names (evaluated): a Table
  /// object, or a key of the owner's MetaData; -1 if none is known.
  int secondaryTable(Object *Secondary, const MappedInfo &Owner,
                     llvm::DenseMap<const Object *, int> &TableOfObject);
  /// relationship(back_populates=) names a relationship of the target
  /// (Mapper.get_property() raises otherwise), reported where it does not.
  void checkBackPopulates(const MappedInfo &Owner, const MappedInfo &Target,
                          llvm::StringRef Name, llvm::StringRef Names,
                          SrcLoc Where);
  /// A relationship's direction, as _determine_direction finds it;
  /// Unknown where a table's columns are not all known.
  enum class Direction { OneToMany, ManyToOne, ManyToMany, Unknown };
  /// cascade=, lazy= and single_parent= of a relationship or backref
  /// (\p Options) that SQLAlchemy refuses, reported; the direction is
  /// computed only where a check needs it.
  void checkRelationshipOptions(const MappedInfo &Owner, InstanceObj *Options,
                                llvm::StringRef Name, bool UseList,
                                llvm::function_ref<Direction()> DirectionOf,
                                SrcLoc Where);
  /// Whether \p M, or a mapper it inherits from, has a property \p Name:
  /// where a backref of that name makes SQLAlchemy raise.
  bool hasMappedProperty(const MappedInfo &M, llvm::StringRef Name) const;
  /// The mapper among \p M and those it inherits from (nearest first)
  /// with a relationship \p Name, backrefs included; null if none has.
  const MappedInfo *relationshipOwner(const MappedInfo &M,
                                      llvm::StringRef Name) const;
  /// The class whose mapper has \p M's property \p Name, as SQLAlchemy
  /// names it where a backref of that name clashes.
  const ClassObj *propertyOwner(const MappedInfo &M,
                                llvm::StringRef Name) const;
  /// Whether the foreign keys between two mappers' tables are all known,
  /// so that the direction they give a relationship is.
  bool directionKnown(const MappedInfo &A, const MappedInfo &B) const;
  bool isDeclarativeBase(const ClassObj *C) const;
  ClassObj *declarativeBaseOf(const ClassObj *C) const;
  InstanceObj *metadataOf(ClassObj *Base);
  /// The MetaData a mapped class's table goes to: its declarative base's, or
  /// that of the registry whose mapped() decorated it.
  InstanceObj *metadataForClass(ClassObj *C);
  /// The registry's type_annotation_map in force for a class, if any.
  DictObj *typeAnnotationMap(ClassObj *C);
  void mapClass(ClassObj *C);
  /// Maps a class registry.mapped or map_imperatively() was given, once.
  void mapRegistered(ClassObj *C);
  /// Single-table inheritance: a column the class's own attribute maps,
  /// added or reused (use_existing_column, a declared_attr returning the
  /// table's column, one set on the class later).
  void noteDeclaredColumn(MappedInfo &M, Object *Column);
  /// Column objects of single-table subclasses that use_existing_column
  /// made the shared table's own column: declared by none of them.
  llvm::DenseSet<const Object *> RootColumnsReused;
  /// SQLModel's metaclass: each field of a table=True class becomes a
  /// Column or a relationship() on the class, in pydantic's field order.
  void prepareSqlModel(ClassObj *C);
  static std::string flaskTableName(llvm::StringRef ClassName);
  /// SQLAlchemy's merge_lists_w_ordering, over internName() copies
  /// (compared by address).
  static std::vector<llvm::StringRef>
  mergeListsWithOrdering(llvm::ArrayRef<llvm::StringRef> A,
                         llvm::ArrayRef<llvm::StringRef> B);
  bool flaskShouldSetTablename(ClassObj *C);
  bool declaresPrimaryKey(ClassObj *C);
  void checkMetadataAttribute(ClassObj *C);
  void checkUnmappedAnnotation(ClassObj *C, llvm::StringRef Name, Object *Value,
                               Object *Annotation, SrcLoc Where);
  /// Table(mysql_engine="InnoDB"), __table_args__'s {"sqlite_autoincrement":
  /// True}: a dialect's option for the table's DDL, if \p Keyword is one.
  void readTableDialectOption(ir::Table &T, llvm::StringRef Keyword,
                              Object *Value, SrcLoc Where);
  /// Sets the options of each keyword \p Given has to its values (a list
  /// option, INHERITS, has one entry per item), as a Table's kwargs do.
  static void
  replaceDialectOptions(ir::Table &T,
                        std::vector<std::pair<std::string, std::string>> Given);
  const MappedInfo *mappedInfo(const ClassObj *C) const;
  /// A class attribute by SQLAlchemy's rules for __tablename__,
  /// __table_args__ and __mapper_args__: own or from an unmapped base.
  Object *declarativeDunder(ClassObj *C, llvm::StringRef Name, bool &Found);
  /// The class in \p C's MRO whose attribute declarativeDunder() reads
  /// (the value is \p C's, by Python's lookup); none if it reads none.
  ClassObj *declarativeDunderClass(ClassObj *C, llvm::StringRef Name);
  /// Table()'s extend_existing / keep_existing, and whether the call gives
  /// columns or constraints: what it does when its MetaData already has a
  /// table of the key.
  struct TableRedefinition {
    bool ExtendExisting = false;
    bool KeepExisting = false;
    bool HasItems = true;
  };
  /// The table \p T names in \p Metadata, made unless there is one: then
  /// that one, extended with what follows unless *Kept (keep_existing).
  int addTable(ir::Table T, InstanceObj *Metadata, TableRedefinition Options,
               SrcLoc Where, bool *Kept = nullptr);
  /// The Table object that stands for a table in the evaluated code, with
  /// `name` and the `c` / `columns` collection by column key.
  InstanceObj *tableObject(int TableIndex, SrcLoc Where);
  /// The table's Table object with its name and schema, as a listener of
  /// a column's attaching sees it before the table has all its columns.
  InstanceObj *namedTableObject(TableInfo &TI, SrcLoc Where);
  /// Maps a class onto an existing table (__table__ = ..., or
  /// map_imperatively): attributes are column keys unless the class (or
  /// properties=) names a column otherwise.
  void mapOntoTable(MappedInfo &Info, int TableIndex, Object *Properties);
  /// __mapper_args__ polymorphic_on="name" names a mapped attribute;
  /// the mapper raises otherwise.
  void checkPolymorphicOn(const MappedInfo &M, const StrObj *Name);
  /// A copy of \p Column, in no table yet, with its creation order (1.4
  /// orders a table's columns by it): a mixin's column for each class, a
  /// SQLModel base's sa_column for each table.
  InstanceObj *unownedColumnCopy(const InstanceObj *Column);
  /// A column a class body gives under one attribute key.
  struct KeyedColumn {
    llvm::StringRef Key;
    const InstanceObj *Column;
    SrcLoc Where;
  };
  /// Says where a class body gives one column, or two columns of one name,
  /// under several keys (_extract_declared_columns).
  void reportColumnsNamedTwice(const ClassObj *C, const TableInfo &TI,
                               llvm::ArrayRef<KeyedColumn> Columns);
  /// The mapper instruments each column it maps onto an existing table as
  /// a class attribute, which module code after the class reads
  /// (Index("ix", Model.col), ForeignKey(Model.id)): the column object.
  /// A name the class's dict has already (a property, a synonym, a method
  /// of its own) keeps its value.
  void instrumentColumns(ClassObj *C, int TableIndex);
  /// The last Column object made for the table's column \p Name, or null:
  /// what Table.c and the mapped class give for it.
  InstanceObj *lastColumnObject(const TableInfo &TI,
                                llvm::StringRef Name) const;
  void resolveForeignKeyKeys();
  /// A foreign key to a table or column no table has: SQLAlchemy raises
  /// NoReferencedTableError / NoReferencedColumnError as it creates the
  /// tables (and as it configures a relationship over it).
  void checkForeignKeyTargets();
  void inferForeignKeyTypes();
  void buildCoreTable(InstanceObj *TableObj);
  /// A table whose columns SQLAlchemy reads from the database (\p How:
  /// autoload_with=, DeferredReflection): said, and its columns unknown.
  void noteReflected(TableInfo &TI, llvm::StringRef How, SrcLoc Where);
  /// \p IntoParentOf: the single-table subclass whose column joins its
  /// parent's table, which refuses a second column of a name and a primary
  /// key.
  void addColumn(TableInfo &TI, InstanceObj *ColumnObj, llvm::StringRef Key,
                 Object *Annotation, SrcLoc Where, bool IsOrm,
                 const ClassObj *IntoParentOf = nullptr);
  /// Sets \p C's Computed() or Identity(), and its Sequence default, from
  /// its schema items and default=; reports what SQLAlchemy rejects with
  /// them, and leaves that out of \p C.
  void readGeneratedColumn(
      ir::Column &C, llvm::ArrayRef<Object *> Items,
      llvm::ArrayRef<std::pair<llvm::StringRef, Object *>> Keywords,
      SrcLoc Where);
  /// Identity's and Sequence's options as their DDL renders them.
  std::vector<std::string> identityOptions(InstanceObj *I,
                                           llvm::StringRef ColumnName,
                                           SrcLoc Where, bool *HasStart);
  std::optional<ir::SequenceDef>
  sequenceDef(InstanceObj *Seq, llvm::StringRef ColumnName, SrcLoc Where);
  /// The sequences made with metadata= that are no column's default.
  void addMetadataSequences(ir::Schema &S);
  ir::TypeRef columnType(TableInfo &TI, Object *TypeArg,
                         const MappedAnnotation &Ann, bool HasForeignKey,
                         llvm::StringRef ColumnName, SrcLoc Where);
  void applyTableArgs(TableInfo &TI, Object *Args, SrcLoc Where);
  void addConstraint(TableInfo &TI, Object *Item, SrcLoc Where);
  /// Index(postgresql_using=..., mysql_length=..., sqlite_where=...).
  void readIndexOptions(const TableInfo &TI, InstanceObj *I, ir::Index &X,
                        SrcLoc At);
  /// The IR type of a type object or library type class, with what
  /// @compiles functions render of it.
  ir::SqlType convertType(Object *T, SrcLoc Where);
  /// convertType's IR type of a type object, as SQLAlchemy renders it.
  ir::SqlType convertTypeObject(Object *T, SrcLoc Where);
  /// Calls \p Visit with each class's @compiles functions (by dialect
  /// name, "default" for the others; sqlalchemy.ext.compiler) in \p C's
  /// MRO as SQLAlchemy's dispatch reaches them, until it returns false:
  /// up to the first class with a compiler of its own (a library class,
  /// or one naming its __visit_name__), or one deregistered.
  template <typename Fn>
  void forEachCompilesRegistration(const ClassObj *C, Fn Visit);
  bool hasCompilesFunction(const ClassObj *C);
  /// The @compiles function that renders instances of \p C on \p Dialect.
  Object *compilesFunction(const ClassObj *C, llvm::StringRef Dialect);
  /// What a @compiles function makes of an element on one dialect: SQL
  /// text or, for a type, the type it hands back to the type compiler to
  /// render instead (`compiler.process(String(36))`,
  /// `compiler.visit_JSON(type_)`).
  struct CompiledRendering {
    const char *Dialect;
    std::string Text;
    std::shared_ptr<ir::SqlType> As;
    /// ir::SqlType::RenderedVisit
    std::string AsVisit;
  };
  /// What those functions make of \p Element on each dialect one of them
  /// covers. \p Compiler is the stub class of what they are given as their
  /// compiler.
  std::vector<CompiledRendering> compiledRenderings(InstanceObj *Element,
                                                    llvm::StringRef Compiler,
                                                    SrcLoc Where);
  /// Sets \p Out's As and AsVisit to what a type compiler's process() or
  /// visit_*() was asked to render on its dialect (stubs/sqlalchemy/sql/
  /// compiler.py); false, with why not in \p Why, where SQLAlchemy fails.
  bool renderedType(InstanceObj *Request, CompiledRendering &Out, SrcLoc Where,
                    std::string &Why);
  /// Whether \p Dialect's type compiler has visit_<Visit>() in the release
  /// the models run on (the stub's __schemac_type_visits__).
  bool typeCompilerHasVisit(llvm::StringRef Dialect, llvm::StringRef Visit);
  /// How many renderings of each element class on each dialect (a
  /// RenderedDialects entry) are running, one inside another: a function
  /// that hands its type back to the compiler's dispatch runs again, and
  /// ends only where it branches on the type's arguments
  /// (`process(String(255))` where the length is None).
  llvm::DenseMap<std::pair<const ClassObj *, const char *>, unsigned>
      RenderingDepth;
  /// Past this many, SQLAlchemy's recursion raises RecursionError.
  static constexpr unsigned MaxRenderingDepth = 16;
  /// Set where a rendering ran into that; every rendering around it fails.
  bool RenderedWithoutEnd = false;
  /// The dialect a nested rendering is for, whose compiler alone
  /// dispatches it; null for all of RenderedDialects.
  const char *RenderingDialect = nullptr;
  /// Adds to \p D what @compiles functions render of the SQL construct
  /// \p V; for a construct of the project's own, makes \p D its
  /// renderings. False when no function renders \p V.
  bool compiledExpression(Object *V, ir::ServerDefault &D, SrcLoc Where);
  /// The SQL function a Function object calls: its name, or a
  /// GenericFunction subclass's.
  static std::string functionNameOf(const InstanceObj *F);
  /// repr() of a default value: a project class's own __repr__, else
  /// Python's; "" where the analysis does not know it.
  std::string projectReprOf(Object *V);
  /// Appends the SQL text of each of a Function object's arguments to
  /// \p Out; false when one has none.
  bool functionArgumentsOf(const InstanceObj *F, std::vector<std::string> &Out);
  /// The project's SQL constructs reported as having no @compiles
  /// function for some dialect, once each.
  llvm::DenseSet<const ClassObj *> UncoveredCompiles;
  /// The @compiles functions reported as not evaluable, once each.
  llvm::DenseSet<const Object *> UnevaluatedCompiles;
  /// The classes of elements rendered with no @compiles function, and
  /// where first: finish() reports a registration made after that, which
  /// SQLAlchemy would apply to them too.
  llvm::MapVector<const ClassObj *, SrcLoc> RenderedUncompiled;
  void reportLateCompiles();
  /// How SQLAlchemy's compilers render a type of class \p C, @compiles
  /// functions aside: as the library type class whose visit_*() its
  /// __visit_name__ names, or its nearest library type class's; or, where
  /// they cannot (a visit no dialect has, or none), why not.
  struct TypeVisit {
    const ClassObj *Library = nullptr;
    std::optional<std::string> Missing;
  };
  TypeVisit typeVisitOf(const ClassObj *C);
  /// The one shared copy of each distinct type.
  ir::TypeRef internType(ir::SqlType T);
  llvm::StringMap<ir::TypeRef> Types;
  /// internType's key, written through a buffer: the bytecode writer
  /// writes a byte at a time, and every column asks.
  std::string TypeKey;
  llvm::raw_string_ostream TypeKeyOS{TypeKey};
  /// columnType's conversions of library type classes used as they are.
  /// A library type class's conversion, and the evaluation steps it took.
  llvm::DenseMap<const ClassObj *, std::pair<ir::TypeRef, uint64_t>>
      TypeOfLibraryClass;
  /// The library type classes typeFromAnnotation() defaults to, by name.
  llvm::StringMap<ClassObj *> AnnotationTypeClasses;
  std::optional<ir::SqlType>
  typeFromAnnotation(llvm::ArrayRef<Object *> Candidates, DictObj *Map,
                     SrcLoc Where);
  /// The name of the column \p O is or names; a string names it by key
  /// (table.c[key]) in \p Table, where one is given.
  std::string columnNameOf(Object *O, SrcLoc Where,
                           const TableInfo *Table = nullptr);
  /// Appends the column a ForeignKey target names ("[schema.]table.column"
  /// or a column object) to F's references, by its key unless F links to
  /// names; false when it names none.
  bool addReferencedColumn(Object *Target, ir::ForeignKey &F);
  /// The SQL text of a literal SQL fragment: a string, text(), a column, a
  /// func call, a desc()/asc() of one, or an operator expression over such
  /// and Python literals (price >= 0); "" when it has none. \p Operator,
  /// given, replaces a comparison's or BETWEEN's own (~ negates it).
  std::string sqlTextOf(Object *O, llvm::StringRef Operator = "");
  std::string castLiteral(Object *Value, Object *Type);
  /// Why the SQL text of \p O cannot be rendered.
  std::string describeUnrendered(Object *O);
  /// An operand of an operator at the given precedence: a literal, or an
  /// expression, parenthesised where it binds less tightly.
  std::string sqlOperandOf(Object *O, int Precedence,
                           bool RightOfNonAssociative);
  /// A Python enum member compared with a column, as the DDL compiler
  /// renders it: SQLAlchemy binds it with the column's type. "" where
  /// \p Member is no enum member, \p Other no column of a known type, or
  /// the type has no literal for it (SQLAlchemy raises CompileError).
  std::string enumMemberLiteral(Object *Member, Object *Other);
  /// A column (or cast) of Boolean type when \p Expression was made, which
  /// SQLAlchemy makes a condition of where AND, OR or NOT takes it
  /// (AsBoolean, as the expression is built).
  bool isBooleanElement(Object *O, const Object *Expression);
  static bool isBooleanType(const ir::SqlType &T);
  /// true(), false(), or a Python bool, which SQL coerces to one of them.
  static std::optional<bool> booleanConstant(const Object *O);
  /// \p O where SQLAlchemy groups it as a whole condition (against
  /// _asbool): a Boolean column or constant compared with 1 where the
  /// dialect has no booleans.
  std::string conditionText(Object *O, const Object *Expression);
  /// Column objects made without a type, by the Serial of the last object
  /// made before their table gave them one.
  llvm::DenseMap<const Object *, uint32_t> TypedSince;
  ir::Loc irLoc(SrcLoc L) const;
  /// Where \p V was made, if the project made it; else \p Otherwise (a
  /// library's code made it, and the user sees the column).
  static SrcLoc projectPlace(const Object *V, SrcLoc Otherwise) {
    return V->Where.isKnown() && !V->Where.Unit->IsStub ? V->Where : Otherwise;
  }
  /// irLoc's file name for the module it was last asked about.
  mutable const ModuleUnit *LastLocUnit = nullptr;
  mutable llvm::StringRef LastLocFile;
  /// The unit of each file name irLoc() interned: what srcLoc() reads.
  mutable llvm::DenseMap<const char *, const ModuleUnit *> UnitOfLocFile;
  /// Where in its unit an ir::Loc of irLoc()'s is; unknown for another.
  SrcLoc srcLoc(const ir::Loc &L) const;
  void diagnose(SrcLoc Where, DiagId Id, const std::string &Arg);

  Evaluator &E;
  Heap &H;
  /// A deque: TableInfo is large and handed out by reference.
  std::deque<TableInfo> Tables;
  /// The table a column last joined, and ir::Column::Attached for it.
  const TableInfo *LastAttachedTo = nullptr;
  uint32_t AttachBatch = 0;
  /// The Attached of a join that finish() carries out later (or of an
  /// Enum's own listener): the next column stored starts a join of its own.
  uint32_t joinOutOfTurn() {
    LastAttachedTo = nullptr;
    return ++AttachBatch;
  }
  /// Where finish() adds a column that joined its table earlier: its
  /// Attached.
  uint32_t JoinedEarlier = 0;
  /// The columns and constraints appended to tables, and when.
  llvm::DenseMap<const Object *, uint32_t> AppendedAt;
  /// Enum types made with metadata=, which listen for its before_create as
  /// they are made rather than as their columns join tables.
  llvm::DenseMap<const Object *, uint32_t> TypeMadeAt;
  /// Those of them a column has.
  llvm::DenseSet<const Object *> MetadataTypesUsed;
  /// ir::Schema::DetachedTypes, as columns are replaced.
  std::vector<ir::DetachedType> DetachedTypes;
  /// Table name to the tables of that name (any schema, any MetaData).
  llvm::StringMap<llvm::SmallVector<int, 1>> TablesByName;
  /// MetaData.tables as last given, while no table has been made since:
  /// code reads it once per class (aiida's models), which in a project of
  /// thousands of tables must not cost a pass over them each time.
  struct TablesView {
    size_t TableCount = 0;
    DictObj *View = nullptr;
    /// Its tables' places in Tables, and the modules that made them, each
    /// once.
    std::vector<int> Held;
    llvm::SmallVector<uint16_t, 8> Owners;
  };
  llvm::DenseMap<const InstanceObj *, TablesView> TablesViews;
  /// The table and column name (an internName() copy) a Column / MappedColumn
  /// object became.
  struct ColumnPlace {
    const InstanceObj *Column;
    int Table;
    llvm::StringRef Name;
  };
  std::vector<ColumnPlace> ColumnOwners;
  const ColumnPlace *columnOwner(const Object *O) const {
    auto *I = llvm::dyn_cast_or_null<InstanceObj>(O);
    return I && I->ColumnOwnerSlot && I->ColumnOwnerSlot <= ColumnOwners.size()
               ? &ColumnOwners[I->ColumnOwnerSlot - 1]
               : nullptr;
  }
  void setColumnOwner(InstanceObj *Column, int Table, llvm::StringRef Name) {
    ColumnOwners.push_back({Column, Table, Name});
    Column->ColumnOwnerSlot = ColumnOwners.size();
  }
  /// The table a foreign key of \p From names, or -1: one of From's
  /// MetaData where it has one of the name.
  int referencedTable(const ir::ForeignKey &FK, const TableInfo &From);
  /// Whether a foreign key of a table in \p From refers to one in \p To,
  /// or to a table the analysis does not know, which may be one.
  bool foreignKeyMayLink(llvm::ArrayRef<int> From, llvm::ArrayRef<int> To);
  /// One way foreign keys join two selectables: a constraint's columns,
  /// each as (referring table, column) and (referred table, column),
  /// sorted.
  using JoinWay = llvm::SmallVector<std::pair<std::pair<int, llvm::StringRef>,
                                              std::pair<int, llvm::StringRef>>,
                                    1>;
  /// The ways the foreign keys join a mapper's selectable to another's, as
  /// Join._join_condition finds them: the constraints between the mapper's
  /// own table (\p Local) and \p Right, else between its whole selectable
  /// (\p Left) and \p Right, those that join the same columns as one.
  /// With \p ForeignKeys, only their columns' foreign keys count, and of
  /// several constraints only those whose columns are all of them and no
  /// others; where none is, the ways found, which are ambiguous as well.
  /// None where a foreign key of the tables looked at refers to a table
  /// the analysis does not know, which may be another way.
  std::optional<llvm::SmallVector<JoinWay, 2>>
  joinWays(int Local, llvm::ArrayRef<int> Left, llvm::ArrayRef<int> Right,
           const std::vector<std::pair<int, std::string>> *ForeignKeys);
  /// The column a foreign key's \p Position-th column refers to: in a
  /// table made here, or one of TablesNotRun that none here has the name of.
  const ir::Column *referencedColumn(const ir::ForeignKey &FK,
                                     const TableInfo &From, size_t Position);
  /// By name: those the run makes too are passed over.
  llvm::StringMap<llvm::SmallVector<const ir::Table *, 1>> TablesNotRun;
  bool UseTablesNotRun = false;
  bool KeepColumnOwners = false;
  llvm::DenseSet<uint16_t> AppendingOwners;
  llvm::DenseMap<const Object *, std::string> KeptColumnOwners;
  llvm::StringMap<const Object *> KeptTableMetadata;
  llvm::StringMap<int> KeptInferredRounds;
  bool UndecidedReference = false;
  bool UndecidedTableKey = false;
  /// Mapped classes by qualified and by plain name, once all are mapped.
  /// The mapped classes by qualified and by short name: a string names a
  /// class of its own registry (RegistryOfClass).
  llvm::StringMap<llvm::SmallVector<ClassObj *, 1>> ClassesByName,
      ClassesByShortName;
  /// What tells a class's registry apart: its declarative base's registry
  /// (or the base), or the registry() that maps it.
  const Object *registryKeyOf(ClassObj *C);
  llvm::DenseMap<const ClassObj *, const Object *> RegistryOfClass;
  /// A deque, as Tables: mapping one class may evaluate code that maps
  /// others while the first one's MappedInfo is held by reference.
  std::deque<MappedInfo> Mapped;
  llvm::DenseMap<const ClassObj *, size_t> MappedIndex;
  /// Each MetaData's naming convention, as its last table read it.
  llvm::DenseMap<const InstanceObj *, std::shared_ptr<ir::NamingConvention>>
      Conventions;
  /// The callable tokens of each naming convention.
  llvm::DenseMap<const ir::NamingConvention *,
                 std::vector<std::pair<std::string, Object *>>>
      ConventionCallables;
  void computeConventionTokens(TableInfo &TI);
  llvm::DenseMap<const ClassObj *, InstanceObj *> BaseMetadata;
  /// Columns set on a class after it was mapped, for finish().
  struct LateColumn {
    ClassObj *Class;
    std::string Name;
    Object *Column;
    SrcLoc Where;
    uint32_t Attached;
  };
  std::vector<LateColumn> LateColumns;
  /// Indexes and check and unique constraints made outside any table,
  /// which SQLAlchemy attaches to the table of the columns they name.
  std::vector<InstanceObj *> StandaloneConstraints;
  /// Sequence(..., metadata=...) objects, in the order they were made, and
  /// those columns have as their default.
  std::vector<InstanceObj *> MetadataSequences;
  llvm::DenseSet<InstanceObj *> ColumnSequences;
  /// The constraint objects each table has: one appended again (or listed
  /// twice) is the table's once, as in SQLAlchemy's set of them.
  llvm::DenseSet<std::pair<const InstanceObj *, const TableInfo *>>
      AttachedConstraints;
  std::vector<ClassObj *> Created;
  /// Counts mapClass() calls: columns a later mapping adds (single-table
  /// subclasses) come after the earlier ones.
  unsigned MappingGroup = 0;
  /// The Serial of each object SQLAlchemy's creation counter
  /// (util.set_creation_order) has counted so far, in order: Columns,
  /// constraints and ORM properties the models make, and the primary key,
  /// foreign key constraints and column properties a table and its mapper
  /// make. A column's _creation_order set in the models is a place in it.
  std::vector<uint32_t> CreationSerials;
  void countCreations(size_t N) {
    CreationSerials.resize(CreationSerials.size() + N, H.lastSerial());
  }
  bool countsCreation(ClassObj *C);
  /// What 1.4 orders a declarative table's column by: when its Column
  /// object was made, or the _creation_order the models gave it.
  uint32_t creationOrderKey(const InstanceObj *Column);
  /// The models use an API that only SQLAlchemy 2.0 has (DeclarativeBase,
  /// mapped_column): 2.0's column order applies, else 1.4's.
  bool Uses20Api = false;
  /// The release given or declared ("1.4", "2.0"); empty: guessed from
  /// Uses20Api.
  std::string Version;
  std::string VersionSource;
  std::string OlderRelease;
  /// The type_annotation_map in force for the class being mapped.
  DictObj *TypeMap = nullptr;
  struct PendingRelationship {
    size_t Mapped;
    InstanceObj *Rel;
    std::string Name;
    Object *Annotation;
    SrcLoc Where;
    /// Once resolved: the target's index into Mapped, and the secondary
    /// table's into Tables; -1 where not known.
    int Target = -1;
    int Secondary = -1;
  };
  /// Kept until computed attributes are resolved: any() and has() read a
  /// relationship's join condition.
  std::vector<PendingRelationship> Relationships;
  /// The backrefs made: the class given the relationship (index into
  /// Mapped), its name, the forward relationship (into Relationships) and
  /// the backref()'s keywords, or null.
  struct MadeBackref {
    size_t Owner;
    std::string Name;
    size_t Forward;
    InstanceObj *Options;
  };
  std::vector<MadeBackref> MadeBackrefs;
  /// composite(): its columns join the class's table, named and typed by
  /// the composite class's attributes where they say nothing themselves.
  void mapCompositeColumns(TableInfo &TI, InstanceObj *Composite,
                           llvm::StringRef Key, Object *Annotation,
                           SrcLoc Where,
                           llvm::function_ref<void(Object *)> Declared);
  void resolveRelationships();
  ClassObj *resolveClassReference(Object *Arg, ClassObj *Owner, SrcLoc Where,
                                  std::string &Name);
  std::vector<std::string> columnNamesOf(Object *Arg, SrcLoc Where);
  /// The attach listeners of a column's type, as the column takes it.
  void typeAttached(InstanceObj *Column);
  void typeAttached(Object *Type, InstanceObj *Column, SrcLoc Where);
  /// The registry's type_annotation_map's type for the annotation as
  /// written, else for what it annotates; null where it has none.
  Object *mappedType(llvm::ArrayRef<Object *> Candidates, DictObj *Map);
  /// A relationship() argument as the mappers configure it: a lambda
  /// called (it may name later classes), a string evaluated.
  Object *configuredArgument(InstanceObj *Rel, llvm::StringRef Key,
                             const MappedInfo &Owner, SrcLoc Where);
  /// A relationship argument written as a string, evaluated as SQLAlchemy
  /// does when mappers configure.
  Object *evalRelationshipString(llvm::StringRef Argument, const StrObj *Text,
                                 const MappedInfo &Owner, SrcLoc Where);
  /// What a name in a relationship()'s string argument is to SQLAlchemy's
  /// resolver: a class of the owner's registry, a table of its MetaData
  /// (with its index), a name of sqlalchemy; null Value if none.
  struct RegistryName {
    Object *Value;
    int Table;
  };
  RegistryName resolveRegistryName(llvm::StringRef Name,
                                   const MappedInfo &Owner, SrcLoc Where);
  bool resolverKnowsName(llvm::StringRef Name, const MappedInfo &Owner);
  /// Names and attributes a relationship's (or a backref's, \p Options)
  /// string arguments read that SQLAlchemy will not find, reported.
  void checkRelationshipStrings(const MappedInfo &Owner, InstanceObj *Options,
                                llvm::StringRef Name, SrcLoc Where);
  /// A relationship()'s string argument parsed, once: its expression, or
  /// null (said once) where it is no Python expression.
  const ast::Expression *parseRelationshipString(llvm::StringRef Argument,
                                                 const StrObj *Text,
                                                 SrcLoc Where);
  llvm::DenseMap<const StrObj *, const ast::Expression *> ParsedStrings;
  ModuleObj *ResolverModule = nullptr;
  std::vector<std::unique_ptr<SourceFile>> StringArgumentSources;
  std::vector<parse::ParsedFile> StringArgumentTrees;
  bool isManyToOne(const MappedInfo &Owner, const MappedInfo &Target,
                   InstanceObj *Rel, SrcLoc Where);

  /// A column as (index into Tables, column name).
  using TableColumn = std::pair<int, std::string>;
  /// A column_property of an expression, a hybrid or a synonym of a mapped
  /// class, with the columns it reads once resolved.
  struct PendingComputed {
    size_t Mapped = 0;
    ir::ComputedAttribute::KindType Kind =
        ir::ComputedAttribute::ColumnProperty;
    std::string Name;
    Object *Value = nullptr;
    SrcLoc Where;
    /// The columns it reads itself, and (indexes into Computed) the
    /// computed attributes it reads.
    std::set<TableColumn> Reads;
    std::set<size_t> Through;
  };
  std::vector<PendingComputed> Computed;
  /// (mapped class, attribute name) to its entry in Computed.
  std::map<std::pair<size_t, std::string>, size_t> ComputedIndex;
  /// A column_property's object to its entries in Computed: another's
  /// expression reads it as that attribute.
  llvm::DenseMap<const Object *, llvm::SmallVector<size_t, 1>> ComputedByValue;
  /// The functions being read, innermost last: a method that calls itself
  /// is read once.
  std::vector<const FunctionObj *> FunctionsRead;
  /// Finds the computed attributes of every mapped class, resolves what
  /// they read and stores them in each MappedInfo.
  void resolveComputedAttributes();
  void resolveComputed(size_t Index);
  /// Adds what the attribute \p Name of mapped class \p Owner reads to
  /// \p P's reads: a column, another computed attribute, or what a method
  /// or property of the class reads.
  /// \p Criterion: the attribute is read as `cls.attr.any(...)` or
  /// `.has(...)`, that call; \p Then: what is read of its value
  /// (AttributeReads::Read::Then).
  void readAttribute(PendingComputed &P, size_t Owner, llvm::StringRef Name,
                     bool IsColumnKey, SrcLoc At,
                     const ast::Call *Criterion = nullptr,
                     llvm::ArrayRef<llvm::StringRef> Then = {});
  /// What a read of relationship \p Rel of mapped class \p Owner reads:
  /// its join condition, which loading it and `cls.rel.any(...)` /
  /// `.has(...)` (\p Criterion) render, and then what is read of the
  /// target (\p Then, or the keywords of the criterion).
  void readThroughRelationship(PendingComputed &P, size_t Owner,
                               const ir::Relationship &Rel,
                               const ast::Call *Criterion,
                               llvm::ArrayRef<llvm::StringRef> Then, SrcLoc At);
  /// (Mapped index, name) of each relationship to its entry: one of
  /// Relationships, or (with the high bit) of MadeBackrefs. Made when first
  /// needed.
  std::map<std::pair<size_t, llvm::StringRef>, size_t> RelationshipsByName;
  /// What a function (a hybrid's getter or expression, a method they call)
  /// reads of its first parameter, taken as mapped class \p Owner, and of
  /// the mapped classes it names.
  /// \p SqlExpression: a hybrid's .expression function, which SQLAlchemy
  /// runs to build the SQL expression.
  void readFunction(PendingComputed &P, size_t Owner, Object *Function,
                    bool SqlExpression = false);
  /// The columns a SQL expression is built from, into \p P's reads; the
  /// first part the analysis cannot see into into \p Unknown.
  void readExpression(PendingComputed &P, Object *O,
                      llvm::SmallPtrSetImpl<Object *> &Seen, Object *&Unknown);
};

} // namespace schemac::sema

#endif
