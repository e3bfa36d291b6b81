"""Project configuration: discovery, precedence, overrides, exclude and strict validation."""

import json
import os

import pytest
from typer.testing import CliRunner

from kommunlint.cli import app
from kommunlint.config import discover, load_config
from kommunlint.errors import ProfileError

runner = CliRunner()
SECRET_SV = "Ärendet är sekretessbelagt.\n"
SECRET_FI = "Liite on luottamuksellinen.\n"


def make_repo(root, config=None, pyproject=None, files=()):
    (root / ".git").mkdir(parents=True)
    if config is not None:
        (root / ".kommunlint.yaml").write_text(config, encoding="utf-8")
    if pyproject is not None:
        (root / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    for name, text in files:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def check(*args):
    # The rules this file's posts exercise (bilingual rules would add findings to one-language posts).
    result = runner.invoke(app, ["check", "--format", "json", "--select", "confidential,signature", *map(str, args)])
    doc = json.loads(result.stdout) if result.stdout.startswith("{") else None
    return result, doc


def test_discovery_walks_up_to_repository_root(tmp_path):
    repo = make_repo(tmp_path / "repo", config="profile: hango\n", files=[("a/b/c/post.md", SECRET_SV)])
    assert discover(str(repo / "a/b/c/post.md")) == str(repo / ".kommunlint.yaml")
    # A config above the repository root is not used.
    (tmp_path / "outer").mkdir()
    (tmp_path / "outer" / ".kommunlint.yaml").write_text("profile: norsjo\n", encoding="utf-8")
    inner = make_repo(tmp_path / "outer" / "inner", files=[("p.md", SECRET_SV)])
    assert discover(str(inner / "p.md")) is None


def test_config_profile_rules_and_fail_on_sv(tmp_path):
    repo = make_repo(tmp_path / "r", config="profile: hango\nfail-on: warning\nrules:\n  confidential/marker: warning\n", files=[("p.md", SECRET_SV)])
    result, doc = check(repo / "p.md")
    assert result.exit_code == 1  # fail-on: warning from the file
    (entry,) = doc["files"]
    assert entry["profile"] == "hango"
    assert [(f["rule"], f["severity"], f["line"], f["column"]) for f in entry["findings"]] == [("confidential/marker", "warning", 1, 12)]
    assert entry["findings"][0]["clause"]["municipality"] == "Hangö stad"


def test_lang_from_config_and_cli_wins(tmp_path):
    repo = make_repo(tmp_path / "r", config="lang: fi\n", files=[("p.md", SECRET_FI)])
    _, doc = check(repo / "p.md")
    assert doc["files"][0]["findings"][0]["message"].startswith("Merkintä")
    _, doc = check("--lang", "en", repo / "p.md")
    assert doc["files"][0]["findings"][0]["message"].startswith("The marker")


def test_precedence_front_matter_over_config_and_cli_over_front_matter(tmp_path):
    post = "---\nprofile: norsjo\n---\n" + SECRET_SV
    repo = make_repo(tmp_path / "r", config="profile: hango\n", files=[("p.md", post)])
    _, doc = check(repo / "p.md")
    assert doc["files"][0]["profile"] == "norsjo"
    _, doc = check("--profile", "vimmerby", repo / "p.md")
    assert doc["files"][0]["profile"] == "vimmerby"


def test_overrides_profile_kind_and_rules(tmp_path):
    config = (
        "profile: hango\n"
        "overrides:\n"
        "  - files: ['posts/karleby/**']\n"
        "    profile: karleby\n"
        "  - files: ['replies/**']\n"
        "    kind: reply\n"
        "    rules: {signature/missing: {severity: warning, options: {official_replies: true}}}\n"
    )
    reply_fi = "Kiitos kysymyksestä, palaamme asiaan.\n"
    repo = make_repo(tmp_path / "r", config=config, files=[("posts/karleby/a.md", SECRET_FI), ("replies/b.md", reply_fi), ("posts/c.md", reply_fi)])
    _, doc = check(repo)
    by_name = {os.path.basename(f["path"]): f for f in doc["files"]}
    assert by_name["a.md"]["profile"] == "karleby"
    assert [(f["rule"], f["line"], f["column"]) for f in by_name["a.md"]["findings"]] == [("confidential/marker", 1, 10)]
    assert [(f["rule"], f["severity"], f["line"]) for f in by_name["b.md"]["findings"]] == [("signature/missing", "warning", 1)]
    assert by_name["c.md"]["profile"] == "hango" and by_name["c.md"]["findings"] == []


def test_exclude_gitignore_style(tmp_path):
    repo = make_repo(tmp_path / "r", config="exclude: ['arkiv/', '*.bak.md']\n", files=[("arkiv/x.md", SECRET_SV), ("y.bak.md", SECRET_SV), ("z.md", SECRET_SV)])
    _, doc = check(repo)
    assert [os.path.basename(f["path"]) for f in doc["files"]] == ["z.md"]
    # Excluded even when named on the command line (pre-commit passes file names).
    result, doc = check(repo / "y.bak.md")
    assert doc["files"] == [] and result.exit_code == 0


def test_pyproject_table(tmp_path):
    pyproject = "[project]\nname = 'x'\n\n[tool.kommunlint]\nprofile = 'karleby'\nlang = 'fi'\n\n[tool.kommunlint.rules]\n'confidential/marker' = 'info'\n"
    repo = make_repo(tmp_path / "r", pyproject=pyproject, files=[("p.md", SECRET_FI)])
    result, doc = check(repo / "p.md")
    assert result.exit_code == 0
    (f,) = doc["files"][0]["findings"]
    assert (doc["files"][0]["profile"], f["severity"], f["line"], f["column"]) == ("karleby", "info", 1, 10)


def test_pyproject_error_names_the_line(tmp_path):
    pyproject = "[project]\nname = 'x'\n\n[tool.kommunlint]\nprofile = 'karleby'\nlangs = 'fi'\n"
    make_repo(tmp_path / "r", pyproject=pyproject)
    with pytest.raises(ProfileError) as info:
        load_config(str(tmp_path / "r" / "pyproject.toml"))
    assert info.value.line == 6 and info.value.key == "unknown-key"


def test_explicit_config_overrides_discovery(tmp_path):
    repo = make_repo(tmp_path / "r", config="profile: hango\n", files=[("p.md", SECRET_SV)])
    other = tmp_path / "other.yaml"
    other.write_text("profile: norsjo\nrules: {confidential: off}\n", encoding="utf-8")
    result, doc = check("--config", other, repo / "p.md")
    assert result.exit_code == 0 and doc["files"][0]["profile"] == "norsjo" and doc["files"][0]["findings"] == []


@pytest.mark.parametrize(
    "text, line, fragment",
    [
        ("profile: hango\nrulez: {}\n", 2, "okänd nyckel 'rulez'"),
        ("rules:\n  confidential/markr: off\n", 2, "okänd regel eller grupp 'confidential/markr'"),
        ("rules:\n  confidential/marker: severe\n", 2, "allvarlighetsgraden"),
        ("profile: hangoo\n", 1, "okänd profil 'hangoo'"),
        ("fail-on: sometimes\n", 1, "'fail-on' ska vara error, warning, info, never"),
        ("overrides:\n  - profile: hango\n", 2, "'files'"),
        ("overrides:\n  - files: [a]\n    kind: svar\n", 3, "'kind' ska vara post, reply"),
        ("rules:\n  confidential/marker:\n    options: {nope: 1}\n", 3, "inget alternativ 'nope'"),
    ],
)
def test_strict_validation_names_file_and_line(tmp_path, text, line, fragment):
    config = tmp_path / "k.yaml"
    config.write_text(text, encoding="utf-8")
    post = tmp_path / "p.md"
    post.write_text(SECRET_SV, encoding="utf-8")
    result = runner.invoke(app, ["check", "--config", str(config), str(post)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"kommunlint: {config}:{line}: ") and fragment in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
