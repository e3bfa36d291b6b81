"""The ``kommunlint`` command line (typer).

Exit codes: 0 no finding at or above ``--fail-on``; 1 findings at or above it;
2 a usage, profile, configuration or input error (one line on stderr).
"""

from __future__ import annotations

import os
import sys
from typing import List, Optional

import typer

from . import errors
from .errors import InputError, KommunlintError

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Kontrollera inlägg i sociala medier mot kommunens riktlinje. / Tarkista somepäivitykset kunnan ohjetta vasten.",
)

LANGS = ("sv", "fi", "en")
FAIL_ON = ("error", "warning", "info", "never")


def _fail(error: KommunlintError) -> None:
    typer.echo(f"kommunlint: {error.render()}", err=True)
    raise typer.Exit(2)


def _choice(option: str, value: Optional[str], allowed: tuple[str, ...]) -> Optional[str]:
    if value is not None and value not in allowed:
        _fail(KommunlintError("bad-choice", option=option, allowed=", ".join(allowed), value=value))
    return value


def _size(option: str, value: Optional[str]) -> Optional[int]:
    """``--max-size`` in bytes (``None`` when not given); a bad value is a usage error."""
    from .safeio import parse_size

    try:
        return None if value is None else parse_size(value)
    except (ValueError, OverflowError):
        _fail(KommunlintError("bad-size", key=option, value=errors.safe_name(value[:40])))


def _split(values: Optional[List[str]]) -> list[str]:
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def _listing_console():
    """A rich console for tables; wide when piped, so lines are not wrapped mid-word."""
    from rich.console import Console

    console = Console(soft_wrap=True)
    if not console.is_terminal:
        console.width = 200
    return console


def _color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


@app.command()
def check(
    paths: List[str] = typer.Argument(None, help="Filer, mappar eller - (stdin). Inget: stdin."),
    profile: Optional[str] = typer.Option(None, "--profile", "-p", help="Profil (hango, karleby, kimitoon, norsjo, vimmerby) eller sökväg till YAML."),
    account: Optional[str] = typer.Option(None, help="personal | official"),
    kind: Optional[str] = typer.Option(None, help="post | reply"),
    fmt: Optional[str] = typer.Option(None, "--format", "-f", help="text | json | sarif | github | junit | parsable (i GitHub Actions: github)"),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help="error | warning | info | never (standard: error)"),
    lang: Optional[str] = typer.Option(None, "--lang", help="Språk för meddelanden: sv | fi | en (standard: sv)"),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Kör bara dessa regler eller grupper (kommaseparerade)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Hoppa över dessa regler eller grupper."),
    show_pii: bool = typer.Option(False, "--show-pii", help="Visa personuppgifter omaskerade (av: rapporter hamnar i CI-loggar)."),
    config: Optional[str] = typer.Option(None, "--config", "-c", help="Konfigurationsfil (annars söks .kommunlint.yaml uppåt från varje fil)."),
    baseline: Optional[str] = typer.Option(None, "--baseline", help="Visa bara anmärkningar som inte finns i denna baslinje."),
    write_baseline: Optional[str] = typer.Option(None, "--write-baseline", help="Spara nuvarande anmärkningar som baslinje i FILE (avslutar med 0)."),
    max_size: Optional[str] = typer.Option(None, "--max-size", help="Största inlägg som kontrolleras, t.ex. 5MB eller 500K (standard: max-size i konfigurationen, annars 5MB)."),
) -> None:
    """Kontrollera inlägg mot profilens riktlinje."""
    from .baseline import Baseline
    from .config import config_for
    from .linter import Options
    from .messages import cli_text
    from .report import FORMATS, MACHINE_FORMATS, ReportContext, render
    from .runner import Job, expand, run

    errors.LANG = _choice("--lang", lang, LANGS) or "sv"
    _choice("--account", account, ("personal", "official"))
    _choice("--kind", kind, ("post", "reply"))
    _choice("--format", fmt, tuple(FORMATS))
    _choice("--fail-on", fail_on, FAIL_ON)
    paths = list(paths) if paths else ["-"]
    try:
        # Run-wide settings come from --config or the config governing the first path;
        # a broken discovered config is reported for the files it governs, not here.
        try:
            run_config = config_for(paths[0], config)
        except KommunlintError:
            if config:
                raise
            from .config import EMPTY as run_config
        lang = lang or run_config.lang or "sv"
        errors.LANG = lang
        fail_on = fail_on or run_config.fail_on or "error"
        if fmt is None:  # as yamllint: annotations when running inside GitHub Actions
            fmt = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
        options = Options(lang=lang, select=_split(select), ignore=_split(ignore), show_pii=show_pii)
        job = Job({"account": account, "kind": kind, "profile": profile}, options, config, _size("--max-size", max_size))
        known = Baseline.load(baseline) if baseline else None
        files = expand(paths, config)
        if not files:  # an empty folder or everything excluded: say so, it may be a wrong path
            typer.echo(f"kommunlint: {', '.join(map(errors.safe_name, paths))}: {cli_text('no-posts', lang)}", err=True)
        input_errors = 0

        def on_input_error(exc: InputError) -> None:
            nonlocal input_errors
            typer.echo(f"kommunlint: {exc.render()}", err=True)
            input_errors += not getattr(exc, "note", False)  # a skipped FIFO is a note

        with _Progress(len(files), fmt in MACHINE_FORMATS, lang) as advance:
            results = run(job, files, on_input_error, advance)
        if write_baseline:
            from .baseline import write

            count = write(write_baseline, results)
            typer.echo(f"kommunlint: {cli_text('baseline-written', lang, path=write_baseline, count=count)}", err=True)
        hidden = known.filter(results) if known else 0
    except KommunlintError as exc:
        _fail(exc)
    ctx = ReportContext(lang=lang, show_pii=show_pii, color=_color() and fmt == "text", input_errors=input_errors)
    sys.stdout.write(render(fmt, results, ctx))
    if hidden and fmt not in MACHINE_FORMATS:
        typer.echo(f"kommunlint: {cli_text('baseline-known', lang, count=hidden)}", err=True)
    if input_errors:
        raise typer.Exit(2)
    raise typer.Exit(0 if write_baseline else exit_code(results, fail_on))


