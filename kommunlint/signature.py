"""Finding the writer's signature at the end of a post.

Shared by ``signature/*`` (is there one?) and by the personal-data rules (the
signer's own name and contact line are not a resident's personal data).

Recognised, in the last lines of the post (trailing hashtag and link lines skipped):

- a greeting and a name: "Hälsningar Anna Berg", "Med vänlig hälsning\\nAnna",
  "Terveisin Matti Virtanen, tiedottaja", "Ystävällisin terveisin\\nMatti";
- a slash or dash signature: "/Anna", "// Anna B.", "– Matti", "/AB" (initials);
- a name with a title on the last line: "Anna Berg, kommunikatör",
  "Matti Virtanen / tiedottaja", "rektor Anna Berg".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NAME_WORD = r"[A-ZÅÄÖÜÉ][a-zåäöüéèáíóúßšž]+(?:-[A-ZÅÄÖ][a-zåäöüé]+)?"
_NAME = rf"{_NAME_WORD}(?:\s+(?:[A-ZÅÄÖ]\.|{_NAME_WORD})){{0,2}}"
_INITIALS = r"[A-ZÅÄÖ]{1,3}|[A-ZÅÄÖ]\.(?:\s?[A-ZÅÄÖ]\.){0,2}"

GREETINGS_SV = (
    "med vänliga hälsningar", "med vänlig hälsning", "vänliga hälsningar", "vänlig hälsning",
    "bästa hälsningar", "hälsningar", "hälsning", "mvh", "vh", "hälsar", "tack och hälsningar",
)
GREETINGS_FI = (
    "ystävällisin terveisin", "parhain terveisin", "yst. terv.", "terveisin", "terv.",
    "t.", "kiittäen", "kiittäen ja terveisin",
)

#: Title words (lower case, stems match inflected and compound forms).
TITLES: tuple[str, ...] = (
    # Swedish
    "kommunikatör", "informatör", "kommunikationschef", "kommunikationsstrateg", "informationschef",
    "rektor", "biträdande rektor", "bibliotekarie", "bibliotekschef", "ordförande", "vice ordförande",
    "kommundirektör", "stadsdirektör", "kommunchef", "förvaltningschef", "enhetschef", "avdelningschef",
    "sektorchef", "handläggare", "handledare", "sekreterare", "socialsekreterare", "förskolechef",
    "lärare", "kurator", "skolsköterska", "sjuksköterska", "fritidsledare", "ungdomsledare",
    "ungdomsarbetare", "kultursekreterare", "turistchef", "kommunalråd", "oppositionsråd",
    "ledamot", "fullmäktigeledamot", "stadsstyrelseledamot", "planerare", "ingenjör", "arkitekt",
    "ekonom", "controller", "jurist", "samordnare", "koordinator", "projektledare", "webbredaktör",
    "redaktör", "kundtjänst", "växel", "chef", "direktör",
    # Finnish
    "tiedottaja", "viestintäpäällikkö", "viestintäjohtaja", "viestintäasiantuntija", "viestintäsuunnittelija",
    "rehtori", "apulaisrehtori", "kirjastonhoitaja", "kirjastonjohtaja", "kirjastovirkailija",
    "kaupunginjohtaja", "kunnanjohtaja", "apulaiskaupunginjohtaja", "puheenjohtaja", "varapuheenjohtaja",
    "toimialajohtaja", "palvelupäällikkö", "yksikön päällikkö", "päällikkö", "johtaja", "esihenkilö",
    "sihteeri", "sosiaalityöntekijä", "opettaja", "kuraattori", "terveydenhoitaja", "sairaanhoitaja",
    "nuoriso-ohjaaja", "nuorisotyöntekijä", "suunnittelija", "insinööri", "arkkitehti", "asiantuntija",
    "koordinaattori", "projektipäällikkö", "valtuutettu", "kaupunginvaltuutettu", "hallituksen jäsen",
    "asiakaspalvelu", "vaihde",
)

_TITLE_RE = re.compile(r"(?i)(?<!\w)\w*(?:" + "|".join(sorted((re.escape(t) for t in TITLES), key=len, reverse=True)) + r")\w*")
_GREETING_RE = re.compile(
    r"(?i)^\s*(?:" + "|".join(re.escape(g) for g in sorted(GREETINGS_SV + GREETINGS_FI, key=len, reverse=True)) + r")(?=[\s,:!]|$)[\s,:!]*"
)
_SLASH_RE = re.compile(rf"(?:^|\s)(?:/{{1,2}}|[-–—]{{1,2}})\s?(?P<name>{_NAME}|{_INITIALS})\s*(?:,|/|$)")
_NAME_THEN_TITLE_RE = re.compile(rf"^\s*(?P<name>{_NAME})\s*(?:,|/|[-–—]|\|)\s*(?P<title>.+)$")
_TITLE_THEN_NAME_RE = re.compile(rf"^\s*+(?P<title>(?:[\wåäö]++ ++)*?[\wåäö]++)\s++(?P<name>{_NAME_WORD}\s+{_NAME_WORD})\s*$")
_SKIP_LINE = re.compile(r"^\s*(?:(?:#\w+|https?://\S+|www\.\S+|@\w+)[\s.,]*)+$")


@dataclass(frozen=True)
class Signature:
    """A signature: 0-based ``start``/``end`` offsets of its lines (end exclusive),
    the signer's ``name`` (or initials) with its span, and the ``title`` if given."""

    start: int
    end: int
    name: str
    name_start: int
    name_end: int
    title: str | None


