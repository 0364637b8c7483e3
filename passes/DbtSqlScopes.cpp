//===- DbtSqlScopes.cpp - Which relation each column is read of -----------===//
//
// SQL's scopes, as far as the impact rule needs them (DbtSql.h): each
// query's FROM items and their aliases, CTEs, subqueries, and the columns
// each expression names, placed on the items they may belong to.
//
//===----------------------------------------------------------------------===//

#include "passes/DbtSqlTokens.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <deque>

namespace schemac::passes::sql {

namespace {

/// Words that end a FROM item or clause rather than alias it.
bool isClauseWord(const Token &T) {
  static const llvm::StringSet<> Words = {
      "join",   "inner",     "left",        "right",     "full",
      "outer",  "cross",     "natural",     "lateral",   "on",
      "using",  "where",     "group",       "having",    "qualify",
      "window", "order",     "limit",       "offset",    "fetch",
      "union",  "intersect", "except",      "minus",     "for",
      "pivot",  "unpivot",   "tablesample", "returning", "match_recognize",
      "sample"};
  return T.Kind == Token::Word && Words.count(T.Text);
}

bool isJoinWord(const Token &T) {
  static const llvm::StringSet<> Words = {
      "join",  "inner", "left",    "right",   "full",
      "outer", "cross", "natural", "lateral", "apply"};
  return T.Kind == Token::Word && Words.count(T.Text);
}

/// Places each column a query names on the relations it may read of
/// (DbtSql.h).
class ColumnPlacer {
public:
  ColumnPlacer(const std::vector<Token> &Tokens, const SqlLexicon &Lexicon,
               const KnownColumns *Known, SqlReading &Out,
               bool ColumnsBeforeAliases)
      : T(Tokens), Lexicon(Lexicon), Known(Known), Out(Out),
        ColumnsBeforeAliases(ColumnsBeforeAliases) {}

  /// False where the SQL is not a query it follows.
  bool run() {
    size_t End = T.size();
    while (End > 0 && isPunct(T[End - 1], ';'))
      --End;
    const Derived *Result = query(0, End, nullptr, nullptr);
    if (!Ok || !SawSelect || !Result)
      return false;
    // The relations whose every column the result carries, and the names
    // its select lists say besides.
    Out.ResultNames.insert(Result->Named.begin(), Result->Named.end());
    throughStars(Result->Star, [&](const Item &I) {
      if (!I.Name.empty())
        Out.PassedThrough.insert(I.Name);
      if (I.Kind == Item::Query && I.Of)
        Out.ResultNames.insert(I.Of->Named.begin(), I.Of->Named.end());
    });
    return true;
  }

private:
  struct Derived;
  /// What a FROM clause reads.
  struct Item {
    enum KindType { Relation, Query, Other } Kind = Other;
    /// A relation's name (its last part), a CTE's name.
    std::string Name;
    /// What the query calls it: its alias, else its name.
    std::string Alias;
    /// A relation's whole name, as the query writes it: schema.table.
    std::string Path;
    /// The schema it names, if any.
    std::string Schema;
    /// A CTE's or subquery's query.
    const Derived *Of = nullptr;
  };
  /// A CTE or subquery: the items whose every column its select * passes
  /// on.
  struct Derived {
    std::vector<Item> Star;
    /// The names of its columns, where its select list says them all (no
    /// *): a name it lacks is of an enclosing query's relation.
    std::optional<std::vector<std::string>> Columns;
    /// The names its select list says, beside any *.
    std::vector<std::string> Named;
  };
  struct Scope {
    std::vector<Item> Items;
    /// The select list's `AS name` aliases, and the names its other items
    /// get (a column's, a function's: count(*) is count), which a whole
    /// item of ORDER BY or GROUP BY may name too; by outputName().
    llvm::StringSet<> OutputAliases, OutputNames;
    /// The indices of Items by alias, in order (a FROM clause may join
    /// thousands of items, and each column looks its qualifier up).
    llvm::StringMap<llvm::SmallVector<unsigned, 1>> ByAlias;
    const Scope *Outer = nullptr;

    void add(Item It) {
      ByAlias[It.Alias].push_back(Items.size());
      Items.push_back(std::move(It));
    }
    llvm::ArrayRef<unsigned> named(llvm::StringRef Alias) const {
      auto It = ByAlias.find(Alias);
      return It == ByAlias.end() ? llvm::ArrayRef<unsigned>() : It->second;
    }
  };
  /// The CTEs of a WITH clause, and those of the queries enclosing it.
  struct CteScope {
    llvm::StringMap<const Derived *> Names;
    const CteScope *Outer = nullptr;
    const Derived *const *lookup(llvm::StringRef Name) const {
      for (const CteScope *S = this; S; S = S->Outer)
        if (auto It = S->Names.find(Name); It != S->Names.end())
          return &It->second;
      return nullptr;
    }
  };
  using Range = std::pair<size_t, size_t>;

