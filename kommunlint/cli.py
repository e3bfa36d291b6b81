"""The ``kommunlint`` command line (typer).

Exit codes: 0 no finding at or above ``--fail-on``; 1 findings at or above it;
2 a usage, profile, configuration or input error (one line on stderr).

The help is complete in one language, chosen when the app is built
(:func:`make_app`): ``--lang`` on the command line, else ``KOMMUNLINT_LANG``, else
the locale (``fi_*`` Finnish, ``sv_*`` Swedish, otherwise English); see
:func:`help_lang`. Its texts are ``kommunlint/data/cli_texts.yaml``. Messages
(findings, errors) follow ``--lang``, the configuration's ``lang``, else
``KOMMUNLINT_LANG``, else Swedish.
"""

from __future__ import annotations

import os
import sys
from typing import List, Optional

import typer
from typer.core import TyperCommand, TyperGroup

from . import __version__, errors
from .errors import InputError, KommunlintError

LANGS = ("sv", "fi", "en")
FAIL_ON = ("error", "warning", "info", "never")


# -- language ---------------------------------------------------------------------
def cli_extra(key: str, lang: str, /, **args) -> str:
    """A text of ``data/cli_texts.yaml`` (read on first use, not at start-up)."""
    from .clitexts import text

    return text(key, lang, **args)


def help_lang(argv: list[str] | None = None, environ: dict | None = None) -> str:
    """The language of the help: ``--lang X``/``--lang=X`` in ``argv``, else
    ``KOMMUNLINT_LANG``, else the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``,
    ``LANGUAGE``: ``fi*`` → ``fi``, ``sv*`` → ``sv``), else ``en``."""
    argv = sys.argv[1:] if argv is None else argv
    environ = os.environ if environ is None else environ
    for i, arg in enumerate(argv):
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else (argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None)
        if value in LANGS:
            return value
    if environ.get("KOMMUNLINT_LANG") in LANGS:
        return environ["KOMMUNLINT_LANG"]
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = (environ.get(name) or "").lower()
        if value and value not in ("c", "posix") and not value.startswith("c."):
            return {"fi": "fi", "sv": "sv"}.get(value[:2], "en")
    return "en"


def default_lang() -> str:
    """Messages' language when neither ``--lang`` nor a configuration sets one."""
    value = os.environ.get("KOMMUNLINT_LANG")
    return value if value in LANGS else "sv"


# -- errors -------------------------------------------------------------------------
def suggestion_for(error: KommunlintError) -> str | None:
    """A "did you mean ...?" candidate for an unknown profile, rule, rule option or
    option value, or ``None``."""
    from .names import did_you_mean, profile_suggestion

    args = error.args_
    if error.key == "unknown-profile":
        return profile_suggestion(str(args.get("name", "")))
    if error.key == "unknown-rule":
        from .registry import RULE_IDS, group_of

        choices = [*RULE_IDS, *dict.fromkeys(group_of(r) for r in RULE_IDS)]
        return did_you_mean(str(args.get("rule", "")), choices)
    if error.key == "unknown-option":
        return did_you_mean(str(args.get("option", "")), [k.strip() for k in str(args.get("known", "")).split(",")])
    if error.key == "bad-choice":
        return did_you_mean(str(args.get("value", "")), [k.strip() for k in str(args.get("allowed", "")).split(",")])
    return None


def render_error(error: KommunlintError, lang: str, with_path: bool = True) -> str:
    """The error's one line in ``lang``, with "did you mean ...?" when there is a close
    name (then the value is a typo and is shown; else a value echoed from the user's
    input is hidden, :func:`kommunlint.errors.echo`). ``with_path``: ``path:line:`` in front."""
    suggestion = suggestion_for(error)
    near = suggestion is not None
    line = error.render(lang, near) if with_path else error.message(lang, near)
    if suggestion:
        line += f" ({cli_extra('did-you-mean', lang, suggestion=suggestion)})"
    return line


def _fail(error: KommunlintError, lang: str) -> None:
    typer.echo(f"kommunlint: {render_error(error, lang)}", err=True)
    raise typer.Exit(2)


