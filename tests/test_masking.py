"""Masking of personal data in every report (text and JSON), via the CLI."""

import json

from typer.testing import CliRunner

from kommunlint.cli import app
from kommunlint.masking import mask, mask_spans

POST = "---\nprofile: hango\nkind: reply\n---\nHej! Ring 040 123 4567 eller mejla anna.berg@gmail.com, pnr 811218-9876.\n"
SECRETS = ("123 45", "4567", "anna.berg", "9876")


def run(path, *args):
    return CliRunner().invoke(app, ["check", str(path), "--select", "personal-data", *args])


def test_mask_kinds():
    assert mask("811218-9876", "national-id") == "811218-****"
    assert mask("19811218-9876", "national-id") == "19811218-****"
    assert mask("131052-308T", "national-id") == "131052-****"
    assert mask("anna.berg@gmail.com", "email") == "a***@gmail.com"
    assert mask("070-123 45 67", "phone") == "070-*** ** 67"
    assert mask("Anna Berg", "person-name") == "A*** B***"


def test_mask_spans_masks_only_the_spans():
    assert mask_spans("x 811218-9876 y", 10, [(12, 23, "national-id")]) == "x 811218-**** y"


def test_text_report_masks_the_message_and_the_printed_line(tmp_path):
    path = tmp_path / "post.txt"
    path.write_text(POST, encoding="utf-8")
    out = run(path).stdout
    assert "personal-data/phone" in out and "personal-data/email" in out and "personal-data/national-id" in out
    for secret in SECRETS:
        assert secret not in out, secret
    assert "Hej! Ring 040 *** **67 eller mejla a***@gmail.com, pnr 811218-****." in out


def test_json_report_masks_excerpt_and_message(tmp_path):
    path = tmp_path / "post.txt"
    path.write_text(POST, encoding="utf-8")
    out = run(path, "--format", "json").stdout
    for secret in SECRETS:
        assert secret not in out, secret
    data = json.loads(out)
    text = json.dumps(data, ensure_ascii=False)
    assert "811218-****" in text and "a***@gmail.com" in text


def test_show_pii_prints_in_clear(tmp_path):
    path = tmp_path / "post.txt"
    path.write_text(POST, encoding="utf-8")
    out = run(path, "--show-pii").stdout
    assert "811218-9876" in out and "anna.berg@gmail.com" in out
