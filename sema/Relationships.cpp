//===- Relationships.cpp - relationship() targets, backrefs, uselist ------===//
//
// Resolved once every class is mapped, as SQLAlchemy configures mappers: the
// target from the argument (a class, a name in the registry, a lambda) or
// the Mapped[...] annotation; backref= adds the reverse relationship to the
// target; uselist follows the annotation or, without one, the direction
// the foreign keys give (remote_side for self-referential ones).
//
//===----------------------------------------------------------------------===//

#include "sema/Declarative.h"
#include "sema/MappedAnnotation.h"

#include "parser/AstVisit.h"
#include "parser/Parser.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <tuple>

namespace schemac::sema {

const ast::Expression *
DeclarativeAnalyzer::parseRelationshipString(llvm::StringRef Argument,
                                             const StrObj *Text, SrcLoc Where) {
  auto [It, New] = ParsedStrings.try_emplace(Text, nullptr);
  if (!New)
    return It->second;
  // eval() takes the text without its leading blanks.
  auto File = SourceFile::fromBytes(llvm::StringRef(Text->Value).ltrim(" \t"),
                                    "<relationship argument>");
  DiagnosticEngine Diags(*File);
  parse::ParsedFile Parsed = parse::parseFile(*File, Diags);
  if (Diags.errorCount() || Parsed.Module->body.size() != 1 ||
      !isa<ast::Expr>(Parsed.Module->body[0])) {
    E.report(Where, DiagId::RelationshipStringSyntax, Argument, Text->Value);
    return nullptr;
  }
  It->second = cast<ast::Expr>(Parsed.Module->body[0])->value;
  // Objects made from the tree may point into it: it lives as long as the
  // analysis.
  StringArgumentSources.push_back(std::move(File));
  StringArgumentTrees.push_back(std::move(Parsed));
  return It->second;
}

Object *DeclarativeAnalyzer::evalRelationshipString(llvm::StringRef Argument,
                                                    const StrObj *Text,
                                                    const MappedInfo &Owner,
                                                    SrcLoc Where) {
  const ast::Expression *Expr = parseRelationshipString(Argument, Text, Where);
  if (!Expr)
    return H.unknown(Text->Value, "not a Python expression", Where);
  // The names as SQLAlchemy's resolver has them when mappers configure
  // (orm/clsregistry.py): the registry's classes, the MetaData's tables,
  // then the sqlalchemy package with foreign() and remote().
  llvm::SmallVector<llvm::StringRef, 8> Read;
  ast::forEachNode(Expr, [&](const ast::Node *N) {
    if (auto *Name = dyn_cast<ast::Name>(N);
        Name && !llvm::is_contained(Read, Name->id))
      Read.push_back(Name->id);
    return true;
  });
  Namespace Names;
  for (llvm::StringRef Name : Read)
    if (Object *Value = resolveRegistryName(Name, Owner, Where).Value)
      Names[Name] = {Value, Where};
  // Not the class's module: SQLAlchemy evaluates in its own (and the
  // tree's offsets are not the file's, so nothing is reported from it).
  if (!ResolverModule) {
    ResolverModule = H.make<ModuleObj>();
    ResolverModule->Name = "sqlalchemy.orm.clsregistry";
  }
  Scope S;
  S.Module = ResolverModule;
  S.Locals = &Names;
  return E.eval(Expr, S);
}

/// "module.Name": how a registry knows a class by its module's path
/// (cls.__module__ and __name__; a class made in a function too).
static std::string registryPath(const ClassObj *C) {
  auto Module = C->Dict.find("__module__");
  if (Module != C->Dict.end())
    if (auto *M = dyn_cast<StrObj>(Module->second.Value))
      return M->Value + "." + C->Name;
  return C->QualName;
}

ClassObj *DeclarativeAnalyzer::resolveClassReference(Object *Arg,
                                                     ClassObj *Owner,
                                                     SrcLoc Where,
                                                     std::string &Name) {
  if (auto *F = dyn_cast_or_null<FunctionObj>(Arg)) {
    CallArgs None;
    Arg = E.call(F, None, Where);
  }
  // The Mapper that map_imperatively() returned stands for its class.
  if (auto *I = dyn_cast_or_null<InstanceObj>(Arg);
      I && isA(I, "sqlalchemy.orm.mapper.Mapper"))
    Arg = I->arg("class_");
  if (auto *C = dyn_cast_or_null<ClassObj>(Arg))
    return C;
  if (auto *S = dyn_cast_or_null<StrObj>(Arg))
    Name = S->Value;
  else if (auto *U = dyn_cast_or_null<UnknownObj>(Arg))
    Name = U->Name;
  if (Name.empty())
    return nullptr;
  // The owner's registry knows classes by name, or by module-qualified
  // name; another registry's are not found.
  if (ClassesByName.empty())
    for (MappedInfo &M : Mapped) {
      RegistryOfClass[M.Class] = registryKeyOf(M.Class);
      ClassesByName[registryPath(M.Class)].push_back(M.Class);
      ClassesByShortName[M.Class->Name].push_back(M.Class);
    }
  auto Known = RegistryOfClass.find(Owner);
  const Object *Registry =
      Known != RegistryOfClass.end() ? Known->second : registryKeyOf(Owner);
  auto InRegistry = [&](llvm::StringMap<llvm::SmallVector<ClassObj *, 1>> &Map,
                        llvm::StringRef Key) {
    llvm::SmallVector<ClassObj *, 1> Found;
    auto It = Map.find(Key);
    if (It != Map.end())
      for (ClassObj *C : It->second)
        if (RegistryOfClass.lookup(C) == Registry)
          Found.push_back(C);
    return Found;
  };
  if (auto Found = InRegistry(ClassesByName, Name); !Found.empty())
    return Found.front();
  llvm::StringRef Short = llvm::StringRef(Name).rsplit('.').second;
  if (Short.empty())
    Short = Name;
  auto Found = InRegistry(ClassesByShortName, Short);
  if (Found.size() > 1) {
    std::vector<std::string> Names;
    for (ClassObj *C : Found)
      Names.push_back(C->QualName);
    E.report(Where, DiagId::AmbiguousClassName, Name, llvm::join(Names, ", "),
             Found.front()->QualName);
  }
  return Found.empty() ? nullptr : Found.front();
}

/// Column names that a remote_side / foreign_keys argument names: Column
/// objects, "Class.attr" strings, or lists of them.
std::vector<std::string> DeclarativeAnalyzer::columnNamesOf(Object *Arg,
                                                            SrcLoc Where) {
  std::vector<std::string> Out;
  if (!Arg || isa<NoneObj>(Arg))
    return Out;
  if (auto *F = dyn_cast<FunctionObj>(Arg)) {
    CallArgs None;
    Arg = E.call(F, None, Where);
  }
  std::vector<Object *> Items;
  if (auto *S = dyn_cast<SequenceObj>(Arg))
    Items = S->Elements;
  else
    Items.push_back(Arg);
  for (Object *Item : Items) {
    if (auto *S = dyn_cast<StrObj>(Item)) {
      // "Class.attr" or "[Class.a, Class.b]" as a string.
      llvm::StringRef Text = llvm::StringRef(S->Value).trim("[] ");
      llvm::SmallVector<llvm::StringRef, 4> Parts;
      Text.split(Parts, ',');
      for (llvm::StringRef P : Parts)
        Out.push_back(P.trim().rsplit('.').second.str());
      continue;
    }
    if (const ColumnPlace *Owner = columnOwner(Item))
      Out.push_back(Owner->Name.str());
  }
  return Out;
}

/// The expressions a primaryjoin marks with remote() or foreign().
/// The class a relationship's Mapped["..."] names where the whole argument
/// is one string SQLAlchemy evaluates: Mapped["Optional[Profile]"],
/// Mapped["Profile | None"], Mapped["list[Item]"] (\p Collection then), or
/// "" where it is not one of those.
static std::string classInAnnotationText(llvm::StringRef Text,
                                         bool &Collection) {
  llvm::StringRef T = Text.trim();
  for (unsigned Depth = 0; Depth < 8; ++Depth) {
    if (T.size() >= 2 && (T.front() == '"' || T.front() == '\'') &&
        T.back() == T.front()) {
      T = T.drop_front().drop_back().trim();
      continue;
    }
    if (T.contains('|') && !T.contains('[')) {
      llvm::SmallVector<llvm::StringRef, 3> Parts;
      T.split(Parts, '|');
      llvm::StringRef Kept;
      unsigned Classes = 0;
      for (llvm::StringRef P : Parts)
        if (P.trim() != "None")
          Kept = P.trim(), ++Classes;
      if (Classes != 1)
        return "";
      T = Kept;
      continue;
    }
    llvm::StringRef Inner = T;
    bool Unwrapped = false;
    for (llvm::StringRef Form :
         {"Optional[", "typing.Optional[", "list[", "List[", "typing.List[",
          "set[", "Set[", "typing.Set[", "Mapped[", "WriteOnlyMapped[",
          "DynamicMapped["})
      if (Inner.consume_front(Form) && Inner.consume_back("]")) {
        Collection |= Form.contains_insensitive("list[") ||
                      Form.contains_insensitive("set[");
        T = Inner.trim();
        Unwrapped = true;
        break;
      }
    if (!Unwrapped)
      break;
  }
  bool Dotted = !T.empty() && llvm::all_of(T, [](char C) {
    return llvm::isAlnum(C) || C == '_' || C == '.';
  });
  return Dotted && T != Text ? T.str() : "";
}

static void annotatedElements(Object *Expr, llvm::StringRef Annotation,
                              std::vector<Object *> &Out, int Depth = 0) {
  auto *I = dyn_cast_or_null<InstanceObj>(Expr);
  if (!I || Depth > 16)
    return;
  if (I->Class->QualName == "sqlalchemy.orm._SchemacAnnotated") {
    auto *Kind = dyn_cast_or_null<StrObj>(I->arg("annotation"));
    if (Kind && Kind->Value == Annotation)
      Out.push_back(I->arg("element"));
    return;
  }
  for (auto &[Name, Arg] : I->Args)
    annotatedElements(Arg, Annotation, Out, Depth + 1);
  for (Object *Arg : I->Rest)
    annotatedElements(Arg, Annotation, Out, Depth + 1);
}

/// The column comparisons (Child.parent_id == Parent.id) of a join
/// condition, however deep in and_() / or_().
static void columnComparisons(Object *Expr,
                              std::vector<std::pair<Object *, Object *>> &Out,
                              int Depth = 0) {
  auto *I = dyn_cast_or_null<InstanceObj>(Expr);
  if (!I || Depth > 16)
    return;
  if (I->Class->QualName == "sqlalchemy.sql.expression.BinaryExpression") {
    Out.emplace_back(I->arg("left"), I->arg("right"));
    return;
  }
  for (auto &[Name, Arg] : I->Args)
    columnComparisons(Arg, Out, Depth + 1);
  for (Object *Arg : I->Rest)
    columnComparisons(Arg, Out, Depth + 1);
}

Object *DeclarativeAnalyzer::configuredArgument(InstanceObj *Rel,
                                                llvm::StringRef Key,
                                                const MappedInfo &Owner,
                                                SrcLoc Where) {
  Object *Arg = Rel->arg(Key);
  if (auto *F = dyn_cast_or_null<FunctionObj>(Arg)) {
    CallArgs None;
    return E.call(F, None, Where);
  }
  if (auto *Text = dyn_cast_or_null<StrObj>(Arg))
    return evalRelationshipString(Key, Text, Owner, Where);
  return Arg;
}

/// What a configured foreign_keys= gives: a list's items, or the one value;
/// none for None.
static std::vector<Object *> foreignKeysItems(Object *Configured) {
  if (auto *Seq = dyn_cast_or_null<SequenceObj>(Configured))
    return Seq->Elements;
  if (Configured && !isa<NoneObj>(Configured))
    return {Configured};
  return {};
}

bool DeclarativeAnalyzer::isManyToOne(const MappedInfo &Owner,
                                      const MappedInfo &Target,
                                      InstanceObj *Rel, SrcLoc Where) {
  if (Owner.Table < 0 || Target.Table < 0)
    return false;
  const ir::Table &Mine = Tables[Owner.Table].Table;
  const ir::Table &Theirs = Tables[Target.Table].Table;
  Object *Join = configuredArgument(Rel, "primaryjoin", Owner, Where);
  // The columns the primaryjoin marks, with their tables.
  auto Marked = [&](llvm::StringRef Annotation) {
    std::vector<Object *> Elements;
    annotatedElements(Join, Annotation, Elements);
    // The columns of what is marked: a column, or the columns an
    // expression reads (foreign(cast(Child.ref, Integer))).
    std::vector<const ColumnPlace *> Out;
    for (Object *Element : Elements)
      forEachOperand(Element, [&](Object *O) {
        const ColumnPlace *Place = columnOwner(O);
        if (Place)
          Out.push_back(Place);
        return !Place;
      });
    return Out;
  };
  if (Owner.Table == Target.Table) {
    // Self-referential: one-to-many unless remote_side, or remote() in the
    // primaryjoin, names the referenced (primary key) side.
    std::vector<std::string> Remote =
        columnNamesOf(Rel->arg("remote_side"), Where);
    for (const ColumnPlace *Place : Marked("remote"))
      Remote.push_back(Place->Name.str());
    // Columns marked foreign(): many-to-one where one of them is on the
    // local side, not a remote one (_determine_direction's
    // manytoone_local), whatever foreign keys the table has.
    std::vector<const ColumnPlace *> Foreign = Marked("foreign");
    if (!Foreign.empty() && !Remote.empty())
      return llvm::any_of(Foreign, [&](const ColumnPlace *F) {
        return !llvm::is_contained(Remote, F->Name.str());
      });
    return llvm::any_of(Remote, [&](const std::string &C) {
      return llvm::any_of(Mine.ForeignKeys, [&](const ir::ForeignKey &FK) {
        return FK.RefTable == Mine.Name && llvm::is_contained(FK.RefColumns, C);
      });
    });
  }
  // The foreign_keys= columns with their tables, as SQLAlchemy evaluates a
  // string of them ("Service.host" is the target's column, though this
  // table has a host too): by name only where one is not found.
  std::vector<std::string> Foreign;
  Object *Given = configuredArgument(Rel, "foreign_keys", Owner, Where);
  std::vector<Object *> Items = foreignKeysItems(Given);
  for (Object *Item : Items)
    if (const ColumnPlace *Place = columnOwner(Item))
      Foreign.push_back(Place->Table == Owner.Table ? Place->Name.str()
                                                    : std::string("\x1f"));
  // Else by name: the string's own text where it did not evaluate.
  if (Foreign.size() != Items.size()) {
    Object *Written = Rel->arg("foreign_keys");
    Foreign = columnNamesOf(isa<StrObj>(Written) ? Written : Given, Where);
  }
  // A foreign() column of another table (Child.code, where both tables
  // have a code) is none of this table's: a name no column of it has.
  for (const ColumnPlace *Place : Marked("foreign"))
    Foreign.push_back(Place->Table == Owner.Table ? Place->Name.str()
                                                  : std::string("\x1f"));
  if (!Foreign.empty())
    return llvm::all_of(Foreign, [&](const std::string &C) {
      return Mine.findColumn(C) != nullptr;
    });
  // Without either, the foreign columns are those of the primaryjoin's
  // comparisons whose foreign key refers to the other side's column
  // (_annotate_present_fks): where they are all this table's, the
  // relationship is many-to-one; all the target's, one-to-many -- whatever
  // other foreign keys the two tables have to each other.
  std::vector<std::pair<Object *, Object *>> Comparisons;
  columnComparisons(Join, Comparisons);
  bool LocalForeign = false, RemoteForeign = false;
  auto Refers = [&](const ColumnPlace &From, const ColumnPlace &To) {
    const ir::Table &F = Tables[From.Table].Table, &T = Tables[To.Table].Table;
    return llvm::any_of(F.ForeignKeys, [&](const ir::ForeignKey &FK) {
      if (FK.RefTable != T.Name || FK.RefSchema != T.Schema)
        return false;
      for (size_t K = 0; K < FK.Columns.size() && K < FK.RefColumns.size(); ++K)
        if (FK.Columns[K] == From.Name && FK.RefColumns[K] == To.Name)
          return true;
      return false;
    });
  };
  for (auto &[Left, Right] : Comparisons) {
    const ColumnPlace *L = columnOwner(Left), *R = columnOwner(Right);
    if (!L || !R)
      continue;
    for (auto [From, To] : {std::pair(L, R), std::pair(R, L)})
      if (Refers(*From, *To)) {
        LocalForeign |= From->Table == Owner.Table;
        RemoteForeign |= From->Table == Target.Table;
      }
  }
  if (LocalForeign != RemoteForeign)
    return LocalForeign;
  return llvm::any_of(Mine.ForeignKeys, [&](const ir::ForeignKey &FK) {
    return FK.RefTable == Theirs.Name;
  });
}

void DeclarativeAnalyzer::checkBackPopulates(const MappedInfo &Owner,
                                             const MappedInfo &Target,
                                             llvm::StringRef Name,
                                             llvm::StringRef Names,
                                             SrcLoc Where) {
  // Mapper.get_property(): the target's relationships and those it
  // inherits, backrefs made for it included.
  for (const MappedInfo *M = &Target; M;
       M = M->Inherits ? mappedInfo(M->Inherits) : nullptr)
    if (llvm::any_of(M->Relationships, [&](const ir::Relationship &R) {
          return R.Name == Names;
        }))
      return;
  // Anything of that name, or a class not all in view, may be it.
  ClassObj *C = Target.Class;
  if (C->lookup(Names) || C->partlyUnseen())
    return;
  E.report(Where, DiagId::BackPopulatesNotFound, Name.str(), Owner.Class->Name,
           Names.str(), C->Name);
}

void DeclarativeAnalyzer::checkJoinCondition(const InferredJoin &J) {
  const MappedInfo &Owner = Mapped[J.Owner];
  // A mapper's selectable: its table, and under joined inheritance its
  // parents' tables joined to it.
  llvm::SmallVector<int, 4> OwnerTables, TargetTables;
  bool Unseen = J.Secondary >= 0 && Tables[J.Secondary].ColumnsUnknown;
  if (!mapperSelectable(Owner, OwnerTables, Unseen) ||
      !mapperSelectable(*J.Target, TargetTables, Unseen) || Unseen)
    return;
  // Whether it reported: the first join that fails is what SQLAlchemy
  // raises for.
  auto Check = [&](llvm::ArrayRef<int> Left, llvm::ArrayRef<int> Right) {
    std::optional<llvm::SmallVector<JoinWay, 2>> Ways = joinWays(
        Left.front(), Left, Right, J.ForeignKeys ? &*J.ForeignKeys : nullptr);
    if (!Ways || Ways->size() == 1)
      return false;
    bool Named = J.ForeignKeys.has_value();
    if (Ways->empty()) {
      if (J.Secondary < 0)
        E.report(J.Where,
                 Named ? DiagId::NoForeignKeysJoinCondition
                       : DiagId::NoJoinCondition,
                 J.Name, Owner.Class->Name, Tables[Left.front()].Table.Name,
                 Tables[Right.front()].Table.Name);
      else
        E.report(J.Where,
                 Named ? DiagId::NoForeignKeysSecondaryJoinCondition
                       : DiagId::NoSecondaryJoinCondition,
                 J.Name, Owner.Class->Name, Tables[Left.front()].Table.Name,
                 Tables[J.Secondary].Table.qualifiedName());
      return true;
    }
    // Each way as "table.column -> table.column" pairs.
    auto Name = [&](const std::pair<int, llvm::StringRef> &C) {
      return Tables[C.first].Table.qualifiedName() + "." + C.second.str();
    };
    std::vector<std::string> Described;
    for (const JoinWay &W : *Ways) {
      std::vector<std::string> Pairs;
      for (const auto &[Column, Referred] : W)
        Pairs.push_back(Name(Column) + " -> " + Name(Referred));
      Described.push_back(llvm::join(Pairs, ", "));
    }
    if (J.Secondary < 0)
      E.report(J.Where,
               Named ? DiagId::AmbiguousForeignKeysJoinCondition
                     : DiagId::AmbiguousJoinCondition,
               J.Name, Owner.Class->Name, llvm::join(Described, "; "));
    else
      E.report(J.Where,
               Named ? DiagId::AmbiguousForeignKeysSecondaryJoinCondition
                     : DiagId::AmbiguousSecondaryJoinCondition,
               J.Name, Owner.Class->Name,
               Tables[J.Secondary].Table.qualifiedName(),
               llvm::join(Described, "; "));
    return true;
  };
  if (J.Secondary < 0) {
    Check(OwnerTables, TargetTables);
    return;
  }
  // _determine_joins: the secondaryjoin first.
  const int SecondaryTables[] = {J.Secondary};
  if (!J.SecondaryJoinGiven && Check(TargetTables, SecondaryTables))
    return;
  if (!J.PrimaryJoinGiven)
    Check(OwnerTables, SecondaryTables);
}

bool DeclarativeAnalyzer::mapperSelectable(const MappedInfo &M,
                                           llvm::SmallVectorImpl<int> &Out,
                                           bool &Unseen) {
  for (const MappedInfo *K = &M; K;) {
    if (K->Table < 0 || K->AbstractConcrete)
      return false;
    if (!llvm::is_contained(Out, K->Table))
      Out.push_back(K->Table);
    Unseen |= Tables[K->Table].ColumnsUnknown || K->Class->partlyUnseen();
    if (K->Inheritance == "concrete" || !K->Inherits)
      break;
    K = mappedInfo(K->Inherits);
  }
  return true;
}

std::optional<llvm::SmallVector<DeclarativeAnalyzer::JoinWay, 2>>
DeclarativeAnalyzer::joinWays(
    int Local, llvm::ArrayRef<int> Left, llvm::ArrayRef<int> Right,
    const std::vector<std::pair<int, std::string>> *ForeignKeys) {
  auto Considered = [&](int Table, llvm::StringRef Column) {
    return llvm::any_of(*ForeignKeys, [&](const auto &F) {
      return F.first == Table && F.second == Column;
    });
  };
  const int LocalTables[] = {Local};
  llvm::SmallVector<JoinWay, 2> Ways;
  // With foreign_keys=, each constraint's way over all its columns, and
  // whether those are foreign_keys' columns and no others.
  llvm::SmallVector<std::pair<JoinWay, bool>, 2> Constraints;
  for (llvm::ArrayRef<int> From : {llvm::ArrayRef<int>(LocalTables), Left}) {
    bool Unknown = false;
    // _joincond_scan_left_right: the foreign keys of \p Referring's
    // tables that refer to a table of \p Referred.
    auto Scan = [&](llvm::ArrayRef<int> Referring,
                    llvm::ArrayRef<int> Referred) {
      for (int T : Referring)
        for (const ir::ForeignKey &FK : Tables[T].Table.ForeignKeys) {
          int Ref = referencedTable(FK, Tables[T]);
          Unknown |= Ref < 0;
          if (Ref < 0 || !llvm::is_contained(Referred, Ref))
            continue;
          JoinWay W, Whole;
          for (size_t I = 0; I < FK.Columns.size() && I < FK.RefColumns.size();
               ++I) {
            Whole.push_back({{T, FK.Columns[I]}, {Ref, FK.RefColumns[I]}});
            if (!ForeignKeys || Considered(T, FK.Columns[I]))
              W.push_back(Whole.back());
          }
          if (W.empty())
            continue;
          llvm::sort(W);
          if (ForeignKeys) {
            llvm::sort(Whole);
            bool AllOfThem =
                W.size() == Whole.size() && W.size() == ForeignKeys->size();
            Constraints.push_back({std::move(Whole), AllOfThem});
          }
          if (!llvm::is_contained(Ways, W))
            Ways.push_back(std::move(W));
        }
    };
    Scan(Right, From);
    // A selectable joined to itself is scanned once (`left is not b`).
    bool Same = From.size() == Right.size() && llvm::all_of(From, [&](int T) {
                  return llvm::is_contained(Right, T);
                });
    if (!Same)
      Scan(From, Right);
    if (Unknown)
      return std::nullopt;
    if (!Ways.empty())
      break;
  }
  // _joincond_trim_constraints: of several constraints, those whose columns
  // are foreign_keys' own; then one way if they all join alike. Where none
  // is left, SQLAlchemy raises as for several: they are the ways, whole.
  if (ForeignKeys && Constraints.size() > 1) {
    llvm::SmallVector<JoinWay, 2> Kept, All;
    for (auto &[Whole, AllOfThem] : Constraints) {
      if (AllOfThem && !llvm::is_contained(Kept, Whole))
        Kept.push_back(Whole);
      All.push_back(Whole);
    }
    return Kept.empty() ? All : Kept;
  }
  return Ways;
}

int DeclarativeAnalyzer::secondaryTable(
    Object *Secondary, const MappedInfo &Owner,
    llvm::DenseMap<const Object *, int> &TableOfObject) {
  if (auto *S = dyn_cast_or_null<StrObj>(Secondary)) {
    // The owner's MetaData's table of that key ("schema.table" or a name).
    InstanceObj *Metadata =
        Owner.Table >= 0 ? Tables[Owner.Table].Metadata : nullptr;
    llvm::StringRef Name = llvm::StringRef(S->Value).rsplit('.').second;
    if (Name.empty())
      Name = S->Value;
    for (int TI : TablesByName.lookup(Name))
      if (Tables[TI].Metadata == Metadata &&
          Tables[TI].Table.qualifiedName() == S->Value)
        return TI;
    return -1;
  }
  if (!isa_and_nonnull<InstanceObj>(Secondary))
    return -1;
  if (TableOfObject.empty())
    for (size_t I = 0; I < Tables.size(); ++I)
      if (Tables[I].TableObject)
        TableOfObject.try_emplace(Tables[I].TableObject, I);
  auto It = TableOfObject.find(Secondary);
  return It != TableOfObject.end() ? It->second : -1;
}

void DeclarativeAnalyzer::resolveRelationships() {
  struct Backref {
    size_t Target;
    ir::Relationship Rel;
    InstanceObj *Options; ///< backref("name", **kw) keywords, or null.
    InstanceObj *Forward;
    size_t Owner;
    SrcLoc Where;
  };
  std::vector<Backref> Backrefs;
  // back_populates= given, to check once every relationship is known.
  struct BackPopulates {
    size_t Owner;
    const MappedInfo *Target;
    std::string Name, Names;
    SrcLoc Where;
  };
  std::vector<BackPopulates> Checks;
  std::vector<InferredJoin> Joins;
  // Secondary tables given as Table objects, by object.
  llvm::DenseMap<const Object *, int> TableOfObject;
  // Room for each class's relationships at once: a large project has tens
  // of thousands, and vectors grown one at a time keep a third spare.
  auto ReserveFor = [&](const auto &Items, auto ClassOf) {
    std::vector<unsigned> Count(Mapped.size());
    for (const auto &Item : Items)
      ++Count[ClassOf(Item)];
    for (size_t I = 0; I < Mapped.size(); ++I)
      if (Count[I])
        Mapped[I].Relationships.reserve(Mapped[I].Relationships.size() +
                                        Count[I]);
  };
  ReserveFor(Relationships,
             [](const PendingRelationship &P) { return P.Mapped; });
  // By index and by value: a target given as a lambda, a secondary or a
  // primaryjoin may map more classes, with relationships of their own.
  for (size_t K = 0; K < Relationships.size(); ++K) {
    PendingRelationship P = Relationships[K];
    MappedInfo &Owner = Mapped[P.Mapped];
    Heap::OwnerScope ClassModule(H, Owner.Class->Owner);
    Evaluator::BudgetScope Budget(E, P.Where);
    ir::Relationship R;
    R.Name = P.Name;
    R.Where = irLoc(P.Where);
    MappedAnnotation Ann = analyzeMappedAnnotation(P.Annotation);
    Object *Arg = P.Rel->arg("argument");
    if ((!Arg || isa<NoneObj>(Arg)) && Ann.IsMapped) {
      Arg = Ann.Target;
      if (auto *Text = dyn_cast_or_null<StrObj>(Arg)) {
        bool Collection = false;
        std::string Class = classInAnnotationText(Text->Value, Collection);
        if (!Class.empty()) {
          Arg = H.str(Class);
          Ann.IsCollection |= Collection;
        }
      }
    }
    std::string Name;
    ClassObj *Target = resolveClassReference(Arg, Owner.Class, P.Where, Name);
    const MappedInfo *TargetInfo = Target ? mappedInfo(Target) : nullptr;
    if (!TargetInfo)
      E.report(P.Where, DiagId::UnresolvedRelationshipTarget,
               Name.empty() ? std::string("<expression>") : Name, P.Name);
    else
      R.Target = Target->QualName;
    Object *Secondary = P.Rel->arg("secondary");
    if (auto *F = dyn_cast_or_null<FunctionObj>(Secondary)) {
      CallArgs None;
      Secondary = E.call(F, None, P.Where);
    }
    int SecondaryIndex = secondaryTable(Secondary, Owner, TableOfObject);
    if (SecondaryIndex >= 0) {
      R.Secondary = Tables[SecondaryIndex].Table.Name;
      R.SecondarySchema = Tables[SecondaryIndex].Table.Schema;
    } else if (auto *S = dyn_cast_or_null<StrObj>(Secondary)) {
      // "schema.table" is the MetaData's key of the table.
      R.Secondary = S->Value;
    } else if (auto *T = dyn_cast_or_null<InstanceObj>(Secondary)) {
      if (auto *N = dyn_cast_or_null<StrObj>(T->Attrs.lookup("name").Value))
        R.Secondary = N->Value;
    }
    auto Given = [&](llvm::StringRef Keyword) {
      Object *V = P.Rel->arg(Keyword);
      return V && !isa<NoneObj>(V);
    };
    // One foreign_keys= names that is not a column the analysis knows
    // leaves the join unchecked.
    bool JoinKnown = true;
    std::optional<std::vector<std::pair<int, std::string>>> ForeignKeys =
        givenForeignKeys(P.Rel, Owner, P.Where, JoinKnown);
    Relationships[K].Target =
        TargetInfo ? int(MappedIndex.lookup(TargetInfo->Class)) : -1;
    Relationships[K].Secondary = SecondaryIndex;
    if (TargetInfo && JoinKnown && !Given("primaryjoin") &&
        !Given("secondary")) {
      Joins.push_back({P.Mapped, TargetInfo, P.Name, P.Where});
      Joins.back().ForeignKeys = std::move(ForeignKeys);
    } else if (TargetInfo && JoinKnown && Given("secondary") &&
               !(Given("primaryjoin") && Given("secondaryjoin"))) {
      if (SecondaryIndex >= 0) {
        Joins.push_back({P.Mapped, TargetInfo, P.Name, P.Where, SecondaryIndex,
                         Given("primaryjoin"), Given("secondaryjoin")});
        Joins.back().ForeignKeys = std::move(ForeignKeys);
      }
    }
    if (auto *BP = dyn_cast_or_null<StrObj>(P.Rel->arg("back_populates"))) {
      R.BackPopulates = BP->Value;
      if (TargetInfo)
        Checks.push_back({P.Mapped, TargetInfo, P.Name, BP->Value, P.Where});
    }
    std::optional<std::string> BackrefName;
    InstanceObj *BackrefOptions = nullptr;
    if (Object *BR = P.Rel->arg("backref")) {
      if (auto *S = dyn_cast<StrObj>(BR)) {
        BackrefName = S->Value;
      } else if (auto *T = dyn_cast<SequenceObj>(BR);
                 T && !T->Elements.empty() && isa<StrObj>(T->Elements[0])) {
        BackrefName = cast<StrObj>(T->Elements[0])->Value;
        // backref() returns (name, kwargs); present the kwargs like a
        // relationship's so the same readers apply.
        if (T->Elements.size() > 1)
          if (auto *D = dyn_cast<DictObj>(T->Elements[1])) {
            BackrefOptions = H.make<InstanceObj>();
            BackrefOptions->Class = P.Rel->Class;
            for (auto &[K, V] : D->Items)
              if (auto *KS = dyn_cast<StrObj>(K))
                BackrefOptions->RestKeywords.emplace_back(internName(KS->Value),
                                                          V);
          }
      }
    }
    // Both given, and both truthy: backref="" is no backref to refuse.
    if (BackrefName && R.BackPopulates &&
        (!BackrefName->empty() || BackrefOptions)) {
      E.report(P.Where, DiagId::BackrefAndBackPopulates, P.Name,
               Owner.Class->Name);
      BackrefName.reset();
    }
    if (BackrefName)
      R.BackPopulates = BackrefName;
    Object *UseList = P.Rel->arg("uselist");
    if (UseList && !isa<NoneObj>(UseList) && truthValue(UseList) >= 0)
      R.UseList = truthValue(UseList) == 1;
    // Mapped[X] makes it scalar; Mapped[list[X]] only sets the collection
    // class, and the direction decides (declarative_scan, then _post_init).
    else if (Ann.IsMapped && !Ann.Candidates.empty() && !Ann.IsCollection &&
             !Ann.IsLoaderForm)
      R.UseList = false;
    else if (R.Secondary)
      R.UseList = true;
    else if (TargetInfo)
      R.UseList = !isManyToOne(Owner, *TargetInfo, P.Rel, P.Where);
    checkRelationshipOptions(
        Owner, P.Rel, P.Name, R.UseList,
        [&] {
          if (R.Secondary)
            return Direction::ManyToMany;
          if (!TargetInfo || Given("secondary") ||
              !directionKnown(Owner, *TargetInfo))
            return Direction::Unknown;
          return isManyToOne(Owner, *TargetInfo, P.Rel, P.Where)
                     ? Direction::ManyToOne
                     : Direction::OneToMany;
        },
        P.Where);
    if (BackrefName && TargetInfo) {
      ir::Relationship Back;
      Back.Name = *BackrefName;
      Back.Target = Owner.Class->QualName;
      Back.Secondary = R.Secondary;
      Back.SecondarySchema = R.SecondarySchema;
      Back.BackPopulates = P.Name;
      Back.Where = R.Where;
      Backrefs.push_back({MappedIndex[Target], Back, BackrefOptions, P.Rel,
                          P.Mapped, P.Where});
      MadeBackrefs.push_back(
          {MappedIndex[Target], *BackrefName, K, BackrefOptions});
    }
    Owner.Relationships.push_back(std::move(R));
  }
  ReserveFor(Backrefs, [](const Backref &B) { return B.Target; });
  for (Backref &B : Backrefs) {
    MappedInfo &Target = Mapped[B.Target];
    Object *UseList = B.Options ? B.Options->arg("uselist") : nullptr;
    if (UseList && !isa<NoneObj>(UseList) && truthValue(UseList) >= 0)
      B.Rel.UseList = truthValue(UseList) == 1;
    else if (B.Rel.Secondary)
      B.Rel.UseList = true;
    else if (Mapped[B.Owner].Table == Target.Table)
      // The reverse of a self-referential relationship: many-to-one when
      // its remote_side says so, else the opposite of the forward one.
      B.Rel.UseList = !(B.Options && isManyToOne(Target, Mapped[B.Owner],
                                                 B.Options, B.Where));
    else
      B.Rel.UseList = !isManyToOne(Target, Mapped[B.Owner], B.Forward, B.Where);
    if (B.Options) {
      MappedInfo &Forward = Mapped[B.Owner];
      checkRelationshipOptions(
          Target, B.Options, B.Rel.Name, B.Rel.UseList,
          [&] {
            if (B.Rel.Secondary)
              return Direction::ManyToMany;
            if (!directionKnown(Target, Forward))
              return Direction::Unknown;
            bool ManyToOne =
                Forward.Table == Target.Table
                    ? isManyToOne(Target, Forward, B.Options, B.Where)
                    : isManyToOne(Target, Forward, B.Forward, B.Where);
            return ManyToOne ? Direction::ManyToOne : Direction::OneToMany;
          },
          B.Where);
    }
    if (B.Options)
      checkRelationshipStrings(Target, B.Options, B.Rel.Name, B.Where);
    // _generate_backref leaves a concrete mapper to take it over what it
    // has.
    bool Concrete = Target.Inheritance == "concrete";
    if (!Concrete && hasMappedProperty(Target, B.Rel.Name)) {
      if (!Target.Class->partlyUnseen())
        E.report(B.Where, DiagId::BackrefNameTaken, B.Rel.Name,
                 *B.Rel.BackPopulates, Mapped[B.Owner].Class->Name,
                 propertyOwner(Target, B.Rel.Name)->Name);
    } else if (llvm::none_of(Target.Relationships,
                             [&](auto &R) { return R.Name == B.Rel.Name; })) {
      Target.Relationships.push_back(std::move(B.Rel));
    }
  }
  for (const PendingRelationship &P : Relationships)
    checkRelationshipStrings(Mapped[P.Mapped], P.Rel, P.Name, P.Where);
  for (const BackPopulates &B : Checks)
    checkBackPopulates(Mapped[B.Owner], *B.Target, B.Name, B.Names, B.Where);
  for (const InferredJoin &J : Joins)
    checkJoinCondition(J);
}

std::optional<std::vector<std::pair<int, std::string>>>
DeclarativeAnalyzer::givenForeignKeys(InstanceObj *Rel, const MappedInfo &Owner,
                                      SrcLoc Where, bool &Known) {
  // An empty list is SQLAlchemy's None.
  std::optional<std::vector<std::pair<int, std::string>>> ForeignKeys;
  Object *Given = Rel->arg("foreign_keys");
  if (!Given || isa<NoneObj>(Given))
    return ForeignKeys;
  for (Object *Item : foreignKeysItems(
           configuredArgument(Rel, "foreign_keys", Owner, Where))) {
    const ColumnPlace *Place = columnOwner(Item);
    if (!Place) {
      Known = false;
      return std::nullopt;
    }
    std::pair<int, std::string> Key(Place->Table, Place->Name.str());
    if (!ForeignKeys)
      ForeignKeys.emplace();
    if (!llvm::is_contained(*ForeignKeys, Key))
      ForeignKeys->push_back(std::move(Key));
  }
  return ForeignKeys;
}

} // namespace schemac::sema