  size_t closing(size_t I, size_t End) const {
    size_t Close = closingParen(T, I, End);
    if (Close == End)
      Ok = false;
    return Close;
  }
  bool startsQuery(size_t I, size_t End) const {
    // Parentheses beyond the levels followed are no query (linear time on
    // any input).
    for (size_t Open = 0; I < End && isPunct(T[I], '(') && Open < MaxLevel;
         ++Open)
      ++I;
    return I < End && (isWord(T[I], "select") || isWord(T[I], "with") ||
                       isTableCommand(I, End) ||
                       (Lexicon.FromFirst && isWord(T[I], "from")));
  }
  /// TABLE name (Postgres, MySQL, DuckDB): SELECT * FROM name. Not
  /// Snowflake's TABLE(function(...)).
  bool isTableCommand(size_t I, size_t End) const {
    return isWord(T[I], "table") && I + 1 < End && isName(T[I + 1]) &&
           !(I + 2 < End && isPunct(T[I + 2], '('));
  }
  template <typename Pred> size_t find(size_t Begin, size_t End, Pred Is) {
    return findAtTop(T, Begin, End, Is);
  }

  /// WITH ...; the branches of UNION and the like.
  const Derived *query(size_t Begin, size_t End, const Scope *Outer,
                       const CteScope *Ctes) {
    if (++Level > MaxLevel || !Ok) {
      Ok = false;
      return nullptr;
    }
    for (unsigned Open = 0; Begin < End && isPunct(T[Begin], '(') &&
                            closing(Begin, End) == End - 1;
         ++Open) {
      if (Open == MaxLevel) {
        Ok = false;
        return nullptr;
      }
      ++Begin;
      --End;
    }
    const CteScope *Env = Ctes;
    if (Begin < End && isWord(T[Begin], "with")) {
      CteScope &With = CteScopes.emplace_back();
      With.Outer = Ctes;
      Env = &With;
      size_t I = Begin + 1;
      if (I < End && isWord(T[I], "recursive"))
        ++I;
      while (I < End && isName(T[I])) {
        std::string Name = T[I++].Text;
        std::optional<std::vector<std::string>> Listed;
        if (I < End && isPunct(T[I], '(')) {
          Listed = columnList(I, End);
          I = closing(I, End) + 1;
        }
        if (I < End && isWord(T[I], "as"))
          ++I;
        while (I < End && (isWord(T[I], "not") || isWord(T[I], "materialized")))
          ++I;
        if (I >= End || !isPunct(T[I], '(')) {
          Ok = false;
          break;
        }
        size_t Close = closing(I, End);
        const Derived *Body = query(I + 1, Close, Outer, Env);
        With.Names[Name] = Listed ? renamed(Body, std::move(*Listed)) : Body;
        I = Close + 1;
        if (I >= End || !isPunct(T[I], ','))
          break;
        ++I;
      }
      Begin = I;
    }
    Derived &Result = Queries.emplace_back();
    // `* EXCEPT (...)` (BigQuery) excepts columns, not a query.
    auto IsSetOperation = [&](size_t I) {
      return isWord(T[I], "union") || isWord(T[I], "intersect") ||
             (isWord(T[I], "except") && !(I > 0 && isPunct(T[I - 1], '*'))) ||
             isWord(T[I], "minus");
    };
    size_t Branches = 0;
    bool ByPosition = false;
    // What each branch selects * of: branches that all select * of the
    // same relations still line up when those lose a column.
    std::optional<std::vector<std::string>> PreviousStars;
    bool StarsDiffer = false;
    for (size_t Start = Begin; Start < End && Ok; ++Branches) {
      size_t Stop = find(Start, End, IsSetOperation);
      const Derived *Branch = select(Start, Stop, Outer, Env);
      std::vector<std::string> Stars;
      // A set operation's columns are named by its first branch.
      if (Branch && Branches == 0) {
        Result.Columns = Branch->Columns;
        Result.Named = Branch->Named;
      }
      if (Branch) {
        llvm::append_range(Result.Star, Branch->Star);
        for (const Item &It : Branch->Star)
          Stars.push_back(It.Path.empty() ? It.Name : It.Path);
      }
      if (PreviousStars && *PreviousStars != Stars)
        StarsDiffer = true;
      PreviousStars = std::move(Stars);
      Start = Stop + 1;
      while (Start < End &&
             (isWord(T[Start], "all") || isWord(T[Start], "distinct")))
        ++Start;
      // UNION BY NAME (Snowflake, DuckDB) lines columns up by name and
      // fills a missing one with NULL.
      if (Start + 1 < End && isWord(T[Start], "by") &&
          isWord(T[Start + 1], "name"))
        Start += 2;
      else if (Stop < End)
        ByPosition = true;
    }
    // The branches of UNION and the like line up column by column: one
    // that selects * stops building when its relation loses any column.
    if (Branches > 1 && ByPosition && StarsDiffer)
      for (const Item &It : Result.Star)
        readOf(It, ReadsEveryColumn);
    --Level;
    return &Result;
  }

