"""Rule fixtures that pin today's behaviour (``tests/fixtures/<group>/<rule>/``).

Each fixture post is checked with ``kommunlint check --format parsable --lang sv``
and its output compared with the committed ``.expected`` file (a unified diff on
mismatch). The fixtures also keep their contract (a ``fail-*`` post has a finding of
its folder's rule, a ``pass-*`` post has none), render in Finnish and English with the
same findings, and between them render every message of every rule's catalogue.

To rewrite the expectations on purpose: ``python scripts/update_fixtures.py`` (see
that script and the README, "Run the tests").

The CLI runs in this process (typer's ``CliRunner``), which gives the same output as
a fresh ``kommunlint`` process (``test_in_process_run_matches_a_real_process``) in a
fraction of the time.
"""

from __future__ import annotations

import difflib
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from kommunlint import messages
from kommunlint.registry import RULE_IDS

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from update_fixtures import (  # noqa: E402
    EXPECTED_LANG,
    FIXTURES,
    ROOT,
    command,
    expectation,
    expected_path,
    fixture_paths,
    relative,
    rule_id_of,
    run_cli,
)

PATHS = fixture_paths()
OTHER_LANGS = ("fi", "en")
_LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): \[(?P<severity>\w+)\] (?P<message>.*) \((?P<rule>[\w-]+/[\w-]+)\)$")

#: Rules a Finnish post cannot meet: no fail-fi fixture is asked of them.
SWEDISH_ONLY = {
    "signature/missing-title": "only Vimmerby (Sweden, Swedish only) asks for a title",
}

#: Message keys no `kommunlint check` can render as a finding or its suggestion, and why.
#: (The ``placeholder`` keys are rendered by ``kommunlint redact``; the coverage test
#: renders them by redacting the personal-data fixtures.)
UNREACHABLE = {
    ("offensive/profanity", "phrase"): "no lexicon (sv, fi, en) has a profanity phrase; profanity is words only",
    ("offensive/threat", "word"): "no lexicon has a single-word threat entry; threats are phrases only",
    ("offensive/incitement", "word"): "no lexicon has a single-word incitement entry; incitement is phrases only",
}


@dataclass
class Run:
    """One CLI run on one fixture in one language."""

    stdout: str
    exit_code: int
    #: (rule id, key, rendered text) of every catalogue message rendered during the run.
    rendered: list[tuple[str, str, str]] = field(default_factory=list)

    def findings(self) -> list[dict[str, str]]:
        out = []
        for line in self.stdout.splitlines():
            match = _LINE.match(line)
            assert match, f"not a parsable-format line: {line!r}"
            out.append(match.groupdict())
        return out

    def key_of(self, finding: dict[str, str]) -> str:
        """The catalogue key whose rendering is ``finding``'s message."""
        for rule_id, key, text in self.rendered:
            if rule_id == finding["rule"] and " ".join(text.split()) == finding["message"]:
                return key
        raise AssertionError(f"no rendered message matches {finding}")


def _run_recording(path: Path, lang: str) -> Run:
    original = messages.message
    rendered: list[tuple[str, str, str]] = []

    def recording(rule_id, key, lang_, /, **args):
        text = original(rule_id, key, lang_, **args)
        rendered.append((rule_id, key, text))
        return text

    messages.message = recording
    try:
        stdout, code = run_cli(path, lang)
    finally:
        messages.message = original
    return Run(stdout, code, rendered)


@pytest.fixture(scope="module")
def runs() -> dict[tuple[Path, str], Run]:
    """Every fixture in sv, fi and en, run once for all the tests of this module."""
    return {(path, lang): _run_recording(path, lang) for path in PATHS for lang in (EXPECTED_LANG, *OTHER_LANGS)}


def _id(path: Path) -> str:
    return path.relative_to(FIXTURES).with_suffix("").as_posix()


@pytest.mark.parametrize("path", PATHS, ids=_id)
def test_output_matches_expected(path, runs):
    run = runs[path, EXPECTED_LANG]
    actual = expectation(run.stdout, run.exit_code)
    target = expected_path(path)
    assert target.exists(), f"{relative(target)} is missing: run `python scripts/update_fixtures.py`"
    expected = target.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=f"{relative(target)} (expected)",
                tofile=f"kommunlint {' '.join(command(path))} (actual)",
            )
        )
        pytest.fail(
            f"output of {relative(path)} changed:\n{diff}\n"
            "If the change is intended, rewrite the expectations with `python scripts/update_fixtures.py`.",
            pytrace=False,
        )


@pytest.mark.parametrize("path", PATHS, ids=_id)
def test_fail_and_pass_contract(path, runs):
    rule_id = rule_id_of(path)
    findings = runs[path, EXPECTED_LANG].findings()
    if path.name.startswith("fail-"):
        rules = [f["rule"] for f in findings]
        assert rule_id in rules, f"{relative(path)} must give a finding of {rule_id}; it gives {rules}"
    else:
        # A hint (info) is no failure: a passing post may show one, as the benchmarks count it.
        rules = [f["rule"] for f in findings if f["severity"] != "info"]
        assert rule_id not in rules, f"{relative(path)} must give no warning or error of {rule_id}; it gives {rules}"


