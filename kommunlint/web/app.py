"""The web page and HTTP API of ``kommunlint serve`` (Starlette, run by uvicorn).

Routes:

``GET /``
    The page (Jinja2 template ``templates/index.html``), in the language of
    ``?lang=`` or else the browser's ``Accept-Language`` (sv, fi, en).
``POST /api/check``
    JSON body ``{"text": str, "profile"?, "account"?, "kind"?, "platform"?, "lang"?}``;
    answers exactly the ``kommunlint check --format json`` document for one file
    whose ``path`` is :data:`DRAFT_PATH`.
``POST /api/publishable``
    The same body; answers ``{"text": str}``: the draft without front matter and
    kommunlint comments, personal data replaced as ``kommunlint redact`` does.
``POST /api/extract``
    The bytes of a ``.docx`` file; answers ``{"text": str}`` (paragraphs as lines).
``GET /api/profiles``, ``GET /api/rules``
    The built-in profiles and the rules (``?lang=``, ``?profile=``).

Errors are ``{"error": message}`` with a 4xx status, the message in the request's
language (``lang`` in the body or query, else ``Accept-Language``). Bodies above
:data:`MAX_BODY` bytes are refused with 413. Draft text is never logged or stored:
the app logs nothing and uvicorn runs without an access log.

Every response carries a strict Content-Security-Policy (:data:`CSP`): everything
the page uses is served from this server, and no inline script runs.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from .. import __version__

HERE = Path(__file__).resolve().parent
LANGS = ("sv", "fi", "en")
#: Largest accepted request body (a draft or a .docx file), in bytes: 1 MiB.
MAX_BODY = 1024 * 1024
#: ``path`` of the one file in the JSON answer of ``/api/check``.
DRAFT_PATH = "<draft>"
ACCOUNTS = ("official", "personal")
KINDS = ("post", "reply")
PLATFORMS = ("facebook", "instagram", "x", "linkedin", "youtube", "tiktok", "other")
BODY_KEYS = ("text", "profile", "account", "kind", "platform", "lang")
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cache-control": "no-store",
}


# -- texts ---------------------------------------------------------------------
@lru_cache(maxsize=1)
def texts() -> dict[str, dict[str, str]]:
    """Every UI text: key → ``{"sv": ..., "fi": ..., "en": ...}`` (``texts.yaml``)."""
    import yaml

    return yaml.safe_load((HERE / "texts.yaml").read_text(encoding="utf-8"))


def t(key: str, lang: str, /, **args: Any) -> str:
    """The UI text ``key`` in ``lang``, formatted with ``args``."""
    template = texts()[key][lang]
    return template.format(**args) if args else template


def accept_language(header: str | None) -> str | None:
    """The first of sv, fi, en in an ``Accept-Language`` header by q-value, else ``None``.

    ``"fi-FI,fi;q=0.9,en;q=0.5"`` → ``"fi"``; ``"de"`` → ``None``.
    """
    ranked = []
    for i, part in enumerate((header or "").split(",")):
        fields = part.strip().split(";")
        tag = fields[0].strip().lower()
        q = 1.0
        for field in fields[1:]:
            name, _, value = field.strip().partition("=")
            if name == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        primary = tag.split("-")[0]
        if primary in LANGS and q > 0:
            ranked.append((-q, i, primary))
    return min(ranked)[2] if ranked else None


def request_lang(request: Request, body: dict | None = None) -> str:
    """The language to answer in: ``lang`` in the body or query when valid, else the
    browser's ``Accept-Language``; sv without a header, en for a header naming none of
    sv, fi, en."""
    for candidate in ((body or {}).get("lang"), request.query_params.get("lang")):
        if isinstance(candidate, str) and candidate in LANGS:
            return candidate
    header = request.headers.get("accept-language")
    if not header:
        return "sv"
    return accept_language(header) or "en"


class ApiError(Exception):
    """A bad request: HTTP ``status`` and a message already in the request's language."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