def _content_lines(text: str, limit: int = 4) -> list[tuple[int, int, str]]:
    """The last ``limit`` non-empty lines as (start, end, text), in order; trailing
    hashtag, link and @mention lines are passed over (they follow signatures)."""
    out: list[tuple[int, int, str]] = []
    for match in reversed(list(re.finditer(r"[^\n]+", text))):
        line = match.group()
        if not line.strip() or (not out and _SKIP_LINE.match(line)):
            continue
        out.append((match.start(), match.end(), line))
        if len(out) >= limit:
            break
    return out[::-1]


def last_content_line(text: str) -> tuple[int, int] | None:
    """``(start, end)`` of the last line that is not blank, hashtags or links; ``None`` if none."""
    lines = _content_lines(text, limit=1)
    if not lines:
        return None
    start, end, line = lines[0]
    return start + len(line) - len(line.lstrip()), start + len(line.rstrip())


def title_in(text: str) -> str | None:
    """The first title word in ``text`` (kommunikatör, rehtori, kommunstyrelsens ordförande ...), or ``None``."""
    match = _TITLE_RE.search(text)
    return match.group().strip() if match else None


def find_signature(text: str) -> Signature | None:
    """Find the writer's signature at the end of ``text`` (a ``Post.text``).

    Returns ``None`` when the post does not end with a recognisable signature.
    """
    lines = _content_lines(text)
    if not lines:
        return None
    # A greeting line, then the name on the same or the next line(s).
    for i, (start, end, line) in enumerate(lines):
        greeting = _GREETING_RE.match(line)
        if not greeting:
            continue
        rest_start = start + greeting.end()
        rest = text[rest_start:end]
        name_match = re.match(rf"\s*(?P<name>{_NAME}|{_INITIALS})", rest)
        if name_match:
            title = title_in(text[rest_start + name_match.end() : lines[-1][1]])
            ns = rest_start + name_match.start("name")
            return Signature(start, lines[-1][1], name_match.group("name"), ns, ns + len(name_match.group("name")), title)
        if i + 1 < len(lines):
            n_start, _, n_line = lines[i + 1]
            name_match = re.match(rf"\s*(?P<name>{_NAME}|{_INITIALS})", n_line)
            if name_match:
                title = title_in(text[n_start + name_match.end() : lines[-1][1]])
                ns = n_start + name_match.start("name")
                return Signature(start, lines[-1][1], name_match.group("name"), ns, ns + len(name_match.group("name")), title)
    last_start, last_end, last = lines[-1]
    slash = None
    for slash in _SLASH_RE.finditer(last):
        pass
    if slash:
        ns = last_start + slash.start("name")
        title = title_in(last[slash.end("name") :])
        return Signature(last_start + slash.start(), last_end, slash.group("name"), ns, ns + len(slash.group("name")), title)
    for pattern in (_NAME_THEN_TITLE_RE, _TITLE_THEN_NAME_RE):
        match = pattern.match(last)
        if match and title_in(match.group("title")):
            ns = last_start + match.start("name")
            return Signature(last_start, last_end, match.group("name"), ns, ns + len(match.group("name")), title_in(match.group("title")))
    # A signature split over the last two lines: "Anna Berg" / "kommunikatör, Vimmerby kommun".
    if len(lines) >= 2:
        prev_start, _, prev = lines[-2]
        name_only = re.fullmatch(rf"\s*(?P<name>{_NAME_WORD}\s+{_NAME_WORD})\s*", prev)
        if name_only and title_in(last) and len(last) < 80:
            ns = prev_start + name_only.start("name")
            return Signature(prev_start, last_end, name_only.group("name"), ns, ns + len(name_only.group("name")), title_in(last))
    return None
