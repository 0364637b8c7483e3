//===- AstDump.cpp - "schemac dump-ast" -----------------------------------===//

#include "parser/AstVisit.h"
#include "parser/Parser.h"

#include "support/PyRepr.h"

#include <iterator>
#include <string>
#include <vector>

namespace schemac::parse {

using namespace ast;

namespace {

void reprConstant(const ConstantValue &V, std::string &Out) {
  switch (V.Kind) {
  case ConstantValue::None:
    Out += "None";
    return;
  case ConstantValue::True:
    Out += "True";
    return;
  case ConstantValue::False:
    Out += "False";
    return;
  case ConstantValue::Ellipsis:
    Out += "Ellipsis";
    return;
  case ConstantValue::Int:
    if (!pyrepr::intLiteralToDecimal(V.Text, Out))
      Out += V.Text;
    return;
  case ConstantValue::Float:
    pyrepr::reprFloat(V.Number, Out);
    return;
  case ConstantValue::Complex:
    pyrepr::reprImaginary(V.Number, Out);
    return;
  case ConstantValue::Str:
    pyrepr::reprStr(V.Text, Out);
    return;
  case ConstantValue::Bytes:
    pyrepr::reprBytes(V.Text, Out);
    return;
  }
}

// ast.dump() of CPython 3.11 with its defaults: every field by name, in
// ASDL order, except optional fields that are None.
//
// Both dumpers walk the tree with a stack of their own rather than by
// recursion: the parser bounds the depth at CPython's (about 3000 levels),
// which a build with AddressSanitizer, whose frames are several times
// larger, could not recurse through in 8 MB.
class PythonDumper {
public:
  explicit PythonDumper(std::string &Out) : Out(Out) {}

  void dump(const Node &Root) {
    Work.push_back({&Root, {}});
    while (!Work.empty()) {
      Piece P = std::move(Work.back());
      Work.pop_back();
      if (!P.N) {
        Out += P.Text;
        continue;
      }
      Fields F;
      F.Text += nodeKindName(P.N->Kind);
      F.Text += '(';
      visitFields(*P.N, F);
      F.Text += ')';
      F.Pieces.push_back({nullptr, std::move(F.Text)});
      std::move(F.Pieces.rbegin(), F.Pieces.rend(), std::back_inserter(Work));
    }
  }

private:
  /// What is still to be written: a node, or text when N is null.
  struct Piece {
    const Node *N;
    std::string Text;
  };

  /// Formats one node's fields: its text, with each child node in between
  /// left as a piece of its own.
  struct Fields {
    std::string Text;
    std::vector<Piece> Pieces;
    bool First = true;

    void child(const Node *N) {
      Pieces.push_back({nullptr, std::move(Text)});
      Text.clear();
      Pieces.push_back({N, {}});
    }
    void name(const char *Name) {
      if (!First)
        Text += ", ";
      First = false;
      Text += Name;
      Text += '=';
    }
    void node(const char *Name, const Node *N, bool Optional) {
      if (!N && Optional)
        return;
      name(Name);
      if (N)
        child(N);
      else
        Text += "None";
    }
    void list(const char *Name, llvm::ArrayRef<const Node *> L, bool) {
      name(Name);
      Text += '[';
      for (size_t I = 0; I < L.size(); ++I) {
        if (I)
          Text += ", ";
        if (L[I])
          child(L[I]);
        else
          Text += "None";
      }
      Text += ']';
    }
    void typeParams(const char *Name, llvm::ArrayRef<const Node *> L) {
      if (!L.empty())
        list(Name, L, false);
    }
    void ident(const char *Name, llvm::StringRef S, bool Optional) {
      if (Optional && S.empty())
        return;
      name(Name);
      pyrepr::reprStr(S, Text);
    }
    void identList(const char *Name, llvm::ArrayRef<llvm::StringRef> L) {
      name(Name);
      Text += '[';
      for (size_t I = 0; I < L.size(); ++I) {
        if (I)
          Text += ", ";
        pyrepr::reprStr(L[I], Text);
      }
      Text += ']';
    }
    void integer(const char *Name, int V) {
      name(Name);
      Text += std::to_string(V);
    }
    void constant(const char *Name, const ConstantValue &V) {
      name(Name);
      reprConstant(V, Text);
    }
    void kind(const char *Name, llvm::StringRef K) {
      if (K.empty())
        return;
      name(Name);
      pyrepr::reprStr(K, Text);
    }
    void op(const char *Name, llvm::StringRef Op) {
      name(Name);
      Text += Op;
      Text += "()";
    }
    void opList(const char *Name, llvm::ArrayRef<llvm::StringRef> Ops) {
      name(Name);
      Text += '[';
      for (size_t I = 0; I < Ops.size(); ++I) {
        if (I)
          Text += ", ";
        Text += Ops[I];
        Text += "()";
      }
      Text += ']';
    }
  };