# -- request bodies ------------------------------------------------------------
def _size(n: int) -> str:
    return f"{n // (1024 * 1024)} MB" if n >= 1024 * 1024 else f"{n // 1024} kB"


async def read_body(request: Request, lang: str, limit: int = MAX_BODY) -> bytes:
    """The request body, refused with 413 above ``limit`` bytes (before it is all read
    when ``Content-Length`` says so, else while streaming)."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, t("error-too-large", lang, limit=_size(limit)))
    chunks, total = [], 0
    async for chunk in request.stream():
        total += len(chunk)
        if total > limit:
            raise ApiError(413, t("error-too-large", lang, limit=_size(limit)))
        chunks.append(chunk)
    return b"".join(chunks)


async def json_body(request: Request) -> tuple[dict[str, Any], str]:
    """The validated JSON body of a check request and the language to answer in.

    Raises :class:`ApiError`: 415 unless ``Content-Type`` is ``application/json``
    (which also keeps other web sites from posting to this server without a CORS
    preflight, which it never grants); 413 too large; 400 not JSON, not an object,
    an unknown key, ``text`` missing or not a string, a field of the wrong type or
    value; 422 an unknown profile.
    """
    lang = request_lang(request)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type != "application/json":
        raise ApiError(415, t("error-content-type", lang))
    raw = await read_body(request, lang)
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ApiError(400, t("error-json", lang)) from None
    if not isinstance(body, dict):
        raise ApiError(400, t("error-object", lang))
    lang = request_lang(request, body)
    request.state.lang = lang  # for an internal error's answer (see guarded)
    for key in body:
        if key not in BODY_KEYS:
            raise ApiError(400, t("error-unknown-key", lang, key=key, known=", ".join(BODY_KEYS)))
    if not isinstance(body.get("text"), str):
        raise ApiError(400, t("error-text", lang))
    for key in ("profile", "account", "kind", "platform", "lang"):
        value = body.get(key)
        if value is None or value == "":
            body[key] = None
        elif not isinstance(value, str):
            raise ApiError(400, t("error-string", lang, field=key))
    for key, allowed in (("account", ACCOUNTS), ("kind", KINDS), ("lang", LANGS)):
        if body[key] is not None and body[key] not in allowed:
            from ..errors import echo  # the draft's values are never echoed (they may be personal data)

            raise ApiError(400, t("error-field", lang, field=key, allowed=", ".join(allowed), value=echo(body[key], list(allowed), lang)))
    return body, lang


def builtin_profile(name: str, lang: str) -> str:
    """The built-in profile id for ``name`` as people write it (``Hangö`` → ``hango``).

    The web API never reads a profile from a file path. Raises :class:`ApiError` (422)
    with "did you mean ...?" for a close miss.
    """
    from ..errors import ProfileError
    from ..names import looks_like_path, profile_suggestion, resolve_profile
    from ..profile import BASE, builtin_names, load_profile

    resolved = resolve_profile(name)
    if not looks_like_path(resolved):
        try:
            return load_profile(resolved).id  # a built-in id or one of its aliases
        except ProfileError:
            pass
    from ..errors import echo, safe_name

    known = ", ".join(n for n in builtin_names() if n != BASE)
    suggestion = profile_suggestion(name)
    # A typo of a profile is shown; anything else may be personal data typed into the field.
    shown = f"'{safe_name(name)}'" if suggestion else echo(name, known.split(", "), lang)
    message = t("error-profile", lang, name=shown, known=known)
    if suggestion:
        message += " " + t("did-you-mean", lang, suggestion=suggestion)
    raise ApiError(422, message)


def lint_draft(body: dict[str, Any], lang: str):
    """Parse and lint the draft in ``body``; return ``(post, profile, result)``.

    The profile comes from ``body["profile"]``, else the draft's front matter, else
    ``base``. Raises :class:`ApiError` (422) for bad front matter or an unknown profile.
    """
    from ..errors import KommunlintError
    from ..linter import Options, lint
    from ..post import parse_post
    from ..profile import BASE, load_profile

    overrides = {key: body.get(key) for key in ("account", "kind", "platform")}
    if body.get("profile"):
        overrides["profile"] = builtin_profile(body["profile"], lang)
    try:
        post = parse_post(body["text"], DRAFT_PATH, overrides)
        name = str(post.meta.get("profile") or BASE)
        name = builtin_profile(name, lang)
        post.meta["profile"] = name
        profile = load_profile(name)
        result = lint(post, profile, Options(lang=lang))
    except KommunlintError as exc:
        raise ApiError(422, exc.render(lang)) from None
    return post, profile, result


# -- endpoints -------------------------------------------------------------------
def guarded(endpoint):
    """Turn any unexpected exception of ``endpoint`` into a 500 answer here, so that it
    never reaches Starlette's error middleware, which re-raises it for the server to log
    with its traceback (whose message could quote the draft)."""
    import functools

    @functools.wraps(endpoint)
    async def wrapper(request: Request) -> Response:
        try:
            return await endpoint(request)
        except (ApiError, HTTPException):
            raise
        except Exception:  # noqa: BLE001 - see docstring
            return _error(500, t("error-internal", getattr(request.state, "lang", None) or request_lang(request)))

    return wrapper



@guarded
async def api_check(request: Request) -> Response:
    """``POST /api/check``: the ``--format json`` document for the draft."""
    from ..report import ReportContext, render

    body, lang = await json_body(request)
    # In a worker thread: a long draft must not stall the page for other requests.
    _, _, result = await run_in_threadpool(lint_draft, body, lang)
    document = render("json", [result], ReportContext(lang=lang))
    return Response(document, media_type="application/json")


@guarded
async def api_publishable(request: Request) -> Response:
    """``POST /api/publishable``: ``{"text": publishable copy}``."""
    from ..publish import publishable

    body, lang = await json_body(request)

    def work() -> str:
        post, profile, _ = lint_draft(body, lang)
        return publishable(post, profile)

    return JSONResponse({"text": await run_in_threadpool(work)})


@guarded
async def api_extract(request: Request) -> Response:
    """``POST /api/extract``: the text of a ``.docx`` file sent as the body."""
    from ..docx import DocxError, docx_text

    lang = request_lang(request)
    data = await read_body(request, lang)
    try:
        text = await run_in_threadpool(docx_text, data, "upload.docx")
    except DocxError:
        raise ApiError(415, t("error-file-type", lang)) from None
    if len(text.encode("utf-8")) > MAX_BODY:
        raise ApiError(413, t("error-too-large", lang, limit=_size(MAX_BODY)))
    return JSONResponse({"text": text})


@guarded
async def api_profiles(request: Request) -> Response:
    """``GET /api/profiles``: ``[{"id", "municipality": {"sv", "fi"}, "country",
    "languages", "aliases", "document"}]`` for every built-in profile but ``base``."""
    return JSONResponse([
        {
            "id": p.id,
            "municipality": {"sv": p.municipality_name("sv"), "fi": p.municipality_name("fi")},
            "country": p.country,
            "languages": list(p.languages),
            "aliases": list(p.aliases),
            "document": p.document.get("title", ""),
        }
        for p in profiles_cached()
    ])


@lru_cache(maxsize=1)
def profiles_cached():
    """The built-in profiles (loaded once per server)."""
    from ..profile import describe_profiles

    return tuple(describe_profiles())


@guarded
async def api_rules(request: Request) -> Response:
    """``GET /api/rules?lang=&profile=``: ``[{"id", "group", "enabled", "severity",
    "description"}]`` for every rule id, as set in the profile (default ``base``)."""
    from .. import messages
    from ..profile import BASE, load_profile
    from ..registry import RULE_IDS, get_rule

    lang = request_lang(request)
    name = request.query_params.get("profile")
    profile = load_profile(builtin_profile(name, lang) if name else BASE)
    out = []
    for rule_id in RULE_IDS:
        settings = profile.settings(rule_id)
        try:
            description = messages.description(rule_id, lang)
        except KeyError:
            description = ""
        out.append({
            "id": rule_id,
            "group": rule_id.split("/", 1)[0],
            "enabled": settings.enabled,
            "severity": settings.severity or get_rule(rule_id).severity,
            "description": description,
        })
    return JSONResponse(out)


@guarded
async def page(request: Request) -> Response:
    """``GET /``: the page, in the request's language."""
    lang = request_lang(request)
    profiles = [{"id": p.id, "name": p.municipality_name(lang if lang in ("sv", "fi") else "sv")} for p in profiles_cached()]
    context = {
        "lang": lang,
        "langs": LANGS,
        "T": {key: value[lang] for key, value in texts().items()},
        "texts_json": json.dumps(texts(), ensure_ascii=False).replace("</", "<\\/"),
        "profiles": profiles,
        "platforms": PLATFORMS,
        "version": __version__,
        "max_body": MAX_BODY,
    }
    return _templates().TemplateResponse(request, "index.html", context, headers={"content-language": lang})


