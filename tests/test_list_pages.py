"""What a story's list pages (Who's who, By the numbers, Who says what) explain to a reader who
never saw the story, asserted on pages built from the fixture dossiers of several topics."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from generator.checking.loader import load_site
from generator.format.model import ActorKind, Number
from generator.site.pages import build_pages
from generator.site.trends import agreement
from generator.site.whos_who import KIND_TITLES

DOSSIERS = Path(__file__).parent / "fixtures" / "dossiers"
COURT = "purdue-sackler-ruling"


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    site = load_site(DOSSIERS).raise_for_problems(strict=True)
    return {page.path: page.markdown for page in build_pages(site).pages}


def test_every_kind_of_actor_has_a_heading() -> None:
    assert set(KIND_TITLES) == set(ActorKind)


def test_whos_who_lists_everyone_it_counts(pages: dict[str, str]) -> None:
    """The court story counts "one object" (a drug) above its lists: the drug is listed, under its
    kind, on the story's Who's who and on the site's people index."""
    actors = pages[f"{COURT}/actors/index.md"]
    assert "one object" in actors.split("\n## ", 1)[0]
    objects = actors.split("## Objects", 1)[1]
    assert "- [OxyContin](oxycontin.md): A powerful prescription painkiller" in objects
    assert "[OxyContin](" in pages["people.md"].split("Objects", 1)[1]


def claim_block(claims: str, anchor: str) -> str:
    """One claim of the claims page: its statement and the lines under it, up to the next."""
    head, _, rest = claims.partition(f"{{: #{anchor} .explainer-claim }}")
    statement = head.rsplit("\n\n", 1)[1]
    return statement + rest.split("\n\n", 2)[1]


def test_about_names_only_whom_the_statement_does_not(pages: dict[str, str]) -> None:
    """A claim about the Sacklers whose statement names them says nothing more under it; a claim
    about a drug and its maker that names only the drug says it is about the maker."""
    claims = pages[f"{COURT}/claims.md"]
    named = claim_block(claims, "no-authority-for-release")
    assert "[the Sacklers](actors/sackler-family.md)" in named and "About:" not in named
    drug = claim_block(claims, "marketed-as-low-risk")
    assert "**About:** [Purdue Pharma](actors/purdue-pharma.md)\n" in drug
    assert "OxyContin" not in drug.split("**About:**", 1)[1]


def test_figures_side_by_side_say_how_far_apart_or_why_they_fit(pages: dict[str, str]) -> None:
    """Above a table of figures for one thing, a sentence says what the table shows: how far apart
    figures that cannot all be right are, or what lets figures that differ all be true. It said
    "who states each tells them apart", which told a reader neither."""
    numbers = pages[f"{COURT}/numbers.md"]
    paid = numbers.split("## Money the Sacklers would have paid", 1)[1].split("\n\n", 2)[1]
    assert (
        paid
        == "These figures differ but can all be true: given with “up to” and “about”, one figure can fit both."
    )
    worth = numbers.split("## Total value of the settlement", 1)[1].split("\n\n", 2)[1]
    assert worth == (
        "The sources disagree, and their figures cannot all be right: for 27 June 2024, they give more"
        " than $7 billion, about $8 billion and about $10 billion."
    )
    assert not [path for path, text in pages.items() if "tells them apart" in text]


def figures(*given: tuple[int, str, str]) -> list[Number]:
    return [
        Number.model_validate(
            {
                "id": f"n{i}",
                "value": value,
                "qualifier": qualifier,
                "unit": "ships",
                "counts": "ships waiting",
                "cite": [{"source": "s", "evidence": "e"}],
                **({"as_of": as_of} if as_of else {}),
            }
        )
        for i, (value, qualifier, as_of) in enumerate(given)
    ]


def test_figures_that_fit_or_may_be_of_other_dates_say_which() -> None:
    assert (
        agreement(figures((300, "exact", "2021-03-28"), (300, "exact", "")))
        == "The sources give the same figure."
    )
    # An undated figure is compared with no dated one: they may be counts at different times.
    assert agreement(figures((300, "exact", "2021-03-28"), (420, "exact", ""))) == (
        "These figures differ, and not every one says as of when: they may count at different times."
    )
    assert agreement(figures((300, "at-least", ""), (420, "about", ""), (400, "exact", ""))).endswith(
        "given with “at least” and “about”, one figure can fit all of them."
    )


def test_the_timeline_says_what_it_holds_and_that_it_ends_with_where_things_stand(
    pages: dict[str, str],
) -> None:
    """Years of events opened the timeline, and what is unresolved was met only past the last; the
    page now opens with how many events over what span and where it ends."""
    court = pages[f"{COURT}/timeline.md"].split("{: .explainer-part-of }\n\n", 1)[1].split("\n\n", 1)[0]
    assert court == (
        "Six events, from 1996 to 27 June 2024. The page ends with [where things stand](#where-things-stand):"
        " what is still in doubt and what may happen next."
    )
    assert "\n## Where things stand {: #where-things-stand }\n" in pages[f"{COURT}/timeline.md"]
    # One event is said so, with nothing to point past.
    backlog = pages["suez-canal-backlog/timeline.md"]
    assert "The story records one event." in backlog and "#where-things-stand" not in backlog


