"""kommunlint serve's HTTP API and page, through Starlette's TestClient.

The answers of /api/check are compared with ``kommunlint check --format json``;
errors are checked for status, language and wording; draft text must never reach
a log (the app's, Starlette's or uvicorn's).
"""

from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("httpx")
from starlette.testclient import TestClient  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from kommunlint.cli import app as cli_app  # noqa: E402
from kommunlint.registry import RULE_IDS  # noqa: E402
from kommunlint.web.app import CSP, DRAFT_PATH, MAX_BODY, accept_language, create_app, texts  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CONFIDENTIAL_SV = "---\nprofile: norsjo\n---\nÄrendet är sekretessbelagt.\n"
REPLY_FI = (
    "Hei Matti, hakemuksesi on käsittelyssä. Henkilötunnuksesi 131052-308T oli viestissä.\n"
    "Soita numeroon 040 123 4567.\n\nTerveisin Nina Lindholm, tiedottaja\n"
)


@pytest.fixture(scope="module")
def client():
    with TestClient(create_app()) as c:
        yield c


def check(client, headers=None, **body):
    return client.post("/api/check", json=body, headers=headers or {})


# -- the page ------------------------------------------------------------------
@pytest.mark.parametrize(
    "headers, query, lang, button",
    [
        ({}, "", "sv", "Kontrollera"),
        ({"Accept-Language": "fi-FI,fi;q=0.9,en;q=0.8"}, "", "fi", "Tarkista"),
        ({"Accept-Language": "de-DE,en;q=0.5"}, "", "en", "Check"),
        ({"Accept-Language": "de-DE"}, "", "en", "Check"),
        ({"Accept-Language": "fi"}, "?lang=sv", "sv", "Kontrollera"),
    ],
)
def test_page_language_from_accept_language_or_query(client, headers, query, lang, button):
    response = client.get("/" + query, headers=headers)
    assert response.status_code == 200
    assert f'<html lang="{lang}">' in response.text
    assert re.search(rf'<button id="check" type="submit" data-t="check">{button}</button>', response.text)
    assert response.headers["content-language"] == lang


def test_accept_language_ranking():
    assert accept_language("en;q=0.4, sv-FI;q=0.8, fi;q=0.6") == "sv"
    assert accept_language("fi;q=0, en") == "en"
    assert accept_language("da, nb") is None
    assert accept_language(None) is None


def test_page_has_strict_csp_and_no_inline_script(client):
    response = client.get("/")
    assert response.headers["content-security-policy"] == CSP
    assert "default-src 'self'" in CSP and "script-src 'self'" in CSP and "unsafe-inline" not in CSP
    assert response.headers["x-content-type-options"] == "nosniff"
    for tag in re.findall(r"<script[^>]*>", response.text):
        # an external file, or a JSON data block (never executed)
        assert 'src="/static/' in tag or 'type="application/json"' in tag, tag
    assert " style=" not in response.text and "<style" not in response.text
    assert not re.search(r"\son[a-z]+=", response.text), "inline event handler"
    assert "http://" not in response.text and "https://" not in response.text  # nothing from the internet


def test_every_form_control_has_a_label(client):
    html = client.get("/").text
    for control in re.findall(r"<(?:select|textarea|input)\b[^>]*>", html):
        ident = re.search(r'id="([^"]+)"', control).group(1)
        assert f'for="{ident}"' in html or "aria-labelledby=" in control, control


@pytest.mark.parametrize("path, kind", [("/static/app.js", "javascript"), ("/static/app.css", "text/css")])
def test_static_files_are_served_locally_with_csp(client, path, kind):
    response = client.get(path)
    assert response.status_code == 200
    assert kind in response.headers["content-type"]
    assert response.headers["content-security-policy"] == CSP


