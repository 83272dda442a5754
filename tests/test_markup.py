"""Contributor text becomes safe Markdown: shown literally, never HTML, and mentions are linked."""

from __future__ import annotations

import html
from pathlib import Path

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from profiles import examples
from selectolax.lexbor import LexborHTMLParser

from generator.format.mentions import Mentions, Target
from generator.site.markup import (
    Link,
    Prose,
    banner,
    escape,
    escape_title,
    href,
    page_title,
    plain,
    with_banner,
)

FIXTURES = Path(__file__).parent / "fixtures"
# The extensions of the site's mkdocs.yml: every one adds syntax that escaping must neutralise.
EXTENSIONS = [
    "abbr",
    "admonition",
    "attr_list",
    "footnotes",
    "tables",
    "toc",
    "pymdownx.details",
    "pymdownx.superfences",
]


def to_html(text: str) -> str:
    return markdown.Markdown(extensions=EXTENSIONS).convert(text)


def shown(text: str) -> LexborHTMLParser:
    return LexborHTMLParser(f"<body>{to_html(text)}</body>")


def hostile_strings() -> list[str]:
    lines = (FIXTURES / "hostile.txt").read_text("utf-8").splitlines()[1:]
    return [line.replace("\\n", "\n") for line in lines if line]


def only_text(text: str) -> tuple[list[str], str]:
    """The element tags an escaped text renders to, and its visible text."""
    tree = shown(escape(text))
    tags = [node.tag for node in tree.body.traverse() if node.tag not in ("-text", "body")]
    return tags, tree.body.text(deep=True).strip()


@pytest.mark.parametrize("text", hostile_strings())
def test_hostile_text_is_shown_literally_as_one_paragraph(text: str) -> None:
    tags, visible = only_text(text)
    assert tags in ([], ["p"])
    assert visible == " ".join(text.split())


@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=60))
def test_any_text_is_shown_literally(text: str) -> None:
    tags, visible = only_text(text)
    assert tags in ([], ["p"])
    assert visible == " ".join(text.split())


@pytest.mark.parametrize(
    "text",
    [
        "- a list",
        "+ a list",
        "1. a list",
        "2) a list",
        "# heading",
        "> quote",
        "!!! note",
        "??? note",
        "=== tab",
        ": definition",
        "*[HTML]: Hyper Text",
        "[^1]: footnote",
        "{: #id onclick=alert(1) }",
        "{: .x onclick=alert(1) }",
        "{onclick=alert(1)}",
        "| a | b |",
        "```mermaid",
        "~~~",
        "---",
    ],
)
def test_block_syntax_at_the_start_of_a_line_stays_text(text: str) -> None:
    assert only_text(text) == (["p"], text)
    # and the same in the middle or at the end of a line
    assert only_text(f"x {text}") == (["p"], f"x {text}")
    assert only_text(f"x {text} y") == (["p"], f"x {text} y")


def test_pipes_stay_inside_their_table_cell() -> None:
    cell = escape("a | b")
    tree = shown(f"| one | two |\n| --- | --- |\n| {cell} | c |\n")
    assert [td.text() for td in tree.css("td")] == ["a | b", "c"]


def test_control_characters_cannot_reach_the_html_stash() -> None:
    # Python-Markdown marks stashed raw HTML as \x02wzxhzdk:N\x03.
    assert escape("a\x02wzxhzdk:0\x03b") == "awzxhzdk:0b"


def test_link_titles_escape_quotes_and_html() -> None:
    html = to_html(f'[x](y.md "{escape_title(chr(34) + "<b>&amp; | *x*")}")')
    link = LexborHTMLParser(html).css_first("a")
    assert link is not None
    assert link.attributes["title"] == '"<b>&amp; | *x*'


def test_plain_drops_markup_and_shortens_at_a_word() -> None:
    assert plain("A *very* **strong** `code`  text") == "A very strong code text"
    assert plain("one two three four", limit=10) == "one two…"


