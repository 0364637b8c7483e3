//===- RelationshipReads.cpp - What a hybrid reads through a relationship -===//
//
// A hybrid's getter that loads a relationship (`self.customer.name`,
// `o.amount for o in self.orders`) runs SQLAlchemy's lazy load, a SELECT of
// the target over the relationship's join condition; its SQL expression's
// `cls.rel.any(...)` / `cls.rel.has(...)` renders EXISTS (SELECT 1 FROM
// target WHERE <join condition> AND <criterion>). Either reads the columns
// of the join condition as the mappers configure it, and a single-table
// target's discriminator, besides what it reads of the target.
//
//===----------------------------------------------------------------------===//

#include "sema/AttributeReads.h"
#include "sema/Declarative.h"

namespace schemac::sema {

void DeclarativeAnalyzer::readThroughRelationship(
    PendingComputed &P, size_t Owner, const ir::Relationship &Rel,
    const ast::Call *Criterion, llvm::ArrayRef<llvm::StringRef> Then,
    SrcLoc At) {
  constexpr size_t Backref = size_t(1) << (sizeof(size_t) * 8 - 1);
  if (RelationshipsByName.empty()) {
    for (size_t K = 0; K < Relationships.size(); ++K)
      RelationshipsByName.try_emplace(
          {Relationships[K].Mapped, Relationships[K].Name}, K);
    for (size_t K = 0; K < MadeBackrefs.size(); ++K)
      RelationshipsByName.try_emplace(
          {MadeBackrefs[K].Owner, MadeBackrefs[K].Name}, K | Backref);
  }
  auto Entry = RelationshipsByName.find({Owner, llvm::StringRef(Rel.Name)});
  if (Entry == RelationshipsByName.end())
    return;
  // A backref joins as its forward relationship does, with the sides
  // swapped, but where backref() gives its own primaryjoin or
  // secondaryjoin (_generate_backref).
  const MadeBackref *Made = Entry->second & Backref
                                ? &MadeBackrefs[Entry->second & ~Backref]
                                : nullptr;
  const PendingRelationship &Forward =
      Relationships[Made ? Made->Forward : Entry->second];
  if (Forward.Target < 0)
    return;
  const MappedInfo &From = Mapped[Forward.Mapped];
  const MappedInfo &To = Mapped[Forward.Target];
  llvm::SmallPtrSet<Object *, 32> Seen;
  Object *Unknown = nullptr;
  auto GivenIn = [](InstanceObj *Rel, llvm::StringRef Key) {
    Object *V = Rel ? Rel->arg(Key) : nullptr;
    return V && !isa<NoneObj>(V);
  };
  bool Known = true;
  std::optional<std::vector<std::pair<int, std::string>>> ForeignKeys =
      givenForeignKeys(Forward.Rel, From, Forward.Where, Known);
  // One side of the join: the condition given, else the foreign keys that
  // join the two selectables, where there is exactly one way.
  auto ReadSide = [&](llvm::StringRef Key, llvm::StringRef BackrefKey,
                      const MappedInfo &Left, const MappedInfo *Right) {
    if (Made && GivenIn(Made->Options, BackrefKey)) {
      readExpression(
          P, configuredArgument(Made->Options, BackrefKey, Mapped[Owner], At),
          Seen, Unknown);
      return;
    }
    if (GivenIn(Forward.Rel, Key)) {
      readExpression(P, configuredArgument(Forward.Rel, Key, From, At), Seen,
                     Unknown);
      return;
    }
    llvm::SmallVector<int, 4> LeftTables, RightTables;
    bool Unseen = false;
    if (!Known || !mapperSelectable(Left, LeftTables, Unseen))
      return;
    if (Right) {
      if (!mapperSelectable(*Right, RightTables, Unseen))
        return;
    } else {
      RightTables.push_back(Forward.Secondary);
    }
    auto Ways = joinWays(LeftTables.front(), LeftTables, RightTables,
                         ForeignKeys ? &*ForeignKeys : nullptr);
    if (Ways && Ways->size() == 1)
      for (const auto &[Column, Referred] : Ways->front()) {
        P.Reads.insert({Column.first, Column.second.str()});
        P.Reads.insert({Referred.first, Referred.second.str()});
      }
  };
  if (Forward.Secondary < 0) {
    ReadSide("primaryjoin", "primaryjoin", From, &To);
  } else {
    ReadSide("primaryjoin", "secondaryjoin", From, nullptr);
    ReadSide("secondaryjoin", "primaryjoin", To, nullptr);
  }
  size_t Target = Made ? Forward.Mapped : size_t(Forward.Target);
  // A single-table subclass is its rows of the discriminator's values
  // (Mapper._single_table_criterion): the polymorphic_on its mapper
  // inherits.
  for (const MappedInfo *M = &Mapped[Target];
       Mapped[Target].Inheritance == "single" && M;
       M = M->Inherits ? mappedInfo(M->Inherits) : nullptr) {
    const Binding *Args = M->Class->lookup("__mapper_args__");
    auto *D = dyn_cast_or_null<DictObj>(Args ? Args->Value : nullptr);
    Object *On = nullptr;
    if (D)
      for (auto &[Key, Value] : D->Items)
        if (auto *KS = dyn_cast<StrObj>(Key);
            KS && KS->Value == "polymorphic_on")
          On = Value;
    if (!On)
      continue;
    if (auto *Attribute = dyn_cast<StrObj>(On))
      readAttribute(P, MappedIndex.lookup(M->Class), Attribute->Value, false,
                    At);
    else
      readExpression(P, On, Seen, Unknown);
    break;
  }
  if (Unknown)
    E.report(At, DiagId::UnknownComputedPart, ir::computedKindName(P.Kind),
             P.Name, describeUnknown(Unknown));
  // has(flag=True): the target's attribute compared.
  if (Criterion) {
    for (const ast::Keyword *K : Criterion->keywords)
      if (!K->arg.empty())
        readAttribute(P, Target, K->arg, false, At);
    return;
  }
  // What is read of the target: of an element of a collection (a method
  // of the collection, `self.orders.count()`, reads nothing more).
  bool Collection = Rel.UseList;
  if (Collection && !Then.empty() && Then.front() == AttributeReads::ElementOf)
    Then = Then.drop_front();
  else if (Collection ||
           (!Then.empty() && Then.front() == AttributeReads::ElementOf))
    return;
  if (!Then.empty())
    readAttribute(P, Target, Then.front(), false, At, nullptr,
                  Then.drop_front());
}

} // namespace schemac::sema
