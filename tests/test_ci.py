"""The CI examples as written: the GitHub Action (action.yml and its script) and the
GitLab job (examples/ci/gitlab-ci.yml), run in a temporary git repository of drafts
laid out as the README's configuration example, with that configuration."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from kommunlint.ci_summary import cell, markdown

ROOT = Path(__file__).resolve().parent.parent
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
GITLAB = yaml.safe_load((ROOT / "examples/ci/gitlab-ci.yml").read_text(encoding="utf-8"))["kommunlint"]


def readme_config() -> str:
    """The `.kommunlint.yaml` example of the README (the block with `overrides:`)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", readme, re.S)
    return next(b for b in blocks if "overrides:" in b and "exclude:" in b)


def readme_folders() -> set[str]:
    """Top-level drafts folders the README's configuration example refers to."""
    config = yaml.safe_load(readme_config())
    globs = [g for o in config["overrides"] for g in o["files"]]
    return {g.split("/", 1)[0] for g in globs}


@pytest.fixture
def drafts(tmp_path):
    """A git repository of drafts with the README's configuration (profile hango,
    messages in Finnish, fail-on warning, posts/karleby/** → karleby, replies/** and
    svar/** → official replies), and a `kommunlint` command on PATH running this
    worktree's package."""
    repo = tmp_path / "drafts"
    for folder in ("posts/karleby", "replies", "svar", "arkiv"):
        (repo / folder).mkdir(parents=True)
    (repo / ".kommunlint.yaml").write_text(readme_config(), encoding="utf-8")
    (repo / "posts/tiedote.md").write_text("Asia on salassa pidettävä.\n\nÄrendet är sekretessbelagt.\n", encoding="utf-8")
    (repo / "posts/karleby/ok.txt").write_text("Tervetuloa kirjastoon lauantaina klo 11!\n\nVälkommen till biblioteket på lördag kl. 11!\n", encoding="utf-8")
    (repo / "replies/svar.txt").write_text("Hei! Soita minulle numeroon 040 123 4567.\n", encoding="utf-8")
    (repo / "svar/vastaus.md").write_text("Hei! Henkilötunnuksesi 131052-308T näkyi viestissä.\n", encoding="utf-8")
    (repo / "arkiv/gammal.txt").write_text("Ärendet är sekretessbelagt.\n", encoding="utf-8")
    (repo / "README.md").write_text("# Drafts\n", encoding="utf-8")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "kommunlint"
    shim.write_text(f'#!/bin/sh\nPYTHONPATH={shlex.quote(str(ROOT))} exec {shlex.quote(sys.executable)} -m kommunlint "$@"\n')
    shim.chmod(0o755)
    git = lambda *a: subprocess.run(["git", *a], cwd=repo, check=True, capture_output=True)  # noqa: E731
    git("init", "-q")
    git("add", ".")
    git("-c", "user.name=CI", "-c", "user.email=ci@example.org", "commit", "-qm", "drafts")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KOMMUNLINT_", "GITHUB_"))}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env['PATH']}"
    env["PYTHONPATH"] = str(ROOT)
    return repo, env


# -- the GitHub Action ----------------------------------------------------------------------
def test_action_yml_is_a_composite_action_installing_its_own_checkout():
    assert set(ACTION["inputs"]) >= {"paths", "fail-on", "profile", "sarif"}
    assert ACTION["runs"]["using"] == "composite"
    steps = ACTION["runs"]["steps"]
    install = next(s for s in steps if "pip install" in s.get("run", ""))
    assert install["env"]["ACTION_PATH"] == "${{ github.action_path }}"
    assert '"$ACTION_PATH"' in install["run"]
    check = next(s for s in steps if "github-action.sh" in s.get("run", ""))
    assert check["shell"] == "bash"
    assert (ROOT / "scripts/github-action.sh").exists()
    for name, var in (("paths", "KOMMUNLINT_PATHS"), ("fail-on", "KOMMUNLINT_FAIL_ON"), ("profile", "KOMMUNLINT_PROFILE"), ("sarif", "KOMMUNLINT_SARIF")):
        assert check["env"][var] == "${{ inputs.%s }}" % name  # inputs reach the script as data, never as code


