// mermaid_check.mjs [--markdown] [--dump] FILE...: runs Mermaid's own parser
// (mermaid.parse() of the mermaid package pinned in package-lock.json) on
// each diagram and exits 1, with Mermaid's error message, if it rejects one.
//
// A FILE ('-' is stdin) is one diagram; with --markdown, Markdown whose
// ```mermaid blocks are each a diagram. A FILE without any diagram fails
// too, so that a test cannot pass on empty output. --dump prints what
// Mermaid understood -- entities with their attributes (type, name, keys,
// comment) and relationships, or a flowchart's nodes and edges -- so that a
// test can check that nothing parsed into something else.
//
// Mermaid needs a DOM only for DOMPurify, which it imports and which the
// flowchart parser calls; jsdom provides it, set up before mermaid loads.
import fs from 'node:fs';

import { JSDOM } from 'jsdom';

const { window } = new JSDOM('<!DOCTYPE html><html><body></body></html>');
globalThis.window = window;
globalThis.document = window.document;
const { default: mermaid } = await import('mermaid');

function diagramsOf(name, text, markdown) {
  if (!markdown)
    return text.trim() === '' ? [] : [{ where: name, text }];
  const fence = /^```mermaid[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;
  return [...text.matchAll(fence)].map((m, i) => ({
    where: `${name}: mermaid block ${i + 1}`,
    text: m[1],
  }));
}

// A flowchart label as a reader sees it: Mermaid keeps entity codes (#quot;)
// as placeholders until it renders the label as HTML.
function visible(label) {
  const html = label.replace(/ﬂ°°/g, '&#').replace(/ﬂ°/g, '&').replace(/¶ß/g, ';');
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.textContent;
}

function dump(diagram) {
  const out = [`type ${diagram.type}`];
  const db = diagram.db;
  if (diagram.type === 'er') {
    const labels = new Map();
    for (const [name, e] of db.getEntities()) {
      labels.set(e.id, name);
      out.push(`entity ${JSON.stringify(name)}`);
      for (const a of e.attributes)
        out.push(`  attribute type=${JSON.stringify(a.type)} name=${JSON.stringify(a.name)}` +
                 ` keys=${JSON.stringify(a.keys)} comment=${JSON.stringify(a.comment)}`);
    }
    // As written: A ||--o{ B is entityA, cardB (by A), cardA (by B), entityB.
    for (const r of db.getRelationships())
      out.push(`relationship ${JSON.stringify(labels.get(r.entityA) ?? r.entityA)}` +
               ` ${r.relSpec.cardB} ${r.relSpec.relType} ${r.relSpec.cardA}` +
               ` ${JSON.stringify(labels.get(r.entityB) ?? r.entityB)} role=${JSON.stringify(r.roleA)}`);
  } else if (diagram.type.startsWith('flowchart')) {
    for (const [id, v] of db.getVertices())
      out.push(`node ${id} ${v.type ?? 'bare'} ${JSON.stringify(visible(v.text))}`);
    for (const e of db.getEdges())
      out.push(`edge ${e.start} -> ${e.end} ${e.stroke} ${JSON.stringify(visible(e.text))}`);
  }
  return out.join('\n');
}

let markdown = false;
let wantDump = false;
let usage = false;
const files = [];
for (const arg of process.argv.slice(2)) {
  if (arg === '--markdown')
    markdown = true;
  else if (arg === '--dump')
    wantDump = true;
  else if (arg.startsWith('--') || arg === '')
    usage = true;
  else
    files.push(arg);
}
if (usage || files.length === 0) {
  console.error('usage: mermaid_check.mjs [--markdown] [--dump] FILE...');
  process.exit(2);
}

let failed = 0;
for (const file of files) {
  const name = file === '-' ? '<stdin>' : file;
  let diagrams;
  try {
    diagrams = diagramsOf(name, fs.readFileSync(file === '-' ? 0 : file, 'utf8'), markdown);
  } catch (e) {
    console.error(`mermaid_check: ${e.message}`);
    ++failed;
    continue;
  }
  if (diagrams.length === 0) {
    console.error(`mermaid_check: ${name}: no ${markdown ? 'mermaid block' : 'diagram'}`);
    ++failed;
  }
  for (const { where, text } of diagrams) {
    try {
      await mermaid.parse(text);
      if (wantDump)
        console.log(`== ${where}\n${dump(await mermaid.mermaidAPI.getDiagramFromText(text))}`);
    } catch (e) {
      console.error(`mermaid_check: ${where}: Mermaid rejects the diagram:\n${e.message}`);
      ++failed;
    }
  }
}
process.exit(failed ? 1 : 0);