  std::vector<Piece> Work;
  std::string &Out;
};

// One node per line: kind, scalar fields, range; then each child on its own
// line below, indented and labelled with its field.
class TreeDumper {
public:
  TreeDumper(const SourceFile &File, std::string &Out) : File(File), Out(Out) {}

  void dump(const Node &Root) {
    Work.push_back({&Root, 0, {}});
    while (!Work.empty()) {
      Line L = std::move(Work.back());
      Work.pop_back();
      Out.append(L.Indent * 2, ' ');
      if (!L.Label.empty()) {
        Out += L.Label;
        Out += ": ";
      }
      if (!L.N) {
        Out += "None\n";
        continue;
      }
      const Node &N = *L.N;
      Out += nodeKindName(N.Kind);
      Scalars S{*this};
      visitFields(N, S);
      LineColumn B = File.lineColumn(N.Range.Begin);
      LineColumn E = File.lineColumn(N.Range.End);
      Out += fmt::format(" <{}:{}-{}:{}>", B.Line, B.Column, E.Line, E.Column);
      if (N.isParenthesized())
        Out += " parenthesized";
      Out += '\n';
      Children C{{}, L.Indent + 1, {}};
      visitFields(N, C);
      std::move(C.Lines.rbegin(), C.Lines.rend(), std::back_inserter(Work));
    }
  }

private:
  /// A line still to be written: a node (with its children after it), or
  /// "Label: None" when N is null.
  struct Line {
    const Node *N;
    unsigned Indent;
    std::string Label;
  };

  struct Scalars {
    TreeDumper &D;
    void field(const char *Name) {
      D.Out += ' ';
      D.Out += Name;
      D.Out += '=';
    }
    void node(const char *, const Node *, bool) {}
    void list(const char *, llvm::ArrayRef<const Node *>, bool) {}
    void typeParams(const char *, llvm::ArrayRef<const Node *>) {}
    void ident(const char *Name, llvm::StringRef S, bool Optional) {
      if (Optional && S.empty())
        return;
      field(Name);
      pyrepr::reprStr(S, D.Out);
    }
    void identList(const char *Name, llvm::ArrayRef<llvm::StringRef> L) {
      if (L.empty())
        return;
      field(Name);
      D.Out += '[';
      for (size_t I = 0; I < L.size(); ++I) {
        if (I)
          D.Out += ", ";
        pyrepr::reprStr(L[I], D.Out);
      }
      D.Out += ']';
    }
    void integer(const char *Name, int V) {
      field(Name);
      D.Out += std::to_string(V);
    }
    void constant(const char *Name, const ConstantValue &V) {
      field(Name);
      reprConstant(V, D.Out);
    }
    void kind(const char *Name, llvm::StringRef K) {
      if (K.empty())
        return;
      field(Name);
      pyrepr::reprStr(K, D.Out);
    }
    void op(const char *Name, llvm::StringRef Op) {
      field(Name);
      D.Out += Op;
    }
    void opList(const char *Name, llvm::ArrayRef<llvm::StringRef> Ops) {
      field(Name);
      D.Out += '[';
      for (size_t I = 0; I < Ops.size(); ++I) {
        if (I)
          D.Out += ", ";
        D.Out += Ops[I];
      }
      D.Out += ']';
    }
  };
  struct Children : ChildNodeVisitor {
    unsigned Indent;
    std::vector<Line> Lines;
    void node(const char *Name, const Node *N, bool) {
      if (N)
        Lines.push_back({N, Indent, Name});
    }
    void list(const char *Name, llvm::ArrayRef<const Node *> L, bool) {
      for (size_t I = 0; I < L.size(); ++I)
        Lines.push_back({L[I], Indent, fmt::format("{}[{}]", Name, I)});
    }
    void typeParams(const char *Name, llvm::ArrayRef<const Node *> L) {
      list(Name, L, false);
    }
  };

  const SourceFile &File;
  std::string &Out;
  std::vector<Line> Work;
};

} // namespace

void dumpAstPython(const Node &Root, llvm::raw_ostream &OS) {
  std::string Out;
  PythonDumper(Out).dump(Root);
  Out += '\n';
  OS << Out;
}

void dumpAstTree(const Node &Root, const SourceFile &File,
                 llvm::raw_ostream &OS) {
  std::string Out;
  TreeDumper(File, Out).dump(Root);
  OS << Out;
}

} // namespace schemac::parse
