"""What pages explain to a newcomer: who each actor is (on the overview's Who's who, the Actors
page, above each speaker's claims and in What is not known), claims grouped by who makes them, a
name such as "The army" as running text writes it, typographic quotes, and footnote markers at the
end of what they support."""

from __future__ import annotations

import dataclasses
import re
import shutil
from pathlib import Path

import pytest
from flood import first_screen, flood_with

from generator.checking.loader import load_site
from generator.format.model import Actor, Citation, Claim, Event, Source, SourceKind
from generator.site.grammar import running, share_words
from generator.site.markup import typographic
from generator.site.pages import build_pages
from generator.site.quantities import untitled_source
from generator.site.roles import appositive, brief_appositive, judges, role
from generator.site.statuses import STATUS_WORDS
from generator.site.unknowns import _held_otherwise
from generator.site.views import capitalised, counted

DOSSIERS = Path(__file__).parent / "fixtures" / "dossiers"
COURT = "purdue-sackler-ruling"
FLOOD = "glacier-lake-flood"
CITE = (Citation(source="s", evidence="e"),)


def described(description: str) -> Actor:
    return Actor(id="a", name="A", kind="person", description=description, cite=CITE)


def unplaced(markdown: str) -> str:
    """A story page without the line under its title that names the story (tested on its own):
    what the page itself opens with."""
    return re.sub(r"\n\nPart of the explainer \[[^\n]*\n\{: \.explainer-part-of \}", "", markdown, count=1)


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    site = load_site(DOSSIERS).raise_for_problems(strict=True)
    return {page.path: page.markdown for page in build_pages(site).pages}


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        # A short role shared by many takes what the next sentence says of the actor.
        (
            "A justice of the Supreme Court. He wrote the dissent.",
            "A justice of the Supreme Court; he wrote the dissent",
        ),
        ("A justice of the Court. Ms Lee, a judge, wrote it.", "A justice of the Court"),
        (
            "A ministry. It gave the figure of 63 financiers and, in one report, the total.",
            "A ministry",
        ),
        # A short relative clause after the comma says what the actor is or did: kept whole.
        (
            "Bai Suocheng's son, whom the court names as the group's leader.",
            "Bai Suocheng's son, whom the court names as the group's leader",
        ),
        ("The armed group of the Kokang, founded in 1989.", "The armed group of the Kokang"),
        # The commas of a list are not a clause's end.
        (
            "The Bai, Wei, Liu and Ming families, whose groups ran compounds.",
            "The Bai, Wei, Liu and Ming families",
        ),
        (
            "The alliance of the MNDAA, the TNLA and the Arakan Army.",
            "The alliance of the MNDAA, the TNLA and the Arakan Army",
        ),
        # A relative clause cut before its verb is dropped whole.
        ("The zone on the border whose capital, Laukkai, fell in 2024.", "The zone on the border"),
        (
            "The leader of a gang that, investigators say, built 14 compounds.",
            "The leader of a gang",
        ),
        (
            "The East African country where the outbreak, its first of the disease, took place.",
            "The East African country",
        ),
        # A relative clause whole before the comma stays.
        ("A company that makes tyres, founded in 1990.", "A company that makes tyres"),
        # An opening adverbial is not the role.
        ("Before the fall of the town, the leader of a village militia.", "The leader of a village militia"),
        # Too long to glance at: cut before its last "and" or its relative clause.
        (
            "The neighbour that brokered the peace talks in the capital and pressed the regime to restore order.",
            "The neighbour that brokered the peace talks in the capital",
        ),
        ("A *lawyer* for the families.", "A lawyer for the families"),
        # The second of two roles goes whole, not cut at its own "and".
        (
            "A deputy leader of the opposition People's Party and chairman of the House committee on security"
            " and border affairs.",
            "A deputy leader of the opposition People's Party",
        ),
    ],
)
def test_a_role_is_the_first_clause_of_the_description(description: str, expected: str) -> None:
    assert role(described(description)) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("The army", "the army"),
        ("The river", "the river"),
        ("The Irrawaddy", "The Irrawaddy"),
        ("Theo Lam", "Theo Lam"),
    ],
)
def test_a_common_noun_name_loses_its_capital_inside_a_sentence(name: str, expected: str) -> None:
    assert running(name) == expected


def test_whos_who_says_who_each_actor_is(pages: dict[str, str]) -> None:
    overview = pages[f"{COURT}/index.md"]
    whos_who = overview.split("## Who's who", 1)[1].split("\n## ", 1)[0]
    assert (
        "- [Edward Neiger](actors/edward-neiger.md): A lawyer who represents more than 60,000 overdose victims"
        " and backed the settlement\n" in whos_who
    )
    assert "- [Sackler family](actors/sackler-family.md): The family that owns Purdue Pharma\n" in whos_who
    # Every actor listed has a role; none is a bare name.
    listed = re.findall(r"^- \[[^\]]+\]\(actors/[^)]+\)(.*)$", whos_who, flags=re.M)
    assert listed and all(rest.startswith(": ") and len(rest) > 4 for rest in listed)
    assert (
        "[Everyone in this story: 12 people (nine of them judges), one court, one organisation, three"
        " government bodies, one research institute, one place, one group and one object](actors/index.md)"
        in whos_who
    )
    actors = pages[f"{COURT}/actors/index.md"]
    assert (
        "- [Neil Gorsuch](neil-gorsuch.md): A justice of the Supreme Court; he wrote the majority opinion"
        " that struck down the settlement\n" in actors
    )
    # The most involved first: the two justices who wrote opinions lead; the ones who only joined
    # an opinion are on the Actors page.
    assert whos_who.index("[Brett Kavanaugh]") < whos_who.index("[Purdue Pharma]")
    assert whos_who.index("[Neil Gorsuch]") < whos_who.index("[Purdue Pharma]")
    assert "[Amy Coney Barrett]" not in whos_who and "[Amy Coney Barrett]" in actors


def test_claims_are_grouped_under_who_makes_them(pages: dict[str, str]) -> None:
    claims = pages[f"{COURT}/claims.md"]
    headings = re.findall(r"^## (.+?)(?: \{: #[^}]+ \})?$", claims, flags=re.M)
    assert len(headings) == len(set(headings)), headings  # no speaker's heading twice
    kavanaugh = claims.split("## [Brett Kavanaugh](actors/brett-kavanaugh.md)", 1)[1].split("\n## ", 1)[0]
    assert kavanaugh.startswith(
        " {: #said-by-brett-kavanaugh }\n\nA justice of the Supreme Court; he wrote the dissent.\n"
    )
    assert "{: #victims-will-suffer .explainer-claim }" in kavanaugh
    assert "{: #congress-should-act .explainer-claim }" in kavanaugh
    # Footnotes are numbered in the order the page shows them.
    markers = [int(n) for n in re.findall(r"\[\^(\d+)\](?!:)", claims)]
    assert markers == sorted(markers)


def test_a_common_noun_name_reads_lower_case_mid_sentence(pages: dict[str, str]) -> None:
    overview = pages[f"{FLOOD}/index.md"]
    assert "according to [the army](actors/army.md)" in overview
    assert "according to [The army]" not in overview
    # A common noun takes "the" as a subject too.
    assert "- The glacial lake drains into [the river](river.md)" in pages[f"{FLOOD}/actors/glacial-lake.md"]
    river = pages[f"{FLOOD}/actors/river.md"]
    assert "Map: where the river is" in river and "# The river" in river


@pytest.fixture(scope="module")
def shipped() -> dict[str, str]:
    content = Path(__file__).parents[1] / "content"
    site = load_site(content).raise_for_problems(strict=True)
    return {page.path: page.markdown for page in build_pages(site).pages}


def test_straight_quotes_in_prose_become_typographic(shipped: dict[str, str]) -> None:
    """The shipped third story's summary quotes a linked phrase: the quotes curl around the link."""
    overview = shipped["kokang-crime-families-on-trial/index.md"]
    summary = overview.split("\n\n", 2)[1]
    assert "Kokang's “[four families](actors/four-families.md)”" in summary
    assert '"[four families]' not in overview
    assert "/// details | Who are the “four families”?" in overview


def test_figures_one_side_gives_are_grouped_under_that_side(shipped: dict[str, str]) -> None:
    overview = shipped["kokang-crime-families-on-trial/index.md"]
    section = overview.split("### Figures only one side gives", 1)[1].split("\n\n", 2)[1]
    ministry = "[Ministry of Public Security of the People's Republic of China](actors/ministry-of-public-security.md)"
    assert f"- Only the {ministry} gives these:\n    - [" in section
    # Its long name said once, not once per figure (the key figures above are only counted).
    listed = "\n".join(line for line in section.splitlines() if "key figures above" not in line)
    assert listed.count(ministry) == 1
    # The police's two figures, the wanted four no longer a card of its own (the three handed over
    # are "3 of the 4"), are grouped under them too; the one-line form of a party with one figure is
    # tested on the bank story (tests/test_explained.py).
    handover = shipped["myanmar-scam-handover/index.md"].split("### Figures only one side gives", 1)[1]
    assert "- Only the [Wenzhou Public Security Bureau](actors/wenzhou-police.md) gives these:\n" in handover


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('the "four families", to', "the “four families”, to"),
        ('"Hi," he said', "“Hi,” he said"),
        ('(the "regime")', "(the “regime”)"),
        ("no quotes", "no quotes"),
    ],
)
def test_typographic_quotes(text: str, expected: str) -> None:
    assert typographic(text) == expected


def court_all_stated(tmp_path: Path) -> dict[str, str]:
    """The court story's pages with its views and its appeal (`opinion`, `call`), which are not in
    doubt, written as claims only their makers state, which are."""
    shutil.copytree(DOSSIERS / COURT, tmp_path / COURT)
    claims_file = tmp_path / COURT / "claims.yaml"
    stated = re.sub(r"status: (opinion|call)\n", "status: stated\n", claims_file.read_text("utf-8"))
    claims_file.write_text(stated, "utf-8")
    site = load_site(tmp_path).raise_for_problems()
    return {page.path: page.markdown for page in build_pages(site).pages}


def test_each_kind_of_doubt_is_worded_apart(pages: dict[str, str], tmp_path: Path) -> None:
    """ "What rests on the word of whoever says it and what only one side says" named two groups,
    claims no one else confirms and figures only one side gives, in words a reader could not tell
    apart; "what no one has confirmed" (claims no source could check) read as a third name for them.
    Each kind is now worded as its group's heading: claims, figures, a check no one could make."""
    flood = _section(pages["glacier-lake-flood/index.md"], "What is not known")
    assert flood.startswith("\n\nWhat the sources dispute and figures only one side gives.\n")
    assert "\n### Figures only one side gives\n" in flood
    court = _section(court_all_stated(tmp_path)[f"{COURT}/index.md"], "What is not known")
    intro = court.split("\n\n", 2)[1]
    assert (
        intro
        == "What the sources dispute, what no one has been able to check and claims no one else confirms."
    )
    assert "\n### Not verified\n" in court and "\n### Claims no one else confirms\n" in court
    for text in (flood, court):
        assert "whoever says it" not in text and "no one has confirmed" not in text


def test_a_speaker_in_what_is_not_known_says_who_it_is(tmp_path: Path) -> None:
    overview = court_all_stated(tmp_path)[f"{COURT}/index.md"]
    doubts = overview.split("## What is not known", 1)[1].split("\n## ", 1)[0]
    assert (
        "- [Edward Neiger](actors/edward-neiger.md), a lawyer who represents more than 60,000 overdose"
        " victims, says: The ruling is a major setback" in doubts
    )
    assert "- [Brett Kavanaugh](actors/brett-kavanaugh.md), a justice of the Supreme Court, says:" in doubts
    # A role that repeats the name ("Sackler family, the family that owns ...") is left out.
    assert "- The [Sackler family](actors/sackler-family.md) say: " in doubts
    assert doubts.count("a justice of the Supreme Court, says:") == 1  # told once, at the first claim


@pytest.mark.parametrize(
    ("name", "description", "expected"),
    [
        (
            "Edward Neiger",
            "A lawyer who represents victims and backed the deal.",
            "a lawyer who represents victims and backed the deal",
        ),
        ("Sackler family", "The family that owns Purdue Pharma.", ""),
        ("Wei Huairen", "Named by the police as the head of a gang.", ""),
        (
            "Rangsiman Rome",
            "A deputy leader of the opposition People's Party and chairman of the House committee on security.",
            "a deputy leader of the opposition People's Party",
        ),
        # A closing date goes before the relative clause that says who he is: "the father of a young
        # man" alone tells a reader nothing.
        (
            "Ed Bisch",
            "The father of a young man who died of an OxyContin overdose in 2001.",
            "the father of a young man who died of an OxyContin overdose",
        ),
    ],
)
def test_an_appositive_is_a_short_noun_phrase_that_does_not_repeat_the_name(
    name: str, description: str, expected: str
) -> None:
    actor = Actor(id="a", name=name, kind="person", description=description, cite=CITE)
    assert appositive(actor) == expected


@pytest.mark.parametrize(
    ("kind", "description", "expected"),
    [
        # Invented: a role of twelve words is cut before its "and"; one of a few words is kept.
        (
            "person",
            "A soil scientist at the Hollin Institute and the survey's lead author.",
            "a soil scientist at the Hollin Institute",
        ),
        ("person", "A lawyer for the tenants.", "a lawyer for the tenants"),
        # Past the few words, with nothing to cut at, the name alone (its page says who it is).
        ("organisation", "A network of about 300 volunteer divers in twelve coastal towns.", ""),
        # An outlet is named only: what it reported is what the line says next.
        ("media-outlet", "A regional newspaper that reported the closure first.", ""),
    ],
)
def test_a_speaker_on_the_first_screen_is_told_in_a_few_words(
    kind: str, description: str, expected: str
) -> None:
    actor = Actor(id="a", name="Vell", kind=kind, description=description, cite=CITE)
    assert brief_appositive(actor) == expected
    assert len(brief_appositive(actor).split()) <= len(appositive(actor).split())


def test_a_status_every_claim_shares_is_said_once(tmp_path: Path) -> None:
    content = flood_with(tmp_path)
    claims_file = content / FLOOD / "claims.yaml"
    claims_file.write_text(
        claims_file.read_text("utf-8").replace("status: denied", "status: forecast"), "utf-8"
    )
    site = load_site(content).raise_for_problems()
    claims = next(p.markdown for p in build_pages(site).pages if p.path == f"{FLOOD}/claims.md")
    assert "Every claim here is a warning or forecast of what may happen." in claims
    assert "**Status:**" not in claims


