"""Copy weppos/whois-parser's WHOIS answer fixtures into tests/data, stored by TLD.

Upstream keeps them as spec/fixtures/responses/<server>/<tld>/<name>.{txt,expected}
(registrars' own servers: .../<server>/<name>.*; a few TLDs have a layout folder
below <tld>, kept). Server names are not carried over:
files go to tests/data/registry_samples/whois-parser/<tld>/<name>.* ; where several
upstream servers answer for one TLD, each gets a numbered folder (<tld>/1, <tld>/2, in
the order of their upstream names); registrars' servers go to registrar/<n>/. The
manifest records, per copied file, the upstream git blob id and the split (dev or
held-out, decided by a hash of the local path, before any parser tuning).

    python scripts/import_whois_parser_fixtures.py GIT_DIR [COMMIT]
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

DEST = (
    Path(__file__).resolve().parent.parent / "tests" / "data" / "registry_samples" / "whois-parser"
)
PREFIX = "spec/fixtures/responses/"
HELD_OUT_SHARE = 30  # percent of files held out from tuning


def split_of(local: str) -> str:
    """dev or held-out, from the local path of the .txt answer (stable, tuning-blind)."""
    bucket = int(hashlib.sha256(local.encode()).hexdigest(), 16) % 100
    return "held-out" if bucket < HELD_OUT_SHARE else "dev"


def _git(git_dir: str, *args: str) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", git_dir, *args], check=True, capture_output=True
    ).stdout


def _tree(git_dir: str, commit: str) -> list[tuple[str, str]]:
    """(blob id, path) of every fixture file at the commit."""
    out = _git(git_dir, "ls-tree", "-r", commit, PREFIX).decode()
    rows = []
    for line in out.splitlines():
        meta, path = line.split("\t", 1)
        if path.endswith((".txt", ".expected")):
            rows.append((meta.split()[2], path))
    return rows


def _folders(paths: list[str]) -> dict[tuple[str, str], str]:
    """(server, tld or '') -> local folder, with no server name in it."""
    by_tld: dict[str, set[str]] = defaultdict(set)
    for path in paths:
        parts = path[len(PREFIX) :].split("/")
        by_tld["/".join(parts[1:-1])].add(parts[0])
    folders = {}
    for tld, servers in by_tld.items():
        ordered = sorted(servers)
        for n, server in enumerate(ordered, 1):
            if not tld:
                folders[(server, tld)] = f"registrar/{n}"
            else:
                folders[(server, tld)] = tld if len(ordered) == 1 else f"{tld}/{n}"
    return folders


def main(git_dir: str, commit: str = "HEAD") -> None:
    commit = _git(git_dir, "rev-parse", commit).decode().strip()
    rows = _tree(git_dir, commit)
    folders = _folders([p for _, p in rows])
    manifest = {"repository": "github.com/weppos/whois-parser", "commit": commit, "files": {}}
    for blob, path in rows:
        parts = path[len(PREFIX) :].split("/")
        server, tld = parts[0], "/".join(parts[1:-1])
        local = f"{folders[(server, tld)]}/{parts[-1]}"
        target = DEST / local
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(_git(git_dir, "cat-file", "blob", blob))
        entry = {"blob": blob}
        if local.endswith(".txt"):
            entry["split"] = split_of(local)
        manifest["files"][local] = entry
    (DEST / "LICENSE").write_bytes(_git(git_dir, "show", f"{commit}:LICENSE.txt"))
    (DEST / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    print(f"{len(rows)} files into {DEST}")


if __name__ == "__main__":
    main(*sys.argv[1:])
