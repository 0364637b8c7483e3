# lit configuration for the schemac test suite.
import os
import shutil

import lit.formats

config.name = "schemac"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".py", ".test"]
# Inputs/ hold files that tests read; they are not tests themselves.
config.excludes = ["Inputs", "lit.cfg.py", "lit.site.cfg.py", "compare_ast.py", "tools"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.schemac_obj_root, "test")

# FileCheck and not live in LLVM's own bin directory, not on PATH.
config.environment["PATH"] = os.pathsep.join(
    [config.schemac_tools_dir, config.llvm_tools_dir, config.environment.get("PATH", "")]
)
# Diagnostics are checked without colour codes.
config.environment.pop("TERM", None)
# The analysis cache of the tests' runs stays in the build tree; a second
# run of the suite reads what the first one wrote, and must print the same.
config.environment["SCHEMAC_CACHE_DIR"] = os.path.join(config.schemac_obj_root, "test", "analysis-cache")

config.substitutions.append(("%schemac", os.path.join(config.schemac_tools_dir, "schemac")))
config.substitutions.append(("%python", config.python_executable))
config.substitutions.append(
    ("%expect_exit", config.python_executable + " " + os.path.join(config.test_source_root, "tools", "expect_exit.py"))
)
config.substitutions.append(
    ("%compare_schema", config.python_executable + " " + os.path.join(config.test_source_root, "tools", "compare_schema.py"))
)
config.substitutions.append(
    ("%compare_reads", config.python_executable + " " + os.path.join(config.test_source_root, "tools", "compare_reads.py"))
)
config.substitutions.append(("%src_root", config.schemac_src_root))
# Under the sanitizers a schemac process costs some 0.15 s more than the
# release build's 0.02 s (the runtime's start-up; LeakSanitizer's scan at
# exit, a third of a short run), and the corpus sweeps of the analysis
# cache run thousands: with six edits a case, the edit sweep alone took 714
# of the 945 s the sanitized suite took on a 2-core machine. There the
# sweeps make two edits a case, of every case, and check for leaks in none
# of their runs; the rest of the suite checks for leaks.
config.substitutions.append(("%sweep_edits", "2" if config.sanitize else "6"))
config.substitutions.append(("%sweep_leak_checks", "--no-leak-checks" if config.sanitize else ""))

# The standard library corpus test needs Debian's CPython 3.11 and its
# standard library (libpython3.11-stdlib, libpython3.11-testsuite).
if config.cpython311 and os.path.isdir("/usr/lib/python3.11/test"):
    config.available_features.add("cpython311")
    config.substitutions.append(("%cpython311", config.cpython311))

# The diagram tests feed schemac's DOT and Mermaid to the real tools:
# Graphviz's dot (Debian's graphviz) and Mermaid's own parser in Node
# (test/tools/mermaid, which scripts/bootstrap.sh installs with npm ci; the
# copy of package-lock.json it leaves in node_modules says which lock that
# was). Without them the tests are UNSUPPORTED -- except where
# SCHEMAC_REQUIRE_DIAGRAM_TOOLS is set, as scripts/check.sh sets it, so that
# CI can never skip them.
missing = []
if shutil.which("dot"):
    config.available_features.add("graphviz")
    config.substitutions.append(
        ("%dot_check", config.python_executable + " " + os.path.join(config.test_source_root, "tools", "dot_check.py"))
    )
else:
    missing.append("Graphviz's dot (Debian package graphviz)")
mermaid_dir = os.path.join(config.test_source_root, "tools", "mermaid")
node = shutil.which("node")


def same_file(a, b):
    try:
        with open(a, "rb") as fa, open(b, "rb") as fb:
            return fa.read() == fb.read()
    except OSError:
        return False


if node and same_file(
    os.path.join(mermaid_dir, "package-lock.json"), os.path.join(mermaid_dir, "node_modules", ".schemac-lock")
):
    config.available_features.add("mermaid")
    config.substitutions.append(("%mermaid_check", node + " " + os.path.join(mermaid_dir, "mermaid_check.mjs")))
else:
    missing.append("Mermaid's parser (node, and npm ci in test/tools/mermaid as package-lock.json pins it)")
if missing and os.environ.get("SCHEMAC_REQUIRE_DIAGRAM_TOOLS"):
    lit_config.fatal(
        "SCHEMAC_REQUIRE_DIAGRAM_TOOLS is set but the diagram tests cannot run without "
        + " and ".join(missing)
        + ": run scripts/bootstrap.sh as root"
    )
