"""Fuzzing with hypothesis: generated posts, front matter, configurations and profiles
through the API and the command line (issue 14).

Asserted for every input: no exception escapes (only :class:`KommunlintError`, which
the CLI prints as one line); exit codes are 0, 1 or 2; every line on stderr starts
with ``kommunlint:`` and names the file it is about (the post, the configuration, the
profile, or ``<stdin>``), except the run-wide notes; no line of output carries a raw
control character from a file name; each input is handled within :data:`TIME_LIMIT`
seconds; and a valid personnummer put in the post never appears in any output
(stdout and stderr, every format) unless ``--show-pii`` is given.

The number of examples is bounded (CI stays under a minute, derandomised so a run
is reproducible); ``python benchmarks/fuzz.py --examples 2000`` runs the same
checks longer.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kommunlint.cli import app
from kommunlint.errors import KommunlintError
from kommunlint.linter import Options, lint
from kommunlint.post import parse_post
from kommunlint.profile import load_profile

#: Seconds one generated input may take (API or one CLI run; small inputs take ~0.05 s).
TIME_LIMIT = 10.0
#: Valid personnummer (Luhn check digit right) and henkilötunnus used as the secret.
SECRETS = ["811218-9876", "19811218-9876", "131052-308T"]
FORMATS = ["text", "json", "sarif", "github", "junit", "parsable"]

WORDS = [
    "Hej", "Välkommen", "till", "biblioteket", "kl.", "18", "Tervetuloa", "kirjastoon", "klo", "lauantaina",
    "sekretessbelagd", "salassa", "pidettävä", "jävla", "idiot", "vittu", "Anna", "Berg", "Matti", "Virtanen",
    "070-123 45 67", "anna.berg@gmail.com", "www.hanko.fi/sv", "#hanko", "@stad", "5 €", "12.5.", "/", "|",
    "Storgatan 5 B", "ABC 123", "FI21 1234 5600 0007 85", "<!--", "-->", "kommunlint-disable", "kommunlint-enable",
    "kommunlint-disable-next-line", "--", "a@", "1-", "a.", "\t", "\r\n", "\r", "\n", "\n\n", "::error::", "\x1b[31m",
    "\u202e", "\ufeff", "Mvh", "Hälsningar", "Terveisin", "Rektor", "rehtori",
]

printable = st.text(st.characters(codec="utf-8", exclude_categories=["Cc", "Cs"]), max_size=12)
text_piece = st.one_of(
    st.sampled_from(WORDS),
    printable,
    printable,
    st.integers(0, 20).flatmap(lambda n: st.text(max_size=12) if n == 0 else st.just("")),  # control characters, rarely
    st.sampled_from(["a@", "1-", " ", "a.", "<!--"]).map(lambda f: f * 200),
)
body = st.lists(text_piece, max_size=40).map(" ".join)

yaml_scalar = st.one_of(
    st.sampled_from(["hango", "karleby", "norsjo", "nosuch", "official", "personal", "post", "reply", "sv", "fi", "xx"]),
    st.text(max_size=8),
    st.integers(),
    st.just("__HUGE__"),  # written as an integer of 5,000 digits
    st.booleans(),
    st.none(),
)
yaml_value = st.recursive(yaml_scalar, lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)), max_leaves=6)


def _yaml_line(key: str, value) -> str:
    import json

    text = json.dumps(value, ensure_ascii=False).replace('"__HUGE__"', "9" * 5000)  # JSON is YAML flow syntax
    return f"{key}: {text}"


FRONT_KEYS = ["profile", "account", "kind", "platform", "author", "title", "languages", "bogus"]
CONFIG_KEYS = ["profile", "lang", "fail-on", "rules", "exclude", "overrides", "max-size", "bogus"]
PROFILE_KEYS = ["extends", "country", "languages", "domains", "public_officials", "clauses", "rules", "bogus"]
RAW_YAML = ["a: &x [1]\nb: *x", "<<: {a: 1}", "a: 1\na: 2", "[[[[", "key: [unclosed", "- just\n- a list", ":", "\x00"]


def yaml_document(keys: list[str]):
    mapping = st.lists(st.tuples(st.sampled_from(keys), yaml_value), max_size=4).map(lambda items: "\n".join(_yaml_line(k, v) for k, v in items))
    return st.one_of(mapping, st.sampled_from(RAW_YAML), st.text(max_size=30))


valid_front_matter = st.fixed_dictionaries(
    {},
    optional={
        "profile": st.sampled_from(["hango", "karleby", "kimitoon", "norsjo", "vimmerby", "base"]),
        "account": st.sampled_from(["official", "personal"]),
        "kind": st.sampled_from(["post", "reply"]),
        "author": st.text(max_size=10),
        "languages": st.lists(st.sampled_from(["sv", "fi"]), max_size=2),
    },
).map(lambda d: "\n".join(_yaml_line(k, v) for k, v in d.items()))


def sometimes(strategy, out_of: int = 3):
    """``None`` in (out_of - 1) of ``out_of`` draws, else ``strategy`` (most runs lint the post)."""
    return st.integers(1, out_of).flatmap(lambda n: strategy if n == 1 else st.none())


front_matter = st.one_of(st.none(), valid_front_matter, sometimes(yaml_document(FRONT_KEYS), 2))


@st.composite
def posts(draw):
    """``(text, secret)``: a post with optional front matter and a personnummer on its own line."""
    secret = draw(st.sampled_from(SECRETS))
    fm = draw(front_matter)
    head = f"---\n{fm}\n---\n" if fm is not None else ""
    text = head + draw(body) + f"\nMitt personnummer är {secret}\n" + draw(body)
    return text, secret


def _check_api(text: str, secret: str) -> None:
    start = time.monotonic()
    try:
        post = parse_post(text, "fuzz.txt")
        profile = load_profile(str(post.meta.get("profile") or "base"))
        result = lint(post, profile, Options())
    except KommunlintError as exc:
        event(f"error {exc.key}")
        line = exc.render("en")
        assert "\n" not in line and (exc.path is None or line.startswith(exc.path) or exc.path != "fuzz.txt")
        return
    finally:
        assert time.monotonic() - start < TIME_LIMIT
    from kommunlint.report import FORMATS, ReportContext, render

    for fmt in FORMATS:
        out = render(fmt, [result], ReportContext(lang="en"))
        assert secret not in out, fmt


@settings(max_examples=120, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(posts())
def test_api_never_raises_and_never_leaks(sample):
    _check_api(*sample)


def _check_cli(folder: Path, text: str, secret: str, config: str | None, profile: str | None, fmt: str, stdin: bool) -> None:
    post = folder / "post \n::error::.txt"  # a hostile name, too
    post.write_text(text, encoding="utf-8", errors="surrogatepass")
    args = ["check", "--format", fmt]
    files = {str(post)}
    if config is not None:
        (folder / "k.yaml").write_text(config, encoding="utf-8", errors="surrogatepass")
        args += ["--config", str(folder / "k.yaml")]
        files.add(str(folder / "k.yaml"))
    if profile is not None:
        (folder / "p.yaml").write_text(profile, encoding="utf-8", errors="surrogatepass")
        args += ["--profile", str(folder / "p.yaml")]
        files.add(str(folder / "p.yaml"))
    args.append("-" if stdin else str(post))
    start = time.monotonic()
    result = CliRunner().invoke(app, args, input=text if stdin else None)
    assert time.monotonic() - start < TIME_LIMIT
    out, err = result.stdout, result.stderr
    assert result.exit_code in (0, 1, 2), (result.exit_code, err, result.exception)
    event(f"exit code {result.exit_code}")
    if result.exit_code == 2:
        event("exit 2: " + err.split(": ")[-1][:40])
    assert "Traceback" not in out + err and "internal error" not in err, err
    assert secret not in out and secret not in err
    shown = {f.replace("\n", "\\n") for f in files} | {"<stdin>", "/dev/"}
    for line in err.splitlines():
        assert line.startswith("kommunlint: "), line
        assert any(name in line for name in shown) or "KOMMUNLINT_JOBS" in line or "ingen .txt" in line or "inga .txt" in line, line
    for line in (out + err).splitlines():
        assert not line.startswith("::") or fmt == "github"
    if fmt == "github":
        assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in out.splitlines())


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(
    posts(),
    sometimes(yaml_document(CONFIG_KEYS), 4),
    sometimes(yaml_document(PROFILE_KEYS).map(lambda doc: "extends: hango\n" + doc), 4),
    st.sampled_from(FORMATS),
    st.booleans(),
)
def test_cli_exit_codes_error_lines_and_no_leak(sample, config, profile, fmt, stdin):
    folder = Path(tempfile.mkdtemp(prefix="kommunlint-fuzz-"))
    try:
        _check_cli(folder, *sample, config, profile, fmt, stdin)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_show_pii_shows_it():
    """The leak check can fail: with --show-pii the personnummer is printed."""
    folder = Path(tempfile.mkdtemp(prefix="kommunlint-fuzz-"))
    try:
        post = folder / "p.txt"
        post.write_text("Mitt personnummer är 811218-9876\n", encoding="utf-8")
        shown = CliRunner().invoke(app, ["check", "--show-pii", str(post)])
        hidden = CliRunner().invoke(app, ["check", str(post)])
        assert "811218-9876" in shown.stdout and "811218-9876" not in hidden.stdout
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_a_few_runs_as_a_real_process():
    """The installed entry point (not CliRunner): hostile inputs end in 0, 1 or 2, one line each."""
    import subprocess
    import sys

    folder = Path(tempfile.mkdtemp(prefix="kommunlint-fuzz-"))
    try:
        cases = {
            "alias.txt": "---\nauthor: &a x\ntitle: *a\n---\nHej\n",
            "huge.txt": "---\nauthor: " + "9" * 5000 + "\n---\nHej\n",
            "pii.txt": "Personnummer 811218-9876, jävla idiot.\n",
            "dirs.txt": "<!-- kommunlint-disable " * 500 + "\n",
        }
        for name, text in cases.items():
            (folder / name).write_text(text, encoding="utf-8")
        env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
        proc = subprocess.run([sys.executable, "-m", "kommunlint", "check", str(folder)], capture_output=True, text=True, env=env, timeout=120)
        assert proc.returncode == 2
        assert "811218-9876" not in proc.stdout + proc.stderr
        assert sorted(line.split(":")[1].strip().rsplit("/", 1)[-1] for line in proc.stderr.splitlines()) == ["alias.txt", "huge.txt"]
        assert "Traceback" not in proc.stderr
    finally:
        shutil.rmtree(folder, ignore_errors=True)
