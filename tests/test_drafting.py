"""`explainer init --from-article`: a draft dossier whose every entry waits for a person's review."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.authoring.drafting import (
    Article,
    draft,
    find_attributions,
    find_dates,
    find_numbers,
    read_article,
    sentences,
)
from generator.checking.loader import load_site
from generator.checking.yamlfile import read_yaml
from generator.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SHIPPED_ARTICLE = "myanmar-hands-over-31000-telecom-scammers.txt"  # the shipped story's article, as stored
SHIPPED = ROOT / "content" / "myanmar-scam-handover"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rebels took more than 100 junta outposts.", [(100, "more-than", "junta outposts")]),
        ("They took at least four towns, officials said.", [(4, "at-least", "towns")]),
        ("Myanmar has handed over 31,000 fraud suspects.", [(31000, "exact", "fraud suspects")]),
        ("Some 1.2 million people fled.", [(1200000, "about", "people")]),
        ("It began in 2023 with Operation 1027 on 27 October.", []),
        ("One of the leaders died.", []),
        ("One person died and no one person was to blame.", [(1, "exact", "person")]),
        ("Eight were pulled from the rubble.", [(8, "exact", "people pulled from the rubble")]),
        ("It happened at 6:47 p.m. (0830 UTC).", []),
        # a fraction, a ratio and an ordinal count nothing
        ("The rate rose to a 5 1/2-year high.", []),
        ("The line runs 24/7 with 12 trains.", [(12, "exact", "trains")]),
        ("It is the 37th planet found by the survey.", []),
        # a unit glued to its number; a list of figures counts what its last one counts
        (
            "Seas rose 1.1C (2F) and the town lies 32km away.",
            [
                (1.1, "exact", "degrees Celsius"),
                (2, "exact", "degrees Fahrenheit"),
                (32, "exact", "kilometres"),
            ],
        ),
        (
            "They cut two, three, five percent in each office.",
            [(2, "exact", "percent"), (3, "exact", "percent"), (5, "exact", "percent")],
        ),
        (
            "Two cases were found in Lorca, three in Mula, and one in Yecla.",
            [(2, "exact", "cases"), (3, "exact", "cases"), (1, "exact", "cases")],
        ),
        (
            "The epicentre of the quakes - with magnitudes of 4.4 and 5.2 - was near the town.",
            [(4.4, "exact", "with magnitudes"), (5.2, "exact", "with magnitudes")],
        ),
        ("Police said Lee Dunn, 27, had entered the house.", [(27, "exact", "years of age")]),
        ("The 31t load and 3x zoom were new.", []),
        ("It sits at the Lick Observatory 450 miles west of Austin.", [(450, "exact", "miles")]),
        ("Buyers may call 866.946.6349 or (212) 555-0142 about the 40 boxes.", [(40, "exact", "boxes")]),
        ("The hotline, +1 800-555-0199, took 300 calls.", [(300, "exact", "calls")]),
    ],
)
def test_numbers_with_their_hedges(sentence: str, expected: list[tuple[int, str, str]]) -> None:
    assert [(f.value, f.qualifier, f.counts) for f in find_numbers(sentence)] == expected
    for figure in find_numbers(sentence):
        assert figure.evidence in sentence


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a subset names its whole, in digits or words
        ("Only 14 of 44 economists expected it.", [(14, None, None, 44), (44, None, None, None)]),
        ("Two of these judges served in Dzhankoi.", [(2, None, None, None)]),
        # a vote tally is two figures
        ("The council voted 4-3 to reconsider.", [(4, None, None, None), (3, None, None, None)]),
        (
            "After hours of talks, the final vote was six to one.",
            [(6, None, None, None), (1, None, None, None)],
        ),
        # a range, a rate per period, a scale
        ("Children aged 6 to 18 were vaccinated.", [(6, 18, None, None)]),
        ("Spain has about 2,500 quakes a year.", [(2500, None, "year", None)]),
        ("Jobless aid stays at an extra $300 per week.", [(300, None, "week", None)]),
        ("The bill adds at least $1 trillion to the deficit.", [(1_000_000_000_000, None, None, None)]),
    ],
)
def test_subsets_tallies_ranges_and_rates(sentence: str, expected: list[tuple[object, ...]]) -> None:
    found = [(f.value, f.upper, f.per, f.whole) for f in find_numbers(sentence)]
    assert found == expected
    assert all(f.counts and f.evidence in sentence for f in find_numbers(sentence))


def test_relative_dates_are_worked_out_from_publication() -> None:
    published = dt.date(2023, 11, 24)  # a Friday
    found = list(find_dates("Officials said Tuesday that raids began in September.", published))
    assert [(date, note is not None) for date, _, note, _ in found] == [
        ("2023-11-21", True),
        ("2023-09", True),
    ]
    assert [date for date, *_ in find_dates("It ended on 3 January 2024.", None)] == ["2024-01-03"]
    vague = list(find_dates("Talks began in late March 2024 and ended on 3 April 2024.", None))
    assert [(date, approximate) for date, approximate, *_ in vague] == [
        ("2024-03", True),
        ("2024-04-03", False),
    ]


def test_attributions_and_quotes() -> None:
    said = list(find_attributions("“Many dens have been eradicated,” the ministry said."))
    assert said == [("the ministry", "Many dens have been eradicated", None)]
    according = list(find_attributions("According to Chinese media, 100 centres operate."))
    assert according == [("Chinese media", "100 centres operate", None)]
    # who relays it: the outlet a speaker told, or "according to" whom another speaker said it
    told = list(
        find_attributions("Ma Liya, a resident of the county, told Xinhua that the streets were ruined.")
    )
    assert told == [("Ma Liya", "the streets were ruined", "Xinhua")]
    relayed = list(find_attributions("This was reported by the prosecutor's office, according to Ukrinform."))
    assert [(s.speaker, s.via) for s in relayed] == [("the prosecutor's office", "Ukrinform")]
    # nothing said after the verb: what comes before it is the statement
    circumstance = list(
        find_attributions("The line opens in June, Minister Liu Zhijun said at a conference.")
    )
    assert circumstance == [("Minister Liu Zhijun", "The line opens in June", None)]


def test_sentences_survive_abbreviations() -> None:
    assert sentences("It was protected, according to the U.S. Institute for Peace. Next one.") == [
        "It was protected, according to the U.S. Institute for Peace.",
        "Next one.",
    ]
    # a case's name: "v." is no end of a sentence
    assert sentences("The case is Norland v. Ruiz, No. 12-204. Next one.") == [
        "The case is Norland v. Ruiz, No. 12-204.",
        "Next one.",
    ]


ARTICLE = """\
Port strike ends