def test_ui_texts_have_all_three_languages():
    for key, value in texts().items():
        assert set(value) == {"sv", "fi", "en"}, key
        assert all(isinstance(v, str) and v.strip() for v in value.values()), key


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("scheme", [0, 1])  # light, then the dark-mode overrides
def test_colours_meet_wcag_aa_contrast(scheme):
    css = (ROOT / "kommunlint/web/static/app.css").read_text(encoding="utf-8")
    blocks = re.findall(r":root \{([^}]*)\}", css)
    colours = dict(re.findall(r"--([a-z-]+): (#[0-9a-f]{6})", blocks[scheme]))
    pairs = [("text", "bg"), ("text", "panel"), ("muted", "bg"), ("muted", "panel"), ("focus", "bg")]
    for sev in ("error", "warning", "info"):
        pairs += [(sev, "bg"), (sev, "panel"), ("text", f"{sev}-bg")]
    for fg, bg in pairs:
        assert _contrast(colours[fg], colours[bg]) >= 4.5, (fg, bg, _contrast(colours[fg], colours[bg]))


# -- /api/check ----------------------------------------------------------------------
def test_check_answers_exactly_the_json_format(client):
    response = check(client, text=CONFIDENTIAL_SV)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    cli = CliRunner().invoke(cli_app, ["check", "--format", "json", "-"], input=CONFIDENTIAL_SV)
    expected = json.loads(cli.stdout)
    expected["files"][0]["path"] = DRAFT_PATH
    assert response.json() == expected
    (finding,) = response.json()["files"][0]["findings"]
    assert (finding["rule"], finding["line"], finding["column"]) == ("confidential/marker", 4, 12)
    assert finding["clause"]["locator"] == "4.9"


def test_check_in_finnish_with_overrides_and_profile_as_people_write_it(client):
    response = check(client, text=REPLY_FI, profile="Hangö", account="official", kind="reply", platform="facebook", lang="fi")
    doc = response.json()
    assert response.status_code == 200, doc
    assert doc["files"][0]["profile"] == "hango"
    by_rule = {f["rule"]: f for f in doc["files"][0]["findings"]}
    national = by_rule["personal-data/national-id"]
    assert (national["line"], national["column"]) == (1, REPLY_FI.index("131052") + 1) == (1, 59)
    assert national["message"].startswith("Henkilötunnusta")
    assert "131052-308T" not in response.text  # masked in every field
    assert national["clause"]["municipality"] == "Hangö stad"
    assert doc["summary"]["errors"] >= 1


def test_check_front_matter_profile_is_used_when_none_is_chosen(client):
    doc = check(client, text=CONFIDENTIAL_SV, lang="en").json()
    assert doc["files"][0]["profile"] == "norsjo"
    assert doc["files"][0]["findings"][0]["message"].startswith('The marker "sekretessbelagt"')