def _fail_text(message: str) -> None:
    typer.echo(f"kommunlint: {message}", err=True)
    raise typer.Exit(2)


def _choice(option: str, value: Optional[str], allowed: tuple[str, ...], lang: str) -> Optional[str]:
    if value is not None and value not in allowed:
        _fail(KommunlintError("bad-choice", option=option, allowed=", ".join(allowed), value=value), lang)
    return value


def _size(option: str, value: Optional[str], lang: str) -> Optional[int]:
    """``--max-size`` in bytes (``None`` when not given); a bad value is a usage error."""
    from .safeio import parse_size

    try:
        return None if value is None else parse_size(value)
    except (ValueError, OverflowError):
        _fail(KommunlintError("bad-size", key=option, value=errors.safe_name(value[:40])), lang)


def _lang(lang: Optional[str]) -> str:
    """``--lang`` validated (a bad one is a usage error, in the default language), or the
    default language. The result is passed on explicitly: there is no global language."""
    return _choice("--lang", lang, LANGS, default_lang()) or default_lang()


def _split(values: Optional[List[str]]) -> list[str]:
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def _resolve_profile(name: Optional[str]) -> Optional[str]:
    from .names import resolve_profile

    return resolve_profile(name) if name else name


def _listing_console():
    """A rich console for tables; wide when piped, so lines are not wrapped mid-word."""
    from rich.console import Console

    console = Console(soft_wrap=True)
    if not console.is_terminal:
        console.width = 200
    return console


def _color() -> bool:
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


def _exit_for(severities: set[str], fail_on: str) -> int:
    """1 when any of the findings' ``severities`` is at or above ``fail_on`` (``never``: 0), else 0."""
    from .finding import severity_rank

    if fail_on == "never":
        return 0
    limit = severity_rank(fail_on)
    return int(any(severity_rank(s) <= limit for s in severities))


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


# -- help in one language -------------------------------------------------------------
def _localise_help(lang: str) -> None:
    """Put typer's own help strings (panel titles, ``[required]``, ``[default: ...]``)
    into ``lang``; called just before help is drawn, so normal runs never import rich."""
    from typer import rich_utils

    rich_utils.ARGUMENTS_PANEL_TITLE = cli_extra("help-arguments", lang)
    rich_utils.OPTIONS_PANEL_TITLE = cli_extra("help-options", lang)
    rich_utils.COMMANDS_PANEL_TITLE = cli_extra("help-commands", lang)
    rich_utils.ERRORS_PANEL_TITLE = cli_extra("help-error", lang)
    rich_utils.REQUIRED_LONG_STRING = cli_extra("help-required", lang)
    rich_utils.DEFAULT_STRING = cli_extra("help-default", lang)
    rich_utils.ENVVAR_STRING = cli_extra("help-env", lang)
    rich_utils.RICH_HELP = cli_extra("help-try", lang)


#: Marks a help text that is still a key of ``data/cli_texts.yaml``.
LAZY = "\x00"


def _lazy(value, lang: str, epilog: bool = False):
    if not isinstance(value, str) or not value.startswith(LAZY):
        return value
    value = cli_extra(value[len(LAZY):], lang)
    if epilog:  # its heading, then the example lines unwrapped (click's \b marker)
        heading, *examples = value.split("\n\n")
        value = heading + "\n\n\b\n" + "\n".join(examples)
    return value


def _fill_help(command, lang: str) -> None:
    """Replace ``command``'s lazy help texts (its own, its epilog, its parameters')."""
    command.help = _lazy(command.help, lang)
    command.short_help = _lazy(command.short_help, lang)
    command.epilog = _lazy(command.epilog, lang, epilog=True)
    for param in command.params:
        if hasattr(param, "help"):
            param.help = _lazy(param.help, lang)


