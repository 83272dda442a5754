"""What a page offers the search index: ``generator.site.search.searchable`` on rendered HTML."""

from __future__ import annotations

import markdown
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from generator.site.search import MATERIAL_SKIPS, searchable

ACTOR = """# Suez Canal Authority

The body that runs the canal.

## Events

- The canal is blocked.

## In other stories {: .explainer-elsewhere }

### The backlog clears

The operator that counted the ships through.

## Sources

- A source[^1]

[^1]: A quoted phrase.
"""

NUMBERS = """# Numbers

## Ships waiting

### 369 ships

#### A detail

### In other stories {: .explainer-elsewhere }

| Figure | Story |
| --- | --- |
| 422 ships | The backlog clears |

## Ships cleared

### 100 ships
"""


def marked(text: str) -> HTMLParser:
    html = markdown.markdown(text, extensions=["attr_list", "footnotes", "tables", "toc"])
    return HTMLParser(searchable(html))


def ignored_text(tree: HTMLParser) -> str:
    return " ".join(node.text() for node in tree.css('[data-pagefind-ignore="all"]'))


def test_what_other_stories_say_is_left_out_up_to_the_next_section() -> None:
    tree = marked(ACTOR)
    left_out = ignored_text(tree)
    assert "The backlog clears" in left_out and "counted the ships" in left_out
    # The page's own sections, before and after, stay indexed; the footnotes are left out as ever.
    assert "The canal is blocked" not in left_out and "Sources" not in left_out
    assert tree.css_first("div.footnote").attributes.keys() >= {"data-pagefind-ignore"}


def test_a_part_under_a_lower_heading_ends_at_the_next_heading_of_its_level() -> None:
    left_out = ignored_text(marked(NUMBERS))
    assert "422 ships" in left_out
    assert "369 ships" not in left_out and "Ships cleared" not in left_out and "100 ships" not in left_out


def test_a_page_without_such_a_part_is_unchanged_but_for_its_marks() -> None:
    assert ignored_text(marked("# Title\n\n## In other stories\n\nText.\n")) == ""


def test_only_the_index_in_use_is_told_what_to_skip() -> None:
    html = markdown.markdown(ACTOR, extensions=["attr_list", "footnotes", "tables", "toc"])
    pagefind = searchable(html)
    assert "data-pagefind-ignore" in pagefind and "data-search-exclude" not in pagefind
    material = HTMLParser(searchable(html, skips=MATERIAL_SKIPS))
    assert material.css_first("div.footnote").attributes.keys() >= {"data-search-exclude"}
    assert "data-pagefind-ignore" not in material.html
    # What other stories say is left out of Material's index too.
    assert "The backlog clears" in " ".join(node.text() for node in material.css("div[data-search-exclude]"))


def test_a_key_question_is_named_for_the_search_box_without_weighing_its_words_again() -> None:
    """A key question is a <details> with its own anchor, not a heading: its words are on the page
    already, so it is only named in the page's metadata, where the search box finds it asked as written."""
    html = (
        '<h2 id="key-questions">Key questions</h2>\n'
        '<details class="explainer-question" id="q-who"><summary>Who was handed over?</summary>'
        "<p>Suspects.</p></details>\n"
        '<h2 id="scam-centre">scam centre</h2>\n<p>A compound.</p>'
    )
    keywords = (("q-who", ("Who was handed over?",)), ("scam-centre", ("scam centre", "fraud den")))
    page = HTMLParser(searchable(html, keywords=keywords))
    weighted = [node.text() for node in page.css("span[data-pagefind-weight]")]
    assert weighted == ["scam centre fraud den"]
    body = page.css_first("div[data-pagefind-body]")
    assert body.attributes["data-pagefind-meta"] == "names[data-names]"
    assert '"q-who": ["Who was handed over?"]' in (body.attributes["data-names"] or "")


def test_a_key_question_answered_on_the_first_screen_is_named_where_it_is_answered() -> None:
    """A question whose whole answer the first screen gives is not asked again: its anchor marks that
    line, which does not show the question's words, so they are weighed at its start."""
    html = (
        '<h1 id="title">A story</h1>\n'
        '<p id="q-next"><strong>What may happen next:</strong> A second dam could fail.</p>\n'
        '<p id="story-0">The dam failed.</p>\n'
    )
    keywords = (("q-next", ("What happens next?",)),)
    page = HTMLParser(searchable(html, keywords=keywords))
    line = page.css_first("p#q-next")
    assert line.css_first("span[data-pagefind-weight]").text() == "What happens next?"
    assert page.css_first("p#story-0").css_first("span") is None