  /// One SELECT: its FROM clause's items, then every expression of it.
  /// Also TABLE name and DuckDB's FROM-first query, which select * unless
  /// a select list follows their FROM clause.
  const Derived *select(size_t Begin, size_t End, const Scope *Outer,
                        const CteScope *Ctes) {
    // (SELECT ...), perhaps with the ORDER BY or LIMIT of a set operation
    // after it.
    if (Begin < End && isPunct(T[Begin], '(') && startsQuery(Begin + 1, End)) {
      size_t Close = closing(Begin, End);
      if (Close + 1 == End ||
          (Close + 1 < End &&
           (isWord(T[Close + 1], "order") || isWord(T[Close + 1], "limit") ||
            isWord(T[Close + 1], "offset") || isWord(T[Close + 1], "fetch"))))
        return query(Begin, Close + 1, Outer, Ctes);
    }
    auto EndsFrom = [&](size_t I) {
      const Token &X = T[I];
      return isClauseWord(X) && !isJoinWord(X) && !isWord(X, "on") &&
             !isWord(X, "using") && !isWord(X, "pivot") &&
             !isWord(X, "unpivot") && !isWord(X, "tablesample") &&
             !isWord(X, "for");
    };
    // The select list [List, ListEnd), the FROM clause's items
    // [From + 1, FromEnd).
    size_t List, ListEnd, From, FromEnd;
    bool HasList = true;
    if (Begin < End && (isTableCommand(Begin, End) ||
                        (Lexicon.FromFirst && isWord(T[Begin], "from")))) {
      From = Begin;
      FromEnd = find(From + 1, End, [&](size_t I) {
        return EndsFrom(I) || isWord(T[I], "select");
      });
      HasList = FromEnd < End && isWord(T[FromEnd], "select");
      List = HasList ? FromEnd + 1 : FromEnd;
      ListEnd = HasList ? find(List, End, EndsFrom) : FromEnd;
    } else {
      size_t Select =
          find(Begin, End, [&](size_t I) { return isWord(T[I], "select"); });
      if (Select == End) {
        // VALUES (...): no column of anything.
        if (Begin < End && isWord(T[Begin], "values"))
          return nullptr;
        Ok = false;
        return nullptr;
      }
      List = Select + 1;
      From = ListEnd =
          find(List, End, [&](size_t I) { return isFromAt(T, I); });
      FromEnd = From == End ? End : find(From + 1, End, EndsFrom);
    }
    SawSelect = true;
    Scope Here;
    Here.Outer = Outer;
    std::vector<Range> Expressions = {{List, ListEnd}};
    if (From < End)
      fromClause(From + 1, FromEnd, Here, Outer, Ctes, Expressions);
    // The clauses after FROM (WHERE, GROUP BY, ..., ORDER BY) may name the
    // select list's aliases and its items' names.
    bool Starred = false;
    std::vector<std::string> Named = addItemNames(List, ListEnd, Here, Starred);
    Expressions.push_back({std::max(ListEnd, FromEnd), End});
    // Postgres's DISTINCT ON (...) names them as ORDER BY does.
    size_t DistinctOn = List;
    if (List + 2 < ListEnd && isWord(T[List], "distinct") &&
        isWord(T[List + 1], "on") && isPunct(T[List + 2], '(')) {
      DistinctOn = closing(List + 2, ListEnd);
      Expressions.front().first = DistinctOn + 1;
      expression(List + 3, DistinctOn, Here, Ctes, /*AfterFrom=*/false,
                 /*OrderLike=*/true);
    }
    for (size_t E = 0; E < Expressions.size(); ++E)
      expression(Expressions[E].first, Expressions[E].second, Here, Ctes,
                 /*AfterFrom=*/E + 1 == Expressions.size());
    Derived &Result = Queries.emplace_back();
    if (HasList && !Starred)
      Result.Columns = Named;
    Result.Named = std::move(Named);
    if (!HasList)
      llvm::append_range(Result.Star, Here.Items);
    // What its select * passes on: every item, or the one of `x.*`.
    int Depth = 0;
    for (size_t I = List; I < ListEnd; ++I) {
      if (isPunct(T[I], '('))
        ++Depth;
      else if (isPunct(T[I], ')'))
        --Depth;
      else if (Depth == 0 && isPunct(T[I], '*')) {
        if (isPunct(T[I - 1], '.') && I >= 2 && isName(T[I - 2])) {
          for (unsigned K : Here.named(T[I - 2].Text))
            Result.Star.push_back(Here.Items[K]);
        } else if (startsSelectItem(T, I)) {
          llvm::append_range(Result.Star, Here.Items);
        }
      }
    }
    return &Result;
  }

