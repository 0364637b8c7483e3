//===- GitRepository.cpp - Reading revisions with libgit2 ----------------===//

#include "support/GitRepository.h"
#include "support/PythonFiles.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <dlfcn.h>
#include <git2.h>

#include <mutex>

namespace schemac {

namespace {

// libgit2 is loaded when the first repository is opened, not linked: with
// the libraries it brings (TLS, SSH, Kerberos: sixteen on Debian 12) it
// cost 7 ms of the start of every schemac run on a 2-core machine, and most
// runs read no revision.
#define SCHEMAC_LIBGIT2_FUNCTIONS(X)                                           \
  X(git_libgit2_init)                                                          \
  X(git_libgit2_opts)                                                          \
  X(git_error_last)                                                            \
  X(git_repository_open_ext)                                                   \
  X(git_repository_workdir)                                                    \
  X(git_repository_is_shallow)                                                 \
  X(git_repository_free)                                                       \
  X(git_revparse_single)                                                       \
  X(git_object_peel)                                                           \
  X(git_object_free)                                                           \
  X(git_tree_lookup)                                                           \
  X(git_tree_entrycount)                                                       \
  X(git_tree_entry_byindex)                                                    \
  X(git_tree_entry_byname)                                                     \
  X(git_tree_entry_bypath)                                                     \
  X(git_tree_entry_name)                                                       \
  X(git_tree_entry_type)                                                       \
  X(git_tree_entry_id)                                                         \
  X(git_tree_entry_free)                                                       \
  X(git_tree_free)                                                             \
  X(git_blob_lookup)                                                           \
  X(git_blob_rawcontent)                                                       \
  X(git_blob_rawsize)                                                          \
  X(git_blob_free)

struct LibGit2 {
#define SCHEMAC_LIBGIT2_POINTER(F) decltype(&::F) F = nullptr;
  SCHEMAC_LIBGIT2_FUNCTIONS(SCHEMAC_LIBGIT2_POINTER)
#undef SCHEMAC_LIBGIT2_POINTER
};

LibGit2 Git;

/// Loads libgit2 and its functions into Git, once; what went wrong, if
/// anything did.
const std::string &loadLibGit2() {
  static std::string Failure;
  static std::once_flag Once;
  std::call_once(Once, [] {
    const std::string CannotLoad =
        "cannot load libgit2, which reads git revisions: ";
    // dlopen() rather than llvm::sys::DynamicLibrary, which closes what it
    // opened as the process exits: LeakSanitizer, which looks for leaks
    // after that, no longer sees libgit2's globals and takes what they
    // hold for leaks.
    void *Library = dlopen(SCHEMAC_LIBGIT2_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (!Library) {
      Failure = CannotLoad + dlerror();
      return;
    }
#define SCHEMAC_LIBGIT2_LOAD(F)                                                \
  Git.F = reinterpret_cast<decltype(Git.F)>(dlsym(Library, #F));               \
  if (!Git.F) {                                                                \
    Failure = CannotLoad + SCHEMAC_LIBGIT2_SONAME " has no " #F;               \
    return;                                                                    \
  }
    SCHEMAC_LIBGIT2_FUNCTIONS(SCHEMAC_LIBGIT2_LOAD)
#undef SCHEMAC_LIBGIT2_LOAD
    Git.git_libgit2_init();
    // libgit2 hashes every object it reads again to check it, which git's
    // own reads (git show, git cat-file) do not: at 20,000 models that
    // check was nearly half the time spent reading a revision.
    Git.git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
  });
  return Failure;
}

std::string lastGitError() {
  const git_error *E = Git.git_error_last();
  return E && E->message ? E->message : "unknown libgit2 error";
}

llvm::Error gitError(const llvm::Twine &What) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 What + ": " + lastGitError());
}

/// Frees a libgit2 object with the function given.
template <typename T> class GitPtr {
public:
  explicit GitPtr(void (*Free)(T *)) : Free(Free) {}
  ~GitPtr() {
    if (P)
      Free(P);
  }
  GitPtr(const GitPtr &) = delete;
  GitPtr &operator=(const GitPtr &) = delete;
  T **operator&() { return &P; }
  T *get() const { return P; }

private:
  T *P = nullptr;
  void (*Free)(T *);
};

std::string absolute(llvm::StringRef Path) {
  llvm::SmallString<256> Abs(Path);
  llvm::sys::fs::make_absolute(Abs);
  llvm::SmallString<256> Real;
  if (!llvm::sys::fs::real_path(Abs, Real))
    return Real.str().str();
  llvm::sys::path::remove_dots(Abs, true);
  return Abs.str().str();
}

} // namespace

llvm::Expected<std::unique_ptr<GitRepository>>
GitRepository::open(llvm::StringRef Path) {
  if (const std::string &Failure = loadLibGit2(); !Failure.empty())
    return llvm::createStringError(llvm::inconvertibleErrorCode(), Failure);
  std::string Abs = absolute(Path);
  git_repository *Repo = nullptr;
  if (Git.git_repository_open_ext(&Repo, Abs.c_str(), 0, nullptr) != 0)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "'" + Path.str() +
                                       "' is not inside a git repository");
  const char *Workdir = Git.git_repository_workdir(Repo);
  if (!Workdir) {
    Git.git_repository_free(Repo);
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "the repository of '" + Path.str() +
                                       "' has no working tree");
  }
  std::string Top = absolute(llvm::StringRef(Workdir).rtrim('/'));
  return std::unique_ptr<GitRepository>(new GitRepository(Repo, Top));
}

