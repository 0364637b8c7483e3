//===- DbtSqlTokens.h - The tokens of a dbt model's SQL ---------*- C++ -*-===//
//
// Private to passes/: what DbtSql.cpp and DbtSqlScopes.cpp share, the SQL's
// tokens and the scans over them.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_PASSES_DBTSQLTOKENS_H
#define SCHEMAC_PASSES_DBTSQLTOKENS_H

#include "passes/DbtSql.h"

#include <string>
#include <vector>

namespace schemac::passes::sql {

struct Token {
  enum KindType : uint8_t { Word, Quoted, Literal, Punct } Kind;
  std::string Text; ///< Lower case for words and quoted identifiers.
  /// A quoted identifier as written, which is its case where the
  /// warehouse keeps it (SqlLexicon::FoldsToLower).
  std::string Exact;

  Token(KindType Kind, std::string Text, std::string Exact = "")
      : Kind(Kind), Text(std::move(Text)), Exact(std::move(Exact)) {}
};

/// Words, quoted names, literals (a string's text kept) and punctuation;
/// comments dropped.
std::vector<Token> tokenize(llvm::StringRef S, const SqlLexicon &Lexicon);

inline bool isWord(const Token &T, llvm::StringRef W) {
  return T.Kind == Token::Word && T.Text == W;
}
inline bool isPunct(const Token &T, char P) {
  return T.Kind == Token::Punct && T.Text[0] == P;
}
inline bool isName(const Token &T) {
  return T.Kind == Token::Word || T.Kind == Token::Quoted;
}

/// The index of the ')' closing the '(' at \p I, or \p End.
size_t closingParen(const std::vector<Token> &T, size_t I, size_t End);

/// The first token outside parentheses in [Begin, End) whose index \p Is,
/// or End.
template <typename Pred>
size_t findAtTop(const std::vector<Token> &T, size_t Begin, size_t End,
                 Pred Is) {
  int Depth = 0;
  for (size_t I = Begin; I < End; ++I) {
    if (isPunct(T[I], '('))
      ++Depth;
    else if (isPunct(T[I], ')'))
      --Depth;
    else if (Depth == 0 && Is(I))
      return I;
  }
  return End;
}

/// Whether the '*' at \p I is a select item of its own: after SELECT, a
/// comma, DISTINCT, ALL, DISTINCT ON (...) or TOP n.
bool startsSelectItem(const std::vector<Token> &T, size_t I);

/// The FROM keyword at \p I, not IS [NOT] DISTINCT FROM.
bool isFromAt(const std::vector<Token> &T, size_t I);

/// A function whose first argument may be a date part, a keyword:
/// EXTRACT(year FROM d), DATEDIFF(day, a, b), DATE_TRUNC(month, d).
bool takesDatePart(const Token &T);
bool isDatePart(const Token &T);

/// How many tokens from \p I (at least \p Begin) are a phrase of SQL's
/// that uses words as syntax where a name could be -- AT TIME ZONE,
/// INTERVAL '1' DAY, NULLS LAST, a window's frame and name, x IS UNKNOWN
/// -- else 0 (DbtSqlKeywords.cpp).
size_t keywordPhraseAt(const std::vector<Token> &T, size_t Begin, size_t I,
                       size_t End);

/// Places the columns each query of \p Tokens names on the relations it
/// reads (by what \p Known says they have, where it says), into
/// Out.ColumnsOf and Out.PassedThrough (DbtSqlScopes.cpp); false where the
/// SQL is not a query it follows. \p ColumnsBeforeAliases: as readSql().
bool placeColumns(const std::vector<Token> &Tokens, const SqlLexicon &Lexicon,
                  const KnownColumns *Known, SqlReading &Out,
                  bool ColumnsBeforeAliases);

} // namespace schemac::passes::sql

#endif