Published: 5 March 2024

By Ada Lovelace

More than 2,000 members of the Dock Union walked out on Monday, the union said.

“We will not go back until the cranes are safe,” said Grace Hopper, who leads the Dock Union.
"""


def test_every_entry_is_marked_for_review(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["init", "--from-article", str(article), "--slug", "port-strike", str(tmp_path / "content")]
    )
    assert result.exit_code == 0, result.output
    folder = tmp_path / "content" / "port-strike"
    names = sorted(path.name for path in folder.iterdir())
    assert names == [
        "actors.yaml",
        "claims.yaml",
        "dossier.yaml",
        "events.yaml",
        "numbers.yaml",
        "questions.yaml",
        "snapshots",
        "sources.yaml",
    ]
    for path in folder.glob("*.yaml"):
        doc, problems = read_yaml(path, path.name)
        assert doc is not None and not problems
        if path.name != "dossier.yaml":
            assert all(entry.get("review") for entry in doc.data), path.name
    sources = read_yaml(folder / "sources.yaml", "s")[0].data  # type: ignore[union-attr]
    assert "snapshot" not in sources[0]
    stored = read_yaml(folder / "snapshots" / f"{sources[0]['id']}.yaml", "t")[0].data  # type: ignore[union-attr]
    assert stored["file"] == "article.txt" and stored["source"] == sources[0]["id"]
    assert stored["passages"] and all(p in " ".join(ARTICLE.split()) for p in stored["passages"])
    assert sources[0]["authors"] == ["Ada Lovelace"]
    numbers = read_yaml(folder / "numbers.yaml", "n")[0].data  # type: ignore[union-attr]
    assert [(n["value"], n["qualifier"], n["stated_by"]) for n in numbers] == [
        (2000, "more-than", ["dock-union"])
    ]
    actors = read_yaml(folder / "actors.yaml", "a")[0].data  # type: ignore[union-attr]
    assert {(a["name"], a["kind"]) for a in actors} >= {
        ("Grace Hopper", "person"),
        ("Ada Lovelace", "person"),
    }

    # Candidate questions, each naming drafted facts to answer from, and an answer left to write.
    questions = read_yaml(folder / "questions.yaml", "q")[0].data  # type: ignore[union-attr]
    assert [q["question"] for q in questions] == [
        "What happened?",
        "Who is involved?",
        "Why does it matter?",
        "What happens next?",
    ]
    assert all(q["answer"].startswith("TODO") for q in questions)
    assert questions[1]["actors"] and set(questions[1]["actors"]) <= {a["id"] for a in actors}

    loaded = load_site(tmp_path / "content")
    rules = {d.rule for d in loaded.diagnostics}
    assert rules == {"todo", "review-pending"}, [
        (d.path, d.line, d.rule, d.message) for d in loaded.diagnostics
    ]


def test_refuses_an_existing_folder_and_a_bad_slug(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "content" / "taken").mkdir(parents=True)
    for slug, message in [("taken", "already exists"), ("Not A Slug", "is not a valid slug")]:
        result = CliRunner().invoke(
            cli, ["init", "--from-article", str(article), "--slug", slug, str(tmp_path / "content")]
        )
        assert result.exit_code == 2
        assert message in result.stderr


def _names(entry: dict[str, object]) -> set[str]:
    aliases = entry.get("aliases") or []
    return {str(n).replace("’", "'").casefold() for n in [entry["name"], *aliases]}  # type: ignore[list-item]


def measure(shipped: Path, article: Path) -> dict[str, tuple[int, int]]:
    """How much of the hand-made dossier a draft finds: the numbers the article states, and the actors
    the article names with a proper name (capitalised, as written in the article)."""
    text = article.read_text(encoding="utf-8").replace("’", "'")
    result = draft(_article(article), "x", "article.txt", dt.date(2024, 1, 1))
    sources = read_yaml(shipped / "sources.yaml", "s")[0].data  # type: ignore[union-attr]
    own = {
        s["id"]
        for s in sources
        if (read_yaml(shipped / "snapshots" / f"{s['id']}.yaml", "t")[0].data or {}).get("file")  # type: ignore[union-attr]
        == article.name
    }
    numbers = read_yaml(shipped / "numbers.yaml", "n")[0].data  # type: ignore[union-attr]
    wanted = {
        (n["value"], n.get("qualifier", "exact"))
        for n in numbers
        if any(c["source"] in own for c in n["cite"])
    }
    drafted = {(n["value"], n["qualifier"]) for n in result.numbers}
    actors = read_yaml(shipped / "actors.yaml", "a")[0].data  # type: ignore[union-attr]
    named = [a for a in actors if a["name"][:1].isupper() and a["name"].replace("’", "'") in text]
    drafted_names = set().union(*(_names(a) for a in result.actors))
    found = [a for a in named if _names(a) & drafted_names]
    return {"numbers": (len(wanted & drafted), len(wanted)), "named actors": (len(found), len(named))}


def _article(path: Path) -> Article:
    from generator.authoring.drafting import read_article

    return read_article(path)


def stored_article(folder: Path) -> Path:
    """The shipped article as the repository stores it (its passages, 94% of the text), so the
    measurement runs in any clone, without the original beside it."""
    for path in sorted((SHIPPED / "snapshots").glob("*.yaml")):
        stored = read_yaml(path, "t")[0].data  # type: ignore[union-attr]
        if stored.get("file") == SHIPPED_ARTICLE:
            article = folder / SHIPPED_ARTICLE
            article.write_text("\n\n".join(stored["passages"]) + "\n", encoding="utf-8")
            return article
    raise AssertionError("the shipped article's stored text is missing")


def test_measured_on_the_shipped_article(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scores = measure(SHIPPED, stored_article(tmp_path))
    with capsys.disabled():
        print(f"\ninit --from-article on the shipped article: {scores}")
    found, total = scores["numbers"]
    assert total >= 7 and found >= total - 1, scores
    found, total = scores["named actors"]
    assert total >= 10 and found >= total - 2, scores


TABLE = """\
Storm cuts power across the region
May 26, 2015
Almost 90,000 homes were without power on Tuesday after storms, according to local utilities.
The following lists outages by utility:
Power Company  State                 Out Now
Northgrid      TX                     54,200
Bay Power      TX, LA                 23,600
               Total                  77,800
