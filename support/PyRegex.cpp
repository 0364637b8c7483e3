//===- PyRegex.cpp - Python's re module, for str patterns -----------------===//
//
// The entry points: compiling, and the loops of Modules/_sre/sre.c that
// drive the matcher for search, finditer, findall, sub and split, with their
// rules for empty matches (must_advance) reproduced.
//
//===----------------------------------------------------------------------===//

#include "support/PyRegex.h"
#include "support/PyRegexImpl.h"

#include "llvm/ADT/STLExtras.h"

#include <algorithm>

using namespace schemac;
using namespace schemac::pyregex;
using namespace schemac::pyregex::detail;
using llvm::StringRef;

Regex::Regex(std::unique_ptr<Program> Prog) : Prog(std::move(Prog)) {}

Regex::~Regex() = default;

unsigned Regex::groupCount() const { return Prog->NumGroups; }

std::optional<unsigned> Regex::groupIndex(StringRef Name) const {
  for (const auto &[N, G] : Prog->Names)
    if (N == Name)
      return G;
  return std::nullopt;
}

const std::vector<std::pair<std::string, unsigned>> &Regex::groupNames() const {
  return Prog->Names;
}

unsigned Regex::flags() const { return Prog->Flags; }

std::unique_ptr<Regex> pyregex::compile(StringRef Pattern, unsigned Flags,
                                        Error &Err) {
  ErrorSink Sink(Err);
  std::vector<uint32_t> Chars;
  if (!decodeText(Pattern, Chars, nullptr, /*Strict=*/true)) {
    Sink.unsupported("regular expression is not valid UTF-8");
    return nullptr;
  }
  ParsedPattern Parsed;
  auto Prog = std::make_unique<Program>();
  if (!parsePattern(Chars, Flags, Parsed, Sink) ||
      !compileProgram(Parsed, *Prog, Sink))
    return nullptr;
  return std::unique_ptr<Regex>(new Regex(std::move(Prog)));
}

namespace {

/// A text as the matcher sees it, with the byte offset of every character.
struct Decoded {
  std::vector<uint32_t> Chars;
  std::vector<size_t> Offsets;

  explicit Decoded(StringRef Text) {
    decodeText(Text, Chars, &Offsets, /*Strict=*/false);
  }
  int64_t size() const { return Chars.size(); }
  /// The index of the character at byte offset \p Byte, rounded up, and
  /// clamped to the end as Python clamps pos.
  int64_t indexOf(size_t Byte) const {
    Byte = std::min(Byte, Offsets.back());
    return std::lower_bound(Offsets.begin(), Offsets.end(), Byte) -
           Offsets.begin();
  }
};

/// Builds the Match of the last successful search of \p S; false, with
/// SystemError as in pattern_new_match(), if a group span is reversed.
bool makeMatch(const MatchState &S, const Decoded &T, unsigned NumGroups,
               Match &M, ErrorSink &Sink) {
  M.Begin = T.Offsets[S.Start];
  M.End = T.Offsets[S.Ptr];
  M.Groups.assign(NumGroups, std::nullopt);
  for (unsigned G = 1; G <= NumGroups; ++G) {
    int64_t B, E;
    int R = S.groupSpan(G, B, E);
    if (R < 0) {
      Sink.pyError("SystemError", "The span of capturing group is wrong, "
                                  "please report a bug for the re module.");
      return false;
    }
    if (R > 0)
      M.Groups[G - 1] = std::make_pair(T.Offsets[B], T.Offsets[E]);
  }
  M.LastIndex.reset();
  if (S.lastIndex() >= 0)
    M.LastIndex = S.lastIndex();
  return true;
}

/// The state of one of sre.c's loops over successive matches.
class Scanner {
public:
  Scanner(const Regex &R, StringRef Text, uint64_t StepLimit, Error &Err)
      : R(R), Text(Text), T(Text), S(R.program(), T.Chars, StepLimit),
        Sink(Err), StepLimit(StepLimit) {}

  /// Finds the next match: 1, 0 for none, -1 after an error.
  int next() {
    S.reset();
    int Status = S.search();
    if (Status < 0) {
      Sink.matchFailure(Status, StepLimit);
      return -1;
    }
    return Status;
  }
  /// After a match: where the next search starts.
  void advance() {
    S.MustAdvance = S.Ptr == S.Start;
    S.Start = S.Ptr;
  }
  bool current(Match &M) { return makeMatch(S, T, R.groupCount(), M, Sink); }
  StringRef slice(int64_t From, int64_t To) const {
    return Text.slice(T.Offsets[From], T.Offsets[To]);
  }

  const Regex &R;
  StringRef Text;
  Decoded T;
  MatchState S;
  ErrorSink Sink;
  uint64_t StepLimit;
};

/// Appends expand_template(Tmpl, M) to \p Out.
void expandTemplate(const Template &Tmpl, const Match &M, StringRef Text,
                    std::string &Out) {
  for (const Template::Piece &P : Tmpl.Pieces) {
    if (P.Group < 0) {
      Out += P.Literal;
      continue;
    }
    if (auto Span = M.span(P.Group))
      Out += Text.slice(Span->first, Span->second);
  }
}

bool parseTemplateText(const Regex &R, StringRef Repl, Template &Tmpl,
                       ErrorSink &Sink) {
  std::vector<uint32_t> Chars;
  if (!decodeText(Repl, Chars, nullptr, /*Strict=*/true)) {
    Sink.unsupported("replacement template is not valid UTF-8");
    return false;
  }
  return parseTemplate(Chars, R.groupCount(), R.groupNames(), Tmpl, Sink);
}

} // namespace