GitRepository::~GitRepository() { Git.git_repository_free(Repo); }

llvm::Expected<std::string>
GitRepository::relativePath(llvm::StringRef Path) const {
  std::string Abs = absolute(Path);
  llvm::StringRef P(Abs);
  if (P == Top)
    return "";
  if (!P.consume_front(Top + "/"))
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "'" + Path.str() + "' is outside the repository at '" + Top + "'");
  return P.str();
}

std::optional<std::string> GitRepository::readFile(llvm::StringRef Revision,
                                                   llvm::StringRef Path) const {
  std::lock_guard<std::mutex> Guard(Lock);
  GitPtr<git_object> Object(Git.git_object_free);
  if (Git.git_revparse_single(&Object, Repo, Revision.str().c_str()) != 0)
    return std::nullopt;
  GitPtr<git_object> TreeObject(Git.git_object_free);
  if (Git.git_object_peel(&TreeObject, Object.get(), GIT_OBJECT_TREE) != 0)
    return std::nullopt;
  GitPtr<git_tree_entry> Entry(Git.git_tree_entry_free);
  if (Git.git_tree_entry_bypath(&Entry,
                                reinterpret_cast<git_tree *>(TreeObject.get()),
                                Path.str().c_str()) != 0 ||
      Git.git_tree_entry_type(Entry.get()) != GIT_OBJECT_BLOB)
    return std::nullopt;
  GitPtr<git_blob> Blob(Git.git_blob_free);
  if (Git.git_blob_lookup(&Blob, Repo, Git.git_tree_entry_id(Entry.get())) != 0)
    return std::nullopt;
  return std::string(
      static_cast<const char *>(Git.git_blob_rawcontent(Blob.get())),
      Git.git_blob_rawsize(Blob.get()));
}