def test_statuses_that_differ_are_told_claim_by_claim(pages: dict[str, str]) -> None:
    claims = pages[f"{FLOOD}/claims.md"]
    assert "Every claim here" not in claims
    assert claims.count("- **Status:** ") == 2


def test_an_events_footnotes_follow_its_description(pages: dict[str, str]) -> None:
    timeline = pages[f"{COURT}/timeline.md"]
    assert "“1996” alone means only the year is known" in timeline
    for block in timeline.split("\n### ")[1:]:
        heading, _, rest = block.partition("\n\n")
        body = rest.split("\n\n", 1)[0]
        if not body.startswith("- "):  # a description: its markers end it, no "Source:" line
            assert re.search(r"\[\^\d+\]$", body), heading
            assert "**Source:**" not in rest.split("\n### ", 1)[0], heading


def test_a_page_of_a_list_is_named_by_one_helper_in_one_wording() -> None:
    """ ", page N of M" is written in one place: every list in pages says its page alike."""
    from generator.site.paging import titled

    assert titled("People", 2, 3) == "People, page 2 of 3"
    assert titled("People", 1, 3) == "People, page 1 of 3"
    assert titled("People", 1, 3, first_bare=True) == "People"
    assert titled("People", 1, 1) == "People"
    site = Path(__file__).parents[1] / "generator" / "site"
    writers = sorted(
        path.name
        for path in site.rglob("*.py")
        if re.search(r"page \{|page %|\.format\(", path.read_text("utf-8"))
    )
    assert writers == ["paging.py"]


def test_the_overview_says_its_dates_once(pages: dict[str, str]) -> None:
    """The citation line names the dates, so no line after it repeats them."""
    overview = pages[f"{FLOOD}/index.md"]
    assert (
        "To cite this story: Glacial lake flood. Explainers, first published 1 February 2024, last reviewed"
        " 2 February 2024. Licence: CC-BY-4.0.\n" in overview
    )
    assert overview.count("1 February 2024") == 1
    assert "2024-02-01" not in overview


def test_a_source_line_names_its_sources(pages: dict[str, str]) -> None:
    """A "Source:" line holding only footnote markers tells a reader nothing until they follow one."""
    lines = [
        line for markdown in pages.values() for line in re.findall(r"^- \*\*Source:\*\* .*$", markdown, re.M)
    ]
    assert lines
    assert [line for line in lines if re.fullmatch(r"- \*\*Source:\*\* (\[\^\d+\])+", line)] == []
    numbers = pages[f"{FLOOD}/numbers.md"]
    assert (
        "- **According to:** [District office](actors/district-office.md), in *Glacial lake bursts above valley*[^1]\n"
        in numbers
    )
    assert "- **Source:** NPR[^1]\n" in pages[f"{COURT}/glossary.md"]


def test_a_role_that_repeats_the_name_is_followed_by_what_the_dossier_says_it_does(
    pages: dict[str, str],
) -> None:
    whos_who = pages[f"{FLOOD}/index.md"].split("## Who's who", 1)[1].split("\n## ", 1)[0]
    # A relationship first; else what it claims, in its own words.
    assert (
        "- [The river](river.md): The river below the lake; it receives water from the glacial lake\n"
        in pages[f"{FLOOD}/actors/index.md"]
    )
    assert (
        "- [District office](actors/district-office.md): The district's administration; it says a second lake"
        " could burst within weeks\n" in whos_who
    )
    # A role that says more than the name stays as it is.
    assert "- [The army](actors/army.md): The soldiers posted in the valley\n" in whos_who
    # Above its own claims, a speaker's role does not repeat them.
    claims = pages[f"{FLOOD}/claims.md"]
    # A figure it gives, as a newspaper says it ("it gives the figure of 30 people missing" read as a form).
    assert "The district's administration; it reports 30 people missing.\n" in claims
    assert "; it says" not in claims


@pytest.mark.parametrize(
    ("name", "description", "weak"),
    [
        ("The river", "The river below the lake.", True),
        ("District office", "The district's administration.", True),
        ("The army", "The soldiers posted in the valley.", False),
        ("Sackler family", "The family that owns Purdue Pharma.", False),
    ],
)
def test_a_weak_role_is_one_that_repeats_the_name(name: str, description: str, weak: bool) -> None:
    from generator.site.roles import is_weak

    actor = Actor(id="a", name=name, kind="place", description=description, cite=CITE)
    assert is_weak(actor, role(actor)) is weak


def test_an_actors_box_says_what_it_does_in_the_story(pages: dict[str, str], shipped: dict[str, str]) -> None:
    """No box that says only "A person." or "An organisation.": the box tells what the actor does
    in the story, each part linked to its section of the page, or is left out."""
    neiger = pages[f"{COURT}/actors/edward-neiger.md"]
    box = neiger.split('!!! explainer-infobox "At a glance"\n\n', 1)[1].split("\n\n", 1)[0]
    assert box == "    - **In this story:** Makes [one claim](#claims) and gives [one figure](#numbers)"
    assert '\n## What Edward Neiger says {: #claims data-toc-label="What they say" }\n' in neiger
    assert '\n## Figures Edward Neiger gives {: #numbers data-toc-label="Figures given" }\n' in neiger
    actor_pages = {
        path: markdown
        for path, markdown in {**pages, **shipped}.items()
        if "/actors/" in path and not path.endswith("/index.md")
    }
    assert len(actor_pages) > 50
    for path, markdown in actor_pages.items():
        assert "- A person." not in markdown and "- An organisation." not in markdown, path
        if "explainer-infobox" in markdown:
            box = markdown.split('"At a glance"\n\n', 1)[1].split("\n\n", 1)[0]
            assert any(line.startswith("    - **") for line in box.splitlines()), path
            for anchor in re.findall(r"\]\(#([a-z]+)\)", box):
                assert re.search(
                    rf"^## ({anchor.capitalize()}|.+ {{: #{anchor}( [^}}]*)? }})$", markdown, re.M
                ), (
                    path,
                    anchor,
                )


def test_a_key_figure_says_who_gives_it_as_of_when_and_whether_others_differ(pages: dict[str, str]) -> None:
    cards = pages[f"{FLOOD}/index.md"].split("## Key figures", 1)[1].split("\n## ", 1)[0]
    assert (
        "    [12](numbers.md#missing-according-to-army) people missing, according to [the army](actors/army.md),"
        " as of 10 January 2024; other sources differ: [30 people](numbers.md#missing-according-to-district)"
        " according to the [district office](actors/district-office.md)[^10]\n" in cards
    )
    # A figure the source reports as no one's says so; one the dossier attributes to no one is the
    # report's own.
    assert (
        "    [several dozen](numbers.md#road-closed-hours) hours the road was blocked, reported January 2024"
        " by the article *Glacial lake bursts above valley*, which does not say whose figure it is[^8]\n"
        in cards
    )
    assert (
        "    [hundreds](numbers.md#residents-evacuated) of residents evacuated, according to the article"
        " *Glacial lake bursts above valley*, reported January 2024[^7]\n" in cards
    )
    court = pages[f"{COURT}/index.md"].split("## Key figures", 1)[1].split("\n## ", 1)[0]
    # "Other sources differ" alone left a reader asking by how much: the others are said on the card.
    assert (
        "the total value of the settlement, according to NPR, as of 27 June 2024; other sources differ:"
        " [more than $7 billion](numbers.md#settlement-worth-weekend) according to Brian Mann and Aneri"
        " Pattani, in NPR, on KIOS; [about $10 billion](numbers.md#settlement-worth-estimate) according to"
        " WFXB[^13]\n" in court
    )


def test_a_figure_names_its_source_once(pages: dict[str, str]) -> None:
    """A figure attributed to its source's own outlet carries the marker there, with no "Source:"
    line that names the outlet again; one whose source names no outlet is the report's own, never
    "Stated by: not named"."""
    flood = pages[f"{FLOOD}/numbers.md"]
    assert "- **According to:** the article *Glacial lake bursts above valley*[^2]\n" in flood
    assert "not named" not in flood
    # A figure its source names no one for says so in plain words, as the overview's card does.
    assert (
        "- **According to:** the article *Glacial lake bursts above valley*[^3], which does not say whose"
        " figure it is\n" in flood
    )
    assert "no one named" not in flood
    numbers = pages[f"{COURT}/numbers.md"]
    majority = numbers.split("{: #justices-in-majority .explainer-value }\n\n", 1)[1].split("\n\n", 1)[0]
    assert majority.endswith("\n- **According to:** Mark Sherman, in Associated Press[^1]")
    assert majority.count("Associated Press") == 1
    for block in re.split(r"\n### ", numbers)[1:]:
        according = re.search(r"^- \*\*According to:\*\* (.+?)(\[\^\d+\])*$", block, re.M)
        source = re.search(r"^- \*\*Source:\*\* (.+)$", block, re.M)
        assert not (according and source), block


def test_an_event_dated_by_its_year_alone_does_not_repeat_its_years_heading(pages: dict[str, str]) -> None:
    timeline = pages[f"{COURT}/timeline.md"]
    assert (
        "## 1996 {: #year-1996 }\n\n### OxyContin reaches the market {: #oxycontin-launched }\n" in timeline
    )
    assert "### 27 June 2024: The Supreme Court rejects the settlement, 5 to 4 {: #" in timeline


def test_an_actors_figures_are_headed_by_whose_they_are(pages: dict[str, str]) -> None:
    office = pages[f"{FLOOD}/actors/district-office.md"]
    # Written as a sentence writes the name ("according to the District office"), "the" and all.
    assert '\n## Figures the district office gives {: #numbers data-toc-label="Figures given" }\n' in office
    army = pages[f"{FLOOD}/actors/army.md"]
    assert '\n## Figures the army gives {: #numbers data-toc-label="Figures given" }\n' in army
    assert "\n## Numbers" not in office + army


def test_quotes_in_event_titles_and_roles_are_typographic(shipped: dict[str, str]) -> None:
    timeline = shipped["the-fall-of-laukkai/timeline.md"]
    assert "The MNDAA declares all of Kokang a “regime-free zone”" in timeline
    overview = shipped["kokang-crime-families-on-trial/index.md"]
    assert "where the “four families” ran their compounds" in overview
    # A name that is a common noun takes its article after a verb.
    actors = shipped["kokang-crime-families-on-trial/actors/index.md"]
    # The appositive after its comma says what the group is, in typographic quotes.
    assert "The Ming family's criminal group, one of the “four families”\n" in actors
    assert not re.search(r'^(###|- \[).*"', timeline + overview, re.M)
    assert not re.search(r'^- \[[^"]*\)(?: <span lang="[^"]+">[^<]*</span>)?: .*"', actors, re.M)


def test_the_numbers_page_opens_in_plain_words(pages: dict[str, str]) -> None:
    numbers = unplaced(pages[f"{FLOOD}/numbers.md"])
    opening = numbers.split("\n\n", 2)[1]
    assert "qualifier" not in opening and "quantity" not in opening
    assert "“about” or “more than”" in opening


def test_a_persons_kinship_role_is_followed_by_what_the_person_is(shipped: dict[str, str]) -> None:
    """No pronoun is guessed for a person: a relationship that says what it is follows as a noun
    phrase, and one naming someone the role already names is passed over."""
    whos_who = shipped["myanmar-scam-handover/index.md"].split("## Who's who", 1)[1].split("\n## ", 1)[0]
    assert ": Father of Ming Guoping and Ming Julan; a leader of the Kokang telecom fraud ring\n" in whos_who
    people = [line for line in whos_who.splitlines() if line.startswith("- [Ming ")]
    assert any("[Ming Xuechang]" in line for line in people)
    assert not any("; it " in line or "; they " in line for line in people)


def test_an_appositive_on_a_place_does_not_stand_for_what_the_actor_did(shipped: dict[str, str]) -> None:
    """The role "The police of Wenzhou, a city in China's Zhejiang province" told where Wenzhou
    is and nothing of the police: the role without it says what they did. One that says enough keeps its
    appositive."""
    whos_who = shipped["myanmar-scam-handover/actors/index.md"]
    assert ": The police of Wenzhou; it investigates Ming Guoping\n" in whos_who
    assert "Zhejiang province" not in whos_who
    laukkai = shipped["the-fall-of-laukkai/actors/index.md"]
    assert ": A member of the Brotherhood Alliance, the MNDAA's ally in Operation 1027\n" in laukkai


def test_what_cites_a_source_is_folded_under_it(shipped: dict[str, str]) -> None:
    """On a phone the Sources page was a wall of every citation (597 lines for the first story):
    each source's citing facts are folded under it, counted, in a <details> that needs no script."""
    import markdown

    sources = shipped["myanmar-scam-handover/sources.md"]
    assert "\nCited by:\n" not in sources
    html = markdown.Markdown(extensions=["attr_list", "pymdownx.blocks.details"]).convert(sources)
    folds = re.findall(
        r"<details class=\"explainer-citing\">\s*<summary>What cites it \((\d+)\)</summary>(.*?)</details>",
        html,
        re.S,
    )
    assert folds and all(int(count) == body.count("<li>") for count, body in folds)
    # What each source is stays in sight, above its fold.
    assert "An article by Zdravko Ljubas, published on 24 November 2023." in html.split("<details", 1)[0]


def test_the_people_index_says_who_each_one_is(pages: dict[str, str]) -> None:
    index = pages["people.md"]
    assert (
        "- **[Amy Coney Barrett](purdue-sackler-ruling/actors/amy-coney-barrett.md)**: A justice of the"
        " Supreme Court who joined the majority opinion.\n" in index
    )
    listed = re.findall(r"^- \*\*[^*]+\*\*: (.*)$", index, re.M)
    assert listed and not [line for line in listed if line.startswith("[")]


def test_figures_across_stories_are_introduced_without_jargon(pages: dict[str, str]) -> None:
    across = pages["quantities.md"]
    assert "same quantity" not in across and "for the same thing (the same count or measure)" in across
    assert "same quantity" not in pages["suez-canal-backlog/numbers.md"]


def test_an_actors_sources_are_its_notes_not_a_second_list(
    pages: dict[str, str], shipped: dict[str, str]
) -> None:
    """The notes at the foot of an actor's page name each source with the words cited: a list of
    the same sources above them said it all twice. The heading stays, for the contents, and says
    how many sources the notes name."""
    actor_pages = {
        path: markdown
        for path, markdown in {**pages, **shipped}.items()
        if "/actors/" in path and not path.endswith("/index.md")
    }
    for path, markdown in actor_pages.items():
        sources = markdown.split("\n## Sources\n", 1)[1]
        assert not re.search(r"^- ", sources, re.M), path
        footnotes = re.findall(r"^\[\^\d+\]: .*?\]\(([^)\s]*sources\.md#[^)]+)\)", sources, re.M)
        assert footnotes, path
        count = len(set(footnotes))
        said = re.search(r"name this page's (.+?) and quote", sources)
        assert said, path
        assert said.group(1) == ("source" if count == 1 else counted(count, "source")), path
    ministry = shipped["myanmar-scam-handover/actors/ministry-of-public-security.md"]
    assert (
        "The numbered notes below name this page's nine sources and quote the words each fact rests on."
        in ministry
    )


