//===- SqlText.cpp - Quoting and escaping as SQLAlchemy's dialects do -----===//

#include "passes/SqlText.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <iterator>

using llvm::StringRef;

namespace schemac::passes::detail {

namespace {

/// sqlalchemy.dialects.postgresql.base.RESERVED_WORDS, sorted.
// clang-format off
const char *const PostgreSQLReservedWords[] = {
    "all", "analyse", "analyze", "and", "any", "array", "as", "asc",
    "asymmetric", "authorization", "between", "binary", "both", "case", "cast",
    "check", "collate", "column", "constraint", "create", "cross",
    "current_catalog", "current_date", "current_role", "current_schema",
    "current_time", "current_timestamp", "current_user", "default",
    "deferrable", "desc", "distinct", "do", "else", "end", "except", "false",
    "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group",
    "having", "ilike", "in", "initially", "inner", "intersect", "into", "is",
    "isnull", "join", "leading", "left", "like", "limit", "localtime",
    "localtimestamp", "natural", "new", "not", "notnull", "null", "of", "off",
    "offset", "old", "on", "only", "or", "order", "outer", "over", "overlaps",
    "placing", "primary", "references", "returning", "right", "select",
    "session_user", "similar", "some", "symmetric", "table", "then", "to",
    "trailing", "true", "union", "unique", "user", "using", "variadic",
    "verbose", "when", "where", "window", "with",
};
// clang-format on

bool isPostgreSQLReservedWord(StringRef LowerCaseName) {
  auto *It = std::lower_bound(
      std::begin(PostgreSQLReservedWords), std::end(PostgreSQLReservedWords),
      LowerCaseName,
      [](const char *W, StringRef N) { return StringRef(W) < N; });
  return It != std::end(PostgreSQLReservedWords) && LowerCaseName == *It;
}

std::string replaceAll(StringRef Text, char From, StringRef To) {
  std::string Out;
  Out.reserve(Text.size());
  for (char C : Text) {
    if (C == From)
      Out += To;
    else
      Out += C;
  }
  return Out;
}

} // namespace

bool doublesPercents(Dialect D) { return D != Dialect::SQLite; }

std::string escapePercents(StringRef Text, Dialect D) {
  return doublesPercents(D) ? replaceAll(Text, '%', "%%") : Text.str();
}

bool hasIllegalIdentifierChars(StringRef Name) {
  // LEGAL_CHARACTERS = ^[A-Z0-9_$]+$ with re.I
  return Name.empty() || llvm::any_of(Name, [](char C) {
           return !(llvm::isAlnum(C) || C == '_' || C == '$');
         });
}

std::string quoteIdentifier(StringRef Name, Dialect D) {
  char Quote = D == Dialect::MySQL ? '`' : '"';
  std::string Escaped = replaceAll(Name, Quote, std::string(2, Quote));
  return Quote + escapePercents(Escaped, D) + Quote;
}

std::string quoteIfNeededPostgreSQL(StringRef Name) {
  std::string Lower = Name.lower();
  bool NeedsQuotes =
      isPostgreSQLReservedWord(Lower) ||
      (!Name.empty() && (llvm::isDigit(Name[0]) || Name[0] == '$')) ||
      hasIllegalIdentifierChars(Name) || Lower != Name;
  return NeedsQuotes ? quoteIdentifier(Name, Dialect::PostgreSQL) : Name.str();
}

std::string quoteStringLiteral(StringRef Value, Dialect D) {
  std::string Text =
      "'" + escapePercents(replaceAll(Value, '\'', "''"), D) + "'";
  if (D == Dialect::SQLite)
    return Text;
  return replaceAll(Text, '\\', "\\\\");
}

} // namespace schemac::passes::detail