def run_action(repo, env, **inputs):
    summary = repo.parent / "summary.md"
    summary.write_text("", encoding="utf-8")
    env = {**env, "GITHUB_STEP_SUMMARY": str(summary), "GITHUB_ACTIONS": "true", "KOMMUNLINT_PYTHON": sys.executable}
    env.update({f"KOMMUNLINT_{k.upper()}": v for k, v in inputs.items()})
    process = subprocess.run(["bash", str(ROOT / "scripts/github-action.sh")], cwd=repo, env=env, capture_output=True, text=True, timeout=120)
    return process, summary.read_text(encoding="utf-8")


def test_action_script_annotations_summary_and_sarif(drafts):
    repo, env = drafts
    process, summary = run_action(repo, env, paths="posts/\nreplies/ svar/", fail_on="error", sarif="kommunlint.sarif")
    assert process.returncode == 1, process.stderr
    lines = process.stdout.splitlines()
    assert lines[0].startswith("::error file=posts/tiedote.md,line=1,col=9,endLine=1,endColumn=26,title=kommunlint confidential/marker::Merkintä")
    assert any(l.startswith("::error file=svar/vastaus.md,line=1,col=24,") and "131052-308T" not in l for l in lines)
    assert any(l.startswith("::warning file=replies/svar.txt,") and "personal-data/phone" in l for l in lines)
    assert not any("arkiv/" in l for l in lines)
    assert summary.startswith("### kommunlint: 5 virhettä, 1 varoitusta, 0 tietoa, 4 tiedosto(a)\n"), summary  # the config's lang: fi
    assert "| ❌ virhe | posts/tiedote.md | 1:9 | `confidential/marker` | Merkintä" in summary
    assert any(l.startswith("::error file=replies/svar.txt,") and "signature/missing" in l for l in lines)  # config override
    assert "131052-308T" not in summary and "123 4567" not in summary
    sarif = json.loads((repo / "kommunlint.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0" and len(sarif["runs"][0]["results"]) == len(lines)


def test_action_script_fail_on_never_and_clean(drafts):
    repo, env = drafts
    process, summary = run_action(repo, env, paths="posts/", fail_on="never", lang="en")
    assert process.returncode == 0
    assert summary.startswith("### kommunlint: 2 errors, 0 warnings, 0 infos in 2 file(s)\n")  # the lang input wins
    assert "| ❌ error | posts/tiedote.md | 1:9 | `confidential/marker` | The marker" in summary
    clean, clean_summary = run_action(repo, env, paths="posts/karleby/")
    assert clean.returncode == 0 and clean.stdout == ""
    assert clean_summary == "### kommunlint: ei huomautettavaa, 1 tiedosto(a) ✅\n"


def test_action_script_input_error_is_exit_2(drafts):
    repo, env = drafts
    process, _ = run_action(repo, env, paths="posts/ saknas/")
    assert process.returncode == 2
    assert "saknas" in process.stderr and "Traceback" not in process.stderr


def test_summary_cells_are_escaped():
    assert cell("a | b\nc <script>") == "a \\| b c &lt;script>"
    doc = {"files": [{"path": "p|x.md", "findings": [{"rule": "r/x", "severity": "warning", "line": 2, "column": 3, "message": "m|n", "clause": None}]}],
           "summary": {"files": 1, "errors": 0, "warnings": 1, "infos": 0}}
    assert markdown(doc, "en").splitlines()[-1] == "| ⚠️ warning | p\\|x.md | 2:3 | `r/x` | m\\|n |  |"


def test_summary_bad_json_is_one_line_exit_2(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text("{}", encoding="utf-8")
    process = subprocess.run([sys.executable, "-m", "kommunlint.ci_summary", str(bad)], cwd=ROOT, capture_output=True, text=True)
    assert process.returncode == 2 and process.stderr.count("\n") == 1 and "not kommunlint JSON output" in process.stderr


# -- the GitLab job ------------------------------------------------------------------------------
def test_gitlab_job_installs_what_it_needs_on_its_image():
    assert GITLAB["image"] == "python:3.11-slim"
    install_git, install_kommunlint, *_ = GITLAB["script"]
    assert install_git.startswith("apt-get update") and "apt-get install" in install_git and " git" in install_git
    assert 'pip install' in install_kommunlint and '"git+${KOMMUNLINT_REPO}@${KOMMUNLINT_REF}"' in install_kommunlint
    assert GITLAB["artifacts"]["reports"]["junit"] == "kommunlint-junit.xml"
    assert GITLAB["artifacts"]["when"] == "always"


def test_gitlab_job_checks_every_drafts_folder_of_the_readme_config():
    folders = {p.rstrip("/") for p in GITLAB["variables"]["KOMMUNLINT_PATHS"].split()}
    assert folders == readme_folders() == {"posts", "replies", "svar"}


def run_gitlab(lines, repo, env):
    """Run script lines as GitLab's shell does (one bash session, -e, variables set)."""
    env = {**env, **{k: str(v) for k, v in GITLAB["variables"].items()}}
    script = "set -eo pipefail\n" + "\n".join(lines) + "\n"
    return subprocess.run(["bash", "-c", script], cwd=repo, env=env, capture_output=True, text=True, timeout=120)


def test_gitlab_job_script_gives_one_junit_test_case_per_finding(drafts):
    repo, env = drafts
    script = GITLAB["script"][2:]  # the two install lines need root and the network (checked above)
    process = run_gitlab(script, repo, env)
    assert process.returncode == 1, process.stderr  # findings fail the job; the report is still kept
    root = ET.parse(repo / "kommunlint-junit.xml").getroot()
    cases = root.find("testsuite").findall("testcase")
    failing = [c for c in cases if c.find("failure") is not None]
    names = [c.get("name") for c in failing]
    assert "confidential/marker at posts/tiedote.md:1:9" in names
    assert "personal-data/national-id at svar/vastaus.md:1:24" in names
    assert any(n.startswith("personal-data/phone at replies/svar.txt:1:") for n in names)
    assert {c.get("classname") for c in cases} == {"posts/tiedote.md", "posts/karleby/ok.txt", "replies/svar.txt", "svar/vastaus.md"}
    assert root.get("failures") == str(len(failing)) and root.get("tests") == str(len(cases))
    assert "131052-308T" not in (repo / "kommunlint-junit.xml").read_text(encoding="utf-8")
    after = run_gitlab(GITLAB["after_script"], repo, env)
    assert after.returncode == 0
    assert "posts/tiedote.md:1:9: [error] Merkintä" in after.stdout


def test_gitlab_job_without_drafts_folders_says_so(tmp_path, drafts):
    _, env = drafts
    empty = tmp_path / "empty"
    empty.mkdir()
    process = run_gitlab(GITLAB["script"][2:], empty, env)
    assert process.returncode == 2
    assert process.stderr == "kommunlint: none of posts/ replies/ svar/ exists\n"


def test_summary_lists_files_that_could_not_be_checked():
    doc = {"summary": {"files": 1, "errors": 0, "warnings": 0, "infos": 0}, "files": [{"path": "a.md", "findings": []}],
           "errors": [{"path": "bad.md", "line": 2, "message": "'account' must be one of personal, official, not another text", "key": "front-matter-value", "level": "error"}]}
    assert markdown(doc, "en").splitlines()[-2:] == ["1 file(s) could not be checked:", "- bad.md:2: 'account' must be one of personal, official, not another text"]
