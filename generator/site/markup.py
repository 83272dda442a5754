"""Contributor text to safe Markdown.

Dossier text may use three kinds of markup: *emphasis*, **strong** and `code`. Everything else a
contributor types is shown literally: every character that Markdown, its extensions (attr_list,
abbr, footnotes, tables, admonitions) or HTML would read as syntax is escaped, so no HTML, script,
link or attribute written in YAML can reach a page. Mentions of actors and glossary terms become
links; a glossary link carries the term's definition as its title, which Material shows as a tooltip.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Mapping
from dataclasses import dataclass

from generator.checking.text import CONTROL as _CONTROL
from generator.format.mentions import Mention, Mentions, Target

# Markdown's own backslash escapes, readable in the written files.
_BACKSLASHED = "\\`*_{}[]#!"
# Characters that are escaped as numeric character references: HTML syntax, the table cell
# separator, footnote and abbreviation markers.
_REFERENCED = {"<": "&lt;", ">": "&gt;", "&": "&amp;", "|": "&#124;", "^": "&#94;", "~": "&#126;"}
_TEXT_TABLE = str.maketrans({**{c: "\\" + c for c in _BACKSLASHED}, **_REFERENCED})
# Control characters: Python-Markdown uses \x02 and \x03 to mark its stash of raw HTML.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A line that starts with digits and a dot or parenthesis would become an ordered list.
_ORDERED = re.compile(r"^(\d+)([.)])")
_MARKUP = re.compile(
    r"`(?P<code>[^`]+)`"
    r"|\*\*(?P<strong>(?=\S)[^*]+?(?<=\S))\*\*"
    r"|\*(?P<em>(?=\S)[^*]+?(?<=\S))\*"
)
TITLE_LIMIT = 300


def _clean(text: str) -> str:
    if not (text.isascii() and text.isprintable()):
        text = _CONTROL.sub("", text)
    return " ".join(text.split())


def _reference(char: str) -> str:
    return f"&#{ord(char)};"


# A straight double quote opens after the start, a space or an opening bracket or dash, else closes.
_OPENING_QUOTE = re.compile(r'(?:(?<=^)|(?<=[\s(\[\u2014\u2013/]))"')


def typographic(text: str) -> str:
    """Straight double quotes as typographic ones: 'the "five clans"' -> 'the “five clans”'."""
    if '"' not in text:
        return text
    return _OPENING_QUOTE.sub("\u201c", text).replace('"', "\u201d")


def escape(text: str) -> str:
    """Plain text as Markdown that shows exactly that text, on one line, wherever it is placed."""
    return _guard_line_start(_clean(text).translate(_TEXT_TABLE))


def _guard_line_start(line: str) -> str:
    """Escape what would begin a block at the start of a line: `-`, `+`, `:`, `=`, `1.`..."""
    if not line:
        return line
    if line[0].isdigit():
        return _ORDERED.sub(lambda m: m.group(1) + _reference(m.group(2)), line)
    if line[0].isascii() and not line[0].isalnum() and line[0] not in "\\&*[<":
        return _reference(line[0]) + line[1:]
    return line


def escape_code(text: str) -> str:
    """Text shown in a <code> element: every ASCII punctuation mark is a character reference."""
    return "".join(_reference(c) if c.isascii() and not c.isalnum() and c != " " else c for c in text)


_TITLE_TABLE = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", **{c: _reference(c) for c in "\\|^~`*_[]{}"}}
)


def escape_title(text: str) -> str:
    """Text for a link title in double quotes."""
    return _clean(text).translate(_TITLE_TABLE)


# Remembered: the pages across stories ask it of each name and description of every story, shared
# actors' again and again (358,000 times in a one-word rebuild at 1,000 stories; the index A to Z
# alone asks for 100,000 texts, which a smaller cache, read in turn, forgot before each came again).
@functools.lru_cache(maxsize=1 << 18)
def plain(text: str, limit: int | None = None) -> str:
    """Contributor text without its markup, for tooltips and diagram labels."""
    if "*" in text or "`" in text:
        text = _MARKUP.sub(lambda m: m.group("code") or m.group("strong") or m.group("em"), text)
    flat = _clean(text)
    if limit is not None and len(flat) > limit:
        cut = flat[: limit - 1]
        flat = (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"
    return flat


_ANGLE_LOOKALIKES = str.maketrans({"<": "\u2039", ">": "\u203a"})


def page_title(text: str) -> str:
    """A page's title as HTML that stays text however a theme prints it.

    Themes print a title both as HTML (Material's header) and through Jinja's ``striptags`` (the
    ``<title>`` element), which turns ``&lt;`` back into ``<``: an escaped ``</title><script>``
    would be markup again there. So the title holds no angle brackets; look-alikes (‹ ›) stand in.
    """
    return html.escape(plain(text).translate(_ANGLE_LOOKALIKES), quote=False)


def front_matter_description(text: str) -> str:
    """A page's description (plain text) as its front matter holds it: escaped, quotes included,
    since Material prints `description` unescaped into an attribute of the page's head."""
    return html.escape(text, quote=True)


def cell_label(words: str) -> str:
    """Words that a table cell shows only on a phone, where the table's rows read as lines of text
    and its header is hidden: "1,250 soldiers according to the DLF as of 9 March 2024"."""
    return f'<span class="explainer-cell-label">{words} </span>'


def href(from_page: str, to_page: str, anchor: str = "") -> str:
    """A relative link between two pages, as MkDocs resolves it: ``../glossary.md#term``.

    Both paths are relative to the docs root, without ``.`` or ``..`` parts.
    """
    fragment = f"#{anchor}" if anchor else ""
    if from_page == to_page and fragment:
        return fragment
    source = from_page.split("/")[:-1]
    target = to_page.split("/")
    common = 0
    while common < len(source) and common < len(target) - 1 and source[common] == target[common]:
        common += 1
    return "/".join([".."] * (len(source) - common) + target[common:]) + fragment


@dataclass(frozen=True)
class Link:
    """Where a mention leads: a page, an anchor on it and the tooltip text."""

    page: str
    anchor: str = ""
    title: str = ""


@dataclass(frozen=True)
class _Segment:
    kind: str  # "text", "em", "strong" or "code"
    text: str


def _segments(text: str) -> list[_Segment]:
    found: list[_Segment] = []
    position = 0
    for match in _MARKUP.finditer(text):
        if match.start() > position:
            found.append(_Segment("text", text[position : match.start()]))
        kind = match.lastgroup or "text"
        found.append(_Segment(kind, match.group(kind)))
        position = match.end()
    if position < len(text):
        found.append(_Segment("text", text[position:]))
    return found


# What may stand between two mentions that would read as one link: a space, or a possessive.
_SIDE_BY_SIDE = re.compile(r"(?:['\u2019]s?)?\s*")


class Prose:
    """Renders one dossier's prose for one page at a time, linking the first mention of each target."""

    def __init__(self, mentions: Mentions, links: Mapping[Target, Link]) -> None:
        self._mentions = mentions
        self._links = links
        self._titles: dict[Target, str] = {}

    def block(
        self, text: str, *, page: str, subject: Target | None = None, linked: set[Target] | None = None
    ) -> str:
        """Paragraphs (split at blank lines), separated by blank lines; each target linked once."""
        paragraphs = [p for p in _BLANK_LINE.split(text.replace("\r\n", "\n")) if p.strip()]
        linked = set() if linked is None else linked
        return "\n\n".join(self.inline(p, page=page, subject=subject, linked=linked) for p in paragraphs)

    def inline(
        self, text: str, *, page: str, subject: Target | None = None, linked: set[Target] | None = None
    ) -> str:
        """One paragraph on one line, for a list item, a table cell or a paragraph of its own.

        ``linked`` holds the targets already linked in this section (shared between the calls for
        one section, so each target is linked once, at its first mention); the page's own
        ``subject`` is never linked."""
        linked = set() if linked is None else linked
        if subject is not None:
            linked.add(subject)
        parts: list[str] = []
        for segment in _segments(_clean(text)):
            if segment.kind == "code":
                parts.append(f"<code>{escape_code(segment.text.strip())}</code>")
                continue
            body = self._linked(typographic(segment.text), page, linked)
            marker = {"em": "*", "strong": "**"}.get(segment.kind, "")
            parts.append(f"{marker}{body}{marker}")
        return _guard_line_start("".join(parts))

    def _linked(self, text: str, page: str, linked: set[Target]) -> str:
        """``text`` with the first mention of each target not in ``linked`` linked. Two mentions with
        only a space or a possessive between ("[the army] [curfew]", "[Ruritania]'s [free zone]") are
        not both linked: side by side, two links read as one, to one place. The glossary term keeps
        its link (jargon is defined where it is used), else the first; the other is linked at its
        next mention."""
        chosen: list[Mention] = []
        for mention in self._mentions.find(text):
            if self._links.get(mention.target) is None or mention.target in linked:
                continue
            if chosen and _SIDE_BY_SIDE.fullmatch(text[chosen[-1].end : mention.start]):
                if mention.target.kind != "term" or chosen[-1].target.kind == "term":
                    continue
                linked.discard(chosen.pop().target)
            linked.add(mention.target)
            chosen.append(mention)
        out: list[str] = []
        position = 0
        for mention in chosen:
            link = self._links[mention.target]
            out.append(text[position : mention.start].translate(_TEXT_TABLE))
            label = text[mention.start : mention.end].translate(_TEXT_TABLE)
            title = self._titles.get(mention.target)
            if title is None:
                title = self._titles[mention.target] = f' "{escape_title(link.title)}"' if link.title else ""
            out.append(f"[{label}]({href(page, link.page, link.anchor)}{title})")
            position = mention.end
        out.append(text[position:].translate(_TEXT_TABLE))
        return "".join(out)


def banner(problems: str) -> str:
    """A warning shown on top of every page while `mkdocs serve` shows the last good pages."""
    code = "\n".join(f"        {line}" for line in _CONTROL.sub("", problems).splitlines())
    return (
        '!!! failure "The content has problems: these pages show its last good version"\n\n'
        "    Fix the problems below; the pages update when the content is valid again.\n\n"
        f"{code}\n\n"
    )


def with_banner(markdown: str, problems: str) -> str:
    """The page with the problem banner under its heading (MkDocs reads the first heading as title)."""
    heading, _, rest = markdown.partition("\n")
    if heading.startswith("# "):
        return f"{heading}\n\n{banner(problems)}{rest.lstrip()}"
    return banner(problems) + markdown


def problems_page(title: str, problems: str, warnings: str = "") -> str:
    """The page `mkdocs serve` shows in place of a story that has never built: its errors, then its
    warnings folded (they do not stop the story, and a long list of them would bury the errors)."""
    code = "\n".join(f"        {line}" for line in _CONTROL.sub("", problems).splitlines())
    page = (
        f"# {escape(title)}\n\n"
        '!!! failure "This story cannot be shown until its problems are fixed"\n\n'
        "    The terminal running `mkdocs serve` lists them too. The other stories are not affected;\n"
        "    this page turns into the story when the problems are fixed.\n\n"
        f"{code}\n"
    )
    if not warnings.strip():
        return page
    count = sum(1 for line in warnings.splitlines() if "warning[" in line or "note[" in line)
    folded = "\n".join(f"        {line}" for line in _CONTROL.sub("", warnings).splitlines())
    label = f"{count} warning{'s' * (count != 1)} to review (they do not stop the story)"
    return f'{page}\n??? warning "{label}"\n\n{folded}\n'


# A stop, then (past closing marks and a space) an opening mark or a capital: a second sentence.
_SECOND_SENTENCE = re.compile(r"[.!?][\])\u201d\"']*\s+[\[(\u201c\"']*[A-Z0-9]")


def has_second_sentence(text: str) -> bool:
    """Whether ``text`` goes on past its first sentence ("Rates fell. They may rise."): such a
    statement stays after a colon, never told as one clause."""
    return _SECOND_SENTENCE.search(text) is not None
