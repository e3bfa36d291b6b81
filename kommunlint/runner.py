"""Checking many files: configuration per file, effective profiles, and a process pool.

:func:`run` is what ``kommunlint check`` does between parsing its options and
rendering the report. Each file gets the configuration discovered from its
directory (:mod:`kommunlint.config`); its profile is built in precedence order
built-in profile < config ``rules`` < matching ``overrides`` < front matter < CLI.

Above :data:`PARALLEL_MIN` files on a machine with more than one core, files are
checked in a forked process pool: the parent checks the first file itself, so the
rule modules and their data are loaded once and inherited by the workers.

One bad input never stops the run: a file that cannot be read, has bad front matter,
names an unknown profile, or is governed by a broken configuration is reported in
one line (naming the file and line) and the other files are still checked; a folder
that cannot be read is reported too, and a FIFO or device in a checked folder is
skipped with a note.
"""

from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterator

from .config import Config, config_for
from .errors import InputError, KommunlintError, Note, ProfileError
from .linter import Options, Result, lint
from .profile import BASE, Profile, apply_rule_settings, load_profile

if TYPE_CHECKING:
    from .post import Post

#: What a directory is searched for.
POST_SUFFIXES = (".txt", ".md", ".docx")
#: Below this many files a pool costs more (fork, pickling) than it saves.
PARALLEL_MIN = 150
_CACHED_ON_POST = ("paragraphs", "sentences", "sentence_starts", "paragraph_starts", "_line_starts")


@dataclass
class Job:
    """What every file of one run shares.

    Attributes:
        cli_meta: ``profile``/``account``/``kind`` given on the command line (``None``: unset).
        options: linter options (language, select, ignore, show_pii).
        config: ``--config FILE`` or ``None`` to discover per file.
    """

    cli_meta: dict[str, Any]
    options: Options
    config: str | None = None
    #: ``--max-size`` in bytes (``None``: the file's configuration, else 5 MB)
    max_size: int | None = None
    _profiles: dict[tuple, Profile] = field(default_factory=dict)

    def profile(self, name: str, config: Config, layers: list[tuple[dict, tuple]]) -> Profile:
        """The effective profile ``name`` with the config's rule ``layers`` applied (cached).

        ``name`` may be written as people write it (``Hangö``, ``kokkola``): see
        :func:`kommunlint.names.resolve_profile`.
        """
        from .names import resolve_profile

        name = resolve_profile(name)
        key = (name, config.source, tuple(path for _, path in layers))
        if key not in self._profiles:
            profile = load_profile(name)
            for rules, path in layers:
                apply_rule_settings(profile, rules, config.lines, config.source or "", path)
            self._profiles[key] = profile
        return self._profiles[key]

    def load(self, path: str, source: str | None = None) -> tuple["Post", Profile]:
        """The post at ``path`` and its effective profile, as ``check`` sees them (config
        discovery or ``--config``, its ``rules`` and ``overrides``, front matter, CLI).

        ``source``: the already decoded text of the file (``redact --in-place`` reads the
        bytes itself); else the file is read. Raises :class:`KommunlintError` (input or
        configuration).
        """
        from .post import parse_post, read_post

        config = config_for(path, self.config)
        profile_name, meta_defaults, layers = config.settings_for(path) if config.source else (None, {}, [])
        if source is None:
            post = read_post(path, self.cli_meta, self.max_size or config.max_size)
        else:
            post = parse_post(source, path, self.cli_meta)
        # Front matter and CLI are already in post.meta; the config only fills gaps.
        for key, value in meta_defaults.items():
            post.meta.setdefault(key, value)
        name = str(post.meta.get("profile") or profile_name or BASE)
        post.meta["profile"] = name
        try:
            profile = self.profile(name, config, layers)
        except ProfileError as exc:
            if exc.path is None and not self.cli_meta.get("profile") and "profile" in post.meta_lines:
                # An unknown name in this post's front matter: the post's own error.
                raise InputError(exc.key, post.path, post.meta_lines["profile"], **exc.args_) from None
            raise
        return post, profile

    def check(self, path: str, source: str | None = None) -> Result:
        """Read and lint one file (:meth:`load`). Raises :class:`KommunlintError` (input or configuration)."""
        post, profile = self.load(path, source)
        return lint(post, profile, self.options)


