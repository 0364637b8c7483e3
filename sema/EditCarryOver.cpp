//===- EditCarryOver.cpp - An edit's analysis from the one before --------===//
//
// The analysis before the edit, with the edited tables the run after it
// gave, and every location in an edited file moved with its text: a class
// the run maps, and what it defines, to where the run has them, anything
// else with a line found once in each text.
//
//===----------------------------------------------------------------------===//

#include "sema/EditAnalyzer.h"

#include "ir/Schema.h"

#include <algorithm>

namespace schemac::sema {

namespace {

/// \p Into, what the analysis before the edit saw of a module, with what the
/// run after the edit saw besides: an edited module may now read more of
/// the others. An analysis kept in the cache starts the next edit's, which
/// must not miss a use; one that did not happen any more only makes it
/// more careful.
void addRunDependencies(ModuleDependencies &Into,
                        const ModuleDependencies &Run) {
  Into.Reads.insert(Into.Reads.end(), Run.Reads.begin(), Run.Reads.end());
  llvm::sort(Into.Reads);
  Into.Reads.erase(std::unique(Into.Reads.begin(), Into.Reads.end()),
                   Into.Reads.end());
  Into.UsedByOthers.insert(Into.UsedByOthers.end(), Run.UsedByOthers.begin(),
                           Run.UsedByOthers.end());
  llvm::sort(Into.UsedByOthers);
  Into.UsedByOthers.erase(
      std::unique(Into.UsedByOthers.begin(), Into.UsedByOthers.end()),
      Into.UsedByOthers.end());
  Into.WritesOthers |= Run.WritesOthers;
  Into.WrittenByOthers |= Run.WrittenByOthers;
  Into.UsedOpaquely |= Run.UsedOpaquely;
  Into.ReadsRunningModule |= Run.ReadsRunningModule;
  Into.RanNested |= Run.RanNested;
  Into.WrittenAfterRun |= Run.WrittenAfterRun;
}

/// The run counts the times columns joined a table from its own start: a
/// column of \p Edited keeps the count the analysis before gave it, and a
/// new one takes that of the column before it.
void keepAttachOrder(ir::Table &Edited, const ir::Table &Before) {
  uint32_t Previous = Before.Columns.empty() ? 0 : Before.Columns[0].Attached;
  for (ir::Column &C : Edited.Columns) {
    const ir::Column *Was = Before.findColumn(C.Name);
    C.Attached = Was ? Was->Attached : Previous;
    Previous = C.Attached;
  }
}

} // namespace

std::optional<ir::Loc> EditAnalyzer::moveLoc(const ir::Loc &L) const {
  auto It = Edits.find(L.File.data());
  if (!L.isKnown() || It == Edits.end())
    return L;
  const EditedFile &E = It->second;
  size_t LineStart = E.Before->File->line(L.Line).second;
  // A location without a column stands for its line.
  auto Moved = E.Move.uniqueOffset(
      static_cast<uint32_t>(LineStart + (L.Col ? L.Col - 1 : 0)));
  if (!Moved)
    return std::nullopt;
  LineColumn LC = E.After->lineColumn(*Moved);
  ir::Loc Out = L;
  Out.Line = LC.Line;
  Out.Col = L.Col ? LC.Column : 0;
  return Out;
}

bool EditAnalyzer::carrySchema(AnalysisResult &Result,
                               const std::vector<const ir::Table *> &Replaced,
                               const PartialRun &New) {
  Result.Schema.SqlAlchemyVersion = Base.Schema.SqlAlchemyVersion;
  Result.Schema.SqlAlchemyVersionSource = Base.Schema.SqlAlchemyVersionSource;
  Result.Schema.Tables.reserve(Base.Schema.Tables.size());
  bool Moved = true;
  auto Move = [&](ir::Loc &L) {
    if (auto M = moveLoc(L))
      L = *M;
    else
      Moved = false;
  };
  for (size_t I = 0; I < Base.Schema.Tables.size(); ++I) {
    if (Replaced[I]) {
      Result.Schema.Tables.push_back(*Replaced[I]);
      keepAttachOrder(Result.Schema.Tables.back(), Base.Schema.Tables[I]);
      continue;
    }
    ir::Table T = TablesToTake ? std::move(TablesToTake->Tables[I])
                               : Base.Schema.Tables[I];
    if (!Edits.empty()) {
      Move(T.Where);
      for (ir::Column &C : T.Columns)
        Move(C.Where);
      Move(T.PrimaryKeyConstraint.Where);
      for (ir::ForeignKey &F : T.ForeignKeys)
        Move(F.Where);
      for (ir::Index &X : T.Indexes)
        Move(X.Where);
      for (ir::UniqueConstraint &U : T.UniqueConstraints)
        Move(U.Where);
      for (ir::CheckConstraint &C : T.CheckConstraints)
        Move(C.Where);
    }
    Result.Schema.Tables.push_back(std::move(T));
  }
  Result.Schema.Classes = Base.Schema.Classes;
  Result.Schema.Diagnostics = Base.Schema.Diagnostics;
  // The sequences made with metadata=: module-level statements, which an
  // edit analysed as one leaves as they were.
  Result.Schema.Sequences = Base.Schema.Sequences;
  // EditAnalyzer::run checked that the edit leaves them as they were.
  Result.Schema.DetachedTypes = Base.Schema.DetachedTypes;
  if (!Edits.empty()) {
    // A class the runs map, and what it defines, are where the run after
    // the edit has them; other marks in an edited file move with a line
    // found once in each text.
    llvm::StringMap<const ir::MappedClass *> RunClasses;
    for (const ir::MappedClass &C : New.Result.Schema.Classes)
      RunClasses[C.Name] = &C;
    for (ir::MappedClass &C : Result.Schema.Classes) {
      const ir::MappedClass *Run = RunClasses.lookup(C.Name);
      auto Place = [&](ir::Loc &L, auto Find) {
        if (!Edits.count(L.File.data()))
          return;
        if (const ir::Loc *Now = Run ? Find() : nullptr)
          L = *Now;
        else
          Move(L);
      };
      Place(C.Where, [&]() -> const ir::Loc * { return &Run->Where; });
      // The run's element of the same name, written in the same file.
      auto Named = [](const auto &Items, const auto &E) -> const ir::Loc * {
        for (const auto &X : Items)
          if (X.Name == E.Name && X.Where.File == E.Where.File)
            return &X.Where;
        return nullptr;
      };
      for (ir::Relationship &R : C.Relationships)
        Place(R.Where, [&] { return Named(Run->Relationships, R); });
      for (ir::ComputedAttribute &A : C.Computed)
        Place(A.Where, [&] { return Named(Run->Computed, A); });
    }
    for (ir::Diagnostic &D : Result.Schema.Diagnostics)
      Move(D.Where);
    for (ir::SequenceDef &Q : Result.Schema.Sequences)
      Move(Q.Where);
    for (ir::DetachedType &T : Result.Schema.DetachedTypes)
      Move(T.Where);
  }
  if (!Moved)
    return fail("the edit changes the lines the analysis points at");
  return true;
}

std::optional<uint32_t> EditAnalyzer::classPlaceNow(const ModuleUnit &Before,
                                                    uint32_t Offset,
                                                    const PartialRun &New) {
  LineColumn At = Before.File->lineColumn(Offset);
  llvm::StringRef File = ir::internFileName(Before.DisplayPath);
  const ir::MappedClass *Class = nullptr;
  for (const ir::MappedClass &C : Base.Schema.Classes)
    if (C.Where.File == File && C.Where.Line == At.Line &&
        C.Where.Col == At.Column)
      Class = &C;
  if (!Class)
    return std::nullopt;
  for (const ir::MappedClass &C : New.Result.Schema.Classes)
    if (C.Name == Class->Name && C.Where.File == File) {
      const SourceFile &After = *Edits.at(File.data()).After;
      return static_cast<uint32_t>(After.line(C.Where.Line).second +
                                   C.Where.Col - 1);
    }
  return std::nullopt;
}

bool EditAnalyzer::carryUnits(AnalysisResult &Result, const PartialRun &Old,
                              const PartialRun &New) {
  for (size_t I = 0; I < Units.size(); ++I) {
    ModuleUnit &U = *Result.Units[I];
    const ModuleUnit &B = *Units[I];
    U.OwnerId = static_cast<uint16_t>(I + 1);
    // The edit's analysis refuses an edit that changes the order the
    // modules run in.
    U.Started = B.Started;
    U.Finished = B.Finished;
    U.Dependencies = B.Dependencies;
    for (uint32_t &R : U.Dependencies.Reads)
      R = static_cast<uint32_t>(CompactOf[R]);
    if (!Edits.empty())
      addRunDependencies(U.Dependencies, New.Result.Units[I]->Dependencies);
    U.Diags = std::make_unique<DiagnosticEngine>(*U.File);
    auto Edit = Edits.find(ir::internFileName(B.DisplayPath).data());
    if (Edit == Edits.end()) {
      for (const Diagnostic &D : B.Diags->diagnostics())
        U.Diags->add(D.Id, D.Begin, D.End, D.Message);
      continue;
    }
    // An edited module's diagnostics are its run's: those the whole
    // analysis gave it before the edit, in order, each where the run after
    // the edit puts it (the runs agree, one by one). The run's own others
    // come from what it did not run (a relationship's target elsewhere);
    // one the run before lacks, another module's mapping raised, and is
    // not carried over: the edit's analysis is refused. The notes about the
    // release go on the first class mapped, where the run after the edit
    // has that class (its line may have changed, and a copy of it be
    // elsewhere).
    const auto &Whole = B.Diags->diagnostics();
    const auto &RunBefore = Old.Result.Units[I]->Diags->diagnostics();
    const auto &RunAfter = New.Result.Units[I]->Diags->diagnostics();
    if (RunBefore.size() != RunAfter.size())
      return fail("the edit changes the diagnostics of " + B.DisplayPath);
    auto AboutRelease = [&](size_t W) {
      return Whole[W].Id == DiagId::AssumedSqlAlchemyVersion ||
             Whole[W].Id == DiagId::OlderSqlAlchemyRelease;
    };
    std::vector<const Diagnostic *> AfterOf(Whole.size());
    size_t W = 0;
    for (size_t K = 0; K < RunBefore.size(); ++K) {
      while (W < Whole.size() && AboutRelease(W))
        ++W;
      const Diagnostic &D = RunBefore[K];
      if (W < Whole.size() && sameDiagnostic(D, D.Begin, D.End, Whole[W]))
        AfterOf[W++] = &RunAfter[K];
    }
    while (W < Whole.size() && AboutRelease(W))
      ++W;
    if (W != Whole.size())
      return fail("other modules' mapping reports in " + B.DisplayPath);
    for (size_t X = 0; X < Whole.size(); ++X) {
      if (!AboutRelease(X)) {
        U.Diags->add(AfterOf[X]->Id, AfterOf[X]->Begin, AfterOf[X]->End,
                     AfterOf[X]->Message);
        continue;
      }
      std::optional<uint32_t> Now = classPlaceNow(B, Whole[X].Begin, New);
      if (!Now)
        return fail("the edit changes the lines a diagnostic points at");
      U.Diags->add(Whole[X].Id, *Now, *Now + (Whole[X].End - Whole[X].Begin),
                   Whole[X].Message);
    }
  }
  return true;
}

} // namespace schemac::sema
