//===- DbtSqlTokens.cpp - The tokens of a dbt model's SQL -----------------===//

#include "passes/DbtSqlTokens.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"

namespace schemac::passes::sql {

namespace {

bool isNameByte(char C) {
  // Bytes of UTF-8 sequences: Postgres and others take letters beyond
  // ASCII in unquoted names.
  return llvm::isAlnum(C) || C == '_' || C == '$' ||
         static_cast<unsigned char>(C) >= 0x80;
}

} // namespace

std::vector<Token> tokenize(llvm::StringRef S, const SqlLexicon &Lexicon) {
  std::vector<Token> Out;
  size_t I = 0, N = S.size();
  auto LineComment = [&] {
    while (I < N && S[I] != '\n')
      ++I;
  };
  // A string from the quote at I: its quote doubled, or after a backslash
  // where the dialect escapes so, is in it; its text is kept (Jinja names
  // columns in strings).
  auto String = [&](char Quote, bool Backslash) {
    size_t Start = ++I;
    while (I < N) {
      if (Backslash && S[I] == '\\') {
        I += 2;
      } else if (S[I] == Quote) {
        if (I + 1 < N && S[I + 1] == Quote) {
          I += 2;
          continue;
        }
        break;
      } else {
        ++I;
      }
    }
    Out.push_back({Token::Literal, S.slice(Start, I).lower()});
    ++I;
  };
  // U&"..." [UESCAPE 'c'] from the & at I: \XXXX and \+XXXXXX are code
  // points, the escape character doubled is itself, "" is a quote.
  auto UnicodeName = [&] {
    size_t Open = I + 1, End = Open + 1;
    std::string Body;
    for (; End < N; ++End) {
      if (S[End] == '"' && End + 1 < N && S[End + 1] == '"')
        Body += S[++End];
      else if (S[End] == '"')
        break;
      else
        Body += S[End];
    }
    I = std::min(N, End + 1);
    char Escape = '\\';
    size_t After = I;
    while (After < N && llvm::isSpace(S[After]))
      ++After;
    if (S.substr(After).starts_with_insensitive("uescape")) {
      size_t Quote = After + 7;
      while (Quote < N && llvm::isSpace(S[Quote]))
        ++Quote;
      if (Quote + 2 < N && S[Quote] == '\'' && S[Quote + 2] == '\'') {
        Escape = S[Quote + 1];
        I = Quote + 3;
      }
    }
    std::string Name;
    for (size_t K = 0; K < Body.size(); ++K) {
      unsigned Digits = 0;
      if (Body[K] == Escape && K + 1 < Body.size() && Body[K + 1] == Escape) {
        Name += Escape;
        ++K;
        continue;
      }
      if (Body[K] == Escape)
        Digits = K + 1 < Body.size() && Body[K + 1] == '+' ? 6 : 4;
      unsigned Code = 0;
      size_t From = K + (Digits == 6 ? 2 : 1);
      if (!Digits || From + Digits > Body.size() ||
          llvm::StringRef(Body).substr(From, Digits).getAsInteger(16, Code)) {
        Name += Body[K];
        continue;
      }
      char UTF8[UNI_MAX_UTF8_BYTES_PER_CODE_POINT], *Cursor = UTF8;
      if (llvm::ConvertCodePointToUTF8(Code, Cursor))
        Name.append(UTF8, Cursor);
      K = From + Digits - 1;
    }
    Out.push_back({Token::Quoted, llvm::StringRef(Name).lower(), Name});
  };
  while (I < N) {
    char C = S[I];
    if (llvm::isSpace(C)) {
      ++I;
    } else if (C == '-' && I + 1 < N && S[I + 1] == '-') {
      LineComment();
    } else if ((C == '#' && Lexicon.HashComments) ||
               (C == '/' && Lexicon.SlashComments && I + 1 < N &&
                S[I + 1] == '/')) {
      LineComment();
    } else if (C == '/' && I + 1 < N && S[I + 1] == '*') {
      // Postgres nests block comments.
      unsigned Depth = 0;
      do {
        if (S.substr(I).starts_with("/*") &&
            (Depth == 0 || Lexicon.NestedComments)) {
          ++Depth;
          I += 2;
        } else if (S.substr(I).starts_with("*/")) {
          --Depth;
          I += 2;
        } else {
          ++I;
        }
      } while (Depth && I < N);
    } else if (C == '$' && I + 1 < N && !llvm::isDigit(S[I + 1]) &&
               S.find('$', I + 1) != llvm::StringRef::npos &&
               llvm::all_of(S.slice(I + 1, S.find('$', I + 1)), [](char X) {
                 return llvm::isAlnum(X) || X == '_';
               })) {
      // $$...$$ or $tag$...$tag$: a string, quotes and all.
      llvm::StringRef Tag = S.slice(I, S.find('$', I + 1) + 1);
      size_t End = S.find(Tag, I + Tag.size());
      End = End == llvm::StringRef::npos ? N : End;
      Out.push_back({Token::Literal, S.slice(I + Tag.size(), End).lower()});
      I = std::min(N, End + Tag.size());
    } else if (Lexicon.TripleQuotes && (C == '\'' || C == '"') &&
               S.substr(I).starts_with(std::string(3, C))) {
      size_t End = S.find(std::string(3, C), I + 3);
      End = End == llvm::StringRef::npos ? N : End;
      Out.push_back({Token::Literal, S.slice(I + 3, End).lower()});
      I = std::min(N, End + 3);
    } else if (C == '\'' || (C == '"' && Lexicon.DoubleQuotesAreStrings)) {
      String(C, Lexicon.BackslashEscapes);
    } else if (C == '"' || C == '`') {
      size_t End = S.find(C, I + 1);
      if (End == llvm::StringRef::npos)
        End = N;
      Out.push_back({Token::Quoted, S.slice(I + 1, End).lower(),
                     S.slice(I + 1, End).str()});
      I = End + 1;
    } else if (llvm::isAlpha(C) || C == '_' ||
               static_cast<unsigned char>(C) >= 0x80) {
      size_t Start = I;
      while (I < N && isNameByte(S[I]))
        ++I;
      // Postgres's E'...': a string with backslash escapes.
      if (I - Start == 1 && (C == 'e' || C == 'E') && I < N && S[I] == '\'')
        String('\'', true);
      // Postgres's U&"d\0061y": the name day, spelt with Unicode escapes.
      else if (Lexicon.FoldsToLower && I - Start == 1 &&
               (C == 'u' || C == 'U') && I + 1 < N && S[I] == '&' &&
               S[I + 1] == '"')
        UnicodeName();
      else
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

/// The index of the ')' closing the '(' at \p I, or \p End.
size_t closingParen(const std::vector<Token> &T, size_t I, size_t End) {
  int Depth = 0;
  for (; I < End; ++I) {
    if (isPunct(T[I], '('))
      ++Depth;
    else if (isPunct(T[I], ')') && --Depth == 0)
      return I;
  }
  return End;
}

/// Whether the '*' at \p I is a select item of its own: after SELECT, a
/// comma, DISTINCT, ALL or DISTINCT ON (...).
bool startsSelectItem(const std::vector<Token> &T, size_t I) {
  if (I == 0)
    return false;
  const Token &P = T[I - 1];
  if (isWord(P, "select") || isPunct(P, ',') || isWord(P, "distinct") ||
      isWord(P, "all"))
    return true;
  // SELECT TOP n * (Snowflake, SQL Server).
  if (P.Kind == Token::Literal && I >= 2 && isWord(T[I - 2], "top"))
    return true;
  if (!isPunct(P, ')'))
    return false;
  int Depth = 0;
  for (size_t J = I - 1; J-- > 0;) {
    if (isPunct(T[J + 1], ')'))
      ++Depth;
    else if (isPunct(T[J + 1], '(') && --Depth == 0)
      return J >= 1 && isWord(T[J], "on") && isWord(T[J - 1], "distinct");
  }
  return false;
}

/// The FROM keyword at \p I, not IS [NOT] DISTINCT FROM.
bool isFromAt(const std::vector<Token> &T, size_t I) {
  return isWord(T[I], "from") &&
         !(I >= 2 && isWord(T[I - 1], "distinct") &&
           (isWord(T[I - 2], "is") || isWord(T[I - 2], "not")));
}

} // namespace schemac::passes::sql

namespace schemac::passes {

SqlLexicon SqlLexicon::forAdapter(llvm::StringRef Adapter) {
  SqlLexicon L;
  bool BigQuery = Adapter == "bigquery";
  bool SparkOrMySql =
      Adapter == "databricks" || Adapter == "spark" || Adapter == "mysql";
  L.BackslashEscapes = BigQuery || SparkOrMySql || Adapter == "snowflake" ||
                       Adapter == "redshift";
  L.HashComments = BigQuery || Adapter == "mysql";
  L.SlashComments = Adapter == "snowflake";
  L.TripleQuotes = BigQuery;
  L.NestedComments = Adapter == "postgres" || Adapter == "duckdb";
  L.FoldsToLower = Adapter == "postgres";
  L.DoubleQuotesAreStrings = BigQuery || SparkOrMySql;
  L.PrefixAliases = L.FromFirst = Adapter == "duckdb";
  L.LateralAliases = Adapter == "snowflake" || Adapter == "redshift" ||
                     Adapter == "databricks" || Adapter == "spark" ||
                     Adapter == "duckdb";
  L.GroupByAliases =
      Adapter != "sqlserver" && Adapter != "fabric" && Adapter != "synapse";
  return L;
}

} // namespace schemac::passes