llvm::Expected<std::vector<std::pair<std::string, std::string>>>
GitRepository::readPythonFiles(
    llvm::StringRef Revision, const std::vector<std::string> &Paths,
    llvm::StringRef Root,
    const std::function<bool(llvm::StringRef)> &SkipDir) const {
  std::lock_guard<std::mutex> Guard(Lock);
  GitPtr<git_object> Object(Git.git_object_free);
  if (Git.git_revparse_single(&Object, Repo, Revision.str().c_str()) != 0) {
    std::string Why = lastGitError();
    if (Git.git_repository_is_shallow(Repo))
      Why += " (this is a shallow clone: fetch the revision, e.g. 'git "
             "fetch --unshallow' or actions/checkout's fetch-depth: 0)";
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "unknown revision '" + Revision.str() +
                                       "': " + Why);
  }
  GitPtr<git_object> TreeObject(Git.git_object_free);
  if (Git.git_object_peel(&TreeObject, Object.get(), GIT_OBJECT_TREE) != 0)
    return gitError("revision '" + Revision + "' has no tree");
  auto *Tree = reinterpret_cast<git_tree *>(TreeObject.get());

  std::vector<std::pair<std::string, std::string>> Out;
  auto Relative = [&](const std::string &RepoPath) {
    llvm::StringRef P(RepoPath);
    if (!Root.empty())
      P.consume_front((Root + "/").str());
    return P.str();
  };
  auto ReadBlob = [&](const git_oid *Id,
                      const std::string &RepoPath) -> llvm::Error {
    GitPtr<git_blob> Blob(Git.git_blob_free);
    if (Git.git_blob_lookup(&Blob, Repo, Id) != 0)
      return gitError("cannot read '" + RepoPath + "' in '" + Revision + "'");
    const char *Data =
        static_cast<const char *>(Git.git_blob_rawcontent(Blob.get()));
    Out.emplace_back(Relative(RepoPath),
                     std::string(Data, Git.git_blob_rawsize(Blob.get())));
    return llvm::Error::success();
  };
  std::function<llvm::Error(const git_tree *, const std::string &)> Walk =
      [&](const git_tree *T, const std::string &Prefix) -> llvm::Error {
    for (size_t I = 0, N = Git.git_tree_entrycount(T); I < N; ++I) {
      const git_tree_entry *E = Git.git_tree_entry_byindex(T, I);
      std::string Name = Git.git_tree_entry_name(E);
      std::string Path = Prefix.empty() ? Name : Prefix + "/" + Name;
      switch (Git.git_tree_entry_type(E)) {
      case GIT_OBJECT_TREE: {
        if (SkipDir(Name))
          break;
        GitPtr<git_tree> Sub(Git.git_tree_free);
        if (Git.git_tree_lookup(&Sub, Repo, Git.git_tree_entry_id(E)) != 0)
          return gitError("cannot read '" + Path + "' in '" + Revision + "'");
        const git_tree_entry *EnvPy =
            Git.git_tree_entry_byname(Sub.get(), "env.py");
        const git_tree_entry *Template =
            Git.git_tree_entry_byname(Sub.get(), "script.py.mako");
        if (isMigrationEnvironment(
                EnvPy && Git.git_tree_entry_type(EnvPy) == GIT_OBJECT_BLOB,
                Template &&
                    Git.git_tree_entry_type(Template) == GIT_OBJECT_BLOB))
          break;
        if (llvm::Error Err = Walk(Sub.get(), Path))
          return Err;
        break;
      }
      case GIT_OBJECT_BLOB:
        if (llvm::StringRef(Name).ends_with(".py"))
          if (llvm::Error Err = ReadBlob(Git.git_tree_entry_id(E), Path))
            return Err;
        break;
      default:
        break;
      }
    }
    return llvm::Error::success();
  };
  for (const std::string &P : Paths) {
    if (P.empty()) {
      if (llvm::Error Err = Walk(Tree, ""))
        return Err;
      continue;
    }
    GitPtr<git_tree_entry> Entry(Git.git_tree_entry_free);
    // A path the revision does not have: the models were not there yet.
    if (Git.git_tree_entry_bypath(&Entry, Tree, P.c_str()) != 0)
      continue;
    if (Git.git_tree_entry_type(Entry.get()) == GIT_OBJECT_TREE) {
      GitPtr<git_tree> Sub(Git.git_tree_free);
      if (Git.git_tree_lookup(&Sub, Repo, Git.git_tree_entry_id(Entry.get())) !=
          0)
        return gitError("cannot read '" + P + "' in '" + Revision + "'");
      if (llvm::Error Err = Walk(Sub.get(), P))
        return Err;
    } else if (llvm::StringRef(P).ends_with(".py")) {
      if (llvm::Error Err = ReadBlob(Git.git_tree_entry_id(Entry.get()), P))
        return Err;
    }
  }
  return Out;
}

} // namespace schemac