"""


def test_a_table_of_figures_is_read(tmp_path: Path) -> None:
    """Each row's figure counts its column for the row's label, with the row as evidence; the first
    cell of a row is an actor of the kind its header says."""
    path = tmp_path / "outages.txt"
    path.write_text(TABLE, encoding="utf-8")
    result = draft(read_article(path), "outages", "outages.txt", dt.date(2099, 1, 1))
    counted = {n["value"]: (n["counts"], n["cite"][0]["evidence"]) for n in result.numbers}
    assert counted[54200] == ("out now, Northgrid TX", "Northgrid TX 54,200")
    assert counted[23600][0] == "out now, Bay Power TX, LA" and counted[77800][0] == "out now, Total"
    kinds = {actor["name"]: actor["kind"] for actor in result.actors}
    assert kinds["Northgrid"] == kinds["Bay Power"] == "organisation" and "Total" not in kinds


def test_a_short_sentence_of_its_own_is_read_but_page_labels_are_not(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text(
        "Nurse charged over outbreak\n"
        "A former nurse was charged on Monday over an outbreak of hepatitis at the city hospital.\n"
        "She has denied infecting the patients.\n"
        "Related Posts With Thumbnails\n"
        "No comments:\n",
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.paragraphs[-1] == "She has denied infecting the patients."
    assert not any("Related" in p or "comments" in p for p in article.paragraphs)


def test_a_photo_credit_line_and_the_caption_after_it_are_not_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "caption.txt"
    path.write_text(
        "Report warns on warming\n"
        "BERLIN (AP) — Temperatures will rise past a danger point unless emissions fall faster, scientists said.\n"
        "AP Photo/Jane Roe\n"
        "Wind turbines stand in front of the rising sun in Frankfurt, Germany, on March 11, 2022.\n"
        "Investments in fossil fuels undermine the curbs in emissions needed to meet the goal, the report found.\n",
        encoding="utf-8",
    )
    paragraphs = read_article(path).paragraphs
    assert len(paragraphs) == 2 and not any("Frankfurt" in p or "Photo" in p for p in paragraphs)


# Dates as news text writes them, worked out from a publication on Tuesday 10 March 2020 (issue 26).
DATES = [
    ("The council met on Thursday to vote.", "2020-03-05"),
    ("The council met last Thursday to vote.", "2020-03-05"),
    ("The council will meet on Thursday to vote.", "2020-03-12"),
    ("The council met on March 3 to vote.", "2020-03-03"),
    ("The council met in January to vote.", "2020-01"),
    ("In January, the council will vote again.", "2021-01"),
    ("The bridge opened two years ago.", "2018"),
    ("The bridge opened three days ago.", "2020-03-07"),
    ("The bridge closed last month.", "2020-02"),
    ("The bridge closed earlier this month.", "2020-03"),
    ("The bridge closed earlier this year.", "2020"),
    ("The bridge closed late last year.", "2019"),
    ("The council met on Dec. 12 to vote.", "2019-12-12"),
    ("The council met on Jan 5 to vote.", "2020-01-05"),
    ("The council met on 5 January to vote.", "2020-01-05"),
    ("The council met on Monday night to vote.", "2020-03-09"),
    ("The council met in the early hours of Sunday to vote.", "2020-03-08"),
    ("The council met a year ago to vote.", "2019"),
    ("The council met in 2016 to vote.", "2016"),
    ("The law was passed in March 2019.", "2019-03"),
    ("The council will meet next month to vote.", "2020-04"),
    ("The council will meet next year to vote.", "2021"),
    ("The council met last week to vote.", "2020-03"),
    ("The vote is scheduled for April 2.", "2020-04-02"),
    ("The council met on Tuesday, March 3, to vote.", "2020-03-03"),
]


@pytest.mark.parametrize(("sentence", "date"), DATES)
def test_dates_worked_out_from_the_publication_date(sentence: str, date: str) -> None:
    assert date in [found for found, *_ in find_dates(sentence, dt.date(2020, 3, 10))]


# Figures as news text writes them (issue 26): words, hedges, scales glued or not, ranges, subsets,
# rates, votes and a match's score.
FIGURES = [
    ("The storm killed 12 people and injured dozens.", [12]),
    ("More than 1,200 homes were damaged.", [1200]),
    ("The company earned $4.5 billion last year.", [4500000000]),
    ("Prices rose 3.2% in May.", [3.2]),
    ("Prices rose 3.2 per cent in May.", [3.2]),
    ("Unemployment fell to 4.1 percent.", [4.1]),
    ("Nineteen people were rescued from the rubble.", [19]),
    ("The vote was 52-48 in favour.", [52, 48]),
    ("Between 300 and 400 people attended the rally.", [300]),
    ("A 12-year-old boy was hurt.", [12]),
    ("The ministry reported 1.3 million cases.", [1300000]),
    ("Three of the five judges dissented.", [3]),
    ("Rents rose by €200 a month.", [200]),
    ("The project will cost £2bn.", [2000000000]),
    ("The fire burned 5,000 acres.", [5000]),
    ("At least 40 people died, officials said.", [40]),
    ("The plant employs about 3,000 workers.", [3000]),
    ("Two people died and four were injured.", [2, 4]),
    ("The company will cut 2,500 jobs.", [2500]),
    ("Turnout was 61.5 percent.", [61.5]),
    ("The fine was 10 million euros.", [10000000]),
    ("The court sentenced him to eight years in prison.", [8]),
    ("The quake measured 6.4 on the Richter scale.", [6.4]),
    ("The team won 3-1 on Sunday.", [3, 1]),
    ("A 10-day festival began on Friday.", [10]),
    ("Some 20,000 troops were deployed.", [20000]),
    ("Dozens of homes and 15 schools were destroyed.", [15]),
    ("The bill passed the Senate 60 to 40.", [60, 40]),
]


@pytest.mark.parametrize(("sentence", "values"), FIGURES)
def test_figures_as_news_text_writes_them(sentence: str, values: list[float]) -> None:
    found = list(find_numbers(sentence))
    drafted = [figure.value for figure in found] + [figure.upper for figure in found if figure.upper]
    assert all(value in drafted for value in values), [(f.value, f.counts) for f in found]


# Names with a particle or "and" inside, a running score, a decimal comma (issue 26, round 8 pass).
@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Former interior minister Habib al-Adly was sentenced on Monday.", "Habib al-Adly"),
        ("The bank Credit Foncier du Cameroun lost money last year.", "Credit Foncier du Cameroun"),
        ("The Peace and Unity Party won most seats in the north.", "Peace and Unity Party"),
        ("The Workers and Farmers Front held a rally.", "Workers and Farmers Front"),
    ],
)
def test_a_name_with_a_particle_or_and_inside(sentence: str, name: str) -> None:
    from generator.authoring.names import find_names

    assert name in [found.name for found in find_names(["The day began quietly.", sentence])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "She raced to a 3-0 lead in the second set.",
            [(3, "score of one side"), (0, "score of the other side")],
        ),
        (
            "The visitors were trailing 1-2 at half time.",
            [(1, "score of one side"), (2, "score of the other side")],
        ),
        ("The party won 12,75 percent of the vote.", [(12.75, "percent")]),
        ("The survey asked 900 adults, ages 18 to 65.", [(900, "adults"), (18, "ages")]),
        ("Turnout was 61,4 % in the capital.", [(61.4, "percent")]),
    ],
)
def test_a_running_score_and_a_decimal_comma(sentence: str, expected: list[tuple[float, str]]) -> None:
    from generator.authoring.figures import find_numbers

    assert [(figure.value, figure.counts) for figure in find_numbers(sentence)] == expected


def test_a_byline_glued_to_its_date(tmp_path: Path) -> None:
    """ "Associated PressOct 28, 2018, 12:54 PM EDT", as a page copies its byline and date."""
    path = tmp_path / "glued.txt"
    path.write_text(
        "Rivers rise after storm\n\nReuters StaffMar 3, 2021, 9:10 AM GMT\n\n"
        "The river rose two metres on Tuesday, officials said.\n",
        encoding="utf-8",
    )
    result = draft(read_article(path), "glued", "glued.txt", dt.date(2099, 1, 1))
    assert result.source["published"] == "2021-03-03"
    assert [event["date"] for event in result.events] == ["2021-03-02"]


@pytest.mark.parametrize(
    "sentence",
    [
        "She can be reached at jdoe@channel12.com.",
        "Read more at www.radio4.net/news/2024.",
        "Photos: https://example.org/2019/archive-7.",
        "Details are posted at county3.gov/notices.",
    ],
)
def test_digits_in_an_address_are_no_figure(sentence: str) -> None:
    """An e-mail or web address counts nothing (a reporter's address drafted "61" from "fox61")."""
    assert list(find_numbers(sentence)) == []


# An article pasted without its head: no address, no date line, its dates relative or without a year.
_HEADLESS = """Ferry fares on the Kessel crossing rise by 12 percent
The Kessel Ferry Company said on Thursday that fares will rise from March 3.
The crossing carried 410,000 passengers last year, the company said.
"""


def _drafted(tmp_path: Path, *given: str) -> tuple[dict[str, object], list[dict[str, object]]]:
    tmp_path.mkdir(exist_ok=True)
    article = tmp_path / "ferry.txt"
    article.write_text(_HEADLESS, encoding="utf-8")
    content = tmp_path / "content"
    result = CliRunner().invoke(
        cli, ["init", "--from-article", str(article), "--slug", "ferry", *given, str(content)]
    )
    assert result.exit_code == 0, result.output
    source = read_yaml(content / "ferry" / "sources.yaml", "s")[0].data[0]  # type: ignore[union-attr]
    events = content / "ferry" / "events.yaml"
    return source, read_yaml(events, "e")[0].data if events.exists() else []  # type: ignore[union-attr]


def test_init_takes_the_pages_address_and_date_the_text_lacks(tmp_path: Path) -> None:
    """`--url` and `--published` stand in for the head a pasted text lost: the source gets its address
    and date, and "on Thursday", "from March 3" and "last year" are dated from that day."""
    source, events = _drafted(tmp_path / "bare")
    assert (source["url"], source["published"]) == ("TODO", "TODO")
    assert all(str(event["date"]).startswith("TODO") for event in events)

    address = "https://news.example.org/transport/ferry-fares-rise"
    source, events = _drafted(tmp_path / "given", "--url", address, "--published", "2025-02-14")
    assert (source["url"], source["published"]) == (address, "2025-02-14")
    assert {str(event["date"]) for event in events} >= {"2025-02-13", "2025-03-03"}


def test_init_dates_by_a_given_address_that_holds_the_day(tmp_path: Path) -> None:
    """An address with the day in it dates the draft as the same address on the text's first line does,
    and the source's review note says where the date was read."""
    source, _ = _drafted(tmp_path, "--url", "https://news.example.org/2025/02/14/ferry-fares-rise/")
    assert source["published"] == "2025-02-14"
    assert "the page's address" in str(source["review"])


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (["--published", "2025-02-30"], "--published '2025-02-30' is not a date"),
        (["--published", "14 February 2025"], "write it 2024-03-14, 2024-03 or 2024"),
        (["--url", "news.example.org/ferry"], "is not a web address"),
    ],
)
def test_init_refuses_a_given_date_or_address_it_cannot_read(
    tmp_path: Path, given: list[str], message: str
) -> None:
    article = tmp_path / "ferry.txt"
    article.write_text(_HEADLESS, encoding="utf-8")
    content = tmp_path / "content"
    result = CliRunner().invoke(
        cli, ["init", "--from-article", str(article), "--slug", "ferry", *given, str(content)]
    )
    assert result.exit_code == 2
    assert message in result.stderr
    assert not content.exists()


