"""dot_check.py [--dump] FILE...: renders each Graphviz DOT file ('-' is
stdin) with Graphviz's own `dot -Tsvg` and fails, with dot's messages, if dot
exits non-zero or says anything on stderr (a syntax error, an unknown port,
a malformed HTML label: dot renders some of these anyway, with a warning).

--dump also prints what Graphviz understood, from `dot -Tjson`: each node by
name, and each edge as tail:port -> head:port, with the text Graphviz draws
for it, so that a test can check that nothing parsed into something else."""
import json
import shutil
import subprocess
import sys


def render(dot, file, name, text, fmt):
    # dot reads the file itself, so that its messages name it.
    args = [dot, "-T" + fmt] + ([] if file == "-" else [file])
    run = subprocess.run(args, input=text if file == "-" else None, capture_output=True)
    problems = run.stderr.decode("utf-8", "replace").strip()
    if run.returncode != 0 or problems or not run.stdout:
        print(f"dot_check: {name}: dot -T{fmt} exits {run.returncode}:\n{problems}", file=sys.stderr)
        return None
    return run.stdout


def shown(obj):
    """The text Graphviz draws for a node or an edge: its label's text ops."""
    return " | ".join(op["text"] for op in obj.get("_ldraw_", []) if op.get("op") == "T")


def dump(name, graph):
    print(f"== {name}")
    objects = graph.get("objects", [])
    for node in objects:
        print(f"node {json.dumps(node['name'], ensure_ascii=False)} text={json.dumps(shown(node), ensure_ascii=False)}")
    for edge in graph.get("edges", []):
        def end(index, port):
            text = json.dumps(objects[index]["name"], ensure_ascii=False)
            return text + (":" + json.dumps(port, ensure_ascii=False) if port else "")

        print(f"edge {end(edge['tail'], edge.get('tailport'))} -> {end(edge['head'], edge.get('headport'))}"
              f" text={json.dumps(shown(edge), ensure_ascii=False)}")


def main(argv):
    want_dump = bool(argv) and argv[0] == "--dump"
    files = argv[1:] if want_dump else argv
    if not files or any(f.startswith("--") for f in files):
        print(__doc__.split("\n\n")[0], file=sys.stderr)
        return 2
    dot = shutil.which("dot")
    if not dot:
        print("dot_check: no `dot` on PATH (Debian's graphviz package)", file=sys.stderr)
        return 2
    failed = 0
    for file in files:
        name = "<stdin>" if file == "-" else file
        try:
            text = sys.stdin.buffer.read() if file == "-" else open(file, "rb").read()
        except OSError as e:
            print(f"dot_check: {e}", file=sys.stderr)
            failed += 1
            continue
        if not text.strip():
            print(f"dot_check: {name}: no graph", file=sys.stderr)
            failed += 1
            continue
        if render(dot, file, name, text, "svg") is None:
            failed += 1
            continue
        if want_dump:
            graph = render(dot, file, name, text, "json")
            if graph is None:
                failed += 1
                continue
            dump(name, json.loads(graph))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
