//===- AnalysisCache.cpp - Analysis results kept between runs -------------===//

#include "sema/AnalysisCache.h"

#include "ir/Bytecode.h"
#include "sema/Object.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/xxhash.h"

namespace schemac::sema {

namespace {

constexpr llvm::StringLiteral Magic = "schemac analysis cache 7\n";

} // namespace

std::string cacheOrigin(const ModuleUnit &U) {
  return U.Path.empty() ? U.DisplayPath : U.Path;
}

std::string cacheBinaryIdentity() {
  std::string Exe = llvm::sys::fs::getMainExecutable(nullptr, nullptr);
  if (Exe.empty())
    return "";
  auto Binary = llvm::MemoryBuffer::getFile(Exe, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Binary)
    return "";
  return llvm::utohexstr(llvm::xxh3_64bits((*Binary)->getBuffer()));
}

AnalysisCache::AnalysisCache(llvm::StringRef Dir, std::string Key)
    : Key(std::move(Key)) {
  llvm::SmallString<256> P(Dir);
  llvm::sys::path::append(P, llvm::utohexstr(llvm::xxh3_64bits(this->Key)) +
                                 ".bin");
  Path = P.str().str();
}

// The entry: the magic line, a checksum of the body and the body, then the
// texts. The body holds the key, the number of units the walk found, the
// units (each with the file it was read from, its text's hash, its
// diagnostics and its dependencies), the missing paths, and the schema.
// The texts, one per unit, are those of files on disk; a revision's files
// never change, so its entry keeps none, and analyzeEdit takes only plain
// UTF-8 texts. Each text is checked against its hash when it is used.
void AnalysisCache::store(const AnalysisResult &Result) const {
  llvm::StringRef Dir = llvm::sys::path::parent_path(Path);
  if (llvm::sys::fs::create_directories(Dir))
    return;
  std::string Body;
  llvm::raw_string_ostream BodyOS(Body);
  // The writer writes a byte at a time: through a buffer, not an append to
  // the string each (a third of a second for a 20,000-model schema).
  BodyOS.SetBufferSize(1 << 16);
  ir::BytecodeWriter W(BodyOS);
  W.str(Key);
  // Dependencies name units by their index among those stored.
  std::vector<uint64_t> StoredIndex;
  size_t Units = 0;
  for (const auto &U : Result.Units)
    StoredIndex.push_back(U->IsStub ? UINT64_MAX : Units++);
  W.u64(Result.WalkedUnits);
  W.u64(Units);
  for (const auto &U : Result.Units) {
    if (U->IsStub)
      continue;
    W.str(U->Name);
    W.str(U->DisplayPath);
    W.boolean(U->IsPackage);
    W.str(cacheOrigin(*U));
    W.u64(U->File->textHash());
    W.u64(U->Diags->diagnostics().size());
    for (const Diagnostic &D : U->Diags->diagnostics()) {
      W.u64(static_cast<uint64_t>(D.Id));
      W.u64(D.Begin);
      W.u64(D.End);
      W.str(D.Message);
    }
    W.u64(U->Dependencies.Reads.size());
    for (uint32_t R : U->Dependencies.Reads)
      W.u64(StoredIndex[R]);
    W.boolean(U->Dependencies.WritesOthers);
    W.boolean(U->Dependencies.WrittenByOthers);
    W.u64(U->Dependencies.UsedByOthers.size());
    for (const auto &[Class, Name] : U->Dependencies.UsedByOthers) {
      W.str(Class);
      W.str(Name);
    }
    W.boolean(U->Dependencies.UsedOpaquely);
    W.boolean(U->Dependencies.ReadsRunningModule);
    W.boolean(U->Dependencies.RanNested);
    W.boolean(U->Dependencies.WrittenAfterRun);
    W.u64(U->Started);
    W.u64(U->Finished);
  }
  W.boolean(Result.DependenciesKnown);
  W.u64(Result.MissingPaths.size());
  for (const std::string &P : Result.MissingPaths)
    W.str(P);
  ir::writeSchema(Result.Schema, W);
  BodyOS.flush();

  int FD;
  llvm::SmallString<256> Temp;
  if (llvm::sys::fs::createUniqueFile(Path + ".%%%%%%.tmp", FD, Temp))
    return;
  llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
  OS << Magic;
  ir::BytecodeWriter Out(OS);
  Out.u64(llvm::xxh3_64bits(Body));
  Out.str(Body);
  for (const auto &U : Result.Units) {
    if (U->IsStub)
      continue;
    bool KeepText =
        U->File->textIsBytes() && llvm::sys::path::is_absolute(cacheOrigin(*U));
    Out.boolean(KeepText);
    if (KeepText)
      Out.str(U->File->text());
  }
  OS.close();
  if (OS.has_error()) {
    OS.clear_error();
    llvm::sys::fs::remove(Temp);
    return;
  }
  // Another schemac may be storing the same entry: the last rename wins,
  // and either is whole.
  if (llvm::sys::fs::rename(Temp, Path))
    llvm::sys::fs::remove(Temp);
}

uint64_t AnalysisCache::entryBytes() const {
  uint64_t Size = 0;
  return llvm::sys::fs::file_size(Path, Size) ? 0 : Size;
}

std::optional<CachedAnalysis>
AnalysisCache::load(const std::vector<std::string> &Walked,
                    const CacheSourceAccess &Access, size_t MaxEdited) const {
  auto Buffer = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return std::nullopt;
  llvm::StringRef Bytes = (*Buffer)->getBuffer();
  if (!Bytes.consume_front(Magic))
    return std::nullopt;
  // Damaged bytes would otherwise be read as a valid entry, and carried on
  // from edit to edit.
  ir::BytecodeReader Entry(Bytes);
  uint64_t Checksum = Entry.u64();
  llvm::StringRef Body = Entry.strRef();
  if (!Entry.ok() || llvm::xxh3_64bits(Body) != Checksum)
    return std::nullopt;
  ir::BytecodeReader R(Body);
  if (R.str() != Key || !R.ok())
    return std::nullopt;

  CachedAnalysis Cached;
  AnalysisResult &Result = Cached.Result;
  size_t WalkedUnits = R.count();
  size_t Units = R.count();
  if (WalkedUnits != Walked.size() || WalkedUnits > Units)
    return std::nullopt;
  for (size_t I = 0; I < Units && R.ok(); ++I) {
    auto U = std::make_unique<ModuleUnit>();
    U->Name = R.str();
    U->DisplayPath = R.str();
    U->IsPackage = R.boolean();
    std::string Origin = R.str();
    uint64_t Hash = R.u64();
    // Its text, from the section after the body.
    bool HasText = Entry.boolean();
    llvm::StringRef Text = HasText ? Entry.strRef() : llvm::StringRef();
    if (!R.ok() || !Entry.ok() || (I < WalkedUnits && Origin != Walked[I]))
      return std::nullopt;
    U->File = Access.Open(Origin, U->DisplayPath);
    if (!U->File)
      return std::nullopt;
    if (U->File->textHash() != Hash) {
      // analyzeEdit never takes an edit of a package's __init__.py.
      if (!HasText || U->IsPackage || Cached.Edited.size() == MaxEdited)
        return std::nullopt;
      U->File = SourceFile::fromBytes(Text, U->DisplayPath);
      if (U->File->textHash() != Hash)
        return std::nullopt;
      Cached.Edited.push_back(I);
    }
    if (llvm::sys::path::is_absolute(Origin))
      U->Path = Origin;
    U->Diags = std::make_unique<DiagnosticEngine>(*U->File);
    size_t Diags = R.count();
    for (size_t D = 0; D < Diags && R.ok(); ++D) {
      uint64_t Id = R.u64();
      uint32_t Begin = R.u64(), End = R.u64();
      std::string Message = R.str();
      if (Id >= NumDiagIds || Begin > U->File->text().size() ||
          End > U->File->text().size())
        R.fail();
      if (R.ok())
        U->Diags->add(static_cast<DiagId>(Id), Begin, End, std::move(Message));
    }
    size_t Reads = R.count();
    for (size_t D = 0; D < Reads && R.ok(); ++D) {
      uint64_t Read = R.u64();
      if (Read >= Units)
        R.fail();
      U->Dependencies.Reads.push_back(static_cast<uint32_t>(Read));
    }
    U->Dependencies.WritesOthers = R.boolean();
    U->Dependencies.WrittenByOthers = R.boolean();
    size_t Used = R.count();
    for (size_t D = 0; D < Used && R.ok(); ++D) {
      std::string Class = R.str();
      U->Dependencies.UsedByOthers.emplace_back(internName(Class),
                                                internName(R.str()));
    }
    U->Dependencies.UsedOpaquely = R.boolean();
    U->Dependencies.ReadsRunningModule = R.boolean();
    U->Dependencies.RanNested = R.boolean();
    U->Dependencies.WrittenAfterRun = R.boolean();
    U->Started = static_cast<uint32_t>(R.u64());
    U->Finished = static_cast<uint32_t>(R.u64());
    Result.Units.push_back(std::move(U));
  }
  Result.DependenciesKnown = R.boolean();
  if (!Cached.Edited.empty() && !Result.DependenciesKnown)
    return std::nullopt;
  size_t Missing = R.count();
  for (size_t I = 0; I < Missing && R.ok(); ++I) {
    Result.MissingPaths.push_back(R.str());
    if (Access.Exists(Result.MissingPaths.back()))
      return std::nullopt;
  }
  if (!R.ok() || !Entry.atEnd())
    return std::nullopt;
  auto ReadSchema =
      [Kept = std::shared_ptr<llvm::MemoryBuffer>(std::move(*Buffer)),
       R](ir::Schema &Out) mutable {
        std::optional<ir::Schema> Schema = ir::readSchema(R);
        if (!Schema || !R.ok() || !R.atEnd())
          return false;
        Out = std::move(*Schema);
        return true;
      };
  if (!Cached.Edited.empty())
    Cached.ReadSchema = std::move(ReadSchema);
  else if (!ReadSchema(Result.Schema))
    return std::nullopt;
  Result.WalkedUnits = WalkedUnits;
  Result.FromCache = true;
  return Cached;
}

} // namespace schemac::sema
