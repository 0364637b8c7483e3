#!/usr/bin/env python3
"""Runs `schemac diff --against HEAD` on edits, as the edit's analysis
(--analyze-edit=require) and whole (=off), and says whether they agree;
and `schemac schema` after the edit, from the analysis cache that a run
before it filled and without the cache.

    edit_cases.py --schemac BIN --work DIR CASEDIR...

Each CASEDIR holds old/ (the files of the committed revision) and new/ (the
files the edit changes). For each case it prints

    CASE: require exit N[: the error]; auto and whole agree: yes|no; cached and whole agree: yes|no

where agreeing means the same JSON and text reports, diagnostics included.
"""
import argparse
import os
import shutil
import subprocess
import sys


def git(repo, *args):
    subprocess.run(["git", "-C", repo, "-c", "user.name=t", "-c",
                    "user.email=t@example.com", *args], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def run(schemac, repo, mode):
    out = []
    for fmt in ("json", "text"):
        p = subprocess.run([schemac, "diff", "--no-cache", "--against", "HEAD",
                            "--analyze-edit=" + mode, "--format=" + fmt, "app"],
                           cwd=repo, capture_output=True, text=True)
        out.append((p.returncode, p.stdout, p.stderr))
    return out


def schema(schemac, repo, cache):
    out = []
    for fmt in ("json", "text"):
        cmd = [schemac, "schema", "--format=" + fmt, "app"]
        env = dict(os.environ)
        if cache:
            env["SCHEMAC_CACHE_DIR"] = cache
        else:
            cmd.insert(2, "--no-cache")
        p = subprocess.run(cmd, cwd=repo, capture_output=True, text=True,
                           env=env)
        out.append((p.returncode, p.stdout, p.stderr))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--schemac", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("cases", nargs="+")
    a = ap.parse_args()
    for case in a.cases:
        name = os.path.basename(case.rstrip("/"))
        repo = os.path.join(a.work, name)
        shutil.rmtree(repo, ignore_errors=True)
        shutil.copytree(os.path.join(case, "old"), repo)
        git(repo, "init", "-q")
        git(repo, "add", "-A")
        git(repo, "commit", "-qm", "old")
        cache = os.path.join(a.work, name + ".cache")
        shutil.rmtree(cache, ignore_errors=True)
        schema(a.schemac, repo, cache)
        shutil.copytree(os.path.join(case, "new"), repo, dirs_exist_ok=True)
        cached = "yes" if schema(a.schemac, repo, cache) == schema(
            a.schemac, repo, None) else "no"
        required = run(a.schemac, repo, "require")
        whole = run(a.schemac, repo, "off")
        auto = run(a.schemac, repo, "auto")
        status, _, err = required[0]
        why = ""
        if status == 2:
            why = ": " + err.strip().splitlines()[-1]
        agree = "yes" if auto == whole else "no"
        print(f"{name}: require exit {status}{why}; auto and whole agree: "
              f"{agree}; cached and whole agree: {cached}")
        if status != 2 and required != whole:
            print(f"{name}: the edit's analysis and the whole one differ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
