//===- SqlAlchemyVersion.cpp - The release a project declares ------------===//
//
// The same model source builds different schemas under SQLAlchemy 1.4 and
// 2.0 (column order with mixins, some DDL defaults), so the analysis needs to
// know which one the project runs on. The project says so in its dependency
// files: a lock file pins the release, a requirement bounds it. These are
// read from each source root and its parents up to the repository's top.
//
//===----------------------------------------------------------------------===//

#include "sema/Sema.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <tuple>

namespace schemac::sema {

namespace {

struct VersionClause {
  std::string Op;
  unsigned Major = 0;
  unsigned Minor = 0;
  unsigned Patch = 0;
  /// "2.*": the clause is on every release of the major version.
  bool WholeMajor = false;
};

bool isNameChar(char C) {
  return llvm::isAlnum(C) || C == '_' || C == '-' || C == '.';
}

/// The specifier clauses after a requirement's name: ">=1.4,<2.0",
/// "==2.0.23", `= "^2.0"`, `==1.4.*`.
std::vector<VersionClause> parseClauses(llvm::StringRef Rest) {
  std::vector<VersionClause> Out;
  // Up to the end of the requirement: a line end, or the quote that closes
  // a TOML/setup.py string after something was read.
  size_t End = Rest.find_first_of("\n;#");
  Rest = Rest.take_front(End);
  while (!Rest.empty()) {
    Rest = Rest.ltrim(" \t\"'=:,(");
    if (Rest.empty() ||
        !llvm::StringRef("<>=!~^0123456789v").contains(Rest.front()))
      break;
    VersionClause C;
    while (!Rest.empty() && llvm::StringRef("<>=!~^").contains(Rest.front())) {
      C.Op += Rest.front();
      Rest = Rest.drop_front();
    }
    Rest = Rest.ltrim(" \tv");
    llvm::StringRef Digits = Rest.take_while(llvm::isDigit);
    if (Digits.empty() || Digits.getAsInteger(10, C.Major))
      break;
    Rest = Rest.drop_front(Digits.size());
    C.WholeMajor = Rest.starts_with(".*");
    if (Rest.consume_front(".")) {
      Digits = Rest.take_while(llvm::isDigit);
      if (!Digits.empty())
        Digits.getAsInteger(10, C.Minor);
      Rest = Rest.drop_front(Digits.size());
      if (Rest.consume_front(".")) {
        Digits = Rest.take_while(llvm::isDigit);
        if (!Digits.empty())
          Digits.getAsInteger(10, C.Patch);
      }
    }
    Rest = Rest.drop_while([](char Ch) { return isNameChar(Ch) || Ch == '*'; });
    Out.push_back(C);
    // A clause list continues after a comma; anything else ends it.
    Rest = Rest.ltrim(" \t\"'");
    if (!Rest.consume_front(","))
      break;
  }
  return Out;
}

/// \p Release, and, where the project requires a release older than any
/// schemac has the rules of, the clause that says so ("==1.3.24",
/// "<1.4").
DeclaredVersion declared(const char *Release,
                         const VersionClause *Older = nullptr) {
  DeclaredVersion V;
  V.Version = Release;
  if (Older)
    V.Older = (Older->Op.empty() ? "==" : Older->Op) +
              std::to_string(Older->Major) + "." +
              std::to_string(Older->Minor) +
              (Older->Patch ? "." + std::to_string(Older->Patch) : "");
  return V;
}

bool before14(const VersionClause &C) {
  return std::make_tuple(C.Major, C.Minor) < std::make_tuple(1u, 4u);
}

/// The release the clauses select: a pin names it; an upper bound at or
/// below 2.0 keeps 1.x (one at or below 1.4.0, an older 1.x); otherwise pip
/// installs the newest, a 2.x.
DeclaredVersion releaseFor(const std::vector<VersionClause> &Clauses) {
  for (const VersionClause &C : Clauses)
    if (C.Op.empty() || C.Op == "==" || C.Op == "===" || C.Op == "~=" ||
        C.Op == "^" || C.Op == "~" || C.Op == "=")
      return C.Major >= 2 ? declared("2.0")
                          : declared("1.4", before14(C) ? &C : nullptr);
  for (const VersionClause &C : Clauses)
    if ((C.Op == "<" && std::make_tuple(C.Major, C.Minor, C.Patch) <=
                            std::make_tuple(1u, 4u, 0u)) ||
        (C.Op == "<=" && before14(C)))
      return declared("1.4", &C);
  for (const VersionClause &C : Clauses)
    if ((C.Op == "<" && (C.Major < 2 || (C.Major == 2 && C.Minor == 0))) ||
        (C.Op == "<=" && C.Major < 2) ||
        (C.Op == "!=" && C.WholeMajor && C.Major == 2))
      return declared("1.4");
  return declared("2.0");
}

/// Whether \p At is in a comment of its line: after a '#' that starts
/// the line or follows a blank (pip's rule, and near enough TOML's, INI's
/// and Python's; a URL's #egg=name is no comment). pip-compile writes
/// `# via sqlalchemy` under each package SQLAlchemy depends on.
bool inComment(llvm::StringRef Text, size_t At) {
  size_t LineStart = Text.rfind('\n', At);
  llvm::StringRef Before =
      Text.slice(LineStart == llvm::StringRef::npos ? 0 : LineStart + 1, At);
  for (size_t Hash = Before.find('#'); Hash != llvm::StringRef::npos;
       Hash = Before.find('#', Hash + 1))
    if (Hash == 0 || llvm::isSpace(Before[Hash - 1]))
      return true;
  return false;
}

/// The clauses of the requirement on the distribution \p Name (a whole
/// name: not flask-sqlalchemy or sqlalchemy-utils for "sqlalchemy").
std::optional<std::vector<VersionClause>> clausesFor(llvm::StringRef Text,
                                                     llvm::StringRef Name) {
  std::string Lower = Text.lower();
  llvm::StringRef L(Lower);
  for (size_t At = L.find(Name); At != llvm::StringRef::npos;
       At = L.find(Name, At + 1)) {
    if ((At > 0 && isNameChar(L[At - 1])) || inComment(L, At))
      continue;
    llvm::StringRef Rest = Text.drop_front(At + Name.size());
    if (!Rest.empty() && isNameChar(Rest.front()))
      continue;
    if (Rest.consume_front("[")) // extras: sqlalchemy[asyncio]
      Rest = Rest.drop_front(std::min(Rest.find(']') + 1, Rest.size()));
    // A table of options (Poetry's `{version = "~1.4", extras = [...]}`,
    // Pipfile.lock's `{"hashes": [...], "version": "==1.4.52"}`): its
    // version, if it gives one.
    if (llvm::StringRef Spec = Rest.ltrim(" \t\"'=:"); Spec.starts_with("{")) {
      Spec = Spec.take_front(Spec.find('}'));
      // The key, not a word inside a value ("python_version >= '3.7'").
      size_t Version = Spec.find("version");
      auto IsKey = [&](size_t At) {
        llvm::StringRef After =
            Spec.drop_front(At + strlen("version")).ltrim(" \t\"'");
        return !isNameChar(Spec[At - 1]) &&
               (After.starts_with("=") || After.starts_with(":"));
      };
      while (Version != llvm::StringRef::npos && !IsKey(Version))
        Version = Spec.find("version", Version + 1);
      if (Version == llvm::StringRef::npos)
        return std::vector<VersionClause>();
      Rest = Spec.drop_front(Version + strlen("version"));
    }
    return parseClauses(Rest);
  }
  return std::nullopt;
}

/// SQLAlchemy's release from the requirement on it, else from SQLModel's:
/// SQLModel runs on 2.0 from 0.0.14.
std::optional<DeclaredVersion> requirementIn(llvm::StringRef Text) {
  if (auto Clauses = clausesFor(Text, "sqlalchemy"))
    return releaseFor(*Clauses);
  auto Clauses = clausesFor(Text, "sqlmodel");
  if (!Clauses)
    return std::nullopt;
  for (const VersionClause &C : *Clauses) {
    bool Before14 = std::make_tuple(C.Major, C.Minor, C.Patch) <
                    std::make_tuple(0u, 0u, 14u);
    if (C.Op.empty() || C.Op == "==" || C.Op == "~=" || C.Op == "^" ||
        C.Op == "=" || C.Op == "<=")
      return declared(Before14 ? "1.4" : "2.0");
    if (C.Op == "<")
      return declared(std::make_tuple(C.Major, C.Minor, C.Patch) <=
                              std::make_tuple(0u, 0u, 14u)
                          ? "1.4"
                          : "2.0");
  }
  return declared("2.0");
}

/// poetry.lock, uv.lock, pdm.lock: the [[package]] whose line reads
/// `name = "sqlalchemy"`, and its version line. (Dependency lists mention
/// `{ name = "sqlalchemy" }` too, inside other packages.)
std::optional<DeclaredVersion> lockedIn(llvm::StringRef Text) {
  std::string Lower = Text.lower();
  llvm::StringRef L(Lower);
  size_t At = L.starts_with("name = \"sqlalchemy\"\n")
                  ? 0
                  : L.find("\nname = \"sqlalchemy\"\n");
  if (At == llvm::StringRef::npos)
    return std::nullopt;
  llvm::StringRef Rest = Text.drop_front(At + 1);
  Rest = Rest.take_front(std::min(Rest.find("[[package]]"), Rest.size()));
  size_t V = Rest.find("\nversion = \"");
  if (V == llvm::StringRef::npos)
    return std::nullopt;
  Rest = Rest.drop_front(V + strlen("\nversion = \""));
  std::vector<VersionClause> Locked = parseClauses(Rest);
  if (Locked.empty())
    return std::nullopt;
  return releaseFor(Locked);
}

std::optional<std::string> readFile(const std::string &Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer)
    return std::nullopt;
  return (*Buffer)->getBuffer().str();
}

} // namespace