def iter_paths(paths: list[str]) -> Iterator[str | KommunlintError]:
    """Expand ``paths``: files as given, directories into their .txt/.md/.docx files
    (sorted, hidden folders and Word's ``~$`` lock files skipped), ``-`` for stdin. A missing path is yielded as is, so that
    reading it reports the error. A folder that cannot be read is yielded as an
    :class:`InputError`; a FIFO, device or socket found in a folder as a :class:`Note`
    (it is never opened)."""
    from .safeio import is_regular

    for path in paths:
        if path != "-" and os.path.isdir(path):
            found: list[str | KommunlintError] = []
            problems: list[KommunlintError] = []

            def unreadable(exc: OSError) -> None:
                folder = exc.filename or path
                problems.append(InputError("folder-unreadable", str(folder), reason=exc.strerror or str(exc)))

            for root, dirs, files in os.walk(path, onerror=unreadable):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in files:
                    # "~$draft.docx" is the lock file Word keeps beside an open document.
                    if not name.endswith(POST_SUFFIXES) or name.startswith("~$"):
                        continue
                    full = os.path.join(root, name)
                    regular, kind = is_regular(full)
                    if regular or kind == "missing":  # missing: a dangling link, reported when read
                        found.append(full)
                    elif kind != "directory":
                        problems.append(Note("skipped-special", full, kind=kind))
            yield from problems
            yield from sorted(found, key=str)
        else:
            yield path


def expand(paths: list[str], explicit_config: str | None) -> list[str | KommunlintError]:
    """Files to check: directories expanded (:func:`iter_paths`), ``exclude`` applied.

    Problems found while expanding (an unreadable folder, a FIFO skipped) are kept in
    the list as :class:`KommunlintError` items; :func:`run` reports them. A file whose
    configuration cannot be loaded is kept (checking it reports the configuration error).
    """
    out: list[str | KommunlintError] = []
    for path in iter_paths(paths):
        if isinstance(path, KommunlintError):
            out.append(path)
            continue
        if path != "-" and os.path.isfile(path):
            try:
                config = config_for(path, explicit_config)
            except KommunlintError:
                config = None
            if config is not None and config.source and config.excluded(path):
                continue
        out.append(path)
    return out


def jobs() -> int:
    """Worker processes: ``KOMMUNLINT_JOBS`` (at most the CPU count), else the cores, at most 4.

    ``KOMMUNLINT_JOBS=0`` or unset: the default; ``1``: no pool. Raises
    :class:`KommunlintError` (``bad-jobs``, a usage error) when it is not a whole number ≥ 0.
    """
    cpus = os.cpu_count() or 1
    value = os.environ.get("KOMMUNLINT_JOBS", "").strip()
    if not value:
        return min(cpus, 4)
    if not value.isdigit() or len(value) > 6:
        from .errors import safe_name

        raise KommunlintError("bad-jobs", value=safe_name(value[:20]))
    return min(int(value), cpus) if int(value) else min(cpus, 4)


# -- the pool --------------------------------------------------------------------
def _work(job: Job, path: str):
    """Worker: ``("ok", post, findings, pii_spans)`` or ``("error", fatal, key, path, line, args)``.

    ``job`` travels with each chunk of paths (no module-level state in the workers).
    """
    try:
        result = job.check(path)
    except KommunlintError as exc:
        return ("error", not isinstance(exc, InputError), exc.key, exc.path, exc.line, exc.args_)
    for name in _CACHED_ON_POST:  # recomputed on demand; not worth pickling back
        result.post.__dict__.pop(name, None)
    # The profile is rebuilt from the parent's cache rather than pickled per file.
    return ("ok", result.post, result.findings, result.pii_spans)


def _rebuild(job: Job, item) -> Result | KommunlintError:
    if item[0] == "ok":
        _, post, findings, pii_spans = item
        config = config_for(post.path, job.config)
        layers = config.settings_for(post.path)[2] if config.source else []
        return Result(post, job.profile(post.meta["profile"], config, layers), findings, pii_spans)
    _, fatal, key, path, line, args = item
    cls = ProfileError if fatal else InputError
    return cls(key, path, line, **args)


def _as_input_error(error: KommunlintError) -> InputError:
    """A configuration or profile error met while checking one file, as a per-file error."""
    return InputError(error.key, error.path, error.line, **error.args_)


