//===- PyRegexParser.h - The pattern parser of PyRegex ----------*- C++ -*-===//
//
// The parser is split over PyRegexParse.cpp (groups, flags, alternation) and
// PyRegexParseAtoms.cpp (escapes, sets, repeats).
//
//===----------------------------------------------------------------------===//

#ifndef SCHEMAC_SUPPORT_PYREGEXPARSER_H
#define SCHEMAC_SUPPORT_PYREGEXPARSER_H

#include "support/PyRegexImpl.h"

#include <optional>

namespace schemac {
namespace pyregex {
namespace detail {

inline Node makeNode(NodeKind K, uint32_t A = 0) {
  Node N(K);
  N.A = A;
  return N;
}

inline llvm::ArrayRef<uint32_t> arr(const U32String &S, size_t From = 0) {
  return llvm::ArrayRef<uint32_t>(reinterpret_cast<const uint32_t *>(S.data()),
                                  S.size())
      .drop_front(From);
}

/// _uniq(): drops repeated set items, keeping the first of each.
void uniq(std::vector<SetItem> &Set);

/// Lib/re/_parser.py's _parse_sub(), _parse() and helpers, with its State.
class Parser {
public:
  Parser(llvm::ArrayRef<uint32_t> Src, unsigned Flags, ErrorSink &Sink)
      : Src(Src), Tok(Src, Sink), Sink(Sink), Flags(Flags) {
    GroupWidths.emplace_back();
    GroupClosed.push_back(false);
  }

  bool parse(ParsedPattern &Out);

private:
  unsigned groups() const { return GroupWidths.size(); }
  bool checkGroup(uint32_t G) const { return G < groups() && GroupClosed[G]; }
  bool checkLookbehindGroup(uint32_t G);
  bool checkGroupName(const U32String &Name, size_t Offset);
  std::optional<uint32_t> lookupName(const U32String &Name) const;

  U32String getWhile(unsigned N, bool (*Pred)(uint32_t));
  bool parseSub(bool Verbose, unsigned Nested, Seq &Out);
  bool parseSeq(bool Verbose, unsigned Nested, bool First, Seq &Out);
  bool parseCodeEscape(const Tokenizer::Token &This, U32String &Esc,
                       uint32_t &C);
  bool parseEscape(const Tokenizer::Token &This, Node &Out);
  bool parseClassEscape(const Tokenizer::Token &This, SetItem &Out);
  bool parseClass(Seq &Out);
  bool parseRepeat(const Tokenizer::Token &This, Seq &Out);
  bool parseGroup(bool &Verbose, unsigned Nested, bool First, Seq &Out);
  bool parseConditional(bool Verbose, unsigned Nested, size_t Start, Seq &Out);
  /// _parse_flags(); Global is set for "(?flags)".
  bool parseFlags(Tokenizer::Token Char, bool &Global, unsigned &Add,
                  unsigned &Del);

  llvm::ArrayRef<uint32_t> Src;
  Tokenizer Tok;
  ErrorSink &Sink;
  unsigned Flags;
  unsigned Depth = 0;
  std::vector<Width> GroupWidths;
  std::vector<bool> GroupClosed;
  std::vector<std::pair<U32String, uint32_t>> GroupDict;
  std::optional<uint32_t> LookbehindGroups;
  std::vector<std::pair<uint32_t, size_t>> GroupRefPos;
};

} // namespace detail
} // namespace pyregex
} // namespace schemac

#endif // SCHEMAC_SUPPORT_PYREGEXPARSER_H
