#!/usr/bin/env python3
"""check_rules_documented.py SRC_ROOT: every rule of passes/DiffRules.def has
a section in docs/rules.md (with its severity and kind) and a lit test
test/diff/rules/<ID>.test, and nothing else is documented or tested as a
rule. Prints one line per rule checked, then "rules: N documented and
tested"; exits 1 on the first gap."""
import os
import re
import sys

root = sys.argv[1]
rules = re.findall(r'^DIFF_RULE\((\w+), (\w+), (\w+), "',
                   open(os.path.join(root, "passes", "DiffRules.def")).read(), re.M)
docs = open(os.path.join(root, "docs", "rules.md")).read()
tests = {f[:-5] for f in os.listdir(os.path.join(root, "test", "diff", "rules"))
         if f.endswith(".test")}
problems = []
for rid, kind, severity in rules:
    kind_name = re.sub(r"(?<!^)([A-Z])", lambda m: "_" + m.group(1), kind).lower()
    section = re.search(rf"^### {rid}\n\n\*\*(\w+)\*\* · `(\w+)`", docs, re.M)
    if not section:
        problems.append(f"{rid}: no section in docs/rules.md")
    elif (section.group(1), section.group(2)) != (severity.lower(), kind_name):
        problems.append(f"{rid}: docs/rules.md says {section.group(1)} {section.group(2)}, "
                        f"DiffRules.def {severity.lower()} {kind_name}")
    if rid not in tests:
        problems.append(f"{rid}: no test/diff/rules/{rid}.test")
    print(f"rule {rid} {severity.lower()} {kind_name}")
known = {r[0] for r in rules}
for rid in re.findall(r"^### (\w+)$", docs, re.M):
    if rid not in known:
        problems.append(f"{rid}: documented but not a rule")
for rid in tests - known:
    problems.append(f"{rid}: tested but not a rule")
for p in problems:
    print(p, file=sys.stderr)
print(f"rules: {len(rules)} documented and tested" if not problems else f"rules: {len(problems)} problems")
sys.exit(1 if problems else 0)
