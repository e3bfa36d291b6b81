"""Every regular expression of kommunlint runs in time linear in its input.

Collected: every ``re.Pattern`` reachable from a kommunlint module's globals
(directly or inside dicts, lists, tuples, sets and objects' attributes), plus every
pattern compiled while linting sample posts with all built-in profiles after the
package's caches were cleared (lexicon phrases, inline ``re.search(r"...")``), taken
from ``re``'s own compile cache.

Each pattern runs (``finditer`` to the end, as the rules and ``re.sub`` do) over
adversarial strings of 10 KB and 100 KB built from its own structure: runs of its
literal characters and literal sequences, alone and after a word character or a
digit ("a@a@…", "1-1-…", "a.a.…", "<!--<!--…", spaces), plus a few generic ones.
A linear pattern takes about 10 times as long on the 100 KB string; a quadratic
one 100 times. The test fails when the ratio exceeds :data:`MAX_RATIO` (generous,
the machine is shared) and the 100 KB run took more than :data:`NOISE_FLOOR`
seconds (below that, timer noise and caches dominate a ratio, and no quadratic
pattern is that fast on 100 KB: 5·10⁹ steps). Times are the minimum of repeated runs. The patterns
are shared between two forked worker processes (two cores). Only the three slowest strings at 10 KB of each pattern are run at
100 KB: a super-linear pattern is already the slowest at 10 KB. Before 100 KB, each
runs on 30 KB: growing more than 7x there (linear: 3x, quadratic: 9x) while taking over
a second already fails, so that a cubic pattern is never run on 100 KB; anything less
clear goes on to the 100 KB run. A ratio above the
bound with a 100 KB run under 2 s is confirmed on 300 KB (linear: 3x the 100 KB
time, quadratic: 9x), so that one run slowed by a loaded machine is not a failure.
"""

from __future__ import annotations

import functools
import gc
import importlib
import pkgutil
import re
import time

try:  # Python 3.11+
    import re._parser as sre_parse  # type: ignore[import-not-found]
    import re._constants as sre_constants  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

import pytest

import kommunlint

SMALL, LARGE = 10_000, 100_000
MAX_RATIO = 30.0
NOISE_FLOOR = 0.2  # seconds: a quadratic pattern takes seconds on 100 KB
#: A pattern slower than this on 10 KB is super-linear (a linear one takes milliseconds).
SMALL_LIMIT = 1.0
GENERIC = [
    "a@", "1-", " ", "a.", "<!--", "<!-- kommunlint-disable ", "kommunlint-disable", "a", "1", "\n", "Aa ", "a ",
    "1 ", "111 ", ". ", "a-", "a/", "ä", "Ab", "1.", "1,", "@a.",
]


def _modules():
    names = ["kommunlint"] + [m.name for m in pkgutil.walk_packages(kommunlint.__path__, "kommunlint.")]
    out = []
    for name in names:
        if name.endswith("__main__"):
            continue
        out.append(importlib.import_module(name))
    return out


def _walk(value, found: dict, seen: set, depth: int) -> None:
    if id(value) in seen or depth > 4:
        return
    seen.add(id(value))
    if isinstance(value, re.Pattern):
        found.setdefault((value.pattern, value.flags), value)
    elif isinstance(value, dict):
        for item in list(value.keys()) + list(value.values()):
            _walk(item, found, seen, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _walk(item, found, seen, depth + 1)
    elif hasattr(value, "__dict__") and type(value).__module__.startswith("kommunlint"):
        _walk(vars(value), found, seen, depth + 1)


def _clear_caches(modules) -> None:
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, functools._lru_cache_wrapper) and getattr(value, "__module__", "").startswith("kommunlint"):
                value.cache_clear()


