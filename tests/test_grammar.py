"""Sentences an editor would sign: every predicate from both ends, singular and plural subjects,
figure captions, and links that never cut a name."""

from __future__ import annotations

import pytest

from generator.format.dossier import vocabulary
from generator.format.mentions import Mention, Mentions, Target
from generator.format.model import Actor, Citation, Meta, Number, PredicateDefinition
from generator.format.vocabulary import PREDICATES, verb_phrase
from generator.site.grammar import (
    caption_text,
    figure,
    is_plural,
    named,
    relation,
    says,
    takes_the,
    tells_nothing,
)

CITE = (Citation(source="s", evidence="e"),)
ONE = Actor(id="ming-xuechang", name="Ming Xuechang", kind="person", description="d", cite=CITE)
MANY = Actor(id="myanmar-rebels", name="Myanmar rebels", kind="armed-group", description="d", cite=CITE)

# predicate: (subject end, singular), (subject end, plural), (object end, singular), (object end, plural)
EXPECTED = {
    "above": ("is above", "are above", "is below", "are below"),
    "affiliated-with": (
        "is affiliated with",
        "are affiliated with",
        "is affiliated with",
        "are affiliated with",
    ),
    "aligned-with": ("is aligned with", "are aligned with", "is aligned with", "are aligned with"),
    "allied-with": ("is allied with", "are allied with", "is allied with", "are allied with"),
    "arrested-by": ("was arrested by", "were arrested by", "arrested", "arrested"),
    "attacked": ("attacked", "attacked", "was attacked by", "were attacked by"),
    "blocked": ("blocked", "blocked", "was blocked by", "were blocked by"),
    "borders": ("borders", "border", "borders", "border"),
    "citizen-of": (
        "is a citizen of",
        "are citizens of",
        "is the country of citizenship of",
        "are the country of citizenship of",
    ),
    "controls": ("controls", "control", "is controlled by", "are controlled by"),
    "cooperates-with": ("cooperates with", "cooperate with", "cooperates with", "cooperate with"),
    "employed-by": ("is employed by", "are employed by", "employs", "employ"),
    "evacuated": ("evacuated", "evacuated", "was evacuated by", "were evacuated by"),
    "family-of": ("is a relative of", "are relatives of", "is a relative of", "are relatives of"),
    "founded-by": ("was founded by", "were founded by", "founded", "founded"),
    "funded-by": ("is funded by", "are funded by", "funds", "fund"),
    "flows-through": ("flows through", "flow through", "is crossed by", "are crossed by"),
    "governs": ("governs", "govern", "is governed by", "are governed by"),
    "handed-over-to": ("was handed over to", "were handed over to", "received", "received"),
    "hired-by": ("was hired by", "were hired by", "hired", "hired"),
    "investigated-by": ("is investigated by", "are investigated by", "investigates", "investigate"),
    "leader-of": ("is a leader of", "are leaders of", "is led by", "are led by"),
    "located-in": ("is located in", "are located in", "is home to", "are home to"),
    "member-of": ("is a member of", "are members of", "includes", "include"),
    "operated-by": ("is operated by", "are operated by", "operates", "operate"),
    "operates-in": ("operates in", "operate in", "hosts the operations of", "host the operations of"),
    "opposes": ("opposes", "oppose", "is opposed by", "are opposed by"),
    "owned-by": ("is owned by", "are owned by", "owns", "own"),
    "part-of": ("is part of", "are part of", "includes", "include"),
    "protected-by": ("is protected by", "are protected by", "protects", "protect"),
    "reported-by": ("was reported on by", "were reported on by", "reported on", "reported on"),
    "subordinate-to": ("is subordinate to", "are subordinate to", "oversees", "oversee"),
    "targets": ("targets", "target", "is targeted by", "are targeted by"),
}
CASES = [
    (predicate, outgoing, actor)
    for predicate in sorted(PREDICATES)
    for outgoing in (True, False)
    for actor in (ONE, MANY)
]


def test_every_predicate_has_expected_sentences() -> None:
    assert sorted(EXPECTED) == sorted(PREDICATES)


@pytest.mark.parametrize(
    ("predicate", "outgoing", "actor"),
    CASES,
    ids=[f"{p}-{'subject' if o else 'object'}-{a.id}" for p, o, a in CASES],
)
def test_each_predicate_reads_from_both_ends_in_both_numbers(
    predicate: str, outgoing: bool, actor: Actor
) -> None:
    column = (0 if outgoing else 2) + (1 if actor is MANY else 0)
    sentence = f"{actor.name} {relation(predicate, outgoing, actor)} China."
    assert sentence == f"{actor.name} {EXPECTED[predicate][column]} China."