  void fromClause(size_t Begin, size_t End, Scope &Here, const Scope *Outer,
                  const CteScope *Ctes, std::vector<Range> &Expressions) {
    auto IsSeparator = [&](size_t I) {
      return isPunct(T[I], ',') || joinWordAt(I, End);
    };
    for (size_t I = Begin; I < End && Ok;) {
      // Hive's LATERAL VIEW f(...) t: a table function.
      if (IsSeparator(I) ||
          (isWord(T[I], "view") && I > Begin && isWord(T[I - 1], "lateral"))) {
        ++I;
        continue;
      }
      if (isWord(T[I], "on")) {
        size_t Stop = find(I + 1, End, IsSeparator);
        Expressions.push_back({I + 1, Stop});
        I = Stop;
        continue;
      }
      if (isWord(T[I], "using") && I + 1 < End && isPunct(T[I + 1], '(')) {
        // USING (c) reads c of both sides of the join: of each item that
        // may have it, not only of one that surely does (the left side
        // may be a select * over a table that loses it).
        size_t Close = closing(I + 1, End);
        for (size_t K = I + 2; K < Close; ++K)
          if (isName(T[K]))
            for (const Item &It : Here.Items)
              if (presence(It, T[K]) != Lacks)
                readOf(It, T[K].Text);
        I = Close + 1;
        continue;
      }
      Item It;
      // A table function's name: its columns are known by it.
      std::string Function;
      // DuckDB's `alias: table`.
      std::string PrefixAlias;
      if (prefixAliasAt(I, End)) {
        PrefixAlias = T[I].Text;
        I += 2;
        if (I >= End)
          break;
      }
      size_t Next = I + 1;
      if (isPunct(T[I], '(')) {
        size_t Close = closing(I, End);
        if (I + 1 < Close && isWord(T[I + 1], "values")) {
          // (VALUES ...) AS x(a, b): the columns its alias lists.
          Expressions.push_back({I + 2, Close});
          It.Kind = Item::Query;
          Next = Close + 1;
        } else if (!startsQuery(I + 1, Close)) {
          // A parenthesised join: its items are this query's, and an
          // alias names them all.
          if (++Level > MaxLevel) {
            Ok = false;
            return;
          }
          size_t First = Here.Items.size();
          fromClause(I + 1, Close, Here, Outer, Ctes, Expressions);
          --Level;
          size_t J = Close + 1;
          if (J < End && isWord(T[J], "as"))
            ++J;
          if (J < End && isName(T[J]) && !isClauseWord(T[J])) {
            Derived &Joined = Queries.emplace_back();
            Joined.Star.assign(Here.Items.begin() + First, Here.Items.end());
            Item Whole;
            Whole.Kind = Item::Query;
            Whole.Of = &Joined;
            Whole.Alias = T[J++].Text;
            Here.add(std::move(Whole));
            if (J < End && isPunct(T[J], '('))
              J = closing(J, End) + 1;
          }
          I = J;
          continue;
        } else {
          // LATERAL (...) sees the items before it.
          bool Lateral = I > Begin && isWord(T[I - 1], "lateral");
          It.Kind = Item::Query;
          It.Of = query(I + 1, Close, Lateral ? &Here : Outer, Ctes);
          Next = Close + 1;
        }
      } else if (isName(T[I])) {
        std::vector<std::string> Parts;
        size_t J = dottedName(I, End, /*SplitQuoted=*/true, Parts);
        Next = J;
        It.Alias = Parts.back();
        const Item *Earlier = nullptr;
        if (Parts.size() > 1)
          if (llvm::ArrayRef<unsigned> Named = Here.named(Parts[0]);
              !Named.empty())
            Earlier = &Here.Items[Named.back()];
        if (Earlier) {
          // `o.line_items`: a column of an item before it, unnested.
          readOf(*Earlier, Parts[1]);
        } else if (J < End && isPunct(T[J], '(')) {
          // A table function (or VALUES): its arguments are expressions.
          size_t Close = closing(J, End);
          Expressions.push_back({J + 1, Close});
          Next = Close + 1;
          Function = Parts.back();
        } else if (const Derived *const *Cte = Parts.size() == 1 && Ctes
                                                   ? Ctes->lookup(Parts[0])
                                                   : nullptr) {
          // By its name too: dbt inlines an ephemeral model as the CTE
          // __dbt__cte__<name>.
          It.Kind = Item::Query;
          It.Of = *Cte;
          It.Name = Parts[0];
          Out.ColumnsOf[It.Name];
          Out.UnqualifiedRelations.insert(It.Name);
        } else {
          It.Kind = Item::Relation;
          It.Name = Parts.back();
          It.Path = llvm::join(Parts, ".");
          Out.ColumnsOf[It.Name];
          if (Parts.size() > 1) {
            It.Schema = Parts[Parts.size() - 2];
            Out.QualifiedRelations.insert(It.Schema + "." + It.Name);
            // One token a part: only BigQuery quotes a path whole.
            if (Lexicon.FoldsToLower) {
              const Token &Last = T[J - 1];
              Out.RelationSpellings[It.Schema + "." + It.Name].insert(
                  Last.Kind == Token::Quoted ? Last.Exact : Last.Text);
            }
          } else {
            Out.UnqualifiedRelations.insert(It.Name);
          }
        }
      }
      size_t J = Next;
      if (J < End && isWord(T[J], "as"))
        ++J;
      std::optional<std::vector<std::string>> Listed;
      if (J < End && isName(T[J]) && !isClauseWord(T[J])) {
        It.Alias = T[J++].Text;
        if (J < End && isPunct(T[J], '(')) {
          // (SELECT ...) AS x(a, b): its columns renamed.
          Listed = columnList(J, End);
          J = closing(J, End) + 1;
        }
      } else if (!PrefixAlias.empty()) {
        It.Alias = PrefixAlias;
      }
      if (Listed && It.Kind == Item::Query)
        It.Of = renamed(It.Of, std::move(*Listed));
      else if (!Function.empty() && Lexicon.FoldsToLower)
        if (std::optional<std::vector<std::string>> Columns =
                functionColumns(Function, It.Alias, std::move(Listed)))
          It.Of = renamed(nullptr, std::move(*Columns));
      Here.add(std::move(It));
      // Whatever else the item has up to the next one (PIVOT (...),
      // MATCH_RECOGNIZE (...), a sample) reads the items' columns.
      I = find(J, End, [&](size_t K) {
        return IsSeparator(K) || isWord(T[K], "on") || isWord(T[K], "using");
      });
      Expressions.push_back({J, I});
    }
  }

