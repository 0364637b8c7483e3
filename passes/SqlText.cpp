//===- SqlText.cpp - Quoting and escaping as SQLAlchemy's dialects do -----===//

#include "passes/SqlText.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <iterator>

using llvm::StringRef;

namespace schemac::passes::detail {

namespace {

// Each sorted; see ReservedWords.def.
const char *const PostgreSQLReservedWords[] = {
#define POSTGRESQL_WORD(W) W,
#include "passes/ReservedWords.def"
};
const char *const MySQLReservedWords[] = {
#define MYSQL_WORD(W) W,
#include "passes/ReservedWords.def"
};
const char *const SQLiteReservedWords[] = {
#define SQLITE_WORD(W) W,
#include "passes/ReservedWords.def"
};

bool isReservedWord(StringRef LowerCaseName, Dialect D) {
  llvm::ArrayRef<const char *> Words;
  switch (D) {
  case Dialect::PostgreSQL:
    Words = PostgreSQLReservedWords;
    break;
  case Dialect::MySQL:
    Words = MySQLReservedWords;
    break;
  case Dialect::SQLite:
    Words = SQLiteReservedWords;
    break;
  }
  auto *It = std::lower_bound(
      Words.begin(), Words.end(), LowerCaseName,
      [](const char *W, StringRef N) { return StringRef(W) < N; });
  return It != Words.end() && LowerCaseName == *It;
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

std::string quoteIdentifier(StringRef Name, Dialect D, bool EscapePercents) {
  char Quote = D == Dialect::MySQL ? '`' : '"';
  std::string Escaped = replaceAll(Name, Quote, std::string(2, Quote));
  return Quote + (EscapePercents ? escapePercents(Escaped, D) : Escaped) +
         Quote;
}

std::string quoteIfNeeded(StringRef Name, Dialect D, bool EscapePercents) {
  std::string Lower = Name.lower();
  bool NeedsQuotes =
      isReservedWord(Lower, D) ||
      (!Name.empty() && (llvm::isDigit(Name[0]) || Name[0] == '$')) ||
      hasIllegalIdentifierChars(Name) || Lower != Name;
  return NeedsQuotes ? quoteIdentifier(Name, D, EscapePercents) : Name.str();
}

std::string renderTextClause(StringRef Text, Dialect D) {
  auto IsNameChar = [](char C) {
    return llvm::isAlnum(C) || C == '_' || C == '$';
  };
  std::string Out;
  for (size_t I = 0; I < Text.size(); ++I) {
    if (Text[I] == '\\' && I + 1 < Text.size() && Text[I + 1] == ':') {
      size_t End = I + 2;
      while (End < Text.size() && IsNameChar(Text[End]))
        ++End;
      if (End == Text.size() || Text[End] != ':')
        continue; // drop the backslash
    }
    Out += Text[I];
  }
  return escapePercents(Out, D);
}

std::string quoteStringLiteral(StringRef Value, Dialect D) {
  std::string Text =
      "'" + escapePercents(replaceAll(Value, '\'', "''"), D) + "'";
  if (D == Dialect::SQLite)
    return Text;
  return replaceAll(Text, '\\', "\\\\");
}

} // namespace schemac::passes::detail