static bool runOnce(const Regex &R, StringRef Text, size_t Pos, int Mode,
                    std::optional<Match> &Result, Error &Err,
                    uint64_t StepLimit) {
  Scanner Sc(R, Text, StepLimit, Err);
  Result.reset();
  Sc.S.Start = Sc.T.indexOf(Pos);
  Sc.S.MatchAll = Mode == 2;
  int Status = Mode == 0 ? Sc.S.search() : Sc.S.match();
  if (Status < 0) {
    Sc.Sink.matchFailure(Status, StepLimit);
    return false;
  }
  if (Status == 0)
    return true;
  Result.emplace();
  return Sc.current(*Result);
}

bool pyregex::search(const Regex &R, StringRef Text, size_t Pos,
                     std::optional<Match> &Result, Error &Err,
                     uint64_t StepLimit) {
  return runOnce(R, Text, Pos, 0, Result, Err, StepLimit);
}

bool pyregex::match(const Regex &R, StringRef Text,
                    std::optional<Match> &Result, Error &Err,
                    uint64_t StepLimit) {
  return runOnce(R, Text, 0, 1, Result, Err, StepLimit);
}

bool pyregex::fullmatch(const Regex &R, StringRef Text,
                        std::optional<Match> &Result, Error &Err,
                        uint64_t StepLimit) {
  return runOnce(R, Text, 0, 2, Result, Err, StepLimit);
}

bool pyregex::finditer(const Regex &R, StringRef Text,
                       std::vector<Match> &Result, Error &Err,
                       uint64_t StepLimit) {
  Scanner Sc(R, Text, StepLimit, Err);
  Result.clear();
  for (;;) {
    int Status = Sc.next();
    if (Status <= 0)
      return Status == 0;
    Result.emplace_back();
    if (!Sc.current(Result.back()))
      return false;
    Sc.advance();
  }
}

bool pyregex::findall(const Regex &R, StringRef Text,
                      std::vector<std::vector<std::string>> &Result, Error &Err,
                      uint64_t StepLimit) {
  std::vector<Match> Matches;
  Result.clear();
  if (!finditer(R, Text, Matches, Err, StepLimit))
    return false;
  for (const Match &M : Matches) {
    std::vector<std::string> &Item = Result.emplace_back();
    for (unsigned G = R.groupCount() ? 1 : 0; G <= R.groupCount(); ++G) {
      auto Span = M.span(G);
      Item.push_back(Span ? Text.slice(Span->first, Span->second).str() : "");
    }
  }
  return true;
}

bool pyregex::sub(const Regex &R, StringRef Repl, StringRef Text, int64_t Count,
                  std::string &Out, Error &Err, size_t *NumSubs,
                  uint64_t StepLimit) {
  Out.clear();
  if (NumSubs)
    *NumSubs = 0;
  Template Tmpl;
  ErrorSink TemplateSink(Err);
  if (!parseTemplateText(R, Repl, Tmpl, TemplateSink))
    return false;
  Scanner Sc(R, Text, StepLimit, Err);
  int64_t N = 0, I = 0;
  while (Count == 0 || N < Count) {
    int Status = Sc.next();
    if (Status < 0)
      return false;
    if (Status == 0)
      break;
    Out += Sc.slice(I, Sc.S.Start);
    Match M;
    // Only a template with group references gets a match object, and
    // with it the check of the spans.
    if (Tmpl.HasGroups && !Sc.current(M))
      return false;
    M.Begin = Sc.T.Offsets[Sc.S.Start];
    M.End = Sc.T.Offsets[Sc.S.Ptr];
    expandTemplate(Tmpl, M, Text, Out);
    I = Sc.S.Ptr;
    ++N;
    Sc.advance();
  }
  Out += Sc.slice(I, Sc.T.size());
  if (NumSubs)
    *NumSubs = N;
  return true;
}

bool pyregex::expand(const Regex &R, const Match &M, StringRef Text,
                     StringRef TemplateText, std::string &Out, Error &Err) {
  Out.clear();
  Template Tmpl;
  ErrorSink Sink(Err);
  if (!parseTemplateText(R, TemplateText, Tmpl, Sink))
    return false;
  expandTemplate(Tmpl, M, Text, Out);
  return true;
}

bool pyregex::split(const Regex &R, StringRef Text, int64_t MaxSplit,
                    std::vector<std::optional<std::string>> &Result, Error &Err,
                    uint64_t StepLimit) {
  Scanner Sc(R, Text, StepLimit, Err);
  Result.clear();
  int64_t N = 0, Last = 0;
  while (MaxSplit == 0 || N < MaxSplit) {
    int Status = Sc.next();
    if (Status < 0)
      return false;
    if (Status == 0)
      break;
    Result.push_back(Sc.slice(Last, Sc.S.Start).str());
    for (unsigned G = 1; G <= R.groupCount(); ++G) {
      int64_t B, E;
      int Set = Sc.S.groupSpan(G, B, E);
      if (Set < 0) {
        Sc.Sink.pyError("SystemError",
                        "The span of capturing group is wrong, please "
                        "report a bug for the re module.");
        return false;
      }
      Result.push_back(Set ? std::optional<std::string>(Sc.slice(B, E).str())
                           : std::nullopt);
    }
    ++N;
    Sc.advance();
    Last = Sc.S.Start;
  }
  Result.push_back(Sc.slice(Last, Sc.T.size()).str());
  return true;
}

std::string pyregex::escape(StringRef Text) {
  std::string Out;
  for (char C : Text) {
    if (StringRef("()[]{}?*+-|^$\\.&~# \t\n\r\v\f").contains(C))
      Out += '\\';
    Out += C;
  }
  return Out;
}