def test_href_is_relative_between_pages() -> None:
    assert href("s/actors/a.md", "s/glossary.md", "term") == "../glossary.md#term"
    assert href("s/glossary.md", "s/glossary.md", "term") == "#term"
    assert href("index.md", "s/index.md") == "s/index.md"
    assert href("s/actors/a.md", "s/actors/b.md") == "b.md"
    assert href("s/index.md", "s/index.md") == "index.md"
    assert href("a/b/c.md", "x/y.md", "z") == "../../x/y.md#z"
    assert href("a/b/c.md", "a/bc.md") == "../bc.md"


# -- mentions -----------------------------------------------------------------------------------

KOKANG = Target("actor", "kokang")
ZONE = Target("term", "zone")
MING = Target("actor", "ming")
CENTRE = Target("term", "scam-centre")


@pytest.fixture
def prose() -> Prose:
    mentions = Mentions(
        [
            ("Kokang", KOKANG),
            ("Kokang self-administered zone", ZONE),
            ("SAZ", ZONE),
            ("Ming Xuechang", MING),
            ("明学昌", MING),
            ("scam centre", CENTRE),
            ("scam centres", CENTRE),
        ]
    )
    links = {
        KOKANG: Link("s/actors/kokang.md"),
        MING: Link("s/actors/ming.md"),
        ZONE: Link("s/glossary.md", "zone", 'A "zone" <with> self-rule'),
        CENTRE: Link("s/glossary.md", "scam-centre", "A compound"),
    }
    return Prose(mentions, links)


def links_in(markdown_text: str) -> list[tuple[str, str, str | None]]:
    tree = shown(markdown_text)
    return [(a.text(), a.attributes["href"] or "", a.attributes.get("title")) for a in tree.css("a")]


def test_longest_match_wins_and_glossary_links_carry_the_definition(prose: Prose) -> None:
    text = prose.inline("The Kokang self-administered zone is not all of Kokang.", page="s/index.md")
    assert links_in(text) == [
        ("Kokang self-administered zone", "glossary.md#zone", 'A "zone" <with> self-rule'),
        ("Kokang", "actors/kokang.md", None),
    ]


def test_aliases_case_and_native_names_are_found(prose: Prose) -> None:
    text = prose.inline("the SAZ, MING XUECHANG (明学昌) and scam centres", page="s/index.md")
    assert [(t, h) for t, h, _ in links_in(text)] == [
        ("SAZ", "glossary.md#zone"),
        ("MING XUECHANG", "actors/ming.md"),
        ("scam centres", "glossary.md#scam-centre"),
    ]


def test_a_name_in_capitals_is_found_only_in_capitals() -> None:
    """ "the share of confirmed cases [who](actors/world-health-organization.md) died": an acronym
    that spells a word ("WHO", "US", "AID") is that word in lower case, not the body."""
    body, country = Target("actor", "health-body"), Target("actor", "country")
    mentions = Mentions([("WHO", body), ("US", country), ("Kokang", KOKANG)])
    found = mentions.find("People who recovered told us that the WHO and the US helped kokang.")
    assert [(m.target, m.start) for m in found] == [(body, 38), (country, 50), (KOKANG, 60)]
    assert mentions.find("Who said so? Ask us.") == []


def test_words_are_matched_whole(prose: Prose) -> None:
    assert links_in(prose.inline("Kokangese and SAZs and Mingxuechang", page="s/index.md")) == []


def test_each_target_is_linked_once_per_section_at_its_first_mention(prose: Prose) -> None:
    text = prose.block("Kokang, Kokang.\n\nKokang again, and Kokang.", page="s/index.md")
    assert [t for t, _, _ in links_in(text)] == ["Kokang"]
    assert text.count("](") == 1
    assert text.startswith("[Kokang](")
    # Paragraphs rendered one by one share what the section has linked already.
    section: set[Target] = set()
    first = prose.inline("Kokang and Ming Xuechang", page="s/index.md", linked=section)
    second = prose.inline("Ming Xuechang in Kokang", page="s/index.md", linked=section)
    assert len(links_in(first)) == 2 and links_in(second) == []