@pytest.mark.parametrize(
    ("name", "kind", "plural"),
    [
        ("Myanmar rebels", "armed-group", True),
        ("scam centers in Myanmar", "criminal-network", True),
        ("police agencies of China and Myanmar", "government-body", True),
        ("Chinese officials", "government-body", True),
        ("Kokang telecom fraud ring", "criminal-network", False),
        ("Ministry of Public Security", "government-body", False),
        ("Three Brotherhood Alliance", "armed-group", False),
        ("Reuters", "media-outlet", False),
        ("Philippines", "place", False),
        ("Ming Xuechang", "person", False),
        ("local police", "government-body", True),
        ("Wa", "armed-group", False),
        # A company's or a state's own name is one body, whatever its last word
        ("Kessel Air Lines", "organisation", False),
        ("Veltria Holdings", "organisation", False),
        ("Doctors of the Sea", "organisation", False),
        ("Federated Isles", "government-body", False),
        ("Aldrian Armed Forces", "government-body", True),
        ("Aldrian officials", "government-body", True),
        ("Park officials", "group", True),
    ],
)
def test_plural_names_are_recognised(name: str, kind: str, plural: bool) -> None:
    actor = Actor(id="a", name=name, kind=kind, description="d", cite=CITE)
    assert is_plural(actor) is plural


def test_the_plural_field_overrides_the_guess() -> None:
    assert is_plural(ONE.model_copy(update={"plural": True}))
    assert not is_plural(MANY.model_copy(update={"plural": False}))
    assert says([MANY]) == "say" and says([ONE]) == "says" and says([ONE, ONE]) == "say"


@pytest.mark.parametrize(
    ("unit", "counts", "qualifier", "expected"),
    [
        (
            "scam centers",
            "scam centers operating in Myanmar",
            "at-least",
            "at least 1,000 scam centers operating in Myanmar",
        ),
        (
            "people",
            "telecom network fraud suspects handed over",
            "exact",
            "1,000 telecom network fraud suspects handed over",
        ),
        ("outposts", "junta outposts overrun", "more-than", "more than 1,000 junta outposts overrun"),
        ("km", "length of the border", "about", "about 1,000 km, the length of the border"),
        (None, "arrests", "exact", "1,000 arrests"),
    ],
)
def test_captions_do_not_repeat_the_unit(
    unit: str | None, counts: str, qualifier: str, expected: str
) -> None:
    number = Number(id="n", value=1000, unit=unit, counts=counts, qualifier=qualifier, cite=CITE)
    assert caption_text(number) == expected


@pytest.mark.parametrize(
    ("fields", "figure_text", "caption"),
    [
        (
            {"value": 4_000_000, "upper": 6_000_000, "unit": "cubic metres", "counts": "water released"},
            "4 million to 6 million cubic metres",
            "4 million to 6 million cubic metres of water released",
        ),
        (
            {"value": 14e9, "unit": "US dollars a year", "counts": "revenue of the scam industry"},
            "$14 billion a year",
            "$14 billion a year, the revenue of the scam industry",
        ),
        (
            {"value": 2e9, "amount": "billions of dollars", "unit": "US dollars", "counts": "ransoms paid"},
            "billions of dollars",
            "billions of dollars in ransoms paid",
        ),
        (
            {"value": 24, "amount": "several dozens", "unit": "yards", "counts": "distance to the wall"},
            "several dozen yards",
            "several dozen yards, the distance to the wall",
        ),
        (
            {"value": 200, "amount": "Hundreds", "qualifier": "at-least", "counts": "junta officers"},
            "hundreds",
            "hundreds of junta officers",
        ),
        (
            {"value": 90, "unit": "%", "counts": "share of the village destroyed"},
            "90%",
            "90%, the share of the village destroyed",
        ),
        (
            {"value": 3_500_000, "unit": "euros", "counts": "aid pledged"},
            "€3.5 million",
            "€3.5 million in aid pledged",
        ),
        (
            {"value": 12_450_000, "unit": "euros", "counts": "aid pledged"},
            "€12.45 million",
            "€12.45 million in aid pledged",
        ),
        (
            {
                "value": 7_060_000,
                "upper": 7_080_000,
                "unit": "pounds sterling",
                "counts": "cost of the new pier",
            },
            "£7.06 million to £7.08 million",
            "£7.06 million to £7.08 million, the cost of the new pier",
        ),
        # A count that is no money reads in millions by the same rule: the census's 48.32 million.
        (
            {"value": 48_320_000, "unit": "people", "counts": "people living in the delta"},
            "48.32 million people",
            "48.32 million people living in the delta",
        ),
        (
            {"value": 48_321_000, "unit": "people", "counts": "people living in the delta"},
            "48,321,000 people",
            "48,321,000 people living in the delta",
        ),
        (
            {"value": 1_234_567, "counts": "votes cast"},
            "1,234,567",
            "1,234,567 votes cast",
        ),
    ],
)
def test_figures_read_as_a_newspaper_writes_them(
    fields: dict[str, object], figure_text: str, caption: str
) -> None:
    number = Number.model_validate({"id": "n", "cite": [{"source": "s", "evidence": "e"}], **fields})
    assert figure(number) == figure_text
    assert caption_text(number) == caption