# -- bad requests -------------------------------------------------------------------
@pytest.mark.parametrize(
    "kwargs, status, message",
    [
        ({"content": b"{not json", "headers": {"Content-Type": "application/json"}}, 400, "Förfrågan är inte giltig JSON."),
        ({"content": b"{not json", "headers": {"Content-Type": "application/json", "Accept-Language": "fi"}}, 400, "Pyyntö ei ole kelvollista JSONia."),
        ({"content": b"[1, 2]", "headers": {"Content-Type": "application/json", "Accept-Language": "en"}}, 400, 'The request must be a JSON object, e.g. {"text": "Hello!"}.'),
        ({"content": "Hej", "headers": {"Content-Type": "text/plain"}}, 415, "Skicka förfrågan som application/json."),
        ({"json": {"profile": "hango"}}, 400, "'text' saknas eller är inte en sträng."),
        ({"json": {"text": 5, "lang": "fi"}}, 400, "'text' puuttuu tai ei ole merkkijono."),
        ({"json": {"text": "x", "account": "private", "lang": "en"}}, 400, "'account' must be one of official, personal, not another text (not shown, it may be personal data)."),
        ({"json": {"text": "x", "kind": ["reply"], "lang": "en"}}, 400, "'kind' must be a string."),
        ({"json": {"text": "x", "lang": "de"}}, 400, "'lang' ska vara sv, fi, en, inte 'de'."),
        ({"json": {"text": "x", "profil": "hango"}}, 400, "Okänd nyckel 'profil' (kända: text, profile, account, kind, platform, lang)."),
        ({"json": {"text": "x", "profile": "hagno", "lang": "fi"}}, 422, "Tuntematon kunta 'hagno' (valmiit: hango, karleby, kimitoon, norsjo, vimmerby). Tarkoititko hango?"),
        ({"json": {"text": "x", "profile": "../../etc/passwd.yaml", "lang": "en"}}, 422, "Unknown municipality another text (not shown, it may be personal data) (built-in: hango, karleby, kimitoon, norsjo, vimmerby)."),
        ({"json": {"text": "---\naccount: boss\n---\nHej\n", "lang": "en"}}, 422, "<draft>:2: 'account' must be one of personal, official, not another text (not shown, it may be personal data)"),
        ({"json": {"text": "---\nprofile: /tmp/my.yaml\n---\nHej\n", "lang": "en"}}, 422, "Unknown municipality another text (not shown, it may be personal data) (built-in: hango, karleby, kimitoon, norsjo, vimmerby)."),
    ],
)
def test_bad_requests_get_a_4xx_in_the_requests_language(client, kwargs, status, message):
    response = client.post("/api/check", **kwargs)
    assert response.status_code == status
    assert response.json() == {"error": message}


def test_a_draft_over_the_limit_is_refused(client):
    text = "a" * MAX_BODY
    # refused before the body is read, so the language comes from Accept-Language
    response = client.post("/api/check", json={"text": text}, headers={"Accept-Language": "en"})
    assert response.status_code == 413
    assert response.json() == {"error": "The draft is too large (at most 1 MB)."}
    # just under the limit the body is read and validated (a bad field, so no slow lint)
    just_under = client.post("/api/check", json={"text": "a" * (MAX_BODY - 100), "kind": "x", "lang": "en"})
    assert just_under.status_code == 400
    assert just_under.json()["error"].startswith("'kind' must be one of")


def test_unknown_page_and_wrong_method_are_answered_in_the_language(client):
    assert client.get("/nope", headers={"Accept-Language": "fi"}).json() == {"error": "Sivua ei ole."}
    response = client.get("/api/check", headers={"Accept-Language": "en"})
    assert (response.status_code, response.json()) == (405, {"error": "Method not allowed here."})


# -- other endpoints --------------------------------------------------------------------
def test_profiles(client):
    profiles = client.get("/api/profiles").json()
    assert [p["id"] for p in profiles] == ["hango", "karleby", "kimitoon", "norsjo", "vimmerby"]
    hango = profiles[0]
    assert hango["municipality"] == {"sv": "Hangö stad", "fi": "Hangon kaupunki"}
    assert hango["languages"] == ["sv", "fi"] and "hanko" in hango["aliases"]


def test_rules(client):
    rules = client.get("/api/rules?lang=fi").json()
    assert [r["id"] for r in rules] == list(RULE_IDS)
    marker = rules[0]
    assert marker["group"] == "confidential" and marker["severity"] == "error" and marker["enabled"]
    assert "salassa" in marker["description"]
    title = {r["id"]: r for r in client.get("/api/rules?profile=Vimmerby").json()}["signature/missing-title"]
    assert title["enabled"] is True
    base_title = {r["id"]: r for r in rules}["signature/missing-title"]
    assert base_title["enabled"] is False