def test_whos_who_lists_first_in_each_kind_those_the_story_involves_most(pages: dict[str, str]) -> None:
    """Alphabetical, the court story's people opened with justices who only joined a ruling; the
    justices who wrote the opinions, and who say or do most in the story, now come first. The court
    and its justices are listed apart, after the people (tests/test_court_stages.py)."""
    actors = pages[f"{COURT}/actors/index.md"]
    assert "by kind; in each, the most involved come first." in actors.split("\n## ", 1)[0]
    people = re.findall(r"^- \[([^\]]+)\]", actors.split("## People", 1)[1].split("\n## ", 1)[0], re.M)
    assert people[:2] == ["Ed Bisch", "Edward Neiger"]
    courts = re.findall(
        r"^- \[([^\]]+)\]", actors.split("## Courts and judges", 1)[1].split("\n## ", 1)[0], re.M
    )
    assert courts[:3] == ["Brett Kavanaugh", "Supreme Court of the United States", "Neil Gorsuch"]
    assert courts.index("Amy Coney Barrett") > courts.index("Neil Gorsuch")
    assert not set(courts) & set(people)
    # Those the story involves alike stay in alphabetical order.
    joined = [name for name in courts if name in {"Amy Coney Barrett", "Clarence Thomas", "Samuel Alito"}]
    assert joined == sorted(joined)


def test_the_numbers_page_opens_with_how_many_figures_and_what_the_sources_disagree_on(
    pages: dict[str, str],
) -> None:
    """A reader met a legend, then every heading in the order of the file, the doubt somewhere
    among them: the opening now counts the figures and names, linked, what has figures that cannot
    all be right."""

    def opening(path: str) -> str:
        return pages[path].split("{: .explainer-part-of }\n\n", 1)[1].split("\n\n", 1)[0]

    court = opening(f"{COURT}/numbers.md")
    assert court.startswith("16 figures, each as its source gives it, with its “about” or “more than”: ")
    assert court.endswith(
        " One thing has figures that cannot all be right: [total value of the settlement](#settlement-worth-npr)."
    )
    assert '<span id="settlement-worth-npr"></span>' in pages[f"{COURT}/numbers.md"]
    flood = opening("glacier-lake-flood/numbers.md")
    assert flood.endswith(": [people missing](#missing-according-to-army).")
    # With nothing in dispute, nothing is said of it.
    assert "cannot all be right" not in opening("suez-canal-blockage/numbers.md")


def test_the_claims_page_opens_with_what_is_settled_in_doubt_or_a_view(pages: dict[str, str]) -> None:
    """Statuses were met claim by claim, speaker after speaker: the page now opens, as BBC's "what
    we know" does, with how many claims are settled, in doubt or someone's view, and links the lone
    claim in doubt of each kind."""
    claims = pages[f"{COURT}/claims.md"].split("{: .explainer-part-of }\n\n", 1)[1]
    assert claims.split("\n\n", 1)[0] == (
        "Seven claims from five speakers and reports that name no source: one established by a court or an"
        " official record, [one disputed](#no-wrongdoing), [one not verified](#marketed-as-low-risk),"
        " one warning, two opinions and one call to action."
    )
    assert claims.split("\n\n", 2)[1].startswith("What each speaker claims, told in our words;")
    flood = pages["glacier-lake-flood/claims.md"].split("{: .explainer-part-of }\n\n", 1)[1]
    assert flood.startswith(
        "Two claims from one speaker and reports that name no source: [one denied](#soldiers-blocked-road) and one warning.\n"
    )
    # One claim is no count.
    assert "One claim" not in pages["suez-canal-blockage/claims.md"]


def test_a_count_of_claims_sharing_one_status_says_no_status(tmp_path: Path) -> None:
    """Where every claim has one status the legend says it once ("Every claim here is ..."): the
    count above it names only claims and speakers."""
    content = tmp_path / "content"
    shutil.copytree(DOSSIERS / "glacier-lake-flood", content / "glacier-lake-flood")
    path = content / "glacier-lake-flood" / "claims.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"status: \w+", "status: unverified", text), encoding="utf-8")
    site = load_site(content).raise_for_problems()
    page = build_pages(site).by_path()["glacier-lake-flood/claims.md"].markdown
    opening = page.split("{: .explainer-part-of }\n\n", 1)[1]
    assert opening.startswith("Two claims from one speaker and reports that name no source.\n\n")
    assert "Every claim here is not verified: no source has been able to check it." in opening


def test_a_disputed_claim_says_who_holds_otherwise_as_its_status(pages: dict[str, str]) -> None:
    """ "Status: Disputed by another source" left a reader asking which, until a Note two lines
    below: the status now says it, as the claim's line on an actor's page does."""
    claims = pages[f"{COURT}/claims.md"]
    disputed = claim_block(claims, "no-wrongdoing")
    assert (
        "- **Status:** Disputed: People who lost relatives or years of their lives to opioid addiction"
        " believe otherwise.\n" in disputed
    )
    assert "another source" not in disputed and "**Note:**" not in disputed


@pytest.fixture(scope="module")
def shipped() -> dict[str, str]:
    site = load_site(Path(__file__).parents[1] / "content").raise_for_problems(strict=True)
    return {page.path: page.markdown for page in build_pages(site).pages}


def test_figures_in_other_stories_say_what_they_show_with_the_storys_own(
    pages: dict[str, str], shipped: dict[str, str]
) -> None:
    """A story's figure and the other stories' lines under "In other stories" are one series: the
    sentence above the lines says which way it went, as the site-wide page does."""
    kokang = shipped["kokang-crime-families-on-trial/numbers.md"]
    beside = kokang.split("### In other stories", 1)[1].split("\n- ", 1)[0]
    assert (
        "Other stories of this site give these figures for the same thing. Taken together with this story's,"
        " the figure rose from 31,000 people on 21 November 2023 to more than 49,000 people on 27 May 2024.\n"
        in beside
    )
    ships = pages["suez-canal-blockage/numbers.md"].split("### In other stories", 1)[1].split("\n- ", 1)[0]
    assert (
        "Taken together with this story's, the figures go from at least 369 ships on 28 March 2021" in ships
    )
    assert "a difference may come from who counts, not from a change." in ships
