//===- DbtSql.cpp - What a dbt model's SQL reads --------------------------===//

#include "passes/DbtSql.h"
#include "passes/DbtSqlTokens.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"

namespace schemac::passes {

using namespace sql;

namespace {

class Reader {
public:
  Reader(std::vector<Token> T, const SqlLexicon &Lexicon)
      : Tokens(std::move(T)), Lexicon(Lexicon) {}

  bool passesThrough() {
    size_t I = 0;
    // with name [(cols)] as (query), ...
    if (I < Tokens.size() && isWord(Tokens[I], "with")) {
      ++I;
      if (I < Tokens.size() && isWord(Tokens[I], "recursive"))
        ++I;
      while (I < Tokens.size()) {
        if (Tokens[I].Kind != Token::Word && Tokens[I].Kind != Token::Quoted)
          break;
        std::string Name = Tokens[I++].Text;
        if (I < Tokens.size() && isPunct(Tokens[I], '('))
          I = closing(I) + 1;
        if (I >= Tokens.size() || !isWord(Tokens[I], "as"))
          break;
        ++I;
        if (I >= Tokens.size() || !isPunct(Tokens[I], '('))
          break;
        size_t End = closing(I);
        Ctes[Name] = {I + 1, End};
        I = End + 1;
        if (I < Tokens.size() && isPunct(Tokens[I], ','))
          ++I;
        else
          break;
      }
    }
    return query(I, Tokens.size(), 0);
  }

private:
  size_t closing(size_t I) const {
    return closingParen(Tokens, I, Tokens.size());
  }

  /// Whether the query in [Begin, End) selects every column of what it
  /// reads: a star in its select list, over a relation or such a CTE; TABLE
  /// name, DuckDB's FROM-first query without a select list.
  bool query(size_t Begin, size_t End, int Level) {
    if (Level > 32)
      return true;
    size_t Select = findAtTop(Tokens, Begin, End, [&](size_t I) {
      return isWord(Tokens[I], "select");
    });
    bool FromFirst =
        Begin < End && (isWord(Tokens[Begin], "table") ||
                        (Lexicon.FromFirst && isWord(Tokens[Begin], "from")));
    if (Select == End && !FromFirst)
      return false;
    bool Star = Select == End;
    size_t From = FromFirst ? Begin : End;
    int Depth = 0;
    for (size_t I = Select + 1; I < End; ++I) {
      const Token &T = Tokens[I];
      if (isPunct(T, '('))
        ++Depth;
      else if (isPunct(T, ')'))
        --Depth;
      else if (Depth == 0 && !FromFirst && isFromAt(Tokens, I)) {
        From = I;
        break;
      } else if (Depth == 0 && isPunct(T, '*')) {
        Star |= isPunct(Tokens[I - 1], '.') || startsSelectItem(Tokens, I);
      }
    }
    if (!Star)
      return false;
    // What the star reads: a CTE passes through only if it does.
    if (From + 1 < End && (Tokens[From + 1].Kind == Token::Word ||
                           Tokens[From + 1].Kind == Token::Quoted)) {
      auto Cte = Ctes.find(Tokens[From + 1].Text);
      if (Cte != Ctes.end() &&
          !(From + 2 < End && isPunct(Tokens[From + 2], '.')))
        return query(Cte->second.first, Cte->second.second, Level + 1);
    }
    return true;
  }