def test_a_claim_two_parties_make_is_not_said_to_be_one_sides(
    tmp_path: Path, shipped: dict[str, str]
) -> None:
    """ "The district office and the army say: ... (stated by one side)" contradicted the names
    before it: a claim only its makers state says how many make it, wherever its status is told."""
    content = flood_with(tmp_path)
    claims_file = content / FLOOD / "claims.yaml"
    text = claims_file.read_text("utf-8")
    text = text.replace(
        "claimants: [district-office]\n  status: forecast",
        "claimants: [district-office, army]\n  status: stated",
    )
    claims_file.write_text(text.replace("status: denied", "status: stated"), "utf-8")
    site = load_site(content).raise_for_problems()
    built = {p.path: p.markdown for p in build_pages(site).pages}
    claims = built[f"{FLOOD}/claims.md"]
    assert "one side" not in claims
    assert "- **Status:** Stated only by the two who make it; no other source confirms it\n" in claims
    assert "- **Status:** No other source confirms it\n" in claims  # reported with no one named
    overview = built[f"{FLOOD}/index.md"]
    doubts = overview.split("## What is not known", 1)[1].split("\n## ", 1)[0]
    assert "### Claims no one else confirms\n" in doubts and "Only one side says so" not in doubts
    army = built[f"{FLOOD}/actors/army.md"]
    assert "(stated only by the two who make it; no other source confirms it)" in army
    # A claim one party alone makes keeps the plainer words, as does its heading.
    assert "### Only one side says so\n" in shipped["kokang-crime-families-on-trial/index.md"]


WIRE = """- id: valley-wire
  title: Road shut as lake bursts
  kind: article
  publisher: Valley Wire
  url: https://example.org/valley-wire
  accessed: 2024-01-12
  no_text: not-retrievable-now
"""


def test_a_figure_several_sources_report_naming_no_one_names_each_source(tmp_path: Path) -> None:
    content = flood_with(tmp_path, sources=WIRE)
    numbers_file = content / FLOOD / "numbers.yaml"
    cited = "      evidence: for several dozen hours\n"
    numbers_file.write_text(
        numbers_file.read_text("utf-8").replace(
            cited, cited + "    - source: valley-wire\n      evidence: for several dozen hours\n", 1
        ),
        "utf-8",
    )
    site = load_site(content).raise_for_problems()
    numbers = next(p.markdown for p in build_pages(site).pages if p.path == f"{FLOOD}/numbers.md")
    assert (
        "- **According to:** the article *Glacial lake bursts above valley*[^3] and Valley Wire[^4], which"
        " do not say whose figure it is\n" in numbers
    )


def test_a_table_of_figures_keeps_its_cells_short(pages: dict[str, str], shipped: dict[str, str]) -> None:
    """On a phone each row of a table reads as a line: a figure no one is named for says so in four
    words, and a column that every row leaves "not given" is left out."""
    numbers = pages[f"{FLOOD}/numbers.md"]
    assert (
        "| Figure | According to | As of |\n| --- | --- | --- |\n"
        '| <span id="left-by-wednesday"></span>**300 people** | the source does not say[^4] | '
        '<span class="explainer-cell-label">as of </span>10 January 2024 |\n' in numbers
    )
    # On a phone the header is hidden and a row reads as a line: words only a phone shows say what
    # each cell is ("12 people according to the army as of 10 January 2024").
    assert (
        '| <span id="missing-according-to-army"></span>**12 people** | <span class="explainer-cell-label">'
        "according to </span>[The army](actors/army.md)[^6] |" in numbers
    )
    tables = [
        table
        for path, markdown in {**pages, **shipped}.items()
        if path.endswith("numbers.md")
        for table in re.findall(r"^\| Figure \|.*?\n\n", markdown, re.M | re.S)
    ]
    assert len(tables) >= 5
    for table in tables:
        lines = re.sub(r"<span[^>]*>[^<]*</span>", "", table).strip().splitlines()
        rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in lines[2:]]
        for column in zip(*rows, strict=True):
            assert set(column) != {"not given"}, table
        assert all(len(cell) < 60 for row in rows for cell in row if "](" not in cell), table


def test_the_first_screen_says_what_is_still_in_doubt_and_how_current_it_is(
    pages: dict[str, str], shipped: dict[str, str]
) -> None:
    """What is not known sat below the questions, the figures and the whole story, and the date up
    to which events were checked at the foot of the page: under the summary, a reader now meets
    both, the doubts counted as the section below groups them, with a link to it."""
    flood = pages[f"{FLOOD}/index.md"]
    top = flood.split("## Key questions", 1)[0]
    assert (
        "\n\n**Still in doubt:** [Soldiers blocked the mountain road](claims.md#soldiers-blocked-road), reports"
        " say without naming a source. Denied: No one named in the report says who gave the order; the"
        " army denies it. Also in doubt: differing figures for [people missing](numbers.md#missing-according-to-army)"
        " and [one more figure](#what-is-not-known).\n\n" in top
    )
    court = pages[f"{COURT}/index.md"].split("## Key questions", 1)[0]
    # Figures that disagree are named by what they count, not only said to disagree, and linked to
    # their table, as a claim or a figure the line names is. Its views and its appeal (`opinion`,
    # `call`) are no doubt to count.
    assert (
        "Also in doubt: differing figures for the [total value of the settlement](numbers.md#settlement-worth-npr)"
        " and [one more claim](#what-is-not-known)." in court
    )
    overviews = {
        path: md for path, md in {**pages, **shipped}.items() if re.fullmatch(r"[^/]+/index\.md", path)
    }
    assert len(overviews) >= 7
    for path, markdown in overviews.items():
        first = markdown.split("\n## ", 1)[0]
        assert ("**Still in doubt:**" in first) == ("\n## What is not known\n" in markdown), path
        assert markdown.count("*Events checked up to") <= 1, path
    handover = shipped["myanmar-scam-handover/index.md"]
    assert "\n*Events checked up to 31 December 2023. Corrected on " in handover.split("\n## ", 1)[0]
    # A claim two parties make is counted on the first screen, and grouped below as no one else's.
    assert "[six more claims and three figures](#what-is-not-known)" in handover
    assert "### Claims no one else confirms" in handover


def test_one_doubt_of_its_kind_is_named_not_only_counted(
    pages: dict[str, str], shipped: dict[str, str]
) -> None:
    """ "Also in doubt: ... one claim not verified, from an unnamed source" left a reader asking which
    claim until they scrolled to "What is not known": a lone claim or figure of its kind is named in
    brackets, its first words linked to its place, where the line has no main doubt to tell. After
    a main doubt, told with who says it, the rest is only counted ("two other disputed claims, from
    A and B; and one claim only C make (its first words)" ran six lines on a phone), and "What is not
    known", linked at the line's end, names each."""
    court = pages[f"{COURT}/index.md"].split("\n## ", 1)[0]
    assert "[one more claim](#what-is-not-known)." in court
    flood = pages[f"{FLOOD}/index.md"].split("\n## ", 1)[0]
    assert "gives ([" not in flood
    laukkai = shipped["the-fall-of-laukkai/index.md"].split("\n## ", 1)[0]
    assert "[two more claims and four figures](#what-is-not-known)" in laukkai and "makes ([" not in laukkai
    # Where the line is said again, on the timeline, its links lead from there.
    assert (
        "not verified ([OxyContin was marketed to doctors as carrying a low risk of addiction](claims.md#"
        in (pages[f"{COURT}/timeline.md"])
    )


def test_a_lone_claim_only_one_side_makes_is_named_and_cut_short(tmp_path: Path) -> None:
    """Invented: the flood's only claim no one else confirms, made by the army alone, a long one: it is
    named after whose word it is, its first words only, and its Markdown shown as written."""
    folder = flood_with(
        tmp_path,
        claims="- id: army-cleared-road\n  claimants: [army]\n  status: stated\n"
        "  statement: The army cleared the [upper] road by Thursday evening and reopened it to every car,"
        " truck and bus in the valley after checking it\n"
        "  cite:\n    - source: valley-news\n      evidence: the army said\n",
    )
    site = load_site(folder).raise_for_problems()
    top = {p.path: p.markdown for p in build_pages(site).pages}[f"{FLOOD}/index.md"].split("\n## ", 1)[0]
    # After the flood's main doubt it is counted; "What is not known" says whose word it is.
    assert "[one more claim and one figure](#what-is-not-known)" in top and "makes ([" not in top
    doubts = {p.path: p.markdown for p in build_pages(site).pages}[f"{FLOOD}/index.md"]
    assert "The army cleared the \\[upper\\] road" in doubts.split("## What is not known", 1)[1]


def test_the_first_screen_says_who_holds_a_doubted_claim_otherwise(pages: dict[str, str]) -> None:
    """ "Another source disputes it" under the summary left a newcomer asking which source, and what
    it says, until they scrolled to "What is not known": the claim's note, which says who holds
    otherwise, follows it on the first screen under the status's bare word, on a dispute and on a
    denial alike ("those it is about deny it" before "the army denies it" said the denial twice)."""
    court = pages[f"{COURT}/index.md"].split("## Key questions", 1)[0]
    assert (
        "say the Sackler family. Disputed: People who lost relatives or years of their"
        " lives to opioid addiction believe otherwise. Also in doubt: " in court
    )
    flood = pages[f"{FLOOD}/index.md"].split("## Key questions", 1)[0]
    assert ". Denied: No one named in the report says who gave the order; the army" in flood
    # The timeline's "Where things stand" says it as the overview does.
    timeline = pages[f"{COURT}/timeline.md"]
    assert "Sackler family. Disputed: People who lost relatives" in timeline


@pytest.mark.parametrize(
    ("status", "note", "told"),
    [
        ("disputed", "The observers say the count is wrong.", "The observers say the count is wrong"),
        (
            "denied",
            "The army denies it. " + "It gave no reason for the closure of the road. " * 4,
            "The army denies it",
        ),
        ("disputed", " ".join(["word"] * 31) + ".", ""),
        ("unverified", "The observers say the count is wrong.", ""),
        ("disputed", None, ""),
        ("denied", "Who gave the order?", ""),
    ],
)
def test_a_doubted_claims_note_is_told_when_short_and_it_says_who_holds_otherwise(
    status: str, note: str | None, told: str
) -> None:
    claim = Claim(
        id="c", statement="The road was closed.", claimants=["a"], status=status, note=note, cite=CITE
    )
    assert _held_otherwise(claim) == told


def test_an_actors_page_says_a_doubted_claims_status_once_with_who_holds_otherwise(
    pages: dict[str, str], shipped: dict[str, str]
) -> None:
    """On the army's own page, "... the army denies it. (denied by those it is about)" said the
    denial twice, the second time without the name, and "People who lost relatives ... believe
    otherwise. (disputed by another source)" called them a source: the status's bare word now
    introduces the note that says who holds otherwise."""
    army = pages[f"{FLOOD}/actors/army.md"]
    assert (
        "[Soldiers blocked the mountain road](../claims.md#soldiers-blocked-road), reports say without naming a"
        " source. Denied: No one named in the report says who gave the order; the army denies it.[^" in army
    )
    sacklers = pages[f"{COURT}/actors/sackler-family.md"]
    assert (
        "[The Sacklers did nothing wrong.](../claims.md#no-wrongdoing) Disputed: People who lost relatives or"
        " years of their lives to opioid addiction believe otherwise.[^" in sacklers
    )
    told = 0
    for path, markdown in {**pages, **shipped}.items():
        for line in markdown.splitlines() if "/actors/" in path else ():
            if " Denied: " in line or " Disputed: " in line:
                assert "(denied by" not in line and "(disputed by" not in line, (path, line)
                told += 1
    assert told >= 6


def test_a_figure_on_an_actors_page_says_when_and_who_gives_another(pages: dict[str, str]) -> None:
    """ "12 people missing" on the army's page read as settled: the district office says 30 for the
    same day. The figure now says as of when and, where other figures cannot all be right with it,
    which and whose; a figure no one contradicts says only its date."""
    army = (
        pages[f"{FLOOD}/actors/army.md"]
        .split('{: #numbers data-toc-label="Figures given" }\n\n', 1)[1]
        .split("\n\n", 1)[0]
    )
    assert army == (
        "- [12](../numbers.md#missing-according-to-army) people missing (as of 10 January 2024); other sources"
        " differ: [30 people](../numbers.md#missing-according-to-district) according to"
        " the [district office](district-office.md)[^2]"
    )
    office = pages[f"{FLOOD}/actors/district-office.md"]
    assert "according to [the army](army.md)[^" in office
    assert (
        "- [4 million to 6 million cubic metres](../numbers.md#water-released) of water released from the lake"
        " (reported January 2024)[^" in office
    )


def test_relationships_that_say_the_same_of_several_actors_are_one_sentence(
    pages: dict[str, str], shipped: dict[str, str]
) -> None:
    """Four lines of "Neil Gorsuch was joined in an opinion by ..." under the diagram that already
    draws them: one sentence names the four. A relationship with a note keeps its own line."""
    gorsuch = pages[f"{COURT}/actors/neil-gorsuch.md"]
    assert (
        "- Neil Gorsuch was joined in an opinion by [Clarence Thomas](clarence-thomas.md), [Samuel Alito]"
        "(samuel-alito.md), [Amy Coney Barrett](amy-coney-barrett.md) and [Ketanji Brown Jackson]"
        "(ketanji-brown-jackson.md)[^2]\n" in gorsuch
    )
    for path, markdown in {**pages, **shipped}.items():
        if "/actors/" not in path or "\n## Relationships\n" not in markdown:
            continue
        section = markdown.split("\n## Relationships\n", 1)[1].split("\n## ", 1)[0]
        plain = re.findall(r"^- ([^\[\n]+)\[[^\n]*\)(?:\[\^\d+\])+$", section, re.M)
        assert len(plain) == len(set(plain)), (path, plain)


def test_an_older_story_says_on_its_first_screen_that_a_sequel_follows(
    pages: dict[str, str], shipped: dict[str, str]
) -> None:
    """A reader who lands on a 2023 story learned that it had a sequel only below the whole story:
    under the summary, beside "Previously", a line now names and links each story that follows."""
    blockage = pages["suez-canal-blockage/index.md"].split("\n## ", 1)[0]
    assert (
        "\n**What happened next:** [The Suez Canal clears its backlog](../suez-canal-backlog/index.md)\n"
        in blockage
    )
    laukkai = shipped["the-fall-of-laukkai/index.md"].split("\n## ", 1)[0]
    assert laukkai.index("**Previously:** [") < laukkai.index(
        "**What happened next:** [Myanmar's scam families"
    )
    last = shipped["kokang-crime-families-on-trial/index.md"]
    assert "What happened next" not in last