def place(id_: str, name: str) -> Actor:
    return Actor(id=id_, name=name, kind="place", description="d", cite=CITE)


@pytest.mark.parametrize(
    ("predicate", "subject", "object_", "silent"),
    [
        ("part-of", place("north", "northern Myanmar"), place("mm", "Myanmar"), True),
        ("located-in", MANY, place("mm", "Myanmar"), True),
        ("operates-in", MANY, place("mm", "Myanmar"), True),
        (
            "reported-by",
            MANY,
            Actor(id="voa", name="VOA", kind="media-outlet", description="d", cite=CITE),
            True,
        ),
        ("part-of", place("kk", "Kokang"), place("mm", "Myanmar"), False),
        ("located-in", MANY, place("th", "Thailand"), False),
        # "Myanmar" inside "Myanmarese" is another word: only whole words count.
        ("located-in", place("x", "Myanmarese quarter"), place("mm", "Myanmar"), False),
    ],
)
def test_a_relationship_that_tells_nothing_is_no_sentence(
    predicate: str, subject: Actor, object_: Actor, silent: bool
) -> None:
    assert tells_nothing(predicate, subject, object_) is silent


def test_a_dossiers_own_predicates_agree_with_plural_subjects() -> None:
    meta = {"predicates": [{"id": "drains-into", "forward": "drains into", "inverse": "is fed by"}]}
    own = vocabulary(Meta.model_construct(predicates=[PredicateDefinition(**meta["predicates"][0])]))
    assert verb_phrase("drains-into", True, True, own) == "drain into"
    assert verb_phrase("drains-into", True, False, own) == "drains into"
    assert verb_phrase("drains-into", False, True, own) == "are fed by"
    given = PredicateDefinition(
        id="buries", forward="buries", inverse="lies under", inverse_plural="lie under"
    )
    own = vocabulary(Meta.model_construct(predicates=[given]))
    assert verb_phrase("buries", True, True, own) == "bury"
    assert verb_phrase("buries", False, True, own) == "lie under"
    # A plural the rule would get wrong is written out, and wins at either end.
    given = PredicateDefinition(
        id="parent-of",
        forward="is the parent of",
        inverse="is a child of",
        forward_plural="are the parents of",
        inverse_plural="are children of",
    )
    own = vocabulary(Meta.model_construct(predicates=[given]))
    assert verb_phrase("parent-of", True, True, own) == "are the parents of"
    assert verb_phrase("parent-of", False, True, own) == "are children of"
    assert verb_phrase("parent-of", False, False, own) == "is a child of"
    # A shared predicate keeps its own wording: a dossier cannot redefine it.
    clash = PredicateDefinition(id="opposes", forward="fights", inverse="is fought by")
    assert vocabulary(Meta.model_construct(predicates=[clash]))["opposes"] == PREDICATES["opposes"]


def mentions(text: str, *names: str) -> list[str]:
    found = Mentions([(name, Target("actor", f"a{i}")) for i, name in enumerate(names)]).find(text)
    return [text[m.start : m.end] for m in found]


def test_a_link_never_cuts_a_name() -> None:
    # The alias gives way to the longer name that starts inside it.
    assert mentions(
        "the Ministry of Public Security said", "the Ministry", "Ministry of Public Security"
    ) == ["Ministry of Public Security"]
    # A known name running on into a name the dossier does not know is not a mention.
    assert mentions("according to Myanmar Now, the rebels", "Myanmar") == []
    assert mentions("the Ministry of Public Security said", "the Ministry") == []
    # A name inside a longer one that ends where it ends does not cut it.
    assert mentions("the Port Authority said", "Port Authority", "Authority") == ["Port Authority"]
    # Ordinary mentions are still found.
    assert mentions("Myanmar and China agreed; in Myanmar, police", "Myanmar", "China") == [
        "Myanmar",
        "China",
        "Myanmar",
    ]


def test_names_are_found_whole_in_any_case_longest_first() -> None:
    assert mentions(
        "KOKANG self-administered zone and Kokang", "Kokang", "Kokang self-administered zone"
    ) == [
        "KOKANG self-administered zone",
        "Kokang",
    ]
    assert mentions("Kokangese food", "Kokang") == []
    assert mentions("the U.S. said", "U.S.") == ["U.S"]  # matched without its trailing point
    assert mentions("nothing to see", "...", "") == []


