"""The command line for non-programmers: --version, help in one language, profile
names as people write them, "did you mean ...?", check without a path on a terminal,
strip without Markdown, explain of groups and disabled rules, and start-up imports."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from kommunlint import __version__
from kommunlint.cli import app, help_lang, make_app

ROOT = Path(__file__).resolve().parent.parent
CONFIDENTIAL = "Ärendet är sekretessbelagt.\n"


def run(*args, input=None, application=app):
    return CliRunner().invoke(application, list(args), input=input)


def kommunlint(*args, env=None, **kwargs):
    """``python -m kommunlint ARGS`` as a process in the worktree (what users run)."""
    environ = {k: v for k, v in os.environ.items() if k not in ("KOMMUNLINT_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    environ.update(env or {})
    return subprocess.run([sys.executable, "-m", "kommunlint", *args], cwd=ROOT, env=environ, capture_output=True, text=True, timeout=60, **kwargs)


# -- version and help -----------------------------------------------------------------
def test_version():
    assert run("--version").stdout == f"kommunlint {__version__}\n"
    process = kommunlint("--version")
    assert (process.returncode, process.stdout) == (0, f"kommunlint {__version__}\n")


@pytest.mark.parametrize(
    "argv, env, expected",
    [
        (["check", "--lang", "fi"], {"LANG": "sv_SE.UTF-8"}, "fi"),
        (["check", "--lang=en"], {"KOMMUNLINT_LANG": "fi"}, "en"),
        (["check", "--lang", "de"], {"KOMMUNLINT_LANG": "sv"}, "sv"),
        ([], {"KOMMUNLINT_LANG": "fi", "LANG": "sv_SE.UTF-8"}, "fi"),
        ([], {"LANG": "fi_FI.UTF-8"}, "fi"),
        ([], {"LANG": "sv_FI.UTF-8"}, "sv"),
        ([], {"LC_ALL": "sv_SE.UTF-8", "LANG": "fi_FI.UTF-8"}, "sv"),
        ([], {"LANG": "de_DE.UTF-8"}, "en"),
        ([], {"LANG": "C.UTF-8"}, "en"),
        ([], {}, "en"),
    ],
)
def test_help_language(argv, env, expected):
    assert help_lang(argv, env) == expected


ENGLISH_LEFTOVERS = ("Show this message", "Options:", "Arguments:", "Commands:", "[required]", "[default:", "Usage:")


@pytest.mark.parametrize("lang, usage, words", [("sv", "Användning:", ["Flaggor:", "Kommandon:", "Exempel:"]), ("fi", "Käyttö:", ["Valitsimet:", "Komennot:", "Esimerkkejä:"])])
def test_help_is_complete_in_one_language(lang, usage, words):
    application = make_app(lang)
    top = run("--help", application=application).stdout
    assert top.startswith(usage)
    for word in words:
        assert word in top
    for command in ("check", "strip", "profiles", "rules", "explain", "redact", "serve"):
        text = run(command, "--help", application=application).stdout
        assert text.startswith(usage), command
        for leftover in ENGLISH_LEFTOVERS:
            assert leftover not in text, (command, leftover)
        assert "\x00" not in text  # every lazy text was filled in


def test_redact_help_is_not_garbled():
    sv = run("redact", "--help", application=make_app("sv")).stdout
    assert "Ersätt det som check rapporterar som personuppgifter med platshållare ([personnummer], [telefonnummer], [namn] ...)" in " ".join(sv.split())
    fi = run("redact", "--help", application=make_app("fi")).stdout
    assert "([henkilötunnus], [puhelinnumero], [nimi] ...)" in " ".join(fi.split())


def test_help_language_from_environment_in_a_real_process():
    assert kommunlint("check", "--help", env={"KOMMUNLINT_LANG": "fi"}).stdout.startswith("Käyttö:")
    assert kommunlint("check", "--help", env={"LANG": "sv_SE.UTF-8"}).stdout.startswith("Användning:")
    assert kommunlint("check", "--help", env={"LANG": "de_DE.UTF-8"}).stdout.startswith("Usage:")
    assert kommunlint("--lang", "fi", "--help", env={"LANG": "sv_SE.UTF-8"}).stdout.startswith("Käyttö:")
    examples = kommunlint("check", "--help", "--lang", "en").stdout
    assert "    kommunlint check draft.docx --fail-on warning\n" in examples  # examples unwrapped


def test_cli_texts_have_three_languages():
    texts = yaml.safe_load((ROOT / "kommunlint/data/cli_texts.yaml").read_text(encoding="utf-8"))
    for key, value in texts.items():
        assert set(value) == {"sv", "fi", "en"}, key


def test_shell_completion_can_be_installed():
    text = run("--help", application=make_app("en")).stdout
    assert "--install-completion" in text and "Install completion for your shell." in text


# -- check without a path on a terminal ------------------------------------------------------
def test_check_without_path_on_a_terminal_says_how_to_use_it():
    controller, terminal = pty.openpty()
    try:
        process = kommunlint("check", "--lang", "en", stdin=terminal)
    finally:
        os.close(controller)
        os.close(terminal)
    assert process.returncode == 2
    assert process.stderr.startswith("kommunlint: say what to check, e.g. 'kommunlint check draft.txt'")
    assert process.stderr.count("\n") == 1


def test_check_without_path_still_reads_a_pipe():
    process = kommunlint("check", "--profile", "norsjo", input=CONFIDENTIAL)
    assert process.returncode == 1 and process.stdout.startswith("<stdin>:1:12: fel confidential/marker")


# -- profile names as people write them, and did you mean ------------------------------------------
@pytest.mark.parametrize(
    "written, profile",
    [("hangö", "hango"), ("Hangö", "hango"), ("hanko", "hango"), ("HANKO", "hango"), ("kimitoön", "kimitoon"),
     ("Kemiönsaari", "kimitoon"), ("kokkola", "karleby"), ("Karleby", "karleby"), ("norsjö", "norsjo"),
     ("Norsjö kommun", "norsjo"), ("vimmerby", "vimmerby"), ("Vimmerby", "vimmerby")],
)
def test_profile_names_as_people_write_them(tmp_path, written, profile):
    path = tmp_path / "p.txt"
    path.write_text(CONFIDENTIAL, encoding="utf-8")
    result = run("check", "-f", "json", "--profile", written, str(path))
    assert result.exit_code == 1, result.stderr
    assert json.loads(result.stdout)["files"][0]["profile"] == profile
    fm = tmp_path / "fm.txt"
    fm.write_text(f"---\nprofile: {written}\n---\n{CONFIDENTIAL}", encoding="utf-8")
    assert json.loads(run("check", "-f", "json", str(fm)).stdout)["files"][0]["profile"] == profile


def test_profile_names_in_redact_and_explain(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("Ring 070-123 45 67.\n", encoding="utf-8")
    assert run("redact", "--profile", "Vimmerby", str(path)).stdout == "Ring [telefonnummer].\n"
    explained = run("explain", "confidential/marker", "--profile", "Kemiönsaari", "--lang", "en")
    assert "Severity in profile kimitoon:" in explained.stdout


@pytest.mark.parametrize(
    "args, line",
    [
        (["check", "--profile", "hagno"], "kommunlint: okänd profil 'hagno' (inbyggda: hango, karleby, kimitoon, norsjo, vimmerby; eller ange sökvägen till en YAML-fil) (menade du hango?)\n"),
        (["check", "--profile", "kokola", "--lang", "fi"], "kommunlint: tuntematon profiili 'kokola' (valmiit: hango, karleby, kimitoon, norsjo, vimmerby; tai anna YAML-tiedoston polku) (tarkoititko kokkola?)\n"),
        (["check", "--select", "confidential/markr", "--lang", "en"], "kommunlint: unknown rule or group 'confidential/markr' (see 'kommunlint rules') (did you mean confidential/marker?)\n"),
        (["check", "--ignore", "ofensive", "--lang", "en"], "kommunlint: unknown rule or group 'ofensive' (see 'kommunlint rules') (did you mean offensive?)\n"),
        (["check", "--format", "jsn", "--lang", "en"], "kommunlint: --format must be one of text, json, sarif, github, junit, parsable, not 'jsn' (did you mean json?)\n"),
        (["explain", "personal-data/phon", "--lang", "en"], "kommunlint: unknown rule or group 'personal-data/phon' (see 'kommunlint rules') (did you mean personal-data/phone?)\n"),
    ],
)
def test_did_you_mean(tmp_path, args, line):
    path = tmp_path / "p.txt"
    path.write_text(CONFIDENTIAL, encoding="utf-8")
    result = run(*args, *( [str(path)] if args[0] == "check" else []))
    assert result.exit_code == 2
    assert result.stderr == line


def test_did_you_mean_for_a_rule_option_in_the_configuration(tmp_path):
    (tmp_path / ".kommunlint.yaml").write_text("rules:\n  personal-data/email:\n    options: {extra_domain: [kust.fi]}\n", encoding="utf-8")
    (tmp_path / "p.txt").write_text("Skriv till anna@kust.fi.\n", encoding="utf-8")
    result = run("check", "--lang", "en", str(tmp_path / "p.txt"))
    assert result.exit_code == 2
    assert result.stderr.rstrip().endswith("(did you mean extra_domains?)")


def test_unknown_command_line_option_in_a_real_process():
    process = kommunlint("check", "--profil", "hango", "x.txt", "--lang", "fi")
    assert process.returncode == 2
    assert process.stderr == "kommunlint: check: tuntematon valitsin --profil (tarkoititko --profile?); 'python -m kommunlint check --help' kertoo komennon käytön\n"


# -- strip -----------------------------------------------------------------------------------
MARKDOWN = (
    "---\nprofile: hango\n---\n"
    "# Simhallen\n\n"
    "**Viktigt:** simhallen är _stängd_ 12.5.  \nLäs mer på [hanko.fi](https://www.hanko.fi/simhall).\n"
    "<!-- intern anteckning: fråga Anna -->\n\n"
    "- bastun\n- bassängen\n\n"
    "<!-- kommunlint-disable-next-line -- ok -->\n"
    "Hälsningar,\nAnna\n"
)


def test_strip_removes_markdown_and_html_comments(tmp_path):
    path = tmp_path / "tiedote.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    assert run("strip", str(path)).stdout == (
        "Simhallen\n\n"
        "Viktigt: simhallen är stängd 12.5.\nLäs mer på hanko.fi (https://www.hanko.fi/simhall).\n\n"
        "• bastun\n• bassängen\n\n"
        "Hälsningar,\nAnna\n"
    )
    kept = run("strip", "--keep-markdown", str(path)).stdout
    assert kept.startswith("# Simhallen\n\n**Viktigt:**") and "intern anteckning" not in kept


def test_strip_txt_keeps_its_characters_but_not_comments(tmp_path):
    path = tmp_path / "utkast.txt"
    path.write_text("Pris: 5 * 3 €. <!-- fråga Anna -->\n- punkt\n", encoding="utf-8")
    assert run("strip", str(path)).stdout == "Pris: 5 * 3 €.\n- punkt\n"
    assert run("strip", "--markdown", str(path)).stdout == "Pris: 5 * 3 €.\n\n• punkt\n"


# -- explain ---------------------------------------------------------------------------------
def test_explain_a_disabled_rule_says_so_and_nothing_else():
    result = run("explain", "signature/missing-title", "--profile", "Hangö", "--lang", "en")  # name as people write it
    assert result.exit_code == 0
    profile_part = result.stdout.split("## Profile\n", 1)[1].split("\n\n", 1)[0]
    assert profile_part == "The rule is off in profile hango."


def test_explain_a_group():
    result = run("explain", "signature", "--profile", "vimmerby", "--lang", "en")
    assert result.exit_code == 0
    from kommunlint.registry import RULE_IDS

    group = [r for r in RULE_IDS if r.startswith("signature/")]
    headings = [line for line in result.stdout.splitlines() if line.startswith("# ")]
    assert headings == ["# " + r for r in group] and {"# signature/missing", "# signature/missing-title"} <= set(headings)
    assert result.stdout.count("## Profile") == len(group)


# -- start-up ----------------------------------------------------------------------------------
def test_check_does_not_import_the_web_docx_or_markdown_libraries():
    process = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "kommunlint", "check", "examples/hango/bilingual-block-ok.txt"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert process.returncode == 0
    imported = {line.rsplit("|", 1)[1].strip() for line in process.stderr.splitlines() if line.startswith("import time:") and "|" in line}
    for module in ("starlette", "uvicorn", "jinja2", "docx", "lxml", "markdown_it", "kommunlint.web", "kommunlint.clitexts", "kommunlint.plaintext", "kommunlint.docx"):
        assert module not in imported, module