def test_a_title_cut_from_the_first_sentence_states_no_figure_of_its_own(tmp_path: Path) -> None:
    """A text with no headline takes its first sentence, cut, as its title: the cut figure ("Sh4.2…",
    its "billion" cut away) is no figure of the headline's own, and no evidence quotes the cut title."""
    article = tmp_path / "budget.txt"
    article.write_text(
        "https://news.example.org/kessel-council-budget\n"
        "Kessel county councillors have approved a new law that denies the county executive full "
        "control of the whole Sh4.2 billion development budget for roads.\n"
        "The law was passed by 31 votes to 12 on Tuesday, the council's speaker said.\n",
        encoding="utf-8",
    )
    content = tmp_path / "content"
    result = CliRunner().invoke(
        cli, ["init", "--from-article", str(article), "--slug", "budget", str(content)]
    )
    assert result.exit_code == 0, result.output
    numbers = read_yaml(content / "budget" / "numbers.yaml", "n")[0].data  # type: ignore[union-attr]
    assert 4.2 not in [entry["value"] for entry in numbers]
    assert 4_200_000_000 in [entry["value"] for entry in numbers]
    evidence = [cite["evidence"] for entry in numbers for cite in entry["cite"]]
    assert not [phrase for phrase in evidence if phrase.endswith("…")]