def _localised(base):
    """A typer command/group class whose help, usage line and ``--help`` text are in the
    language the app was built with (``context_settings["obj"]``-free: a class attribute)."""

    class Localised(base):
        lang = "en"

        def get_help_option(self, ctx):
            option = super().get_help_option(ctx)
            if option is not None and getattr(self, "_drawing_help", False):
                option.help = cli_extra("help-help", self.lang)  # only then: no YAML at start-up
            return option

        def format_usage(self, ctx, formatter):
            pieces = self.collect_usage_pieces(ctx)
            formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=cli_extra("help-usage", self.lang) + " ")

        def format_help(self, ctx, formatter):
            self._drawing_help = True
            _localise_help(self.lang)
            _fill_help(self, self.lang)
            for command in getattr(self, "commands", {}).values():
                _fill_help(command, self.lang)
            super().format_help(ctx, formatter)
            # click writes these itself (no catalogue for sv/fi): translate them in place
            required = cli_extra("help-required", self.lang)
            default = cli_extra("help-default", self.lang).split("{")[0]
            import re

            headings = {name: cli_extra(f"help-{name.lower()}", self.lang) for name in ("Arguments", "Options", "Commands")}
            out = "".join(formatter.buffer).replace("[required]", required).replace("[default: ", default)
            out = re.sub(r"^(\s*)(Arguments|Options|Commands):$", lambda m: m.group(1) + headings[m.group(2)] + ":", out, flags=re.M)
            formatter.buffer[:] = [out if out.endswith("\n") else out + "\n"]

    return Localised


