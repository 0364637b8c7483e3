//===- SchemaDiffConstraints.cpp - Keys, constraints, indexes -------------===//
//
// A table's primary key by its columns; indexes and unique constraints by
// columns and name; foreign keys by what they reference and how; checks by
// their SQL, whatever its spacing.
//
//===----------------------------------------------------------------------===//

#include "passes/Differ.h"

#include "llvm/ADT/SmallVector.h"

namespace schemac::passes::detail {

static Names mapped(const Names &Columns,
                    const std::map<std::string, std::string> &Renamed) {
  Names Out;
  for (const std::string &C : Columns) {
    auto It = Renamed.find(C);
    Out.push_back(It == Renamed.end() ? C : It->second);
  }
  return Out;
}

/// A check's SQL without its spacing: the database keeps the parsed
/// expression, so `age >= 0` and `age>=0` are one check. Quoted text keeps
/// its spaces.
static std::string normalizedSql(llvm::StringRef S) {
  std::string Out;
  char Quote = 0;
  for (char C : S) {
    if (Quote) {
      Out += C;
      if (C == Quote)
        Quote = 0;
      continue;
    }
    if (C == '\'' || C == '"') {
      Quote = C;
      Out += C;
    } else if (!llvm::isSpace(C)) {
      Out += C;
    }
  }
  return Out;
}

void Differ::diffConstraints(
    const ir::Table &A, const ir::Table &B,
    const std::map<std::string, std::string> &Renamed) {
  std::string T = A.qualifiedName(), TNew = B.qualifiedName();
  // The primary key, by its columns.
  Names PKA = mapped(A.PrimaryKeyConstraint.Columns, Renamed),
        PKB = B.PrimaryKeyConstraint.Columns;
  if (PKA != PKB) {
    Change &C = add(DiffRule::PRIMARY_KEY_CHANGED, A);
    C.Old = Properties{{"columns", jsonNames(A.PrimaryKeyConstraint.Columns)}};
    C.New = Properties{{"columns", jsonNames(PKB)}};
    C.Message = fmt::format("primary key of {} changes from ({}) to ({}); "
                            "references and upserts by key break",
                            T, quoteList(A.PrimaryKeyConstraint.Columns),
                            quoteList(PKB));
    C.OldLoc = A.PrimaryKeyConstraint.Where.isKnown()
                   ? A.PrimaryKeyConstraint.Where
                   : A.Where;
    C.NewLoc = B.PrimaryKeyConstraint.Where.isKnown()
                   ? B.PrimaryKeyConstraint.Where
                   : B.Where;
  }

  // Generic pairing: by a key of the content; what is left was added or
  // removed. An old item has one key or more, tried in turn: first keys
  // pair first, so an item that kept its key is not taken by another's
  // second one.
  auto Pair = [&](const auto &OldItems, const auto &NewItems, auto OldKeys,
                  auto NewKey, auto OnRemoved, auto OnAdded) {
    std::map<std::string, size_t> Unpaired, Paired;
    for (const auto &X : NewItems)
      ++Unpaired[NewKey(X)];
    std::vector<bool> OldPaired(OldItems.size());
    for (size_t Round = 0; Round < 2; ++Round)
      for (size_t I = 0; I < OldItems.size(); ++I) {
        llvm::SmallVector<std::string, 2> Keys = OldKeys(OldItems[I]);
        if (OldPaired[I] || Round >= Keys.size())
          continue;
        auto It = Unpaired.find(Keys[Round]);
        if (It == Unpaired.end() || It->second == 0)
          continue;
        --It->second;
        ++Paired[Keys[Round]];
        OldPaired[I] = true;
      }
    for (size_t I = 0; I < OldItems.size(); ++I)
      if (!OldPaired[I])
        OnRemoved(OldItems[I]);
    for (const auto &X : NewItems) {
      size_t &Count = Paired[NewKey(X)];
      if (Count)
        --Count;
      else
        OnAdded(X);
    }
  };
  auto Join = [](const Names &N) { return llvm::join(N, "\x1f"); };
  auto SortedJoin = [&](Names N) {
    llvm::sort(N);
    return Join(N);
  };

  // An old constraint's or index's name as it would read after the table's
  // and columns' renames: a name a naming convention made from them follows
  // them, and is the same constraint.
  auto renamedName = [&](const std::optional<std::string> &Name) {
    std::string N = Name.value_or("");
    auto Replace = [&](const std::string &From, const std::string &To) {
      if (From == To || From.empty())
        return;
      // Only whole '_'-separated parts: renaming "id" leaves "customer_id".
      size_t At = N.find(From);
      while (At != std::string::npos) {
        bool Starts = At == 0 || N[At - 1] == '_';
        bool Ends = At + From.size() == N.size() || N[At + From.size()] == '_';
        if (Starts && Ends) {
          N.replace(At, From.size(), To);
          At = N.find(From, At + To.size());
        } else {
          At = N.find(From, At + 1);
        }
      }
    };
    Replace(A.Name, B.Name);
    for (auto &[From, To] : Renamed)
      Replace(From, To);
    return N;
  };

  // Indexes: by columns, uniqueness and name (a renamed index is dropped
  // and created again, as Alembic reports it); the name as the renames
  // make it, or as it was (a name given, which a column's rename keeps).
  std::set<std::string> FKColumns;
  for (const ir::ForeignKey &F : A.ForeignKeys)
    FKColumns.insert(Join(F.Columns));
  // The dialect's options of an index (a partial index's WHERE, USING gin)
  // are part of it: another is another index, which the migration drops
  // and creates again. INCLUDE names columns, which renames follow.
  auto OptionsOf = [&](const ir::Index &I, bool FollowRenames) {
    std::string Prefix = (dialectName(Opt.D) + "_").str();
    auto Renamed1 = [&](const std::string &Column) {
      return FollowRenames ? mapped(Names{Column}, Renamed).front() : Column;
    };
    std::vector<std::string> Out;
    for (const auto &[Keyword, Value] : I.DialectOptions) {
      llvm::StringRef K = Keyword;
      if (!K.starts_with(Prefix))
        continue;
      // INCLUDE's columns and postgresql_ops's keys follow renames.
      if (K == Prefix + "include")
        Out.push_back(Keyword + "=" + Renamed1(Value));
      else if (K.consume_front(Prefix + "ops[") && K.consume_back("]"))
        Out.push_back(Prefix + "ops[" + Renamed1(K.str()) + "]=" + Value);
      else
        Out.push_back(Keyword + "=" + Value);
    }
    // The keywords' order in the source is no part of the index.
    llvm::sort(Out);
    return Out;
  };
  auto OptionsText = [&](const ir::Index &I) {
    std::vector<std::string> Options = OptionsOf(I, false);
    return Options.empty() ? std::string()
                           : " with " + llvm::join(Options, ", ");
  };
  // What keeps a set of columns unique on each side, by the set: the
  // primary key, unique constraints, and unique indexes over whole columns
  // (not partial ones, nor other options of the dialect). A unique
  // constraint or index that only changes its name, or turns from the one
  // into the other, leaves the data as it was: neither its removal nor its
  // addition lets duplicates in or fails on them.
  auto WholeUnique = [&](const ir::Index &I) {
    return I.Unique && OptionsOf(I, false).empty();
  };
  auto UniqueKeepers = [&](const ir::Table &X, bool Old) {
    std::map<std::string, std::string> Keepers;
    auto Keep = [&](Names Columns, std::string What) {
      if (Columns.empty())
        return;
      if (Old)
        Columns = mapped(Columns, Renamed);
      Keepers.try_emplace(SortedJoin(Columns), std::move(What));
    };
    Keep(X.PrimaryKeyConstraint.Columns, "the primary key");
    for (const ir::UniqueConstraint &U : X.UniqueConstraints)
      Keep(U.Columns, U.Name ? "unique constraint " + *U.Name
                             : std::string("a unique constraint"));
    for (const ir::Index &I : X.Indexes)
      if (WholeUnique(I))
        Keep(I.Columns, "unique index " + I.Name.value_or("<unnamed>"));
    return Keepers;
  };
  std::map<std::string, std::string> UniqueBefore = UniqueKeepers(A, true),
                                     UniqueAfter = UniqueKeepers(B, false);
  auto KeptBy = [&](const std::map<std::string, std::string> &Keepers,
                    Names Columns) -> std::optional<std::string> {
    auto It = Keepers.find(SortedJoin(std::move(Columns)));
    if (It == Keepers.end())
      return std::nullopt;
    return It->second;
  };

  Pair(
      A.Indexes, B.Indexes,
      [&](const ir::Index &I) {
        std::string Columns = Join(mapped(I.Columns, Renamed)) +
                              (I.Unique ? "!u" : "") + "\x1e" +
                              Join(OptionsOf(I, true)) + "\x1d";
        return llvm::SmallVector<std::string, 2>{Columns + renamedName(I.Name),
                                                 Columns + I.Name.value_or("")};
      },
      [&](const ir::Index &I) {
        return Join(I.Columns) + (I.Unique ? "!u" : "") + "\x1e" +
               Join(OptionsOf(I, false)) + "\x1d" + I.Name.value_or("");
      },
      [&](const ir::Index &I) {
        std::optional<std::string> Still =
            WholeUnique(I) ? KeptBy(UniqueAfter, mapped(I.Columns, Renamed))
                           : std::nullopt;
        bool Backing = I.Unique || FKColumns.count(Join(I.Columns));
        Change &C = add(Still     ? DiffRule::UNIQUE_INDEX_REMOVED_STILL_UNIQUE
                        : Backing ? DiffRule::INDEX_BACKING_REMOVED
                                  : DiffRule::INDEX_REMOVED,
                        A);
        C.Name = I.Name;
        C.Old =
            Properties{{"columns", jsonNames(I.Columns)}, {"unique", I.Unique}};
        std::string Why =
            Still      ? *Still + " keeps them unique"
            : !Backing ? ""
            : I.Unique ? "duplicates become possible"
                       : "joins and deletes through the foreign key slow down";
        C.Message = fmt::format(
            "{}index {} on {} ({}){} is dropped{}{}", I.Unique ? "unique " : "",
            I.Name.value_or("<unnamed>"), T, quoteList(I.Columns),
            OptionsText(I), Why.empty() ? "" : "; ", Why);
        C.OldLoc = I.Where;
      },
      [&](const ir::Index &I) {
        std::optional<std::string> Already =
            WholeUnique(I) ? KeptBy(UniqueBefore, I.Columns) : std::nullopt;
        Change &C = add(Already    ? DiffRule::UNIQUE_INDEX_ADDED_ALREADY_UNIQUE
                        : I.Unique ? DiffRule::UNIQUE_INDEX_ADDED
                                   : DiffRule::INDEX_ADDED,
                        A);
        C.Name = I.Name;
        C.New =
            Properties{{"columns", jsonNames(I.Columns)}, {"unique", I.Unique}};
        C.Message =
            fmt::format("{}index {} on {} ({}){} is added{}",
                        I.Unique ? "unique " : "", I.Name.value_or("<unnamed>"),
                        TNew, quoteList(I.Columns), OptionsText(I),
                        Already    ? "; " + *Already + " kept them unique"
                        : I.Unique ? "; existing duplicates fail the migration"
                                   : std::string());
        C.NewLoc = I.Where;
      });

  // Unique constraints: by their column set and name.
  Pair(
      A.UniqueConstraints, B.UniqueConstraints,
      [&](const ir::UniqueConstraint &U) {
        std::string Columns = SortedJoin(mapped(U.Columns, Renamed)) + "\x1d";
        return llvm::SmallVector<std::string, 2>{Columns + renamedName(U.Name),
                                                 Columns + U.Name.value_or("")};
      },
      [&](const ir::UniqueConstraint &U) {
        return SortedJoin(U.Columns) + "\x1d" + U.Name.value_or("");
      },
      [&](const ir::UniqueConstraint &U) {
        std::optional<std::string> Still =
            KeptBy(UniqueAfter, mapped(U.Columns, Renamed));
        Change &C = add(Still ? DiffRule::UNIQUE_REMOVED_STILL_UNIQUE
                              : DiffRule::UNIQUE_REMOVED,
                        A);
        C.Name = U.Name;
        C.Old = Properties{{"columns", jsonNames(U.Columns)}};
        C.Message =
            fmt::format("unique constraint {}on {} ({}) is dropped; {}",
                        U.Name ? *U.Name + " " : "", T, quoteList(U.Columns),
                        Still ? *Still + " keeps them unique"
                              : std::string("duplicates become possible"));
        C.OldLoc = U.Where;
      },
      [&](const ir::UniqueConstraint &U) {
        std::optional<std::string> Already = KeptBy(UniqueBefore, U.Columns);
        Change &C = add(Already ? DiffRule::UNIQUE_ADDED_ALREADY_UNIQUE
                                : DiffRule::UNIQUE_ADDED,
                        A);
        C.Name = U.Name;
        C.New = Properties{{"columns", jsonNames(U.Columns)}};
        C.Message = fmt::format(
            "unique constraint {}on {} ({}) is added; {}",
            U.Name ? *U.Name + " " : "", TNew, quoteList(U.Columns),
            Already ? *Already + " kept them unique"
                    : std::string("existing duplicates fail the migration"));
        C.NewLoc = U.Where;
      });

  // Foreign keys: by what they reference and how.
  auto FKJson = [](const ir::ForeignKey &F) {
    Properties P{{"columns", jsonNames(F.Columns)},
                 {"ref_schema", optionalJson(F.RefSchema)},
                 {"ref_table", F.RefTable},
                 {"ref_columns", jsonNames(F.RefColumns)},
                 {"ondelete", optionalJson(ir::actionKeyword(F.OnDelete))},
                 {"onupdate", optionalJson(ir::actionKeyword(F.OnUpdate))}};
    // Only where given, as the schema document leaves them out.
    if (F.Deferred.Deferrable)
      P.emplace_back("deferrable", *F.Deferred.Deferrable);
    if (F.Deferred.Initially)
      P.emplace_back("initially", *F.Deferred.Initially);
    return P;
  };
  // DEFERRABLE / INITIALLY are the constraint's: changing them is dropping
  // it and creating it anew (Alembic compares them where the database
  // reports them). As the database has it: not deferrable and initially
  // immediate unless said otherwise.
  auto Deferral = [](const ir::Deferral &D) {
    return std::string(D.Deferrable.value_or(false) ? "DEFERRABLE " : "") +
           llvm::StringRef(D.Initially.value_or("IMMEDIATE")).upper();
  };
  // How it acts, as its DDL says it, where it says more than the default:
  // what tells a changed key's removal and addition apart.
  auto FKActs = [](const ir::ForeignKey &F) {
    std::string Out;
    if (auto D = ir::actionKeyword(F.OnDelete))
      Out += " ON DELETE " + *D;
    if (auto U = ir::actionKeyword(F.OnUpdate))
      Out += " ON UPDATE " + *U;
    return Out + llvm::StringRef(ir::deferralClause(F.Deferred)).upper();
  };
  auto FKKey = [&](const ir::ForeignKey &F, const Names &Cols, bool IsOld) {
    std::string Ref = ir::qualifiedName(F.RefSchema, F.RefTable);
    if (IsOld) {
      auto It = TableRenames.find(Ref);
      if (It != TableRenames.end())
        Ref = It->second;
    }
    return Join(Cols) + "\x1e" + Ref + "\x1e" + Join(F.RefColumns) + "\x1e" +
           ir::actionKeyword(F.OnDelete).value_or("") + "\x1e" +
           ir::actionKeyword(F.OnUpdate).value_or("") + "\x1e" +
           Deferral(F.Deferred);
  };
  Pair(
      A.ForeignKeys, B.ForeignKeys,
      [&](const ir::ForeignKey &F) {
        return llvm::SmallVector<std::string, 2>{
            FKKey(F, mapped(F.Columns, Renamed), true)};
      },
      [&](const ir::ForeignKey &F) { return FKKey(F, F.Columns, false); },
      [&](const ir::ForeignKey &F) {
        Change &C = add(DiffRule::FOREIGN_KEY_REMOVED, A);
        C.Name = F.Name;
        C.Old = FKJson(F);
        C.Message = fmt::format("foreign key {} ({}) -> {}({}){} is dropped", T,
                                quoteList(F.Columns), F.RefTable,
                                quoteList(F.RefColumns), FKActs(F));
        C.OldLoc = F.Where;
      },
      [&](const ir::ForeignKey &F) {
        Change &C = add(DiffRule::FOREIGN_KEY_ADDED, A);
        C.Name = F.Name;
        C.New = FKJson(F);
        C.Message = fmt::format("foreign key {} ({}) -> {}({}){} is added; "
                                "rows without a match fail the migration",
                                TNew, quoteList(F.Columns), F.RefTable,
                                quoteList(F.RefColumns), FKActs(F));
        C.NewLoc = F.Where;
      });

  // Check constraints: by their SQL.
  Pair(
      A.CheckConstraints, B.CheckConstraints,
      [&](const ir::CheckConstraint &K) {
        return llvm::SmallVector<std::string, 2>{normalizedSql(K.SqlText)};
      },
      [&](const ir::CheckConstraint &K) { return normalizedSql(K.SqlText); },
      [&](const ir::CheckConstraint &K) {
        Change &C = add(DiffRule::CHECK_REMOVED, A);
        C.Name = K.Name;
        C.Old = Properties{{"sqltext", K.SqlText}};
        C.Message =
            fmt::format("check constraint on {} ({}) is dropped", T, K.SqlText);
        C.OldLoc = K.Where;
      },
      [&](const ir::CheckConstraint &K) {
        Change &C = add(DiffRule::CHECK_ADDED, A);
        C.Name = K.Name;
        C.New = Properties{{"sqltext", K.SqlText}};
        C.Message = fmt::format("check constraint on {} ({}) is added; rows "
                                "that violate it fail the migration",
                                TNew, K.SqlText);
        C.NewLoc = K.Where;
      });
}

} // namespace schemac::passes::detail
