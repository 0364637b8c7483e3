//===- PercentFormat.cpp - Python's str % mapping -------------------------===//
//
// Follows CPython's PyUnicode_Format: the key is looked up as soon as its
// closing parenthesis is read, then come the flags, width, precision, an
// ignored length modifier and the conversion character.
//
//===----------------------------------------------------------------------===//

#include "passes/PercentFormat.h"

#include "support/PyRepr.h"
#include "support/Unicode.h"

#include "llvm/ADT/StringExtras.h"

#include <fmt/format.h>

using namespace schemac;
using llvm::StringRef;

size_t passes::pyLen(StringRef Utf8) {
  size_t N = 0;
  for (const char *P = Utf8.begin(), *E = Utf8.end(); P != E; ++N) {
    char32_t C;
    unsigned Len = unicode::decodeUtf8(P, E, C);
    P += Len ? Len : 1;
  }
  return N;
}

StringRef passes::pyPrefix(StringRef Utf8, size_t N) {
  const char *P = Utf8.begin(), *E = Utf8.end();
  for (; P != E && N; --N) {
    char32_t C;
    unsigned Len = unicode::decodeUtf8(P, E, C);
    P += Len ? Len : 1;
  }
  return Utf8.take_front(P - Utf8.begin());
}

std::optional<std::string>
passes::percentFormat(StringRef Tmpl, FormatLookup Lookup,
                      std::optional<FormatFailure> &Failure) {
  auto Fail = [&](bool Raises, std::string Message) {
    Failure = FormatFailure{Raises, std::move(Message)};
    return std::nullopt;
  };
  // Python would build any width it is given; we refuse absurd ones rather
  // than allocate them.
  constexpr size_t MaxWidth = 1 << 16;
  std::string Out;
  while (!Tmpl.empty()) {
    size_t Pct = Tmpl.find('%');
    Out += Tmpl.take_front(Pct);
    if (Pct == StringRef::npos)
      break;
    Tmpl = Tmpl.drop_front(Pct + 1);
    if (Tmpl.consume_front("%")) {
      Out += '%';
      continue;
    }
    if (!Tmpl.starts_with("("))
      // With a mapping, a key-less %s formats the mapping object itself,
      // memory address included.
      return Fail(false, "a conversion without a %(key) formats the Python "
                         "mapping object, whose text is not known");
    // The key runs to the matching parenthesis.
    size_t Depth = 0, End = 0;
    for (; End != Tmpl.size(); ++End) {
      if (Tmpl[End] == '(')
        ++Depth;
      else if (Tmpl[End] == ')' && --Depth == 0)
        break;
    }
    if (End == Tmpl.size())
      return Fail(true, "incomplete format key");
    std::optional<std::string> Value = Lookup(Tmpl.slice(1, End));
    if (!Value)
      return std::nullopt;
    Tmpl = Tmpl.drop_front(End + 1);

    bool LeftAdjust = false;
    for (; !Tmpl.empty() && StringRef("-+ #0").contains(Tmpl.front());
         Tmpl = Tmpl.drop_front())
      LeftAdjust |= Tmpl.front() == '-';
    auto ParseNumber = [&](size_t &N) {
      StringRef Digits = Tmpl.take_while(llvm::isDigit);
      Tmpl = Tmpl.drop_front(Digits.size());
      N = 0;
      return Digits.empty() || (!Digits.getAsInteger(10, N) && N <= MaxWidth);
    };
    size_t Width = 0;
    std::optional<size_t> Precision;
    if (Tmpl.starts_with("*"))
      return Fail(true, "* wants int");
    if (!ParseNumber(Width))
      return Fail(false, "the field width is too big");
    if (Tmpl.consume_front(".")) {
      size_t P;
      if (Tmpl.starts_with("*"))
        return Fail(true, "* wants int");
      if (!ParseNumber(P))
        return Fail(false, "the precision is too big");
      Precision = P;
    }
    if (Tmpl.size() > 1 && StringRef("hlL").contains(Tmpl.front()))
      Tmpl = Tmpl.drop_front();
    if (Tmpl.empty())
      return Fail(true, "incomplete format");

    std::string Text;
    char Conversion = Tmpl.front();
    Tmpl = Tmpl.drop_front();
    if (Conversion == 's') {
      Text = std::move(*Value);
    } else if (Conversion == 'r' || Conversion == 'a') {
      // ascii() differs from repr() only outside ASCII.
      if (Conversion == 'a' && !llvm::isASCII(*Value))
        return Fail(false, "%a of a non-ASCII value is not supported");
      pyrepr::reprStr(*Value, Text);
    } else if (StringRef("diouxXeEfFgGc").contains(Conversion)) {
      return Fail(true,
                  fmt::format("%{} needs a number, not a str", Conversion));
    } else {
      return Fail(true,
                  fmt::format("unsupported format character '{}'", Conversion));
    }
    if (Precision)
      Text = pyPrefix(Text, *Precision).str();
    size_t Len = pyLen(Text);
    if (Len < Width) {
      std::string Pad(Width - Len, ' ');
      Text = LeftAdjust ? Text + Pad : Pad + Text;
    }
    Out += Text;
  }
  return Out;
}
