"""Run a profile's rules over a post and turn their problems into findings.

One :class:`~kommunlint.detect.Analysis` is made per post and handed to every rule, so
each detector runs at most once per post, and only when an enabled rule reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from . import messages
from .detect import Analysis
from .errors import ProfileError
from .finding import Finding, Problem, milder, severity_rank
from .masking import Masker
from .post import Post
from .profile import Profile, check_option
from .registry import RULE_IDS, expand, get_rule
from .rules import RuleContext

EXCERPT_MAX = 80


@dataclass
class Options:
    """How to run and report.

    Attributes:
        lang: language of messages (``sv``, ``fi``, ``en``).
        select: rule ids or groups to run (empty: all enabled in the profile).
        ignore: rule ids or groups not to run.
        show_pii: print personal data unmasked.
    """

    lang: str = "sv"
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    show_pii: bool = False


@dataclass
class Result:
    """The findings for one post, sorted by position, and the personal-data spans to mask.

    ``pii_spans``: ``(start, end, kind)`` of every occurrence of personal data in the post
    (:class:`~kommunlint.masking.Masker`), whichever rules ran; computed whenever there
    is a finding (also with ``--show-pii``: baselines fingerprint the masked text).
    """

    post: Post
    profile: Profile
    findings: list[Finding]
    pii_spans: list[tuple[int, int, str]]

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)


def _expand_all(selectors: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for selector in selectors:
        try:
            out.update(expand(selector))
        except KeyError:
            raise ProfileError("unknown-rule", rule=selector) from None
    return out


def active_rule_ids(profile: Profile, options: Options) -> list[str]:
    """Rule ids to run: enabled in ``profile``, narrowed by ``select`` and ``ignore``.

    Raises :class:`ProfileError` for an unknown selector.
    """
    selected = _expand_all(options.select) if options.select else None
    ignored = _expand_all(options.ignore)
    ids = []
    for rule_id in RULE_IDS:
        if rule_id in ignored or (selected is not None and rule_id not in selected):
            continue
        # --select narrows and never overrides the profile: a rule a municipality's
        # guideline does not call for (e.g. titles outside Vimmerby) stays off.
        # Turning a rule on is a config or profile decision (`rules: {id: on}`).
        if profile.settings(rule_id).enabled:
            ids.append(rule_id)
    return ids


def _context(rule_id: str, profile: Profile, analysis: Analysis) -> RuleContext:
    """The rule's context: its option defaults overlaid with the profile's values.

    The profile's values were validated against the rule's :class:`~kommunlint.rules.Option`
    schema when the profile and config were loaded; an option set on a profile built in
    code without that check is validated here. Raises :class:`ProfileError` naming the
    source and line for an unknown option or a value of the wrong type.
    """
    rule = get_rule(rule_id)
    settings = profile.settings(rule_id)
    for option, value in settings.options.items():
        source, line = settings.option_sources.get(option, (profile.source, None))
        check_option(rule, option, value, source, line)
    return RuleContext(rule, {**rule.defaults(), **settings.options}, profile, analysis)


def lint(post: Post, profile: Profile, options: Options | None = None) -> Result:
    """Check ``post`` against ``profile``; return a :class:`Result`.

    Raises :class:`ProfileError` for a rule option the rule does not have or of the wrong type.
    """
    options = options or Options()
    analysis = Analysis(post, profile)
    raw: list[tuple[str, Problem, str]] = []
    ran = active_rule_ids(profile, options)
    for rule_id in ran:
        ctx = _context(rule_id, profile, analysis)
        configured = profile.settings(rule_id).severity or ctx.rule.severity
        for problem in ctx.rule.check(post, ctx):
            severity = milder(configured, problem.severity) if problem.severity else configured
            raw.append((rule_id, problem, severity))
    # Masking never depends on which rules ran: whatever the personal-data rules would
    # report (also when deselected, ignored, suppressed or off in the profile) is masked
    # in every finding. Only needed when something will be printed.
    masker = Masker(post.text, personal_data_spans(post, profile, analysis, raw, ran), options.lang) if raw else None
    if post.suppressions and post.suppressions.ranges:  # inline kommunlint-disable (suppress.py)
        raw = [r for r in raw if r[0] == "suppression/missing-reason" or not post.suppressions.covers(r[0], r[1].start)]
    findings = [_finding(post, profile, rule_id, p, sev, options, masker) for rule_id, p, sev in raw]
    findings.sort(key=lambda f: (f.start, f.end, severity_rank(f.severity), f.rule))
    return Result(post, profile, findings, masker.spans if masker else [])


def personal_data_spans(post: Post, profile: Profile, analysis: Analysis, raw: list[tuple[str, Problem, str]] = (),
                        ran: Iterable[str] = ()) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of everything the ``personal-data/*`` rules report in ``post``
    with ``profile``'s options, whether or not they are enabled, selected or suppressed.

    ``raw``: ``(rule_id, problem, severity)`` already computed this run; ``ran``: the ids
    of the rules that ran this run, with or without a problem (none of them is run
    again). Offsets are 0-based code points into ``post.text``, end exclusive.
    """
    done = set(ran) | {rule_id for rule_id, _, _ in raw}
    spans = [(p.start, p.end, p.pii) for _, p, _ in raw if p.pii]
    for rule_id in RULE_IDS:
        if rule_id.startswith("personal-data/") and rule_id not in done:
            ctx = _context(rule_id, profile, analysis)
            spans.extend((p.start, p.end, p.pii) for p in ctx.rule.check(post, ctx) if p.pii)
    return spans


def _finding(post: Post, profile: Profile, rule_id: str, problem: Problem, severity: str, options: Options, masker: Masker | None = None) -> Finding:
    if masker is None and problem.pii:  # built on its own (tests): at least its own span
        masker = Masker(post.text, [(problem.start, problem.end, problem.pii)], options.lang)
    if options.show_pii or masker is None:
        shown, args = post.text[problem.start : problem.end], dict(problem.args)
    else:  # the message's other values may quote the post too (a name in a bilingual fact)
        shown = masker.masked(problem.start, problem.end)
        args = {k: masker.scrub(v) if isinstance(v, str) else v for k, v in problem.args.items()}
    excerpt = " ".join(shown.split())
    if len(excerpt) > EXCERPT_MAX:
        excerpt = excerpt[: EXCERPT_MAX - 1] + "…"
    args = {**args, "match": excerpt}
    start_pos = post.position(problem.start)
    end_pos = post.position(problem.end)
    suggestion = None
    if problem.suggestion_key:
        suggestion = messages.message(rule_id, problem.suggestion_key, options.lang, **args)
    return Finding(
        rule=rule_id,
        severity=severity,
        start=problem.start,
        end=problem.end,
        line=start_pos.line,
        column=start_pos.column,
        end_line=end_pos.line,
        end_column=end_pos.column,
        message=messages.message(rule_id, problem.key, options.lang, **args),
        excerpt=excerpt,
        clauses=profile.cited(rule_id),
        suggestion=suggestion,
        pii=problem.pii,
    )
