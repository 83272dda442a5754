"""Who says it, over the forms news writes an attribution in: a person named with a post in a body
("Ana Ruiz, chief executive of Kessel Mills, said", "said Kessel Mills\u2019 chief executive Ana Ruiz"),
a body ("In a statement, the Tarn Water Board said", "..., the company said", "It said"), a quote
going on into the next paragraph, a pronoun and a surname after the name. Each form is drafted with
four casts (a company, a water board, a county council, a rail operator; names with and without
marks), each with a clause or a quote of its own, and the claim holding it must name the person
when a person is named, else the body. Invented text: no form is any report's sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from drafted import claimants, drafted

PERSON, BODY = "person", "body"
# (a person, the pronoun for them, a body, what the text calls it after its name, a post in it,
# a clause said, a quote)
CASTS = [
    ("Ana Ruiz", "she", "Kessel Mills", "the company", "chief executive",
     "the plant will close in May", "We have done everything we can to keep it open"),
    ("Kwame Mensah", "he", "the Tarn Water Board", "the board", "head of operations",
     "water bills will rise by 5% next year", "Nobody expected the repairs to take this long"),
    ("Tomasz Wiśniewski", "he", "Orla County Council", "the council", "finance officer",
     "the library will reopen on Friday", "We will publish the full figures next week"),
    ("Priya Nair", "she", "Norland Rail", "the operator", "spokeswoman",
     "the line is short of drivers", "This is a hard day for the whole town"),
]  # fmt: skip
# (the form's name, its text with the cast's words in braces, who says the clause or the quote)
FORMS = [
    ("P, T of B, said: “Q.”", "{P}, {T} of {B}, said: “{Q}.”", PERSON),
    ("P, T at B, said C.", "{P}, {T} at {B}, said {C}.", PERSON),
    ("“Q,” said P, T of B.", "“{Q},” said {P}, {T} of {B}.", PERSON),
    ("“Q,” said B’s T P.", "“{Q},” said {Bs} {T} {P}.", PERSON),
    ("“Q,” said B T P.", "“{Q},” said {B} {T} {P}.", PERSON),
    ("B T P said C.", "{Bp} {T} {P} said {C}.", PERSON),
    ("B’s T, P, said C.", "{Bs_cap} {T}, {P}, said {C}.", PERSON),
    ("The T of B, P, said C.", "The {T} of {B}, {P}, said {C}.", PERSON),
    ("“Q,” B’s T, P, said.", "“{Q},” {Bs} {T}, {P}, said.", PERSON),
    ("C, B’s T P said.", "{Cc}, {Bs} {T} {P} said.", PERSON),
    ("C, said P, B’s T.", "{Cc}, said {P}, {Bs} {T}.", PERSON),
    ("According to P, T at B, C.", "According to {P}, {T} at {B}, {C}.", PERSON),
    ("P told the Orla Times that C.", "{P} told the Orla Times that {C}.", PERSON),
    ("In a statement, B said C.", "In a statement, {B} said {C}.", BODY),
    ("B said in a statement that C.", "{Bp} said in a statement that {C}.", BODY),
    ("C, B said on Monday.", "{Cc}, {B} said on Monday.", BODY),
    ("C, Bshort said.", "{Cc}, {Bshort} said.", BODY),
    ("A spokesperson for B said C.", "A spokesperson for {B} said {C}.", BODY),
    ("B spokesperson P said C.", "{Bp} spokesperson {P} said {C}.", PERSON),
    ("P, who leads B, said C.", "{P}, who leads {B}, said {C}.", PERSON),
    ("Speaking to reporters, P said C.", "Speaking to reporters, {P} said {C}.", PERSON),
    ("P, a T at B, warned that C.", "{P}, a {T} at {B}, warned that {C}.", PERSON),
    ("B’s T P told reporters: “Q.”", "{Bs_cap} {T} {P} told reporters: “{Q}.”", PERSON),
    ("“Q,” P said in a statement.", "“{Q},” {P} said in a statement.", PERSON),
    (
        "C1, pr said, C.",
        "{P}, {T} of {B}, spoke to reporters on Monday.\n\nThe work, {pr} said, means {C}.",
        PERSON,
    ),
    ("When asked, P said C.", "When asked, {P} said {C}.", PERSON),
    ("P, speaking on Monday, said C.", "{P}, speaking on Monday, said {C}.", PERSON),
    ("B issued a statement saying C.", "{Bp} issued a statement saying {C}.", BODY),
    ("B issued a statement admitting that C.", "{Bp} issued a statement on Sunday admitting that {C}.", BODY),
    ("In a statement, B’s T P said C.", "In a statement, {Bs} {T} {P} said {C}.", PERSON),
    (
        "P, T of B, said C but urged calm.",
        "{P}, {T} of {B}, said {C} but urged residents to stay calm.",
        PERSON,
    ),
    ("“Q,” P wrote on Facebook.", "“{Q},” {P} wrote on Facebook.", PERSON),
    ("P, T at B, said in an email that C.", "{P}, {T} at {B}, said in an email that {C}.", PERSON),
    ("Asked about it, P said C.", "Asked about the delay, {P} said {C}.", PERSON),
    ("P, in a statement, said C.", "{P}, in a statement, said {C}.", PERSON),
    ("B T P explained that C.", "{Bp} {T} {P} explained that {C}.", PERSON),
    ("C, P told reporters on Monday.", "{Cc}, {P} told reporters on Monday.", PERSON),
    ("P was quoted as saying C.", "{P} was quoted as saying {C}.", PERSON),
    ("The T, P, said C.", "The {T}, {P}, said {C}.", PERSON),
    ("Dr P said C.", "Dr {P} said {C}.", PERSON),
    ("Cllr P (Lab) said C.", "Cllr {P} (Lab) said {C}.", PERSON),
    ("P, T of B, confirmed that C.", "{P}, {T} of {B}, confirmed that {C}.", PERSON),
    ("“Q,” P, T of B, said. “Q2.”", "“We knew this was coming,” {P}, {T} of {B}, said. “{Q}.”", PERSON),
    ("P, T of B, said on Monday: “Q.”", "{P}, {T} of {B}, said on Monday: “{Q}.”", PERSON),
    ("B has said C.", "{Bp} has said {C}.", BODY),
    ("B says C.", "{Bp} says {C}.", BODY),
    ("B, in a statement, said C.", "{Bp}, in a statement, said {C}.", BODY),
    ("C, according to B.", "{Cc}, according to {B}.", BODY),
    ("C, according to a statement from B.", "{Cc}, according to a statement from {B}.", BODY),
    ("B announced on Monday that C.", "{Bp} announced on Monday that {C}.", BODY),
    ("Officials at B said C.", "Officials at {B} said {C}.", BODY),
    ("“Q,” P, T of B, told the Orla Times.", "“{Q},” {P}, {T} of {B}, told the Orla Times.", PERSON),
    ("P said: “Q1. | “Q.”", "{P}, {T} of {B}, said: “We knew this was coming.\n\n“{Q}.”", PERSON),
    ("P said: “Q1.” | “Q.”", "{P}, {T} of {B}, said: “We knew this was coming.”\n\n“{Q}.”", PERSON),
    ("P said C1. | Pr said C.", "{P}, {T} of {B}, said the talks had failed.\n\n{Pr} said {C}.", PERSON),
    (
        "P said C1. | “Q,” pr added.",
        "{P}, {T} of {B}, said the talks had failed.\n\n“{Q},” {pr} added.",
        PERSON,
    ),
    (
        "P said C1. | Surname added that C.",
        "{P}, {T} of {B}, said the talks had failed.\n\n{Surname} added that {C}.",
        PERSON,
    ),
    ("B named | Bshort said C.", "{Bp} met on Monday.\n\n{Bshort_cap} said {C}.", BODY),
    ("B named | It said C.", "{Bp} met on Monday.\n\nIt said {C}.", BODY),
    (
        "P named | “Q,” said Mr/Ms Surname.",
        "{P}, {T} of {B}, spoke on Monday.\n\n“{Q},” said {Mx} {Surname}.",
        PERSON,
    ),
]


def _fields(cast: tuple[str, ...]) -> dict[str, str]:
    person, pronoun, body, short, post, clause, quote = cast
    possessive = body + ("\u2019" if body.endswith("s") else "\u2019s")
    return {
        "P": person,
        "pr": pronoun,
        "Pr": pronoun.capitalize(),
        "Surname": person.split()[-1],
        "Mx": "Ms" if pronoun == "she" else "Mr",
        "B": body,
        "Bp": body[0].upper() + body[1:],
        "Bs": possessive,
        "Bs_cap": possessive[0].upper() + possessive[1:],
        "Bshort": short,
        "Bshort_cap": short[0].upper() + short[1:],
        "T": post,
        "C": clause,
        "Cc": clause[0].upper() + clause[1:],
        "Q": quote,
    }


@pytest.mark.parametrize(("form", "who"), [(text, who) for _, text, who in FORMS], ids=[f[0] for f in FORMS])
def test_the_claimant_of_each_attribution_form(tmp_path: Path, form: str, who: str) -> None:
    for cast in CASTS:
        fields = _fields(cast)
        text = form.format(**fields)
        body = (
            f"{fields['Bp']} met on Monday to discuss the year ahead.\n\n{text}\n\nThe meeting ended at noon."
        )
        result = drafted(
            tmp_path, body, "Published: 3 March 2025", headline=f"{fields['Bp']} faces a hard year"
        )
        key = fields["Q"] if "{Q}" in form.split("\n\n")[-1] else fields["C"]
        want = fields["P"] if who == PERSON else fields["B"].removeprefix("the ")
        assert [str(c).removeprefix("the ") for c in claimants(result, key[:25])] == [want], text


def test_a_speaker_set_off_inside_a_short_subject_keeps_the_sentence_whole(tmp_path: Path) -> None:
    # "The work, she said, means ...": the subject before her, its verb after; the whole sentence hers
    body = (
        "Ana Ruiz, head of the Orla ferry board, spoke to reporters on Monday.\n\n"
        "The work, she said, means the crossing will close in May. Her biggest worry, she said,"
        " remained the cost of fuel."
    )
    result = drafted(tmp_path, body)
    statements = [c["statement"] for c in result.claims]
    assert "The work, she said, means the crossing will close in May" in statements
    assert "Her biggest worry, she said, remained the cost of fuel" in statements
    assert claimants(result, "biggest worry") == ["Ana Ruiz"]
