//===- DbtSql.cpp - What a dbt model's SQL reads --------------------------===//

#include "passes/DbtSql.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"

#include <vector>

namespace schemac::passes {

namespace {

struct Token {
  enum KindType : uint8_t { Word, Quoted, Literal, Punct } Kind;
  std::string Text; ///< Lower case for words and quoted identifiers.
};

std::vector<Token> tokenize(llvm::StringRef S) {
  std::vector<Token> Out;
  size_t I = 0, N = S.size();
  while (I < N) {
    char C = S[I];
    if (llvm::isSpace(C)) {
      ++I;
    } else if (C == '-' && I + 1 < N && S[I + 1] == '-') {
      while (I < N && S[I] != '\n')
        ++I;
    } else if (C == '/' && I + 1 < N && S[I + 1] == '*') {
      size_t End = S.find("*/", I + 2);
      I = End == llvm::StringRef::npos ? N : End + 2;
    } else if (C == '\'') {
      // A string literal; '' is a quote inside it.
      ++I;
      while (I < N && !(S[I] == '\'' && !(I + 1 < N && S[I + 1] == '\'')))
        I += S[I] == '\'' ? 2 : 1;
      ++I;
      Out.push_back({Token::Literal, ""});
    } else if (C == '"' || C == '`') {
      size_t End = S.find(C, I + 1);
      if (End == llvm::StringRef::npos)
        End = N;
      Out.push_back({Token::Quoted, S.slice(I + 1, End).lower()});
      I = End + 1;
    } else if (llvm::isAlpha(C) || C == '_') {
      size_t Start = I;
      while (I < N && (llvm::isAlnum(S[I]) || S[I] == '_' || S[I] == '$'))
        ++I;
      Out.push_back({Token::Word, S.slice(Start, I).lower()});
    } else if (llvm::isDigit(C)) {
      while (I < N && (llvm::isAlnum(S[I]) || S[I] == '.'))
        ++I;
      Out.push_back({Token::Literal, ""});
    } else {
      Out.push_back({Token::Punct, std::string(1, C)});
      ++I;
    }
  }
  return Out;
}

bool isWord(const Token &T, llvm::StringRef W) {
  return T.Kind == Token::Word && T.Text == W;
}
bool isPunct(const Token &T, char P) {
  return T.Kind == Token::Punct && T.Text[0] == P;
}

class Reader {
public:
  explicit Reader(std::vector<Token> T) : Tokens(std::move(T)) {}

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
  /// The index of the ')' closing the '(' at \p I.
  size_t closing(size_t I) const {
    int Depth = 0;
    for (; I < Tokens.size(); ++I) {
      if (isPunct(Tokens[I], '('))
        ++Depth;
      else if (isPunct(Tokens[I], ')') && --Depth == 0)
        return I;
    }
    return Tokens.size();
  }

  /// Whether the query in [Begin, End) selects every column of what it
  /// reads: a star in its select list, over a relation or such a CTE.
  bool query(size_t Begin, size_t End, int Level) {
    if (Level > 32)
      return true;
    size_t Select = End;
    int Depth = 0;
    for (size_t I = Begin; I < End; ++I) {
      if (isPunct(Tokens[I], '('))
        ++Depth;
      else if (isPunct(Tokens[I], ')'))
        --Depth;
      else if (Depth == 0 && isWord(Tokens[I], "select")) {
        Select = I;
        break;
      }
    }
    if (Select == End)
      return false;
    bool Star = false;
    size_t From = End;
    Depth = 0;
    for (size_t I = Select + 1; I < End; ++I) {
      const Token &T = Tokens[I];
      if (isPunct(T, '('))
        ++Depth;
      else if (isPunct(T, ')'))
        --Depth;
      else if (Depth == 0 && isWord(T, "from")) {
        From = I;
        break;
      } else if (Depth == 0 && isPunct(T, '*')) {
        const Token &P = Tokens[I - 1];
        Star |= I - 1 == Select || isPunct(P, ',') || isPunct(P, '.') ||
                isWord(P, "distinct");
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
  llvm::StringMap<std::pair<size_t, size_t>> Ctes;
};

} // namespace

SqlReading readSql(llvm::StringRef Sql) {
  SqlReading R;
  std::vector<Token> Tokens = tokenize(Sql);
  for (size_t I = 0; I < Tokens.size(); ++I) {
    const Token &T = Tokens[I];
    if (T.Kind != Token::Word && T.Kind != Token::Quoted)
      continue;
    // A function's name is not a column.
    if (T.Kind == Token::Word && I + 1 < Tokens.size() &&
        isPunct(Tokens[I + 1], '('))
      continue;
    R.Identifiers.insert(T.Text);
  }
  R.PassesThrough = Reader(std::move(Tokens)).passesThrough();
  return R;
}

} // namespace schemac::passes
