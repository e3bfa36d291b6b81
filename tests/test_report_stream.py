"""Reports built while results arrive (report.Collector, issue 15): the same bytes as
rendering the whole list, masking included, and no post kept for the formats that stream."""

from __future__ import annotations

import io
import json

import pytest

from kommunlint.linter import Options, lint
from kommunlint.post import parse_post
from kommunlint.profile import load_profile
from kommunlint.report import FORMATS, Collector, InputProblem, ReportContext, render

POSTS = [
    # (the reader's own number: "Ring Eva Lind på ..." alone reads as a staff contact, no personal data)
    ("a.md", "---\nprofile: norsjo\n---\nÄrendet är sekretessbelagt. Vi ringer dig, Eva Lind, på 070-123 45 67.\n"),
    ("b.md", "---\nprofile: karleby\n---\nLiite on luottamuksellinen.\n"),
    ("c.md", "---\nprofile: norsjo\n---\nVälkomna till biblioteket på lördag!\n"),
]
PHONE = "070-123 45 67"


def _results():
    out = []
    for path, raw in POSTS:
        post = parse_post(raw, path)
        out.append(lint(post, load_profile(post.meta["profile"]), Options()))
    return out


def _ctx(errors=()):
    return ReportContext(lang="en", errors=list(errors))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("with_error", [False, True])
def test_a_collected_report_is_the_rendered_one(fmt, with_error):
    errors = [InputProblem("x.md", 3, "front matter: unknown key", "front-matter-key")] if with_error else []
    results = _results()
    collector = Collector(fmt, _ctx(errors))
    for result in results:
        collector.add(result)
    out = io.StringIO()
    collector.write(out)
    assert out.getvalue() == render(fmt, results, _ctx(errors))
    assert PHONE not in out.getvalue()  # masked as in render
    assert collector.counts == {"files": 3, "errors": sum(r.count("error") for r in results),
                                "warnings": sum(r.count("warning") for r in results),
                                "infos": sum(r.count("info") for r in results)}


@pytest.mark.parametrize("fmt", ["json", "sarif", "junit", "parsable", "github"])
def test_streaming_formats_keep_text_not_results(fmt):
    collector = Collector(fmt, _ctx())
    for result in _results():
        collector.add(result)
    assert collector.streams and collector.results == []
    assert len(collector.fragments) == 3


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_an_empty_report_is_the_same(fmt):
    collector = Collector(fmt, _ctx())
    out = io.StringIO()
    collector.write(out)
    assert out.getvalue() == render(fmt, [], _ctx())
    if fmt == "json":
        assert json.loads(out.getvalue())["files"] == []


def test_streamed_sarif_and_junit_parse():
    import xml.etree.ElementTree as ET

    results = _results()
    for fmt in ("sarif", "junit"):
        collector = Collector(fmt, _ctx([InputProblem("x.md", None, "unreadable", "not-utf8")]))
        for result in results:
            collector.add(result)
        out = io.StringIO()
        collector.write(out)
        if fmt == "sarif":
            run = json.loads(out.getvalue())["runs"][0]
            assert [r["ruleIndex"] for r in run["results"]] == [
                [rule["id"] for rule in run["tool"]["driver"]["rules"]].index(r["ruleId"]) for r in run["results"]]
        else:
            suite = ET.fromstring(out.getvalue().split("\n", 1)[1])[0]
            assert int(suite.get("tests")) == len(suite.findall("testcase"))