#: A progress bar is worth drawing only for runs that take a moment.
PROGRESS_MIN_FILES = 50


class _Progress:
    """Context manager yielding an ``advance()`` callable: a rich progress bar on stderr
    when there are many files, stderr is a terminal and the format is for people
    (never in machine formats; ``NO_COLOR`` gives a bar without colour); else a no-op."""

    def __init__(self, total: int, machine: bool, lang: str):
        self.total, self.lang = total, lang
        self.enabled = not machine and total >= PROGRESS_MIN_FILES and sys.stderr.isatty()
        self.bar = None

    def __enter__(self):
        if not self.enabled:
            return None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        console = Console(stderr=True, no_color="NO_COLOR" in os.environ)
        self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=console, transient=True)
        self.bar.start()
        from .messages import cli_text

        task = self.bar.add_task(cli_text("progress", self.lang), total=self.total)
        return lambda: self.bar.advance(task)

    def __exit__(self, *exc_info) -> None:
        if self.bar is not None:
            self.bar.stop()


@app.command()
def strip(
    path: str = typer.Argument("-", help="Utkastet (eller - för stdin)."),
    lang: str = typer.Option("sv", "--lang", help="sv | fi | en"),
) -> None:
    """Skriv ut inlägget utan front matter och kommunlint-kommentarer, klart att klistra in."""
    from .post import read_post
    from .suppress import strip as stripped

    errors.LANG = _choice("--lang", lang, LANGS) or "sv"
    try:
        post = read_post(path)
    except KommunlintError as exc:
        _fail(exc)
    sys.stdout.write(stripped(post))


def exit_code(results, fail_on: str) -> int:
    """1 when any finding is at or above ``fail_on`` (``never``: 0), else 0."""
    from .finding import severity_rank

    if fail_on == "never":
        return 0
    limit = severity_rank(fail_on)
    return int(any(severity_rank(f.severity) <= limit for r in results for f in r.findings))


@app.command()
def profiles(lang: str = typer.Option("sv", "--lang", help="sv | fi | en")) -> None:
    """Lista de inbyggda profilerna."""
    from rich.table import Table

    from .messages import cli_text
    from .profile import describe_profiles

    errors.LANG = _choice("--lang", lang, LANGS) or "sv"
    table = Table(box=None)
    for key in ("col-profile", "col-municipality", "col-languages", "col-aliases", "col-document"):
        table.add_column(cli_text(key, lang))
    try:
        for p in describe_profiles():
            names = f"{p.municipality_name('sv')} / {p.municipality_name('fi')}"
            table.add_row(p.id, names, ", ".join(p.languages), ", ".join(p.aliases), p.document.get("title", ""))
    except KommunlintError as exc:
        _fail(exc)
    _listing_console().print(table)