@pytest.mark.parametrize("path", PATHS, ids=_id)
def test_other_languages_render_the_same_findings(path, runs):
    sv = runs[path, EXPECTED_LANG]
    sv_findings = sv.findings()
    where = [(f["path"], f["line"], f["col"], f["severity"], f["rule"]) for f in sv_findings]
    for lang in OTHER_LANGS:
        other = runs[path, lang]
        assert other.exit_code == sv.exit_code, f"{lang}: exit code {other.exit_code}, sv {sv.exit_code}"
        findings = other.findings()
        assert [(f["path"], f["line"], f["col"], f["severity"], f["rule"]) for f in findings] == where, lang
        for sv_finding, finding in zip(sv_findings, findings):
            key = sv.key_of(sv_finding)
            assert other.key_of(finding) == key, f"{lang}: {finding} rendered from another key than sv's {key}"
            texts = messages._entry(finding["rule"])["messages"][key]
            if messages._pick(texts, lang) != messages._pick(texts, "sv"):
                assert finding["message"] != sv_finding["message"], f"{lang} message is the Swedish one: {finding}"


def test_every_rule_has_fixtures():
    folders = {rule_id_of(p) for p in PATHS}
    assert folders <= set(RULE_IDS), f"fixture folders for unknown rules: {sorted(folders - set(RULE_IDS))}"
    for rule_id in RULE_IDS:
        names = [p.name for p in PATHS if rule_id_of(p) == rule_id]
        for kind in ("fail", "pass"):
            count = sum(name.startswith(f"{kind}-") for name in names)
            assert count >= 3, f"{rule_id}: {count} {kind}-* fixtures, need at least 3"
            langs = {name.split("-")[1] for name in names if name.startswith(f"{kind}-")}
            wanted = {"sv"} if rule_id in SWEDISH_ONLY and kind == "fail" else {"sv", "fi"}
            assert wanted <= langs, f"{rule_id}: {kind} fixtures in {sorted(langs)}, need {sorted(wanted)}"
    for stale in FIXTURES.glob("*/*/*.expected"):
        assert stale.with_suffix(".txt").exists(), f"{relative(stale)} has no fixture post beside it"


def _catalogue_keys() -> set[tuple[str, str]]:
    keys = set()
    for path in sorted((ROOT / "kommunlint" / "messages").glob("*.yaml")):
        if path.stem == "cli":
            continue
        for rule_id, entry in yaml.safe_load(path.read_text(encoding="utf-8")).items():
            keys.update((rule_id, key) for key in entry.get("messages", {}))
    return keys


def _placeholders_rendered() -> set[tuple[str, str]]:
    """Redact the personal-data fail fixtures, recording the placeholder messages used."""
    from kommunlint.post import read_post
    from kommunlint.profile import load_profile
    from kommunlint.redact import redact

    original = messages.message
    seen: set[tuple[str, str]] = set()

    def recording(rule_id, key, lang="sv", /, **args):
        seen.add((rule_id, key))
        return original(rule_id, key, lang, **args)

    messages.message = recording
    try:
        for path in PATHS:
            if rule_id_of(path).startswith("personal-data/") and path.name.startswith("fail-"):
                post = read_post(str(path))
                redact(post, load_profile(str(post.meta["profile"])))
    finally:
        messages.message = original
    return {k for k in seen if k[1] == "placeholder"}


def test_every_message_key_is_rendered(runs):
    catalogue = _catalogue_keys()
    rendered = {(rule_id, key) for run in runs.values() for rule_id, key, _ in run.rendered}
    assert set(UNREACHABLE) <= catalogue, f"stale UNREACHABLE entries: {sorted(set(UNREACHABLE) - catalogue)}"
    reached = sorted(set(UNREACHABLE) & rendered)
    assert not reached, f"keys listed as unreachable are rendered by the fixtures now; drop them from UNREACHABLE: {reached}"
    missing = catalogue - rendered - set(UNREACHABLE) - _placeholders_rendered()
    assert not missing, "message keys no fixture renders (add a fixture): " + ", ".join(f"{r}:{k}" for r, k in sorted(missing))


def _body(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)


def test_fixtures_are_not_copies_of_other_test_data():
    """Fixture sentences are written for the fixtures, not taken from the benchmark
    sets, the other tests or the examples (those would then no longer be independent)."""
    corpus = "\n".join(
        p.read_text(encoding="utf-8")
        for pattern in ("benchmarks/data/*.yaml", "tests/*.py", "examples/**/*.txt")
        for p in ROOT.glob(pattern)
        if p.name != Path(__file__).name
    )
    copied = []
    for path in PATHS:
        for sentence in re.split(r"(?<=[.!?])\s+|\n", _body(path)):
            sentence = sentence.strip()
            if len(sentence) >= 40 and sentence in corpus:
                copied.append(f"{relative(path)}: {sentence!r}")
    assert not copied, "fixture sentences found elsewhere:\n" + "\n".join(copied)


def test_in_process_run_matches_a_real_process(runs):
    """The fixtures run the CLI in this process; a fresh process prints the same."""
    path = FIXTURES / "personal-data" / "phone" / "fail-sv-1.txt"
    run = runs[path, EXPECTED_LANG]
    proc = subprocess.run([sys.executable, "-m", "kommunlint", *command(path)], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert (proc.stdout, proc.returncode) == (run.stdout, run.exit_code)