SAMPLE_POSTS = [
    "---\naccount: official\nkind: reply\n---\nHej Anna Berg! Din ansökan om försörjningsstöd är klar. "
    "Ring 070-123 45 67 eller mejla anna.berg@gmail.com. Personnummer 811218-9876.\n"
    "<!-- kommunlint-disable-next-line personal-data/phone -- växeln -->\nVäxeln 019-22 03 000.\n"
    "Jävla idiot, jag vet var du bor. Konto 1234-5678901. Bilen ABC 123 stod parkerad på Storgatan 5 B.\n"
    "Välkommen till biblioteket kl. 18–20 lördag 12 maj, 5 €. https://hanko.fi/sv/evenemang\n\n"
    "Tervetuloa kirjastoon klo 18.00 lauantaina 12. toukokuuta, 5 euroa. Vitun demarit! / Välkommen!\n"
    "Hälsningar\nAnna Berg, bibliotekarie\n",
    "Hei Matti Virtanen! Hakemuksesi on käsitelty. Soita 040 123 4567. Henkilötunnus 131052-308T. "
    "IBAN FI21 1234 5600 0007 85. Salassa pidettävä. Tapan sut. Homot ovat sairaita.\n"
    "#hanko @hangostad www.hanko.fi\n\nTerveisin\nMatti Virtanen\nrehtori\n",
]


def _record_compiles(found: dict):
    """Context: wrap ``re._compile`` so every pattern compiled or looked up from
    kommunlint code (``re.compile``, ``re.search(r"...")``) is recorded."""
    import contextlib
    import sys

    original = re._compile

    def recording(pattern, flags):
        compiled = original(pattern, flags)
        frame = sys._getframe(1)
        while frame is not None and frame.f_globals.get("__name__", "").startswith("re"):
            frame = frame.f_back
        if frame is not None and frame.f_globals.get("__name__", "").startswith("kommunlint"):
            found.setdefault((compiled.pattern, compiled.flags), compiled)
        return compiled

    @contextlib.contextmanager
    def manager():
        re._compile = recording
        try:
            yield
        finally:
            re._compile = original

    return manager()


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, ...]:
    from kommunlint.linter import Options, lint
    from kommunlint.post import parse_post
    from kommunlint.profile import builtin_names, load_profile

    modules = _modules()
    found: dict = {}
    seen: set = set()
    for module in modules:
        _walk(vars(module), found, seen, 0)
    _clear_caches(modules)
    with _record_compiles(found):
        for name in builtin_names():
            for text in SAMPLE_POSTS:
                lint(parse_post(text, "post.txt"), load_profile(name), Options())
    seen.clear()
    for module in modules:  # caches filled while linting
        _walk(vars(module), found, seen, 0)
    gc.collect()
    return tuple(p for p in found.values() if isinstance(p.pattern, str))


#: Patterns kommunlint only ever applies with ``.match`` at the start of a short
#: string (a line, a span): measured with ``.match`` as they are used, not ``finditer``.
MATCH_ONLY = (
    r"\s*(?P<name>",  # signature: the name after a greeting line
    r"\s*(?:\d{8}(?=",  # masking: the date part of a national id
)


_CATEGORY_CHAR = {
    sre_constants.CATEGORY_DIGIT: "1",
    sre_constants.CATEGORY_NOT_DIGIT: "a",
    sre_constants.CATEGORY_SPACE: " ",
    sre_constants.CATEGORY_NOT_SPACE: "a",
    sre_constants.CATEGORY_WORD: "a",
    sre_constants.CATEGORY_NOT_WORD: " ",
}