def test_the_timeline_explains_only_the_dates_it_has_with_its_own_as_examples(
    pages: dict[str, str], shipped: dict[str, str]
) -> None:
    """ "“September 2023” means the day is not known" headed every timeline, one of 1996 to 2024 or
    of exact days alike: the note now takes its examples from the timeline, and is left out where
    every date is an exact day."""
    # Under the line that says what the page holds.
    court = unplaced(pages[f"{COURT}/timeline.md"]).split("\n\n", 3)[2]
    assert court == "Dates are as precise as the sources: “1996” alone means only the year is known."
    handover = unplaced(shipped["myanmar-scam-handover/timeline.md"]).split("\n\n", 3)[2]
    assert handover == "Dates are as precise as the sources: “September 2023” means the day is not known."
    assert "Dates are" not in pages["suez-canal-blockage/timeline.md"]
    assert "Dates are" not in shipped["kokang-crime-families-on-trial/timeline.md"]


def test_a_disputed_or_denied_claim_says_who_holds_otherwise(
    pages: dict[str, str], shipped: dict[str, str]
) -> None:
    """Under "Disputed", "The Sacklers did nothing wrong." left the reader asking who disputes it:
    the claim's note, which says so, follows it. Other statuses keep the claim alone."""
    doubts = pages[f"{COURT}/index.md"].split("## What is not known", 1)[1].split("\n## ", 1)[0]
    assert (
        "### Disputed\n\n- The [Sackler family](actors/sackler-family.md) say: The Sacklers did nothing wrong. People"
        " who lost relatives or years of their lives to opioid addiction believe otherwise.[^" in doubts
    )
    flood = pages[f"{FLOOD}/index.md"].split("## What is not known", 1)[1]
    assert (
        "Soldiers blocked the mountain road. No one named in the report says who gave the order; the army"
        in flood
    )
    trial = (
        shipped["kokang-crime-families-on-trial/index.md"].split("### Disputed", 1)[1].split("\n### ", 1)[0]
    )
    assert "Myanmar Witness says the count is incorrect" in trial


def test_the_overview_says_what_each_of_its_pages_holds(
    pages: dict[str, str], shipped: dict[str, str]
) -> None:
    """Not a table of bare counts under "Entries" headed "In this dossier": each page's link says what a
    reader finds there, counted in words."""
    court = pages[f"{COURT}/index.md"].split("## More on this story\n\n", 1)[1].split("\n\n", 1)[0]
    assert court.splitlines() == [
        "- [Who's who](actors/index.md): 12 people (nine of them judges), one court, one organisation, three"
        " government bodies, one research institute, one place, one group and one object, and who each is",
        "- [By the numbers](numbers.md): 16 figures, each with who says it and as of when",
        "- [Glossary](glossary.md): five terms explained in plain words",
        "- [Timeline](timeline.md): six events, from 1996 to 27 June 2024",
        "- [Who says what](claims.md): seven claims, who makes each and how far it is established",
        "- [Relationships](relationships.md): 15 ties between those involved, drawn and listed",
        "- [Sources](sources.md): the 12 documents every fact is taken from, with the words quoted",
    ]
    flood = pages[f"{FLOOD}/index.md"]
    assert "- [Sources](sources.md): the document every fact is taken from, with the words quoted\n" in flood
    assert "- [Who says what](claims.md): two claims, who makes each and how far" in flood
    backlog = pages["suez-canal-backlog/index.md"]
    assert "- [Timeline](timeline.md): one event (3 April 2021)\n" in backlog
    assert "- [By the numbers](numbers.md): one figure, with who says it and as of when\n" in backlog
    for overview in (
        *(pages[f"{s}/index.md"] for s in (COURT, FLOOD)),
        shipped["myanmar-scam-handover/index.md"],
    ):
        assert "In this dossier" not in overview and "| Entries |" not in overview
        assert "To cite this story: " in overview


def test_the_overviews_link_to_updates_counts_corrections_not_revisions(tmp_path: Path) -> None:
    from generator.format.history import History

    content = Path(__file__).parents[1] / "content"
    site = load_site(content).raise_for_problems(strict=True)
    told = History(True, revisions=())
    overview = next(
        p.markdown
        for p in build_pages(site, histories={d.slug: told for d in site.dossiers}).pages
        if p.path == "myanmar-scam-handover/index.md"
    )
    assert (
        "- [Updates and corrections](updates.md): what changed since the story was first published,"
        " and its five corrections\n" in overview
    )
    # The commit that made the five declared corrections is not a sixth.
    from generator.format.history import Revision

    fixed = History(
        True, revisions=(Revision("c", "2026-12-02", "Correction: five errors", correction=True),)
    )
    overview = next(
        p.markdown
        for p in build_pages(site, histories={d.slug: fixed for d in site.dossiers}).pages
        if p.path == "myanmar-scam-handover/index.md"
    )
    assert "and its five corrections\n" in overview
    # No history in this copy: the link, with nothing said of a page that has nothing to tell.
    site = load_site(DOSSIERS).raise_for_problems(strict=True)
    unknown = History(False, "not available")
    overview = next(
        p.markdown
        for p in build_pages(site, histories={d.slug: unknown for d in site.dossiers}).pages
        if p.path == f"{FLOOD}/index.md"
    )
    assert "- [Updates and corrections](updates.md)\n" in overview


def test_a_series_of_figures_says_which_way_it_went(pages: dict[str, str], shipped: dict[str, str]) -> None:
    """A count at several dates, given by one party throughout, says in words where it started and
    ended; the table alone leaves a reader to work it out."""
    assert (
        "The same count at different dates, earliest first. The figure rose from 300 people on 10 January"
        " 2024 to 900 people on 12 January 2024.\n" in pages[f"{FLOOD}/numbers.md"]
    )
    assert (
        "## Suspects handed over to China {: #quantity-suspects-handed-over-to-china }\n\n"
        "The figure rose from 31,000 people on 21 November 2023 to more than 49,000 people on 27 May 2024.\n"
        in shipped["quantities.md"]
    )
    # One party's figure, then another's lower one: a contradiction, perhaps, never told as a fall.
    buildings = shipped["kokang-crime-families-on-trial/numbers.md"].split(
        "## KK Park buildings demolished", 1
    )[1]
    buildings = buildings.split("\n## ", 1)[0]
    assert "148 buildings" in buildings and "The figure" not in buildings
    assert "follow one another" not in buildings
    assert (
        "Different sources give this at different dates, earliest first: a difference between them may come"
        " from who counts, not from a change.\n" in buildings
    )
    # 369 ships from one source, 422 from another: where it started and ended, never "rose".
    ships = pages["quantities.md"].split("## Ships waiting", 1)[1].split("\n## ", 1)[0]
    assert "rose" not in ships
    assert (
        "The figures go from at least 369 ships on 28 March 2021 to 422 ships on 29 March 2021, but different"
        " sources give them: a difference may come from who counts, not from a change.\n" in ships
    )


def test_updates_are_told_day_by_day(pages: dict[str, str]) -> None:
    """Several commits of one day are one heading saying what the day changed in all; a commit that
    changed nothing a reader sees is no heading; edits on the day of publication are part of it."""
    import yaml

    from generator.format.changes import EntryChange, FieldChange
    from generator.format.history import History, Revision

    raw = yaml.safe_load((DOSSIERS / FLOOD / "numbers.yaml").read_text("utf-8"))
    friday = next(n for n in raw if n["id"] == "left-by-friday")
    was, then, now = {**friday, "value": 700}, {**friday, "value": 800}, friday
    value = "value"

    def number(action: str, before: dict | None, after: dict | None) -> EntryChange:
        fields = (FieldChange(value, (before or {}).get(value), (after or {}).get(value)),)
        return EntryChange("number", friday["id"], action, "people", fields, before, after)

    published = tuple(EntryChange("number", n["id"], "added", n["counts"], (), None, n) for n in raw[:3])
    revisions = (
        Revision("c5", "2024-02-03", "Fix the figure", entries=(number("changed", then, now),)),
        Revision("c4", "2024-02-03", "Tidy the files"),
        Revision("c3", "2024-02-03", "Update the figure", entries=(number("changed", was, then),)),
        Revision("c2", "2024-02-01", "Add a figure", entries=(number("added", None, was),)),
        Revision("c1", "2024-02-01", "Publish", first=True, entries=published),
    )
    site = load_site(DOSSIERS).raise_for_problems(strict=True)
    built = build_pages(site, histories={FLOOD: History(True, revisions=revisions)})
    page = next(p.markdown for p in built.pages if p.path == f"{FLOOD}/updates.md")
    assert re.findall(r"^## .*$", page, re.M) == ["## 3 February 2024", "## 1 February 2024"]
    assert (
        "## 3 February 2024\n\nOne fact changed.\n\n"
        "- **Changed:** 900 people who had left the valley, as of 12 January 2024.\n"
        "    - Before: 700 people who had left the valley, as of 12 January 2024.\n" in page
    )
    assert "No fact changed" not in page
    assert "## 1 February 2024\n\nThe story was published with four facts.\n" in page
    assert "What changed in the story since it was first published, day by day, newest first.\n" in page


def test_a_correction_between_edits_of_one_day_leaves_one_heading_for_the_day() -> None:
    """Edits, a correction, more edits, all on one day: one heading of that date, the correction in
    its box under it, then what the other commits changed in all; never the same date twice."""
    import yaml

    from generator.format.changes import EntryChange, FieldChange
    from generator.format.history import History, Revision

    raw = yaml.safe_load((DOSSIERS / FLOOD / "numbers.yaml").read_text("utf-8"))
    friday, other = (next(n for n in raw if n["id"] == f"left-by-{day}") for day in ("friday", "wednesday"))

    def number(entry: dict, before: object, after: object) -> EntryChange:
        fields = (FieldChange("value", before, after),)
        return EntryChange(
            "number",
            entry["id"],
            "changed",
            "x",
            fields,
            {**entry, "value": before},
            {**entry, "value": after},
        )

    revisions = (
        Revision("c4", "2024-02-03", "Tidy a figure", entries=(number(other, 5, other["value"]),)),
        Revision(
            "c3",
            "2024-02-03",
            "Correction: the first figure",
            correction=True,
            what_was_wrong="It gave the wrong count.",
            entries=(number(friday, 1, friday["value"]),),
        ),
        Revision("c2", "2024-02-03", "Edit a figure", entries=(number(other, 4, 5),)),
        Revision("c1", "2024-02-01", "Publish", first=True),
    )
    site = load_site(DOSSIERS).raise_for_problems(strict=True)
    built = build_pages(site, histories={FLOOD: History(True, revisions=revisions)})
    page = next(p.markdown for p in built.pages if p.path == f"{FLOOD}/updates.md")
    assert re.findall(r"^## .*$", page, re.M) == ["## 3 February 2024", "## 1 February 2024"]
    day = page.split("## 3 February 2024\n\n", 1)[1].split("\n## ", 1)[0]
    assert day.startswith(
        '!!! explainer-correction "Correction: the first figure"\n\n'
        "    What was wrong: It gave the wrong count.\n\n    One fact corrected.\n\n    - **Corrected:** "
    )
    # The two edits around the correction are one change, from before the first to after the last.
    assert "\n\nAlso that day: one fact changed.\n\n- **Changed:** " in day
    assert day.count("- **Changed:** ") == 1 and "    - Before: 4 " in day
    assert "with one correction.\n" in page


def test_a_day_of_many_corrections_or_changes_is_folded(tmp_path: Path) -> None:
    """Corrections declared on one day are one box that opens ("Two corrections on ..."), not a box
    each dated alike; a day that changed more facts than a reader takes in at a glance is its counting
    sentence with the lines folded under it; a day of a few changes shows them."""
    import yaml

    from generator.format.changes import EntryChange
    from generator.format.history import History, Revision

    content = flood_with(
        tmp_path,
        dossier="corrections:\n"
        + "".join(
            f"  - date: {date}\n    wrong: The {what} was wrong.\n    right: The {what} is now right.\n"
            for date, what in (("2024-02-05", "first"), ("2024-02-03", "second"), ("2024-02-05", "third"))
        ),
    )
    raw = yaml.safe_load((DOSSIERS / FLOOD / "numbers.yaml").read_text("utf-8"))
    added = tuple(EntryChange("number", n["id"], "added", n["counts"], (), None, n) for n in raw)
    assert len(added) > 3
    revisions = (
        Revision("c3", "2024-02-05", "Add figures", entries=added),
        Revision("c2", "2024-02-03", "Add a figure", entries=added[:1]),
        Revision("c1", "2024-02-01", "Publish", first=True),
    )
    site = load_site(content).raise_for_problems(strict=True)
    built = build_pages(site, histories={FLOOD: History(True, revisions=revisions)})
    page = next(p.markdown for p in built.pages if p.path == f"{FLOOD}/updates.md")
    corrections = page.split("## Corrections\n", 1)[1].split("\n## ", 1)[0]
    assert (
        "/// details | Two corrections on 5 February 2024\n    type: explainer-correction\n    open: True\n\n"
        "- **What was wrong:** The first was wrong.\n\n    **What is right:** The first is now right.\n\n"
        "- **What was wrong:** The third was wrong.\n\n    **What is right:** The third is now right.\n\n///\n"
        in corrections
    )
    assert '!!! explainer-correction "Corrected on 3 February 2024"\n' in corrections
    assert corrections.count("explainer-correction") == 2
    # The newest day's box is open, older ones closed.
    assert corrections.count("    open: True\n") == 1
    busy = page.split("## 5 February 2024\n\n", 1)[1].split("\n## ", 1)[0]
    assert busy.startswith(
        f"{capitalised(counted(len(added), 'fact'))} added.\n\n"
        f"/// details | The {counted(len(added), 'fact')}, one by one\n    type: explainer-more\n\n- **Added:** "
    )
    assert busy.rstrip().endswith("///")
    quiet = page.split("## 3 February 2024\n\n", 1)[1].split("\n## ", 1)[0]
    assert quiet.startswith("One fact added.\n\n- **Added:** ") and "///" not in quiet
    # The boxes above count the corrections; the history below does not count them again.
    assert "What changed in the story since it was first published, day by day, newest first.\n" in page