def make_app(lang: str) -> typer.Typer:
    """The typer app with every help text in ``lang`` (sv, fi, en)."""
    # Help texts are looked up only when help is drawn (see _localised): reading them
    # at every start would cost kommunlint check a few milliseconds.
    H = lambda key: LAZY + key  # noqa: E731
    E = lambda key: LAZY + key  # noqa: E731
    group_cls = type("KommunlintGroup", (_localised(TyperGroup),), {"lang": lang})
    command_cls = type("KommunlintCommand", (_localised(TyperCommand),), {"lang": lang})
    app = typer.Typer(
        add_completion=True,
        pretty_exceptions_enable=False,
        no_args_is_help=True,
        rich_markup_mode=None,  # help texts are plain: "[personnummer]" is not markup
        cls=group_cls,
        help=H("help-app"),
        epilog=E("epilog-app"),
    )

    def version_callback(value: bool) -> None:
        if value:
            typer.echo(f"kommunlint {__version__}")
            raise typer.Exit(0)

    @app.callback()
    def root(
        version: bool = typer.Option(False, "--version", help=H("help-version"), callback=version_callback, is_eager=True),
        help_language: Optional[str] = typer.Option(None, "--lang", help=H("opt-lang"), hidden=True),
    ) -> None:
        # --lang before the command only chooses the help's language (read in help_lang)
        pass

    @app.command(cls=command_cls, help=H("help-check"), epilog=E("epilog-check"))
    def check(
        paths: List[str] = typer.Argument(None, metavar="[PATH]...", help=H("opt-paths"), show_default=False),
        profile: Optional[str] = typer.Option(None, "--profile", "-p", help=H("opt-profile")),
        account: Optional[str] = typer.Option(None, help=H("opt-account")),
        kind: Optional[str] = typer.Option(None, help=H("opt-kind")),
        fmt: Optional[str] = typer.Option(None, "--format", "-f", help=H("opt-format")),
        fail_on: Optional[str] = typer.Option(None, "--fail-on", help=H("opt-fail-on")),
        lang: Optional[str] = typer.Option(None, "--lang", help=H("opt-lang")),
        select: Optional[List[str]] = typer.Option(None, "--select", help=H("opt-select")),
        ignore: Optional[List[str]] = typer.Option(None, "--ignore", help=H("opt-ignore")),
        show_pii: bool = typer.Option(False, "--show-pii", help=H("opt-show-pii")),
        config: Optional[str] = typer.Option(None, "--config", "-c", help=H("opt-config")),
        baseline: Optional[str] = typer.Option(None, "--baseline", help=H("opt-baseline")),
        write_baseline: Optional[str] = typer.Option(None, "--write-baseline", help=H("opt-write-baseline")),
        max_size: Optional[str] = typer.Option(None, "--max-size", help=H("opt-max-size")),
    ) -> None:
        run_check(paths, profile, account, kind, fmt, fail_on, lang, select, ignore, show_pii, config, baseline, write_baseline, max_size)

    @app.command(cls=command_cls, help=H("help-strip"), epilog=E("epilog-strip"))
    def strip(
        path: str = typer.Argument("-", metavar="FILE", help=H("opt-draft")),
        markdown: Optional[bool] = typer.Option(None, "--markdown/--keep-markdown", help=H("opt-keep-markdown"), show_default=False),
        lang: Optional[str] = typer.Option(None, "--lang", help=H("opt-lang")),
    ) -> None:
        run_strip(path, markdown, lang)

    @app.command(cls=command_cls, help=H("help-profiles"))
    def profiles(lang: Optional[str] = typer.Option(None, "--lang", help=H("opt-lang"))) -> None:
        run_profiles(lang)

    @app.command(cls=command_cls, help=H("help-rules"))
    def rules(lang: Optional[str] = typer.Option(None, "--lang", help=H("opt-lang"))) -> None:
        run_rules(lang)

    @app.command(cls=command_cls, help=H("help-explain"), epilog=E("epilog-explain"))
    def explain(
        rule_id: str = typer.Argument(..., metavar="RULE", help=H("opt-rule")),
        profile: Optional[str] = typer.Option(None, "--profile", "-p", help=H("opt-explain-profile")),
        lang: Optional[str] = typer.Option(None, "--lang", help=H("opt-lang")),
    ) -> None:
        run_explain(rule_id, profile, lang)

    @app.command(cls=command_cls, help=H("help-redact"), epilog=E("epilog-redact"))
    def redact(
        path: str = typer.Argument(..., metavar="FILE", help=H("opt-draft")),
        profile: Optional[str] = typer.Option(None, "--profile", "-p", help=H("opt-profile")),
        in_place: bool = typer.Option(False, "--in-place", help=H("opt-in-place")),
        backup: bool = typer.Option(False, "--backup", help=H("opt-backup")),
        lang: Optional[str] = typer.Option(None, "--lang", help=H("opt-redact-lang")),
        config: Optional[str] = typer.Option(None, "--config", "-c", help=H("opt-config")),
    ) -> None:
        run_redact(path, profile, in_place, lang, backup, config)

    @app.command(cls=command_cls, help=H("help-serve"), epilog=E("epilog-serve"))
    def serve(
        host: str = typer.Option("127.0.0.1", "--host", help=H("opt-host")),
        port: int = typer.Option(8765, "--port", help=H("opt-port")),
        no_browser: bool = typer.Option(False, "--no-browser", help=H("opt-no-browser")),
        lang: Optional[str] = typer.Option(None, "--lang", help=H("opt-lang")),
    ) -> None:
        run_serve(host, port, no_browser, lang)

    _localise_completion(app, lang)
    return app


def _localise_completion(app: typer.Typer, lang: str) -> None:
    """Help of typer's ``--install-completion``/``--show-completion`` in ``lang``."""
    original = app._add_completion  # noqa: SLF001 - typer builds these options itself

    if not original:
        return
    from typer import main as typer_main

    make = typer_main.get_install_completion_arguments

    def localised():
        install, show = make()
        install.help = LAZY + "help-install-completion"
        show.help = LAZY + "help-show-completion"
        return install, show

    typer_main.get_install_completion_arguments = localised