  void expression(size_t Begin, size_t End, const Scope &Here,
                  const CteScope *Ctes, bool AfterFrom = false,
                  bool OrderLike = false) {
    // Which clause of the query a name is in, where that decides whether
    // a select list's alias may stand for it: ORDER BY and GROUP BY
    // (where a column of the name is gone, the alias serves), and with
    // lateral aliases WHERE, HAVING and QUALIFY.
    bool AliasesVisible = OrderLike && Lexicon.GroupByAliases,
         InOrderOrGroup = OrderLike, ColumnFirst = false;
    unsigned Depth = 0;
    for (size_t I = Begin; I < End && Ok; ++I) {
      if (isPunct(T[I], '(')) {
        if (startsQuery(I + 1, End)) {
          size_t Close = closing(I, End);
          query(I + 1, Close, &Here, Ctes);
          I = Close;
        } else {
          ++Depth;
        }
        continue;
      }
      if (isPunct(T[I], ')') && Depth) {
        --Depth;
        continue;
      }
      if (AfterFrom && !Depth && T[I].Kind == Token::Word) {
        if (isWord(T[I], "order") || isWord(T[I], "group")) {
          AliasesVisible = Lexicon.GroupByAliases;
          InOrderOrGroup = true;
          ColumnFirst = isWord(T[I], "group");
        } else if (isWord(T[I], "where") || isWord(T[I], "having") ||
                   isWord(T[I], "qualify")) {
          AliasesVisible = ColumnFirst = Lexicon.LateralAliases;
          InOrderOrGroup = false;
        } else if (isWord(T[I], "limit") || isWord(T[I], "window") ||
                   isWord(T[I], "union") || isWord(T[I], "intersect") ||
                   isWord(T[I], "except")) {
          AliasesVisible = InOrderOrGroup = ColumnFirst = false;
        }
      }
      if (!isName(T[I]))
        continue;
      // An alias (AS name, CAST(x AS type), DuckDB's `alias: value`); a
      // type after ::, a path into semi-structured data after a value's :
      // (Snowflake's col:field), but not a value after an object constant's
      // key ({'k': col}). A type may be qualified: ::pg_catalog.text.
      std::vector<std::string> Parts;
      if ((I > Begin && isWord(T[I - 1], "as")) ||
          (I >= Begin + 2 && isPunct(T[I - 1], ':') &&
           (isPunct(T[I - 2], ':') ||
            (!Lexicon.PrefixAliases &&
             (isName(T[I - 2]) || isPunct(T[I - 2], ')') ||
              isPunct(T[I - 2], ']')))))) {
        I = dottedName(I, End, /*SplitQuoted=*/false, Parts) - 1;
        continue;
      }
      if (prefixAliasAt(I, End))
        continue;
      // A named argument: make_date(year => 2020), Postgres's year := 2020.
      if (I + 2 < End && ((isPunct(T[I + 1], '=') && isPunct(T[I + 2], '>')) ||
                          (isPunct(T[I + 1], ':') && isPunct(T[I + 2], '='))))
        continue;
      // Keywords in a phrase of SQL's: AT TIME ZONE, INTERVAL '1' DAY,
      // NULLS LAST, CURRENT ROW, ...
      if (size_t Phrase = keywordPhraseAt(T, Begin, I, End)) {
        I += Phrase - 1;
        continue;
      }
      // A typed literal: DATE '...', TIMESTAMP '...'.
      if (T[I].Kind == Token::Word && I + 1 < End &&
          T[I + 1].Kind == Token::Literal && !T[I + 1].Text.empty())
        continue;
      // A date part: EXTRACT(year FROM ...), DATEDIFF(day, ...).
      if (I >= Begin + 2 && isPunct(T[I - 1], '(') && takesDatePart(T[I - 2]) &&
          isDatePart(T[I]) && I + 1 < End &&
          (isWord(T[I + 1], "from") || isPunct(T[I + 1], ',')))
        continue;
      const Token &First = T[I];
      size_t J = dottedName(I, End, /*SplitQuoted=*/false, Parts);
      I = J - 1;
      // x.*, and a function's name.
      if (J + 1 < End && isPunct(T[J], '.') && isPunct(T[J + 1], '*'))
        continue;
      if (J < End && isPunct(T[J], '(') && T[J - 1].Kind == Token::Word)
        continue;
      if (BareAliases.contains(I))
        continue;
      // An alias of the select list, where the clause sees them: a column
      // of the name that is dropped leaves the alias (in GROUP BY, and
      // with lateral aliases in WHERE, a column of the name comes first,
      // then the alias; in ORDER BY the alias first).
      bool WholeItem = InOrderOrGroup && Depth == 0 && wholeOrderItem(I, End);
      if (AliasesVisible && Parts.size() == 1 &&
          ((Here.OutputAliases.contains(outputName(First)) &&
            (!InOrderOrGroup || Lexicon.LateralAliases || WholeItem)) ||
           (WholeItem && Here.OutputNames.contains(outputName(First)))) &&
          !(ColumnsBeforeAliases && ColumnFirst &&
            llvm::any_of(Here.Items, [&](const Item &It) {
              return presence(It, First) == Has;
            })))
        continue;
      place(Parts, First, Here);
    }
  }

