"""Fingerprint of every finding on every benchmark set and example: proof that a change
meant to be behaviour-neutral (speed, refactoring) changed no finding.

Usage::

    python benchmarks/fingerprint.py                 # one SHA-256 per file and in all
    python benchmarks/fingerprint.py --save A.json   # keep the findings per item
    python benchmarks/fingerprint.py --compare A.json  # list the items whose findings differ

Every item of ``benchmarks/data/*.yaml`` (posts, snippets, comments) runs under its own
profile, account, kind and platform (comments, which name none, under ``kimitoon``),
and every post under ``examples/<profile>/`` under the profile its folder names, with
all rules on. A finding is ``(rule, severity, start, end, digest of the message)``; the
excerpt is left out and the message only digested, so the saved file never holds the
text of personal data (``--save`` writes item ids, rule ids, offsets and digests). The rule fixtures are pinned by their own
``.expected`` files (``tests/test_fixtures.py``) and not repeated here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout, not an installed copy

from kommunlint.linter import Options, lint  # noqa: E402
from kommunlint.post import parse_post  # noqa: E402
from kommunlint.profile import load_profile  # noqa: E402
from kommunlint.yamlio import load_yaml_text  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
EXAMPLES = ROOT / "examples"
DEFAULT_PROFILE = "kimitoon"  # bilingual Finnish: every language rule is on


def _findings(post, profile_name: str, profiles: dict) -> list[list]:
    if profile_name not in profiles:
        profiles[profile_name] = load_profile(profile_name)
    result = lint(post, profiles[profile_name], Options())
    return sorted([f.rule, f.severity, f.start, f.end, digest(f.message)] for f in result.findings)


def items() -> list[tuple[str, str, str, dict, str]]:
    """Every ``(source name, item id, text, front-matter overrides, profile name)``."""
    out = []
    for path in sorted(DATA.glob("*.yaml")):
        data = load_yaml_text(path.read_text(encoding="utf-8"), str(path)) or {}
        # The oldest labelled sets are bare lists without ids: their position is the id.
        listed = data if isinstance(data, list) else [x for key in ("posts", "snippets", "comments") for x in data.get(key) or []]
        for number, item in enumerate(listed, 1):
            if "t" in item:  # the first personal-data sets' short keys (profile, kind, expect, text)
                item = {"profile": item.get("p"), "kind": item.get("k"), "text": item["t"]}
            meta = {k: item.get(k) for k in ("account", "kind", "platform")}
            out.append((path.name, str(item.get("id", number)), item["text"], meta, item.get("profile") or DEFAULT_PROFILE))
    for path in sorted(EXAMPLES.glob("*/*.txt")) + sorted(EXAMPLES.glob("*/*.md")):
        out.append((f"examples/{path.parent.name}", path.name, path.read_text(encoding="utf-8"), {}, path.parent.name))
    return out


def fingerprint() -> dict[str, dict[str, list]]:
    """Findings per source file and item id: ``{source: {item id: [finding, ...]}}``."""
    profiles: dict = {}
    result: dict[str, dict[str, list]] = {}
    for source, item_id, text, meta, profile_name in items():
        load = profile_name if (ROOT / "profiles" / f"{profile_name}.yaml").exists() else DEFAULT_PROFILE
        post = parse_post(text, f"{item_id}.txt", meta)
        result.setdefault(source, {})[item_id] = _findings(post, load, profiles)
    return result


def digest(value) -> str:
    """The first 16 hex digits of the SHA-256 of ``value`` as sorted JSON."""
    return hashlib.sha256(json.dumps(value, sort_keys=True).encode()).hexdigest()[:16]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", metavar="FILE", help="write the findings per item (ids and rule ids only) as JSON")
    parser.add_argument("--compare", metavar="FILE", help="list the items whose findings differ from a saved run")
    args = parser.parse_args()
    now = fingerprint()
    for source, per_item in now.items():
        print(f"{digest(per_item)}  {source} ({len(per_item)} items)")
    print(f"{digest(now)}  all")
    if args.save:
        Path(args.save).write_text(json.dumps(now, sort_keys=True), encoding="utf-8")
    if args.compare:
        before = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        changed = 0
        for source in sorted(set(before) | set(now)):
            old, new = before.get(source, {}), now.get(source, {})
            for item_id in sorted(set(old) | set(new)):
                if old.get(item_id) != new.get(item_id):
                    changed += 1
                    print(f"changed: {source} {item_id}: {old.get(item_id)} -> {new.get(item_id)}")
        print(f"{changed} items changed")


if __name__ == "__main__":
    main()