@lru_cache(maxsize=1)
def _templates() -> Jinja2Templates:
    return Jinja2Templates(directory=str(HERE / "templates"))


# -- errors and headers ------------------------------------------------------------
async def _api_error(request: Request, exc: ApiError) -> Response:
    return _error(exc.status, exc.message)


async def _http_error(request: Request, exc: HTTPException) -> Response:
    lang = request_lang(request)
    key = {404: "error-not-found", 405: "error-method"}.get(exc.status_code, "error-internal")
    return _error(exc.status_code, t(key, lang))


async def _internal_error(request: Request, exc: Exception) -> Response:
    # No traceback and no body in any log: the draft may hold personal data.
    return _error(500, t("error-internal", request_lang(request)))


class SecurityHeaders:
    """ASGI middleware adding :data:`SECURITY_HEADERS` to every HTTP response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def with_headers(message):
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items() if k.encode() not in names]
                message = {**message, "headers": list(message.get("headers", [])) + extra}
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app() -> Starlette:
    """The Starlette application (page, API, static files, security headers)."""
    from starlette.middleware import Middleware

    routes = [
        Route("/", page, methods=["GET"]),
        Route("/api/check", api_check, methods=["POST"]),
        Route("/api/publishable", api_publishable, methods=["POST"]),
        Route("/api/extract", api_extract, methods=["POST"]),
        Route("/api/profiles", api_profiles, methods=["GET"]),
        Route("/api/rules", api_rules, methods=["GET"]),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    handlers = {ApiError: _api_error, HTTPException: _http_error, Exception: _internal_error}
    return Starlette(routes=routes, exception_handlers=handlers, middleware=[Middleware(SecurityHeaders)])


# -- running -----------------------------------------------------------------------
def bind(host: str, port: int):
    """A listening TCP socket on ``host``:``port`` (``port`` 0: a free one).

    Raises ``OSError`` when the address is taken or cannot be used.
    """
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def url_for(host: str, port: int) -> str:
    """The URL a browser opens for a server bound to ``host``:``port``."""
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else ("[::1]" if host == "::" else host)
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


def serve(sock, on_started=None) -> None:
    """Run the app with uvicorn on the bound socket ``sock`` until interrupted.

    uvicorn logs warnings and errors only and has no access log, so no request
    (and no draft) is ever written to the terminal. ``on_started()`` is called once
    the server accepts connections (the CLI opens the browser there).
    """
    import threading

    import uvicorn

    config = uvicorn.Config(create_app(), access_log=False, log_level="warning", server_header=False, lifespan="off")
    server = uvicorn.Server(config)
    if on_started:
        def wait_then_call():
            import time

            while not server.started and not server.should_exit:
                time.sleep(0.05)
            if server.started:
                on_started()

        threading.Thread(target=wait_then_call, daemon=True).start()
    server.run(sockets=[sock])
