//===- PyRegex.h - Python's re module, for str patterns ---------*- C++ -*-===//
//
// Model code computes names with re.sub(), re.split(), re.findall() and
// friends, so evaluating it abstractly means reproducing CPython 3.11's re
// module exactly: its parser (Lib/re/_parser.py) with the same error messages,
// the code its compiler emits (Lib/re/_compiler.py) and the backtracking
// matcher of Modules/_sre/sre_lib.h, including the way that matcher keeps or
// forgets capture groups when it backtracks.
//
// Strings are UTF-8 (WTF-8: the 3-byte encodings of lone surrogates are
// accepted as the code points they encode) and are matched as sequences of
// code points, as Python matches a str; all offsets taken and returned are
// byte offsets. A byte that is not part of a valid sequence counts as one
// character that no literal, class or category matches (only '.', negated
// classes and negated categories do).
//
// \w, \d, \s, \b and IGNORECASE use the Unicode tables of the interpreter
// (Python 3.11.2, Unicode 14.0.0; see PyRegexTables.inc): \w is str.isalnum()
// or '_', \d str.isdecimal(), \s str.isspace(), and IGNORECASE compares the
// one-character lower-case mappings just as _sre does. re.ASCII restricts all
// of these to ASCII.
//
// Not supported, reported as ErrorKind::Unsupported: \N{...} escapes, group
// names and group numbers with non-ASCII characters (in patterns and in
// templates), patterns or templates that are not valid UTF-8, groups nested
// more than MaxNesting deep, and the TEMPLATE and DEBUG flags. LOCALE is an
// error for str patterns, reported as Python reports it.
//
// Matching is bounded: every operation takes a step budget (one step is
// roughly one opcode executed, one character scanned or one saved capture
// copied) for the whole call, and gives up with ErrorKind::TooComplex when it
// is spent, where CPython would backtrack for hours. The matcher keeps its
// backtracking state on the heap (each entry costs a step, so the budget
// bounds the memory too) and no text can overflow the C++ stack; the parser
// and compiler recurse on the pattern's nesting, which is why that is
// bounded.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_PYREGEX_H
#define SCHEMAC_SUPPORT_PYREGEX_H

#include "llvm/ADT/StringRef.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace schemac {
namespace pyregex {

/// Python's re flag bits (re.I == 2 and so on).
enum Flag : unsigned {
  FlagTemplate = 1,
  FlagIgnoreCase = 2,
  FlagLocale = 4,
  FlagMultiline = 8,
  FlagDotAll = 16,
  FlagUnicode = 32,
  FlagVerbose = 64,
  FlagDebug = 128,
  FlagAscii = 256,
};

/// The step budget of one call unless the caller gives another.
constexpr uint64_t DefaultStepLimit = 1000000;

/// Groups may nest at most this deep (CPython's own limit is its recursion
/// limit, near 1000 levels of parentheses).
constexpr unsigned MaxNesting = 200;

enum class ErrorKind {
  /// Python raises an exception too; PyType and Message say which and what
  /// str() of it is, e.g. "re.error" and "nothing to repeat at position 0".
  PythonError,
  /// Valid for Python, but not implemented here.
  Unsupported,
  /// The step budget ran out.
  TooComplex,
};

struct Error {
  ErrorKind Kind = ErrorKind::PythonError;
  /// For PythonError: "re.error", "ValueError", "OverflowError", "IndexError"
  /// or "SystemError". Empty otherwise.
  std::string PyType;
  std::string Message;
};

namespace detail {
struct Program;
} // namespace detail

/// A compiled pattern: re.Pattern.
class Regex {
public:
  ~Regex();
  Regex(const Regex &) = delete;
  Regex &operator=(const Regex &) = delete;

  /// Pattern.groups: the number of capturing groups.
  unsigned groupCount() const;
  /// Pattern.groupindex[Name].
  std::optional<unsigned> groupIndex(llvm::StringRef Name) const;
  /// The named groups as (name, index), in the order of Pattern.groupindex.
  const std::vector<std::pair<std::string, unsigned>> &groupNames() const;
  /// Pattern.flags: the given and inline flags, with FlagUnicode added
  /// unless FlagAscii is set.
  unsigned flags() const;