# -- the commands ----------------------------------------------------------------------
def run_check(paths, profile, account, kind, fmt, fail_on, lang, select, ignore, show_pii, config, baseline, write_baseline, max_size=None) -> None:
    """``kommunlint check`` (see :func:`make_app` for the options)."""
    from .config import config_for
    from .linter import Options
    from .messages import cli_text
    from .report import FORMATS, MACHINE_FORMATS, Collector, InputProblem, ReportContext, render
    from .runner import Job, expand, run

    usage_lang = _lang(lang)
    _choice("--account", account, ("personal", "official"), usage_lang)
    _choice("--kind", kind, ("post", "reply"), usage_lang)
    _choice("--format", fmt, tuple(FORMATS), usage_lang)
    _choice("--fail-on", fail_on, FAIL_ON, usage_lang)
    if not paths and sys.stdin.isatty():  # nothing piped in: say how to use it, don't wait
        _fail_text(cli_extra("no-path-on-terminal", usage_lang))
    paths = list(paths) if paths else ["-"]
    profile = _resolve_profile(profile)
    try:
        # Run-wide settings come from --config or the config governing the first path;
        # a broken discovered config is reported for the files it governs, not here.
        try:
            run_config = config_for(paths[0], config)
        except KommunlintError:
            if config:
                raise
            from .config import EMPTY as run_config
        lang = lang or run_config.lang or default_lang()
        fail_on = fail_on or run_config.fail_on or "error"
        if fmt is None:  # as yamllint: annotations when running inside GitHub Actions
            fmt = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
        options = Options(lang=lang, select=_split(select), ignore=_split(ignore), show_pii=show_pii)
        job = Job({"account": account, "kind": kind, "profile": profile}, options, config, _size("--max-size", max_size, lang))
        known = None
        if baseline:  # baseline.py imports hashlib and tempfile: only for --baseline
            from .baseline import Baseline

            known = Baseline.load(baseline)
        files = expand(paths, config)
        if not files:  # an empty folder or everything excluded: say so, it may be a wrong path
            typer.echo(f"kommunlint: {', '.join(map(errors.safe_name, paths))}: {cli_text('no-posts', lang)}", err=True)
        problems: list[InputProblem] = []

        def on_input_error(exc: InputError) -> None:
            typer.echo(f"kommunlint: {render_error(exc, lang)}", err=True)
            problems.append(InputProblem.of(exc, lang, render_error(exc, lang, with_path=False)))

        ctx = ReportContext(lang=lang, show_pii=show_pii, color=_color() and fmt == "text", errors=problems)
        # Without a baseline the report is built as results come (report.Collector):
        # 10,000 posts need not be kept. A baseline needs every result at the end.
        collector = None if (baseline or write_baseline) else Collector(fmt, ctx)
        with _Progress(len(files), fmt in MACHINE_FORMATS, lang) as advance:
            results = run(job, files, on_input_error, advance, sink=collector.add if collector else None)
        if write_baseline:
            from .baseline import write

            count = write(write_baseline, results)
            typer.echo(f"kommunlint: {cli_text('baseline-written', lang, path=write_baseline, count=count)}", err=True)
        hidden = known.filter(results) if known else 0
    except KommunlintError as exc:
        _fail(exc, lang or usage_lang)
    input_errors = sum(p.level == "error" for p in problems)  # a skipped FIFO is a note
    ctx.input_errors = input_errors
    if collector is not None:
        collector.write(sys.stdout)
    else:
        sys.stdout.write(render(fmt, results, ctx))
    if hidden and fmt not in MACHINE_FORMATS:
        typer.echo(f"kommunlint: {cli_text('baseline-known', lang, count=hidden)}", err=True)
    if input_errors:
        raise typer.Exit(2)
    if write_baseline:
        raise typer.Exit(0)
    raise typer.Exit(_exit_for(collector.severities if collector else {f.severity for r in results for f in r.findings}, fail_on))


def run_strip(path: str, markdown: Optional[bool], lang: Optional[str]) -> None:
    """``kommunlint strip``: front matter, HTML comments and (for ``.md`` files, or with
    ``--markdown``) Markdown markup removed; ``--keep-markdown`` keeps the markup."""
    from .plaintext import markdown_to_text, remove_html_comments
    from .post import read_post
    from .suppress import strip as stripped

    lang = _lang(lang)
    try:
        post = read_post(path)
    except KommunlintError as exc:
        _fail(exc, lang)
    out = remove_html_comments(stripped(post))
    if markdown is None:
        markdown = path.lower().endswith((".md", ".markdown"))
    if markdown:
        out = markdown_to_text(out)
    else:
        out = out.strip("\n") + "\n" if out.strip() else ""
    sys.stdout.write(out)