def test_a_name_runs_on_only_into_a_capitalised_word_joined_by_a_plain_space() -> None:
    assert mentions("the Ministry of defence said", "the Ministry") == ["the Ministry"]
    assert mentions("Myanmar, Thailand", "Myanmar") == ["Myanmar"]
    assert mentions("Myanmar\nNow it rains", "Myanmar") == ["Myanmar"]
    assert mentions("Myanmar  Now", "Myanmar") == ["Myanmar"]
    assert mentions("in Myanmar of Old", "Myanmar") == []
    assert mentions("in Myanmar of", "Myanmar") == ["Myanmar"]
    assert mentions("in Myanmar of  Old", "Myanmar") == ["Myanmar"]


def test_each_mention_names_its_entry_and_the_first_to_claim_a_name_keeps_it() -> None:
    actor, term = Target("actor", "wa"), Target("term", "wa-term")
    found = Mentions([("Wa", actor), ("WA", term), ("United Wa State Army", actor)]).find(
        "the Wa and the United Wa State Army"
    )
    assert [(m.start, m.end, m.target) for m in found] == [(4, 6, actor), (15, 35, actor)]
    assert Mentions([("Kokang", term)]).find("Kokang") == [Mention(0, 6, term)]


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("Suez Canal Authority", "government-body", "the Suez Canal Authority"),
        ("Justice Department", "government-body", "the Justice Department"),
        (
            "Office of the UN High Commissioner for Human Rights",
            "organisation",
            "the Office of the UN High Commissioner for Human Rights",
        ),
        ("University of North Carolina", "research-institute", "the University of North Carolina"),
        ("Harvard University", "research-institute", "Harvard University"),
        ("Great Bitter Lake", "place", "the Great Bitter Lake"),
        ("Middle East", "place", "the Middle East"),
        ("Kokang self-administered zone", "place", "the Kokang self-administered zone"),
        ("Zhejiang province", "place", "Zhejiang province"),
        ("northern Myanmar", "place", "northern Myanmar"),
        ("Stamford, Connecticut", "place", "Stamford, Connecticut"),
        ("Sackler family", "group", "the Sackler family"),
        ("four families", "group", "the four families"),
        ("border guard forces", "armed-group", "the border guard forces"),
        ("Myanmar rebels", "armed-group", "Myanmar rebels"),
        ("The army", "armed-group", "the army"),
        ("The Irrawaddy", "media-outlet", "The Irrawaddy"),
        ("Global Times", "media-outlet", "Global Times"),
        ("Voice of America", "media-outlet", "Voice of America"),
        ("Purdue Pharma", "organisation", "Purdue Pharma"),
        ("MNDAA", "armed-group", "MNDAA"),
        ("John Roberts", "person", "John Roberts"),
        # A possessive is the determiner: "says Kerala's health ministry", not "the Kerala's ...".
        ("Kerala's health ministry", "government-body", "Kerala's health ministry"),
        ("Ruritania’s central bank", "organisation", "Ruritania’s central bank"),
        ("People's Liberation Army", "armed-group", "the People's Liberation Army"),
        ("Wenzhou Intermediate People's Court", "government-body", "the Wenzhou Intermediate People's Court"),
    ],
)
def test_a_name_in_a_sentence_takes_the_where_english_writes_it(name: str, kind: str, expected: str) -> None:
    actor = Actor(id="a", name=name, kind=kind, description="d", cite=CITE)
    assert named(actor) == expected
    assert takes_the(actor) == (expected.startswith("the ") and not name.startswith("The "))
    assert named(actor, start=True) == expected[:1].upper() + expected[1:]


@pytest.mark.parametrize(
    ("unit", "evidence", "told"),
    [
        # A plain "pounds" that its quote writes with "£" is sterling, as "pounds sterling" is.
        ("pounds", "taxes will be raised by £40bn", "£40 billion"),
        ("pounds sterling", "taxes will be raised by £40bn", "£40 billion"),
        ("GBP", "40 billion", "£40 billion"),
        ("pounds", "a fall of £28 per month", "£28"),
        # Without the symbol it may be weight, or another country's pound: kept as written.
        ("pounds", "seized 40 pounds of cocaine", "40 pounds"),
        ("pounds", "a fare of 40 Egyptian pounds", "40 pounds"),
        # "dollars" alone reads as "$" as before; "euros" too.
        ("dollars", "a fee of 40 dollars", "$40"),
        ("euros", "a fee of 40 euros", "€40"),
    ],
)
def test_a_plain_currency_name_reads_as_its_symbol_where_the_quote_writes_it(
    unit: str, evidence: str, told: str
) -> None:
    value = (
        40_000_000_000 if "40bn" in evidence or evidence == "40 billion" else 28 if "28" in evidence else 40
    )
    number = Number.model_validate(
        {
            "id": "n",
            "value": value,
            "unit": unit,
            "counts": "x",
            "cite": [{"source": "s", "evidence": evidence}],
        }
    )
    assert figure(number) == told