  /// For the implementation only.
  const detail::Program &program() const { return *Prog; }

private:
  friend std::unique_ptr<Regex> compile(llvm::StringRef, unsigned, Error &);
  explicit Regex(std::unique_ptr<detail::Program> Prog);
  std::unique_ptr<detail::Program> Prog;
};

/// re.compile(Pattern, Flags). On failure returns nullptr and fills \p Err:
/// PythonError where Python raises (a bad pattern, LOCALE with a str
/// pattern), Unsupported for the constructs listed at the top of this file.
std::unique_ptr<Regex> compile(llvm::StringRef Pattern, unsigned Flags,
                               Error &Err);

/// A successful match. Spans are byte offsets into the text.
struct Match {
  size_t Begin = 0;
  size_t End = 0;
  /// Groups[I - 1] is the span of group I, std::nullopt if it did not
  /// participate in the match.
  std::vector<std::optional<std::pair<size_t, size_t>>> Groups;
  /// Match.lastindex.
  std::optional<unsigned> LastIndex;

  /// Match.span(I); group 0 is the whole match.
  std::optional<std::pair<size_t, size_t>> span(unsigned I) const {
    if (I == 0)
      return std::make_pair(Begin, End);
    return Groups[I - 1];
  }
};

// The matching functions return false, with \p Err filled, when they give up
// (TooComplex) or when Python would raise; a missing match is not a failure.

/// Pattern.search(Text, pos): the first match starting at or after byte
/// offset \p Pos (which is rounded up to a character boundary). As in Python,
/// '^' and lookbehinds still see the text before \p Pos.
[[nodiscard]] bool search(const Regex &R, llvm::StringRef Text, size_t Pos,
                          std::optional<Match> &Result, Error &Err,
                          uint64_t StepLimit = DefaultStepLimit);

/// Pattern.match(Text): a match starting at offset 0.
[[nodiscard]] bool match(const Regex &R, llvm::StringRef Text,
                         std::optional<Match> &Result, Error &Err,
                         uint64_t StepLimit = DefaultStepLimit);

/// Pattern.fullmatch(Text).
[[nodiscard]] bool fullmatch(const Regex &R, llvm::StringRef Text,
                             std::optional<Match> &Result, Error &Err,
                             uint64_t StepLimit = DefaultStepLimit);

/// Pattern.finditer(Text): non-overlapping matches, left to right. As since
/// Python 3.7, an empty match may directly follow a non-empty one, and after
/// an empty match the next one must not be empty at the same position.
[[nodiscard]] bool finditer(const Regex &R, llvm::StringRef Text,
                            std::vector<Match> &Result, Error &Err,
                            uint64_t StepLimit = DefaultStepLimit);

/// Pattern.findall(Text): for each match, its text if the pattern has no
/// groups, else the text of every group ("" for one that did not take
/// part). Python returns the element itself for at most one group and a
/// tuple for more; groupCount() tells the caller which.
[[nodiscard]] bool findall(const Regex &R, llvm::StringRef Text,
                           std::vector<std::vector<std::string>> &Result,
                           Error &Err, uint64_t StepLimit = DefaultStepLimit);

/// Pattern.sub(Repl, Text, Count) with a template replacement: \1..\99,
/// \g<1>, \g<name>, \g<0>, octal and the escapes \a \b \f \n \r \t \v \\;
/// other escapes of ASCII letters are errors, other escapes are kept
/// verbatim. A group that did not take part expands to "". Count 0 replaces
/// every match and a negative Count none, as in Python. Like Python, checks
/// the template before matching anything. \p NumSubs, if given, receives
/// what Pattern.subn() returns second.
[[nodiscard]] bool sub(const Regex &R, llvm::StringRef Repl,
                       llvm::StringRef Text, int64_t Count, std::string &Out,
                       Error &Err, size_t *NumSubs = nullptr,
                       uint64_t StepLimit = DefaultStepLimit);

/// Match.expand(Template) for a match \p M of \p R in \p Text.
[[nodiscard]] bool expand(const Regex &R, const Match &M, llvm::StringRef Text,
                          llvm::StringRef Template, std::string &Out,
                          Error &Err);

/// Pattern.split(Text, MaxSplit): the pieces between matches, each followed
/// by the text of every group (std::nullopt for a group that did not take
/// part). MaxSplit 0 splits at every match and a negative MaxSplit nowhere.
[[nodiscard]] bool split(const Regex &R, llvm::StringRef Text, int64_t MaxSplit,
                         std::vector<std::optional<std::string>> &Result,
                         Error &Err, uint64_t StepLimit = DefaultStepLimit);

/// re.escape(Text).
std::string escape(llvm::StringRef Text);

} // namespace pyregex
} // namespace schemac

#endif // SCHEMAC_SUPPORT_PYREGEX_H