def test_an_entry_moved_to_another_story_says_where_it_went() -> None:
    """An entry that leaves one story for another is not "Removed": the line says it moved and links
    to where the other story shows it, told with that story's names when this one lacks them; an
    entry no other story holds is still removed."""
    import yaml

    from generator.format.changes import EntryChange
    from generator.format.history import History, Revision

    backlog = DOSSIERS / "suez-canal-backlog"
    figure = yaml.safe_load((backlog / "numbers.yaml").read_text("utf-8"))[0]
    tie = yaml.safe_load((backlog / "relationships.yaml").read_text("utf-8"))[0]
    gone = yaml.safe_load((DOSSIERS / FLOOD / "numbers.yaml").read_text("utf-8"))[0]
    key = f"{tie['subject']} {tie['predicate']} {tie['object']}"
    entries = (
        EntryChange("number", figure["id"], "removed", "ships", before=figure),
        EntryChange("relationship", key, "removed", key, before=tie),
        EntryChange("number", "left-out", "removed", "water", before={**gone, "id": "left-out"}),
    )
    revisions = (
        Revision("c2", "2024-02-03", "Move a figure", entries=entries),
        Revision("c1", "2024-02-01", "Publish", first=True),
    )
    site = load_site(DOSSIERS).raise_for_problems(strict=True)
    built = build_pages(site, histories={FLOOD: History(True, revisions=revisions)})
    page = next(p.markdown for p in built.pages if p.path == f"{FLOOD}/updates.md")
    story = "[The Suez Canal clears its backlog](../suez-canal-backlog/"
    assert (
        "- **Moved:** 422 ships queuing to pass through the Suez Canal when the Ever Given was freed, as of"
        f" 29 March 2021. It is now in {story}numbers.md#{figure['id']}).\n" in page
    )
    # Its actors are not this story's: the other story names them.
    assert (
        f"- **Moved:** Ossama Rabei is a leader of the Suez Canal Authority. It is now in {story}relationships.md#"
        in page
    )
    assert "- **Removed:** 4 million to 6 million cubic metres of water released from the lake.\n" in page
    assert page.count("**Moved:**") == 2
    assert "Three facts: one removed, two moved to another story.\n" in page


def test_the_relationships_page_opens_with_what_it_shows(
    pages: dict[str, str], shipped: dict[str, str]
) -> None:
    """Not a diagram straight under the title: how many ties, among how many of those named in the story,
    and who has the most when one does."""
    court = unplaced(pages[f"{COURT}/relationships.md"])
    assert court.startswith(
        "# Relationships\n\n15 ties link 17 of the 21 named in the story; [Neil Gorsuch](actors/neil-gorsuch.md)"
        " has the most, five.\n\n"
    )
    assert unplaced(pages[f"{FLOOD}/relationships.md"]).startswith(
        "# Relationships\n\nOne tie links two of the four named in the story:\n\n"
    )
    assert unplaced(pages["suez-canal-backlog/relationships.md"]).startswith(
        "# Relationships\n\nOne tie links both named in the story:\n\n"
    )
    # A name that is a common noun takes "the", and a plural one a plural verb.
    assert (
        "19 ties link 19 of the 38 named in the story; the [four families](actors/four-families.md) have the most,"
        " five.\n" in shipped["kokang-crime-families-on-trial/relationships.md"]
    )


def test_the_hub_says_how_far_each_storys_events_go(pages: dict[str, str], shipped: dict[str, str]) -> None:
    """A card dated only by when the explainer was published says nothing of when its events
    happened: each part says how far its events go ("events up to" once, not on every line), a card
    of one story how far its own do; a card of several parts says when the latest was reviewed."""
    hub = shipped["index.md"]
    assert (
        "    1. [Myanmar hands 31,000 telecom fraud suspects to China](myanmar-scam-handover/index.md), events up"
        " to 31 December 2023\n"
        "    2. [The fall of Laukkai and the end of the Kokang zone](the-fall-of-laukkai/index.md), up to 27 May"
        " 2024\n"
        "    3. [Myanmar's scam families on trial in China, and the crackdown on the border compounds]"
        "(kokang-crime-families-on-trial/index.md), up to 9 February 2026\n" in hub
    )
    assert hub.count("events up to") + hub.count("Events up to") == 1
    # The thread's third part was reviewed last: the card is not as old as its first part.
    assert "*First published 29 November 2026, last reviewed 3 December 2026.*" in hub
    assert ", published 30 November 2026" not in hub
    hub = pages["index.md"]
    # The follow-up ends before the first story's last event: each part says its own.
    assert (
        "[The Ever Given blocks the Suez Canal](suez-canal-blockage/index.md), events up to 7 July 2021\n"
        in hub
    )
    assert "[The Suez Canal clears its backlog](suez-canal-backlog/index.md), up to 3 April 2021\n" in hub
    assert "*First published 29 November 2026, last reviewed 30 November 2026.*" in hub
    # Reviewed the day it was published: that day once, not twice in a row.
    assert "*Events up to 27 June 2024. Published 2 December 2026.*" in hub
    assert "last reviewed 2 December 2026" not in hub
    # A story with no events and no date they were checked to says when it was reported.
    assert (
        "    *Reported in January 2024. Published 1 February 2024, last reviewed 2 February 2024.*\n" in hub
    )


def test_a_thread_reviewed_only_on_the_day_it_was_first_published_gives_that_day_once() -> None:
    site = load_site(DOSSIERS).raise_for_problems()
    first = next(d for d in site.dossiers if d.slug == "suez-canal-blockage").meta.published
    dossiers = tuple(
        dataclasses.replace(d, meta=d.meta.model_copy(update={"last_reviewed": first}))
        if d.slug.startswith("suez-")
        else d
        for d in site.dossiers
    )
    hub = build_pages(dataclasses.replace(site, dossiers=dossiers)).by_path()["index.md"].markdown
    assert "    *First published 29 November 2026.*\n" in hub


def test_an_update_to_the_story_itself_says_what_it_changed() -> None:
    """Not "the story's own details (its title, summary or story)" whatever changed."""
    from generator.format.changes import EntryChange, FieldChange
    from generator.format.history import History, Revision

    fields = tuple(FieldChange(name, "old", "new") for name in ("events_checked_to", "story", "summary"))
    revision = Revision(
        "c", "2024-02-04", "Edit", entries=(EntryChange("dossier", FLOOD, "changed", "", fields),)
    )
    site = load_site(DOSSIERS).raise_for_problems(strict=True)
    built = build_pages(site, histories={FLOOD: History(True, revisions=(revision,))})
    page = next(p.markdown for p in built.pages if p.path == f"{FLOOD}/updates.md")
    assert "- **Updated:** the story's summary, text and date its events were checked to.\n" in page


def test_a_figure_of_a_table_is_met_once(pages: dict[str, str], shipped: dict[str, str]) -> None:
    """Figures side by side were listed again in full below their table (the same figure, date, who
    and source twice): the row is now the figure's place, with the anchor other pages link to, and
    below the table comes only what a row cannot hold (what it counts, its note)."""
    flood = pages[f"{FLOOD}/numbers.md"]
    missing = flood.split("## People missing", 1)[1].split("\n[^1]: ", 1)[0]
    assert "### 12 people" not in missing and "{: #missing-according-to-army" not in missing
    # The sentence above the table tells the spread; below it, nothing lists the figure again.
    table_and_after = missing.split("\n\n", 2)[2]
    assert table_and_after.count("12 people") == 1
    assert '| <span id="missing-according-to-army"></span>**12 people** |' in missing
    laukkai = shipped["the-fall-of-laukkai/numbers.md"]
    surrendered = laukkai.split("## Soldiers surrendered in Laukkai", 1)[1].split("\n## ", 1)[0]
    assert '| <span id="soldiers-surrendered-first-report"></span>**hundreds** |' in surrendered
    assert (
        # The remark names its row by the row's date, as two rows may show one figure; the figure
        # it opens on is not said again before it ("**Hundreds as of ...:** Hundreds of ...").
        "\n\n**As of 5 January 2024:** Hundreds of soldiers who surrendered at the Laukkai command,"
        " as first reported." in (surrendered)
    )
    assert "### " not in surrendered
    for path, markdown in {**pages, **shipped}.items():
        if not path.endswith("numbers.md"):
            continue
        # Each figure's anchor is on the page once: a row's or a heading's.
        anchors = re.findall(r'<span id="([^"]+)"></span>|\{: #([^ ]+) \.explainer-value \}', markdown)
        ids = [a or b for a, b in anchors]
        assert len(ids) == len(set(ids)), path
        # Footnotes are numbered in the order a reader meets them ("CNA[^1]; also Hindustan Times[^2]").
        met = list(dict.fromkeys(int(n) for n in re.findall(r"\[\^(\d+)\](?!:)", markdown)))
        assert met == sorted(met), path


def test_a_reader_meets_the_words_a_reader_uses(pages: dict[str, str], shipped: dict[str, str]) -> None:
    """ "Actors", "The whole dossier (JSON)" and "Reported, with no one named" were the format's words:
    the page is "Who's who", counted as people, organisations and places; the download says what it
    holds; a claim no one is named for says that reports say it."""
    everything = {**pages, **shipped}
    for path, markdown in everything.items():
        # URLs keep their words; what a reader reads does not say "actor" or "dossier".
        text = re.sub(r"\]\([^)]*\)|\{:[^}]*\}|<[^>]+>", "", markdown)
        assert not re.search(r"\b[Aa]ctors?\b", text), (path, re.findall(r".{40}\b[Aa]ctors?\b.{20}", text))
        assert "whole dossier" not in text and "with no one named" not in text, path
    for slug in ("purdue-sackler-ruling", "the-fall-of-laukkai"):
        assert everything[f"{slug}/actors/index.md"].startswith("# Who's who\n")
    assert "- [Who's who](actors/index.md): " in shipped["the-fall-of-laukkai/index.md"]
    assert "[Every fact of this story, with its sources (JSON)]" in pages[f"{FLOOD}/index.md"]
    assert (
        "\n- Reports say, without naming a source: Soldiers blocked the mountain road."
        in pages[f"{FLOOD}/index.md"]
    )
    assert (
        "## What reports say without naming a source {: #said-by-no-one-named }"
        in pages[f"{FLOOD}/claims.md"]
    )
    # What cites a source is named as a reader names it: a person, a place, a figure.
    sources = pages[f"{COURT}/sources.md"]
    assert "- Person: [Neil Gorsuch](actors/neil-gorsuch.md)" in sources
    assert "- Figure: [" in sources and "- Number: [" not in sources


def test_a_small_story_says_so_rather_than_showing_an_empty_page(pages: dict[str, str]) -> None:
    """A one-event timeline was a year's heading over one event; a one-tie relationships page was a
    diagram of two boxes, "The same relationships, as a table:" and a table of one row. Now the page
    says what it holds, and the tie is a sentence that keeps the anchor other pages link to."""
    timeline = unplaced(pages["suez-canal-backlog/timeline.md"])
    assert timeline.startswith("# Timeline\n\nThe story records one event.\n\n")
    # After what came before it in its thread, the event is the page's only heading of its own.
    assert (
        "\n\n## 3 April 2021: The last ships of the backlog pass through the canal {: #backlog-cleared }\n"
        in timeline.split("## Before this story", 1)[1]
    )
    assert "{: #year-" not in timeline
    for slug, sentence in (
        (
            "suez-canal-backlog",
            "One tie links both named in the story:\n\n"
            '- <span id="ossama-rabei--leader-of--suez-canal-authority"></span>'
            "[Ossama Rabei](actors/ossama-rabei.md) is a leader of the [Suez Canal Authority]"
            "(actors/suez-canal-authority.md).[^1]\n",
        ),
        (
            FLOOD,
            "One tie links two of the four named in the story:\n\n"
            '- <span id="glacial-lake--drains-into--river"></span>The [glacial lake](actors/glacial-lake.md)'
            " drains into [the river](actors/river.md).[^1]\n",
        ),
    ):
        relationships = unplaced(pages[f"{slug}/relationships.md"])
        assert relationships.startswith(f"# Relationships\n\n{sentence}"), relationships
        assert "<svg" not in relationships and "| From |" not in relationships
        assert (
            "- [Relationships](relationships.md): one tie between those involved\n"
            in pages[f"{slug}/index.md"]
        )
    # A story of many events and ties keeps its years, its diagram and its table.
    court = pages[f"{COURT}/relationships.md"]
    assert "<svg" in court and "| From | Relation | To | Note | Source |" in court
    assert "## 1996 {: #year-1996 }" in pages[f"{COURT}/timeline.md"]


def test_the_first_screen_says_what_may_happen_next(pages: dict[str, str], shipped: dict[str, str]) -> None:
    """A warning was only counted on the first screen ("one warning of what may happen"), and the
    question that answers "what happens next?" sat last, closed: now the warning is said under the
    summary, with a link that opens the question whose answer rests on it. A question whose answer
    rests on nothing but what the line says is not asked again below it: the line is its answer and
    holds its anchor."""
    overview = pages[f"{FLOOD}/index.md"]
    flood = overview.split("## Key questions", 1)[0]
    assert flood.endswith(
        "\n\n**What may happen next:** The [district office](actors/district-office.md) says: A second lake could"
        " burst within weeks.[^1]\n{: #q-what-happens-next }\n\n"
    )
    assert "What happens next?" not in overview
    asked = overview.split("## Key questions", 1)[1].split("\n## ", 1)[0]
    assert "second lake" not in asked and "/// details | How many people are missing?" in asked
    assert "warning" not in flood
    court = pages[f"{COURT}/index.md"].split("## Key questions", 1)[0]
    assert (
        "\n\n**What may happen next:** [Brett Kavanaugh](actors/brett-kavanaugh.md), a justice of the"
        in court
    )
    assert court.endswith(" [What does the ruling mean for victims?](#q-what-does-it-mean-for-victims)\n\n")
    # The question it links to is on the page, and its answer keeps its own footnotes in order.
    assert "attrs: {id: q-what-does-it-mean-for-victims}" in pages[f"{COURT}/index.md"]
    # A story that warns of nothing says nothing of it.
    for path in ("suez-canal-backlog/index.md", "the-fall-of-laukkai/index.md"):
        assert "What may happen next" not in {**pages, **shipped}[path]


def _only_warned(*events: Event) -> str:
    """The flood's overview with nothing in doubt but its warning, and ``events``."""
    from generator.format.model import ClaimStatus
    from generator.site.unknowns import one_side_figures

    site = load_site(DOSSIERS).raise_for_problems(strict=True)
    flood = next(d for d in site.dossiers if d.slug == FLOOD)
    # The flood without its denied claim, its figures that disagree and those only one side gives.
    one_sided = {n.id for _, n in one_side_figures(flood)}
    numbers = tuple(n for n in flood.numbers if not n.quantity and n.id not in one_sided)
    claims = tuple(c for c in flood.claims if c.status is ClaimStatus.FORECAST)
    kept = {n.id for n in numbers} | {c.id for c in claims}
    questions = tuple(q for q in flood.questions if {*q.numbers, *q.claims} <= kept)
    warned = dataclasses.replace(flood, claims=claims, numbers=numbers, questions=questions, events=events)
    return build_pages(dataclasses.replace(site, dossiers=(warned,))).by_path()[f"{FLOOD}/index.md"].markdown


