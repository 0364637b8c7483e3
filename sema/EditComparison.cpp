//===- EditComparison.cpp - The two runs of an edit compared -------------===//
//
// What other modules took from an edited module must be the same before and
// after the edit, object by object; the edited tables may differ only in
// what no other table, class or module reads.
//
//===----------------------------------------------------------------------===//

#include "sema/EditAnalyzer.h"

#include "ir/Compare.h"
#include "sema/ObjectComparison.h"

#include "llvm/ADT/DenseMap.h"

#include <set>

namespace schemac::sema {

bool EditAnalyzer::samePlace(SrcLoc A, SrcLoc B) const {
  if (!A.Unit || !B.Unit)
    return !A.Unit && !B.Unit;
  if (A.Unit->DisplayPath != B.Unit->DisplayPath)
    return false;
  auto Edit = Edits.find(ir::internFileName(A.Unit->DisplayPath).data());
  if (Edit == Edits.end())
    return A.Offset == B.Offset;
  return Edit->second.Move.offset(A.Offset) == B.Offset;
}

bool EditAnalyzer::mayPair(const Object *A, const Object *B) const {
  uint16_t Owner = A->Owner;
  if (Owner != B->Owner)
    return false;
  if (!Owner || Owner > Units.size() ||
      EditedPaths.count(Units[Owner - 1]->DisplayPath))
    return true;
  return OldPlace.lookup(A) == NewPlace.lookup(B);
}

ObjectComparison EditAnalyzer::comparison(const PartialRun &Old,
                                          const PartialRun &New) {
  // A Column object is the same only as the same table's column (or as
  // one of no table): ForeignKey(column) refers to that table.
  return ObjectComparison(
      EditedPaths, [this](SrcLoc A, SrcLoc B) { return samePlace(A, B); },
      [&Old, &New](const InstanceObj *A, const InstanceObj *B) {
        auto X = Old.Outcome.ColumnOwners.find(A),
             Y = New.Outcome.ColumnOwners.find(B);
        bool InA = X != Old.Outcome.ColumnOwners.end(),
             InB = Y != New.Outcome.ColumnOwners.end();
        return InA == InB && (!InA || X->second == Y->second);
      },
      [this](const Object *A, const Object *B) { return mayPair(A, B); });
}

bool EditAnalyzer::compareUses(const PartialRun &Old, const PartialRun &New,
                               size_t I) {
  const ModuleDependencies &D = Units[I]->Dependencies;
  if (D.UsedByOthers.empty())
    return true;
  const ModuleUnit *OldUnit = Old.Result.Units[I].get();
  const ModuleUnit *NewUnit = New.Result.Units[I].get();
  ModuleObj *OldModule = Old.module(OldUnit), *NewModule = New.module(NewUnit);
  llvm::StringMap<const ClassObj *> OldClasses, NewClasses;
  if (!OldModule || !NewModule || !Old.classes(OldUnit->OwnerId, OldClasses) ||
      !New.classes(NewUnit->OwnerId, NewClasses))
    return fail("the edited module's classes are not told apart");
  // The instances other modules took, as created in each run.
  std::vector<std::pair<uint32_t, uint32_t>> Instances;
  std::vector<std::pair<const Object *, const Object *>> Pairs;
  for (const auto &[Class, Name] : D.UsedByOthers) {
    // A comparison per use: within one, a pair assumed the same while it
    // is compared can only be wrong where the whole answer is no.
    ObjectComparison Compare = comparison(Old, New);
    bool Same;
    if (Class.empty() && Name == "*") {
      // A star import: every public name.
      auto Public = [](const ModuleObj *M) {
        std::vector<std::pair<llvm::StringRef, const Object *>> Out;
        for (const auto &[N, B] : M->Globals)
          if (!N.starts_with("_"))
            Out.emplace_back(N, B.Value);
        return Out;
      };
      auto X = Public(OldModule), Y = Public(NewModule);
      Same = X.size() == Y.size();
      for (size_t K = 0; Same && K < X.size(); ++K)
        Same =
            X[K].first == Y[K].first && Compare.same(X[K].second, Y[K].second);
    } else if (Class.empty()) {
      const Binding *A = nullptr, *B = nullptr;
      if (auto It = OldModule->Globals.find(Name);
          It != OldModule->Globals.end())
        A = &It->second;
      if (auto It = NewModule->Globals.find(Name);
          It != NewModule->Globals.end())
        B = &It->second;
      Same = (!A && !B) || (A && B && Compare.same(A->Value, B->Value));
    } else {
      const ClassObj *A = OldClasses.lookup(Class),
                     *B = NewClasses.lookup(Class);
      if (!A || !B)
        Same = !A && !B;
      else if (Name == "#")
        Same = Compare.same(A, B);
      else if (Name == "*")
        Same = Compare.sameWhole(A, B);
      else {
        const Binding *X = A->lookup(Name), *Y = B->lookup(Name);
        // An attribute no class dictionary binds (__dict__, __name__) is
        // made from the whole class.
        if (!X && !Y)
          Same = Compare.sameWhole(A, B);
        else
          Same = Compare.sameIdentity(A, B) && X && Y &&
                 Compare.same(X->Value, Y->Value);
      }
    }
    if (!Same)
      return fail("another module uses " +
                  (Class.empty() ? Name : Class + "." + Name).str() +
                  ", which the edit changes");
    llvm::append_range(Instances, Compare.instanceOrder());
    llvm::append_range(Pairs, Compare.pairs());
  }
  // What is one object in one run is one in the other: `a.X is a.Y`, and
  // which object a name is bound to decides the table a ForeignKey(column)
  // refers to (a Column in two tables is the last one's).
  for (bool ByNew : {false, true}) {
    llvm::DenseMap<const Object *, const Object *> Partner;
    for (const auto &[A, B] : Pairs) {
      const Object *From = ByNew ? B : A, *To = ByNew ? A : B;
      if (!Partner.try_emplace(From, To).second && Partner[From] != To)
        return fail("the edit changes which objects other modules take are "
                    "one and the same");
    }
  }
  llvm::sort(Instances);
  Instances.erase(std::unique(Instances.begin(), Instances.end()),
                  Instances.end());
  // In the same order: SQLAlchemy 1.4 orders a table's columns by when
  // their Column objects were made.
  for (size_t K = 1; K < Instances.size(); ++K)
    if (Instances[K].first != Instances[K - 1].first &&
        Instances[K].second <= Instances[K - 1].second)
      return fail("the edit changes the order in which objects other modules "
                  "take are made");
  return true;
}

/// A column of a table that a foreign key refers to.
using ColumnKey = std::pair<std::string, std::string>;

bool EditAnalyzer::compareSchemas(const PartialRun &Old, const PartialRun &New,
                                  std::vector<const ir::Table *> &Replaced) {
  const ir::Schema &A = Old.Result.Schema, &B = New.Result.Schema;
  if (A.Tables.size() != B.Tables.size() ||
      A.Classes.size() != B.Classes.size())
    return fail("the edit adds or removes a table or a class");
  for (size_t I = 0; I < A.Classes.size(); ++I)
    if (!ir::sameDefinition(A.Classes[I], B.Classes[I]))
      return fail("the edit changes class " + A.Classes[I].Name);
  // Whether foreign keys refer to a column, by table name alone: a key
  // without a schema may refer to the table in any. Built when first asked.
  std::optional<std::set<ColumnKey>> Referenced;
  auto IsReferenced = [&](const ir::Table &T, const ir::Column &C) {
    if (!Referenced) {
      Referenced.emplace();
      for (const ir::Table &R : Base.Schema.Tables)
        for (const ir::ForeignKey &FK : R.ForeignKeys)
          for (const std::string &Ref : FK.RefColumns)
            Referenced->emplace(FK.RefTable, Ref);
    }
    return Referenced->count({T.Name, C.Name}) != 0;
  };
  // Tables by schema and name; null where two MetaData have one each.
  using TableKey = std::pair<llvm::StringRef, llvm::StringRef>;
  auto KeyOf = [](const ir::Table &T) {
    return TableKey(T.Schema ? llvm::StringRef(*T.Schema) : "", T.Name);
  };
  llvm::DenseMap<TableKey, const ir::Table *> BaseTables;
  BaseTables.reserve(Base.Schema.Tables.size());
  for (const ir::Table &T : Base.Schema.Tables) {
    auto [It, New] = BaseTables.try_emplace(KeyOf(T), &T);
    if (!New)
      It->second = nullptr;
  }
  for (size_t I = 0; I < A.Tables.size(); ++I) {
    const ir::Table &X = A.Tables[I], &Y = B.Tables[I];
    // The run before the edit gives each table as the whole analysis did,
    // or what it shows of the edit need not be the edit's effect.
    auto InBase = BaseTables.find(KeyOf(X));
    if (InBase == BaseTables.end() || !InBase->second ||
        !ir::sameDefinition(*InBase->second, X))
      return fail("table " + X.qualifiedName() +
                  " depends on modules the edit's analysis did not run");
    // The same MetaData (Flask-SQLAlchemy's __table_cls__ asks whether it
    // has a table of the name).
    const Object *MX = Old.Outcome.TableMetadata.lookup(X.qualifiedName()),
                 *MY = New.Outcome.TableMetadata.lookup(Y.qualifiedName());
    if (!MX || !MY || !comparison(Old, New).same(MX, MY))
      return fail("the edit changes the MetaData of table " +
                  X.qualifiedName());
    // Its locations as the edit left them.
    Replaced[InBase->second - Base.Schema.Tables.data()] = &Y;
    // A foreign key column without a type of its own takes its target's in
    // a round of few: when a column that foreign keys refer to gets its
    // type decides whether a chain of them reaches its end in time.
    if (!Old.Outcome.InferredRounds.empty() ||
        !New.Outcome.InferredRounds.empty())
      for (const ir::Column &CX : X.Columns) {
        std::string Qualified = X.qualifiedName() + "." + CX.Name;
        if (Old.Outcome.InferredRounds.lookup(Qualified) !=
                New.Outcome.InferredRounds.lookup(Qualified) &&
            IsReferenced(X, CX))
          return fail("the edit changes whether " + Qualified +
                      ", which a foreign key refers to, has a type of its "
                      "own");
      }
    if (ir::sameDefinition(X, Y))
      continue;
    if (!ir::sameInterface(X, Y))
      return fail("the edit changes what other tables read of table " +
                  X.qualifiedName());
    for (size_t C = 0; C < X.Columns.size(); ++C) {
      const ir::Column &CX = X.Columns[C], &CY = Y.Columns[C];
      if (ir::sameType(*CX.Type, *CY.Type))
        continue;
      // A foreign key column without a type of its own takes the type of
      // the column it refers to; an unknown type may be one.
      if (CY.Type->isUnknown())
        return fail("column " + X.qualifiedName() + "." + CX.Name +
                    " loses its type");
      if (IsReferenced(X, CX))
        return fail("a foreign key refers to " + X.qualifiedName() + "." +
                    CX.Name + ", whose type the edit changes");
    }
  }
  return true;
}

} // namespace schemac::sema