def run_profiles(lang: Optional[str]) -> None:
    """``kommunlint profiles``."""
    from rich.table import Table

    from .messages import cli_text
    from .profile import describe_profiles

    lang = _lang(lang)
    table = Table(box=None)
    for key in ("col-profile", "col-municipality", "col-languages", "col-aliases", "col-document"):
        table.add_column(cli_text(key, lang))
    try:
        for p in describe_profiles():
            names = f"{p.municipality_name('sv')} / {p.municipality_name('fi')}"
            table.add_row(p.id, names, ", ".join(_spellings(p.id, p.aliases)), p.document.get("title", ""))
    except KommunlintError as exc:
        _fail(exc, lang)
    _listing_console().print(table)


def _spellings(profile_id: str, aliases: list[str]) -> list[str]:
    """A profile's aliases plus the spellings of ``data/profile_names.yaml`` (not the id)."""
    from .names import _key, _table

    out = list(aliases)
    for spelling, target in _table().items():
        if target == profile_id and spelling != profile_id and spelling not in [_key(a) for a in out] and " " not in spelling:
            out.append(spelling)
    return out


def run_rules(lang: Optional[str]) -> None:
    """``kommunlint rules``."""
    from rich.table import Table

    from .messages import cli_text, description
    from .registry import all_rules

    lang = _lang(lang)
    table = Table(box=None)
    for key in ("col-rule", "col-group", "col-severity", "col-description"):
        table.add_column(cli_text(key, lang))
    for rule in all_rules():
        table.add_row(rule.id, rule.group, cli_text(f"severity-{rule.severity}", lang), description(rule.id, lang))
    _listing_console().print(table)


def run_explain(rule_id: str, profile: Optional[str], lang: Optional[str]) -> None:
    """``kommunlint explain RULE|GROUP``: :func:`explain_text` for each rule of the group."""
    from .profile import BASE, load_profile
    from .registry import expand

    lang = _lang(lang)
    try:
        rule_ids = expand(rule_id)
    except KeyError:
        _fail(KommunlintError("unknown-rule", rule=rule_id), lang)
    try:
        prof = load_profile(_resolve_profile(profile) or BASE)
    except KommunlintError as exc:
        _fail(exc, lang)
    typer.echo("\n\n".join(explain_text(one, prof, lang) for one in rule_ids))


def explain_text(rule_id: str, prof, lang: str) -> str:
    """The text ``kommunlint explain`` prints for one rule in profile ``prof`` (ruff's layout).

    Heading with id and one-line description; what the rule checks; why; the profile's
    severity and the clauses it cites, quoted verbatim with their locators (a rule that
    is off in the profile says so and nothing more); an example that fails and one that
    passes.
    """
    import textwrap

    from .messages import cli_text, description, docs
    from .registry import get_rule

    def paragraph(text: str) -> str:
        # "24 §", "kap. 5 §": keep the sign with its number when wrapping.
        glued = " ".join(text.split()).replace(" §", "\0§")
        return textwrap.fill(glued, width=88, break_on_hyphens=False).replace("\0", " ")

    def example(post: str) -> str:
        return "```\n" + post.rstrip("\n") + "\n```"

    rule_docs = docs(rule_id, lang)
    settings = prof.settings(rule_id)
    out = [f"# {rule_id}", "", description(rule_id, lang), ""]
    out += [f"## {cli_text('explain-what', lang)}", paragraph(rule_docs.what), ""]
    out += [f"## {cli_text('explain-why', lang)}", paragraph(rule_docs.why), ""]
    out.append(f"## {cli_text('explain-profile', lang)}")
    if not settings.enabled:
        out.append(cli_text("explain-disabled", lang, profile=prof.id))
    else:
        severity = cli_text(f"severity-{settings.severity or get_rule(rule_id).severity}", lang)
        out.append(cli_text("explain-severity", lang, profile=prof.id, severity=severity))
        clauses = prof.cited(rule_id)
        if clauses:
            out.append(cli_text("explain-clauses", lang, municipality=prof.municipality_name(lang), document=prof.document.get("title", "")))
            out += [f"  {clause.locator}: ”{clause.text}”" for clause in clauses]
        else:
            out.append(cli_text("explain-no-clauses", lang, profile=prof.id))
    out.append("")
    out.append(f"## {cli_text('explain-fails', lang)}")
    if rule_docs.example_lang != lang:
        out.append(cli_text(f"explain-example-{rule_docs.example_lang}", lang))
    out += [example(rule_docs.fails), ""]
    out += [f"## {cli_text('explain-passes', lang)}", example(rule_docs.passes)]
    return "\n".join(out)