def test_publishable_copy(client):
    text = (
        "---\nprofile: hango\nkind: reply\n---\n"
        "<!-- kommunlint-disable-next-line confidential -- beslutet är offentligt -->\n"
        "Hei Matti, henkilötunnuksesi 131052-308T oli viestissä. Soita 040 123 4567.\n\n"
        "Terveisin Nina Lindholm, tiedottaja\n"
    )
    response = client.post("/api/publishable", json={"text": text})
    assert response.status_code == 200
    out = response.json()["text"]
    # the greeted first name in a reply about the addressee's own id is personal data too (issue 11)
    assert out.startswith("Hei [nimi], henkilötunnuksesi [henkilötunnus] oli viestissä. Soita [puhelinnumero].\n\n")
    assert out.endswith("Terveisin Nina Lindholm, tiedottaja\n")
    assert "---" not in out and "kommunlint" not in out and "131052" not in out


# -- draft text never reaches a log ----------------------------------------------------------
SECRET = "Lisa Andersson, personnummer 811218-9876, HEMLIGMARKÖR-7319"


def test_no_draft_text_in_logs_of_the_app(client, caplog):
    caplog.set_level(logging.DEBUG)
    check(client, text=SECRET)
    check(client, text=SECRET, account="nobody")  # a 400
    check(client, text="---\n" + SECRET + ": [\n---\n")  # bad front matter, 422
    client.post("/api/publishable", json={"text": SECRET})
    assert "HEMLIGMARKÖR" not in caplog.text and "811218" not in caplog.text


def test_no_draft_text_in_the_output_of_a_real_server(tmp_path):
    proc = subprocess.Popen(
        [sys.executable, "-m", "kommunlint", "serve", "--no-browser", "--port", "0", "--lang", "en"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        first = proc.stdout.readline()
        url = re.search(r"http://\S+/", first).group(0)
        assert first == f"kommunlint is running at {url} (stop it with Ctrl+C)\n"
        for body in ({"text": SECRET}, {"text": SECRET, "kind": "nope"}):
            request = urllib.request.Request(url + "api/check", json.dumps(body).encode(), {"Content-Type": "application/json"})
            try:
                urllib.request.urlopen(request, timeout=30).read()
            except urllib.error.HTTPError as exc:
                assert exc.code == 400
        urllib.request.urlopen(url, timeout=30).read()
    finally:
        proc.terminate()
        rest, _ = proc.communicate(timeout=30)
    assert "HEMLIGMARKÖR" not in first + rest and "811218" not in first + rest
    assert "POST /api/check" not in rest  # no access log


def test_serve_port_in_use_is_one_line_and_exit_2():
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli_app, ["serve", "--no-browser", "--port", str(port), "--lang", "en"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"kommunlint: cannot listen on 127.0.0.1:{port} (")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_an_internal_error_is_a_500_without_the_draft_in_answer_or_logs(client, caplog, monkeypatch):
    import kommunlint.linter

    def broken(post, profile, options=None):
        raise ValueError(f"cannot handle {post.text!r}")

    monkeypatch.setattr(kommunlint.linter, "lint", broken)
    caplog.set_level(logging.DEBUG)
    response = check(client, text=SECRET, lang="en")
    assert response.status_code == 500
    assert response.json() == {"error": "An internal error occurred; the draft was not stored."}
    assert "HEMLIGMARKÖR" not in caplog.text and "811218" not in caplog.text


def test_the_wheel_ships_every_file_the_page_needs():
    import fnmatch
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert "kommunlint.web" in config["packages"]
    patterns = config["package-data"]["kommunlint.web"]
    web = ROOT / "kommunlint" / "web"
    needed = [p.relative_to(web).as_posix() for p in web.rglob("*") if p.is_file() and p.suffix != ".py" and "__pycache__" not in p.parts]
    assert {"texts.yaml", "templates/index.html", "static/app.js", "static/app.css"} <= set(needed)
    for name in needed:
        assert any(fnmatch.fnmatch(name, pattern) for pattern in patterns), name
    deps = " ".join(config_dep for config_dep in tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"])
    for dist in ("starlette", "uvicorn", "Jinja2", "python-docx"):
        assert dist in deps, dist
