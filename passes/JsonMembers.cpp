//===- JsonMembers.cpp - A JSON object's members, unparsed ---------------===//

#include "passes/JsonMembers.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/JSON.h"

#include <cstdlib>

namespace schemac::passes {

namespace {

/// Checks JSON text as llvm::json's parser does, value by value.
class JsonScanner {
public:
  explicit JsonScanner(llvm::StringRef Text) : Text(Text) {}

  void skipSpace() {
    while (Pos < Text.size() && (Text[Pos] == ' ' || Text[Pos] == '\t' ||
                                 Text[Pos] == '\n' || Text[Pos] == '\r'))
      ++Pos;
  }
  bool eat(char C) {
    skipSpace();
    if (Pos == Text.size() || Text[Pos] != C)
      return false;
    ++Pos;
    return true;
  }
  bool atEnd() {
    skipSpace();
    return Pos == Text.size();
  }
  size_t position() const { return Pos; }

  /// A string, from its opening quote; \p Name gets its text unescaped.
  bool string(std::string *Name = nullptr) {
    skipSpace();
    if (Pos == Text.size() || Text[Pos] != '"')
      return false;
    size_t Begin = Pos++;
    bool Escaped = false;
    for (;;) {
      if (Pos == Text.size())
        return false;
      unsigned char C = Text[Pos++];
      if (C == '"')
        break;
      if (C < 0x20)
        return false;
      if (C != '\\')
        continue;
      Escaped = true;
      if (Pos == Text.size())
        return false;
      char E = Text[Pos++];
      if (E == 'u') {
        if (Pos + 4 > Text.size() ||
            !llvm::all_of(Text.substr(Pos, 4), llvm::isHexDigit))
          return false;
        Pos += 4;
      } else if (!llvm::StringRef("\"\\/bfnrt").contains(E)) {
        return false;
      }
    }
    if (!Name)
      return true;
    llvm::StringRef Quoted = Text.slice(Begin, Pos);
    if (!Escaped) {
      *Name = Quoted.drop_front().drop_back().str();
      return true;
    }
    llvm::Expected<llvm::json::Value> V = llvm::json::parse(Quoted);
    if (!V) {
      llvm::consumeError(V.takeError());
      return false;
    }
    *Name = V->getAsString()->str();
    return true;
  }

  /// One value, however deep, by a stack of the arrays and objects open.
  bool value() {
    llvm::SmallVector<char, 32> Open;
    for (;;) {
      skipSpace();
      if (Pos == Text.size())
        return false;
      char C = Text[Pos];
      bool Opened = false;
      if (C == '{' || C == '[') {
        ++Pos;
        char Close = C == '{' ? '}' : ']';
        if (!eat(Close)) {
          Open.push_back(Close);
          if (Close == '}' && !(string() && eat(':')))
            return false;
          Opened = true;
        }
      } else if (C == '"') {
        if (!string())
          return false;
      } else if (!literal() && !number()) {
        return false;
      }
      if (Opened)
        continue;
      // A value is complete: separators and the ends of what it closes.
      for (;;) {
        if (Open.empty())
          return true;
        if (eat(',')) {
          if (Open.back() == '}' && !(string() && eat(':')))
            return false;
          break;
        }
        if (!eat(Open.back()))
          return false;
        Open.pop_back();
      }
    }
  }

private:
  bool literal() {
    for (llvm::StringRef Word : {"true", "false", "null"})
      if (Text.substr(Pos).starts_with(Word)) {
        Pos += Word.size();
        return true;
      }
    return false;
  }

  /// llvm::json takes the characters a number may have and has strtoll or
  /// strtod read them, which must read them all.
  bool number() {
    auto IsNumber = [](char C) {
      return llvm::isDigit(C) || C == '-' || C == '+' || C == '.' || C == 'e' ||
             C == 'E';
    };
    size_t Begin = Pos;
    while (Pos < Text.size() && IsNumber(Text[Pos]))
      ++Pos;
    if (Pos == Begin)
      return false;
    llvm::SmallString<24> Digits(Text.slice(Begin, Pos));
    char *End;
    (void)std::strtod(Digits.c_str(), &End);
    return End == Digits.end();
  }

  llvm::StringRef Text;
  size_t Pos = 0;
};

} // namespace

std::optional<JsonMembers> scanJsonObject(llvm::StringRef Text) {
  JsonScanner S(Text);
  if (!S.eat('{'))
    return std::nullopt;
  JsonMembers Members;
  llvm::StringMap<size_t> Index;
  if (!S.eat('}')) {
    do {
      std::string Name;
      if (!S.string(&Name) || !S.eat(':'))
        return std::nullopt;
      S.skipSpace();
      size_t Begin = S.position();
      if (!S.value())
        return std::nullopt;
      llvm::StringRef Value = Text.slice(Begin, S.position());
      auto [It, New] = Index.try_emplace(Name, Members.size());
      if (New)
        Members.emplace_back(std::move(Name), Value);
      else
        Members[It->second].second = Value;
    } while (S.eat(','));
    if (!S.eat('}'))
      return std::nullopt;
  }
  if (!S.atEnd())
    return std::nullopt;
  return Members;
}

} // namespace schemac::passes