def run_redact(path: str, profile: Optional[str], in_place: bool, lang: Optional[str], backup: bool = False, config: Optional[str] = None) -> None:
    """``kommunlint redact``: the clean copy to stdout, or ``--in-place`` (see
    :func:`kommunlint.redact.redact_in_place`: never through a link, owner and mode kept,
    the backup only with ``--backup``).

    The post and its profile are read as ``check`` reads them (:meth:`kommunlint.runner.Job.load`:
    config discovery or ``--config``, its ``rules`` and ``overrides``, front matter,
    ``--profile``), so what is redacted is what ``check`` reports as personal data.
    Placeholders are in ``--lang`` when given, else in each sentence's language.
    """
    from .config import config_for
    from .linter import Options
    from .redact import redact as redact_post
    from .redact import redact_in_place
    from .runner import Job

    usage_lang = _lang(lang)
    if in_place and path == "-":
        _fail(KommunlintError("redact-stdin-in-place"), usage_lang)
    if in_place and path.lower().endswith(".docx"):
        _fail_text(f"{errors.safe_name(path)}: {cli_extra('docx-in-place', usage_lang)}")
    messages_lang = usage_lang
    try:
        run_config = config_for(path, config)
        messages_lang = lang or run_config.lang or default_lang()
        job = Job({"account": None, "kind": None, "profile": _resolve_profile(profile)}, Options(lang=messages_lang), config)
        if in_place:
            kept = redact_in_place(path, backup=backup, job=job, lang=lang)
            if kept:
                from .messages import cli_text

                typer.echo(f"kommunlint: {errors.safe_name(path)}: {cli_text('redact-backup', messages_lang, backup=errors.safe_name(kept))}", err=True)
            return
        post, prof = job.load(path)
        text = redact_post(post, prof, lang=lang)
    except KommunlintError as exc:
        _fail(exc, messages_lang)
    sys.stdout.write(text)


def run_serve(host: str, port: int, no_browser: bool, lang: Optional[str]) -> None:
    """``kommunlint serve``: bind, print the URL, open the browser, serve until Ctrl+C.
    Starlette and uvicorn are imported only here."""
    lang = _lang(lang)
    from .web.app import bind, serve as run_server, url_for

    try:
        sock = bind(host, port)
    except OSError as exc:
        _fail_text(cli_extra("cannot-listen", lang, host=host, port=port, reason=exc.strerror or str(exc)))
    url = url_for(host, sock.getsockname()[1])
    typer.echo(cli_extra("serving", lang, url=url))
    opener = None
    if not no_browser:
        import webbrowser

        opener = lambda: webbrowser.open(url)  # noqa: E731
    try:
        run_server(sock, opener)
    except KeyboardInterrupt:
        pass


app = make_app(help_lang())


def main() -> None:
    """Console-script entry point.

    An unexpected internal error is one line too (reports end up in CI logs and
    are read by non-programmers); ``KOMMUNLINT_DEBUG=1`` shows the traceback.
    """
    try:
        code = app(standalone_mode=False)
    except _UsageError as exc:
        sys.exit(usage_error(exc))
    except KommunlintError as exc:
        typer.echo(f"kommunlint: {render_error(exc, default_lang())}", err=True)
        sys.exit(2)
    except Exception as exc:  # noqa: BLE001 - last resort, see docstring
        if os.environ.get("KOMMUNLINT_DEBUG"):
            raise
        typer.echo(f"kommunlint: internal error: {type(exc).__name__}: {exc} (KOMMUNLINT_DEBUG=1 shows details)", err=True)
        sys.exit(2)
    code = code if isinstance(code, int) else 0
    if _ends_the_program(sys._getframe(1)):
        _exit_now(code)
    sys.exit(code)


