//===- AstDump.cpp - "schemac dump-ast" -----------------------------------===//

#include "parser/AstVisit.h"
#include "parser/Parser.h"

#include "support/PyRepr.h"

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
class PythonDumper {
public:
  explicit PythonDumper(std::string &Out) : Out(Out) {}

  void dump(const Node &N) {
    Out += nodeKindName(N.Kind);
    Out += '(';
    Fields F{*this};
    visitFields(N, F);
    Out += ')';
  }

private:
  struct Fields {
    PythonDumper &D;
    bool First = true;

    void name(const char *Name) {
      if (!First)
        D.Out += ", ";
      First = false;
      D.Out += Name;
      D.Out += '=';
    }
    void node(const char *Name, const Node *N, bool Optional) {
      if (!N && Optional)
        return;
      name(Name);
      if (N)
        D.dump(*N);
      else
        D.Out += "None";
    }
    void list(const char *Name, llvm::ArrayRef<const Node *> L, bool) {
      name(Name);
      D.Out += '[';
      for (size_t I = 0; I < L.size(); ++I) {
        if (I)
          D.Out += ", ";
        if (L[I])
          D.dump(*L[I]);
        else
          D.Out += "None";
      }
      D.Out += ']';
    }
    void typeParams(const char *Name, llvm::ArrayRef<const Node *> L) {
      if (!L.empty())
        list(Name, L, false);
    }
    void ident(const char *Name, llvm::StringRef S, bool Optional) {
      if (Optional && S.empty())
        return;
      name(Name);
      pyrepr::reprStr(S, D.Out);
    }
    void identList(const char *Name, llvm::ArrayRef<llvm::StringRef> L) {
      name(Name);
      D.Out += '[';
      for (size_t I = 0; I < L.size(); ++I) {
        if (I)
          D.Out += ", ";
        pyrepr::reprStr(L[I], D.Out);
      }
      D.Out += ']';
    }
    void integer(const char *Name, int V) {
      name(Name);
      D.Out += std::to_string(V);
    }
    void constant(const char *Name, const ConstantValue &V) {
      name(Name);
      reprConstant(V, D.Out);
    }
    void kind(const char *Name, llvm::StringRef K) {
      if (K.empty())
        return;
      name(Name);
      pyrepr::reprStr(K, D.Out);
    }
    void op(const char *Name, llvm::StringRef Op) {
      name(Name);
      D.Out += Op;
      D.Out += "()";
    }
    void opList(const char *Name, llvm::ArrayRef<llvm::StringRef> Ops) {
      name(Name);
      D.Out += '[';
      for (size_t I = 0; I < Ops.size(); ++I) {
        if (I)
          D.Out += ", ";
        D.Out += Ops[I];
        D.Out += "()";
      }
      D.Out += ']';
    }
  };

  std::string &Out;
};

// One node per line: kind, scalar fields, range; then each child on its own
// line below, indented and labelled with its field.
class TreeDumper {
public:
  TreeDumper(const SourceFile &File, std::string &Out)
      : File(File), Out(Out) {}

  void dump(const Node &N, unsigned Indent, llvm::StringRef Label) {
    Out.append(Indent * 2, ' ');
    if (!Label.empty()) {
      Out += Label;
      Out += ": ";
    }
    Out += nodeKindName(N.Kind);
    Scalars S{*this};
    visitFields(N, S);
    LineColumn B = File.lineColumn(N.Range.Begin);
    LineColumn E = File.lineColumn(N.Range.End);
    Out += fmt::format(" <{}:{}-{}:{}>", B.Line, B.Column, E.Line, E.Column);
    if (N.isParenthesized())
      Out += " parenthesized";
    Out += '\n';
    Children C{*this, Indent + 1};
    visitFields(N, C);
  }

private:
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
  struct Children {
    TreeDumper &D;
    unsigned Indent;
    void node(const char *Name, const Node *N, bool) {
      if (N)
        D.dump(*N, Indent, Name);
    }
    void list(const char *Name, llvm::ArrayRef<const Node *> L, bool) {
      for (size_t I = 0; I < L.size(); ++I) {
        std::string Label = fmt::format("{}[{}]", Name, I);
        if (L[I]) {
          D.dump(*L[I], Indent, Label);
        } else {
          D.Out.append(Indent * 2, ' ');
          D.Out += Label + ": None\n";
        }
      }
    }
    void typeParams(const char *Name, llvm::ArrayRef<const Node *> L) {
      list(Name, L, false);
    }
    void ident(const char *, llvm::StringRef, bool) {}
    void identList(const char *, llvm::ArrayRef<llvm::StringRef>) {}
    void integer(const char *, int) {}
    void constant(const char *, const ConstantValue &) {}
    void kind(const char *, llvm::StringRef) {}
    void op(const char *, llvm::StringRef) {}
    void opList(const char *, llvm::ArrayRef<llvm::StringRef>) {}
  };

  const SourceFile &File;
  std::string &Out;
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
  TreeDumper(File, Out).dump(Root, 0, {});
  OS << Out;
}

} // namespace schemac::parse
