"""One actor per thing: a family name alone, a place with its type, an acronym that spells a longer
name's initials become aliases of the fuller entry.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from generator.authoring import towns
from generator.authoring.gazetteer import is_place
from generator.authoring.kinds import ACRONYM_NAME, organisation_words
from generator.authoring.modifiers import LEGAL_FORMS
from generator.authoring.namewords import FACILITIES, ORG_WORDS, PLACE_TYPES, TITLES

if TYPE_CHECKING:
    from generator.authoring.names import Name


def initials_of(name: str) -> str:
    """A name's initials: "Agence France-Presse" is "AFP" (each capitalised part of a hyphenated
    word gives its letter; "the" and "of" none)."""
    return "".join(word[0] for word in re.split(r"[\s-]+", name) if word[:1].isupper())


# The words that say a name is a body's ("Railways", "Council"), not a place's or a person's.
_BODY_WORDS = set().union(*(words for kind, words in ORG_WORDS.items() if kind != "place"))


def fold_initials(names: list[Name]) -> None:
    """An acronym written without brackets that spells a longer name's initials ("UHS" for
    "Universal Health Services") is that name's alias."""
    for entry in names:
        # ("KR" for "Kessel Railways": two letters only for a name a body's word says is one, never
        # a person's "Kim Roe")
        pair = re.fullmatch(r"[A-Z]{2}", entry.name) is not None
        if not ACRONYM_NAME.match(entry.name) and not pair:
            continue
        spelled = [
            n
            for n in names
            # not "Dana J. Cole" for "DJC": a person's initials are no body's acronym
            if n is not entry
            and " " in n.name
            and not re.search(r"\b[A-Z]\.", n.name)
            and initials_of(n.name) == entry.name
            and not (pair and not organisation_words(n.name) & _BODY_WORDS)
        ]
        if pair and not spelled:
            continue
        if not spelled:
            # "KRY" for "Kessel Railways": a body's initials with one more letter from inside its
            # last word
            spelled = [
                n
                for n in names
                if n is not entry and n.kind != "person" and _initials_and_one(n.name, entry.name)
            ]
        if len(spelled) == 1 and entry.name not in spelled[0].aliases:
            spelled[0].aliases.append(entry.name)
            spelled[0].count += entry.count
            if spelled[0].kind == "person" or not spelled[0].sure:
                # no person goes by initials: the acronym's kind ("AFP", an agency) is the name's
                spelled[0].kind, spelled[0].sure = entry.kind, entry.sure


def fold_field_ministries(names: list[Name]) -> None:
    """ "the Roads ministry" beside "the Ministry of Roads": one ministry, its field written first in
    the shorter name (an alias of the full one, which then drops it as an actor of its own)."""
    full = {entry.name.removeprefix("the ").lower(): entry for entry in names}
    for entry in names:
        field = re.fullmatch(
            r"(?P<field>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?P<head>ministry|department)", entry.name
        )
        fuller = full.get(f"{field['head']} of {field['field'].lower()}") if field else None
        if fuller is not None and entry.name not in fuller.aliases:
            fuller.aliases.append(entry.name)