@app.command()
def rules(lang: str = typer.Option("sv", "--lang", help="sv | fi | en")) -> None:
    """Lista alla regler med grupp, standardnivå och beskrivning."""
    from rich.table import Table

    from .messages import cli_text, description
    from .registry import all_rules

    errors.LANG = _choice("--lang", lang, LANGS) or "sv"
    table = Table(box=None)
    for key in ("col-rule", "col-group", "col-severity", "col-description"):
        table.add_column(cli_text(key, lang))
    for rule in all_rules():
        table.add_row(rule.id, rule.group, cli_text(f"severity-{rule.severity}", lang), description(rule.id, lang))
    _listing_console().print(table)


@app.command()
def explain(
    rule_id: str = typer.Argument(..., metavar="RULE"),
    profile: Optional[str] = typer.Option(None, "--profile", "-p", help="Profil vars klausuler visas."),
    lang: str = typer.Option("sv", "--lang", help="sv | fi | en"),
) -> None:
    """Förklara en regel: vad den kontrollerar, varför, och klausulen den citerar."""
    from .messages import cli_text, description, explanation
    from .profile import BASE, load_profile
    from .registry import get_rule

    errors.LANG = _choice("--lang", lang, LANGS) or "sv"
    try:
        rule = get_rule(rule_id)
    except KeyError:
        _fail(KommunlintError("unknown-rule", rule=rule_id))
    try:
        prof = load_profile(profile or BASE)
    except KommunlintError as exc:
        _fail(exc)
    settings = prof.settings(rule.id)
    typer.echo(f"{rule.id}: {description(rule.id, lang)}\n")
    typer.echo(explanation(rule.id, lang) + "\n")
    if not settings.enabled:
        typer.echo(cli_text("explain-disabled", lang, profile=prof.id))
    severity = cli_text(f"severity-{settings.severity or rule.severity}", lang)
    typer.echo(cli_text("explain-severity", lang, profile=prof.id, severity=severity))
    clauses = prof.cited(rule.id)
    if clauses:
        typer.echo(cli_text("explain-clauses", lang, municipality=prof.municipality_name(lang), document=prof.document.get("title", "")))
        for clause in clauses:
            typer.echo(f"  {clause.locator}: ”{clause.text}”")


@app.command()
def redact(
    path: str = typer.Argument(..., help="Inlägget (fil eller - för stdin)."),
    profile: Optional[str] = typer.Option(None, "--profile", "-p", help="Profil (hango, karleby, kimitoon, norsjo, vimmerby) eller sökväg till YAML."),
    in_place: bool = typer.Option(False, "--in-place", help="Skriv över filen (säkert: via en temporär fil, aldrig genom en länk, ägare och rättigheter behålls)."),
    backup: bool = typer.Option(False, "--backup", help="Med --in-place: spara originalet som FIL.bak (innehåller personuppgifterna)."),
    lang: str = typer.Option("sv", "--lang", help="Språk för felmeddelanden: sv | fi | en"),
) -> None:
    """Ersätt personuppgifter med platshållare ([personnummer], [telefonnummer] ...)."""
    from .post import read_post
    from .profile import BASE, load_profile
    from .redact import redact as redact_post
    from .redact import redact_in_place

    errors.LANG = _choice("--lang", lang, LANGS) or "sv"
    if in_place and path == "-":
        _fail(KommunlintError("redact-stdin-in-place"))
    try:
        if in_place:
            kept = redact_in_place(path, profile, backup)
            if kept:
                from .messages import cli_text

                typer.echo(f"kommunlint: {errors.safe_name(path)}: {cli_text('redact-backup', errors.LANG, backup=errors.safe_name(kept))}", err=True)
            return
        post = read_post(path, {"profile": profile})
        prof = load_profile(str(post.meta.get("profile") or BASE))
        text = redact_post(post, prof)
    except KommunlintError as exc:
        _fail(exc)
    sys.stdout.write(text)


def main() -> None:
    """Console-script entry point.

    An unexpected internal error is one line too (reports end up in CI logs and
    are read by non-programmers); ``KOMMUNLINT_DEBUG=1`` shows the traceback.
    """
    try:
        app()
    except KommunlintError as exc:
        typer.echo(f"kommunlint: {exc.render()}", err=True)
        sys.exit(2)
    except Exception as exc:  # noqa: BLE001 - last resort, see docstring
        if os.environ.get("KOMMUNLINT_DEBUG"):
            raise
        typer.echo(f"kommunlint: internal error: {type(exc).__name__}: {exc} (KOMMUNLINT_DEBUG=1 shows details)", err=True)
        sys.exit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
