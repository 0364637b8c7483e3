//===- Schema.cpp ---------------------------------------------------------===//

#include "ir/Schema.h"
#include "ir/Bytecode.h"
#include "ir/Printer.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

#include <algorithm>
#include <mutex>

namespace schemac::ir {

llvm::StringRef internFileName(llvm::StringRef Name) {
  static std::mutex Lock;
  static llvm::StringSet<> Names;
  std::lock_guard<std::mutex> Guard(Lock);
  return Names.insert(Name).first->getKey();
}

const std::shared_ptr<const SqlType> &TypeRef::empty() {
  static const std::shared_ptr<const SqlType> Empty =
      std::make_shared<const SqlType>();
  return Empty;
}

llvm::StringRef computedKindName(ComputedAttribute::KindType K) {
  switch (K) {
  case ComputedAttribute::ColumnProperty:
    return "column_property";
  case ComputedAttribute::HybridProperty:
    return "hybrid_property";
  case ComputedAttribute::HybridMethod:
    return "hybrid_method";
  case ComputedAttribute::Synonym:
    return "synonym";
  }
  return "";
}

std::vector<ColumnRef> columnsRead(
    const ComputedAttribute &A,
    llvm::function_ref<const MappedClass *(llvm::StringRef)> FindClass) {
  std::vector<ColumnRef> Out;
  // Attributes may read each other in a cycle: each is taken once.
  std::vector<const ComputedAttribute *> Pending{&A}, Seen{&A};
  while (!Pending.empty()) {
    const ComputedAttribute *Next = Pending.back();
    Pending.pop_back();
    Out.insert(Out.end(), Next->Reads.begin(), Next->Reads.end());
    for (const AttributeRef &Ref : Next->Through) {
      const MappedClass *C = FindClass(Ref.Class);
      if (!C)
        continue;
      for (const ComputedAttribute &Other : C->Computed)
        if (Other.Name == Ref.Name && !llvm::is_contained(Seen, &Other)) {
          Seen.push_back(&Other);
          Pending.push_back(&Other);
        }
    }
  }
  llvm::sort(Out);
  Out.erase(std::unique(Out.begin(), Out.end(),
                        [](const ColumnRef &X, const ColumnRef &Y) {
                          return !(X < Y) && !(Y < X);
                        }),
            Out.end());
  return Out;
}

std::string
resolveIdentifiers(llvm::StringRef Text,
                   llvm::function_ref<std::string(llvm::StringRef)> Quote) {
  std::string Out;
  Out.reserve(Text.size());
  for (size_t At = 0;;) {
    size_t Open = Text.find(IdentifierMark, At);
    size_t Close = Open == llvm::StringRef::npos
                       ? llvm::StringRef::npos
                       : Text.find(IdentifierMark, Open + 1);
    if (Close == llvm::StringRef::npos) {
      Out += Text.drop_front(At);
      return Out;
    }
    Out += Text.slice(At, Open);
    Out += Quote(Text.slice(Open + 1, Close));
    At = Close + 1;
  }
}

std::string markFunction(llvm::StringRef Name,
                         llvm::ArrayRef<std::string> Args) {
  std::string Out = FunctionMark + Name.str();
  for (const std::string &Arg : Args)
    Out += ArgumentMark + Arg;
  return Out + FunctionEnd;
}

namespace {

/// The text from \p At up to the end of the argument it is in (\p InCall)
/// or of the text, its calls rendered.
std::string resolveCallsFrom(
    llvm::StringRef Text, size_t &At, bool InCall,
    llvm::function_ref<std::string(llvm::StringRef,
                                   const std::vector<std::string> &)>
        Render) {
  std::string Out;
  while (At < Text.size()) {
    char C = Text[At];
    if (InCall && (C == ArgumentMark || C == FunctionEnd))
      break;
    if (C != FunctionMark) {
      Out += C;
      ++At;
      continue;
    }
    size_t NameEnd = Text.find_first_of(llvm::StringRef("\x1c\x1d", 2),
                                        At + 1); // ArgumentMark, FunctionEnd
    if (NameEnd == llvm::StringRef::npos)
      NameEnd = Text.size();
    llvm::StringRef Name = Text.slice(At + 1, NameEnd);
    At = NameEnd;
    std::vector<std::string> Args;
    while (At < Text.size() && Text[At] == ArgumentMark) {
      ++At;
      Args.push_back(resolveCallsFrom(Text, At, /*InCall=*/true, Render));
    }
    if (At < Text.size())
      ++At; // FunctionEnd
    Out += Render(Name, Args);
  }
  return Out;
}

} // namespace

std::string resolveFunctions(
    llvm::StringRef Text,
    llvm::function_ref<std::string(llvm::StringRef,
                                   const std::vector<std::string> &)>
        Render) {
  if (!Text.contains(FunctionMark))
    return Text.str();
  size_t At = 0;
  return resolveCallsFrom(Text, At, /*InCall=*/false, Render);
}

std::string markCast(llvm::StringRef Operand, const SqlType &Type,
                     bool OperatorOperand) {
  std::string Bytes;
  llvm::raw_string_ostream OS(Bytes);
  BytecodeWriter W(OS);
  writeType(Type, W);
  OS.flush();
  // In hex: the bytes may hold the marks' characters.
  return markFunction(CastFunction,
                      {Operand.str(), llvm::toHex(Bytes, /*LowerCase=*/true),
                       OperatorOperand ? "1" : "0"});
}

std::optional<SqlType> castType(const std::vector<std::string> &Args) {
  std::string Bytes;
  if (Args.size() != 3 || !llvm::tryGetFromHex(Args[1], Bytes))
    return std::nullopt;
  BytecodeReader R(Bytes);
  return readType(R);
}

std::string plainIdentifiers(llvm::StringRef Text) {
  std::string Calls = resolveFunctions(
      Text, [](llvm::StringRef Name, const std::vector<std::string> &Args) {
        if (Name == CastFunction) {
          std::optional<SqlType> Type = castType(Args);
          return "CAST(" + (Args.empty() ? "" : Args[0]) + " AS " +
                 (Type ? typeAsWritten(*Type) : std::string("?")) + ")";
        }
        if (Name == BooleanFunction)
          return std::string(Args == std::vector<std::string>{"1"} ? "true"
                                                                   : "false");
        if (Name == TruthFunction && Args.size() == 2)
          return Args[1] == "1" ? Args[0] : "NOT " + Args[0];
        return Name.str() + "(" + llvm::join(Args, ", ") + ")";
      });
  if (!llvm::StringRef(Calls).contains(IdentifierMark))
    return Calls;
  return resolveIdentifiers(Calls, [](llvm::StringRef N) { return N.str(); });
}

} // namespace schemac::ir