def test_a_title_cut_from_the_first_sentence_names_no_one_of_its_own(tmp_path: Path) -> None:
    """A cut title's last name ("... at Orla Valley…", "Valley County" cut away) is no place the
    headline alone names: the text's own name is drafted, and no actor's evidence quotes the cut title."""
    article = tmp_path / "fair.txt"
    article.write_text(
        "The winners of the tenth Kessel county fair received their ribbons in a ceremony held with "
        "loud music at Orla Valley County offices on Friday.\n"
        "The fair drew 12,000 visitors over three days, its organiser, Ana Ruiz, said.\n",
        encoding="utf-8",
    )
    content = tmp_path / "content"
    result = CliRunner().invoke(cli, ["init", "--from-article", str(article), "--slug", "fair", str(content)])
    assert result.exit_code == 0, result.output
    actors = read_yaml(content / "fair" / "actors.yaml", "a")[0].data  # type: ignore[union-attr]
    names = [entry["name"] for entry in actors]
    assert "Orla Valley County" in names
    assert "Orla Valley" not in names
    evidence = [cite["evidence"] for entry in actors for cite in entry["cite"]]
    assert not [phrase for phrase in evidence if phrase.endswith("…")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the upper end's glued scale is the range's, no word of what it counts, and no second figure
        (
            "The board forecasts a £200m to £250m per year increase in the cost of its ferries.",
            [(200_000_000, 250_000_000, "increase", "year")],
        ),
        ("It raised $2bn-$3bn from the bond sale.", [(2_000_000_000, 3_000_000_000, "dollars", None)]),
        ("A €4m to €6m overrun on the tramway.", [(4_000_000, 6_000_000, "overrun", None)]),
    ],
)
def test_a_range_whose_ends_each_carry_a_glued_scale(
    sentence: str, expected: list[tuple[int, int, str, str | None]]
) -> None:
    assert [(f.value, f.upper, f.counts, f.per) for f in find_numbers(sentence)] == expected