def test_a_story_whose_only_doubt_is_a_warning_says_what_is_unresolved() -> None:
    """The line under the summary counted every doubt but warnings (said on the next line), so a
    story that only warns of what may happen showed no "Still in doubt" at all. It then said "Still
    in doubt: whether the forecast below comes true", which a reader panel found told them nothing:
    the line after it says the warning itself, with who makes it, so "Still in doubt" is left out."""
    overview = _only_warned()
    # What is not known says what it holds: not disputes and unconfirmed claims the story lacks; one
    # kind of doubt by its heading alone.
    assert "## What is not known\n\n### Warnings and forecasts\n" in overview
    assert "**Still in doubt:**" not in overview
    assert "below comes true" not in overview
    assert (
        "**What may happen next:** The [district office](actors/district-office.md) says: A second lake could burst"
        in overview
    )


def test_a_warning_the_next_line_leaves_out_is_named_as_the_doubt() -> None:
    """With something under way and something due, "What may happen next" tells those two and none of
    the warnings: the line under the summary names the first, with who makes it."""
    cite = [{"source": "valley-news", "evidence": "for several dozen hours"}]
    going = Event.model_validate(
        {"id": "search", "date": "2024-01", "title": "The search goes on", "ongoing": True, "cite": cite}
    )
    due = Event.model_validate({"id": "review", "date": "2030-06", "title": "A review is due", "cite": cite})
    overview = _only_warned(going, due)
    assert re.search(
        r"\*\*Still in doubt:\*\* \[A second lake could burst[^]]*\]\(claims\.md#[a-z0-9-]+\), says the"
        r" district office; whether it comes true is not yet known\. \[What is not known\]\(#what-is-not-known\)",
        overview,
    ), first_screen(overview)
    assert "Due in June 2030 (as of January 2024): [A review is due]" in overview


def test_figures_past_the_glance_say_who_gives_them() -> None:
    """ "What is not known" ended its figures only one side gives with "and 12 more": a dead end. The
    rest are counted by who gives them, each party linked to the figures its page lists."""
    import dataclasses

    from generator.site.unknowns import one_side_figures

    site = load_site(Path(__file__).parents[1] / "content").raise_for_problems(strict=True)
    kokang = next(d for d in site.dossiers if d.slug == "kokang-crime-families-on-trial")
    # Each figure only one side gives, twice: more than the list shows at a glance.
    again = tuple(n.model_copy(update={"id": f"{n.id}-again"}) for _, n in one_side_figures(kokang))
    doubled = dataclasses.replace(kokang, numbers=(*kokang.numbers, *again))
    dossiers = tuple(doubled if d is kokang else d for d in site.dossiers)
    built = build_pages(dataclasses.replace(site, dossiers=dossiers)).by_path()
    overview = built["kokang-crime-families-on-trial/index.md"].markdown
    doubts = overview.split("### Figures only one side gives", 1)[1].split("\n## ", 1)[0]
    assert "- and " not in doubts
    assert re.search(
        r"^- (\w+) more figures, each given by one side only: (\w+) by the \[Ministry of Public Security of the"
        r" People's Republic of China\]\(actors/ministry-of-public-security\.md#numbers\)(?:, .+)? and (\w+) by the \[",
        doubts,
        re.M,
    )


def test_one_figure_past_the_glance_is_shown_not_counted(shipped: dict[str, str]) -> None:
    """ "One more figure, each given by one side only: one by the ministry" took the line the figure
    itself would have taken, and sent the reader elsewhere for it."""
    overview = shipped["kokang-crime-families-on-trial/index.md"]
    doubts = overview.split("### Figures only one side gives", 1)[1].split("\n## ", 1)[0]
    assert "more figure" not in doubts
    assert "(numbers.md#kk-park-demolished-february-2026) buildings of the whole KK Park complex" in doubts


@pytest.mark.parametrize(
    ("name", "kind", "description", "rules"),
    [
        ("Wenzhou Intermediate People's Court", "government-body", "A court in Zhejiang.", True),
        ("Employment Tribunal", "government-body", "A tribunal.", True),
        ("International Court of Justice", "organisation", "The UN's court.", True),
        ("Ministry of Justice", "government-body", "The ministry that runs the courts.", False),
        ("The army", "armed-group", "The soldiers posted in the valley.", False),
        ("Ana Ruiz", "person", "A justice of the Supreme Court. She wrote the ruling.", True),
        ("Lee Kim", "person", "The presiding judge at the trial.", True),
        ("Tom Hale", "person", "The justice minister since 2021.", False),
        ("Ed Park", "person", "A Justice Department lawyer who argued the case.", False),
        ("Mia Cole", "person", "A lawyer for the families.", False),
    ],
)
def test_a_court_or_a_judge_rules_rather_than_takes_a_side(
    name: str, kind: str, description: str, rules: bool
) -> None:
    actor = Actor(id="a", name=name, kind=kind, description=description, cite=CITE)
    assert judges(actor) is rules


def test_a_courts_figures_and_a_judges_words_are_not_one_sides(
    shipped: dict[str, str], tmp_path: Path
) -> None:
    """A verdict's figures (the number of people a court convicted) were listed under "Figures only
    one side gives", the court named as the side, and a justice's words under "Only one side says so"."""
    overview = shipped["kokang-crime-families-on-trial/index.md"]
    doubts = overview.split("## What is not known", 1)[1].split("\n## ", 1)[0]
    figures = doubts.split("### Figures only one side gives", 1)[1]
    assert "Court" not in figures and "court" not in figures
    # A party's own figures are still told as its word alone.
    assert "Only the [Ministry of Public Security of the People's Republic of China]" in figures
    assert (
        "Also in doubt: four claims only one side makes, from four sides; and 11 figures only one side gives,"
        ' from the [Ministry of Public Security](actors/ministry-of-public-security.md "Ministry of Public'
        " Security of the People's Republic of China\") and the [Myanmar military junta]"
        "(actors/myanmar-military-junta.md)." in shipped["kokang-crime-families-on-trial/timeline.md"]
    )
    assert "Also in doubt: [four more claims and 11 figures](#what-is-not-known)." in overview
    # The card of a court's key figure does not say it is one side's alone.
    cards = overview.split("## Key figures", 1)[1].split("\n## ", 1)[0]
    card = next(line for line in cards.splitlines() if "deaths-caused-by-ming-group" in line)
    assert "no other source gives it" not in card
    pages = court_all_stated(tmp_path)
    court = pages[f"{COURT}/index.md"]
    assert "### Only one side says so" not in court
    assert "\n### Claims no one else confirms\n" in court
    assert (
        "\nWhat the sources dispute, what no one has been able to check and claims no one else confirms.\n"
        in court
    )
    # Whose word each is, named: "no one else confirms" alone left a reader asking whose claims. On
    # the first screen, after the main doubt, they are counted; the timeline's "Where things stand"
    # names them, and "What is not known" a tap away lists each under its maker.
    assert (
        "three claims no one else confirms, from [Edward Neiger](actors/edward-neiger.md), [Ed Bisch]"
        "(actors/ed-bisch.md) and [Brett Kavanaugh](actors/brett-kavanaugh.md)."
        in pages[f"{COURT}/timeline.md"]
    )
    assert " and [four more claims](#what-is-not-known)." in court
    # The justice's words say that no one else confirms them; a lawyer's are still one side's.
    claims = pages[f"{COURT}/claims.md"]
    justice = claims.split("{: #congress-should-act .explainer-claim }\n\n", 1)[1].split("\n\n", 1)[0]
    assert "- **Status:** No other source confirms it" in justice
    lawyer = claims.split("{: #ruling-a-setback .explainer-claim }\n\n", 1)[1].split("\n\n", 1)[0]
    assert "- **Status:** Stated by one side; no other source confirms it" in lawyer


def test_the_claims_page_does_not_open_by_saying_claims_are_true(pages: dict[str, str]) -> None:
    """ "What each speaker says is true, in our words" read, on a first glance, as the site vouching
    for every claim on a page that tells how far each is established."""
    # Under the count of claims by status (tests/test_list_pages.py).
    claims = unplaced(pages[f"{COURT}/claims.md"]).split("\n\n", 2)[2]
    assert claims.startswith(
        "What each speaker claims, told in our words; how far each claim is established; and,"
        " in quotation\nmarks, the source's own words."
    )
    assert not any("says is true" in markdown for markdown in pages.values())


def test_a_name_takes_the_where_english_writes_it(pages: dict[str, str], shipped: dict[str, str]) -> None:
    """ "Ossama Rabei is a leader of Suez Canal Authority": an institution, a sea or a common noun
    named in a sentence takes "the" (outside its link), at a sentence's start "The"; a person, an
    outlet, a company named by its own name and a plural such as "Myanmar rebels" stay bare. Every
    sentence of a relationship says it so: the actor's page, the Relationships page, the Sources
    page's list of what a source supports, another story's page and the Updates page."""
    suez = "suez-canal-backlog"
    assert (
        "[Ossama Rabei](actors/ossama-rabei.md) is a leader of the [Suez Canal Authority]"
        in pages[f"{suez}/relationships.md"]
    )
    assert (
        "- The Suez Canal Authority is led by [Ossama Rabei](ossama-rabei.md)"
        in pages[f"{suez}/actors/suez-canal-authority.md"]
    )
    court = pages[f"{COURT}/actors/purdue-pharma.md"]
    assert "- Purdue Pharma is owned by the [Sackler family](sackler-family.md)" in court
    assert "- Purdue Pharma is located in [Stamford, Connecticut](stamford.md)" in court
    assert (
        "- The Justice Department opposes the [Sackler family](sackler-family.md)"
        in pages[f"{COURT}/actors/justice-department.md"]
    )
    assert (
        "Tie: [Melissa Jacoby is employed by the University of North Carolina](relationships.md#"
        in pages[f"{COURT}/sources.md"]
    )
    rebels = shipped["myanmar-scam-handover/actors/myanmar-rebels.md"]
    assert "- Myanmar rebels oppose the [Myanmar military junta](myanmar-military-junta.md)" in rebels
    assert "- Myanmar rebels control the [key border crossing with China](key-border-crossing.md)" in rebels
    alliance = shipped["myanmar-scam-handover/relationships.md"]
    assert (
        "The [Arakan Army](actors/arakan-army.md) | is a member of | the [Three Brotherhood Alliance]"
        in alliance
    )
    assert (
        "The [Ministry of Public Security of the People's Republic of China](ministry-of-public-security.md)"
        " and the [Myanmar military junta](myanmar-military-junta.md) say: "
        in shipped["myanmar-scam-handover/actors/ming-xuechang.md"]
    )
    # An outlet keeps its name as it writes it, with or without its own "The".
    assert "- [Voice of America](voice-of-america.md) says: " in rebels


def test_each_place_under_the_map_says_what_it_is_and_what_happened(
    pages: dict[str, str], shipped: dict[str, str]
) -> None:
    """ "Laukkai: 23.69° N, 98.76° E" told a reader nothing the map did not: each place under the map
    says what it is and when the story's events involve it (two dates linked to their events, the
    rest counted and linked to its page), then the source of its point. Events' titles and the
    coordinates ran a place to eight lines on a phone; its page has both."""

    def places(overview: str) -> list[str]:
        return overview.split("The places on this map:\n\n", 1)[1].split("\n\n", 1)[0].splitlines()

    laukkai = next(p for p in places(shipped["the-fall-of-laukkai/index.md"]) if p.startswith("- [Laukkai]"))
    assert re.fullmatch(
        r"- \[Laukkai\]\(actors/laukkai\.md\): The capital of the Kokang zone\. In the timeline: "
        r"\[4 January 2024\]\(timeline\.md#[\w-]+\) and \[28 February 2024\]\(timeline\.md#[\w-]+\)\."
        r"\[\^\d+\]",
        laukkai,
    ), laukkai
    myawaddy = places(shipped["kokang-crime-families-on-trial/index.md"])[0]
    assert myawaddy.startswith(
        "- [Myawaddy](actors/myawaddy.md): A township of Myanmar's Kayin State on the border with Thailand."
        " In the timeline: [5 February 2025](timeline.md#"
    )
    assert " and [one more event](actors/myawaddy.md#events).[^" in myawaddy
    # At most the role, two dates and a count (or which point it is): four lines of a phone, not eight.
    assert (
        max(
            len(re.sub(r"\]\([^)]*\)|\[|\[\^\d+\]", "", p))
            for p in places(shipped["kokang-crime-families-on-trial/index.md"])
        )
        < 180
    )
    # A place no event involves still says what it is.
    assert places(pages[f"{FLOOD}/index.md"]) == [
        "- [Glacial lake](actors/glacial-lake.md): The lake above the valley; it drains into the river.[^4]",
        "- [The river](actors/river.md): The river below the lake; it receives water from the glacial lake.[^5]",
    ]


def test_still_in_doubt_names_the_main_doubt(pages: dict[str, str], shipped: dict[str, str]) -> None:
    """ "3 claims are disputed" leaves a reader asking which: the line under the summary now opens
    with the first disputed (else denied) claim, its first words linked to it and who says it, then
    counts the rest after "Also"."""

    def doubt(overview: str) -> str:
        return overview.split("**Still in doubt:** ", 1)[1].split("\n", 1)[0]

    assert doubt(shipped["kokang-crime-families-on-trial/index.md"]).startswith(
        "[All 148 buildings of KK Park II were demolished by 17 November 2025](claims.md#kk-park-148-demolished),"
        " says the Myanmar military junta. Disputed: Myanmar Witness says the count is incorrect;"
        " it confirmed 109 structures destroyed by 23 November 2025. Also in doubt: [four more claims and 11 figures]"
    )
    # A disputed claim is told whole: cut at its semicolon, it showed the figure of people held as
    # what is disputed, and left out what is (whether they are victims).
    assert doubt(shipped["myanmar-scam-handover/index.md"]).startswith(
        "[At least 120,000 people in Myanmar may be held in scam operations, many of them trafficked and forced to"
        " commit fraud; they are victims, not criminals](claims.md#scam-workers-are-victims), says the UN human"
        " rights office. Disputed: China's Ministry of Public"
        " Security calls the 31,000 people handed over telecom network fraud suspects. Also in doubt: "
    )
    # A long claim that is not contested is cut at a comma near the limit, and says it goes on.
    assert doubt(shipped["the-fall-of-laukkai/index.md"]).startswith(
        "[Three brigadier generals who surrendered at Laukkai, its headquarters chief Moe Kyaw Thu among them, were"
        " sentenced to death…](claims.md#generals-sentenced-to-death), says the Myanmar military junta; no source"
        " has been able to check it. Also in doubt: [two more claims and four figures]"
    )
    # Where no figures disagree, a claim only its maker states is the doubt, named.
    assert doubt(pages["suez-canal-blockage/index.md"]) == (
        "[Technical or human errors may also have played a part in the grounding, besides the wind]"
        "(claims.md#technical-or-human-errors), says the Egyptian government; no other source confirms it."
        " [What is not known](#what-is-not-known)"
    )
    court = doubt(pages[f"{COURT}/index.md"])
    assert court.startswith(
        "[The Sacklers did nothing wrong](claims.md#no-wrongdoing), say the Sackler family. Disputed: People"
        " who lost relatives or years of their lives to opioid addiction believe otherwise."
        " Also in doubt: "
    )
    assert "disputed claim" not in court  # the one disputed claim is named, not counted again


