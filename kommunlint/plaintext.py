"""Text ready to paste: HTML comments and Markdown markup removed (``kommunlint strip``).

Social-media platforms do not render Markdown, so ``**Viktigt:**`` would be published
with its asterisks. :func:`markdown_to_text` parses the draft with markdown-it-py
(CommonMark, installed with rich) and writes its text back:

- headings, paragraphs, block quotes: their text; paragraphs separated by a blank line;
- a line break inside a paragraph stays a line break (posts are written line by line);
- emphasis, strong, strike-through and code marks dropped, backslash escapes resolved;
- list items one per line: ``• item`` (bullets) or ``1. item`` (numbers kept),
  nested items indented by two spaces;
- a link: its text, followed by `` (URL)`` unless the text already is the URL;
  an image: its alt text; code blocks: their content;
- HTML comments (also kommunlint directives) and HTML tags removed; thematic breaks dropped.
"""

from __future__ import annotations

import re

_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def _mark_comments(text: str) -> str:
    """``text`` with each ``<!-- ... -->`` replaced by NUL, as ``re.sub(r"<!--.*?-->", "\\0",
    text, flags=re.S)`` would, in linear time: the regular expression rescans to the end
    of the text from every unclosed ``<!--``."""
    out: list[str] = []
    pos = 0
    while (start := text.find("<!--", pos)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:  # no closer: no later opener has one either
            break
        out += [text[pos:start], "\0"]
        pos = end + 3
    out.append(text[pos:])
    return "".join(out)


def remove_html_comments(text: str) -> str:
    """``text`` without HTML comments; a line that held only comments is dropped."""
    out = []
    for line in _mark_comments(text).split("\n"):
        if "\0" in line and not line.replace("\0", "").strip():
            continue
        out.append(line.replace("\0", "").rstrip() if "\0" in line else line)
    return "\n".join(out)


def _inline(children) -> str:
    parts: list[str] = []
    links: list[tuple[str, int]] = []  # (href, index in parts where the link text starts)
    for tok in children or []:
        kind = tok.type
        if kind == "text":
            parts.append(tok.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif kind == "code_inline":
            parts.append(tok.content)
        elif kind == "image":
            parts.append(tok.content)
        elif kind == "html_inline":
            if re.fullmatch(r"<br\s*/?>", tok.content.strip(), re.I):
                parts.append("\n")
        elif kind == "link_open":
            links.append((tok.attrGet("href") or "", len(parts)))
        elif kind == "link_close" and links:
            href, start = links.pop()
            label = "".join(parts[start:])
            shown = href[7:] if href.startswith("mailto:") else href
            if shown and shown not in label and label not in (href, shown):
                parts.append(f" ({shown})")
    return "".join(parts)


def markdown_to_text(source: str) -> str:
    """``source`` (Markdown) as plain text, ending in one newline (``""`` when empty).

    See the module docstring for what becomes of each construct.
    """
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark", {"html": True}).parse(remove_html_comments(source))
    blocks: list[tuple[str, int]] = []  # (text, list depth)
    lists: list[list] = []  # per open list: [next number or None, marker]
    prefix = ""
    for tok in tokens:
        kind = tok.type
        if kind == "bullet_list_open":
            lists.append([None, ""])
        elif kind == "ordered_list_open":
            lists.append([int(tok.attrGet("start") or 1), tok.markup or "."])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            indent = "  " * (len(lists) - 1)
            top = lists[-1]
            if top[0] is None:
                prefix = indent + "• "
            else:
                prefix = f"{indent}{top[0]}{tok.markup or top[1]} "
                top[0] += 1
        elif kind == "inline":
            blocks.append((prefix + _inline(tok.children), len(lists)))
            prefix = ""
        elif kind in ("fence", "code_block"):
            blocks.append((prefix + tok.content.rstrip("\n"), len(lists)))
            prefix = ""
        elif kind == "html_block":
            content = _TAG.sub("", tok.content).strip("\n")
            if content.strip():
                blocks.append((content, len(lists)))
    out = ""
    for i, (text, depth) in enumerate(blocks):
        if i:
            out += "\n" if depth and blocks[i - 1][1] else "\n\n"
        out += text
    out = out.strip("\n")
    return out + "\n" if out.strip() else ""