  /// The parts of the dotted name at \p I (schema.table, alias.column),
  /// into \p Parts; the index after it. A quoted part is one name unless
  /// \p SplitQuoted: BigQuery quotes a whole path, `project.dataset.table`.
  size_t dottedName(size_t I, size_t End, bool SplitQuoted,
                    std::vector<std::string> &Parts) const {
    if (SplitQuoted && T[I].Kind == Token::Quoted)
      for (llvm::StringRef Part : llvm::split(T[I].Text, '.'))
        Parts.push_back(Part.str());
    else
      Parts.push_back(T[I].Text);
    size_t J = I + 1;
    for (; J + 1 < End && isPunct(T[J], '.') && isName(T[J + 1]); J += 2)
      Parts.push_back(T[J + 1].Text);
    return J;
  }

  /// Whether item \p It has the column \p Name (the name's first token):
  /// surely, perhaps (its columns are not known), or surely not. A CTE,
  /// subquery, VALUES list or table function whose columns are known
  /// (Derived::Columns) has those; a relation, as far as Known says.
  /// Known columns are named as the models name
  /// them, which is how SQLAlchemy creates them: on PostgreSQL `discount`
  /// is not the column "Discount", nor "discount" the column "Discount".
  enum Presence { Has, MayHave, Lacks };
  Presence presence(const Item &It, const Token &Name) const {
    if (It.Of && It.Of->Columns)
      return llvm::is_contained(*It.Of->Columns, outputName(Name)) ? Has
                                                                   : Lacks;
    if (!Known || It.Kind != Item::Relation || It.Schema.empty())
      return MayHave;
    auto Columns = Known->find(It.Schema + "." + It.Name);
    if (Columns == Known->end())
      return MayHave;
    for (const std::string &C : Columns->second) {
      bool Same =
          !Lexicon.FoldsToLower
              ? llvm::StringRef(C).equals_insensitive(Name.Text)
              : C == (Name.Kind == Token::Quoted ? Name.Exact : Name.Text);
      if (Same)
        return Has;
    }
    return Lacks;
  }

  void place(const std::vector<std::string> &Parts, const Token &First,
             const Scope &Here) {
    // The first part that names an item qualifies the part after it:
    // schema.table.col, alias.col.field (into a struct).
    for (size_t K = 0; K + 1 < Parts.size(); ++K)
      for (const Scope *S = &Here; S; S = S->Outer)
        if (llvm::ArrayRef<unsigned> Named = S->named(Parts[K]);
            !Named.empty()) {
          // schema.table.col: of the items of that name, the schema's.
          unsigned Pick = Named.front();
          if (K > 0)
            for (unsigned I : Named)
              if (S->Items[I].Schema == Parts[K - 1]) {
                Pick = I;
                break;
              }
          readOf(S->Items[Pick], Parts[K + 1]);
          return;
        }
    // No query's name: the first part is a column (a struct's fields
    // follow), unless the name is one the reader missed.
    if (Parts.size() > 1)
      Out.ColumnsOf[""].insert(Parts.back());
    // Of the innermost query whose relations surely have it, where one
    // does; else of any that may, inside out. None at all where every
    // relation surely lacks it (a keyword read as a name).
    bool AnyItem = false;
    for (const Scope *S = &Here; S; S = S->Outer) {
      llvm::SmallVector<Presence, 8> Of;
      for (const Item &It : S->Items)
        Of.push_back(presence(It, First));
      AnyItem |= !Of.empty();
      bool Resolved = llvm::is_contained(Of, Has);
      for (size_t K = 0; K < S->Items.size(); ++K)
        if (Resolved ? Of[K] == Has : Of[K] == MayHave)
          readOf(S->Items[K], Parts[0]);
      if (Resolved)
        return;
    }
    if (!AnyItem)
      Out.ColumnsOf[""].insert(Parts[0]);
  }

  /// Calls \p Reached with each of \p From and each item their select *
  /// reads, through CTEs and subqueries (each once: they may read one
  /// another many ways), while the reading is Ok.
  template <typename Fn>
  void throughStars(llvm::ArrayRef<Item> From, Fn Reached) {
    llvm::SmallPtrSet<const Derived *, 8> Seen;
    std::vector<const Item *> Work;
    for (const Item &It : From)
      Work.push_back(&It);
    while (!Work.empty() && Ok) {
      const Item *I = Work.back();
      Work.pop_back();
      Reached(*I);
      if (I->Kind == Item::Query && I->Of && Seen.insert(I->Of).second)
        for (const Item &Under : I->Of->Star)
          Work.push_back(&Under);
    }
  }

  /// A CTE or subquery that names the column read it already; through its
  /// select * the column is read of what that reads.
  void readOf(const Item &It, const std::string &Column) {
    throughStars(It, [&](const Item &I) {
      // Columns through CTEs that each read a chain of others take
      // quadratic time: past a bound, the names are all the reading says.
      if (++Visits > MaxVisits)
        Ok = false;
      // A relation or CTE by its name (a table function's columns are its
      // own).
      if (!I.Name.empty())
        Out.ColumnsOf[I.Name].insert(Column);
      if (!I.Schema.empty())
        Out.ColumnsOfQualified[I.Schema + "." + I.Name].insert(Column);
    });
  }

