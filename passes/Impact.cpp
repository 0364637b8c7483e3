//===- Impact.cpp - Who a schema change reaches --------------------------===//

#include "passes/Impact.h"

#include "llvm/ADT/STLExtras.h"

#include <map>

namespace schemac::passes {

namespace {

/// The consumers of one table or column, by its name in the graph.
using ConsumerIndex = std::multimap<std::string, const Consumer *>;

/// The consumers reached from the element \p Start: its own, and those of
/// the tables and columns downstream of it by foreign key, with the chain.
void reach(LineageGraph &G, llvm::StringRef Start, const ConsumerIndex &Index,
           std::vector<ImpactEntry> &Out) {
  auto Root = G.find(Start);
  auto Add = [&](llvm::StringRef Name, std::vector<std::string> Via) {
    auto [Begin, End] = Index.equal_range(Name.str());
    for (auto It = Begin; It != End; ++It)
      if (llvm::none_of(Out, [&](const ImpactEntry &E) {
            return E.Kind == It->second->Kind && E.Name == It->second->Name;
          }))
        Out.push_back(
            {It->second->Kind, It->second->Name, It->second->Owner, Via});
  };
  Add(Start, {});
  // A column's table is read by whoever reads the whole table.
  if (auto Dot = Start.rfind('.');
      Dot != llvm::StringRef::npos &&
      (!Root || G.node(*Root).Kind == LineageNode::Column))
    Add(Start.take_front(Dot), {});
  if (!Root)
    return;
  // A table's consumers of its columns.
  if (G.node(*Root).Kind == LineageNode::Table)
    for (auto It = Index.lower_bound(Start.str() + ".");
         It != Index.end() &&
         llvm::StringRef(It->first).starts_with((Start + ".").str());
         ++It)
      if (!llvm::StringRef(It->first)
               .drop_front(Start.size() + 1)
               .contains('.'))
        Add(It->first, {});
  // Only the data's dependencies: foreign keys between tables and columns.
  std::map<unsigned, unsigned> Parent;
  for (const LineageEdge &E : G.walk(*Root, /*Downstream=*/true, 0)) {
    if (E.Kind != LineageEdge::ForeignKey)
      continue;
    Parent[E.From] = E.To;
    std::vector<std::string> Via;
    for (unsigned N = E.From; N != *Root;
         N = Parent.count(N) ? Parent[N] : *Root)
      Via.insert(Via.begin(), G.name(N));
    Add(G.name(E.From), Via);
  }
}

} // namespace

std::vector<ImpactEntry> consumersOf(LineageGraph &G,
                                     const std::vector<Consumer> &Consumers,
                                     llvm::StringRef Element) {
  // None to find: no second walk (at 20,000 models, 20 M instructions).
  if (Consumers.empty())
    return {};
  ConsumerIndex Index;
  for (const Consumer &C : Consumers)
    Index.emplace(C.Column ? C.Table + "." + *C.Column : C.Table, &C);
  std::vector<ImpactEntry> Out;
  reach(G, Element, Index, Out);
  llvm::sort(Out, [](const ImpactEntry &A, const ImpactEntry &B) {
    return std::tie(A.Kind, A.Name) < std::tie(B.Kind, B.Name);
  });
  return Out;
}

void computeImpact(std::vector<Change> &Changes, const ir::Schema &OldSchema,
                   const ir::Schema &NewSchema,
                   const std::vector<Consumer> &Consumers) {
  if (Consumers.empty())
    return;
  ConsumerIndex Index;
  for (const Consumer &C : Consumers)
    Index.emplace(C.Column ? C.Table + "." + *C.Column : C.Table, &C);
  LineageGraph Old(OldSchema, LineageScope::ForeignKeys);
  // The new schema's graph only for what has a new name (renames).
  std::optional<LineageGraph> New;
  for (Change &C : Changes) {
    // A safe change breaks no reader.
    if (C.Severity == ChangeSeverity::Safe)
      continue;
    std::string Table = ir::qualifiedName(C.Schema, C.Table);
    std::string Element = C.Column ? Table + "." + *C.Column : Table;
    reach(Old, Element, Index, C.Impact);
    // Under its new name, too (a rename; an addition).
    std::string NewTable = ir::qualifiedName(C.NewSchema, C.NewTable);
    std::string NewElement =
        C.NewColumn ? NewTable + "." + *C.NewColumn : NewTable;
    if (NewElement != Element) {
      if (!New)
        New.emplace(NewSchema, LineageScope::ForeignKeys);
      reach(*New, NewElement, Index, C.Impact);
    }
    llvm::sort(C.Impact, [](const ImpactEntry &A, const ImpactEntry &B) {
      return std::tie(A.Kind, A.Name) < std::tie(B.Kind, B.Name);
    });
  }
}

} // namespace schemac::passes