def _initials_and_one(name: str, acronym: str) -> bool:
    """ "KRY" of "Kessel Railways", "NAW" of "Norland Airways": the initials of a name of two or
    three capitalised words, then one more letter of its last word."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(re.fullmatch(r"[A-Z][a-z]+", word) for word in words):
        return False
    initials = "".join(word[0] for word in words)
    return (
        len(acronym) == len(initials) + 1
        and acronym.startswith(initials)
        and acronym[-1].lower() in words[-1][1:].lower()
    )


def _clipped(entry: Name, names: list[Name]) -> Name | None:
    """ "the Kess said", "the Kess’s Friday shows" after "the Kesselton Ballet": the one body whose
    first word the name clips, written after "the", as a body known by its short name is; no word a
    place or a person is named by."""
    name = re.sub(r"[’']s$", "", entry.name)
    if (
        not re.fullmatch(r"[A-Z][a-z]{2,5}", name)
        or entry.sure
        or is_place(name)
        or towns.is_town(name)
        or not re.search(rf"\bthe\s+{re.escape(entry.name)}\b", entry.evidence, re.IGNORECASE)
    ):
        return None
    bodies = [
        n
        for n in names
        if n is not entry
        and n.kind in _BODIES
        and " " in n.name
        and n.name.split()[0].startswith(name)
        and len(n.name.split()[0]) >= len(name) + 3
    ]
    return bodies[0] if len(bodies) == 1 else None


def _of_fuller(entry: Name, names: list[Name]) -> Name | None:
    key = entry.name.casefold().replace("’", "'") + " of "
    fuller = [
        n
        for n in names
        if n.name.casefold().replace("’", "'").startswith(key)
        and (n.kind == entry.kind or _company_of_its_venue(entry, n))
    ]
    return fuller[0] if len(fuller) == 1 else None


def _company_of_its_venue(entry: Name, fuller: Name) -> bool:
    """ "Orla Repertory Theatre" (a venue's word, read as a place) for "Orla Repertory Theatre of
    Kessel", a company: its name cut short."""
    return entry.kind == "place" and fuller.kind == "organisation" and not is_place(entry.name)


# A country's short form that opens a body's name: "U.S. Coast Guard", "United States Coast Guard".
_COUNTRY_FORMS = (
    (re.compile(r"^(?:the\s+)?(?:U\.S\.|US|United States)\s+(?=[A-Z])"), "united states "),
    (re.compile(r"^(?:the\s+)?(?:U\.K\.|UK|United Kingdom)\s+(?=[A-Z])"), "united kingdom "),
)


def _spelling(name: str) -> str:
    """A body's name as one key however it is spelt: "U.S. Customs & Border Protection" and "United
    States Customs and Border Protection" alike."""
    for form, written in _COUNTRY_FORMS:
        name = form.sub(written, name)
    return re.sub(r"\s+(?:&|and)\s+", " and ", name).casefold().replace("’", "'")


def fold_spellings(names: list[Name]) -> list[Name]:
    """Two spellings of one body's name ("U.S. Customs & Border Protection", "United States Customs
    and Border Protection"): one actor, under the spelling written most (the first on a tie)."""
    by_key: dict[str, Name] = {}
    kept: list[Name] = []
    for entry in names:
        if entry.kind in {"person", "place"} or " " not in entry.name:
            kept.append(entry)
            continue
        first = by_key.setdefault(_spelling(entry.name), entry)
        if first is entry:
            kept.append(entry)
            continue
        main, other = (entry, first) if entry.count > first.count else (first, entry)
        if main is entry:
            kept[kept.index(first)] = entry
            by_key[_spelling(entry.name)] = entry
        main.count += other.count
        main.aliases += [alias for alias in [other.name, *other.aliases] if alias not in main.aliases]
    return kept


# A generation's mark after a family name: "Ana Ruiz Jr.", "Tom Lee III".
_GENERATIONS = {"jr", "sr", "ii", "iii", "iv"}


def _unaccented(name: str) -> str:
    """A name without its accents, as a page may write one mention "Rodríguez" and another
    "Rodrìguez" or "Rodriguez": one person's name."""
    decomposed = unicodedata.normalize("NFD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _family(name: str) -> str:
    """The family name of a person's name, before any generation's mark ("Roe" of "John Roe Jr.")."""
    words = name.split()
    if len(words) > 2 and words[-1].lower().rstrip(".") in _GENERATIONS:
        return words[-2].rstrip(",")
    return words[-1]


def _company_of(entry: Name, names: list[Name]) -> Name | None:
    """ "Acme Paints" for "Acme Paints Corp.": the one company named with a legal form after the
    entry's name, which is then that company without it; so too a one-word name the company's opens
    with ("Acme" for "Acme Shipping Co.") when no other name does."""
    companies = [
        n for n in names if n.name.rsplit(" ", 1)[0] == entry.name and n.name.split()[-1] in LEGAL_FORMS
    ]
    if not companies and " " not in entry.name:
        opening = [n for n in names if n is not entry and n.name.split()[0] == entry.name]
        companies = [
            n
            for n in opening
            if (n.name.split()[-1] in LEGAL_FORMS or n.name.split()[-1].lower() in _TRADE_FORMS)
            and len(opening) == 1
            and entry.kind != "person"
            # ("built in Orla" beside "Orla Residents Group": the town the group is named for)
            and not (entry.kind == "place" and entry.sure)
        ]
    return companies[0] if len(companies) == 1 else None


# The last word of a company's name that says what it is, which news drops after the first mention
# ("Kessair" for "Kessair Airlines", "Varco" for "Varco Holdings").
_TRADE_FORMS = {
    *("airlines", "airways", "group", "holdings", "industries", "enterprises", "motors", "systems"),
    *("container", "containers", "packaging"),  # "Orla" for "Orla Paper Container"
    # and of a party's: "Labour's candidate" for the "Labour Party", "Forward" for "Forward Alliance"
    *("party", "alliance", "movement"),
}


_BODIES = {"organisation", "media-outlet", "government-body"}


# A judge's title, before the family name alone ("Justice Lund" of "Bo Lund").
_JUDGES = {"justice", "judge"}


def _judge_named_in_full(entry: Name, people: list[Name]) -> Name | None:
    """ "Justice Lund" (a judge by the title and the family name) after "Judge Bo Lund": the one
    person drafted with that family name."""
    words = entry.name.split()
    if entry.kind != "person" or len(words) != 2 or words[0].lower() not in _JUDGES:
        return None
    bare = _unaccented(words[1])
    same = [p for p in people if p is not entry and _unaccented(_family(p.name)) == bare]
    return same[0] if len(same) == 1 else None


# "Ana added", "Ana said": a one-word name that speaks, as a person named before by her first name
_SPEAKS_AFTER = r"\s+(?:said|says|added|adds|explained|continued|stated|remarked)\b"


def _speaks(entry: Name, people: list[Name]) -> bool:
    """Whether the name's mention has it speak ("Ana added") and one person named in full bears it
    first: hers, though a place bears it too."""
    named = [p for p in people if p.name.split()[0] == entry.name]
    return len(named) == 1 and re.match(re.escape(entry.name) + _SPEAKS_AFTER, entry.evidence) is not None


def fold(names: list[Name]) -> list[Name]:
    """One actor per thing: a person's family name alone ("Asamo" for "John Asamo", "Tan" for
    "Tan Weilin") and a place with its type ("Gansu province" for "Gansu") become aliases of the
    fuller or plainer entry."""
    by_name = {entry.name.casefold(): entry for entry in names}
    people = [entry for entry in names if entry.kind == "person" and " " in entry.name]
    kept = []
    for entry in names:
        words = entry.name.split()
        owner = None
        typed = False  # "Gansu province" for "Gansu": a place with its type
        # ("Victoria added", after "Victoria Ardon said": the person, though a place bears the name)
        known_place = entry.kind == "place" and is_place(entry.name) and not _speaks(entry, people)
        if len(words) == 1 and not known_place:
            key = entry.name.casefold()
            bare = _unaccented(entry.name)  # ("Nuñez" for "Ana Nunez": one person, its accent apart)
            matches = [
                p for p in people if bare in {_unaccented(_family(p.name)), _unaccented(p.name.split()[0])}
            ]
            if (
                not matches
                and entry.kind != "place"
                and re.search(r"(?<![\w’'-])" + re.escape(entry.name) + _SPEAKS_AFTER, entry.evidence)
            ):
                # "Ferri said" after "Ana Ferris said": one speaker, her family name misspelt
                # by its last "s" (a typo a page lets through)
                matches = [
                    p for p in people if _unaccented(_family(p.name)) in {bare + "s", bare.removesuffix("s")}
                ]
            owner = matches[0] if len(matches) == 1 else None
            if (
                owner is not None
                and not owner.sure
                and key != _family(owner.name).casefold()
                and entry.kind == "place"
                and towns.is_town(entry.name)
                and not _speaks(entry, people)
            ):
                # "Lakeside" beside a "Lakeside Light" only guessed a person's name: the town, as said
                owner = None
            if owner is None and entry.kind != "person":
                owner = _company_of(entry, names)
            if owner is None and entry.kind in _BODIES:
                # "the Republic reported" after "the Kessel Republic": the one body whose name ends
                # with the word, named short
                ending = _longest_endings(entry, names)
                owner = ending[0] if len(ending) == 1 else None
            if owner is None and entry.kind in _BODIES:
                owner = _of_fuller(entry, names)  # "the Ministry states" after "the Ministry of Mines"
            if owner is None:
                owner = _clipped(entry, names)  # "the Kess said" after "the Kesselton Ballet"
        elif len(words) >= 2 and (company := _company_of(entry, names)) is not None:
            owner = company
        elif (judge := _judge_named_in_full(entry, people)) is not None:
            owner = judge
        elif (
            entry.kind == "person"
            and len(
                tails := [
                    p
                    for p in people
                    if p is not entry and _unaccented(p.name).endswith(" " + _unaccented(entry.name))
                ]
            )
            == 1
        ):
            owner = tails[0]  # "Ruiz Ortega" for "Ana Ruiz Ortega": a family name of two words
        elif (
            entry.kind == "person"
            and len(heads := [p for p in people if p.name.startswith(entry.name + " ") and p is not entry])
            == 1
            and len(words) >= 2
        ):
            owner = heads[0]  # "Ana Maria" for "Ana Maria Costa": the name without its last word
        elif (
            entry.kind == "person"
            and len(words) >= 2
            and len(titled := _after_honorifics(entry, people)) == 1
        ):
            # "Hj Ana Maria" for "Tuan Dr Hj Ana Maria Costa": the name after an honorific, written short
            owner = titled[0]
        elif (
            " and " in entry.name
            and len(shorter := [n for n in names if n.name.endswith(" " + entry.name) and n is not entry])
            == 1
        ):
            owner = shorter[0]  # "Parks and Trails" for "Lakeland Parks and Trails": one body
        elif len(words) >= 2 and (fuller := _of_fuller(entry, names)) is not None:
            owner = fuller  # "Prosecutor's Office" for "Prosecutor's Office of the Republic of Aldria"
        elif (
            len(words) >= 2
            and entry.kind in _BODIES
            and all(word[:1].isupper() for word in words)
            and len(ending := _longest_endings(entry, names)) == 1
        ):
            # "the Kidney Society says" after "the Orla Kidney Society": the one body whose name ends
            # with these words, named short
            owner = ending[0]
        elif (
            len(words) >= 2
            and entry.kind in _BODIES
            and (placed := _with_its_place(entry, names)) is not None
        ):
            owner = placed  # "the Kessel Opera said" after "Kessel Opera Orla": the region left off
        elif (
            words[-1] in FACILITIES
            and (plain := by_name.get(" ".join(words[:-1]).casefold())) is not None
            and (plain.kind in {"person", "group", "organisation"} or not plain.sure)
        ):
            # "the Amber Hall museum" and "the Amber Hall" (no person): one body, the facility's kind;
            # "the Mount Ardon observatory" stays apart from the mountain
            owner = plain
            plain.kind = FACILITIES[words[-1]]
        elif len(words) == 2 and words[1].casefold() in PLACE_TYPES:
            owner, typed = by_name.get(words[0].casefold()), True
            if owner is None and words[1].islower():
                # "Dravan county" alone: the place is named plainly, its type an alias.
                entry.aliases.append(entry.name)
                entry.name, entry.kind = words[0], "place"
        if owner is not None and owner is not entry:
            owner.count += entry.count
            if entry.name not in owner.aliases:
                owner.aliases.append(entry.name)
            # (only a place's type makes a place: "Prosecutor’s Office" of "Prosecutor’s Office of the
            # Republic of X" is the office)
            owner.kind = "place" if owner.kind != "person" and typed else owner.kind
            continue
        kept.append(entry)
    return kept


_HONORIFIC_WORDS = {"dr", "prof", "mr", "mrs", "ms", "hon", "rev"}


def _after_honorifics(entry: Name, people: list[Name]) -> list[Name]:
    """The people whose names run on from the entry's words after an honorific before them ("Tuan Dr
    Hj Ana Maria Costa" for "Hj Ana Maria"): the words before hold an honorific, the name goes on after."""
    words = entry.name.split()
    out = []
    for person in people:
        theirs = person.name.split()
        if person is entry or len(theirs) <= len(words) + 1:
            continue
        at = next((i for i in range(1, 4) if theirs[i : i + len(words)] == words), None)
        if (
            at is not None
            and at + len(words) < len(theirs)
            and any(word.lower().rstrip(".") in _HONORIFIC_WORDS for word in theirs[:at])
        ):
            out.append(person)
    return out


def _with_its_place(entry: Name, names: list[Name]) -> Name | None:
    """The one body named as the entry with a place's name after it ("Kessel Opera Orla" for "Kessel
    Opera"): the same body, the region it serves left off."""
    fuller = [
        n
        for n in names
        if n.kind in _BODIES
        and n.name.startswith(entry.name + " ")
        and len(n.name.split()) == len(entry.name.split()) + 1
        and is_place(n.name.split()[-1])
    ]
    return fuller[0] if len(fuller) == 1 else None


def _longest_endings(entry: Name, names: list[Name]) -> list[Name]:
    """The bodies whose names end with the entry's ("Society": "Orla Kidney Society"), the longest
    of each ("Kidney Society" is itself the end of "Orla Kidney Society")."""
    ending = [n for n in names if n.kind in _BODIES and n.name.endswith(" " + entry.name)]
    return [n for n in ending if not any(o is not n and o.name.endswith(" " + n.name) for o in ending)]


# A person's name at the end of a longer run: a given name, any initials ("RT", "J."), the family name.
_GIVEN = re.compile(r"^[A-Z][a-z]+$")
_INITIALS = re.compile(r"^(?:[A-Z]{1,2}|(?:[A-Z]\.){1,3})$")
# The family name alone, after an honorific or before a verb of saying ("Mr Ruiz", "Ruiz said"), not
# after the given name.
_HONORIFIC_OR_SAID = (
    r"\b(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+{name}\b"
    r"|(?<!{given}\s)\b{name}\s+(?:said|says|told|added|explained|revealed)"
)
_ORG_WORDS = {word for words in ORG_WORDS.values() for word in words}


def person_after_post(names: list[Name], text: str) -> list[Name]:
    """ "Water Policy Lead for KPA Ana Ruiz", then "Ruiz said": a post written in capitals before a
    name, read as one long name. The family name alone speaking later ("Ruiz said", "Mr Ruiz")
    shows the run ends with a person: the entry becomes that person (a given name, any initials, the
    family name), and the family name alone its alias."""
    dropped: set[int] = set()
    for entry in names:
        words = entry.name.split()
        if entry.kind == "person" or len(words) < 4:
            continue
        family = words[-1]
        at = len(words) - 2
        while at > 0 and _INITIALS.match(words[at]):
            at -= 1
        post = words[:at]
        # the words before the given name are a post, not a name: they hold an acronym ("AM",
        # "KPA") or a lower-case word ("Lead for"), as no body's name before a person's does
        if not (
            at >= 1
            and _GIVEN.match(words[at])
            and words[at].lower() not in TITLES
            and _GIVEN.match(family)
            and not {family.lower(), words[at].lower()} & _ORG_WORDS
            and any(w.islower() or (w.isupper() and len(w) >= 2) for w in post)
        ):
            continue
        lone = _HONORIFIC_OR_SAID.format(name=re.escape(family), given=re.escape(words[at]))
        if re.search(lone, text) is None:
            continue
        entry.name, entry.kind, entry.sure = " ".join(words[at:]), "person", True
        for other in names:
            if other is not entry and other.name in {family, f"Mr {family}", f"Ms {family}"}:
                dropped.add(id(other))
                entry.count += other.count
        if family not in entry.aliases:
            entry.aliases.append(family)
    return [entry for entry in names if id(entry) not in dropped]


def post_initials(names: list[Name], text: str, is_post: Callable[[str], bool]) -> list[Name]:
    """ "District Liaison Officer (DLO) Ana Ruiz": a post in capitals, its initials in brackets,
    then a person's name. The post names no one of its own; its initials are the person's ("the
    DLO said")."""
    dropped: set[int] = set()
    people = {entry.name: entry for entry in names if entry.kind == "person"}
    for entry in names:
        words = entry.name.split()
        if entry.kind == "person" or len(words) < 2 or not is_post(words[-1]):
            continue
        for alias in [a for a in entry.aliases if a == initials_of(entry.name)]:
            after = re.search(
                rf"\b{re.escape(entry.name)}\s+\({re.escape(alias)}\)\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)",
                text,
            )
            person = people.get(after["name"]) if after is not None else None
            if person is None:
                continue
            person.aliases.append(alias)
            entry.aliases.remove(alias)
            if not entry.aliases and not re.search(rf"\b{re.escape(entry.name)}\b(?!\s+\()", text):
                dropped.add(id(entry))  # the post is written only before the person it is hers
    return [entry for entry in names if id(entry) not in dropped]


def family_by_title(names: list[Name], text: str) -> list[Name]:
    """ "Governor Ana Ruiz" and "Tomas Ruiz", then "Governor Ruiz said": a family name two people
    share, alone after a title the text wrote before one of their full names only, is that one's."""
    people = [entry for entry in names if entry.kind == "person" and " " in entry.name]
    dropped: set[int] = set()
    for entry in names:
        if entry.kind != "person" or " " in entry.name:
            continue
        sharing = [p for p in people if _family(p.name) == entry.name]
        if len(sharing) < 2:
            continue
        titles = {
            match[1].lower()
            for match in re.finditer(rf"\b([A-Z][a-z]+)\.?\s+{re.escape(entry.name)}\b", text)
        } & TITLES
        holders = [
            person
            for person in sharing
            if any(re.search(rf"\b(?i:{title})\.?\s+{re.escape(person.name)}\b", text) for title in titles)
        ]
        if len(holders) != 1:
            continue
        owner = holders[0]
        if entry.name not in owner.aliases:
            owner.aliases.append(entry.name)
        owner.count += entry.count
        dropped.add(id(entry))
    return [entry for entry in names if id(entry) not in dropped]
