//===- PyRegexImpl.h - Internals shared by the PyRegex files ----*- C++ -*-===//
//
// The pieces of PyRegex mirror CPython's: a parser producing the tree
// Lib/re/_parser.py produces (PyRegexParse.cpp), a compiler emitting the code
// Lib/re/_compiler.py emits (PyRegexCompile.cpp) and a port of the matcher in
// Modules/_sre/sre_lib.h (PyRegexEngine.h). Keeping the same tree, the same
// opcodes and the same matcher steps is what makes capture groups come out as
// CPython's do in the corner cases where its backtracking keeps stale marks.
//
// Text is held as code points. A byte of the UTF-8 input that is not part of
// a valid sequence becomes InvalidByteBase plus the byte, a value beyond
// Unicode that no property or literal matches.
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_PYREGEXIMPL_H
#define SCHEMAC_SUPPORT_PYREGEXIMPL_H

#include "support/PyRegex.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace schemac {
namespace pyregex {
namespace detail {

using U32String = std::u32string;

constexpr uint32_t MaxRepeat = 0xFFFFFFFF; // _sre.MAXREPEAT
constexpr uint32_t MaxGroups = 0x3FFFFFFF; // _sre.MAXGROUPS
constexpr uint32_t InvalidByteBase = 0x110000;

//===----------------------------------------------------------------------===//
// Characters (PyRegexUnicode.cpp)
//===----------------------------------------------------------------------===//

bool isUniAlnum(uint32_t C);       // str.isalnum()
bool isUniDecimal(uint32_t C);     // str.isdecimal()
bool isUniSpace(uint32_t C);       // str.isspace()
uint32_t lowerUnicode(uint32_t C); // _PyUnicode_ToLowercase
uint32_t upperUnicode(uint32_t C); // _PyUnicode_ToUppercase

/// re._casefix._EXTRA_CASES[Lower]: the other lower-case characters with
/// the same upper case as \p Lower, which IGNORECASE treats as equal to it.
llvm::ArrayRef<uint32_t> extraCases(uint32_t Lower);

inline bool isCasedUnicode(uint32_t C) {
  return lowerUnicode(C) != C || upperUnicode(C) != C;
}
inline bool isAsciiAlpha(uint32_t C) {
  return (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z');
}
inline bool isAsciiDigit(uint32_t C) { return C >= '0' && C <= '9'; }
inline uint32_t lowerAscii(uint32_t C) {
  return C >= 'A' && C <= 'Z' ? C + 32 : C;
}

/// Decodes WTF-8 \p S into code points. With \p Offsets, also records the
/// byte offset of every code point plus one for the end. A byte that is not
/// part of a valid sequence becomes InvalidByteBase + byte, or makes the
/// function return false if \p Strict.
bool decodeText(llvm::StringRef S, std::vector<uint32_t> &Chars,
                std::vector<size_t> *Offsets, bool Strict);
/// Appends the WTF-8 encoding of \p C (InvalidByteBase + b gives byte b).
void appendUtf8(uint32_t C, std::string &Out);
std::string toUtf8(llvm::ArrayRef<uint32_t> Chars);
inline std::string charToUtf8(uint32_t C) {
  std::string Out;
  appendUtf8(C, Out);
  return Out;
}

/// sre's character categories (CATEGORY_DIGIT ... CATEGORY_UNI_NOT_WORD).
enum Category : uint8_t {
  CatDigit,
  CatNotDigit,
  CatSpace,
  CatNotSpace,
  CatWord,
  CatNotWord,
  CatUniDigit,
  CatUniNotDigit,
  CatUniSpace,
  CatUniNotSpace,
  CatUniWord,
  CatUniNotWord,
};
bool inCategory(uint32_t Cat, uint32_t C);
bool isAsciiWord(uint32_t C);
bool isUniWord(uint32_t C);

/// sre's AT codes.
enum AtCode : uint8_t {
  AtBeginning,
  AtBeginningLine,
  AtBeginningString,
  AtBoundary,
  AtNonBoundary,
  AtEnd,
  AtEndLine,
  AtEndString,
  AtUniBoundary,
  AtUniNonBoundary,
};

//===----------------------------------------------------------------------===//
// Errors, the tokenizer and templates (PyRegexSyntax.cpp)
//===----------------------------------------------------------------------===//

/// Collects the first error only: parsing goes on after one (reading the
/// rest as end of input) and whatever fails next is a consequence.
struct ErrorSink {
  Error &Err;
  bool Failed = false;

  explicit ErrorSink(Error &Err) : Err(Err) {}
  void pyError(llvm::StringRef Type, std::string Message);
  /// re.error(Msg, Source, Pos), whose str() adds the position.
  void reError(llvm::StringRef Msg, llvm::ArrayRef<uint32_t> Source,
               size_t Pos);
  void unsupported(std::string Message);
  void tooComplex(uint64_t StepLimit);
  /// Reports a MatchState::search() or match() result below 0.
  void matchFailure(int Status, uint64_t StepLimit);
};

/// repr() of a str, as error messages quote names.
std::string reprStr(llvm::ArrayRef<uint32_t> S);

/// Lib/re/_parser.py's Tokenizer: a token is one character or a backslash
/// with the character after it.
class Tokenizer {
public:
  struct Token {
    bool Valid = false; ///< False at the end of the source.
    bool Escape = false;
    uint32_t C = 0; ///< The character, after the backslash for an escape.

    bool is(uint32_t Ch) const { return Valid && !Escape && C == Ch; }
    size_t size() const { return Valid ? (Escape ? 2 : 1) : 0; }
    void appendTo(U32String &S) const {
      if (Escape)
        S += U'\\';
      if (Valid)
        S += static_cast<char32_t>(C);
    }
  };

  Tokenizer(llvm::ArrayRef<uint32_t> Src, ErrorSink &Sink)
      : Src(Src), Sink(Sink) {
    advance();
  }

  const Token &next() const { return Next; }
  Token get() {
    Token T = Next;
    advance();
    return T;
  }
  bool match(uint32_t Ch) {
    if (!Next.is(Ch))
      return false;
    advance();
    return true;
  }
  size_t tell() const { return Index - Next.size(); }
  void seek(size_t I) {
    Index = I;
    advance();
  }
  void error(llvm::StringRef Msg, size_t Offset = 0) {
    Sink.reError(Msg, Src, tell() - Offset);
  }
  /// Reads tokens up to \p Terminator into \p Result; false on error.
  bool getUntil(uint32_t Terminator, llvm::StringRef Name, U32String &Result);

private:
  void advance();

  llvm::ArrayRef<uint32_t> Src;
  ErrorSink &Sink;
  size_t Index = 0;
  Token Next;
};

/// The value int(S) has for a group number, or -1 if int() would raise.
/// Returns -2 for text with non-ASCII characters, which int() would read
/// by rules not reproduced here.
int64_t parseGroupNumber(llvm::ArrayRef<uint32_t> S);

/// str.isidentifier() for ASCII names: 1 or 0, or -1 if \p S has non-ASCII
/// characters that could make it an identifier (undecided here).
int isIdentifier(llvm::ArrayRef<uint32_t> S);

/// A replacement template, _parser.parse_template()'s result: literal
/// text and group references, in order.
struct Template {
  struct Piece {
    std::string Literal;
    int Group = -1; ///< If not -1, the piece is this group's text.
  };
  std::vector<Piece> Pieces;
  bool HasGroups = false;
};

/// _parser.parse_template(Repl, pattern).
bool parseTemplate(llvm::ArrayRef<uint32_t> Repl, unsigned NumGroups,
                   const std::vector<std::pair<std::string, unsigned>> &Names,
                   Template &Out, ErrorSink &Sink);

//===----------------------------------------------------------------------===//
// The parse tree (Lib/re/_parser.py's SubPattern lists)
//===----------------------------------------------------------------------===//

struct SetItem {
  enum KindTy : uint8_t { Negate, Literal, Range, Category } Kind;
  uint32_t Lo = 0; ///< The character, range start or category.
  uint32_t Hi = 0;

  bool operator==(const SetItem &O) const {
    return Kind == O.Kind && Lo == O.Lo && Hi == O.Hi;
  }
};

enum class NodeKind : uint8_t {
  Literal,    // A = character
  NotLiteral, // A = character
  Any,        // .
  In,         // Set
  At,         // A = AtCode
  Branch,     // Subs = alternatives
  MaxRepeat,  // A = min, B = max, Subs[0] = item
  MinRepeat,  // likewise
  PossessiveRepeat,
  Subpattern,  // A = group or 0, B = added flags, C = removed flags
  AtomicGroup, // Subs[0]
  Assert,      // A = 1 for lookbehind, Subs[0]
  AssertNot,
  GroupRef,       // A = group
  GroupRefExists, // A = group, Subs = {yes} or {yes, no}
};

struct Node;
using Seq = std::vector<Node>;

struct Node {
  explicit Node(NodeKind Kind) : Kind(Kind) {}

  NodeKind Kind;
  uint32_t A = 0;
  uint32_t B = 0;
  uint32_t C = 0;
  std::vector<SetItem> Set;
  std::vector<Seq> Subs;

  bool isRepeat() const {
    return Kind == NodeKind::MaxRepeat || Kind == NodeKind::MinRepeat ||
           Kind == NodeKind::PossessiveRepeat;
  }
};

/// SubPattern.getwidth(): the fewest and most characters a match consumes,
/// clamped to MaxRepeat - 1 and MaxRepeat.
using Width = std::pair<uint64_t, uint64_t>;
Width getWidth(const Seq &S, const std::vector<Width> &GroupWidths);

struct ParsedPattern {
  Seq Root;
  unsigned Flags = 0; ///< Pattern.flags
  unsigned NumGroups = 0;
  std::vector<std::pair<std::string, unsigned>> Names;
  std::vector<Width> GroupWidths; ///< Indexed by group; [0] is unused.
};

/// _parser.parse(): false with the error in \p Sink on failure.
bool parsePattern(llvm::ArrayRef<uint32_t> Pattern, unsigned Flags,
                  ParsedPattern &Out, ErrorSink &Sink);

//===----------------------------------------------------------------------===//
// Compiled code (PyRegexCompile.cpp)
//===----------------------------------------------------------------------===//

/// sre's opcodes, minus INFO, the LOCALE variants and the in-set ones.
/// Failure must be 0: a BRANCH ends at a 0 word.
enum Opcode : uint32_t {
  OpFailure = 0,
  OpSuccess,
  OpAny,
  OpAnyAll,
  OpAssert,
  OpAssertNot,
  OpAt,
  OpBranch,
  OpIn,
  OpInIgnore,
  OpInUniIgnore,
  OpJump,
  OpLiteral,
  OpLiteralIgnore,
  OpLiteralUniIgnore,
  OpNotLiteral,
  OpNotLiteralIgnore,
  OpNotLiteralUniIgnore,
  OpMark,
  OpMaxUntil,
  OpMinUntil,
  OpRepeat,
  OpRepeatOne,
  OpMinRepeatOne,
  OpPossessiveRepeat,
  OpPossessiveRepeatOne,
  OpAtomicGroup,
  OpGroupRef,
  OpGroupRefIgnore,
  OpGroupRefUniIgnore,
  OpGroupRefExists,
};

/// A compiled character set: what sre's charset() accepts, as sorted
/// disjoint ranges plus the categories and RANGE_UNI_IGNORE items.
struct CharSet {
  bool Negated = false;
  std::vector<std::pair<uint32_t, uint32_t>> Ranges;
  std::vector<std::pair<uint32_t, uint32_t>> UniIgnoreRanges;
  std::vector<uint8_t> Categories;

  bool contains(uint32_t C) const;
};

struct Program {
  std::vector<uint32_t> Code; ///< Ends with OpSuccess.
  std::vector<CharSet> Sets;  ///< OpIn* operands index these.
  /// The charset prefix of the INFO block: a search tries only positions
  /// whose character is in it. Not merely an optimization, because sre
  /// compiles its categories with the pattern's outermost flags.
  std::optional<CharSet> SearchPrefix;
  unsigned NumGroups = 0;
  unsigned Flags = 0;
  std::vector<std::pair<std::string, unsigned>> Names;
};

/// _compiler._code(): false with the error in \p Sink on failure.
bool compileProgram(const ParsedPattern &P, Program &Out, ErrorSink &Sink);

//===----------------------------------------------------------------------===//
// Matching (PyRegexEngine.h)
//===----------------------------------------------------------------------===//

/// sre's SRE_STATE: the text, the capture marks and what else persists
/// between the searches of one finditer/sub/split call, including the steps
/// spent so far.
class MatchState {
public:
  /// Results of search() and match().
  enum : int { NoMatch = 0, Matched = 1, OutOfSteps = -1, Internal = -2 };

  MatchState(const Program &P, llvm::ArrayRef<uint32_t> Text,
             uint64_t StepLimit);

  int64_t Start = 0; ///< Where the match starts (state->start).
  int64_t Ptr = 0;   ///< Where it ends after a match (state->ptr).
  bool MustAdvance = false;
  bool MatchAll = false;

  /// state_reset(): forgets the marks of the previous match.
  void reset();
  /// sre_search() from Start.
  int search();
  /// sre_match() at Start.
  int match();
  /// Group \p G's span after a match: 1 if set, 0 if not, -1 if sre would
  /// report a wrong span (SystemError).
  int groupSpan(unsigned G, int64_t &Begin, int64_t &End) const;
  int lastIndex() const { return LastIndex; }

private:
  friend class Engine;

  const Program &Prog;
  llvm::ArrayRef<uint32_t> Text;
  int64_t End;
  uint64_t Steps = 0;
  uint64_t StepLimit;
  std::vector<int64_t> Marks;
  int LastMark = -1;
  int LastIndex = -1;
};

} // namespace detail
} // namespace pyregex
} // namespace schemac

#endif // SCHEMAC_SUPPORT_PYREGEXIMPL_H
