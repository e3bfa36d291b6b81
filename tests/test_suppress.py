"""Inline suppressions: directive parsing, blanking, filtering and suppression/missing-reason."""

from conftest import lint_text, rule_hits

from kommunlint.post import parse_post
from kommunlint.suppress import parse_directives

SV = (
    "Ärendet är sekretessbelagt.\n"
    "<!-- kommunlint-disable-next-line confidential/marker -- beslutat av kanslichefen -->\n"
    "Bilagan är sekretessbelagd.\n"
    "Protokollet är sekretessbelagt.\n"
)
FI = (
    "<!-- kommunlint-disable confidential -- tiedotteen luonnos, tarkistettu -->\n"
    "Liite on luottamuksellinen.\n"
    "<!-- kommunlint-enable -->\n"
    "Pöytäkirja on luottamuksellinen.\n"
)


def test_next_line_drops_only_the_next_line_sv():
    hits = rule_hits(lint_text(SV, select=["confidential", "suppression"]), "confidential/marker")
    assert [(f.line, f.column) for f in hits] == [(1, 12), (4, 16)]


def test_range_ends_at_enable_fi():
    findings = lint_text(FI, select=["confidential", "suppression"], lang="fi")
    assert [(f.rule, f.line, f.column) for f in findings] == [("confidential/marker", 4, 15)]


def test_disable_without_enable_runs_to_end():
    text = "Hej.\n<!-- kommunlint-disable confidential/marker -- pressmeddelande efter beslut -->\nSekretess.\n\nKonfidentiellt.\n"
    assert rule_hits(lint_text(text, select=["confidential"]), "confidential/marker") == []


def test_enable_of_one_rule_keeps_the_others_disabled():
    text = (
        "<!-- kommunlint-disable confidential, signature -- granskat -->\n"
        "Sekretess.\n<!-- kommunlint-enable confidential/marker -->\nKonfidentiellt.\n"
    )
    findings = lint_text(text, select=["confidential", "signature", "suppression"], account="personal")
    assert [(f.rule, f.line) for f in findings] == [("confidential/marker", 4)]


def test_directive_is_blanked_from_post_text():
    text = "Hej <!-- kommunlint-disable signature -- ok --> då.\n"
    post = parse_post(text)
    assert "kommunlint" not in post.text and len(post.text) == len(post.raw)
    assert post.text.startswith("Hej ") and post.text.rstrip().endswith("då.")


def test_stacked_next_line_directives_cover_the_same_line():
    text = (
        "<!-- kommunlint-disable-next-line signature -- kommunens eget inlägg -->\n"
        "<!-- kommunlint-disable-next-line confidential/marker -- beslutet är offentligt -->\n"
        "Sekretessen är hävd.\n"
    )
    findings = lint_text(text, select=["confidential", "suppression"])
    assert findings == []


def test_missing_reason_is_a_finding_sv_and_still_suppresses():
    text = "<!-- kommunlint-disable-next-line confidential/marker -->\nSekretess gäller.\n"
    findings = lint_text(text, select=["confidential", "suppression"])
    assert [(f.rule, f.line, f.column, f.severity) for f in findings] == [("suppression/missing-reason", 1, 1, "warning")]
    assert findings[0].message == "Kommentaren kommunlint-disable-next-line saknar skäl."


def test_missing_reason_fi_message():
    text = "Teksti.\n<!-- kommunlint-disable confidential -->\nLiite on luottamuksellinen.\n"
    (finding,) = lint_text(text, select=["confidential", "suppression"], lang="fi")
    assert (finding.rule, finding.line, finding.column) == ("suppression/missing-reason", 2, 1)
    assert finding.message == "Kommentista kommunlint-disable puuttuu syy."


def test_unknown_rule_in_directive_is_reported_and_suppresses_nothing():
    text = "<!-- kommunlint-disable confidental -- kirjoitusvirhe -->\nLiite on luottamuksellinen.\n"
    findings = lint_text(text, select=["confidential", "suppression"], lang="fi")
    assert [(f.rule, f.line) for f in findings] == [("suppression/missing-reason", 1), ("confidential/marker", 2)]
    assert "'confidental'" in findings[0].message


def test_suppression_finding_cannot_be_suppressed_by_itself():
    text = "<!-- kommunlint-disable -->\nHej.\n"
    findings = lint_text(text, select=["suppression"])
    assert [(f.rule, f.line) for f in findings] == [("suppression/missing-reason", 1)]


def test_enable_needs_no_reason_and_clean_post_has_no_findings():
    text = "<!-- kommunlint-disable signature -- kommunens konto -->\nVälkommen!\n<!-- kommunlint-enable -->\n"
    assert lint_text(text, select=["suppression"]) == []


def test_parse_directives_shapes():
    (d,) = parse_directives("x <!-- kommunlint-disable personal-data/phone, offensive -- växelns nummer --> y")
    assert d.kind == "disable" and d.selectors == ("personal-data/phone", "offensive")
    assert d.reason == "växelns nummer" and "offensive/insult" in d.rules and "signature/missing" not in d.rules
    assert (d.start, d.end) == (2, 78)


def test_ordinary_html_comment_is_left_alone():
    post = parse_post("<!-- en vanlig kommentar -->\nHej.\n")
    assert post.text.startswith("<!--") and post.suppressions.directives == []
