//===- GitRepository.cpp - Reading revisions with libgit2 ----------------===//

#include "support/GitRepository.h"
#include "support/PythonFiles.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <git2.h>

#include <mutex>

namespace schemac {

namespace {

std::string lastGitError() {
  const git_error *E = git_error_last();
  return E && E->message ? E->message : "unknown libgit2 error";
}

llvm::Error gitError(const llvm::Twine &What) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 What + ": " + lastGitError());
}

template <typename T, void (*Free)(T *)> struct GitPtr {
  T *P = nullptr;
  ~GitPtr() {
    if (P)
      Free(P);
  }
  T **operator&() { return &P; }
  T *get() const { return P; }
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
  static std::once_flag Init;
  std::call_once(Init, [] {
    git_libgit2_init();
    // libgit2 hashes every object it reads again to check it, which git's
    // own reads (git show, git cat-file) do not: at 20,000 models that
    // check was nearly half the time spent reading a revision.
    git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
  });
  std::string Abs = absolute(Path);
  git_repository *Repo = nullptr;
  if (git_repository_open_ext(&Repo, Abs.c_str(), 0, nullptr) != 0)
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "'" + Path.str() +
                                       "' is not inside a git repository");
  const char *Workdir = git_repository_workdir(Repo);
  if (!Workdir) {
    git_repository_free(Repo);
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "the repository of '" + Path.str() +
                                       "' has no working tree");
  }
  std::string Top = absolute(llvm::StringRef(Workdir).rtrim('/'));
  return std::unique_ptr<GitRepository>(new GitRepository(Repo, Top));
}

GitRepository::~GitRepository() { git_repository_free(Repo); }

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
  GitPtr<git_object, git_object_free> Object;
  if (git_revparse_single(&Object, Repo, Revision.str().c_str()) != 0)
    return std::nullopt;
  GitPtr<git_object, git_object_free> TreeObject;
  if (git_object_peel(&TreeObject, Object.get(), GIT_OBJECT_TREE) != 0)
    return std::nullopt;
  GitPtr<git_tree_entry, git_tree_entry_free> Entry;
  if (git_tree_entry_bypath(&Entry,
                            reinterpret_cast<git_tree *>(TreeObject.get()),
                            Path.str().c_str()) != 0 ||
      git_tree_entry_type(Entry.get()) != GIT_OBJECT_BLOB)
    return std::nullopt;
  GitPtr<git_blob, git_blob_free> Blob;
  if (git_blob_lookup(&Blob, Repo, git_tree_entry_id(Entry.get())) != 0)
    return std::nullopt;
  return std::string(static_cast<const char *>(git_blob_rawcontent(Blob.get())),
                     git_blob_rawsize(Blob.get()));
}

llvm::Expected<std::vector<std::pair<std::string, std::string>>>
GitRepository::readPythonFiles(
    llvm::StringRef Revision, const std::vector<std::string> &Paths,
    llvm::StringRef Root,
    const std::function<bool(llvm::StringRef)> &SkipDir) const {
  std::lock_guard<std::mutex> Guard(Lock);
  GitPtr<git_object, git_object_free> Object;
  if (git_revparse_single(&Object, Repo, Revision.str().c_str()) != 0) {
    std::string Why = lastGitError();
    if (git_repository_is_shallow(Repo))
      Why += " (this is a shallow clone: fetch the revision, e.g. 'git "
             "fetch --unshallow' or actions/checkout's fetch-depth: 0)";
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "unknown revision '" + Revision.str() +
                                       "': " + Why);
  }
  GitPtr<git_object, git_object_free> TreeObject;
  if (git_object_peel(&TreeObject, Object.get(), GIT_OBJECT_TREE) != 0)
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
    GitPtr<git_blob, git_blob_free> Blob;
    if (git_blob_lookup(&Blob, Repo, Id) != 0)
      return gitError("cannot read '" + RepoPath + "' in '" + Revision + "'");
    const char *Data =
        static_cast<const char *>(git_blob_rawcontent(Blob.get()));
    Out.emplace_back(Relative(RepoPath),
                     std::string(Data, git_blob_rawsize(Blob.get())));
    return llvm::Error::success();
  };
  std::function<llvm::Error(const git_tree *, const std::string &)> Walk =
      [&](const git_tree *T, const std::string &Prefix) -> llvm::Error {
    for (size_t I = 0, N = git_tree_entrycount(T); I < N; ++I) {
      const git_tree_entry *E = git_tree_entry_byindex(T, I);
      std::string Name = git_tree_entry_name(E);
      std::string Path = Prefix.empty() ? Name : Prefix + "/" + Name;
      switch (git_tree_entry_type(E)) {
      case GIT_OBJECT_TREE: {
        if (SkipDir(Name))
          break;
        GitPtr<git_tree, git_tree_free> Sub;
        if (git_tree_lookup(&Sub, Repo, git_tree_entry_id(E)) != 0)
          return gitError("cannot read '" + Path + "' in '" + Revision + "'");
        const git_tree_entry *EnvPy =
            git_tree_entry_byname(Sub.get(), "env.py");
        const git_tree_entry *Template =
            git_tree_entry_byname(Sub.get(), "script.py.mako");
        if (isMigrationEnvironment(
                EnvPy && git_tree_entry_type(EnvPy) == GIT_OBJECT_BLOB,
                Template && git_tree_entry_type(Template) == GIT_OBJECT_BLOB))
          break;
        if (llvm::Error Err = Walk(Sub.get(), Path))
          return Err;
        break;
      }
      case GIT_OBJECT_BLOB:
        if (llvm::StringRef(Name).ends_with(".py"))
          if (llvm::Error Err = ReadBlob(git_tree_entry_id(E), Path))
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
    GitPtr<git_tree_entry, git_tree_entry_free> Entry;
    // A path the revision does not have: the models were not there yet.
    if (git_tree_entry_bypath(&Entry, Tree, P.c_str()) != 0)
      continue;
    if (git_tree_entry_type(Entry.get()) == GIT_OBJECT_TREE) {
      GitPtr<git_tree, git_tree_free> Sub;
      if (git_tree_lookup(&Sub, Repo, git_tree_entry_id(Entry.get())) != 0)
        return gitError("cannot read '" + P + "' in '" + Revision + "'");
      if (llvm::Error Err = Walk(Sub.get(), P))
        return Err;
    } else if (llvm::StringRef(P).ends_with(".py")) {
      if (llvm::Error Err = ReadBlob(git_tree_entry_id(Entry.get()), P))
        return Err;
    }
  }
  return Out;
}

} // namespace schemac