def _structure(pattern: str, flags: int) -> tuple[set[str], set[str]]:
    """``(characters, literal runs)`` the pattern names: literals, a member of each
    character class, a representative of each category (\\d → 1, \\s → space, ...)."""
    chars: set[str] = set()
    runs: set[str] = set()
    try:
        parsed = sre_parse.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - a pattern sre cannot reparse is still run with the generic strings
        return chars, runs

    def walk(items) -> None:
        run = ""
        for op, av in items:
            if op is sre_constants.LITERAL:
                ch = chr(av)
                chars.add(ch)
                run += ch
                continue
            if len(run) > 1:
                runs.add(run)
            run = ""
            if op is sre_constants.IN:
                for sub_op, sub_av in av[:3]:
                    if sub_op is sre_constants.LITERAL:
                        chars.add(chr(sub_av))
                    elif sub_op is sre_constants.RANGE:
                        chars.add(chr(sub_av[0]))
                    elif sub_op is sre_constants.CATEGORY and sub_av in _CATEGORY_CHAR:
                        chars.add(_CATEGORY_CHAR[sub_av])
            elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT, sre_constants.POSSESSIVE_REPEAT):
                walk(av[2])
            elif op is sre_constants.SUBPATTERN:
                walk(av[-1])
            elif op is sre_constants.BRANCH:
                for branch in av[1][:40]:
                    walk(branch)
            elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
                walk(av[1])
            elif op is sre_constants.ATOMIC_GROUP:
                walk(av)
        if len(run) > 1:
            runs.add(run)

    walk(parsed)
    return chars, runs


def adversarial_fragments(pattern: re.Pattern) -> list[str]:
    """Fragments to repeat: the generic ones, each literal character of the pattern alone
    and after ``a`` / ``1`` / before a space, and the pattern's literal runs."""
    chars, runs = _structure(pattern.pattern, pattern.flags)
    fragments = list(GENERIC)
    for ch in sorted(chars)[:14]:  # punctuation and digits sort first: they make the ambiguity
        fragments += [ch, "a" + ch, "1" + ch, ch + " "]
    fragments += sorted(runs, key=len)[:8]
    fragments += [run + " " for run in sorted(runs, key=len)[:4]]
    return list(dict.fromkeys(f for f in fragments if f))


def _time(pattern: re.Pattern, text: str) -> float:
    start = time.perf_counter()
    if pattern.pattern.startswith(MATCH_ONLY):
        pattern.match(text)
    else:
        for _ in pattern.finditer(text):
            pass
    return time.perf_counter() - start


