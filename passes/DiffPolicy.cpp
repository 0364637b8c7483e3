//===- DiffPolicy.cpp - What the user says about changes -----------------===//

#include "passes/DiffPolicy.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/SourceMgr.h"

namespace schemac::passes {

namespace {

/// A `# schemac: ...` comment: the directive's text after "schemac:" and
/// where that text starts in the file.
struct Directive {
  llvm::StringRef Text;
  size_t Offset;
};

std::optional<Directive> directiveIn(llvm::StringRef Line, size_t Offset) {
  size_t Hash = Line.find('#');
  while (Hash != llvm::StringRef::npos) {
    llvm::StringRef After = Line.drop_front(Hash + 1).ltrim();
    if (After.consume_front("schemac:")) {
      llvm::StringRef Body = After.ltrim();
      return Directive{Body.rtrim(), Offset + (Body.data() - Line.data())};
    }
    Hash = Line.find('#', Hash + 1);
  }
  return std::nullopt;
}

/// The directives on a line and on the line above it.
std::vector<Directive> directivesAt(const SourceFile &F, unsigned Line) {
  std::vector<Directive> Out;
  for (unsigned L : {Line, Line - 1}) {
    if (L == 0)
      continue;
    auto [Text, Offset] = F.line(L);
    if (auto D = directiveIn(Text, Offset))
      Out.push_back(*D);
  }
  return Out;
}

/// "ignore[A, B]": the ids; "ignore" alone is no list.
std::optional<std::vector<std::pair<llvm::StringRef, size_t>>>
ignoredRules(const Directive &D) {
  llvm::StringRef T = D.Text;
  if (!T.consume_front("ignore"))
    return std::nullopt;
  T = T.ltrim();
  if (!T.consume_front("["))
    return std::nullopt;
  T = T.take_until([](char C) { return C == ']'; });
  std::vector<std::pair<llvm::StringRef, size_t>> Ids;
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  T.split(Parts, ',');
  for (llvm::StringRef P : Parts) {
    llvm::StringRef Id = P.trim();
    if (!Id.empty())
      Ids.emplace_back(Id, D.Offset + (Id.data() - D.Text.data()));
  }
  return Ids;
}

std::optional<std::string> renamedFrom(const Directive &D) {
  llvm::StringRef T = D.Text;
  if (!T.consume_front("renamed-from"))
    return std::nullopt;
  T = T.ltrim();
  if (!T.consume_front("="))
    return std::nullopt;
  llvm::StringRef Name = T.ltrim().take_while(
      [](char C) { return llvm::isAlnum(C) || C == '_' || C == '.'; });
  if (Name.empty())
    return std::nullopt;
  return Name.str();
}

} // namespace

void printPolicyError(const PolicyError &E, llvm::raw_ostream &OS,
                      bool Colors) {
  if (!E.File) {
    llvm::SMDiagnostic("schemac", llvm::SourceMgr::DK_Error, E.Message)
        .print(nullptr, OS, Colors);
    return;
  }
  const llvm::SourceMgr &SM = E.File->sourceMgr();
  llvm::SMDiagnostic M = SM.GetMessage(E.File->loc(E.Offset),
                                       llvm::SourceMgr::DK_Error, E.Message);
  llvm::SMDiagnostic(SM, M.getLoc(), E.File->name(), M.getLineNo(),
                     M.getColumnNo(), M.getKind(), M.getMessage(),
                     M.getLineContents(), M.getRanges())
      .print(nullptr, OS, Colors);
}

void checkDirectives(llvm::ArrayRef<const SourceFile *> Files,
                     std::vector<PolicyError> &Errors) {
  for (const SourceFile *F : Files) {
    llvm::StringRef Text = F->text();
    for (size_t At = Text.find("schemac:"); At != llvm::StringRef::npos;
         At = Text.find("schemac:", At + 1)) {
      size_t LineStart = Text.rfind('\n', At);
      LineStart = LineStart == llvm::StringRef::npos ? 0 : LineStart + 1;
      llvm::StringRef Line = Text.drop_front(LineStart).take_until(
          [](char C) { return C == '\n'; });
      auto D = directiveIn(Line, LineStart);
      if (!D || D->Offset < At)
        continue;
      if (auto Ids = ignoredRules(*D)) {
        for (auto &[Id, Offset] : *Ids)
          if (!findRule(Id))
            Errors.push_back({F, Offset,
                              "unknown rule '" + Id.str() +
                                  "' in a suppression (docs/rules.md lists "
                                  "them)"});
        continue;
      }
      if (renamedFrom(*D))
        continue;
      Errors.push_back({F, D->Offset,
                        "unknown schemac directive; expected "
                        "'ignore[RULE_ID, ...]' or 'renamed-from=NAME'"});
    }
  }
}

std::vector<RenameHint> renameHintsFromSource(const ir::Schema &New,
                                              const SourceLookup &Source) {
  std::vector<RenameHint> Out;
  // A large schema has a quarter of a million columns in a few hundred
  // files, and few of the files have a directive at all: each file is
  // looked up and searched once, in the order the columns name them.
  llvm::StringMap<const SourceFile *> WithDirectives;
  llvm::StringRef LastName;
  const SourceFile *Last = nullptr;
  auto FileOf = [&](llvm::StringRef Name) {
    if (Name.data() == LastName.data() && Name.size() == LastName.size())
      return Last;
    auto [It, New] = WithDirectives.try_emplace(Name, nullptr);
    if (New) {
      const SourceFile *F = Source(Name);
      if (F && F->text().contains("schemac:"))
        It->second = F;
    }
    LastName = Name;
    return Last = It->second;
  };
  auto HintAt = [&](const ir::Loc &L) -> std::optional<std::string> {
    const SourceFile *F = L.isKnown() ? FileOf(L.File) : nullptr;
    if (!F)
      return std::nullopt;
    // The element's own line first, then the line above.
    for (const Directive &D : directivesAt(*F, L.Line))
      if (auto Name = renamedFrom(D))
        return Name;
    return std::nullopt;
  };
  for (const ir::Table &T : New.Tables) {
    if (auto Name = HintAt(T.Where))
      Out.push_back({T.Schema, T.Name, std::nullopt, *Name});
    for (const ir::Column &C : T.Columns)
      if (auto Name = HintAt(C.Where))
        Out.push_back({T.Schema, T.Name, C.Name, *Name});
  }
  return Out;
}

void applySuppressions(std::vector<Change> &Changes,
                       const SourceLookup &NewSource,
                       const SourceLookup &OldSource) {
  auto Suppressed = [&](const Change &C, const ir::Loc &L,
                        const SourceLookup &Source) {
    const SourceFile *F = L.isKnown() ? Source(L.File) : nullptr;
    if (!F)
      return false;
    for (const Directive &D : directivesAt(*F, L.Line))
      if (auto Ids = ignoredRules(D))
        for (auto &[Id, Offset] : *Ids)
          if (Id == ruleInfo(C.Rule).Id)
            return true;
    return false;
  };
  llvm::erase_if(Changes, [&](const Change &C) {
    return Suppressed(C, C.NewLoc, NewSource) ||
           Suppressed(C, C.OldLoc, OldSource);
  });
}

} // namespace schemac::passes