def run(job: Job, files: list, on_input_error: Callable[[InputError], None], advance: Callable[[], None] | None = None,
        sink: Callable[[Result], None] | None = None) -> list[Result]:
    """Check ``files`` in order; return their results, or with ``sink`` pass each result
    to it as it comes (in order) and return an empty list, so that a long run need not
    keep them (:class:`kommunlint.report.Collector`).

    Every per-file problem (unreadable, bad front matter, unknown profile in front
    matter, a broken configuration or profile for that file) is passed to
    ``on_input_error`` as an :class:`InputError` and the run goes on; the same
    configuration error is passed once, not once per file it governs. Items of
    ``files`` that are already errors (from :func:`expand`) are passed first.
    ``advance`` is called once per file (progress bar). Raises
    :class:`KommunlintError` only for a bad ``KOMMUNLINT_JOBS``.
    """
    results: list[Result] = []
    reported: set[str] = set()
    workers = jobs()  # before any file: a usage error stops the run at once

    def take(outcome: Result | KommunlintError) -> None:
        if isinstance(outcome, KommunlintError):
            error = outcome if isinstance(outcome, InputError) else _as_input_error(outcome)
            line = error.render()
            if line not in reported:
                reported.add(line)
                on_input_error(error)
        else:
            # The post's sentences and paragraphs (copies of its text) are recomputed on
            # demand: kept for every result they doubled a long run's memory.
            for name in _CACHED_ON_POST:
                outcome.post.__dict__.pop(name, None)
            if sink is not None:
                sink(outcome)
            else:
                results.append(outcome)
        if advance:
            advance()

    def direct(path: str) -> Result | KommunlintError:
        try:
            return job.check(path)
        except KommunlintError as exc:
            return exc

    problems = [item for item in files if isinstance(item, KommunlintError)]
    files = [item for item in files if not isinstance(item, KommunlintError)]
    for problem in problems:
        if isinstance(problem, Note):
            on_input_error(problem)
            if advance:
                advance()
        else:
            take(problem)
    if not files:
        return results
    with _collector_after_first() as first_done:
        take(direct(files[0]))
        first_done()
        _rest(job, files, workers, take, direct)
    return results


@contextmanager
def _collector_after_first() -> Iterator[Callable[[], None]]:
    """Around a run: Python's cyclic garbage collector off until the first file is
    checked (the function this yields is called then), on from there with what the
    first file loaded frozen, and as the caller had it at the end (also on an error).

    The first file of a run loads what every file needs (modules, vocabularies, the
    offensive lexicons, compiled patterns): hundreds of thousands of objects, none of
    them garbage, which the collector would traverse again and again while they are
    made (6-7 ms of CPU, about 5 % of a cold check of one post, issue 15). Afterwards
    ``gc.freeze`` sets them aside (``gc.unfreeze`` at the end), so a long run's
    collections traverse only what later files make, and forked pool workers do not
    copy the pages the collector would touch. Objects are freed by their reference
    counts as always; only reference cycles wait for the collector, which runs as
    usual from the second file on. Nothing changes when the caller turned the
    collector off or froze objects itself (theirs to manage)."""
    if not gc.isenabled() or gc.get_freeze_count():
        yield lambda: None
        return
    froze = []

    def first_done() -> None:
        if not froze:
            froze.append(True)
            gc.freeze()
            gc.enable()

    gc.disable()
    try:
        yield first_done
    finally:
        if froze:
            gc.unfreeze()
        gc.enable()


def _rest(job: Job, files: list, workers: int, take: Callable, direct: Callable) -> None:
    """The files after the first of :func:`run`: one by one, or in a forked pool."""
    if len(files) < PARALLEL_MIN or workers < 2 or "fork" not in _start_methods():
        for path in files[1:]:
            take(direct(path))
        return
    # The parent checked the first file (imports, data files, profiles): the workers inherit it.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from functools import partial

    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        chunk = max(1, min(32, len(files) // (workers * 8)))
        for item in pool.map(partial(_work, job), files[1:], chunksize=chunk):
            take(_rebuild(job, item))


def _start_methods() -> list[str]:
    import multiprocessing

    return multiprocessing.get_all_start_methods()
