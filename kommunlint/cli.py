"""The ``kommunlint`` command line (typer).

Exit codes: 0 no finding at or above ``--fail-on``; 1 findings at or above it;
2 a usage, profile, configuration or input error (one line on stderr).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Iterator, List, Optional

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
POST_SUFFIXES = (".txt", ".md")


def _fail(error: KommunlintError) -> None:
    typer.echo(f"kommunlint: {error.render()}", err=True)
    raise typer.Exit(2)


def _choice(option: str, value: Optional[str], allowed: tuple[str, ...]) -> Optional[str]:
    if value is not None and value not in allowed:
        _fail(KommunlintError("bad-choice", option=option, allowed=", ".join(allowed), value=value))
    return value


def _split(values: Optional[List[str]]) -> list[str]:
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def iter_paths(paths: list[str]) -> Iterator[str]:
    """Expand ``paths``: files as given, directories into their .txt/.md files (sorted,
    hidden folders skipped), ``-`` for stdin. A missing path is yielded as is, so that
    reading it reports the error."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            found = []
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(os.path.join(root, f) for f in files if f.endswith(POST_SUFFIXES))
            yield from sorted(found)
        else:
            yield path


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
    fmt: str = typer.Option("text", "--format", "-f", help="text | json"),
    fail_on: str = typer.Option("error", "--fail-on", help="error | warning | info | never"),
    lang: str = typer.Option("sv", "--lang", help="Språk för meddelanden: sv | fi | en"),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Kör bara dessa regler eller grupper (kommaseparerade)."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Hoppa över dessa regler eller grupper."),
    show_pii: bool = typer.Option(False, "--show-pii", help="Visa personuppgifter omaskerade (av: rapporter hamnar i CI-loggar)."),
) -> None:
    """Kontrollera inlägg mot profilens riktlinje."""
    from .linter import Options, lint
    from .post import read_post
    from .profile import BASE, load_profile
    from .report import FORMATS, ReportContext, render

    errors.LANG = _choice("--lang", lang, LANGS) or "sv"
    _choice("--account", account, ("personal", "official"))
    _choice("--kind", kind, ("post", "reply"))
    _choice("--format", fmt, tuple(FORMATS))
    _choice("--fail-on", fail_on, FAIL_ON)
    options = Options(lang=lang, select=_split(select), ignore=_split(ignore), show_pii=show_pii)
    overrides = {"account": account, "kind": kind, "profile": profile}
    profiles: dict = {}
    results = []
    input_errors = 0
    try:
        for path in iter_paths(list(paths) if paths else ["-"]):
            try:
                post = read_post(path, overrides)
            except InputError as exc:
                typer.echo(f"kommunlint: {exc.render()}", err=True)
                input_errors += 1
                continue
            name = post.meta.get("profile") or BASE
            if name not in profiles:
                profiles[name] = load_profile(str(name))
            results.append(lint(post, profiles[name], options))
    except KommunlintError as exc:
        _fail(exc)
    ctx = ReportContext(lang=lang, show_pii=show_pii, color=_color() and fmt == "text", input_errors=input_errors)
    sys.stdout.write(render(fmt, results, ctx))
    if input_errors:
        raise typer.Exit(2)
    raise typer.Exit(exit_code(results, fail_on))


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