  /// Whether the name at \p I is a whole item of ORDER BY or GROUP BY
  /// (`order by total desc`), where a select list's alias stands for its
  /// column: in an expression (`order by lower(total)`) a name is a column
  /// of what the query reads, but where aliases are lateral.
  bool wholeOrderItem(size_t I, size_t End) const {
    bool DistinctOn =
        I >= 2 && isPunct(T[I - 1], '(') && isWord(T[I - 2], "on");
    if (I == 0 ||
        !(isWord(T[I - 1], "by") || isPunct(T[I - 1], ',') || DistinctOn))
      return false;
    if (I + 1 >= End)
      return true;
    const Token &Next = T[I + 1];
    return isPunct(Next, ',') || isPunct(Next, ')') || isWord(Next, "asc") ||
           isWord(Next, "desc") || isWord(Next, "nulls") || isClauseWord(Next);
  }

  /// A name as the select list and the clauses that name its outputs
  /// compare it: where the warehouse folds unquoted names (Postgres), a
  /// quoted one keeps its case (`order by status` is no alias "Status").
  std::string outputName(const Token &Name) const {
    return Lexicon.FoldsToLower && Name.Kind == Token::Quoted ? Name.Exact
                                                              : Name.Text;
  }

  /// The names the items of the select list [Begin, End) without an AS
  /// alias get: an alias without AS (`count(*) n`), else a column's
  /// (`o.status`, `o.status::text`, `cast(o.status as text)`) or a
  /// function's (`count(*)`, `count(*) over (...)`); and the AS aliases.
  /// Each goes to \p Here, and all of them, in order, are returned;
  /// \p Starred says whether an item is a * (`x.*`, `* EXCEPT (...)`), so
  /// that they are not all the list's columns.
  std::vector<std::string> addItemNames(size_t Begin, size_t End, Scope &Here,
                                        bool &Starred) {
    if (Begin < End && isWord(T[Begin], "distinct")) {
      ++Begin;
      if (Begin + 1 < End && isWord(T[Begin], "on") &&
          isPunct(T[Begin + 1], '('))
        Begin = closing(Begin + 1, End) + 1;
    } else if (Begin < End && isWord(T[Begin], "all")) {
      ++Begin;
    }
    // SQL Server's TOP n [PERCENT], TOP (n).
    if (Begin + 1 < End && isWord(T[Begin], "top")) {
      Begin =
          isPunct(T[Begin + 1], '(') ? closing(Begin + 1, End) + 1 : Begin + 2;
      if (Begin < End && isWord(T[Begin], "percent"))
        ++Begin;
    }
    std::vector<std::string> Named;
    for (size_t Item = Begin; Item < End;) {
      size_t ItemEnd =
          findAtTop(T, Item, End, [&](size_t I) { return isPunct(T[I], ','); });
      size_t As = findAtTop(T, Item, ItemEnd,
                            [&](size_t I) { return isWord(T[I], "as"); });
      // *, x.*, and * EXCEPT (...) and the like: not every name is said.
      if (findAtTop(T, Item, ItemEnd, [&](size_t I) {
            return isPunct(T[I], '*') && (I == Item || isPunct(T[I - 1], '.'));
          }) != ItemEnd)
        Starred = true;
      // The item's own AS alias (not cast(x AS date)'s type), else the
      // name it gets.
      std::optional<std::string> Name;
      if (As + 1 < ItemEnd && isName(T[As + 1])) {
        Name = outputName(T[As + 1]);
        Here.OutputAliases.insert(*Name);
      } else if (As == ItemEnd && (Name = itemName(Item, ItemEnd))) {
        Here.OutputNames.insert(*Name);
      }
      if (Name)
        Named.push_back(*Name);
      Item = ItemEnd + 1;
    }
    return Named;
  }

  /// The names of a column list, (a, b) or (a int, b text), at \p I.
  std::vector<std::string> columnList(size_t I, size_t End) const {
    std::vector<std::string> Names;
    size_t Close = closing(I, End);
    for (size_t K = I + 1; K < Close; ++K) {
      if (isName(T[K]))
        Names.push_back(outputName(T[K]));
      K = findAtTop(T, K, Close, [&](size_t X) { return isPunct(T[X], ','); });
    }
    return Names;
  }

  /// The columns of Postgres's table function \p Name as a FROM item
  /// aliased \p Alias: its column list, else the OUT parameters of the
  /// JSON functions, else one named after the alias of a function that
  /// returns a scalar; unknown for others.
  static std::optional<std::vector<std::string>>
  functionColumns(llvm::StringRef Name, llvm::StringRef Alias,
                  std::optional<std::vector<std::string>> Listed) {
    if (Listed)
      return Listed;
    if (llvm::is_contained({"jsonb_array_elements", "json_array_elements",
                            "jsonb_array_elements_text",
                            "json_array_elements_text"},
                           Name))
      return std::vector<std::string>{"value"};
    if (llvm::is_contained(
            {"jsonb_each", "json_each", "jsonb_each_text", "json_each_text"},
            Name))
      return std::vector<std::string>{"key", "value"};
    if (llvm::is_contained({"generate_series", "unnest", "generate_subscripts",
                            "regexp_split_to_table", "string_to_table",
                            "jsonb_object_keys", "json_object_keys"},
                           Name))
      return std::vector<std::string>{Alias.empty() ? Name.str() : Alias.str()};
    return std::nullopt;
  }

