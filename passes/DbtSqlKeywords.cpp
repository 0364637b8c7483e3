//===- DbtSqlKeywords.cpp - Words that are syntax where a name could be ---===//
//
// SQL's non-reserved keywords are names too: `select day, time from events`
// reads two columns, while `created_at at time zone 'UTC'` and
// `interval '1' day` read only created_at. Where a model does not read a
// dropped column named like that, reading the keyword as the column names a
// model that does not break; so the phrases that use such words as syntax,
// in expressions and the clauses after FROM, are recognized by their
// shape and skipped.
//
//===----------------------------------------------------------------------===//

#include "passes/DbtSqlTokens.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

namespace schemac::passes::sql {

namespace {

bool isAnyWord(const Token &T, std::initializer_list<llvm::StringRef> Words) {
  return T.Kind == Token::Word && llvm::is_contained(Words, T.Text);
}

/// A value just ended at \p I: a name, a literal, a closing bracket.
bool endsValue(const Token &T) {
  return isName(T) || T.Kind == Token::Literal || isPunct(T, ')') ||
         isPunct(T, ']');
}

/// Whether \p I is in the parentheses of OVER (...) or WINDOW w AS (...),
/// where a frame's words are: elsewhere `range between 1 and 5` reads a
/// column named range. A window's parentheses are near: the look back is
/// bounded, so that the question stays cheap on any text.
bool inWindowSpec(const std::vector<Token> &T, size_t I) {
  const size_t Bound = 4096;
  int Depth = 0;
  for (size_t K = I; K-- > 0 && I - K < Bound;) {
    if (isPunct(T[K], ')')) {
      ++Depth;
    } else if (isPunct(T[K], '(') && Depth-- == 0) {
      if (K > 0 && isWord(T[K - 1], "over"))
        return true;
      // WINDOW w AS (...), v AS (...); not WITH x AS (...).
      if (K < 3 || !isWord(T[K - 1], "as") || !isName(T[K - 2]))
        return false;
      int Level = 0;
      for (size_t W = K - 2; W-- > 0 && I - W < Bound;) {
        if (isPunct(T[W], ')'))
          ++Level;
        else if (isPunct(T[W], '(') && Level-- == 0)
          return false;
        else if (Level == 0 &&
                 isAnyWord(T[W], {"window", "with", "select", "from"}))
          return T[W].Text == "window";
      }
      return false;
    }
  }
  return false;
}

} // namespace

bool takesDatePart(const Token &T) {
  static const llvm::StringSet<> Words = {
      "extract",   "datediff", "dateadd",       "date_trunc",
      "date_part", "datepart", "timestampdiff", "timestampadd",
      "timediff",  "timeadd",  "time_slice"};
  return T.Kind == Token::Word && Words.count(T.Text);
}

bool isDatePart(const Token &T) {
  static const llvm::StringSet<> Words = [] {
    llvm::StringSet<> Parts;
    for (llvm::StringRef Part : llvm::split(
             "year years yy yyyy isoyear quarter quarters qtr month months mm "
             "mon week weeks wk isoweek day days dd dayofweek dow dayofyear "
             "doy hour hours hh minute minutes mi second seconds ss "
             "millisecond milliseconds ms microsecond microseconds us "
             "nanosecond ns epoch date time century decade millennium julian "
             "timezone timezone_hour timezone_minute",
             ' '))
      Parts.insert(Part);
    return Parts;
  }();
  return T.Kind == Token::Word && Words.count(T.Text);
}

size_t keywordPhraseAt(const std::vector<Token> &T, size_t Begin, size_t I,
                       size_t End) {
  auto Word = [&](size_t K, llvm::StringRef W) {
    return K < End && isWord(T[K], W);
  };
  auto AnyWord = [&](size_t K, std::initializer_list<llvm::StringRef> Words) {
    return K < End && isAnyWord(T[K], Words);
  };
  const Token &Here = T[I];
  if (Here.Kind != Token::Word)
    return 0;
  const Token *Before = I > Begin ? &T[I - 1] : nullptr;
  // x AT TIME ZONE 'UTC', AT LOCAL; a type's WITH[OUT] TIME ZONE.
  if (Here.Text == "at" && Word(I + 1, "time") && Word(I + 2, "zone"))
    return 3;
  if (Here.Text == "at" && Word(I + 1, "local") && Before && endsValue(*Before))
    return 2;
  if ((Here.Text == "with" || Here.Text == "without") && Word(I + 1, "time") &&
      Word(I + 2, "zone"))
    return 3;
  // Types of more than one word: DOUBLE PRECISION, CHARACTER VARYING
  // (after ::, whose first word is the type's already).
  if (Here.Text == "double" && Word(I + 1, "precision"))
    return 2;
  if (Here.Text == "precision" && Before && isWord(*Before, "double"))
    return 1;
  if (isAnyWord(Here, {"character", "char", "bit", "nchar"}) &&
      Word(I + 1, "varying"))
    return 2;
  if (Here.Text == "varying" && Before &&
      isAnyWord(*Before, {"character", "char", "bit", "nchar"}))
    return 1;
  // An interval's fields from K on (DAY, YEAR TO MONTH): their end.
  auto FieldsEnd = [&](size_t K) {
    while (K < End && (isDatePart(T[K]) || isWord(T[K], "to")))
      ++K;
    return K;
  };
  // INTERVAL '1' DAY, INTERVAL 1 DAY, INTERVAL '1-2' YEAR TO MONTH.
  if (Here.Text == "interval" && I + 1 < End && T[I + 1].Kind == Token::Literal)
    return FieldsEnd(I + 2) - I;
  // '1'::interval day, CAST(x AS INTERVAL YEAR TO MONTH): the type's fields.
  if (Before && isWord(*Before, "interval") && isDatePart(Here))
    return FieldsEnd(I + 1) - I;
  // ORDER BY x NULLS FIRST; first_value(x IGNORE NULLS), RESPECT NULLS.
  if (Here.Text == "nulls" && AnyWord(I + 1, {"first", "last"}))
    return 2;
  if (isAnyWord(Here, {"ignore", "respect"}) && Word(I + 1, "nulls"))
    return 2;
  // FETCH FIRST 10 ROWS ONLY, FETCH NEXT ROW WITH TIES; OFFSET 5 ROWS.
  if (Here.Text == "fetch" && AnyWord(I + 1, {"first", "next"})) {
    size_t K = I + 2;
    while (K < End && (T[K].Kind == Token::Literal ||
                       isAnyWord(T[K], {"row", "rows", "only", "with", "ties",
                                        "percent"})))
      ++K;
    return K - I;
  }
  if (isAnyWord(Here, {"row", "rows"}) && Before &&
      Before->Kind == Token::Literal && I >= Begin + 2 &&
      isWord(T[I - 2], "offset"))
    return 1;
  // Window frames: ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW,
  // RANGE 3 PRECEDING, EXCLUDE CURRENT ROW / GROUP / TIES / NO OTHERS.
  if (isAnyWord(Here, {"rows", "range", "groups", "unbounded", "preceding",
                       "following", "current", "exclude"}) &&
      inWindowSpec(T, I)) {
    if (isAnyWord(Here, {"rows", "range", "groups"}) && I + 1 < End &&
        (isAnyWord(T[I + 1], {"between", "unbounded", "current"}) ||
         T[I + 1].Kind == Token::Literal))
      return 1;
    if (Here.Text == "unbounded" && AnyWord(I + 1, {"preceding", "following"}))
      return 2;
    if (isAnyWord(Here, {"preceding", "following"}) && Before &&
        Before->Kind == Token::Literal)
      return 1;
    if (Here.Text == "current" && Word(I + 1, "row"))
      return 2;
    if (Here.Text == "exclude" && Word(I + 1, "no") && Word(I + 2, "others"))
      return 3;
    if (Here.Text == "exclude" && AnyWord(I + 1, {"group", "ties"}))
      return 2;
  }
  // OVER w, and WINDOW w AS (...): a window's name.
  if (Here.Text == "over" && I + 1 < End && T[I + 1].Kind == Token::Word)
    return 2;
  if (Word(I + 1, "as") && I + 2 < End && isPunct(T[I + 2], '(') && Before &&
      (isWord(*Before, "window") || isPunct(*Before, ',')))
    return 1;
  // percentile_cont(0.5) WITHIN GROUP (ORDER BY x); ARRAY[a, b].
  if (Here.Text == "within" && Word(I + 1, "group"))
    return 2;
  if (Here.Text == "array" && I + 1 < End && isPunct(T[I + 1], '['))
    return 1;
  // x IS [NOT] UNKNOWN / NORMALIZED / DOCUMENT / JSON; Postgres's postfix
  // ISNULL and NOTNULL.
  if (isAnyWord(Here, {"unknown", "normalized", "document", "json"}) &&
      Before &&
      (isWord(*Before, "is") ||
       (isWord(*Before, "not") && I >= Begin + 2 && isWord(T[I - 2], "is"))))
    return 1;
  if (isAnyWord(Here, {"isnull", "notnull"}) && Before && endsValue(*Before) &&
      !(I + 1 < End && isPunct(T[I + 1], '(')))
    return 1;
  // x COLLATE "C": a collation's name.
  if (Here.Text == "collate" && I + 1 < End && isName(T[I + 1]))
    return 2;
  return 0;
}

} // namespace schemac::passes::sql
