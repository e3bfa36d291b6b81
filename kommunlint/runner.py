"""Checking many files: configuration per file, effective profiles, and a process pool.

:func:`run` is what ``kommunlint check`` does between parsing its options and
rendering the report. Each file gets the configuration discovered from its
directory (:mod:`kommunlint.config`); its profile is built in precedence order
built-in profile < config ``rules`` < matching ``overrides`` < front matter < CLI.

Above :data:`PARALLEL_MIN` files on a machine with more than one core, files are
checked in a forked process pool: the parent checks the first file itself, so the
rule modules and their data are loaded once and inherited by the workers.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from .config import Config, config_for
from .errors import InputError, KommunlintError
from .linter import Options, Result, lint
from .profile import BASE, Profile, apply_rule_settings, load_profile

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

    def check(self, path: str) -> Result:
        """Read and lint one file. Raises :class:`KommunlintError` (input or configuration)."""
        from .post import read_post

        config = config_for(path, self.config)
        profile_name, meta_defaults, layers = config.settings_for(path) if config.source else (None, {}, [])
        post = read_post(path, self.cli_meta)
        # Front matter and CLI are already in post.meta; the config only fills gaps.
        for key, value in meta_defaults.items():
            post.meta.setdefault(key, value)
        name = str(post.meta.get("profile") or profile_name or BASE)
        post.meta["profile"] = name
        return lint(post, self.profile(name, config, layers), self.options)


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


def expand(paths: list[str], explicit_config: str | None) -> list[str]:
    """Files to check: directories expanded (:func:`iter_paths`), ``exclude`` applied."""
    out = []
    for path in iter_paths(paths):
        if path != "-" and os.path.isfile(path):
            config = config_for(path, explicit_config)
            if config.source and config.excluded(path):
                continue
        out.append(path)
    return out


# -- the pool --------------------------------------------------------------------
_JOB: Job | None = None


def _work(path: str):
    """Worker: ``("ok", post, findings, pii_spans)`` or ``("error", fatal, key, path, line, args)``."""
    try:
        result = _JOB.check(path)
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
    cls = KommunlintError if fatal else InputError
    return cls(key, path, line, **args)


def run(job: Job, files: list[str], on_input_error: Callable[[InputError], None], advance: Callable[[], None] | None = None) -> list[Result]:
    """Check ``files`` in order; return their results.

    A file that cannot be read is passed to ``on_input_error`` and skipped; any other
    :class:`KommunlintError` (a bad profile or configuration) is raised. ``advance``
    is called once per file (progress bar).
    """
    global _JOB
    results: list[Result] = []

    def take(outcome: Result | KommunlintError) -> None:
        if isinstance(outcome, InputError):
            on_input_error(outcome)
        elif isinstance(outcome, KommunlintError):
            raise outcome
        else:
            results.append(outcome)
        if advance:
            advance()

    def direct(path: str) -> Result | KommunlintError:
        try:
            return job.check(path)
        except InputError as exc:
            return exc

    # KOMMUNLINT_JOBS=1 turns the pool off (benchmarks, debugging); default: the cores, at most 4.
    workers = int(os.environ.get("KOMMUNLINT_JOBS") or 0) or min(os.cpu_count() or 1, 4)
    if len(files) < PARALLEL_MIN or workers < 2 or "fork" not in _start_methods():
        for path in files:
            take(direct(path))
        return results
    # Warm up in the parent (imports, data files, profiles) so the workers inherit it.
    take(direct(files[0]))
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    _JOB = job
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            chunk = max(1, min(32, len(files) // (workers * 8)))
            for item in pool.map(_work, files[1:], chunksize=chunk):
                take(_rebuild(job, item))
    finally:
        _JOB = None
    return results


def _start_methods() -> list[str]:
    import multiprocessing

    return multiprocessing.get_all_start_methods()