  std::vector<Token> Tokens;
  const SqlLexicon &Lexicon;
  llvm::StringMap<std::pair<size_t, size_t>> Ctes;
};

} // namespace

bool SqlReading::readsColumn(llvm::StringRef Relation, llvm::StringRef Column,
                             llvm::StringRef Schema) const {
  std::string C = Column.lower(), R = Relation.lower();
  auto Read = ColumnsOf.find(R);
  if (Read == ColumnsOf.end())
    return Identifiers.count(C);
  if (auto Unplaced = ColumnsOf.find("");
      Unplaced != ColumnsOf.end() && Unplaced->second.count(C))
    return true;
  const std::set<std::string> *Of = &Read->second;
  std::string Qualified = Schema.lower() + "." + R;
  if (!Schema.empty() && !UnqualifiedRelations.count(R) &&
      QualifiedRelations.count(Qualified)) {
    auto It = ColumnsOfQualified.find(Qualified);
    if (It == ColumnsOfQualified.end())
      return false;
    Of = &It->second;
  }
  return Of->count(C) || Of->count(ReadsEveryColumn);
}

bool SqlReading::passesThrough(llvm::StringRef Relation) const {
  if (!ColumnsOf.count(Relation.lower()))
    return PassesThrough;
  return PassedThrough.count(Relation.lower());
}

SqlReading readSql(llvm::StringRef Sql, const SqlLexicon &Lexicon,
                   bool Compiled, const KnownColumns *Known,
                   bool ColumnsBeforeAliases) {
  SqlReading R;
  std::vector<Token> Tokens = tokenize(Sql, Lexicon);
  for (size_t I = 0; I < Tokens.size(); ++I) {
    const Token &T = Tokens[I];
    // Jinja names columns in strings too: {% for c in ['a', 'b'] %}.
    bool Named = T.Kind == Token::Word || T.Kind == Token::Quoted ||
                 (!Compiled && T.Kind == Token::Literal && !T.Text.empty());
    if (!Named)
      continue;
    // A function's name is not a column.
    if (T.Kind == Token::Word && I + 1 < Tokens.size() &&
        isPunct(Tokens[I + 1], '('))
      continue;
    R.Identifiers.insert(T.Text);
  }
  // Jinja is no query: what it names is all it says.
  if (!Compiled ||
      !placeColumns(Tokens, Lexicon, Known, R, ColumnsBeforeAliases)) {
    R.ColumnsOf.clear();
    R.ColumnsOfQualified.clear();
  }
  R.PassesThrough = Reader(std::move(Tokens), Lexicon).passesThrough();
  return R;
}

std::vector<std::string> dottedNames(llvm::StringRef Sql) {
  std::vector<std::string> Out;
  std::vector<std::string> Parts;
  auto IsNameChar = [](char C) {
    return llvm::isAlnum(C) || C == '_' || C == '$' ||
           static_cast<unsigned char>(C) >= 0x80;
  };
  auto IsQuote = [](char C) {
    return C == '"' || C == '`' || C == '[' || C == ']';
  };
  auto Flush = [&] {
    if (Parts.size() > 1)
      Out.push_back(Parts[Parts.size() - 2] + "." + Parts.back());
    Parts.clear();
  };
  for (size_t I = 0; I < Sql.size();) {
    if (IsQuote(Sql[I])) {
      ++I;
      continue;
    }
    if (!IsNameChar(Sql[I])) {
      Flush();
      ++I;
      continue;
    }
    size_t End = I;
    while (End < Sql.size() && IsNameChar(Sql[End]))
      ++End;
    Parts.push_back(Sql.slice(I, End).lower());
    for (I = End; I < Sql.size() && IsQuote(Sql[I]);)
      ++I;
    if (I < Sql.size() && Sql[I] == '.')
      ++I;
    else
      Flush();
  }
  Flush();
  llvm::sort(Out);
  Out.erase(std::unique(Out.begin(), Out.end()), Out.end());
  return Out;
}

SqlReading readPython(llvm::StringRef Code) {
  // Python's strings and comments: as BigQuery's SQL writes them.
  SqlLexicon Python;
  Python.BackslashEscapes = Python.HashComments = Python.TripleQuotes =
      Python.DoubleQuotesAreStrings = true;
  SqlReading R;
  for (const Token &T : tokenize(Code, Python)) {
    if (T.Kind == Token::Word)
      R.Identifiers.insert(T.Text);
    // df.select("discount"), df.filter("status = 'open'"): SQL, or names.
    else if (T.Kind == Token::Literal)
      R.Identifiers.merge(
          readSql(T.Text, SqlLexicon(), /*Compiled=*/false).Identifiers);
  }
  // What the returned DataFrame holds is the platform's to know.
  R.PassesThrough = true;
  return R;
}

} // namespace schemac::passes
