//===- PythonFiles.cpp ----------------------------------------------------===//

#include "support/PythonFiles.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace schemac {

void collectPythonFiles(llvm::ArrayRef<std::string> Paths,
                        llvm::function_ref<bool(llvm::StringRef)> SkipDirectory,
                        std::vector<std::string> &Files,
                        std::vector<std::string> &Errors) {
  for (const std::string &Path : Paths) {
    llvm::sys::fs::file_status Status;
    if (std::error_code EC = llvm::sys::fs::status(Path, Status)) {
      Errors.push_back("cannot read '" + Path + "': " + EC.message());
      continue;
    }
    if (!llvm::sys::fs::is_directory(Status)) {
      Files.push_back(Path);
      continue;
    }
    std::vector<std::string> Found;
    std::error_code EC;
    for (llvm::sys::fs::recursive_directory_iterator It(Path, EC), End;
         It != End && !EC; It.increment(EC)) {
      llvm::StringRef Name = llvm::sys::path::filename(It->path());
      if (It->type() == llvm::sys::fs::file_type::directory_file) {
        llvm::SmallString<256> EnvPy(It->path()), Template(It->path());
        llvm::sys::path::append(EnvPy, "env.py");
        llvm::sys::path::append(Template, "script.py.mako");
        if (SkipDirectory(Name) ||
            isMigrationEnvironment(llvm::sys::fs::is_regular_file(EnvPy),
                                   llvm::sys::fs::is_regular_file(Template)))
          It.no_push();
        continue;
      }
      if (Name.ends_with(".py"))
        Found.push_back(It->path());
    }
    if (EC)
      Errors.push_back("cannot list '" + Path + "': " + EC.message());
    llvm::sort(Found);
    Files.insert(Files.end(), Found.begin(), Found.end());
  }
}

} // namespace schemac