def _ends_the_program(caller) -> bool:
    """Whether :func:`main` was called by the program's own entry point -- the top
    level of ``python -m kommunlint`` or of the ``kommunlint`` console script, where
    nothing runs after it -- with no other thread left to wait for. A script or test
    that calls ``main()`` itself (and may catch its ``SystemExit`` and go on) is not,
    nor is a run under a profiler, tracer or debugger (``python -m cProfile -m
    kommunlint`` writes its statistics after ``main`` returns)."""
    import threading

    if caller is None or caller.f_code.co_name != "<module>" or caller.f_globals.get("__name__") != "__main__":
        return False
    if sys.getprofile() is not None or sys.gettrace() is not None or threading.active_count() != 1:
        return False
    below = caller.f_back  # only runpy's frames under ``python -m``, none under a script
    while below is not None:
        if below.f_globals.get("__name__") != "runpy":
            return False
        below = below.f_back
    spec = caller.f_globals.get("__spec__")
    if spec is not None:
        return spec.name == "kommunlint.__main__"
    return os.path.basename(caller.f_code.co_filename).lower() in ("kommunlint", "kommunlint-script.py")


def _exit_now(code: int) -> None:
    """End the process with ``code`` without the interpreter's teardown.

    Python's exit frees every object one by one (the offensive lexicons, the
    vocabularies, the compiled patterns): about 40 ms of CPU, a quarter of a cold check
    of one post (issue 15), for memory the operating system takes back anyway. What the
    exit must still do is done first, in the same order: the ``atexit`` handlers (the
    pattern cache's write, ``multiprocessing``'s clean-up), then the standard streams
    flushed. A stream that cannot be flushed (a closed pipe) takes the ordinary exit,
    which reports it as Python always does."""
    import atexit

    run_handlers = getattr(atexit, "_run_exitfuncs", None)  # CPython's; runs each handler once and clears them
    if run_handlers is None:  # pragma: no cover - another interpreter: the ordinary exit
        sys.exit(code)
    run_handlers()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        sys.exit(code)
    os._exit(code)


try:  # typer 0.28 vendors click as typer._click; the exceptions are not re-exported
    from typer._click.exceptions import NoArgsIsHelpError as _NoArgsIsHelp, NoSuchOption as _NoSuchOption, UsageError as _UsageError
except ImportError:  # pragma: no cover - a typer using the installed click
    from click.exceptions import NoArgsIsHelpError as _NoArgsIsHelp, NoSuchOption as _NoSuchOption, UsageError as _UsageError


def usage_error(exc) -> int:
    """Report a command-line usage error in the help's language as one line on stderr
    (an unknown option gets "did you mean ...?"); returns the exit code (2)."""
    from .names import did_you_mean

    if isinstance(exc, _NoArgsIsHelp):
        exc.show()
        return exc.exit_code
    lang = help_lang()
    path = exc.ctx.command_path if exc.ctx else "kommunlint"
    command = exc.ctx.info_name if exc.ctx and exc.ctx.parent else "kommunlint"
    if isinstance(exc, _NoSuchOption):
        options = [o for p in (exc.ctx.command.params if exc.ctx else []) for o in getattr(p, "opts", []) + getattr(p, "secondary_opts", []) if o.startswith("--")]
        line = cli_extra("no-such-option", lang, command=command, option=exc.option_name)
        suggestion = did_you_mean(exc.option_name, options)
        if suggestion:
            line += f" ({cli_extra('did-you-mean', lang, suggestion=suggestion)})"
    else:
        line = f"{command}: {exc.format_message()}"
    typer.echo(f"kommunlint: {line}; {cli_extra('usage-help', lang, command=path)}", err=True)
    return 2


if __name__ == "__main__":  # pragma: no cover
    main()