TWO_CLAUSES = (
    "Soldiers of the northern command blocked the mountain road above the lower villages for two days;"
    " they acted on orders from the regional governor."
)
BLOCKAGE = "suez-canal-blockage"


@pytest.mark.parametrize(
    ("story", "old", "anchor", "told"),
    [
        # Denied: all of it is denied, and its second clause may be the very part denied.
        (FLOOD, "Soldiers blocked the mountain road.", "soldiers-blocked-road", TWO_CLAUSES.rstrip(".")),
        # Only its maker states it: its first clause, and an ellipsis that says it goes on.
        (
            BLOCKAGE,
            "Technical or human errors may also have played a part in the grounding, besides the\n    wind.",
            "technical-or-human-errors",
            "Soldiers of the northern command blocked the mountain road above the lower villages for two days…",
        ),
    ],
    ids=["denied", "stated"],
)
def test_a_contested_claim_is_still_in_doubt_whole(
    tmp_path: Path, story: str, old: str, anchor: str, told: str
) -> None:
    shutil.copytree(DOSSIERS / story, tmp_path / story)
    claims_file = tmp_path / story / "claims.yaml"
    text = claims_file.read_text("utf-8")
    assert old in text
    claims_file.write_text(text.replace(old, TWO_CLAUSES, 1), "utf-8")
    site = load_site(tmp_path).raise_for_problems()
    overview = next(p.markdown for p in build_pages(site).pages if p.path == f"{story}/index.md")
    assert f"**Still in doubt:** [{told}](claims.md#{anchor})" in overview


# A story's pages that a reader may land on from a search engine, by how their paths end.
STORY_PAGES = (
    "/numbers.md",
    "/glossary.md",
    "/timeline.md",
    "/claims.md",
    "/actors/index.md",
    "/relationships.md",
    "/sources.md",
)


def test_a_story_page_names_its_story_under_its_title(pages: dict[str, str], shipped: dict[str, str]) -> None:
    """A reader who lands on "Glossary" or "Purdue Pharma" from a search engine saw no overview, and
    a phone shows no menu: the page said nowhere which story it belonged to. Now the line under the
    title names the story and links its overview; the overview itself, which is the story, does
    not. The Relationships and Sources pages were left without it: a reader from a search result
    met a list of ties, or of documents, of no story named."""
    everything = {**pages, **shipped}
    stories = {path.split("/")[0] for path in everything if path.endswith("/actors/index.md")}
    assert len(stories) >= 7
    checked = 0
    for path, markdown in everything.items():
        slug = path.split("/")[0]
        if slug not in stories:
            continue
        if path.endswith(STORY_PAGES) or ("/actors/" in path and path.count("/") == 2):
            title = re.search(r"^# (.+)$", everything[f"{slug}/index.md"], re.M)
            assert title, slug
            overview = "../" * (path.count("/") - 1) + "index.md"
            line = f"Part of the explainer [{title[1]}]({overview})\n{{: .explainer-part-of }}"
            assert markdown.split("\n\n", 2)[1] == line, path
            checked += 1
        elif path == f"{slug}/index.md":
            assert "explainer-part-of" not in markdown, path
    assert checked > 150


def test_an_actors_page_says_who_it_is_before_the_glance_at_its_part(
    pages: dict[str, str], shipped: dict[str, str]
) -> None:
    """On a phone the "At a glance" box ("Is the subject of one claim and appears in two events")
    took the first screen and pushed who the actor is below it. Who or what it is comes first."""
    purdue = unplaced(pages[f"{COURT}/actors/purdue-pharma.md"])
    assert purdue.startswith(
        "# Purdue Pharma\n\nThe drug company that makes [OxyContin](oxycontin.md), based in [Stamford,"
    )
    boxed = [
        markdown
        for path, markdown in {**pages, **shipped}.items()
        if "/actors/" in path and "explainer-infobox" in markdown
    ]
    assert len(boxed) > 50
    for markdown in boxed:
        opening = unplaced(markdown).split("\n\n", 2)[1]
        assert not opening.startswith("!!!"), markdown[:80]


def test_a_figure_with_no_date_of_its_own_says_when_it_was_reported(pages: dict[str, str]) -> None:
    """Of the court story's thirteen figures, five said who gave them and not as of when: "$750
    million / According to: Edward Neiger". A figure with no date of its own now says the day its
    earliest source reported it; one dated, or whose sources are undated, says no more."""
    numbers = pages[f"{COURT}/numbers.md"]
    fund = numbers.split("## Money the plan set aside for individual victims", 1)[1].split("\n## ", 1)[0]
    assert "- **Reported:** 27 June 2024\n- **According to:** [Edward Neiger]" in fund
    majority = numbers.split("## Justices who voted to reject the settlement", 1)[1].split("\n## ", 1)[0]
    assert "- **As of:** 27 June 2024\n" in majority and "Reported" not in majority
    # KNPR's page gives no date: nothing is guessed.
    earlier = numbers.split("## Money the Sacklers had agreed to pay", 1)[1].split("\n## ", 1)[0]
    assert "Reported" not in earlier and "As of" not in earlier
    # A date given only as a month stays a month; a figure's period is its when.
    assert "- **Reported:** January 2024\n" in pages[f"{FLOOD}/numbers.md"]
    neiger = pages[f"{COURT}/actors/edward-neiger.md"]
    assert ", the money the plan set aside for individual victims (reported 27 June 2024)[^" in neiger


def test_a_hub_cards_figure_says_who_gives_it_and_as_of_when(
    pages: dict[str, str], shipped: dict[str, str]
) -> None:
    """The home page's one figure per story was bare ("up to $6 billion in money the Sacklers would
    have paid"), where the story's own key figures say who gives each and as of when: short, as
    they do (the outlet, not its reporters)."""
    hub = pages["index.md"]
    assert (
        "the money the Sacklers would have paid under the settlement, according to Associated Press,"
        " as of 27 June 2024[^" in hub
    )
    assert (
        "ships waiting to pass through the Suez Canal, according to Wikipedia, as of 28 March 2021[^" in hub
    )
    # A summary that gives its key figure is followed by the next key figure, told the same way.
    assert (
        "financiers and ringleaders among those arrested, according to the [Ministry of Public Security"
        in shipped["index.md"]
    )


def test_the_people_index_names_each_story_once_per_kind(
    pages: dict[str, str], shipped: dict[str, str]
) -> None:
    """On a phone the index followed every name with "In The Supreme Court rejects the Purdue Pharma
    opioid settlement", two lines each, thirteen times among the people alone. The names of one
    story (or one set of stories) now sit under its title, said once in each kind; each name links
    to its page."""
    index = pages["people.md"]
    title = "The Supreme Court rejects the Purdue Pharma opioid settlement"
    kinds = index.split("\n## ")[1:]
    assert len(kinds) >= 3
    for kind in kinds:
        assert kind.count(title) <= 1, kind[:40]
    people = kinds[0]
    assert people.startswith("People\n")
    court = people.split(
        f"In [{title}](purdue-sackler-ruling/index.md):\n{{: .explainer-people-story }}\n\n", 1
    )[1]
    justices = re.findall(
        r"^- \*\*\[[^]]+\]\(purdue-sackler-ruling/actors/[a-z-]+\.md\)\*\*: A justice", court, re.M
    )
    assert len(justices) == 8  # and the Chief Justice
    # Actors in the same several stories share one label; each name links to a page of its own.
    shared = shipped["people.md"]
    label = re.search(r"^In \[[^\n]+\) and \[[^\n]+\):$", shared, re.M)
    assert label, "no label names several stories"
    assert not re.search(r"^- \*\*[^[*]", shared, re.M)


def _section(markdown: str, heading: str) -> str:
    return markdown.split(f"\n## {heading}", 1)[1].split("\n## ", 1)[0]


def test_whos_who_on_the_overview_names_the_main_players(
    pages: dict[str, str], shipped: dict[str, str]
) -> None:
    """The overview's Who's who listed every actor by kind: 35 entries, four screens of a phone, for
    the first shipped story, a source's author and outlets among them. It names the main players,
    the most involved first; everyone else is a tap away, on the Actors page."""
    for everything in (pages, shipped):
        for path, markdown in everything.items():
            if path.count("/") == 1 and path.endswith("/index.md") and "\n## Who's who" in markdown:
                listed = re.findall(r"^- \[", _section(markdown, "Who's who"), flags=re.M)
                assert 0 < len(listed) <= 8, path
    whos_who = _section(shipped["myanmar-scam-handover/index.md"], "Who's who")
    assert whos_who.startswith("\n\n- [Myanmar military junta](actors/myanmar-military-junta.md): ")
    assert "**People**" not in whos_who and "- and " not in whos_who
    # In none of the story's events, claims, figures or ties: on the Actors page only.
    assert "[Zdravko Ljubas]" not in whos_who
    assert "[Zdravko Ljubas](zdravko-ljubas.md)" in shipped["myanmar-scam-handover/actors/index.md"]
    assert (
        "[Everyone in this story: six people, one organisation, six government bodies, six armed groups,"
        " three criminal networks, two media outlets, one research institute, eight places and two groups]"
        "(actors/index.md)" in whos_who
    )


def test_the_map_comes_right_after_the_key_questions(pages: dict[str, str], shipped: dict[str, str]) -> None:
    """Where a story happens is a reader's first question with who and what: the map sat after the
    key figures, the story and what is not known, three screens down a phone, with only the name of
    a country above it. It now follows the questions, and its places' footnotes are numbered there."""
    mapped = [page for page in shipped.values() if "\n## Where it happens\n" in page]
    assert mapped
    for overview in (pages[f"{FLOOD}/index.md"], *mapped):
        sections = re.findall(r"^## (.+)$", overview, flags=re.M)
        assert sections.index("Where it happens") == sections.index("Key questions") + 1, sections
    flood = pages[f"{FLOOD}/index.md"]
    places = _section(flood, "Where it happens")
    assert "it drains into the river.[^4]" in places and "glacial lake.[^5]" in places
    assert (
        "[^4]: [Glacial lake bursts above valley](sources.md#valley-news), January 2024: “The lake lies at"
        in flood
    )
    first_seen = list(dict.fromkeys(int(n) for n in re.findall(r"\[\^(\d+)\](?!:)", flood)))
    assert first_seen == sorted(first_seen)


def test_whos_who_leaves_the_places_on_the_map_to_the_map(pages: dict[str, str]) -> None:
    """The places under the map were listed again, with the same roles, in Who's who a screen below."""
    overview = pages[f"{FLOOD}/index.md"]
    places = _section(overview, "Where it happens")
    whos_who = _section(overview, "Who's who")
    for place in ("[Glacial lake](actors/glacial-lake.md)", "[The river](actors/river.md)"):
        assert place in places and place not in whos_who
    assert "- [District office](actors/district-office.md): " in whos_who
    assert "- [The army](actors/army.md): " in whos_who


def test_a_key_figure_only_one_side_gives_says_so_and_is_named_again_by_its_value(
    pages: dict[str, str], shipped: dict[str, str]
) -> None:
    """ "What is not known" listed again, with their long captions, the key figures a screen above
    that only one side gives (four of five for the second shipped story). The card says it; the
    section names them by their values alone, by who gives them: "one of the key figures above",
    alone, sent a reader who came from the summary's link back up to guess which."""
    overview = shipped["the-fall-of-laukkai/index.md"]
    figures = _section(overview, "Key figures")
    card = re.search(r"^    \[2,389\]\(numbers\.md#[^)]+\) .*$", figures, flags=re.M)
    assert card and "as of 4 January 2024; no other source gives it[^" in card.group(0)
    doubts = _section(overview, "What is not known")
    one_side = doubts.split("### Figures only one side gives", 1)[1]
    assert "regime soldiers who surrendered" not in one_side and "[^" not in one_side
    assert (
        "- [Four of the key figures above](#key-figures), each given by one side only:"
        " [2,389](numbers.md#soldiers-surrendered), [1,601](numbers.md#family-members-surrendered) and"
        " [6](numbers.md#generals-surrendered) by the [Myanmar National Democratic Alliance Army](actors/mndaa.md)"
        " and [more than 49,000](numbers.md#suspects-handed-over-may-2024) by the [Ministry of Public"
        " Security of the People's Republic of China](actors/ministry-of-public-security.md)\n"
    ) in one_side
    flood = pages[f"{FLOOD}/index.md"]
    assert (
        "- Only the [district office](actors/district-office.md) gives [one of the key figures above](#key-figures):"
        " [4 million to 6 million cubic metres](numbers.md#water-released)\n"
        in (_section(flood, "What is not known"))
    )
    assert (
        "the [district office](actors/district-office.md), reported January 2024; no other source gives it[^"
        in _section(flood, "Key figures")
    )
    # A figure that other sources contradict is not said to be given by one side only.
    court = _section(pages[f"{COURT}/index.md"], "Key figures")
    assert "other sources differ" in court and "no other source gives it" not in court


def test_a_key_figure_without_a_date_says_when_it_was_reported_and_one_no_one_gives_says_so(
    pages: dict[str, str],
) -> None:
    """A card said "several dozen hours the road was blocked" and nothing more: not as of when, not
    who gives it. It says the day its source reported it, as the numbers page does, and that its
    source names no one for it."""
    cards = _section(pages[f"{FLOOD}/index.md"], "Key figures")
    assert (
        "[several dozen](numbers.md#road-closed-hours) hours the road was blocked, reported January 2024"
        " by the article *Glacial lake bursts above valley*, which does not say whose figure it is[^" in cards
    )
    assert (
        "of residents evacuated, according to the article *Glacial lake bursts above valley*,"
        " reported January 2024[^" in cards
    )
    # A figure with a date of its own keeps it.
    assert (
        "people who had left the valley, as of 12 January 2024, reported by the article *Glacial lake bursts"
        " above valley*, which does not say whose figure it is[^" in cards
    )


