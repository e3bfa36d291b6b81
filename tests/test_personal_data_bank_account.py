"""personal-data/bank-account: a Swedish account's clearing number, labelled apart from the
account number or not, and phone numbers that only look like clearing + account.
Sentences written for these tests."""

from conftest import lint_text, rule_hits

BANK = "personal-data/bank-account"


def found(text, profile="vimmerby", **kw):
    return [(f.line, f.column, f.severity) for f in rule_hits(lint_text(text, profile, select=[BANK], **kw), BANK)]


def test_clearing_and_account_numbers_labelled_apart():
    text = "Hej! Vi betalar tillbaka avgiften till kontot du angav, clearingnummer 6112, kontonummer 204 881 537."
    assert found(text, kind="reply") == [(1, 72, "error")]
    assert found("Pengarna sätts in på clearing 9420-4, konto: 558 120 994.", "norsjo") == [(1, 31, "error")]


def test_a_phone_number_with_an_area_code_is_no_clearing_number():
    # Swedish clearing numbers run 1100-9969: a number starting with 0 is an area code,
    # even when "konto" stands in a word before it ("kontorstid").
    assert found("Efter kontorstid når du jouren på 0492-769 90.") == []
    assert found("Efter kontorstid når du jouren på 0918-141 10.", "norsjo") == []


def test_a_giro_number_called_the_readers_is_an_account():
    text = "Hej! Ersättningen betalas ut till ditt bankgiro 5412-7781 inom en vecka."
    assert found(text, kind="reply") == [(1, 49, "error")]
    # an organisation's published giro stays allowed
    assert found("Betala avgiften till kommunens bankgiro 5050-1055.") == []
