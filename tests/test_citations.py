"""Citations and sources as a reader meets them: one marker per source per fact, the story's own
sources first, addresses shown by host."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from generator.checking.loader import load_site
from generator.format.dossier import Dossier
from generator.format.model import Citation
from generator.site.citations import Footnotes, publisher
from generator.site.crossref import CrossReference
from generator.site.pages import build_pages
from generator.site.sources_list import address

CONTENT = Path(__file__).resolve().parent.parent / "content"
SLUG = "myanmar-scam-handover"


def _first_story(dossiers: Sequence[Dossier]) -> Dossier:
    """The shipped thread's first story, whatever order the stories load in."""
    return next(dossier for dossier in dossiers if dossier.slug == SLUG)


def test_one_marker_per_source_lists_every_phrase() -> None:
    dossier = _first_story(load_site(CONTENT).raise_for_problems().dossiers)
    first, second = dossier.sources[0].id, dossier.sources[1].id
    notes = Footnotes(f"{SLUG}/index.md")
    markers = notes.cite(
        dossier,
        [
            Citation(source=first, evidence="one phrase"),
            Citation(source=second, evidence="other source"),
            Citation(source=first, evidence="another phrase"),
        ],
    )
    assert markers == '[^1]<sup class="explainer-comma">,</sup>[^2]'
    assert notes.definitions[0].endswith(": “one phrase”; “another phrase”")
    # The same citations again reuse the markers.
    assert notes.cite(dossier, [Citation(source=second, evidence="other source")]) == "[^2]"


def test_a_run_of_markers_reads_in_the_order_of_its_numbers() -> None:
    """ "taken.¹²,⁵,⁴": a source new to the page cited first, before two the reader had met, read as a
    miscount. The markers of one fact go in the order the footnotes are numbered."""
    dossier = _first_story(load_site(CONTENT).raise_for_problems().dossiers)
    first, second, third = (source.id for source in dossier.sources[:3])
    notes = Footnotes(f"{SLUG}/index.md")
    assert notes.cite(dossier, [Citation(source=first, evidence="one")]) == "[^1]"
    assert notes.cite(dossier, [Citation(source=second, evidence="two")]) == "[^2]"
    comma = '<sup class="explainer-comma">,</sup>'
    run = notes.cite(
        dossier,
        [
            Citation(source=third, evidence="three"),
            Citation(source=second, evidence="two"),
            Citation(source=first, evidence="one"),
        ],
    )
    assert run == f"[^1]{comma}[^2]{comma}[^3]"
    assert notes.definitions[2].endswith(": “three”")


def test_sources_put_the_story_first_then_background_by_citations() -> None:
    site = load_site(CONTENT).raise_for_problems()
    dossier = _first_story(site.dossiers)
    citing = CrossReference(dossier).citing
    markdown = build_pages(site).by_path()[f"{SLUG}/sources.md"].markdown
    anchors = re.findall(r"^## .* \{: #([a-z0-9-]+) \}$", markdown, re.M)
    by_id = dossier.source_by_id
    assert sorted(anchors) == sorted(by_id)
    background = [by_id[a].background for a in anchors]
    assert background == sorted(background), "a background source comes before the story's own"
    counts = [len(citing.get(a, [])) for a in anchors if by_id[a].background]
    assert counts == sorted(counts, reverse=True)
    assert "<http" not in markdown


def test_an_address_shows_its_host() -> None:
    assert (
        address("https://www.example.org/a/b(c)?d=e")
        == "[example.org](https://www.example.org/a/b%28c%29?d=e)"
    )


def test_a_figure_without_stated_by_names_its_source_author_or_outlet() -> None:
    site = load_site(CONTENT).raise_for_problems()
    dossier = _first_story(site.dossiers)
    unstated = [n for n in dossier.numbers if not n.stated_by]
    assert unstated, "the shipped dossier has a figure without stated_by"
    markdown = build_pages(site).by_path()[f"{SLUG}/numbers.md"].markdown
    assert "not named" not in markdown
    for number in unstated:
        section = markdown.split(f"{{: #{number.id} .explainer-value }}", 1)[1].split("\n### ", 1)[0]
        source = dossier.source_by_id[number.cite[0].source]
        assert f"**According to:** {(source.authors or [source.publisher])[0]}" in section


def test_quotation_marks_inside_an_evidence_phrase_become_single_ones() -> None:
    from generator.site.citations import quoted

    assert quoted("“nothing in present law authorizes it.”") == "“‘nothing in present law authorizes it.’”"
    assert quoted('he said "no" twice') == "“he said ‘no’ twice”"
    assert quoted("plain words") == "“plain words”"


def test_a_reprint_whose_name_gives_its_original_is_named_once() -> None:
    """An outlet's name that already says whose report it carries ("People's Daily Online (Xinhua)")
    read "Xinhua via People's Daily Online (Xinhua)", the agency twice; a reprint whose name does not
    is named by its original first."""
    sources = {s.id: s for d in load_site(CONTENT).raise_for_problems().dossiers for s in d.sources}
    carried = [s for s in sources.values() if s.reprint_of and s.reprint_of.publisher in s.publisher]
    assert carried, "a shipped source whose outlet's name gives its original"
    for source in carried:
        assert publisher(source) == source.publisher
    invented = carried[0].model_copy(update={"publisher": "Kessel Daily"})
    assert publisher(invented).endswith(" via Kessel Daily")