def test_two_mentions_side_by_side_are_not_both_linked(prose: Prose) -> None:
    """Two links with only a space or a possessive between read as one link, to one place: of the
    two, the glossary term keeps its link, else the first; the other is linked at its next mention."""
    text = prose.inline(
        "Ming Xuechang scam centres ran in Kokang's scam centres. Later Ming Xuechang left.",
        page="s/index.md",
    )
    assert [(t, h) for t, h, _ in links_in(text)] == [
        ("scam centres", "glossary.md#scam-centre"),
        ("Kokang", "actors/kokang.md"),
        ("Ming Xuechang", "actors/ming.md"),
    ]
    # Of two names, the first keeps its link.
    names = prose.inline("Ming Xuechang's Kokang", page="s/index.md")
    assert [t for t, _, _ in links_in(names)] == ["Ming Xuechang"]
    # Apart, each is linked at its first mention.
    apart = prose.inline("Ming Xuechang ran scam centres in Kokang.", page="s/index.md")
    assert [t for t, _, _ in links_in(apart)] == ["Ming Xuechang", "scam centres", "Kokang"]


def test_the_page_subject_is_not_linked(prose: Prose) -> None:
    text = prose.inline("Kokang and Ming Xuechang", page="s/actors/kokang.md", subject=KOKANG)
    assert links_in(text) == [("Ming Xuechang", "ming.md", None)]


def test_no_links_inside_code_but_inside_emphasis(prose: Prose) -> None:
    text = prose.inline("`Kokang` and *Kokang* and **scam centre**", page="s/index.md")
    tree = shown(text)
    assert tree.css_first("code").text() == "Kokang"
    assert tree.css_first("code a") is None
    assert [a.parent.tag for a in tree.css("a")] == ["em", "strong"]


def test_emphasis_strong_and_code_are_the_only_markup(prose: Prose) -> None:
    tree = shown(prose.inline("*a* **b** `c <d> | *e*` _f_ [g](h) <i>", page="s/index.md"))
    assert [n.tag for n in tree.css("p *")] == ["em", "strong", "code"]
    assert tree.css_first("code").text() == "c <d> | *e*"
    assert tree.body.text().endswith("_f_ [g](h) <i>")


def test_a_paragraph_that_starts_with_block_syntax_stays_a_paragraph(prose: Prose) -> None:
    for text in ("- Kokang", "1. Kokang", "# Kokang", "> Kokang"):
        tree = shown(prose.inline(text, page="s/index.md"))
        assert [n.tag for n in tree.body.iter()] == ["p"], text
        assert tree.body.text() == text


@pytest.mark.parametrize("text", ["*em*{: onclick=alert(1) }", "Kokang{: onclick=alert(1) }"])
def test_attribute_lists_cannot_follow_our_own_markup(prose: Prose, text: str) -> None:
    tree = shown(prose.inline(text, page="s/index.md"))
    assert not [n for n in tree.body.traverse() if "onclick" in (n.attributes or {})]
    assert tree.body.text().endswith("{: onclick=alert(1) }")


@pytest.mark.parametrize("name", ["X {: onclick=alert(1) }", "X {#x .y}", "X #", "X [^1]"])
def test_names_in_headings_stay_text(name: str) -> None:
    tree = shown(f"## {escape(name)}")
    heading = tree.css_first("h2")
    assert heading.text() == name
    assert "onclick" not in heading.attributes
    assert "class" not in heading.attributes


def test_headings_never_get_links() -> None:
    # Headings show names through escape(), which never links.
    assert escape("Kokang [x](y)") == "Kokang \\[x\\](y)"


def test_banner_shows_problems_as_code() -> None:
    tree = shown(banner("content/x.yaml:1:1: error: <script>alert(1)</script>\n  hint: fix"))
    assert tree.css_first("div.admonition.failure") is not None
    assert "<script>alert(1)</script>" in tree.css_first("pre code").text()
    assert tree.css_first("script") is None


def test_the_banner_goes_under_the_page_heading() -> None:
    tree = shown(with_banner("# Title\n\nText.\n", "problem"))
    assert [n.tag for n in tree.body.iter()] == ["h1", "div", "p"]
    assert [n.tag for n in shown(with_banner("Text.\n", "problem")).body.iter()] == ["div", "p"]


def test_page_titles_hold_no_angle_brackets_even_once_unescaped() -> None:
    # Material prints a title through `striptags`, which unescapes: &lt;/title&gt; became </title>.
    title = page_title("</title><script>alert(1)</script> & *x*")
    assert title == "‹/title›‹script›alert(1)‹/script› &amp; x"
    assert "<" not in html.unescape(title)
