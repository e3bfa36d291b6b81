"""Every regular expression of kommunlint runs in time linear in its input.

Collected: every ``re.Pattern`` reachable from a kommunlint module's globals
(directly or inside dicts, lists, tuples, sets and objects' attributes), plus every
pattern compiled while linting sample posts with all built-in profiles after the
package's caches were cleared (lexicon phrases, inline ``re.search(r"...")``), taken
from ``re``'s own compile cache.

Each pattern runs as kommunlint applies it (``finditer`` to the end, as the rules and
``re.sub`` do, unless :data:`USAGE_BY_SOURCE` says ``match``/``fullmatch`` at one
position) over adversarial strings built from its own structure: runs of its literal
characters and literal sequences, alone and after a word character or a digit ("a@a@…",
"1-1-…", "a.a.…", "<!--<!--…", spaces), plus a few generic ones. Sizes: every string
at 1 KB; the three slowest at 3 KB (growing more than 7x there fails at once, so that a
cubic pattern never runs on more) and 10 KB. A linear pattern takes about 10 times as
long on 10 KB as on 1 KB, a quadratic one 100 times: the test fails when the ratio
exceeds :data:`MAX_RATIO` and the 10 KB run took over :data:`NOISE_FLOOR` (below that a
ratio is timer noise; a quadratic pattern takes tenths of a second there), and 30 KB
then takes over 6x the 10 KB time (linear: 3x, quadratic: 9x; so one run slowed by a
loaded machine is no failure). Times are CPU times, the minimum of repeated runs; each
pattern is stopped after :data:`PATTERN_LIMIT` seconds (a failure). Word-level patterns
(the Finnish paradigm rules, given one lemma of the lexicon's data) run on strings of
the longest input their callers give them (:data:`LEMMA_BOUND`, checked by
:func:`test_bounds_hold_in_the_callers`) and must be quick there. Patterns are keyed by
source and flags (identical ones are checked once) and shared between two forked
workers. The whole sweep takes well under a minute of CPU
(``python benchmarks/regex_linearity.py`` prints the figures).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import importlib
import pkgutil
import re
import signal
import threading
import time
from typing import NamedTuple

try:  # Python 3.11+
    import re._parser as sre_parse  # type: ignore[import-not-found]
    import re._constants as sre_constants  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

import pytest

import kommunlint

#: Adversarial strings of 1 KB and 10 KB: linear takes 10x as long on the larger,
#: quadratic 100x. A suspicious ratio is confirmed on :data:`CONFIRM` (linear: 3x the
#: 10 KB time, quadratic: 9x).
SMALL, LARGE, CONFIRM = 1_000, 10_000, 30_000
MAX_RATIO = 30.0
#: Seconds on 10 KB below which a ratio is timer noise: a quadratic pattern does
#: ~5·10⁷ steps there (tenths of a second), a linear one well under a millisecond.
NOISE_FLOOR = 0.02
#: Seconds on 1 KB (one fragment) over which a pattern is cubic or worse.
SMALL_LIMIT = 0.25
#: Seconds a bounded (word-level) pattern may take on a string of its bound.
BOUNDED_LIMIT = 0.05
#: Seconds (wall time, generous for a loaded machine) for the whole check of one
#: pattern: past this it is stopped and fails.
PATTERN_LIMIT = 30.0
#: Slowest fragments at 1 KB taken on to 3 KB and 10 KB (a super-linear pattern is
#: already among the slowest at 1 KB).
TOP = 3
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

    from kommunlint import recache

    original_recache = recache.compile

    def recording_recache(pattern, flags=0):
        # recache.compile may build the pattern from its store without re._compile.
        compiled = original_recache(pattern, flags)
        found.setdefault((compiled.pattern, compiled.flags), compiled)
        return compiled

    @contextlib.contextmanager
    def manager():
        re._compile = recording
        recache.compile = recording_recache
        try:
            yield
        finally:
            re._compile = original
            recache.compile = original_recache

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
    from kommunlint.detect.offensive import lexicon

    _clear_caches(modules)
    # The offensive lexicons are built from their YAML here, not read from the
    # precomputed cache (data/lexicons.pickle), so that the patterns the build
    # compiles (the Finnish paradigm rules) are collected too.
    original_cached, lexicon.cached = lexicon.cached, lambda: None
    try:
        with _record_compiles(found):
            for name in builtin_names():
                for text in SAMPLE_POSTS:
                    lint(parse_post(text, "post.txt"), load_profile(name), Options())
    finally:
        lexicon.cached = original_cached
    seen.clear()
    for module in modules:  # caches filled while linting
        _walk(vars(module), found, seen, 0)
    gc.collect()
    return tuple(p for p in found.values() if isinstance(p.pattern, str))


class Usage(NamedTuple):
    """How kommunlint applies a pattern: ``how`` is the ``re.Pattern`` method (``finditer``
    runs to the end, as rules and ``re.sub`` do; ``match`` and ``fullmatch`` try one
    position, as a caller testing a span does), ``bound`` the longest input a caller
    gives it (``None``: the post's text, unbounded), ``where`` the code that makes it so."""

    how: str = "finditer"
    bound: int | None = None
    where: str = ""


#: The longest lemma the Finnish paradigm rules of ``detect/offensive/morph.py`` are given:
#: they only see lemmas of the lexicon's data files (``paradigm()`` is called while the
#: lexicon is built, never on a post's words; :func:`test_bounds_hold_in_the_callers`).
LEMMA_BOUND = 40


def _sensitive_next_word() -> str:
    from kommunlint.detect import sensitive

    return sensitive._role_or_unit()[1].pattern


def _sensitive_compound() -> str:
    from kommunlint.detect import sensitive

    return sensitive._role_or_unit()[0].pattern


def _title_noun_after() -> str:
    from kommunlint.detect.offensive import matcher

    return matcher._title_nouns()[2].pattern


#: Patterns not applied with ``finditer`` to a post's whole text: a source (or a
#: function returning it, for patterns built from data) and its :class:`Usage`.
#: ``match`` at one position is linear when the pattern is; a bounded pattern runs on
#: strings of its bound and must finish in :data:`BOUNDED_LIMIT` (no ratio: it never
#: sees more).
USAGE_BY_SOURCE: list[tuple[object, Usage]] = [
    (r"\s*(?:(?:från|fr\.)\s+)?(?:(?P<lead>", Usage("match", where="signature: the name after a greeting, re.match on the line's rest (prefix)")),
    (r"[ \t]*[a-zåäöü]", Usage("match", where="accessibility/emoji: a lower-case word right after an emoji, re.match at its end")),
    (r"(?i)\s+[-–]\s?(?:ord(?:et|en)?", Usage("match", where="offensive matcher: '-ordet' / '-sanaa' right after a word, re.match at its end (prefix)")),
    (r"\s*/\s*", Usage("match", where="signature, person_name: re.match right after a name")),
    (r"\s*(?:,|och|ja|and|&|samt|sekä)\s*", Usage("fullmatch", where="person_name: the gap between two names")),
    (r"[ \t]+(?![#@]|https?://|www\.)[^\W\d_]", Usage("match", where="hashtags: _AFTER_WORD.match(text, end of a hashtag)")),
    (r"\s*(?::e\b|-talet|\.\s*vuosisa|vuosisa)", Usage("match", where="placeholder: _ROMAN_AFTER.match(text, end of a numeral)")),
    (_sensitive_compound, Usage("match", where="sensitive: compound.match(term) on one matched term")),
    (_sensitive_next_word, Usage("match", bound=40, where="sensitive: next_word.match(text, end, end + 40)")),
    (_title_noun_after, Usage("match", where="offensive matcher: after.match(text, end of the token)")),
    # Finnish paradigm rules (morph.fi_noun, fi_verb, weak, strong): re.fullmatch /
    # re.search on one lemma of the lexicon's data.
    (r"(.+)nen", Usage("fullmatch", bound=LEMMA_BOUND, where="morph.fi_noun on a lexicon lemma")),
    (r"(.+)t([oö])n", Usage("fullmatch", bound=LEMMA_BOUND, where="morph.fi_noun on a lexicon lemma")),
    (r"(.+[aeiouyäö])s", Usage("fullmatch", bound=LEMMA_BOUND, where="morph.fi_noun on a lexicon lemma")),
    (r"(.+[aeiouyäö])t([aä])", Usage("fullmatch", bound=LEMMA_BOUND, where="morph.fi_verb on a lexicon lemma")),
    (r"(.+)([lnr])\2([aä])|(.+)(s)t([aä])", Usage("fullmatch", bound=LEMMA_BOUND, where="morph.fi_verb on a lexicon lemma")),
    (r"([^aeiouyäö]+)([aeiouyäö]+)$", Usage("search", bound=LEMMA_BOUND, where="morph.weak / strong on a lexicon lemma's stem")),
]


@functools.lru_cache(maxsize=1)
def _usage_table() -> dict[str, Usage]:
    """``USAGE_BY_SOURCE`` with the data-built sources resolved: ``{source: Usage}``."""
    return {(key() if callable(key) else key): usage for key, usage in USAGE_BY_SOURCE}


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


def usage_of(pattern: re.Pattern) -> Usage:
    """The declared :class:`Usage` of ``pattern`` (its source, or the longest declared
    prefix ending in "(prefix)"), else the default (``finditer`` on a post's text)."""
    table = _usage_table()
    if pattern.pattern in table:
        return table[pattern.pattern]
    keys = [k for k, u in table.items() if u.where.endswith("(prefix)") and pattern.pattern.startswith(k)]
    return table[max(keys, key=len)] if keys else Usage()


class _TimeUp(Exception):
    """Raised by the alarm of :func:`_time_limit`."""


@contextlib.contextmanager
def _time_limit(seconds: float):
    """Raise :class:`_TimeUp` after ``seconds`` of wall time (the regex engine checks for
    signals while it matches, so a runaway pattern is stopped). Wall time, not CPU
    time: an armed CPU-time timer makes Linux account CPU time by the tick, which
    would spoil the millisecond timings."""
    if not hasattr(signal, "SIGALRM") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def alarm(signum, frame):
        raise _TimeUp()

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _time(pattern: re.Pattern, text: str, how: str = "finditer") -> float:
    start = time.process_time()
    if how == "finditer":
        for _ in pattern.finditer(text):
            pass
    else:
        getattr(pattern, how)(text)
    return time.process_time() - start


def _best(pattern: re.Pattern, fragment: str, size: int, how: str, runs: int = 2) -> float:
    text = _build(fragment, size)
    return min(_time(pattern, text, how) for _ in range(runs))


def _build(fragment: str, size: int) -> str:
    return (fragment * (size // len(fragment) + 1))[:size]


def check_pattern(pattern: re.Pattern) -> tuple[float, str, float, float] | None:
    """``None`` when ``pattern`` is linear on its adversarial strings, else the worst
    ``(ratio, fragment, small_seconds, large_seconds)`` (ratio ``inf`` when it did not
    finish in :data:`PATTERN_LIMIT` seconds or took over :data:`SMALL_LIMIT` on
    :data:`SMALL`; ``large`` is ``nan`` when it was not run)."""
    usage = usage_of(pattern)
    fragments = adversarial_fragments(pattern)
    fragment, small = "", float("nan")
    try:
        with _time_limit(PATTERN_LIMIT):
            if usage.bound is not None:  # never sees more than its bound: it must just be quick there
                for fragment in fragments:
                    small = _best(pattern, fragment, usage.bound, usage.how, runs=1)
                    if small > BOUNDED_LIMIT:
                        return (float("inf"), fragment, small, float("nan"))
                return None
            timed = []
            for fragment in fragments:
                small = _time(pattern, _build(fragment, SMALL), usage.how)
                if small > SMALL_LIMIT:  # cubic or worse: a linear pattern takes microseconds
                    return (float("inf"), fragment, small, float("nan"))
                timed.append((small, fragment))
            worst = None
            for small, fragment in sorted(timed, reverse=True)[:TOP]:
                small = min(small, _best(pattern, fragment, SMALL, usage.how))
                # 3x the input first, so that a cubic pattern is never run on LARGE.
                middle = _best(pattern, fragment, 3 * SMALL, usage.how)
                if middle > NOISE_FLOOR / 3 and middle > 7 * max(small, 1e-6):  # linear: 3x; quadratic: 9x
                    ratio = (middle / max(small, 1e-6)) ** (1 / 0.477)  # extrapolated to 10x the input
                    worst = max(worst or (0.0,), (ratio, fragment, small, float("nan")))
                    continue
                large = _best(pattern, fragment, LARGE, usage.how)
                ratio = large / max(small, 1e-6)
                if large <= NOISE_FLOOR or ratio <= MAX_RATIO:
                    continue
                # Confirmed on 3x the input (linear: 3x the time, quadratic: 9x), so that one
                # run slowed by a loaded machine is not a failure.
                if _best(pattern, fragment, CONFIRM, usage.how) < 6 * large:
                    continue
                worst = max(worst or (0.0,), (ratio, fragment, small, large))
            return worst
    except _TimeUp:
        return (float("inf"), fragment, small, float("nan"))


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


def test_every_regex_is_linear():
    """The whole sweep (about 300 patterns; under a minute of CPU)."""
    failures = []
    patterns = _patterns()
    for pattern, worst in zip(patterns, _check_all(patterns)):
        if worst:
            ratio, fragment, small, large = worst
            failures.append(
                f"{pattern.pattern[:90]!r}: {fragment!r}×: {SMALL // 1000} KB {small:.3f} s, "
                f"{LARGE // 1000} KB {large:.3f} s (×{ratio:.0f}; inf: over the limit)"
            )
    assert not failures, "super-linear regular expressions:\n" + "\n".join(failures)


def test_a_quadratic_pattern_is_caught():
    """The detector itself: a known quadratic pattern (no left anchor, backtracking to
    the end from every start) fails on the strings built from its structure; with a
    left anchor it passes."""
    assert check_pattern(re.compile(r"[\w@.<!\- ]+Z")) is not None
    assert check_pattern(re.compile(r"(?<![\w@.<!\- ])[\w@.<!\- ]+Z")) is None


def test_a_runaway_pattern_is_stopped(monkeypatch):
    """An exponential pattern fails (over the 1 KB limit or stopped by the time limit)
    instead of hanging the run."""
    import sys

    monkeypatch.setattr(sys.modules[__name__], "PATTERN_LIMIT", 2.0)
    worst = check_pattern(re.compile(r"(?:a|aa)+b"))
    assert worst is not None and worst[0] == float("inf")


@pytest.mark.parametrize(
    "source",
    [
        # langid._NO_LANGUAGE before issue 14 (cubic on "a@a@…")
        r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|[#@][\w.-]+|\b[\w.-]+\.(?:fi|se|com|net|org)\b\S*|\d+(?:[.,:/–-]\d+)*\.?",
        # signature._TITLE_THEN_NAME_RE before issue 14 (long runs of spaces)
        r"^\s*(?P<title>[\wåäö ]+?)\s+(?P<name>[A-ZÅÄÖÜÉ][a-zåäöüéèáíóúßšž]+\s+[A-ZÅÄÖÜÉ][a-zåäöüéèáíóúßšž]+)\s*$",
        # phone._BREAK before this round (a word before a sentence mark, from every offset)
        r"(?P<word>\w*)(?P<mark>[.!?])\s+(?=[A-ZÅÄÖ])|[!?;]\s*",
        # signature._EMAIL_LIKE before this round (e-mail with "(at)", no left anchor)
        r"[\w.+-]+(?:@|\s?[(\[]at[)\]]\s?)[\w-]+(?:\.[\w-]+)+",
        # the company-name part of advertising's business pattern before this round
        r"(?:[A-ZÅÄÖÜ][\w'’-]*\s+)+(?:Oy|Ab)(?!\w)",
        # plaintext's HTML comment before this round (rescans from every unclosed "<!--")
        r"<!--.*?-->",
    ],
    ids=["langid-no-language", "signature-title-then-name", "phone-break", "signature-email-like", "advertising-company", "plaintext-comment"],
)
def test_the_patterns_issue_14_fixed_are_caught(source):
    """Regression for the detector: the old forms of fixed patterns fail it."""
    assert check_pattern(re.compile(source, re.S if "<!--" in source else 0)) is not None


def test_declared_usages_name_collected_patterns():
    """Every declared usage names a pattern the sweep collects (a renamed or removed
    pattern must not leave a stale exemption behind)."""
    sources = {p.pattern for p in _patterns()}
    for source, usage in _usage_table().items():
        if usage.where.endswith("(prefix)"):
            assert any(s.startswith(source) for s in sources), source
        else:
            assert source in sources, source


def test_bounds_hold_in_the_callers(monkeypatch):
    """The Finnish paradigm rules only see the lexicon's lemmas (never a post's words),
    none longer than :data:`LEMMA_BOUND`: every lemma ``morph.paradigm`` is given while
    the lexicon is built from scratch and a post is linted."""
    from kommunlint.detect.offensive import morph
    from kommunlint.linter import Options, lint
    from kommunlint.post import parse_post
    from kommunlint.profile import load_profile

    seen: list[str] = []
    original = morph.paradigm

    def recording(lemma, *args, **kwargs):
        seen.append(lemma)
        return original(lemma, *args, **kwargs)

    monkeypatch.setattr(morph, "paradigm", recording)
    # Build from the YAML, not from the precomputed cache (data/lexicons.pickle).
    from kommunlint.detect.offensive import lexicon
    monkeypatch.setattr(lexicon, "cached", lambda: None)
    _clear_caches(_modules())
    try:
        long_word = "perkele" * 2000  # a post's 14 KB word is looked up, never put through the rules
        lint(parse_post(SAMPLE_POSTS[1] + " " + long_word + "\n", "post.txt"), load_profile("hango"), Options())
    finally:
        monkeypatch.undo()
        _clear_caches(_modules())
    assert seen, "the lexicon was not rebuilt"
    assert max(len(lemma) for lemma in seen) <= LEMMA_BOUND
    assert long_word not in seen