def test_a_glossary_term_s_other_names_leave_out_its_plurals(
    pages: dict[str, str], shipped: dict[str, str]
) -> None:
    """ "Also: juntas", "Also: container ships": the plurals a dossier lists so that its mentions
    link told a reader nothing. Other names and spellings stay; the plurals still link."""
    scams = shipped["myanmar-scam-handover/glossary.md"]
    assert (
        "juntas" not in scams and "ringleaders" not in scams.split("## ringleader", 1)[1].split("\n## ", 1)[0]
    )
    assert "- **Also:** scam center, fraud den\n" in scams
    suez = pages["suez-canal-blockage/glossary.md"]
    assert "container ships" not in suez and "- **Also:** tugboat\n" in suez
    assert "- **Also:** ran aground, aground, grounding\n" in suez
    # A plural in the story's prose still links to the term.
    assert '[tugs](glossary.md#tug "tug: ' in pages["suez-canal-blockage/index.md"]


def test_an_actor_s_figures_are_in_date_order(pages: dict[str, str], shipped: dict[str, str]) -> None:
    """An actor's figures came in the order of the file: a ministry's running count of suspects read
    57,000 (October 2025) first and 44,000 (January 2024) four lines below. Dated ones come by date,
    then those with no date of their own."""
    ministry = shipped["kokang-crime-families-on-trial/actors/ministry-of-public-security.md"]
    figures = ministry.split(' gives {: #numbers data-toc-label="Figures given" }', 1)[1].split("\n## ", 1)[0]
    assert figures.index("[44,000]") < figures.index("[more than 57,000]")
    office = pages[f"{FLOOD}/actors/district-office.md"].split(
        ' gives {: #numbers data-toc-label="Figures given" }', 1
    )[1]
    assert office.index("(as of 10 January 2024)") < office.index("(reported January 2024)")


def test_the_newest_corrections_are_open_on_the_updates_page() -> None:
    """A day's corrections are folded in one box; on a page built without git history that closed
    box ("Four corrections on 2 December 2026") was all a reader saw. The newest day's box is open."""
    import markdown

    from generator.format.history import History

    site = load_site(Path(__file__).parents[1] / "content").raise_for_problems(strict=True)
    unavailable = {d.slug: History(False, reason="no git repository") for d in site.dossiers}
    built = build_pages(site, histories=unavailable).by_path()
    page = built["the-fall-of-laukkai/updates.md"].markdown
    html = markdown.Markdown(extensions=["admonition", "attr_list", "pymdownx.blocks.details"]).convert(page)
    opened = re.search(
        r'<details class="explainer-correction" open(?:="open")?>\s*<summary>([^<]+)</summary>', html
    )
    assert opened and opened.group(1).endswith("corrections on 2 December 2026")
    assert "<p><strong>What was wrong:</strong>" in html.split(opened.group(0), 1)[1]
    # Its quotes curl as the story's own text does.
    assert "“without a shot being fired”" in page and '"without' not in page


def test_the_timeline_at_a_glance_shows_how_the_story_ends(
    pages: dict[str, str], shipped: dict[str, str]
) -> None:
    """The glance showed a long timeline's first twelve events: for the third shipped story it
    stopped in November 2025 and left out the executions of 2026, the latest news. It shows the first
    events, counts those between (linked to the whole timeline), then the latest."""
    glance = _section(shipped["kokang-crime-families-on-trial/index.md"], "Timeline at a glance")
    lines = [line for line in glance.splitlines() if line.startswith("- ")]
    assert len(lines) == 13
    assert lines[0].startswith("- 10 December 2023: ") and lines[-1].startswith("- 9 February 2026: ")
    assert lines[4] == "- [Six more events, from 5 February to 20 October 2025](timeline.md)"
    assert "The whole timeline" not in glance
    # A short timeline is shown whole.
    court = _section(pages[f"{COURT}/index.md"], "Timeline at a glance")
    assert court.count("\n- ") == 6 and "(timeline.md)" not in court


def test_an_actor_s_own_claims_are_apart_from_what_others_say_about_it(
    pages: dict[str, str], shipped: dict[str, str]
) -> None:
    """One list headed "Claims" on an actor's page held its own words and what others say of it:
    the junta's page opened it with a research institute's claim about the junta. Each has its
    heading, and the box at the top links each."""
    junta = shipped["myanmar-scam-handover/actors/myanmar-military-junta.md"]
    own = junta.split(
        '\n## What the Myanmar military junta says {: #claims data-toc-label="What they say" }\n', 1
    )[1].split("\n## ", 1)[0]
    about = junta.split(
        '\n## What others say about the Myanmar military junta {: #claims-about data-toc-label="What others say" }\n',
        1,
    )[1]
    about = about.split("\n## ", 1)[0]
    assert own.count("\n- ") == 1 and "and the Myanmar military junta say: " in own
    assert about.count("\n- ") == 4 and "- The [United States Institute of Peace](usip.md) says: " in about
    assert "Makes [one claim](#claims), is the subject of [four claims](#claims-about)" in junta
    sacklers = pages[f"{COURT}/actors/sackler-family.md"]
    assert '\n## What the Sackler family say {: #claims data-toc-label="What they say" }\n' in sacklers
    assert "\n## Claims\n" not in sacklers


def test_a_warning_said_on_the_first_screen_is_not_said_again_under_what_is_not_known(
    pages: dict[str, str],
) -> None:
    """The court story's one warning was told under its summary and again, word for word and with
    the same note, under "Warnings and forecasts" a few screens down. A story whose only doubt is a
    warning keeps the group (``test_a_story_whose_only_doubt_is_a_warning_says_what_is_unresolved``)."""
    overview = pages[f"{COURT}/index.md"]
    first_screen = overview.split("\n## ", 1)[0]
    warning = "will suffer because of the decision."
    assert "**What may happen next:** [Brett Kavanaugh](actors/brett-kavanaugh.md), a justice" in first_screen
    assert warning in first_screen
    doubts = _section(overview, "What is not known")
    assert warning not in doubts and "### Warnings and forecasts" not in doubts
    assert doubts.startswith("\n\nWhat the sources dispute and what no one has been able to check.\n")


def test_a_timeline_ends_with_what_may_happen_next(pages: dict[str, str]) -> None:
    """The court story warns of what comes next: its timeline, after the last event, says the
    warning with its note and links the key question on the overview that answers it."""
    timeline = pages[f"{COURT}/timeline.md"]
    end = timeline.split("## Where things stand {: #where-things-stand }", 1)[1]
    next_up = next(line for line in end.splitlines() if line.startswith("**What may happen next:** "))
    assert re.search(r"says .+\[\^\d+\] More in \[[^\]]+\?\]\(index\.md#q-[a-z-]+\)$", next_up), next_up
    assert "[What is not known](index.md#what-is-not-known)" in end


@pytest.mark.parametrize(
    ("part", "whole", "words"),
    [
        (5, 9, "more than half"),
        (4, 9, "nearly half"),
        (1, 2, "half"),
        (1, 3, "a third"),
        (32, 100, "about a third"),
        (11, 39, "more than a quarter"),
        # The nearest share word names a share: 15 of 66 (22.7%) was "about a fifth".
        (15, 66, "nearly a quarter"),
        (22, 100, "more than a fifth"),
        (21, 100, "about a fifth"),
        (6, 20, "nearly a third"),
        (12, 49, "about a quarter"),
        (43, 62, "about two thirds"),
        (51, 66, "about three quarters"),
        (12, 100, "more than a tenth"),
        (9, 100, "nearly a tenth"),
        (85, 1000, "about 1 in 12"),
        (9, 10, "nearly all"),
        (9, 9, "all of them"),
        (1, 40, "about 1 in 40"),
        (63, 31000, "about 1 in 500"),
        (3, 10000, "about 1 in 3,000"),
        (10, 9, ""),  # a part larger than its whole says nothing
        (3, 0, ""),
    ],
)
def test_a_share_is_told_in_words_a_reader_knows(part: float, whole: float, words: str) -> None:
    assert share_words(part, whole) == words


def test_a_figure_that_is_part_of_another_shows_its_scale(
    pages: dict[str, str], shipped: dict[str, str]
) -> None:
    """A key figure of "5" (justices) and the Numbers page's "5 justices" left the reader asking "of
    how many?", though the story records the whole (`part_of:`): the card says the share and the whole,
    and the Numbers page's figure is "5 of 9 justices"."""
    overview = pages[f"{COURT}/index.md"]
    cards = overview.split("## Key figures", 1)[1].split("\n## ", 1)[0]
    assert (
        "    [5](numbers.md#justices-in-majority) justices who voted to reject the settlement, according to"
        in cards
    )
    # The two cards are every part of the whole, adding up to it: one line under the last tells the
    # vote ("5 voted ... and 4 dissented"), not a share under each ("More than half", "Nearly half").
    assert (
        "\n    Of the [9 justices who decided the case](numbers.md#justices-who-decided): 5 voted to reject"
        " the settlement and 4 dissented.\n" in cards
    )
    assert "More than half: 5 of the" not in cards and "Nearly half: 4 of the" not in cards
    # A figure that is no part has no such line.
    assert cards.count("of the [") == 0
    numbers = pages[f"{COURT}/numbers.md"]
    assert "### 5 of 9 justices {: #justices-in-majority .explainer-value }" in numbers
    # Under "5 of 9 justices", the line says what the heading does not: the share and what the whole counts.
    assert (
        "- **Part of:** more than half of the [9 justices who decided the case](#justices-who-decided)\n"
        in numbers
    )
    handover = shipped["myanmar-scam-handover/index.md"]
    # A sentence, not a label and a fragment ("About 1 in 500: 63 of the ..."); of a whole under five,
    # the part itself ("Three quarters: 3 of the 4" said it twice) (tests/test_reading_panel.py).
    assert (
        "\n    That is about 1 in 500 of the [31,000 telecom network fraud suspects handed over by"
        in handover
    )
    assert "\n    That is 3 of the [4 leaders of the Kokang telecom fraud ring wanted by China" in handover
    kokang = shipped["kokang-crime-families-on-trial/numbers.md"]
    assert "### 11 of 39 people {: #ming-death-sentences .explainer-value }" in kokang
    assert "- **Part of:** more than a quarter of the [39 members of the Ming family's" in kokang


def test_a_whole_s_hostile_words_stay_text_on_a_part_s_card() -> None:
    """The scale line repeats the whole's own words (contributor text): escaped, as everywhere."""
    import dataclasses

    site = load_site(DOSSIERS).raise_for_problems(strict=True)
    court = next(d for d in site.dossiers if d.slug == COURT)
    hostile = "<img src=x onerror=alert(1)> justices [who](javascript:alert(1)) heard it"
    numbers = tuple(
        n.model_copy(update={"counts": hostile}) if n.id == "justices-who-decided" else n
        for n in court.numbers
    )
    dossiers = tuple(dataclasses.replace(d, numbers=numbers) if d is court else d for d in site.dossiers)
    built = build_pages(dataclasses.replace(site, dossiers=dossiers)).by_path()
    for path in (f"{COURT}/index.md", f"{COURT}/numbers.md"):
        markdown = built[path].markdown
        assert "<img" not in markdown and not re.search(r"(?<!\\)\]\(javascript:", markdown), path
        assert "9 &lt;img src=x onerror=alert(1)&gt; justices \\[who\\](javascript:" in markdown, path


# A link, then only a space or a possessive, then another link.
SIDE_BY_SIDE = re.compile(r'\]\([^)\s]*(?: "[^"]*")?\)(?:[\'\u2019]s?)? \[[^\]^]')


def test_no_two_links_sit_side_by_side(shipped: dict[str, str], pages: dict[str, str]) -> None:
    """The first shipped story's summary read "[Myanmar] [handed over] 31,000 [telecom network
    fraud] [suspects]" and "[Myanmar]'s [Kokang]": on a phone, runs of underlined words that look like
    one link, to one place. Of two mentions side by side the glossary term keeps its link (jargon
    defined where it is used), else the first: the summary's links, 9 before, are now 7."""
    for path, markdown in {**shipped, **pages}.items():
        assert not SIDE_BY_SIDE.search(markdown), (path, SIDE_BY_SIDE.search(markdown))
    summary = unplaced(shipped["myanmar-scam-handover/index.md"]).split("\n\n", 2)[1]
    assert summary.startswith(
        "Between September and November 2023, Myanmar [handed over](glossary.md#handover "
    )
    assert ") suspects, all Chinese nationals, to [China](actors/china.md)" in summary
    assert " in Myanmar's [Kokang](glossary.md#kokang " in summary
    assert len(re.findall(r"\]\((?:glossary\.md|actors/)", summary)) == 7


# Wordings a first-time reader stumbled on, each with the plain one that replaced it.
INSIDER_WORDS = {
    "How we date it": "**About the date:**",
    "who gives it": "which does not say whose figure it is",
    "the party it concerns": "by those it is about",
}


def test_pages_say_in_plain_words_how_a_date_is_known_and_who_gives_a_figure(
    pages: dict[str, str], shipped: dict[str, str]
) -> None:
    """A reader met "How we date it:", "its source does not say who gives it" and "denied by the
    party it concerns": a newsroom's words. Each says it plainly now, on several topics."""
    everything = {**pages, **shipped}
    # A denied claim with a note says who denies it instead (tests/test_list_pages.py): the plain
    # words are those of a denied claim without one.
    phrases = [words.phrase for words in STATUS_WORDS.values()]
    for insider, plain in INSIDER_WORDS.items():
        assert not [path for path, markdown in everything.items() if insider in markdown], insider
        assert any(plain in text for text in [*everything.values(), *phrases]), plain
    assert "- **About the date:** " in pages["suez-canal-blockage/timeline.md"]
    assert sum("- **About the date:** " in markdown for markdown in shipped.values()) >= 3


def test_a_figure_from_a_source_with_no_outlet_names_what_the_source_is() -> None:
    """ "according to *Lake bursts above town*" read as if the title were a person or an outlet: a
    figure that is the report's own, and whose report names no outlet, says what the report is."""
    kinds = {
        "article": "the article",
        "report": "the report",
        "dataset": "the dataset",
        "other": "the source",
    }
    for kind, noun in kinds.items():
        source = Source(id="s", title="Lake bursts above town", kind=SourceKind(kind))
        assert untitled_source(source, "en") == f"{noun} *Lake bursts above town*"