  /// \p Of with its first columns named \p Columns (a column list): the
  /// others keep their names, so where \p Of selects * they stay unknown.
  /// Of none with a name (VALUES, a table function), the list names all.
  const Derived *renamed(const Derived *Of, std::vector<std::string> Columns) {
    if (Of && !Of->Columns && !Of->Star.empty())
      return Of;
    Derived &Copy = Queries.emplace_back();
    if (Of) {
      Copy.Star = Of->Star;
      for (size_t K = Columns.size(); K < Of->Columns->size(); ++K)
        Columns.push_back((*Of->Columns)[K]);
    }
    Copy.Named = Columns;
    Copy.Columns = std::move(Columns);
    return &Copy;
  }

  /// The name the select item [Begin, End), which has no AS alias, gets
  /// (addItemNames).
  std::optional<std::string> itemName(size_t Begin, size_t End) {
    if (Begin >= End)
      return std::nullopt;
    // The (dotted) name it starts with, if any: [Begin, J).
    std::vector<std::string> Parts;
    size_t J = isName(T[Begin])
                   ? dottedName(Begin, End, /*SplitQuoted=*/false, Parts)
                   : Begin;
    const Token &Last = T[End - 1];
    // An alias without AS (no column: `sum(amount) total`) follows a value
    // that plainly ends there: a closing bracket, a literal, a lone
    // (dotted) name, a cast to a one-word type. Not an operand of a word
    // operator (`a is distinct from b`, `x at time zone tz`).
    if (End - Begin >= 2 && isName(Last)) {
      const Token &Before = T[End - 2];
      bool Alias = isPunct(Before, ')') || isPunct(Before, ']') ||
                   Before.Kind == Token::Literal || J == End - 1 ||
                   (End - Begin >= 4 && isName(Before) &&
                    isPunct(T[End - 3], ':') && isPunct(T[End - 4], ':'));
      if (Alias) {
        BareAliases.insert(End - 1);
        return outputName(Last);
      }
    }
    if (J == Begin)
      return std::nullopt;
    // cast(x AS type) is named x, as x::type is.
    if (isWord(T[Begin], "cast") && J < End && isPunct(T[J], '(') &&
        closing(J, End) == End - 1 && J + 1 < End && isName(T[J + 1])) {
      size_t K = dottedName(J + 1, End, /*SplitQuoted=*/false, Parts);
      return K < End && isWord(T[K], "as") ? std::optional(outputName(T[K - 1]))
                                           : std::nullopt;
    }
    if (J < End && isPunct(T[J], '('))
      return T[J - 1].Text;
    if (J == End ||
        (J + 1 < End && isPunct(T[J], ':') && isPunct(T[J + 1], ':')))
      return outputName(T[J - 1]);
    return std::nullopt;
  }

  /// A JOIN keyword, not the function LEFT(...) or RIGHT(...): JOIN
  /// (subquery) is a join.
  bool joinWordAt(size_t I, size_t End) const {
    return isJoinWord(T[I]) &&
           !((isWord(T[I], "left") || isWord(T[I], "right")) && I + 1 < End &&
             isPunct(T[I + 1], '('));
  }

  /// DuckDB's `alias:` before a select item or a FROM item (not `::`, nor
  /// a slice's bound, l[a:b]).
  bool prefixAliasAt(size_t I, size_t End) const {
    if (!Lexicon.PrefixAliases || !isName(T[I]) || I + 1 >= End ||
        !isPunct(T[I + 1], ':') || (I + 2 < End && isPunct(T[I + 2], ':')))
      return false;
    if (I == 0)
      return true;
    const Token &P = T[I - 1];
    return isPunct(P, ',') || isWord(P, "select") || isWord(P, "distinct") ||
           isWord(P, "all") || isFromAt(T, I - 1) || isJoinWord(P);
  }

  static constexpr unsigned MaxLevel = 64;
  static constexpr size_t MaxVisits = size_t(1) << 20;
  size_t Visits = 0;
  const std::vector<Token> &T;
  const SqlLexicon &Lexicon;
  const KnownColumns *Known;
  SqlReading &Out;
  /// A known column before a select list's alias of its name where the
  /// warehouse binds it so (readSql()).
  bool ColumnsBeforeAliases;
  /// Their addresses stay.
  std::deque<Derived> Queries;
  std::deque<CteScope> CteScopes;
  mutable bool Ok = true;
  bool SawSelect = false;
  /// The select lists' aliases without AS (`sum(amount) total`), by token.
  llvm::DenseSet<size_t> BareAliases;
  unsigned Level = 0;
};

} // namespace

bool placeColumns(const std::vector<Token> &Tokens, const SqlLexicon &Lexicon,
                  const KnownColumns *Known, SqlReading &Out,
                  bool ColumnsBeforeAliases) {
  return ColumnPlacer(Tokens, Lexicon, Known, Out, ColumnsBeforeAliases).run();
}

} // namespace schemac::passes::sql
