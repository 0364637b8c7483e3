//===- TableOrder.cpp - Tables in foreign key dependency order ------------===//
//
// A port of sql/ddl.py sort_tables_and_constraints() and of
// util/topological.py, whose order is deterministic given the order of the
// tables it starts from.
//
//===----------------------------------------------------------------------===//

#include "ir/TableOrder.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLExtras.h"

#include <algorithm>
#include <cassert>
#include <functional>
#include <set>
#include <string>

namespace schemac::ir {

namespace {

/// (parent, child): the child refers to the parent, which comes first.
using Edge = std::pair<size_t, size_t>;

std::string tableKey(const Table &T) { return T.qualifiedName(); }

/// topological.sort_as_subsets(), flattened: rounds of the items whose
/// parents are all out, each in the order of \p Items. False when some items
/// are left in a cycle.
bool sortInRounds(const std::set<Edge> &Edges, const std::vector<size_t> &Items,
                  size_t Universe, std::vector<size_t> &Out) {
  std::vector<std::vector<size_t>> Parents(Universe);
  for (const Edge &E : Edges)
    Parents[E.second].push_back(E.first);
  std::vector<bool> Pending(Universe, false);
  for (size_t I : Items)
    Pending[I] = true;
  std::vector<size_t> Todo = Items;
  Out.clear();
  while (!Todo.empty()) {
    std::vector<size_t> Round;
    for (size_t I : Todo)
      if (llvm::none_of(Parents[I], [&](size_t P) { return Pending[P]; }))
        Round.push_back(I);
    if (Round.empty())
      return false;
    for (size_t I : Round)
      Pending[I] = false;
    llvm::erase_if(Todo, [&](size_t I) { return !Pending[I]; });
    Out.insert(Out.end(), Round.begin(), Round.end());
  }
  return true;
}

/// topological.find_cycles(): the items on some cycle of edges, which are
/// those of the strongly connected components of more than one item (a
/// table's references to itself are no edges). Tarjan's algorithm.
std::vector<bool> findCycles(const std::set<Edge> &Edges, size_t Universe) {
  std::vector<std::vector<size_t>> Children(Universe);
  for (const Edge &E : Edges)
    Children[E.first].push_back(E.second);
  std::vector<int> Index(Universe, -1), Low(Universe, 0);
  std::vector<bool> OnStack(Universe, false), InCycle(Universe, false);
  std::vector<size_t> Stack;
  int Counter = 0;
  // Recursion depth is bounded by the number of tables.
  std::function<void(size_t)> Visit = [&](size_t V) {
    Index[V] = Low[V] = Counter++;
    Stack.push_back(V);
    OnStack[V] = true;
    for (size_t W : Children[V]) {
      if (Index[W] < 0) {
        Visit(W);
        Low[V] = std::min(Low[V], Low[W]);
      } else if (OnStack[W]) {
        Low[V] = std::min(Low[V], Index[W]);
      }
    }
    if (Low[V] != Index[V])
      return;
    std::vector<size_t> Component;
    size_t W;
    do {
      W = Stack.back();
      Stack.pop_back();
      OnStack[W] = false;
      Component.push_back(W);
    } while (W != V);
    if (Component.size() > 1)
      for (size_t C : Component)
        InCycle[C] = true;
  };
  for (size_t V = 0; V < Universe; ++V)
    if (Index[V] < 0)
      Visit(V);
  return InCycle;
}

} // namespace

/// "<schema>\0<name>", with a mark for whether there is a schema.
static std::string lookupKey(const std::optional<std::string> &SchemaName,
                             llvm::StringRef Name) {
  return (SchemaName ? "+" + *SchemaName : "-") + '\0' + Name.str();
}

TableLookup::TableLookup(llvm::ArrayRef<const Table *> Tables) {
  for (const Table *T : Tables)
    ByKey.try_emplace(lookupKey(T->Schema, T->Name), T);
}

TableLookup::TableLookup(const Schema &S) {
  for (const Table &T : S.Tables)
    ByKey.try_emplace(lookupKey(T.Schema, T.Name), &T);
}

const Table *TableLookup::referredTable(const ForeignKey &FK) const {
  return ByKey.lookup(lookupKey(FK.RefSchema, FK.RefTable));
}

TableOrder sortTables(const Schema &S) {
  std::vector<const Table *> Tables;
  for (const Table &T : S.Tables)
    Tables.push_back(&T);
  return sortTables(Tables);
}

TableOrder sortTables(llvm::ArrayRef<const Table *> Tables) {
  size_t N = Tables.size();
  std::vector<size_t> ByKey(N);
  for (size_t I = 0; I < N; ++I)
    ByKey[I] = I;
  llvm::stable_sort(ByKey, [&](size_t A, size_t B) {
    return tableKey(*Tables[A]) < tableKey(*Tables[B]);
  });

  TableLookup Lookup(Tables);
  llvm::DenseMap<const Table *, size_t> Position;
  for (size_t I = 0; I < N; ++I)
    Position[Tables[I]] = I;
  std::set<Edge> Edges;
  for (size_t Child = 0; Child < N; ++Child)
    for (const ForeignKey &FK : Tables[Child]->ForeignKeys)
      if (const Table *Parent =
              FK.UseAlter ? nullptr : Lookup.referredTable(FK))
        if (size_t P = Position.lookup(Parent); P != Child)
          Edges.insert({P, Child});

  TableOrder Order;
  if (sortInRounds(Edges, ByKey, N, Order.Tables)) {
    Order.InCycle.assign(N, false);
    return Order;
  }

  // A table in a cycle gives up all its foreign keys, and with them its
  // dependencies, as sort_tables_and_constraints() does for the child of
  // every edge that is in a cycle.
  Order.InCycle = findCycles(Edges, N);
  for (auto It = Edges.begin(); It != Edges.end();)
    It = Order.InCycle[It->second] ? Edges.erase(It) : std::next(It);
  bool Sorted = sortInRounds(Edges, ByKey, N, Order.Tables);
  assert(Sorted && "cycles remain after removing their edges");
  (void)Sorted;
  return Order;
}

} // namespace schemac::ir
