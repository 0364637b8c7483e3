//===- DbtJinja.cpp - A model's Jinja source as the SQL it compiles to ----===//
//
// An incremental model's compiled SQL is its first run's: the
// is_incremental() branch, which later runs take, is only in its Jinja
// source. To place the columns that branch reads on their relations, the
// source is rendered as dbt would render it on such a run, as far as
// relations go: source() and ref() become the relations they name, `this`
// the model's own; the {% %} tags go, keeping what every branch says; any
// config() is nothing, var() and env_var() a value (NULL). Where anything
// else is in it (a loop, a variable, a macro call, which may name a column),
// or the result is no query the reader follows, the model reads whatever
// its source names.
//
//===----------------------------------------------------------------------===//

#include "passes/DbtManifest.h"

#include "llvm/ADT/StringExtras.h"

namespace schemac::passes {

namespace {

/// The string arguments of a call written `Name('a', "b", ...)`, or none.
std::optional<std::vector<std::string>> stringArguments(llvm::StringRef Expr,
                                                        llvm::StringRef Name) {
  Expr = Expr.trim();
  if (!Expr.consume_front(Name))
    return std::nullopt;
  Expr = Expr.ltrim();
  if (!Expr.consume_front("(") || !Expr.consume_back(")"))
    return std::nullopt;
  std::vector<std::string> Out;
  while (!(Expr = Expr.trim()).empty()) {
    // Keyword arguments (ref('m', v=2)) pick a version: the relation's name
    // is the same for the reading.
    if (!Expr.starts_with("'") && !Expr.starts_with("\""))
      break;
    char Quote = Expr.front();
    size_t End = Expr.find(Quote, 1);
    if (End == llvm::StringRef::npos)
      return std::nullopt;
    Out.push_back(Expr.slice(1, End).str());
    Expr = Expr.drop_front(End + 1).ltrim();
    if (!Expr.consume_front(","))
      break;
  }
  if (Out.empty())
    return std::nullopt;
  return Out;
}

bool plainName(llvm::StringRef S) {
  return !S.empty() && llvm::all_of(S, [](char C) {
    return llvm::isAlnum(C) || C == '_' || C == '$';
  });
}

/// `schema.name` where both are plain names, else `name` alone; none where
/// the name is not plain (the reader would not know it as the relation).
std::optional<std::string> relationText(llvm::StringRef Schema,
                                        llvm::StringRef Name) {
  if (!plainName(Name))
    return std::nullopt;
  if (plainName(Schema))
    return (Schema + "." + Name).str();
  return Name.str();
}

/// The relation one `{{ ... }}` expression names, if it names one.
std::optional<std::string> relationOf(llvm::StringRef Expr,
                                      const DbtManifest &Manifest,
                                      const DbtNode &Self) {
  if (Expr.trim() == "this")
    return relationText(Self.Schema, Self.Relation);
  if (auto Args = stringArguments(Expr, "source"); Args && Args->size() == 2) {
    std::string Suffix = "." + (*Args)[0] + "." + (*Args)[1];
    for (const DbtSource &S : Manifest.Sources)
      if (S.SourceName == (*Args)[0] && llvm::StringRef(S.Id).ends_with(Suffix))
        return relationText(S.Schema, S.Identifier);
    return std::nullopt;
  }
  if (auto Args = stringArguments(Expr, "ref")) {
    // ref('model') or ref('package', 'model').
    const std::string &Model = Args->back();
    for (auto &[Id, N] : Manifest.Nodes)
      if (N.Name == Model && (N.Kind == "dbt_model" ||
                              N.Kind == "dbt_snapshot" || N.Kind == "dbt_seed"))
        return relationText(N.Schema, N.Relation);
  }
  return std::nullopt;
}

} // namespace

std::optional<std::string> renderRelations(llvm::StringRef Jinja,
                                           const DbtManifest &Manifest,
                                           const DbtNode &Self) {
  std::string Out;
  while (!Jinja.empty()) {
    size_t Open = Jinja.find('{');
    if (Open == llvm::StringRef::npos || Open + 1 >= Jinja.size()) {
      Out += Jinja;
      break;
    }
    char Kind = Jinja[Open + 1];
    if (Kind != '{' && Kind != '%' && Kind != '#') {
      Out += Jinja.take_front(Open + 1);
      Jinja = Jinja.drop_front(Open + 1);
      continue;
    }
    Out += Jinja.take_front(Open);
    const char Close[] = {Kind == '{' ? '}' : Kind, '}', 0};
    size_t End = Jinja.find(Close, Open + 2);
    if (End == llvm::StringRef::npos)
      return std::nullopt;
    llvm::StringRef Inner = Jinja.slice(Open + 2, End).trim("-+ \t\r\n");
    Jinja = Jinja.drop_front(End + 2);
    if (Kind == '#') {
      Out += ' ';
      continue;
    }
    if (Kind == '%') {
      // if/elif/else/endif keep every branch; a loop, a variable, a macro
      // or a call would put names the rendering does not have.
      llvm::StringRef Tag = Inner.take_until(
          [](char C) { return C == ' ' || C == '\t' || C == '('; });
      if (Tag != "if" && Tag != "elif" && Tag != "else" && Tag != "endif")
        return std::nullopt;
      Out += ' ';
      continue;
    }
    if (std::optional<std::string> Relation =
            relationOf(Inner, Manifest, Self)) {
      Out += *Relation;
      continue;
    }
    // config() renders as nothing; var() and env_var() as a value. Any
    // other expression (a macro, a variable) may render a column's name.
    llvm::StringRef Callee = Inner.take_until([](char C) { return C == '('; });
    Callee = Callee.trim();
    if (Callee == "config")
      continue;
    if (Callee != "var" && Callee != "env_var")
      return std::nullopt;
    Out += "NULL";
  }
  return Out;
}

} // namespace schemac::passes