std::optional<DeclaredVersion>
findDeclaredSqlAlchemyVersion(const std::vector<std::string> &Dirs) {
  static const char *const LockFiles[] = {"poetry.lock", "uv.lock", "pdm.lock"};
  // Pipfile.lock's entries read as requirements: "version": "==1.4.52".
  static const char *const RequirementFiles[] = {
      "Pipfile.lock",    "requirements.txt", "requirements.in",
      "constraints.txt", "pyproject.toml",   "setup.cfg",
      "setup.py",        "Pipfile",          "environment.yml",
      "tox.ini"};
  // Without a repository, a few levels up (src/pkg layouts, monorepos).
  constexpr unsigned LevelsWithoutRepository = 3;
  for (const std::string &Start : Dirs) {
    llvm::SmallString<256> Dir(Start);
    bool InRepository = false;
    for (llvm::SmallString<256> D(Start); !D.empty();) {
      llvm::SmallString<256> Git(D);
      llvm::sys::path::append(Git, ".git");
      if (llvm::sys::fs::exists(Git)) {
        InRepository = true;
        break;
      }
      llvm::StringRef Parent = llvm::sys::path::parent_path(D);
      if (Parent == D)
        break;
      D = Parent;
    }
    for (unsigned Level = 0; !Dir.empty(); ++Level) {
      if (!InRepository && Level > LevelsWithoutRepository)
        break;
      auto Try = [&](const char *Name,
                     auto Read) -> std::optional<DeclaredVersion> {
        llvm::SmallString<256> Path(Dir);
        llvm::sys::path::append(Path, Name);
        if (auto Text = readFile(Path.str().str()))
          if (auto V = Read(*Text)) {
            V->File = Path.str().str();
            return V;
          }
        return std::nullopt;
      };
      for (const char *F : LockFiles)
        if (auto V = Try(F, lockedIn))
          return V;
      for (const char *F : RequirementFiles)
        if (auto V = Try(F, requirementIn))
          return V;
      // requirements/base.txt, requirements-dev.txt and the like.
      std::error_code EC;
      std::vector<std::string> More;
      for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
           It.increment(EC)) {
        llvm::StringRef Name = llvm::sys::path::filename(It->path());
        if (Name.starts_with("requirements") &&
            (Name.ends_with(".txt") || Name.ends_with(".in")))
          More.push_back(It->path());
        if (Name == "requirements" && llvm::sys::fs::is_directory(It->path())) {
          std::error_code EC2;
          for (llvm::sys::fs::directory_iterator I2(It->path(), EC2), E2;
               I2 != E2 && !EC2; I2.increment(EC2))
            if (llvm::StringRef(I2->path()).ends_with(".txt"))
              More.push_back(I2->path());
        }
      }
      llvm::sort(More);
      for (const std::string &P : More)
        if (auto Text = readFile(P))
          if (auto V = requirementIn(*Text)) {
            V->File = P;
            return V;
          }
      // The repository's top is as far as a project's files go.
      llvm::SmallString<256> Git(Dir);
      llvm::sys::path::append(Git, ".git");
      if (llvm::sys::fs::exists(Git))
        break;
      llvm::StringRef Parent = llvm::sys::path::parent_path(Dir);
      if (Parent == Dir)
        break;
      Dir = Parent;
    }
  }
  return std::nullopt;
}

} // namespace schemac::sema