def _build(fragment: str, size: int) -> str:
    return (fragment * (size // len(fragment) + 1))[:size]


#: A suspicious ratio whose 100 KB run took less than this is confirmed on 300 KB.
CONFIRM_BELOW = 2.0


def _grows_linearly(pattern: re.Pattern, fragment: str, large: float) -> bool:
    """Confirm on 3x the input: linear takes about 3x as long, quadratic 9x."""
    larger = min(_time(pattern, _build(fragment, 3 * LARGE)) for _ in range(2))
    return larger < 6 * large


def check_pattern(pattern: re.Pattern) -> tuple[float, str, float, float] | None:
    """``None`` when ``pattern`` is linear on its adversarial strings, else the worst
    ``(ratio, fragment, small_seconds, large_seconds)``."""
    timed = []
    for fragment in adversarial_fragments(pattern):
        small = _time(pattern, _build(fragment, SMALL))
        if small > SMALL_LIMIT:
            return (float("inf"), fragment, small, float("nan"))
        timed.append((small, fragment))
    worst = None
    for small, fragment in sorted(timed, reverse=True)[:3]:
        # A step of 3x first: a cubic pattern must not be run on the large string.
        middle = _time(pattern, _build(fragment, 3 * SMALL))
        if middle > NOISE_FLOOR / 4 and middle > 6 * max(small, 1e-6):
            middle = min([middle] + [_time(pattern, _build(fragment, 3 * SMALL)) for _ in range(2)])
            small = min([small] + [_time(pattern, _build(fragment, SMALL)) for _ in range(3)])
            if middle > 7 * max(small, 1e-6) and middle > 1.0:  # linear: 3x; quadratic: 9x
                # clearly super-linear and slow already: 100 KB could take hours (cubic)
                ratio = (middle / max(small, 1e-6)) ** (1 / 0.477)  # extrapolated to 10x the input
                if worst is None or ratio > worst[0]:
                    worst = (ratio, fragment, small, float("nan"))
                continue
        large = _time(pattern, _build(fragment, LARGE))
        if large > NOISE_FLOOR:
            large = min(large, _time(pattern, _build(fragment, LARGE)))
            small = min([small] + [_time(pattern, _build(fragment, SMALL)) for _ in range(3)])
            ratio = large / max(small, 1e-6)
            if ratio > MAX_RATIO and large < CONFIRM_BELOW and _grows_linearly(pattern, fragment, large):
                continue  # a loaded machine slowed one run: 3x more input took under 6x the time
            if ratio > MAX_RATIO and (worst is None or ratio > worst[0]):
                worst = (ratio, fragment, small, large)
    return worst


def test_patterns_are_collected():
    patterns = _patterns()
    sources = {p.pattern for p in patterns}
    from kommunlint import suppress
    from kommunlint.detect import langid

    assert langid._NO_LANGUAGE.pattern in sources
    assert suppress._DIRECTIVE.pattern in sources
    assert len(patterns) > 80  # module-level and data-driven (lexicon phrases)


def _check_all(patterns) -> list:
    """``check_pattern`` over ``patterns`` on up to two cores (forked workers)."""
    import multiprocessing
    import os

    workers = min(2, os.cpu_count() or 1)
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [check_pattern(p) for p in patterns]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        return pool.map(check_pattern, patterns, chunksize=4)


@pytest.mark.slow
def test_every_regex_is_linear():
    """The whole sweep: run with ``pytest -m slow`` or ``python benchmarks/regex_linearity.py``.

    Not in the default run: with the lexicon's generated phrase patterns it takes far
    longer than CI allows, and some patterns (word-level ones run on a 10 KB string)
    never finish. ``benchmarks/regex_linearity.py`` lists them with a time limit.
    """
    failures = []
    patterns = _patterns()
    for pattern, worst in zip(patterns, _check_all(patterns)):
        if worst:
            ratio, fragment, small, large = worst
            failures.append(f"{pattern.pattern[:90]!r}: {fragment!r}×: 10 KB {small:.3f} s, 100 KB {large:.3f} s (×{ratio:.0f})")
    assert not failures, "super-linear regular expressions:\n" + "\n".join(failures)


def test_a_quadratic_pattern_is_caught(monkeypatch):
    """The detector itself: a known quadratic pattern (no left anchor, backtracking to
    the end from every start) fails on the strings built from its structure (at 1 and
    10 KB, so that this check stays fast)."""
    import sys

    module = sys.modules[__name__]
    monkeypatch.setattr(module, "SMALL", 1_000)
    monkeypatch.setattr(module, "LARGE", 10_000)
    monkeypatch.setattr(module, "NOISE_FLOOR", 0.02)
    quadratic = re.compile(r"[\w@.<!\- ]+Z")
    assert check_pattern(quadratic) is not None
    assert check_pattern(re.compile(r"(?<![\w@.<!\- ])[\w@.<!\- ]+Z")) is None


@pytest.mark.parametrize(
    "source",
    [
        # langid._NO_LANGUAGE before issue 14 (cubic on "a@a@…")
        r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|[#@][\w.-]+|\b[\w.-]+\.(?:fi|se|com|net|org)\b\S*|\d+(?:[.,:/–-]\d+)*\.?",
        # signature._TITLE_THEN_NAME_RE before issue 14 (long runs of spaces)
        r"^\s*(?P<title>[\wåäö ]+?)\s+(?P<name>[A-ZÅÄÖÜÉ][a-zåäöüéèáíóúßšž]+\s+[A-ZÅÄÖÜÉ][a-zåäöüéèáíóúßšž]+)\s*$",
    ],
    ids=["langid-no-language", "signature-title-then-name"],
)
def test_the_patterns_issue_14_fixed_are_caught(monkeypatch, source):
    """Regression for the detector: the old forms of two fixed patterns fail it."""
    import sys

    module = sys.modules[__name__]
    monkeypatch.setattr(module, "SMALL", 1_000)
    monkeypatch.setattr(module, "LARGE", 10_000)
    monkeypatch.setattr(module, "NOISE_FLOOR", 0.02)
    monkeypatch.setattr(module, "SMALL_LIMIT", 0.5)
    assert check_pattern(re.compile(source)) is not None
