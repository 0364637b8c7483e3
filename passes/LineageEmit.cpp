//===- LineageEmit.cpp - A lineage walk as text, JSON, DOT, Mermaid ------===//

#include "passes/ErDiagram.h"
#include "passes/Lineage.h"
#include "support/JsonStrings.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"

#include <fmt/format.h>

#include <set>

namespace schemac::passes {

namespace {

/// A computed attribute is named for what computes it: "hybrid_property".
llvm::StringRef kindName(const LineageNode &N) {
  switch (N.Kind) {
  case LineageNode::Table:
    return "table";
  case LineageNode::Column:
    return "column";
  case LineageNode::Class:
    return "class";
  case LineageNode::Enum:
    return "enum";
  case LineageNode::Attribute:
    return ir::computedKindName(N.Computed);
  }
  return "";
}

/// Text in a Mermaid flowchart label or edge label: Mermaid's entity codes
/// for what would end the label or be read as HTML or Markdown.
std::string mermaidLabel(llvm::StringRef S) {
  std::string Out;
  for (char C : S)
    switch (C) {
    case '"':
      Out += "#quot;";
      break;
    case '#':
      Out += "#35;";
      break;
    case '&':
      Out += "#amp;";
      break;
    case '<':
      Out += "#lt;";
      break;
    case '>':
      Out += "#gt;";
      break;
    case '`':
      Out += "#96;";
      break;
    case '|':
      Out += "#124;";
      break;
    default:
      Out += static_cast<unsigned char>(C) < ' ' ? ' ' : C;
    }
  return Out;
}

} // namespace

std::string edgeLabel(const LineageEdge &E) {
  switch (E.Kind) {
  case LineageEdge::ForeignKey:
    return "foreign key";
  case LineageEdge::Maps:
    return "maps";
  case LineageEdge::Inherits:
    return "inherits";
  case LineageEdge::Enum:
    return "enum";
  case LineageEdge::Reads:
    return "reads";
  case LineageEdge::Attribute:
    return ("attribute " + E.Detail).str();
  case LineageEdge::Relationship:
    return ("relationship " + E.Detail).str();
  case LineageEdge::SecondaryOf:
    return ("secondary of " + E.Detail).str();
  }
  return "";
}

void emitLineage(const LineageGraph &G, unsigned Root, bool Downstream,
                 const std::vector<LineageEdge> &Walk,
                 const std::vector<ImpactEntry> &Consumers,
                 LineageFormat Format, llvm::raw_ostream &OS) {
  const LineageNode &R = G.node(Root);
  // The node each step reaches, and the one it came from.
  auto Reached = [&](const LineageEdge &E) {
    return Downstream ? E.From : E.To;
  };
  auto Via = [&](const LineageEdge &E) { return Downstream ? E.To : E.From; };
  switch (Format) {
  case LineageFormat::Text: {
    OS << G.name(Root) << " (" << kindName(R)
       << "): " << (Downstream ? "what depends on it" : "what it depends on")
       << "\n";
    if (Walk.empty())
      OS << "  nothing\n";
    for (const LineageEdge &E : Walk) {
      const LineageNode &N = G.node(Reached(E));
      OS << "  " << G.name(Reached(E)) << " (" << kindName(N) << ")  "
         << edgeLabel(E) << (Downstream ? " -> " : " <- ") << G.name(Via(E));
      if (N.Where.isKnown())
        OS << "  " << N.Where.File << ":" << N.Where.Line;
      OS << "\n";
    }
    for (const ImpactEntry &C : Consumers) {
      OS << "  " << C.Name << " (" << C.Kind << ")";
      if (C.Owner)
        OS << "  owner " << *C.Owner;
      if (!C.Via.empty())
        OS << "  via " << llvm::join(C.Via, " -> ");
      OS << "\n";
    }
    OS << fmt::format("{} element{}", Walk.size(), Walk.size() == 1 ? "" : "s");
    if (!Consumers.empty())
      OS << fmt::format(", {} consumer{}", Consumers.size(),
                        Consumers.size() == 1 ? "" : "s");
    OS << "\n";
    return;
  }
  case LineageFormat::Json: {
    llvm::json::OStream J(OS, 2);
    auto Loc = [&](const ir::Loc &L) {
      if (!L.isKnown())
        return J.attribute("loc", nullptr);
      J.attributeObject("loc", [&] {
        jsonStringAttribute(J, "file", L.File);
        J.attribute("line", L.Line);
        J.attribute("col", L.Col);
      });
    };
    auto Node = [&](unsigned N) {
      J.object([&] {
        jsonStringAttribute(J, "name", G.name(N));
        jsonStringAttribute(J, "kind", kindName(G.node(N)));
        Loc(G.node(N).Where);
      });
    };
    J.object([&] {
      J.attribute("format", "schemac.lineage");
      J.attribute("version", 1);
      J.attribute("direction", Downstream ? "downstream" : "upstream");
      J.attributeBegin("root");
      Node(Root);
      J.attributeEnd();
      J.attributeArray("elements", [&] {
        for (const LineageEdge &E : Walk)
          J.object([&] {
            const LineageNode &N = G.node(Reached(E));
            jsonStringAttribute(J, "name", G.name(Reached(E)));
            jsonStringAttribute(J, "kind", kindName(N));
            jsonStringAttribute(J, "via", G.name(Via(E)));
            jsonStringAttribute(J, "edge", edgeLabel(E));
            Loc(N.Where);
          });
      });
      J.attributeArray("consumers", [&] {
        for (const ImpactEntry &C : Consumers)
          J.object([&] {
            J.attribute("kind", C.Kind);
            J.attribute("name", C.Name);
            J.attribute("owner", C.Owner ? llvm::json::Value(*C.Owner)
                                         : llvm::json::Value(nullptr));
            J.attributeArray("via", [&] {
              for (const std::string &V : C.Via)
                J.value(V);
            });
          });
      });
    });
    OS << "\n";
    return;
  }
  case LineageFormat::Dot: {
    OS << "digraph lineage {\n  rankdir=LR;\n  node [shape=box, "
          "fontname=\"Helvetica\"];\n";
    OS << "  " << dotQuoted(G.name(Root))
       << " [style=filled, fillcolor=lightgrey];\n";
    for (const LineageEdge &E : Walk)
      OS << "  " << dotQuoted(G.name(E.From)) << " -> "
         << dotQuoted(G.name(E.To)) << " [label=" << dotQuoted(edgeLabel(E))
         << "];\n";
    for (const ImpactEntry &C : Consumers) {
      std::string Id = dotQuoted(C.Kind + ":" + C.Name);
      OS << "  " << Id << " [shape=ellipse];\n  " << Id << " -> "
         << dotQuoted(G.name(Root)) << " [style=dashed, label=\"reads\"];\n";
    }
    OS << "}\n";
    return;
  }
  case LineageFormat::Mermaid: {
    // Mermaid ids: the node's index; its label, the name. Every node an edge
    // names is declared, the ones a step came from too.
    OS << "flowchart LR\n";
    std::vector<unsigned> Shown = {Root};
    std::set<unsigned> Seen = {Root};
    for (const LineageEdge &E : Walk)
      for (unsigned N : {Reached(E), Via(E)})
        if (Seen.insert(N).second)
          Shown.push_back(N);
    for (unsigned N : Shown)
      OS << "    n" << N << "[\"" << mermaidLabel(G.name(N)) << " ("
         << kindName(G.node(N)) << ")\"]\n";
    for (const LineageEdge &E : Walk)
      OS << "    n" << E.From << " -->|" << mermaidLabel(edgeLabel(E)) << "| n"
         << E.To << "\n";
    for (size_t I = 0; I < Consumers.size(); ++I)
      OS << "    c" << I << "([\"" << mermaidLabel(Consumers[I].Name) << " ("
         << mermaidLabel(Consumers[I].Kind) << ")\"]) -.->|reads| n" << Root
         << "\n";
    OS << "    style n" << Root << " fill:#ddd\n";
    return;
  }
  }
}

} // namespace schemac::passes
