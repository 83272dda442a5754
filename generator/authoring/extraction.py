"""What `explainer init --from-article` finds in an article's sentences: dates and who says what.

Each finder takes text and returns what it found with the phrase it found it in; none of them builds
dossier entries (``drafting.py`` does). The article's head is read by ``articles.py``, its names by
``names.py`` and its figures by ``figures.py``. What is looked for here:

- dates, including relative ones ("Tuesday", "last week", "June this year") worked out from the
  publication date, and a TODO year (`TODO-01-02`) where no year can be;
- quotes and "X said" / "according to X" attributions, with who said them and who relayed them
  ("Ma Lin told the news agency Xinhua").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from typing import NamedTuple

from generator.authoring import towns
from generator.authoring.articles import GIVEN_ABBREVIATIONS, PLACE_ABBREVIATIONS, TITLE_ABBREVIATIONS, clause
from generator.authoring.gazetteer import is_place
from generator.authoring.modifiers import is_price
from generator.authoring.notnames import CREDENTIALS, NOT_NAMES
from generator.authoring.speakers import (
    ADMITTED_CHARGE,
    GLUED,
    NAMED_CLAUSE,
    OWNED_PARTICIPLE,
    POST_BEFORE_NAME,
    RULED_CLAUSE,
    Spoken,
    find_spoken,
    is_post_word,
    paired,
)

_MONTHS = {name.lower(): index for index, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): index for index, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): index for index, name in enumerate(calendar.day_name)}
_MONTH_RE = (
    "|".join(name.capitalize() for name in _MONTHS if len(name) > 3)
    + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_RELATIVE_YEAR = r"(?:\s+(?P<relative_year>this|last|next)\s+year\b)?"
# "May" is a month only before or after a day ("May 1st", "1 May"), never the verb.
_DAY_MONTH_RE = rf"{_MONTH_RE}|(?-i:May)"
_DATE = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_DAY_MONTH_RE})(?:,?\s+(?P<year>\d{{4}}))?\b"
    rf"|\b(?P<month2>{_DAY_MONTH_RE})\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,\d)"
    # ("June 2 2021": a year after the day with no comma, when no noun it would count follows:
    # not "on May 5 2000 people")
    r"(?:(?:,\s+|\s+(?=(?:19|20)\d{2}\b(?![,.]?\d)(?!\s+(?!(?:and|or|to|when|after|before|by|until|at|in"
    r"|on|as|with|the|a|an|was|were|is|for)\b)[a-z])))(?P<year2>\d{4}))?"
    # "May" before a year is the month too ("between May 2015 and June 2016")
    # ... and after "in", "since" or "until" ("a fair in May": never the verb there)
    rf"|\b(?P<month3>{_MONTH_RE}|(?-i:May)(?=\s+(?:19|20)\d{{2}}\b)|(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\buntil\s))(?-i:May)\b)(?![a-z])(?:\s+(?P<year3>\d{{4}})\b|{_RELATIVE_YEAR})"
    r"|\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    # ("in late 2009", "since mid-2019": a part of the year, the year the date)
    r"|\b(?:in|of|during|since)\s+(?:(?:early|late|mid)[\s-]+)?(?P<year4>(?:19|20)\d{2})\b"
    # a year's possessive before what happened in it: "1998’s great flood", "after 2019's strike"
    r"|\b(?P<year13>(?:19|20)\d{2})(?=[’']s\s+[a-z])"
    # an older year ("built in 1690"), not a count ("in 1500 homes"): no lower-case noun after it
    r"|\b(?:in|during|since)\s+(?P<year10>1[5-8]\d{2})\b(?![,.]?\d)(?!\s+(?!(?:and|or|to|when|after|before|by"
    r"|until|at|in|on|as|with|the|a|an|was|were|is)\b)[a-z])"
    # a year something goes back to: "a ban dating back to 2009", "a rule that dates from 1998"
    r"|(?:(?<=\bdating\sback\sto\s)|(?<=\bdates\sback\sto\s)|(?<=\bdated\sback\sto\s)|(?<=\bdating\sfrom\s)"
    r"|(?<=\bdates\sfrom\s))(?P<year11>(?:19|20)\d{2})\b(?![,.]?\d)(?!\s+[a-z]+s\b)"
    # a year something is to be done by ("a new port by 2025"), not a quantity ("fell by 2000 tonnes")
    # ... or until ("grants for farms until 2030")
    r"|\b(?:by|until)\s+(?P<year8>(?:19|20)\d{2})\b(?!\s*(?:%|percent\b|per\b|[a-z]+s\b))"
    # a year that "saw" what happened in it: "1994 saw the mill close", "a dismal 1987, which saw a
    # strike", "a wet 1969 that saw two floods"
    r"|\b(?P<year12>(?:19|20)\d{2})(?=,?\s+(?:which\s+|that\s+)?saw\s+(?:the|a|an|its|their|two|three|[a-z]+s)\b)"
    # the next year of a list ("in 2008 and 2009"), a year something is planned for ("planned for 2013")
    r"|(?<=(?:19|20)\d{2}\sand\s)(?P<year6>(?:19|20)\d{2})\b"
    r"|(?:(?<=\bplanned\sfor\s)|(?<=\bslated\sfor\s)|(?<=\bscheduled\sfor\s))(?P<year7>(?:19|20)\d{2})\b"
    # "when the 2016-2017 school year ended": the span's last year, when it is said to end
    r"|(?<=\d{4}[-–])(?P<year9>(?:19|20)\d{2})(?=\s+(?:academic|school|fiscal|financial|budget|tax)\s+year"
    r"\s+(?:ended|closed|finished|came\s+to\s+an\s+end)\b)"
    r"|\b(?P<relative>today|yesterday|tomorrow|tonight|(?:last|this|next)\s+(?:week|month|year)"
    # "last spring", "this summer": a season's year (a TODO without a publication date)
    r"|(?:last|this|next)\s+(?:spring|summer|fall|autumn|winter)"
    r"|(?:last|this)\s+(?:night|evening|morning|afternoon))\b"
    # a day of a fixed date: "New Year's Day", "Christmas Eve"
    r"|\b(?P<holiday>New\s+Year[’']s\s+(?:Day|Eve)|Christmas\s+(?:Day|Eve)|Boxing\s+Day|Halloween"
    r"|Valentine[’']s\s+Day"
    # a day named by its date: "the Fourth of July", "the Fifth of November"
    r"|(?-i:Fourth\s+of\s+July|Fifth\s+of\s+November))\b"
    # a year before a capitalised name, as an adjective: "the 2012 Summer Games", "the 1999 Accord"
    r"|(?<=\bthe\s)(?P<year5>(?:19|20)\d{2})(?=\s+[A-Z](?:[a-z]|\.[A-Z]))"
    # "two years ago", "three weeks ago", "a month ago"; "15-20 days ago", "two or three weeks ago"
    r"|\b(?P<ago>(?P<span>(?:\d{1,2}\s*[-–]\s*|(?:two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:or|to)\s+))?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?:year|month|week|day)s?\s+ago)\b",
    re.IGNORECASE,
)
# A span after a year that dates something else from it: ", three years after", ", 12 years before".
_YEARS_AFTER = re.compile(
    r",\s+(?P<count>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+years?\s+"
    r"(?P<way>after|before)\b",
    re.IGNORECASE,
)
_COUNTS = {
    word: number
    for number, word in enumerate(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"], 1
    )
}


def _count(word: str) -> int | None:
    """The number a count in digits or in words writes ("3", "three")."""
    return int(word) if word.isdigit() else _COUNTS.get(word.lower())


_VAGUE = re.compile(
    r"\b(?:early|mid|late|around|about|by|before|after|since|middle of)[\s-]+(?:in\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|would|plans?|planned|expected|scheduled|due|next|(?:is|are)\s+to"
    # "was not supposed to open until March": what was planned is still to come
    r"|supposed\s+to|slated\s+to"
    # "the pool is set to open in late August", "poised to launch in May": a plan announced
    r"|set\s+to|poised\s+to"
    # what may yet happen: "could be back in service by Friday", "may reopen on Monday"
    r"|(?:could|may|might)\s+(?:be|reopen|resume|return|arrive|finish|open|close)"
    # a schedule in the present tense: "the season starts on May 1", "the law takes effect"
    r"|starts|begins|opens|ends|takes\s+effect|comes\s+into\s+force"
    # a state that lasts in the present tense: "the school year is extended until June 27"
    r"|(?:is|are)\s+(?:[a-z]+\s+){0,2}until)\b",
    re.IGNORECASE,
)
# The clause a date opening a sentence governs says the future: "In January, the governor will ...".
_FUTURE_AFTER = re.compile(
    r"\b(?:will|is to|are to|plans? to|is scheduled|are scheduled|is due)\b", re.IGNORECASE
)
_FUTURE_VERB_NEXT = re.compile(
    r"\s+(?:will|(?:is|are)\s+(?:(?:set|due|scheduled|expected|slated|poised)\s+)?to)\s", re.IGNORECASE
)
_AGO_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_AGO_COUNTS.update({"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10})
# Reporting verbs, in the forms news text uses ("says", "said", "confirms"): no bare form but "say"
# and "report" ("the state", "a claim", "a note" are nouns), and no verb that as often does
# something else ("observed the stars", "recalled cars", "declared an emergency").
_NOT_THOUGHT = ("about", "of", "in", "so", "over", "through", "back", "highly", "twice", "it", "this")
# "a plan proposed that year": a time the proposal is of, no clause proposed.
_TIMES_OF_A_PROPOSAL = (
    "year",
    "month",
    "week",
    "day",
    "night",
    "morning",
    "evening",
    "time",
    "summer",
    "winter",
)
# The words a clause hoped for opens with: "(hopes) the pool gets more swimmers", "(hoped) it rains".
_CLAUSE_OPENERS_HOPED = ("that", "the", "its", "their", "his", "her", "it", "he", "she", "they", "we")
_VERB_STEMS = (
    "say:says:said",
    "report:reports:reported",
    "stated",
    "claims:claimed",
    "announces:announced",
    "tell:tells:told",
    "adds:added",
    "warns:warned",
    "confirms:confirmed",
    # ("..., the rail company informs.": a body's news release, reported the way some sites translate it)
    "informs",
    "notes:noted",
    "explains:explained",
    "insists:insisted",
    "argues:argued",
    "acknowledges:acknowledged",
    "admits:admitted",
    "denies:denied",
    "reveals:revealed",
    "stresses:stressed",
    "emphasises:emphasised:emphasizes:emphasized",
    "cautions:cautioned",
    "predicts:predicted",
    # the bare form, said by many, only before "that": "growers predict that", "analysts warn that"
    "predict that:warn that",
    "suggests:suggested",
    "writes:wrote",
    # more of the common reporting verbs, none of them as often doing something else
    "reiterates:reiterated",
    "remarked",
    "replied",
    "points out:pointed out",
    # more said after words already quoted: "she went on to add: “...”", "he goes on to say that"
    "went on to add:went on to say:goes on to add:goes on to say",
    # verbs that report only before what was found or seen ("observed the stars" reports nothing)
    "observes that:observed that:discovered that:recalled that",
    # ("she highlighted that 2015 was a poor year"; "highlighted the need" reports nothing)
    "highlights that:highlighted that:underlines that:underlined that:underscores that:underscored that",
    # verbs of thinking, before what is thought: "Ana Ruiz thinks rents won't rise" (not "thinks about
    # it"; the past only before "that": "he thought about it" reports nothing)
    "thought that:believed that:feels that:felt that",
    *(
        # (lookaheads with no colon, as the forms are split at colons)
        verb + "".join(rf"(?!\s+{word}\b)" for word in _NOT_THOUGHT)
        for verb in ("thinks", "believes", "reckons")
    ),
    # a hope or a doubt held, before what is hoped: "the board is optimistic that sales will rise", "we
    # remain confident that" (not "is confident of": no clause follows)
    *(
        f"{be} {mood} that"
        for be in ("is", "are", "was", "were", "remains", "remain", "remained")
        for mood in ("optimistic", "confident", "hopeful", "pessimistic")
    ),
    # a call, before what should be done: "he recommended that tenants wait"
    "recommends that:recommended that:urges that:urged that:advises that:advised that",
    # a motion put to a vote, before what it would do: "Cllr Ana Ruiz proposed that the fee be cut" (not
    # "a plan proposed that year": a time the proposal is of)
    *(
        # (lookaheads with no colon, as the forms are split at colons)
        verb + " that" + "".join(rf"(?!\s+{word}\b)" for word in _TIMES_OF_A_PROPOSAL)
        for verb in ("proposes", "proposed")
    ),
    # a request, before what should be done: "a resident requested that the pool open earlier"
    "requests that:requested that:demands that:demanded that",
    # a judgement of a risk or a state, before what was judged: "the weather office assessed that",
    # "has also assessed there is a high risk of hail"
    "assesses that:assessed that",
    *(rf"{verb}(?=\s+there\s+{be}\b)" for verb in ("assesses", "assessed") for be in ("is", "are")),
    # a statement issued, and what it says: "the board issued a statement saying the pool will open"
    *(
        f"{verb} a statement {saying}"
        for verb in ("issued", "issues", "released", "releases", "put out", "puts out")
        for saying in ("saying", "stating")
    ),
    # words a report quotes: "Ana Ruiz was quoted as saying the pool will open"
    "was quoted as saying:were quoted as saying:is quoted as saying",
    # a message's verbs, before what it said: "Ana Ruiz emails that ...", "tweeted that"
    "emails that:emailed that:texted that:tweeted that:posted that",
    # a speech's or a message's end, before what it said, quoted or after "that": "she concluded “...”",
    # "he concluded that" (not "the talks concluded on Friday"; the lookahead's colon written \x3a, as
    # the forms are split at colons)
    *(rf"{verb}(?=\s*[\x3a,]?\s*[“\"]|\s+that\b)" for verb in ("concludes", "concluded")),
    # a hope held, before the clause hoped: "Ana Ruiz hopes the pool gets more swimmers" (not "hopes
    # to reopen", a plan; "hopes for rain", a wish and no clause)
    # (lookaheads with no colon, as the forms are split at colons)
    *(
        verb + "(?=" + "|".join(rf"\s+{word}\s" for word in _CLAUSE_OPENERS_HOPED) + ")"
        for verb in ("hopes", "hoped")
    ),
)
_VERBS = "|".join(
    sorted({form for stem in _VERB_STEMS for form in stem.split(":")}, key=lambda f: (-len(f), f))
)
# The verbs' forms that are never a noun ("the report", "his claims" end a subject; "reported" cannot).
_PAST_VERBS = "|".join(
    sorted(
        {form for stem in _VERB_STEMS for form in stem.split(":")} - {"report", "reports", "claims", "notes"},
        key=lambda f: (-len(f), f),
    )
)
_WHEN = (
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
)
# A body's post, the name of who holds it set off by commas, then what they did: "Acme's chief
# executive, Bo Lund, thanked staff", "In a statement, the board's chair, Ana Ruiz, apologised" (an
# opening phrase before it)
_POST_NAME_ACTS = re.compile(
    r"^\s*(?:[A-Z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,4},\s+)?(?:(?:[Tt]he|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})[’']s"
    r"|[Tt]he\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+"
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+[a-z]"
)
# Those who research at a body, opening the sentence: "Researchers at the University of Kessel",
# "Scientists from Orla Institute"
_RESEARCHERS_AT = re.compile(
    r"\s*(?:Researchers|Scientists|A\s+team)\s+(?:at|from)\s+"
    r"(?P<body>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w’'.-]*)*)"
)
_A_STUDY = re.compile(r"(?:a|an|the)\s+(?:[a-z]+\s+)?(?:study|report|survey|paper|analysis)\b", re.IGNORECASE)
# People who speak for themselves, named by where they work, live or study before the subject the
# verb's reading found: "Nurses at the Orla Clinic say", "Workers from Acme Mills said", "Parents of
# pupils at Kessel School said" (not "Officials at the Orla Clinic": who speak for the body)
_PEOPLE_AT = re.compile(
    r"\s*[“\"]?(?P<people>(?:[A-Z][a-z]+\s+)?(?:[Ww]orkers|[Nn]urses|[Dd]octors|[Ss]taff|[Ee]mployees|[Pp]arents"
    r"|[Pp]upils|[Ss]tudents|[Tt]eachers|[Rr]esidents|[Pp]atients|[Tt]enants|[Pp]assengers|[Vv]olunteers"
    r"|[Cc]ustomers|[Tt]raders|[Ff]armers|[Dd]rivers|[Ss]hopkeepers|[Ss]tallholders)\s+(?:at|from|of|in)\s+)"
)
# A time between a subject and its verb, other than a day: "Ana Ruiz last week said", "the board
# earlier this month confirmed" (a word of time, then the span it counts in)
_SPELL = r"yesterday|today|tonight|recently|earlier(?:\s+this)?|last|this"
# A party's mark in brackets after a person's name: "Cllr Ana Ruiz (Lab)", "Bo Lund (D-Ore.)"
_PARTY_MARK = r"\((?:[A-Z][a-z]{1,3}|[A-Z]-[A-Z][a-z]*\.?)\)"
# "agreed that", "agreed with the latest counts that": a statement only before "that"
_AGREED_THAT = r"agreed\s+(?:with\s+(?:[\w-]+\s+){1,3})?that"
# ("according to Ana Ma. Ruiz", "reported by the Sta. Orla police": a name's shortened word)
_NAMED_ABBREVIATIONS = f"{PLACE_ABBREVIATIONS}|{GIVEN_ABBREVIATIONS}"
_ATTRIBUTION = re.compile(
    r"(?:\b[Aa]ccording to\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+)?(?:report|statement|release|study|survey|filing)"
    r"\s+(?:from|by|of)\s+)?"
    # "according to data from the KHB", "according to figures released by X": the body whose count it is
    r"(?:(?:new\s+|recent\s+|latest\s+)?(?:data|figures|numbers|statistics)\s+(?:(?:released|published)\s+)?"
    r"(?:from|by|of)\s+)?"
    # "according to a new Harbour Safety Council report": the body whose report it is
    r"(?:(?:a|an|the)\s+(?:(?:new|recent|latest|annual|preliminary)\s+)?(?=[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*"
    r"\s+(?:assessment|report)\b))?"
    # "according to Dr. Ana P. Ruiz, ...": a title's or an initial's stop is no end of the name, nor
    # a company's legal form before its document ("according to an Orla Mills Inc. press release")
    rf"(?P<according>(?:(?:[A-Z]\.){{2,}}|\b(?:{TITLE_ABBREVIATIONS}|{_NAMED_ABBREVIATIONS}|Mr|Mrs|Ms)\.(?=\s+[A-Z])"
    r"|\b(?:Inc|Ltd|Corp|Co)\.(?=\s+[a-z])"
    r"|(?<=\s)[A-Z]\.(?=\s+[A-Z][a-z])|[^,.;:])+?)"
    # "..., according to Acme:" before a list: the colon ends the name
    # ("according to current KBC rules there is a limit of two boats": the clause after the source)
    r"(?=[,.;:]|\s+(?:assessment|report)\b|\s+there\s+(?:is|are|was|were|will|has|have|had)\b|$)"
    r"|\b(?:was|were|is|are|been)\s+(?:reported|announced|stated|said)\s+by\s+"
    # "announced by U.S. Attorney Paul Renner": an abbreviation's stops are no end of the name
    rf"(?P<passive>(?:(?:[A-Z]\.){{2,}}|\b(?:{TITLE_ABBREVIATIONS}|{_NAMED_ABBREVIATIONS}|Mr|Mrs|Ms)\.(?=\s+[A-Z])"
    r"|(?<=\s)[A-Z]\.(?=\s+[A-Z][a-z])|[^,.;])+?)(?=[,.;]|$)"
    # "Mark Lee, the mayor, said", "Lee, 54, said", "Lee, who heads it, said", "Lee, speaking to ..., said"
    r"|(?P<appositive>\b[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),\s+"
    # ("Ana Ruiz, head of the 1,200-member union, said": a figure's thousands comma ends no clause)
    r"(?:(?:a|an|the|who|whose)\s+(?:[^,]|(?<=\d),(?=\d{3}\b)){3,80}|\d{1,3}|[a-z]+ing\s+[^,]{3,80}"
    # "Ana Ruiz, KHB river warden, said": a post with no article, after its body's initials
    r"|[A-Z]{2,6}\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}"
    # "Ana Ruiz, feed buyer for Kessel Dairy Co-op, said": a post with no article, then its body
    # ("Ana Ruiz, Tarn area manager for Orla Rail, said": the region the post covers before it)
    r"|(?:[A-Z][\w’'-]*\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:for|at|with)\s+[A-Z][^,]{2,60}"
    # "Ana Ruiz, CEO of Kessel Ferries, said", "Bo Lund, Head of Sales at Orla Mills, said": a post in
    # capitals, then the body it is of
    r"|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*\s+(?:of|at)\s+(?:the\s+)?[A-Z][^,]{2,60}"
    # "Ana Ruiz, Orla and Tarn PCT's head of planning, said": a post with no article, after its body's
    # name and its owner's mark
    r"|[A-Z][\w.-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w.-]*){0,5}(?:[’']s|(?<=s)[’'])\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}"
    # "Lee, who sells pears, plums and figs at the market, said": a list inside the clause
    r"|(?:who|whose)\s+[^,]{3,80}(?:,\s+[a-z][^,]{0,60}){1,4}),\s+"
    rf"(?=(?:{_VERBS}|{_AGREED_THAT})\b)"
    # "Orla Ferries - which runs the harbour's boats - announced ...": a clause set off by dashes
    rf"|(?P<dashed>\b[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}})\s+[-–—]\s+(?:which|who|whose|a|an|the)\s+"
    rf"[^-–—]{{3,160}}?\s+[-–—]\s+(?=(?:{_VERBS})\b)"
    # "His colleague, Toby Lund, said": a name set off by commas before the verb
    rf"|,\s+(?P<apposed>[A-Z][\w’'.-]*(?:\s+(?:(?:of|at|from)\s+)?[A-Z][\w’'.-]*){{1,6}}),\s+"
    # ("..., Bo Lund, conceded that": a verb that reports only before "that")
    rf"(?P<apposed_verb>{_VERBS}|(?:concede|maintain|insist|assert|contend|allege|vow|pledge|promise|agree"
    r"|acknowledge|declare|affirm|complain|lament|hint|recall|observe)(?:s|e?d)(?=\s+that\b))\b"
    # the subject holds no reporting verb ("announced four new confirmed cases": "confirmed" is not one)
    # ("the department of disaster management states that": a department of state in lower case, in full)
    rf"|(?P<subject>\b[Tt]he\s+department\s+of\s+[a-z]{{4,}}(?:\s+(?:and\s+)?[a-z]{{4,}}){{0,2}}(?=\s+[a-z])"
    rf"|(?:\b[Tt]he\s+)?(?:(?:[A-Z][\w’'.-]*|of|for|the|&)\s+){{0,6}}"
    rf"(?:\b(?!(?:{_VERBS}|{_SPELL})\b|on\s+(?:{_WHEN})\b)[a-z][\w’'-]*\s+){{0,2}}\b(?!(?:{_PAST_VERBS}|{_SPELL}|has|have|had)\b)[A-Za-z][\w’']*"
    # "the Norland Food Agency (NFA) later said": an adverb after the acronym; "Cllr Ana Ruiz (Lab)
    # argued", "Bo Lund (D-Ore.) said": a party's mark after the name
    rf"(?:\s+(?:\([A-Z]+\)|{_PARTY_MARK})(?:\s+(?:later|also|again|earlier|then|[a-z]+ly))?)?)"
    # "She has denied": an auxiliary before the verb
    r"(?:\s+(?:has|have|had))?"
    # "Sahni on October 15 said", "Under Oak disclosed Thursday that": a time between
    # ("The ministry yesterday said", "Ana Ruiz last week told": the time is no part of the speaker)
    rf"(?:\s+(?:on\s+)?(?:{_WHEN})|\s+(?:{_SPELL})(?:\s+(?:week|month|year))?)?"
    # "the Gulf Coast states on Monday": "states" says something only before what is stated
    # "disclosed" says something only before "that"
    # "..., the report found.", "Testing by the agency shows that": a finding, not a thing found
    # ("the report", "a claim": a noun after an article)
    # ("a sorry state of repair to say the least": an infinitive reports nothing)
    rf"\s+(?<![Tt]he\s)(?<!\ba\s)(?<!\bA\s)(?<!\bto\s)"
    # ("“...,” the Roads Office communique reads.": what a document reads, its body's words)
    r"(?P<verb>reads(?:(?<=communique\sreads)|(?<=communiqué\sreads)|(?<=statement\sreads)|(?<=circular\sreads))|"
    rf"{_VERBS}|states(?=\s+that\b|\s*[:“\"])|disclose[sd](?=\s+(?:\w+\s+)?that\b)"
    # "..., a survey has found, adding to fears ...": a finding, then a clause of what came with it
    r"|found(?=\s+that\b|\s*[.;]?\s*$|\s*,\s+[a-z]+ing\b)|finds(?=\s+that\b)|show(?:s|ed)(?=\s+that\b)"
    # "Officials estimated that ...", "Police believe that ...": a judgement stated as such
    # ("Growers believe the frost came early", as `speakers.VERBS` reads it)
    # (not "agreed with previous estimates that": a noun after what qualifies it)
    r"|(?<!\bwith\s)(?<!\bearlier\s)(?<!\bprevious\s)(?<!\binitial\s)(?<!\bofficial\s)estimates(?=\s+that\b)"
    # ("Analysts estimate that ...": the plural's; not "an estimate that", a noun)
    r"|(?<!\ban\s)(?<!\bone\s)(?<!\bwith\s)(?<!\bprevious\s)(?<!\binitial\s)(?<!\bofficial\s)estimate"
    # (nor "the board estimate that was published": a noun, "that" the subject of its own clause)
    r"(?=\s+that\s+(?!(?:was|is|were|are|has|had|have|will|would|could|can|may|might|should)\b))"
    r"|estimated(?=\s+that\b)|believe[sd]?(?=\s+(?:that|the|it|he|she|they)\b|" + NAMED_CLAUSE + ")"
    # "the stewards felt none of the boats was safe": a judgement, before a clause of its own (not "felt
    # the heat", "felt a tremor")
    r"|fe(?:lt|els|el)(?=\s+(?:none|all|some|most|neither|both|the|this|it|they|he|she|there|its|their)\s+"
    r"(?:[\w‘’'-]+\s+){0,6}?(?:was|were|is|are|had|has|possessed|lacked|deserved|would|could|should|did)\b)"
    # "officials estimate the cuts will save $9 million": an estimate of what is to come
    r"|estimate[sd]?(?=\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}(?:will|would|could)\s+[a-z])"
    # "maintained that", "testified that", "vowed that", "agreed that": a statement only before "that"
    # "established that", "concluded that": a finding ("established a fund" reports nothing)
    # (and the verbs of the same class: "declared that", "affirmed that", "lamented that", "hinted that")
    r"|(?:maintain|indicate|testifie|assert|contend|allege|concede|suggest|pledge|promise|vow|assure"
    r"|establishe|conclude|determine|agree|declare|affirm|clarifie|lament|complain|hint|opine|divulge"
    r"|recount|reckon|acknowledge|observe|recall|guarantee|certifie|verifie)(?:s|e?d)"
    r"(?=\s+that\b)"
    # "the judge ruled that", "the panel decided on Monday that", "the court held that": a court's or
    # a panel's decision, before what it decided (a word of when between: "ruled yesterday that")
    r"|(?:rules|ruled|decides|decided|holds|held)(?=\s+(?:(?:on\s+)?[A-Za-z]+\s+)?that\b)"
    # "the tribunal ruled the fee was unlawful", "has ruled it was not fair": a finding, its clause
    # with no "that" ("ruled the valley for years" is no finding)
    rf"|(?:rules|ruled)(?={RULED_CLAUSE})"
    # "agreed with the latest counts that ...": what the speaker agreed with, then what they said
    rf"|agreed(?={_AGREED_THAT[6:]}\b))\b(?!\s+by\b)"
    # "“...,” said District 12 Council Member, Ana Ruiz.": a seat and a post in capitals, then the name
    r"|[”\"],?\s+(?:said|says|added)\s+(?:[A-Z][\w.-]*\s+){0,3}(?:\d{1,3}\s+)?(?:[A-Z][\w.-]*\s+){0,3}"
    r"(?:Member|Councilmember|Councilman|Councilwoman|Councillor|Commissioner|Trustee|Supervisor|Alderman"
    r"|Alderwoman|Representative|Director|Spokesperson|Spokesman|Spokeswoman"
    # "“...” says Kessel High School principal, Ana Ruiz.": a body's name, its post in lower case
    r"|(?<=\w\s)(?:principal|head\s+teacher|headteacher|headmaster|headmistress|chair(?:man|woman|person)?"
    r"|spokes(?:man|woman|person)|director|manager|president|secretary|coordinator|superintendent|treasurer"
    r"|owner|founder|chief\s+executive)),\s+"
    r"(?P<titled>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})(?=\s*[,.;]|\s*$)"
    # "“...,” said Acmeco’s deputy chief executive Ana Ruiz.", "said Kessel Rail finance director Bo
    # Lund": a body's name, its post in lower case with no comma, then the name of the one who speaks
    # ("said Kessel Mills’ chief executive Ana Ruiz", "said the Tarn Board’s head of operations Bo Lund":
    # a body's name ending in "s", "the" before it, a post "of" what it heads; "said Kessel Valley Fruit
    # Growers Association president Ana Ruiz", "said Orla Chamber of Commerce chairman Bo Lund": a
    # body's name of up to six words, "of" or "and" inside it)
    r"|[”\"],?\s+(?:said|says|added)\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+(?:(?:of|and|&)\s+)?){0,5}[A-Z][\w.&-]*"
    r"(?:[’']s|(?<=s)[’'])?\s+"
    r"(?:(?:deputy|senior|acting|interim|assistant|vice|managing|executive|general|finance|policy"
    r"|communications|operations|research|regional|national|chief)\s+){0,3}"
    r"(?:chief\s+executive|director|manager|president|chair(?:man|woman|person)?|spokes(?:man|woman|person)"
    r"|secretary|founder|owner|analyst|economist|officer|head)\s+(?:of\s+[a-z]+(?:\s+and\s+[a-z]+)?\s+)?"
    r"(?P<posted>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})(?=\s*[,.;]|\s*$)"
    # "“...,” said Smith's lawyer, John Roe": the one named after the description speaks
    r"|[”\"],?\s+(?:said|says|added)\s+[A-Z][\w.-]*[’']s\s+(?:[a-z]+\s+){0,3}?[a-z]+,\s+"
    r"(?P<possessed>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    # "“...,” claimed Orla’s national fish council.": a body a place owns, named by its words in lower
    # case after the possessive
    r"|[”\"],?\s+(?:said|says|added|stated|claimed|claims|declared|insisted|noted|warned)\s+"
    r"(?P<inverted_owned>[A-Z][\w.-]*[’']s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)(?=\s*[.;]|\s*$)"
    # "“...,” says senior study author Nina Strand": words describing the speaker may come first
    # ("..., lamented Ana Ruiz.", "complained Bo Lund": a verb of grief or grievance, inverted too)
    r"|[”\"],?\s+(?:said|says|added|told reporters|continued|explained|insisted|stated|noted|stressed"
    r"|lamented|complained|recalled|recounted|quipped|pleaded"
    r"|warned|argued|remarked|replied|disclosed|revealed|declared|asserted|reiterated|admitted|admits|conceded|concedes"
    r"|emphasised|emphasized|cautioned|maintained|claimed|commented)\s+"
    r"(?:(?!(?:the|a|an|that|this)\b)[a-z][\w-]*\s+){0,4}"
    rf"(?P<inverted>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|{GLUED})){{0,5}})"
    # "..., said Kessel County Fire Capt. Ned Farrow.", "..., said Mark Delane, a spokesman"; a body's
    # name before the post ("said NASA spokesman Ed Lund, spokesman for ...": a second post after)
    # ("..., says Bo Lund from near Orla", "says grower Bo Lund from Tarnby": where the one named is
    # from, no body before a post)
    r"|,\s+(?:said|says|added)\s+(?:(?:[A-Z][\w’'.&-]*\s+){1,3}(?=(?!from\s)[a-z]))?"
    r"(?:(?!(?:the|a|an|that|this|from)\b)[a-z][\w-]*\s+){0,4}"
    rf"(?P<inverted_plain>[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|{GLUED})){{0,6}})"
    # ("..., said Ana Ruiz citing the Kessel Statistics Office": the source she draws on after her)
    r"(?=\s*[,;]|\s*$|\s+(?:quoting|citing)\s+\S|\s+from\s+(?:near\s+)?(?:the\s+)?[A-Z])"
    # "“...,” said a spokesperson for the council.": the body the one unnamed speaks for
    r"|(?:[”\"],?|,)\s+(?:said|says|added)\s+(?:a|an|the|one)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:spokesperson|spokesman|spokeswoman|representative|official|source|statement)\s+(?:for|from|of|at|with)\s+"
    r"(?P<inverted_for>(?:the\s+)?[\w’'.&-]+(?:\s+[\w’'.&-]+){0,5}?)(?=\s*[,.;]|\s*$)"
    # "“...,” said a KHA spokesperson when asked.": one unnamed who speaks for the body whose
    # name or initials come before the post
    r"|[”\"],?\s+(?:said|says|added)\s+(?:a|an)\s+"
    r"(?P<inverted_unnamed>(?:[A-Z][\w.&’'-]*\s+){1,4}(?:spokesperson|spokesman|spokeswoman|official"
    r"|representative))(?=\s*[,.;]|\s*$|\s+(?:when|who|on|in|at|after|before)\s)"
    # "“...,” said the minister.": the one the text named before by the post, after the quote
    # (a post capitalised by the outlet's style: "says the Principal", "said the Minister")
    r"|[”\"],?\s+(?:said|says|added|claimed)\s+(?P<inverted_post>the\s+(?:[a-z][\w-]*\s+){0,2}?(?:[a-z][\w-]*"
    r"|Principal|Headteacher|Minister|Mayor|Chairman|Chairwoman|Chairperson|President|Governor|Superintendent"
    r"|Commissioner))(?=\s*[.;]|\s*$)"
    # "“...,” said one on the club's page", "said another shopper.": one of those quoted, no one named
    r"|[”\"],?\s+(?:said|says|added|wrote|posted)\s+(?P<inverted_one>(?:one|another)(?:\s+[a-z][\w-]*)?"
    # ("said a guard who requested anonymity", "said a clerk who asked not to be named": one
    # whose name is kept back on purpose)
    r"|(?:a|an)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?=\s+who\s+(?:requested|asked|spoke|declined|did\s+not"
    r"|requested|wished|preferred)\b))"
    r"(?=\s*[.;]|\s*$|\s+(?:on|in|who)\s)"
    # "“...,” Mayor Bell continued."
    r"|[”\"],?\s+(?P<resumed>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s+(?:continued|went on)\b"
    # "Some 40 boats moor there each night, he continued.": no quote, the words before are what goes
    # on being said (only at the sentence's end: not "she continued to work")
    r"|,\s+(?P<resumed_plain>he|she|they|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?:continued|went on)"
    r"(?=\s*[.!]?\s*$))"
)
# "said that was likely": "that" before a verb is the subject of what was said, not its conjunction.
_THAT_NOT_SUBJECT = r"(?!(?:was|is|were|are|has|had|will|would|could|may|might|should|can)\b)"
# What comes between "said" and what was said: "said at a news conference that", "said to agencies that";
# "that," before a phrase set off by commas ("reported that, because of the fog, the ferry ...").
_SAID_LEAD = re.compile(
    r"^(?:(?:on|at|in|during|after|to|by|via|with)\s+[^,“\"]{0,60}?\s+"
    # ("said afterward that", "said later that": when it was said, then "that")
    r"|(?:afterwards?|later|earlier|again|then|[a-z]{3,}ly)\s+)?(?:that,?\s+)"
    + _THAT_NOT_SUBJECT
    # "announced earlier this month it would ...", "said last week that ...": when it was said, then
    # "that" or a clause's subject and verb ("said this week's rise ..." is what was said)
    + r"|^(?:(?:earlier|early|late|later)\s+)?"
    r"(?:(?:this|last|next)\s+(?:week|month|year|weekend)|yesterday|today)"
    r"\s+(?:that,?\s+"
    + _THAT_NOT_SUBJECT
    + r"|(?=(?:it|they|he|she|we|I|the|its|their|there)\s+[a-z]))"
    # ("said Friday night.": a part of the day is when it was said as well, nothing said after it)
    + r"|^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night)\b(?!\s*$))?\s+(?:that\s+)?(?!(?:morning|afternoon|evening|night)\s*$)"
    # "said last week: “...”", "said on Tuesday: ...": when it was said, then a colon before the words
    r"|^(?:(?:on|at|in|during)\s+[^,:“\"]{1,40}?|(?:last|this|next|earlier\s+this|late\s+last)\s+"
    r"(?:week|month|year|night|weekend)|yesterday|today)\s*:\s*(?=[“\"A-Z])"
)
# "said at a conference Tuesday", "said in an email to the Review": nothing said after the verb.
_ONLY_CIRCUMSTANCE = re.compile(
    # ("said late Friday", "said early on Friday": a part of the day)
    r"^(?:on|at|in|during|after|to|via|by)\b[^“\"]{0,60}$"
    r"|^(?:(?:late|early)\s+(?:on\s+)?)?[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?$"
    # ("said recently", "said earlier": when, a word alone; not "said earlier plans failed")
    r"|^(?:today|yesterday|tonight|recently|earlier|later|previously|afterwards|again|separately)$"
    # (not "said this year’s harvest was ...": the year's harvest is what was said)
    r"|^(?:last|this|next|earlier\s+this|late\s+last)\s+(?:week|month|year|night|weekend)\b(?![’'])[^“\"]{0,60}$"
)
# "..., Sheriff Eric Holm said in a video posted on Facebook as smoke billowed behind him.": after a
# comma, a circumstance of any length with no "that" and no quote in it says where, not what.
_CIRCUMSTANCE_AFTER = re.compile(
    r"^(?:on|at|in|during|after|before|via|while|as|from|through)\b(?![^“\"]*\bthat\b)[^“\"]*$"
)
# "told the official Chinese news agency, Xinhua", "told Reuters": who relays what was said.
_TOLD = re.compile(
    r"\s*(?:told|tells|tell)\s+(?:the\s+)?"
    # ("told website Kesselwatch that", "told the news site OrlaNow": a site, a paper or a station)
    r"(?:(?:[\w-]+\s+){0,4}?(?:news agency|newspaper|broadcaster|television|radio|channel|website|news site"
    r"|news portal),?\s+)?"
    # a station's call letters may end in its channel's number: "told CBS 6", "tell WXYZ 12"
    r"(?:(?P<via>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}(?:\s+\d{1,2}(?=\s+[a-z]))?)"
    r"|(?:reporters|journalists|authorities|police|officers|investigators|lawmakers|the court"
    r"|me|us|him|her|them)\b"
    # "told a morning news conference", "told a briefing": the audience, no relay
    r"|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:news conference|press conference|briefing|meeting|hearing|rally)\b)"
)
# After the one told, the rest of their name or a time, then "that": "told state television last night
# that ...", "told reporters on Friday that ...".
# A body told something in session, no outlet that relays it: "told the Orla County Council", "told
# the Harbour Committee", "told the High Court".
_LISTENING_BODY = (
    r"\b(?:Council|Committee|Court|Board|Commission|Assembly|Parliament|Senate|Congress|Tribunal|Panel"
    r"|Inquiry|Hearing)$"
)
_TOLD_WHEN = re.compile(r"(?P<when>(?:\s+[a-z][\w-]*){1,5}?)\s+that\s+(?=\S)")
# "said Monday, warning of ...": what follows the verb is about the speaker, not what was said.
_PARTICIPLE_AFTER = re.compile(
    r"^\s*(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?"
    r"\s*,\s*[a-z]+ing\b"
)
# "..., Zhou said, as quoted by The Halden Courier": who relays it (the possessive of "KFL's website" cut).
_AS_QUOTED = re.compile(
    r"^\s*,?\s*as\s+(?:quoted|reported|cited|relayed)\s+(?:by|in)\s+(?:the\s+)?"
    r"(?P<via>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})"
)
_AS_QUOTED_TAIL = re.compile(
    r",?\s+as\s+(?:quoted|reported|cited|relayed)\s+(?:by|in)\s+(?:the\s+)?"
    r"(?P<via>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})[.\s]*$"
)
# "“...,” Ana Ruiz was quoted as saying by Harbour Radio": the one quoted, and who quotes them.
_QUOTED_AS_SAYING = re.compile(
    r"(?:[”\"],?|,)\s+(?P<speaker>[^,“”\"]{3,120}?)\s+(?:was|were)\s+quoted\s+as\s+saying"
    r"(?:\s+by\s+(?:the\s+)?(?P<via>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}))?\s*[.!]?$"
)
# "..., state newspaper Harbour Times quoted a senior official as saying": the paper relays it.
_QUOTED_BY = re.compile(
    r",\s+(?:[\w-]+\s+){0,4}?(?P<via>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+quoted\s+"
    r"(?P<speaker>(?:a|an|the)\s+[^,]{3,60}?|[A-Z][^,]{2,60}?)\s+as\s+saying\s*[.!]?$"
)
# "Kessel Radio quotes police chief Bo Lund as saying the road is closed", "The Orla Times quoted
# the mayor as calling the fee unfair and saying it would go": the outlet opening the sentence
# relays what the one it quotes says, which follows "as"
_OUTLET_QUOTES = re.compile(
    r"^(?:[Tt]he\s+)?(?P<via>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"(?:\s+(?:news\s+agency|agency|newspaper|daily|weekly|radio|television|broadcaster|website))?"
    r"\s+(?:quotes|quoted)\s+(?P<speaker>(?:[a-z][\w-]*\s+){0,3}[A-Z][^,]{2,60}?|(?:the|an?)\s+[^,]{2,60}?)\s+as\s+"
    r"(?:saying\s+(?:that\s+)?(?P<saying>[^“”\"]{8,}?)"
    r"|(?P<judging>(?:calling|describing|branding|labelling|labeling)\s+[^“”\"]{8,}?))[.!]?$"
)
# "Union spokeswoman Ana Ruiz this week quoted Transport Minister Bo Lund as saying the line would
# close", "Ms Ruiz quoted Mr Lund as telling the council, “The line will close.”": one who quotes
# another, a person opening the sentence, relays the words of the one quoted.
_PERSON_QUOTES = re.compile(
    r"^(?P<via>(?:[A-Za-z][\w’'.-]*\s+){0,8}?[A-Z][\w’'.-]*)"
    r"(?:\s+(?:this|last)\s+(?:week|month|year)|\s+on\s+[A-Z][a-z]+day|\s+(?:yesterday|today))?"
    r"\s+quoted\s+(?P<speaker>(?:[a-z][\w-]*\s+){0,3}[A-Z][^,“”\"]{2,60}?)\s+as\s+"
    r"(?:saying\s+(?:that\s+)?(?P<saying>[^“”\"]{8,}?)"
    r"|telling\s+[^,“”\"]{2,40}?,?\s*[“\"](?P<quote>[^“”\"]{8,}?)[”\"]?)[.!]?[”\"]?$"
)
# "..., the report quoted Harbour Master Ana Ruiz as saying": a report named before relays the words of
# the one it quotes (the report itself is no speaker).
_REPORT_QUOTED = re.compile(
    r",\s+(?:the|that|this)\s+(?:[a-z]+\s+)?(?:report|article|newspaper|paper|agency|broadcast|dispatch)\s+quoted\s+"
    r"(?P<speaker>[A-Z][^,]{2,80}?)\s+as\s+saying\s*[.!]?$"
)
# "By evening the fog had lifted, which local pilots say is a welcome change.": a judgement of the
# whole clause before, said by the ones named in the relative clause; the whole sentence is theirs.
_WHICH_THEY_SAY = re.compile(
    r"^(?P<said>[^“”\"]{12,}?),\s+which\s+(?P<speaker>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*s"
    r"|(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*)\s+(?:say|says|said|call|calls|called)\s+"
    r"(?:is|was|are|were|will\s+be|would\s+be|a|an)\b[^“”\"]*?[.!]?\s*$"
)


def _which_they_say(sentence: str) -> Said | None:
    """ "..., which zoo keepers say is a good sign": the sentence, and who judges it so."""
    which = _WHICH_THEY_SAY.match(sentence.strip())
    if which is None:
        return None
    return Said(which["speaker"], sentence.strip().rstrip(".!"))


PRONOUNS = {
    "he",
    "she",
    "they",
    "it",
    "who",
    "which",
    "that",
    "the report",
    "the statement",
    "the ministry statement",
    "the release",
    "the press release",
    "the news release",
    "the study",
    "the survey",
}
_NOT_SPEAKERS = {
    *("were", "was", "is", "are", "been", "be", "had", "have", "has", "and", "also", "but", "not"),
    # "the isolation of confirmed cases", "a newly reported case": a participle, no one speaking
    *("of", "in", "on", "at", "to", "for", "with", "from", "by", "the", "a", "an", "no", "newly", "first"),
    # "the report that suggested raising fees", "to complete whatever reports are due": a relative
    # pronoun, or a noun's, no one speaking
    *("that", "whatever", "whichever"),
    # "reports of fires are also being reported": a passive, no one who reports
    "being",
}
# A subject that opens with a preposition, before a verb that is a noun as well, is no subject ("a
# decision on the finance report that ...": the noun after the words of a phrase).
_PREPOSITIONS = {"of", "in", "on", "at", "to", "for", "with", "from", "by", "into", "onto", "about"}
_NOUN_VERBS = {"report", "reports", "claim", "claims", "note", "notes"}
# A named subject, a clause of what they did, then their words in quotes to the sentence's end.
_CLAUSE_THEN_QUOTE = re.compile(
    r"^(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4})\s+[a-z]+ed\b[^“”\"]{3,160},\s*"
    r"[“\"](?P<quote>[^“”\"]{12,})[”\"]\s*[.!?]?\s*$"
)
# A name, a verb and a colon, then their words in quotes to the sentence's end: "..., Ana Ruiz
# declined: “Not today.”"
_VERB_COLON_QUOTE = re.compile(
    r"(?:^|,\s+)(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+[a-z]{3,}:\s*"
    r"[“\"](?P<quote>[^“”\"]{8,})[”\"]\s*[.!?]?\s*$"
)
# A name, what they are, and a colon, then their words in quotes to the sentence's end, no verb of
# saying: "Ana Ruiz OBE, chair of the Kessel Trust: “...”" (letters of an honour after the name)
_NAME_POST_COLON_QUOTE = re.compile(
    r"^(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,2}?)(?:\s+[A-Z]{2,4})?,\s+(?:(?:a|an|the)\s+)?[a-z][^“”\":,]{2,80}:\s*"
    r"[“\"](?P<quote>[^“”\"]{8,})[”\"]\s*[.!?]?\s*$"
)
# A note's, a letter's or a sign's words in quotes after "read": "left a note that read “...”", "a sign
# on the gate reads: “...”" (what its writer, unnamed, says).
_WRITING_READ = re.compile(
    r"\b(?:note|notes|letter|letters|sign|signs|card|message|placard|banner|poster|inscription|plaque)\b"
    r"[^“”\".;]{0,80}?\s(?:(?:that|which)\s+)?(?:read|reads|reading)\s*[:,]?\s*"
    r"[“\"](?P<quote>[^“”\"]{8,})[”\"]\s*[.!?]?\s*$"
)
# The same words in quotes first, then what reads them: "“Keep off the grass,” reads the sign at the
# gate", "“...,” reads the description of the painting" (its writer unnamed).
_WRITING_READ_AFTER = re.compile(
    r"^[“\"](?P<quote>[^“”\"]{8,})[”\"],?\s+(?:reads|read)\s+(?:the|a|an|its|their|his|her)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:description|caption|sign|note|inscription|plaque|label|notice|banner|placard|poster|card|message|letter"
    r"|blurb|text|citation)\b[^“”\"]{0,80}$"
)
_QUOTE = re.compile(r"[“\"](?P<quote>[^”\"]{12,}?)[”\"](?P<after>[^.“\"]{0,80})")


def _long(day: dt.date) -> str:
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"


def _weekday(name: str, published: dt.date | None, future: bool) -> tuple[str, str]:
    """A weekday in a news report is the last such day up to its publication ("Tuesday" in an article
    of Tuesday is that day), or the next one after it when the sentence looks ahead ("will sign on
    Friday"). Without a publication date it cannot be worked out: TODO."""
    if published is None:
        return "TODO", f"The article says {name!r} and gives no date: find the day and write it here."
    shift = (_WEEKDAYS[name.lower()] - published.weekday()) % 7
    if future and shift:
        return (published + dt.timedelta(days=shift)).isoformat(), (
            f"The article says {name!r} of what was to come: the {name} after its publication on "
            f"{_long(published)}."
        )
    day = published - dt.timedelta(days=(7 - shift) % 7)
    return (
        day.isoformat(),
        f"The article says {name!r}: the {name} before its publication on {_long(published)}.",
    )


_HOLIDAY_DAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25)}
_HOLIDAY_DAYS.update({"christmas eve": (12, 24), "boxing day": (12, 26)})
_HOLIDAY_DAYS.update({"fourth of july": (7, 4), "fifth of november": (11, 5)})
_HOLIDAY_DAYS.update({"halloween": (10, 31), "valentine's day": (2, 14)})


def _holiday(name: str, published: dt.date | None, future: bool) -> tuple[str, str]:
    """ "New Year's Day": the last one up to the publication (the next one when the sentence looks
    ahead); `TODO-01-01` when the article gives no date."""
    month, day = _HOLIDAY_DAYS[" ".join(name.lower().replace("’", "'").split())]
    if published is None:
        return (
            f"TODO-{month:02d}-{day:02d}",
            f"The article says {name!r} and gives no year: find it and write it here.",
        )
    year = published.year
    if future and (month, day) < (published.month, published.day):
        year += 1
    elif not future and (month, day) > (published.month, published.day):
        year -= 1
    return (
        f"{year:04d}-{month:02d}-{day:02d}",
        f"The article says {name!r}; worked out from its publication on {_long(published)}.",
    )


# The last month of each season (northern; winter's is its February).
_SEASON_ENDS = {"spring": 5, "summer": 8, "fall": 11, "autumn": 11, "winter": 2}


def _relative(phrase: str, published: dt.date | None) -> tuple[str, bool, str]:
    """ "today", "yesterday", "last week", "this month", "last year": from the publication date."""
    words = phrase.lower().split()
    if published is None:
        return "TODO", False, f"The article says {phrase!r} and gives no date: find it and write it here."
    note = f"The article says {phrase!r}; worked out from its publication on {_long(published)}."
    if words[0] in {"today", "yesterday", "tomorrow", "tonight"}:
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}[words[0]]
        return (published + dt.timedelta(days=shift)).isoformat(), False, note
    if words[-1] in {"night", "evening", "morning", "afternoon"}:
        # "last night", "last evening": the day before the report's; "this morning": its day
        return (published + dt.timedelta(days=-1 if words[0] == "last" else 0)).isoformat(), False, note
    unit, shift = words[-1], {"last": -1, "this": 0, "next": 1}[words[0]]
    if unit in _SEASON_ENDS:
        # "last spring": the last one over before the publication; "next winter": the one to come
        over = published.month > _SEASON_ENDS[unit]
        year = published.year + {"last": 0 if over else -1, "this": 0, "next": 1 if over else 0}[words[0]]
        return str(year), True, note
    if unit == "year":
        return str(published.year + shift), False, note
    if unit == "month":
        months = published.year * 12 + published.month - 1 + shift
        return f"{months // 12:04d}-{months % 12 + 1:02d}", False, note
    return (published + dt.timedelta(days=7 * shift)).isoformat()[:7], True, note


def _ago(phrase: str, published: dt.date | None, span: bool = False) -> tuple[str, str]:
    """ "two years ago", "three weeks ago": counted back from the publication date. A span ("15-20
    days ago") gives no one date: left to the reviewer."""
    if span:
        return "TODO", f"The article says {phrase!r}, a span: find the date and write it here."
    count_word, unit = phrase.lower().split()[:2]
    count = int(count_word) if count_word.isdigit() else _AGO_COUNTS[count_word]
    if published is None:
        return "TODO", f"The article says {phrase!r} and gives no date: find it and write it here."
    note = f"The article says {phrase!r}; worked out from its publication on {_long(published)}."
    if unit.startswith("year"):
        return str(published.year - count), note
    if unit.startswith("month"):
        months = published.year * 12 + published.month - 1 - count
        return f"{months // 12:04d}-{months % 12 + 1:02d}", note
    days = count * (7 if unit.startswith("week") else 1)
    return (published - dt.timedelta(days=days)).isoformat(), note


def _month_date(
    groups: dict[str, str | None], published: dt.date | None, future: bool
) -> tuple[str, str | None]:
    month = groups["month"] or groups["month2"] or groups["month3"] or ""
    day_text = groups["day"] or groups["day2"]
    year_text = groups["year"] or groups["year2"] or groups["year3"]
    month_number = _MONTHS[month.lower().rstrip(".")]
    tail = f"-{month_number:02d}" + (f"-{int(day_text):02d}" if day_text else "")
    note = None
    if year_text:
        year = int(year_text)
    elif published is None:
        return "TODO" + tail, "The article gives no year and no date: find the year and write it here."
    elif groups["relative_year"]:
        year = published.year + {"this": 0, "last": -1, "next": 1}[groups["relative_year"].lower()]
        note = f"The article says {groups['relative_year']} year; it was published in {published.year}."
    else:
        ahead = month_number > published.month
        year = published.year - (ahead and not future) + (future and month_number < published.month)
        note = f"The article gives no year; worked out from its publication on {_long(published)}."
    return f"{year:04d}" + tail, note


# "the 2022 edition held on", "its 2019 meeting, held on": a year before what happened, then the day
_YEAR_OF_THE_CLAUSE = re.compile(
    r"\b(?:the|its|their|this|that)\s+(?P<year>(?:19|20)\d{2})\s+[a-z]+(?:,)?\s+(?:was\s+)?(?:held|run|played|staged)\s+on\s+$"
)
_WEEKDAY_NAMES = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# A span's end with its year after a day and month that have none: "(3rd March) to Friday 28th March
# 2031", "(March 3) through March 28, 2031".
_SPAN_CLOSING_YEAR = re.compile(
    rf"\s*(?:to|through|thru|until|till|-|–)\s+(?:{_WEEKDAY_NAMES},?\s+)?(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?"
    r"\s+(?:of\s+)?(?P<month>[A-Z][a-z]+\.?)|(?P<month2>[A-Z][a-z]+\.?)\s+\d{1,2}(?:st|nd|rd|th)?),?\s+"
    r"(?P<year>(?:19|20)\d{2})\b"
)
# A name's word before a month's name ("the Lake Jun Gardens"), not a word that governs a date.
_NAME_WORD_BEFORE = r"\b(?!(?:In|On|By|Since|Until|From|Last|Next|This|Early|Late|Mid|Of)\b)[A-Z][\w’'-]*\s+$"


def find_dates(sentence: str, published: dt.date | None) -> Iterator[tuple[str, bool, str | None, str]]:
    """(date, approximate, date_note, evidence) for each date in ``sentence``; a date whose year
    cannot be worked out is `TODO` or `TODO-MM-DD`, with a note saying what to look up."""
    started = ""  # the last date of the sentence: where a span ending in a later one starts
    for match in _DATE.finditer(sentence):
        groups = match.groupdict()
        month_after = re.search(
            r"\b(?:in|since|until|by|from|early|mid|late|of)[\s-]+$", sentence[: match.start()]
        )
        if (
            (groups["month3"] or "").lower() in {"may", "march"}
            and not (groups["year3"] or groups["relative_year"])
            and not (groups["month3"][:1].isupper() and month_after)
        ):
            continue  # "may" and "march" alone are more often a verb than a month ("since March" is one)
        if (
            groups["month3"]
            and not (groups["year3"] or groups["relative_year"])
            and re.search(_NAME_WORD_BEFORE, sentence[: match.start()])
            and re.match(r"\s+[A-Z][a-z]", sentence[match.end() :])
        ):
            continue  # "the Lake Jun Park pool": a month's name between a name's words, no month
        approximate = bool(_VAGUE.search(sentence[: match.start()]))
        future = bool(_FUTURE.search(re.split(r"[,;]", sentence[: match.start()])[-1]))
        # "Parking at the pier in June will cost more", "A vote on May 3 is set to decide": a date at
        # the end of the subject, the verb after it to come
        future = future or bool(_FUTURE_VERB_NEXT.match(sentence, match.end()))
        # "Starting July 1, drivers will pay", "Effective March 3, the fee rises": the date a change
        # starts on, opening the sentence, read with the verb its clause goes on with
        if re.fullmatch(
            r"\W*(?:(?:in|on|by|from|until|early|late|starting|beginning|effective)\s+)*",
            sentence[: match.start()],
            re.I,
        ):
            governed = next((c for c in re.split(r"[,;]", sentence[match.end() :]) if c.strip()), "")
            # ("On Monday, the crews had not finished the wall that will ...": a relative clause's
            # tense is not the sentence's)
            governed = re.split(r"\b(?:that|which|who)\s", governed)[0]
            future = future or bool(_FUTURE_AFTER.search(governed))
        note: str | None = None
        if groups["weekday"] and (
            re.match(rf"\s*(?:through|thru|to|-|–)\s+{_WEEKDAY_NAMES}\b", sentence[match.end() :])
            or re.search(rf"\b{_WEEKDAY_NAMES}\s*(?:through|thru|to|-|–)\s*$", sentence[: match.start()])
        ):
            continue  # "Monday through Friday": the days of any week, no date
        if groups["weekday"] and re.search(r"\blast\s+$", sentence[: match.start("weekday")], re.I):
            # "were supposed to serve it last Friday", "was due to open last Monday": a plan for a
            # day gone by, the last such day before the report
            future = False
        if groups["weekday"]:
            date, note = _weekday(groups["weekday"].capitalize(), published, future)
        elif groups["holiday"]:
            # "a ban for the Fourth of July": the day something is set for is the next one
            ahead = re.search(r"\bfor\s+(?:the\s+)?$", sentence[: match.start()], re.IGNORECASE)
            date, note = _holiday(groups["holiday"], published, future or bool(ahead))
        elif groups["relative"]:
            date, vague, note = _relative(groups["relative"], published)
            approximate = approximate or vague
        elif groups["ago"]:
            date, note = _ago(groups["ago"], published, bool(groups["span"]))
        elif (
            year := groups["year4"]
            or groups["year5"]
            or groups["year6"]
            or groups["year7"]
            or groups["year8"]
            or groups["year9"]
            or groups["year10"]
            or groups["year11"]
            or groups["year12"]
            or groups["year13"]
        ):
            date = year
        else:
            date, note = _month_date(groups, published, future)
            year_given = groups["year"] or groups["year2"] or groups["year3"] or groups["relative_year"]
            named_year = _YEAR_OF_THE_CLAUSE.search(sentence[: match.start()])
            if (
                named_year is not None
                and not year_given
                and re.fullmatch(r"(?:TODO|\d{4})-\d{2}-\d{2}", date)
            ):
                # "the 2022 edition held on April 10": the year the clause names what happened with
                date = named_year["year"] + date[date.index("-") :]
                note = f"The article gives the year with what happened: “{named_year[0].strip()}”."
            closing = _SPAN_CLOSING_YEAR.match(sentence, match.end())
            closing_month = (
                (closing["month"] or closing["month2"] or "").lower().rstrip(".") if closing else ""
            )
            if not year_given and closing is not None and closing_month in _MONTHS:
                # "from 3rd March to 28th March 2031": the span's one year, written at its end (its
                # start a month later in the year falls in the year before)
                month_number = _MONTHS[
                    (groups["month"] or groups["month2"] or groups["month3"] or "").lower().rstrip(".")
                ]
                year = int(closing["year"]) - (month_number > _MONTHS[closing_month])
                date = f"{year:04d}" + date[date.index("-") :]
                note = f"The article gives the year at the end of the span: “{closing[0].strip()}”."
            ended = re.search(r"\b(?:through|until|till|thru|to)\s+$", sentence[: match.start()])
            year_given = groups["year"] or groups["year2"] or groups["year3"] or groups["relative_year"]
            if ended and not year_given and started and re.match(r"\d{4}-", date) and date < started:
                # "opens on Oct. 15, 2012 and runs through March 15": a span's end before its start
                # falls in the next year
                date = f"{int(date[:4]) + 1:04d}{date[4:]}"
                note = f"The article gives no year; the span it ends began on {started}, so the next year."
        if re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", date):
            started = date
        yield date, approximate, note, clause(sentence, *match.span())
        since = _YEARS_AFTER.match(sentence, match.end()) if re.fullmatch(r"\d{4}", date) else None
        if since is not None and (years := _count(since["count"])) is not None:
            # "burned in 1812, two years after the treaty was signed": the treaty's year counted back
            sign = -1 if since["way"].lower() == "after" else 1
            told = f"{date}, {since['count']} years {since['way'].lower()} it"
            note = f"Worked out from the article's words: {told}."
            yield (
                f"{int(date) + sign * years}",
                False,
                note,
                clause(sentence, since.start("count"), since.end()),
            )


def is_proper_name(phrase: str, sentence: str) -> bool:
    """Whether a speaker phrase names someone: a capitalised word that is not only the sentence's
    first word, a weekday or a month ("Authorities say" and "State media said" name no one)."""
    core = re.split(r"\s+(?:in|from|at)\s+", phrase.strip())[0]
    words = re.sub(r"^the\s+", "", core, flags=re.IGNORECASE).split()
    if not words:
        return False
    first = sentence.lstrip(' “"').startswith(phrase.strip())
    for index, word in enumerate(words):
        if not word[:1].isupper() or word in NOT_NAMES or word.endswith(("'s", "’s")):
            continue  # "Aldria's electoral laws" are no one
        if re.search(r"[a-z.]-[a-z]+$", word):
            continue  # "the Florida-based company": an adjective describes a body, names none
        if index == 0 and first and len(words) > 1 and not words[1][:1].isupper():
            continue
        if index == 0 and first and len(words) == 1:
            continue
        return True
    return False


class Said(NamedTuple):
    """Who said something, what, and who relayed it (the outlet they told, "according to" whom)."""

    speaker: str
    said: str
    via: str | None = None


# A subject opening with a body's name and a post in lower case, then the name of its holder and
# a verb: "Club finance officer Ana Ruiz praised ...", "Kessel Port chief executive Bo Lund met ..."
_POSTED_SUBJECT = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+){1,3}(?:[a-z][\w-]*\s+){0,2}(?P<post>[a-z][\w-]*)\s+"
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})\s+[a-z]"
)
_OPENING_PHRASE = re.compile(
    r"^(?:[A-Z][a-z]+(?:ing|ed)|After|Before|During|Earlier|Later|At|In|On)\b[^,“\"]{0,80},\s*"
)
# "..., team leader Alex Marek said": the words describing the speaker are not what was said.
# ("The mill, built in 1890, will reopen in May, the firm said": a verb opens what the subject
# does, said with it)
_DESCRIBING_TAIL = re.compile(
    r",\s+(?!(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)\s)"
    r"(?:[a-z][\w’'-]*\s*){1,4}$"
)


def _without_describing_tail(before: str, set_off: bool) -> str:
    """What was said before the speaker, without the words describing the speaker ("..., team leader
    Alex Marek said", "..., her brother Bo Lund said"); a tail of something the sentence owns, set
    off by commas ("..., its old stronghold, KBN reported": the towns'), is what was said."""
    tail = _DESCRIBING_TAIL.search(before)
    if tail is None:
        return before
    words = tail[0].strip(" ,").split()
    if set_off and words[0] in {"its", "their", "his", "her"} and not is_post_word(words[-1]):
        return before
    return before[: tail.start()]


def _quoted_spans(sentence: str) -> list[tuple[int, int]]:
    """Where the sentence quotes someone: a reporting verb in there is part of the quote."""
    sentence = paired(sentence)  # as long as the sentence: the spans stand for its own
    spans = [(m.start() + 1, m.end() - 1) for m in re.finditer(r"“[^”]*”", sentence)]
    opened = sentence.rfind("“")
    if opened > sentence.rfind("”"):
        spans.append((opened + 1, len(sentence)))  # a quote going on into the next paragraph
    return spans


# A sentence that opens with a name and a description of it: "Doug Pruitt, director of ...".
# "(Orla) resident and baker Bo Lund": lower-case words describing the one named after them.
_DESCRIBED_NAME = re.compile(
    r"\s+(?P<words>(?:[a-z][\w-]*\s+){1,3})(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})\b"
)
_LEAD_NAME = re.compile(r"^(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+(?:(?:a|an|the)\s+)?[a-z]")


# The people of a body who speak for it, and its name before them with its acronym in brackets.
_GROUPS_OF_A_BODY = {"officials", "staff", "spokesman", "spokeswoman", "spokesperson", "investigators"}
_BODY_WITH_ACRONYM = re.compile(
    r"(?P<body>[A-Z][\w.’'&-]*(?:\s+(?:[A-Z][\w.’'&-]*|of|and|for))*)\s+\([A-Z]{2,8}\)\s+$"
)


_MEDIA_KIND_AFTER = re.compile(
    r"(?<=[A-Z\d])\s+(?:(?:news|TV|television|radio)\s+(?:channel|station|network|outlet)|newspaper|broadcaster)$"
)


# A name, then "the" and a post ending in a lower-case word, with no comma between.
_NAME_THEN_POST = re.compile(r"^((?:[A-Z][\w’'.-]*\s+){1,3}?[A-Z][\w’'.-]*)\s+(?:the|a|an)\s+\S.*\s[a-z]+$")


_NAME_OF_THE = re.compile(
    r"(?<![\w’'-])[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}\s+of\s+the\s+(?:[a-z]+\s+){1,3}$"
)


# A quote's close, a name, a comma, then a post in lower case that runs to the verb with no comma
_QUOTE_NAME_THEN_POST = re.compile(r"[”\"],?\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+$")
_QUOTE_NAME_POST_AT = re.compile(
    r"[”\"],?\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+the\s+(?P<post>[A-Z][a-z]+)"
    r"(?:\s+[\w’'-]+){0,8}?\s+(?:at|of|for|in)\s+$"
)
_QUOTE_NAME_UNCLOSED_POST = re.compile(
    r"[”\"]\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,2}),\s+(?:the\s+|an?\s+)?"
    r"(?:[a-z][\w-]*\s+){1,6}$"
)


# A name opening the sentence, a comma, then a post of a portfolio and the body it is held at, with
# no comma before the verb: "Ana Ruiz, Head of Parks and Play at the Kessel Trust said:", "Bo Lund,
# director of sales for Orla Mills says"; the one named speaks, not the body
_NAME_POST_AT_BODY = re.compile(
    r"(?:^|(?<=[.;:”\"]\s))[“\"]?(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,2}),\s+"
    r"(?:[A-Z][a-z]+|[a-z]+)(?:\s+[A-Za-z]+)?\s+(?:of|for)\s+[^,;:“”\"]{2,60}?\s+(?:at|for|with)\s+$"
)


# A name of two to four words opening the sentence, a comma, then what the one named is, with an
# article and in lower case, up to the verb with no comma ("Bo Lund, a professor at Orla University
# said", "Ana de Vries, the town's baker says"); not a phrase of time or place ("In Orla, the mayor")
_NAME_UNCLOSED_APPOSITIVE = re.compile(
    r"[“\"]?(?:(?:But|And|Yet)\s+)?"
    r"(?!(?:In|On|At|For|By|From|After|Before|Since|During|Across|Along|Around|Near|Outside|Inside|Under|Over"
    r"|Through|Throughout|Within|Despite|Following|Ahead|Unlike|Like|Among|Amid|Beyond|Until|To|With|Of|Once"
    r"|If|Although|Though|Because|When|While|Where|As|Last|This|Next|Earlier|Later|Meanwhile|However|Also"
    r"|Speaking|According|Today|Yesterday|Now|Still|Even|Only|So|Then)\b)"
    r"(?P<name>[A-Z][a-z’'-]+(?:\s+(?:(?:de|van|von|da|del|der|den|di|du|la|le|al|bin|ibn)\s+)?[A-Z][\w’'.-]*){1,3}),"
    r"\s+(?:a|an|the)\s+(?:[a-z][\w’'-]*\s+){0,5}[a-z][\w’'-]*"
    r"(?:\s+(?:at|of|for|with|from|in)\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w’'.&-]*){0,5})?"
)


# A name opening the sentence (or after "In a statement"), a comma, then a post in lower case with no
# article, before the body it is held for and no comma before the verb: "In a statement Bo Lund, site
# manager for Kessco at Orla said:"; the one named speaks, not the body. Two posts joined by "and"
# are hers too ("Bo Lund, president and chief executive of Kessco said").
_NAME_BARE_POST = re.compile(
    r"(?:^|(?<=[.;:”\"]\s)|^In\s+an?\s+(?:statement|letter|e-?mail|interview),?\s+)[“\"]?"
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,2}),\s+"
    r"(?P<post>(?:[a-z][\w-]*\s+){0,2}(?:and\s+(?:[a-z][\w-]*\s+){0,2})?[a-z][\w-]*)\s+$"
)


# A name opening the sentence, a comma, then a post in lower case and what it is of, with no comma
# before the verb: "Cllr Bo Lund, cabinet member for parks and roads said:", "Ana Ruiz, head of
# libraries says" (the post's last words read as the subject; the one named speaks)
_NAME_LOWER_POST = re.compile(
    r"[“\"]?(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+"
    r"(?P<post>[a-z][\w-]*(?:\s+[a-z][\w’'-]*){1,7})"
)


# One named by a noun before "for" or "of" ("a spokesperson for", "The union for", "the head of").
# ("the Orla-based federation of growers said": where the one body is based, before its noun)
_UNNAMED_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?P<based>[A-Z][\w’'.-]*-based\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<noun>[a-z][\w-]*)\s+$"
)
_SPEAKS_FOR = {
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "representative",
    "official",
    "source",
    "statement",
}
_ADVERB_BEFORE_VERB = re.compile(
    r"(?<=\w)(?:\s+(?:has|have|had))?\s+(?:further|also|later|again|earlier|then|additionally|subsequently|previously|similarly"
    r"|separately|likewise|recently|repeatedly|publicly|privately|firmly|strongly|clearly|openly|initially"
    r"|finally|reportedly|originally|once\s+again|however|meanwhile|too)$"
)


# "Ana Ruiz, from the ...", "Bo Lund, of the ...": a person's name (two or three words) and where
# they are from, right before the subject a verb of saying follows
_PERSON_FROM = re.compile(
    r"(?:^|(?<=[.,;:]\s))(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'.-]*){1,2}),\s+(?:from|of|at|with)\s+$"
)


_PEOPLE_OF_BEFORE = re.compile(
    r"\b(?P<people>[Tt]he\s+(?:[a-z]+\s+)?(?:organi[sz]ers|residents|families|parents|fans|visitors|neighbou?rs"
    r"|volunteers|participants))\s+(?:of|at|from)\s+[^,;:“”\"]{1,80}$"
)
_NAME_BEFORE_COMMA = re.compile(r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'.-]*){0,2}),\s+$")


def _speaker(match: re.Match[str], sentence: str) -> str:
    groups = ["according", "passive", "appositive", "apposed", "subject", "inverted_owned", "inverted"]
    groups += ["possessed", "titled", "posted"]
    groups += ["dashed", "inverted_for", "inverted_unnamed"]
    groups.append("inverted_plain")
    groups += ["resumed", "resumed_plain", "inverted_post", "inverted_one"]
    speaker = next((match[g] for g in groups if match[g]), "")
    pronoun = re.search(
        r"\b(?:after|before|when|because|as|since|until|while|once|although|though|but|yet|(?<=[a-z,;]\s)and)"
        r"\s+(?P<who>it|he|she|they)$",
        speaker,
    )
    if match["subject"] and pronoun is not None:
        # "The club will close on Friday after it revealed ...": the pronoun of a clause of time or
        # cause speaks, not the words before its conjunction ("Ana Ruiz said ..., but she said ...",
        # "... were high and he said ...": a clause of its own, its pronoun the subject)
        speaker = pronoun["who"]
    lead = _LEAD_NAME.match(sentence)
    if match["apposed"] and lead and lead.end() < match.start("apposed"):
        # "Doug Pruitt, director of services at a company, Kessel Energy, said": the person
        # the sentence opens with speaks; the body named after is where they work
        speaker = lead["name"]
    if match["subject"] and speaker.islower():
        # "Ana Ruiz of the harbour board of trustees said": the person named before the board in
        # lower case (whose name is longer than the subject's words can run)
        person = _NAME_OF_THE.search(sentence[: match.start("subject")])
        speaker = sentence[person.start() : match.end("subject")] if person else speaker
        # "“...,” Ana Ruiz, head of sales at the market said": a quote, the name, then her post
        # set off by one comma only (its closing comma left out); the one named speaks
        unclosed = _QUOTE_NAME_UNCLOSED_POST.search(sentence[: match.start("subject")])
        speaker = unclosed["name"] if unclosed and not person else speaker
    before_subject = sentence[: match.start("subject")] if match["subject"] else ""
    named_first = _QUOTE_NAME_THEN_POST.search(before_subject) if match["subject"] else None
    if named_first is not None and re.match(r"the\s+[A-Z]", speaker) and is_post_word(speaker.split()[1]):
        # "“...,” Dr Ana Ruiz, the Director of Water at the Ministry said.": the one named speaks,
        # her post after her name with no comma before the verb
        speaker = named_first["name"]
    held = _QUOTE_NAME_POST_AT.search(before_subject) if match["subject"] else None
    if held is not None and re.match(r"the\s+[A-Z]", speaker) and is_post_word(held["post"]):
        speaker = held["name"]  # (or the body she is at, its name read as the subject)
    if (
        match["subject"]
        and not speaker.islower()
        and (held_at := _NAME_POST_AT_BODY.search(sentence[: match.start("subject")])) is not None
    ):
        speaker = held_at["name"]  # "Ana Ruiz, Head of Parks at the Kessel Trust said:": she speaks
    unclosed = (
        _NAME_UNCLOSED_APPOSITIVE.fullmatch(sentence[: match.end("subject")]) if match["subject"] else None
    )
    if unclosed is not None:
        # "Bo Lund, a professor at Orla University said that": the one the sentence opens with
        # speaks, what she is set off by one comma only (its closing comma left out)
        speaker = unclosed["name"]
    lower_post = (
        _NAME_LOWER_POST.fullmatch(sentence[: match.end("subject")].rstrip())
        if match["subject"] and speaker.islower()
        else None
    )
    if lower_post is not None and any(
        is_post_word(word) or word in {"member", "councillor", "councilor"}
        for word in lower_post["post"].split()[:3]
    ):
        speaker = lower_post["name"]  # "Cllr Bo Lund, cabinet member for parks said:": she speaks
    if match["subject"] and re.match(r"(?:for|of)\s", speaker):
        # "a spokesperson for the council said": the body the one unnamed speaks for; "The union for
        # secondary school teachers says": the union
        held = _UNNAMED_BEFORE.search(sentence[: match.start("subject")])
        named = _NAME_BARE_POST.search(sentence[: match.start("subject")])
        if held is None and named is not None and any(is_post_word(word) for word in named["post"].split()):
            speaker = named["name"]  # "Bo Lund, site manager for Kessco said": the one named
        elif held is not None and held["noun"].lower() in _SPEAKS_FOR:
            speaker = speaker.split(None, 1)[1]
        elif held is not None:
            speaker = f"the {held['based'] or ''}{held['noun']}"
    elif match["subject"] and not speaker.islower():
        # "Bo Lund, head chef at Kessel Grill said": the one named, her post held at the body
        held_at_body = re.sub(r"\s+at\s+(?:the\s+)?$", " ", before_subject)
        at_body = _NAME_BARE_POST.search(held_at_body) if held_at_body != before_subject else None
        if at_body is not None and any(is_post_word(word) for word in at_body["post"].split()):
            speaker = at_body["name"]
    joined = re.match(r"(?:from|of|at|with)\s+", match["subject"] or "")  # "Bo Lund, of the union said"
    before = sentence[: match.start("subject")] + (joined[0] if joined else "") if match["subject"] else ""
    if match["subject"] and (people := _PEOPLE_OF_BEFORE.search(sentence[: match.start("subject")])):
        # "the organisers of the Kessel festival in Orla said": those people, unnamed (the event
        # and its town only say whose organisers they are)
        speaker = people["people"]
    elif match["subject"] and speaker in CREDENTIALS and (person := _NAME_BEFORE_COMMA.search(before)):
        speaker = person["name"]  # "Bo Lund, CPA stated": the person whose credential it is
    elif match["subject"] and (person := _PERSON_FROM.search(before)):
        # "Ana Ruiz, from the Kessel Ferry Users' Group says": the person, the body only where they
        # are from (its closing comma left out)
        speaker = person["name"]
    speaker = re.sub(r"^(?:[Tt]he)\s+", "the ", speaker.strip())
    # "Cllr Ana Ruiz (Lab) argued", "Bo Lund (D-Ore.) said": the one named, without her party's mark
    speaker = re.sub(rf"(?<=[a-z])\s+{_PARTY_MARK}$", "", speaker)
    if speaker.endswith(".") and not re.search(r"\b(?:[A-Z]|Jr|Sr|Inc|Ltd|Co|Corp)\.$", speaker):
        speaker = speaker[:-1]  # "..., said Tavola." ends the sentence, not the name
    # "When asked he said", "When contacted Ana Ruiz said": a clause of a participle opening the
    # sentence with no comma after it is no part of the speaker
    speaker = re.sub(
        r"^(?:When|If|Once|After|Before|Although|Though|While|Until)\s+[a-z]+(?:ed|ing|en)\s+(?=(?:he|she|they|it)\b|[A-Z])",
        "",
        speaker,
    )
    # "But KXYZ 5 pressed him and discovered that": a conjunction opening the sentence is no name's
    speaker = re.sub(r"^(?:[A-Z][a-z]+ly|Also|Meanwhile|Previously|However|But|And|Yet),?\s+", "", speaker)
    speaker = re.sub(r"\s+(?:on|in|at)$", "", speaker)  # "Sahni on October 15 said"
    if match["subject"]:
        # "The fire chief further explained that", "Ana Ruiz also disclosed that": an adverb between
        # the speaker and the verb is no word of the speaker's
        speaker = _ADVERB_BEFORE_VERB.sub("", speaker)
    if match["according"]:
        # "according to Ana Ruiz the Harbour Board's science officer": her post after her name with
        # no comma between
        speaker = _NAME_THEN_POST.sub(r"\1", speaker)
    if match["according"] and re.match(r"^the\s+[A-Z]", speaker):
        # "according to the Kessel Park website": the body whose site it is ("the K9 dog welfare
        # website": what the site is about, in lower case, no word of its name)
        speaker = re.sub(r"(?:[’']s)?(?:\s+[a-z][\w-]*){0,3}?\s+(?:web\s*)?(?:site|website)$", "", speaker)
        # "according to the KHA notification", "the Kessel Port circular": the body whose document
        # it is (the document says nothing of its own)
        speaker = re.sub(
            r"(?<=[A-Za-z])(?:[’']s)?\s+(?:(?:latest|new|official|recent|written|formal)\s+)?"
            r"(?:notification|notice|circular|letter|memo|memorandum|order|directive|statement|press\s+release"
            r"|release|bulletin|filing|document|advisory|gazette|announcement|decision|ruling|determination)$",
            "",
            speaker,
        )
        speaker = re.sub(r"^the\s+(?=[A-Z]{2,}$)", "", speaker)  # "the KHA notification": the KHA's
    speaker = re.sub(r"^\w+\s+by\s+(?=(?:the\s+)?[A-Z])", "", speaker)  # "Testing by the CDC shows that"
    if match["according"]:
        # "according to KHA estimates", "according to Kessel Port figures": the body whose count it is
        speaker = re.sub(
            r"(?<=[A-Za-z])(?:[’']s)?\s+(?:estimates?|figures|data|records|statistics|projections|calculations|"
            r"numbers|counts?|tallies|tally)$",
            "",
            speaker,
        )
    where = next((match.start(g) for g in groups if match[g]), -1)
    bracketed = _BODY_WITH_ACRONYM.search(sentence[:where]) if speaker in _GROUPS_OF_A_BODY else None
    if bracketed is not None:
        # "Kessel Harbour Board (KHB) officials said": the body's name, its acronym in brackets
        speaker = f"{bracketed['body']} {speaker}"
    # "Local KXYZ news channel reported": the outlet, without what it is
    speaker = _MEDIA_KIND_AFTER.sub("", re.sub(r"^Local\s+(?=[A-Z])", "", speaker))
    if speaker.split()[-1:] and speaker.split()[-1].lower() in {"and", "also"}:
        # "Moretti classified the storm as moderate and said": the sentence's subject speaks.
        # "Speaking at a press conference, Merrit praised ... and said": after the opening phrase.
        opened = _OPENING_PHRASE.sub("", sentence.lstrip(' “"'), count=1)
        opened = re.sub(r"^(?:But|And|Yet)\s+(?=[A-Z])", "", opened)
        posted = _POSTED_SUBJECT.match(opened)
        if posted is not None and is_post_word(posted["post"]):
            # "Club finance officer Ana Ruiz praised the crews and said": the one named after her
            # post, not the body whose post it is
            return posted["name"]
        # "KXYZ 5 pressed him and discovered that": a station's name may end in its channel's number
        subject = re.match(
            r"^(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:\s+\d{1,2}(?=\s+[a-z]))?", opened
        )
        described = _DESCRIBED_NAME.match(opened[subject.end() :]) if subject else None
        if described is not None and any(
            word in {"resident", "native"} or is_post_word(word) for word in described["words"].split()
        ):
            return described["name"]  # "Orla resident and baker Bo Lund has ... and said": the one named
        return subject[0] if subject else "he"
    return speaker


# A clause heard by those who "were told": "that ...", or a subject and its verb ("the road would
# close"; not "to leave the ship", an order).
_A_CLAUSE = re.compile(
    r"(?:that\s|(?!to\s)(?:\S+\s+){0,6}?(?:was|were|is|are|had|has|have|would|could|should|will|did|must|can"
    r"|cannot|may|might)\b)"
)


def _told(match: re.Match[str], sentence: str) -> re.Match[str] | None:
    """ "told Xinhua that", "told CNN’s Kim Adler on Monday that", "told reporters": who was told."""
    if (match["appositive"] or match["dashed"]) and (told := _TOLD.match(sentence, match.end())):
        return told
    verb = match["verb"] or match["apposed_verb"] or ""
    if verb == "told" and match["subject"] and re.search(r"\b(?:was|were)$", match["subject"]):
        return None  # "Members of the board were told the road would close": they heard it, told no one
    if verb in {"told", "tells", "tell"}:
        return _TOLD.match(sentence, match.start("verb") if match["verb"] else match.start("apposed_verb"))
    return None


def _quote_before(before: str) -> str | None:
    """The quote that ends right where the attribution starts: “...,” the ministry said; also with
    words describing the speaker between, after a quote that ends in a comma or a stop: “...,”
    60-year-old shipping clerk Leon Tate said today, “...,” Kessel University student Ana Ruiz told
    the paper."""
    closing = re.search(r"([”\"]),?\s*$", before) or re.search(
        # (the words may name where the speaker works or studies: "Kessel University student")
        r"[,.!?]([”\"])\s*(?:[A-Za-z0-9][\w’'-]*\s+){0,4}[a-z0-9][\w’'-]*$",
        before,
    )
    if closing is None:
        return None
    end = closing.start(1)
    opening = paired(before).rfind("“", 0, end)  # also a quote opened “ and closed "
    if opening < 0:
        return None
    quote, lead = before[opening + 1 : end].strip(" ,"), before[:opening].rstrip()
    if quote[:1].islower() and len(lead.split()) >= 3 and re.search(r"[a-z0-9]$", lead) and "“" not in lead:
        # "The crew was tired but in “good heart”, she said", "the scan found 12 “hot spots,” which
        # ..., she said": quoted words inside what was said, after a word or a count
        return None
    return quote


# Verbs that report a thing as well as a statement: "reported a jump", "announced a plan" (the whole
# sentence is the claim; "reported that ..." is a statement).
_ACTS = {"reported", "reports", "announced", "announces", "confirmed", "confirms", "revealed", "reveals"}
# What such a verb acts on: "a sharp jump", "its results", "discovery of a coin".
_ACT_OBJECT = re.compile(r"\s+(?:(?:a|an|the|its|their|\d)\b|[a-z]+\s+of\b)")


# The most words a speaker's description may take between a quote and its verb ("“...,” 60-year-old
# shipping clerk Leon Tate said"): more, and the quote only opens what was said.
_WORDS_AFTER_QUOTE = 8


# A sentence's opening phrase of when or where: "On Monday at the hearing", "Late last night",
# "Tuesday in court".
_OPENING_WHEN = re.compile(
    r"^(?:(?:On|In|At|During|After|Before|Since|Late|Earlier|Later|Last|This|Yesterday|Today|Overnight)\b"
    r"|[A-Z][a-z]+day\b)"
)


# A post in lower case and the body it is in, set off before the speaker's name at a sentence's end:
# ", former manager of the Kessel Water Board (KWB)", ", chair of Orla Rowers"
_POST_OF_A_BODY = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}(?P<post>[a-z][\w-]*)\s+(?:of|at|for|with)\s+(?:the\s+)?"
    r"[A-Z][\w’'.&-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w’'.&-]*)*(?:\s+\([A-Z][A-Za-z]{1,8}\))?$"
)


# After a speaker set off by commas inside a sentence, the clause going on: its agent, its verb or
# its infinitive ("..., she said, by a strike", "..., she said, is to open ...").
_SET_OFF_GOES_ON = re.compile(
    r"^\s*,\s+(?:by|is|was|are|were|will|would|could|should|can|may|might|must|has|have|had|to)\s[^“”\"]{3,}$"
)

# A subject of a few words opening a sentence, then a comma: "The work,", "Her biggest worry,"
_SHORT_SUBJECT = re.compile(
    r"\s*(?:The|This|That|Its|Their|His|Her|Our|My|Each|Every|One)(?:\s+[a-z][\w-]*){1,3},\s*"
)
# A verb in the present's third person or the past after it ("means", "needed"), then the clause
_SET_OFF_VERB = re.compile(r"^\s*,\s+[a-z]{2,}(?:s|ed)\s[^“”\"]{3,}$")


def _what_was_said(match: re.Match[str], sentence: str, before: str) -> tuple[str, str | None]:
    """What the speaker says (the words after the verb, the quote before it, or the sentence before
    "X said"), and who relays it (the one told, "as quoted by")."""
    told = _told(match, sentence)
    after = sentence[told.end() :] if told else sentence[match.end() :]
    telling = (match["verb"] or match["apposed_verb"] or "") in {"told", "tells", "tell"}
    if (told or telling) and (heard := _TOLD_WHEN.match(after)):
        after = after[heard.end("when") :]  # "told state television last night that ...": what is said
    if (match["appositive"] or match["dashed"]) and not told:
        # "Lee, the mayor, said that ...": past the verb
        after = re.sub(rf"^(?:{_VERBS}|agreed)\b", "", after)
    relay = _AS_QUOTED.match(after)
    # ("..., the paper reported today.)": a sentence set in brackets closes after its verb)
    rest = after.strip(" ,.:")
    if rest.endswith(")") and rest.count(")") > rest.count("("):
        rest = rest[:-1].rstrip(" ,.:")
    said = _SAID_LEAD.sub("", rest, count=1)
    # "said that, in her view, ...": what "that" opens is said, however it begins
    # (so does "that" before a time: "says that on May 3 it will ...")
    that_led = (
        # ("states that as a result of the drought, fires are ...": a clause of cause or time opening it)
        re.match(
            r"^that(?:,\s|\s+(?:on|in|from|by|at|after|before|until|during|as|while|because|since|although"
            r"|though|when|once|if|unless|due|despite|following)\s)",
            after.strip(" ,.:"),
        )
        is not None
    )
    quote = _quote_before(before)
    if quote is not None and re.match(r"[“\"]", said) and re.search(r"\w[”\"]\s*$", before):
        # "The “deeply upset” Orla Choir said: “...”": a fragment quoted before the subject describes
        # it; the quote after the verb is what was said
        quote = None
    if quote is not None:
        said = quote  # "“...,” the ministry said."
    elif (
        re.search(r"\w,\s*$", sentence[: match.start()])
        and not re.search(r"[“”\"]", sentence)
        and (
            _SET_OFF_GOES_ON.match(after)
            # "The work, she said, means the plant will close": a short subject set off, then its verb
            or (_SHORT_SUBJECT.fullmatch(sentence[: match.start()]) and _SET_OFF_VERB.match(after))
        )
    ):
        # "The delay was made worse, she said, by a strike", "Her aim, she said, is to ...": the
        # speaker set off inside a clause that goes on after: the whole sentence, as written
        said = sentence.strip().rstrip(".!")
    elif (
        relay is not None
        or match["inverted"]
        or match["inverted_owned"]
        or match["possessed"]
        or match["titled"]
        or match["posted"]
        or match["inverted_plain"]
        or match["inverted_for"]
        or match["inverted_unnamed"]
        or match["inverted_post"]
        or match["inverted_one"]
        or not said
        or (not that_led and _ONLY_CIRCUMSTANCE.match(said))
        or (
            not that_led
            and re.search(r",\s*$", sentence[: match.start()])
            and _CIRCUMSTANCE_AFTER.match(said)
        )
        or _PARTICIPLE_AFTER.match(after)
        # ("..., Ana Ruiz said in a report, because ...": a circumstance of the saying, then a reason)
        or re.match(
            r"^\s*(?:(?:on|at|in|during|via|by)\s(?![^,“”\"]*\bthat\b)[^,“”\"]{1,40})?,\s*"
            r"(?:because|as|since|although|though|but|while)\b",
            after,
        )
        # "Sales are up 9 percent, she said, and the queues are shorter": hers before, and after
        # "and" a clause of its own that goes on saying it (`_said_on_after`)
        or (
            re.search(r",\s*$", sentence[: match.start()])
            and re.match(r"^\s*,\s*and\s+" + _SAID_ON_SUBJECT, after)
        )
    ):
        # "..., Chen said at a conference Tuesday.": what comes before.
        opening = _QUOTE.match(sentence.lstrip())
        if opening and len(before.lstrip()[opening.end("quote") + 1 :].split()) > _WORDS_AFTER_QUOTE:
            # "“Publish or perish,” a saying ..., expresses the fact that ..., Lund noted": the
            # quote opens what was said, which goes on to the attribution
            opening = None
        set_off = re.search(r",\s*$", sentence[: match.start()]) is not None
        said = opening.group("quote").strip(" ,") if opening else _without_describing_tail(before, set_off)
    if match["verb"] in _ACTS and match["subject"] and _ACT_OBJECT.match(after):
        said = sentence[match.start("subject") :].strip(" .")  # "China has reported a sharp jump in ..."
    if told or telling:
        # "told the Orla Post of her exit, saying that ...": what the telling was of, then the words
        said = re.sub(r"^(?:of|about)\s+[^,;“”\"]{2,60},\s+saying\s+(?:that\s+)?(?=\S)", "", said)
    if match["verb"] in {"warns", "warned"}:
        said = re.sub(r"^of\s+", "", said)  # "It warned of heavy rain"
    if match["verb"] in {"warns", "warned", "cautions", "cautioned"} and re.match(r"against\s+[a-z]", said):
        # "warned against buying old boats": advice not to, the verb part of what was said (not
        # "Against buying old boats", a phrase of no one's)
        said = f"{match['verb']} {said}"
    if match["verb"] in {"denies", "denied"} and not re.match(r"\s*that\b", after):
        said = sentence[match.start("subject") :].strip(" .")  # "She has denied infecting them"
    via = told["via"] if told and told["via"] else relay["via"].rstrip(".") if relay else None
    if told and via and re.search(_LISTENING_BODY, via):
        via = None  # "told Kessel Town Council that ...": a body that hears it relays nothing
    if via and via.endswith(".") and not re.search(r"\b[A-Z]\.$", via):
        via = via[:-1]  # "she told KRN.": the sentence's stop, not the name's ("U.S." keeps its own)
    tail = _AS_QUOTED_TAIL.search(said)
    if tail and via is None:
        said, via = said[: tail.start()], tail["via"].rstrip(".")
    if via and re.search(r"[’']s\s", via):
        via = re.split(r"[’']s\s", via)[0]  # "CNN’s Kim Adler": the outlet relays it
    return said, via


def _reaching_further(match: re.Match[str], general: list[Spoken]) -> Spoken | None:
    """A subject the general reading finds further back, past what stands between it and the verb
    ("The weather office in Lima said", not "Lima"), is the speaker."""
    if not match["subject"] or not match["verb"]:
        return None
    verb = match.start("verb")
    return next((g for g in general if g.verb == verb and g.start < match.start("subject")), None)


def _longer_name(match: re.Match[str], speaker: str, general: list[Spoken]) -> Spoken | None:
    """ "Mr Ana Ruiz of Seven Peaks, who led the climb, said": the name set off by commas ends a
    longer one the general reading found ("... of Seven Peaks"), which is the speaker."""
    if not match["appositive"]:
        return None
    return next(
        (g for g in general if g.verb == match.end() and g.speaker.endswith(" of " + speaker)),
        None,
    )


def _inside_what_was_said(match: re.Match[str], general: list[Spoken]) -> bool:
    """A verb that can be a participle ("timetables announced Feb. 3") whose subject begins after
    another reporting verb the general reading found: it is inside what that speaker said."""
    return bool(
        match["subject"]
        and match["verb"] in {"announced", "reported", "confirmed", "stated", "estimated"}
        and any(g.verb < match.start("subject") and g.said for g in general)
    )


def _checked_against(found: list[Said], general: list[Spoken]) -> list[Said]:
    """The patterns' findings, with what the general reading adds: a sentence the patterns found
    nothing in, "..., said witnesses" (the patterns take "witnesses" for what was said), and a
    second statement of the same speaker ("... that the ruling was wrong and said he would
    appeal")."""
    if not found:
        return [Said(g.speaker, g.said) for g in general]
    inverted = [g for g in general if any(f.said.strip(" .") == g.speaker for f in found)]
    if inverted:
        return [Said(g.speaker, g.said) for g in inverted]
    out: list[Said] = []
    for item in found:
        for other in found:
            # "the repairs would be quick, but one parent said ...": what was said ends where
            # the clause of another speaker begins
            who = re.sub(r"^(?:but|and|while)\s+", "", other.speaker)  # ("but one parent": the subject)
            joined = re.search(rf"(?:,\s+(?:but|and|while)|;)\s+{re.escape(who)}\s", item.said)
            if other is not item and other.speaker and joined is not None and joined.start() > 0:
                item = Said(item.speaker, item.said[: joined.start()], item.via)
        first, _, more = item.said.partition(" and said ")
        if more and "“" not in more and '"' not in more:
            out += [Said(item.speaker, first, item.via), Said(item.speaker, more, item.via)]
        else:
            out.append(item)
    return out


# "It was reported the vessel was taking on water": said, by no one named.
_IMPERSONAL = re.compile(
    r"^\s*It\s+(?:was|is|has\s+been|had\s+been)\s+(?:reported|announced|confirmed|said|stated)\s+"
    # ("It was confirmed earlier this year that", "It was announced on Monday that": a time between)
    r"(?:(?:(?:earlier|later|last|this|on|in|at)\s+[^“”\",;]{2,30}?|yesterday|today)\s+that\s+|(?:that\s+)?)"
    r"(?=[a-z]+\s|[A-Z])"
)


# A clause of others doing something set off at the end with "with": "..., with the board pointing
# to the cost", "..., with residents saying ..." (its subject, then a participle).
_WITH_OTHERS_DOING = re.compile(r",\s+with\s+(?:the\s+)?(?:[\w’'.&-]+\s+){1,4}?[a-z]+ing\b")


# The same after a phrase of when: "After the hearing it was stated that the road stays shut."
_IMPERSONAL_AFTER = re.compile(
    r"^\s*(?:Following|After|During|At|Before|Since|Upon)\s[^“”\",;]{3,160}?,?\s+it\s+"
    r"(?:was|has\s+been|had\s+been)\s+(?:reported|announced|confirmed|said|stated)\s+that\s+(?=[a-z]+\s|[A-Z])"
)
# A clause's subject, what it does, then "and said": "..., the board of the Kessel Trust is keeping
# its fees and said it would review them": the subject says what follows (the people who run a body
# speak for it: "the administration of", "the management of")
_SUBJECT_AND_SAID = re.compile(
    r"(?:^|,\s+)(?:the\s+(?:administration|management|leadership|board|staff)\s+of\s+)?"
    r"(?P<who>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,5})\s+"
    r"(?:is|are|was|were|has|have|had)\s+(?:[a-z][\w’'-]*\s+){1,12}?and\s+(?:said|says|stated|announced)\s+"
    r"(?:that\s+)?(?P<said>(?:it|they|the|its)\s[^“”\"]{8,}?)[.!]?\s*$"
)
# A headline that says who says it after or before a colon: "Four tornadoes touched down: NWS",
# "Coast Guard: 1,400 gallons of oil spilled". A headline has no full stop; a label before a colon
# ("Update:", "Watch:", "Source:") names no one.
_HEADLINE_SOURCE = re.compile(
    r"^(?:(?P<said>[A-Z][^:.;“”\"]{12,}?):\s+(?P<by>(?:[A-Z][\w&’'.-]*\s+){0,2}[A-Z][\w&’'-]*)"
    r"|(?P<by2>(?:[A-Z][\w&’'.-]*\s+){0,2}[A-Z][\w&’'-]*):\s+(?P<said2>[^:.;“”\"]{12,}?))\s*$"
)
_NOT_SOURCES = {
    *("update", "updated", "watch", "photo", "photos", "video", "source", "editor", "read", "opinion"),
    *("analysis", "breaking", "exclusive", "live", "explainer", "note", "caption", "credit", "related"),
    *("tags", "posted", "published", "contact", "email", "phone", "tel", "fax", "address", "listen"),
    *("review", "interview", "correction", "report", "poll", "quiz", "timeline", "factbox", "q&a"),
    *("see", "also"),  # "SEE ALSO: ...": a label above a link to another story
}


def headline_source(sentence: str) -> Said | None:
    """Who a headline says says it, before or after a colon; None when it names no one."""
    found = _HEADLINE_SOURCE.match(sentence.strip())
    if found is None:
        return None
    by, said = (found["by"], found["said"]) if found["by"] else (found["by2"], found["said2"])
    if by.split()[0].lower() in _NOT_SOURCES or by.split()[-1].lower() in _NOT_SOURCES:
        return None
    if len(said.split()) < 4:
        return None  # "Kestrix: Q1 Earnings Snapshot": a label, no statement
    if is_place(by) or towns.is_town(by):
        return None  # "Kessel: The council has ...": where the story is (a dateline), no one saying it
    return Said(by, said.strip())


# "claims from the troubled lender Acme that it was insolvent", "warnings by the Norland Weather Office
# that ...", "the claim of Councillor Ana Ruiz of the Green Party that ...": a statement named by its
# noun, the speaker after "from", "by" or "of" (and the body the speaker is of, after the name)
_CLAIMS_FROM = re.compile(
    r"\b(?:claims?|allegations?|warnings?|assurances?)\s+(?:from|by|of)\s+(?:(?:the|a|an)\s+)?"
    r"(?:[a-z][\w-]*\s+){0,4}(?P<who>[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4})"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,3})?\s+that\s+"
    r"(?P<said>[^.;“”\"]{10,}?)(?=,\s|[.;]|$)"
)
# "..., with officials saying (a day into the search) that ...": what they say, in a participle's clause.
_WITH_SAYING = re.compile(
    # (no comma needed before a part of a group: "reactions were split with most of the parents saying ...")
    r"(?:,\s+with\s+|\s+with\s+(?=(?:the\s+|a\s+)?(?:majority|most|many|some|several|half|minority|number)\s+of\s))"
    r"(?P<who>(?:the\s+)?[\w’'.&-]+(?:\s+[\w’'.&-]+){0,4}?)\s+saying\s+"
    r"(?:[^,“”\"]{0,80}?\s+that\s+)?(?P<said>[a-z][^;“”\"]{10,}?)\s*[.!?]?$"
)
# "Earlier, the board had voiced hope in a post, saying a deal was near": what the subject of an act
# says in the participle's clause after it; so too with another verb of saying and "that" ("...,
# stressing that", "emphasising that", "noting that").
_ACT_SAYING = re.compile(
    # ("But managers at the mill defended the closure, saying ...": a conjunction before the subject,
    # and the place those unnamed work at after it)
    r"^(?:[A-Z][a-z]+,\s+|(?:But|And|Yet)\s+(?=[a-z]))?"
    r"(?P<who>(?:[Tt]he\s+)?[A-Z]?[\w’'.&-]+(?:\s+[A-Z][\w’'.&-]*){0,5}"
    r"(?:\s+(?:officials|members|leaders|staff|spokesman|spokeswoman|spokesperson))?"
    r"(?:(?<=[a-z])\s+(?:at|of|from)\s+the\s+[a-z]+)?)\s+"
    # (a past tense not in -ed: "cast the only vote against, saying ...", "took the floor, saying ...")
    r"(?:(?:had|has|have|also)\s+)?(?:[a-z]+ed|cast|made|took|gave|sent|wrote|spoke|held|left|met|quit|rose"
    r"|sat|stood|struck|swore|threw|withdrew|won|lost|broke|chose|drew|fought|hit|led|paid|put|set|shut"
    # ("The growers sought a delay, saying ...": more past tenses not in -ed)
    r"|sought|brought|kept|spent|sold|began|ran|went|came"
    # ("would not comment on the sale, noting ...": an act left undone)
    r"|(?:did|does|would)\s+not\s+[a-z]+)\b"
    r"[^,;“”\"]{0,100},\s+"
    r"(?:saying\s+(?:that\s+)?|(?:noting|stressing|emphasi[sz]ing|insisting|arguing|explaining|"
    r"acknowledging|warning)\s+that\s+"
    # ("..., noting Li Wen was abroad until March": "that" left out before a clause with its verb)
    r"|noting\s+(?=(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?|he|she|it|they)\s+(?:is|was|are|were|has|had|would|will)\b))"
    r"(?P<said>(?:[a-z]|(?<=noting\s)[A-Z])[^;“”\"]{10,}?)\s*[.!?]?$"
)
# "The lawyer for the Kessel Ferry Users, Mr Tom Ree, who sat through the hearing, voiced anger at
# the ruling, stressing that ...": as above, the subject a post with the name set off after it (and
# a clause of "who"), the one named says it
_NAMED_ACT_SAYING = re.compile(
    r"^(?:The|A|An|Its|Their)\s+[a-z][^,;“”\"]{2,100}?,\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),(?:\s+who\s+[^;“”\"]{2,120}?,)?\s+"
    r"(?:(?:had|has|have|also)\s+)?[a-z]+ed\b[^,;“”\"]{0,100},\s+"
    r"(?:saying\s+(?:that\s+)?|(?:noting|stressing|emphasi[sz]ing|insisting|arguing|explaining|"
    r"acknowledging|warning)\s+that\s+)"
    r"(?P<said>[a-z][^;“”\"]{10,}?)\s*[.!?]?$"
)
# "In mitigation, Ana Ruiz, who was unrepresented, pleaded for leniency saying that ...": the
# sentence's subject (a name, a description of it set off by commas) does something, then says.
_SUBJECT_SAYING = re.compile(
    r"^(?:[A-Z][a-z]+(?:\s+[a-z]+){0,3},\s+)?(?!(?:The|A|An|This|That|It|He|She|They|We)\b)"
    r"(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})"
    # ("..., supported the bill, saying that": the participle set off by a comma after the act)
    r"(?:,\s+(?:who|a|an|the)\s+[^;“”\"]{2,100}?,)?\s+[a-z][^;“”\",]{0,120}?(?:,\s+|\b)(?:saying|stating)\s+"
    # "..., stating in her letter that": where the words were written
    r"(?:in\s+(?:his|her|their|its|a|an|the)\s+(?:[a-z]+\s+)?(?:letter|statement|e-?mail|note|post|notice|filing)\s+)?"
    r"that\s+"
    r"(?P<said>[a-z][^;“”\"]{10,}?)\s*[.!?]?$"
)
# "Stating that the fees would stay, Ana Ruiz asked the board to ...": what the subject named after
# an opening participle of saying says (its act after the comma is drafted as it is).
_OPENING_SAYING = re.compile(
    r"^(?:Stating|Saying|Noting|Stressing|Insisting|Arguing|Asserting|Warning|Claiming)\s+that\s+"
    r"(?P<said>[a-z][^;“”\"]{10,}?),\s+(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"\s+(?:also\s+)?(?:[a-z]+ed|said|told|asked|urged|gave|made|took|sent|wrote)\b"
)


def opening_saying(sentence: str) -> Said | None:
    """ "Stating that the fees would stay, Ana Ruiz directed ...": her words before her act, which is
    read as any sentence is; None when the sentence opens otherwise, or holds a quote."""
    opening = _OPENING_SAYING.match(sentence.strip())
    if opening is None or _quoted_spans(sentence):
        return None
    return Said(opening["who"], opening["said"].strip())


# "Bo Lund, 34, was fined after claiming he forgot the limit": what the sentence's subject, a name,
# gave as its reason or its account before or as it was dealt with (a short phrase quoted inside it
# no quote of its own)
_AFTER_CLAIMING = re.compile(
    r"^(?!(?:The|A|An|This|That|It|He|She|They|We|I)\b)(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})"
    r"(?:,\s+(?:\d{1,3}|(?:who|a|an|the)\s+[^;“”\"]{2,100}?),)?\s+[a-z][^;“”\"]{0,160}?\s+"
    r"(?:after|before|while)\s+(?:claiming|insisting|alleging|arguing|maintaining)\s+(?:that\s+)?"
    r"(?P<said>(?:he|she|they|it|there|the|his|her|their|its)\s(?:[^;“”\"]|“[^;“”\"]{1,60}”){10,}?)\s*[.!?]?$"
)
# "The board issued a statement on Monday admitting that the fee was wrong and announced that it
# would be refunded", "Yesterday, the museum released a statement confirming that ...", "The union
# has issued a statement blaming the landlord's neglect for the damp": what the body's statement
# says, in the participle's clause after it (and in a second verb of saying joined by "and"); a
# statement "announcing the results" with no clause of its own says nothing drafted here
_STATEMENT_SAYING = re.compile(
    r"^(?:[A-Z][a-z]+,\s+)?(?P<who>(?:[Tt]he\s+)?(?:[a-z]+|[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w’'.&-]*){0,7}))"
    r"(?:\s+\([A-Z]{2,8}\))?\s+(?:(?:has|had|have)\s+)?(?:issued|released|published|put\s+out)\s+"
    r"(?:a|an|its|their)\s+(?:(?:press|written|short|brief|formal|joint)\s+)?(?:statement|release)"
    r"(?:\s+(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|late|early|earlier|later))?,?\s+"
    r"(?:(?:admitting|acknowledging|attesting|confirming|saying|stating|announcing|denying|insisting|noting"
    r"|warning|claiming)\s+that\s+(?P<said>[a-z][^;“”\"]{10,}?)"
    r"(?:\s+and\s+(?:also\s+)?(?:announced|said|stated|added|confirmed|warned|noted|admitted)\s+that\s+"
    r"(?P<more>[a-z][^;“”\"]{10,}?))?"
    r"|(?P<blamed>blaming\s+[^;“”\"]{3,80}?\s+for\s+[^;“”\"]{5,}?))\s*[.!?]?$"
)
# "The mayor went further, promising to end the tolls by 2030", "Ana Ruiz spoke for an hour, vowing
# to rebuild the pier": what the subject of an act promises in the participle's clause after it
_PROMISING = re.compile(
    r"^(?!(?:The|This|That|These|Those|There|A|An)\b)(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
    r"\s+(?:(?:also|then|later|had|has)\s+)?(?:[a-z]+ed|went|came|made|gave|took|spoke|stood|wrote)\b"
    r"[^,;“”\"]{0,80},\s+(?:promising|vowing|pledging)\s+(?P<said>to\s+[a-z][^;“”\"]{10,}?)\s*[.!?]?$"
)
_WRITTEN_IN = re.compile(
    r"^in\s+(?:his|her|their|its|a|an|the)\s+(?:[a-z]+\s+)?(?:letter|statement|e-?mail|note|post|notice|filing|"
    r"submission|report),\s+(?=[“\"])"
)
# "Ana Ruiz was notified by Clerk Bo Lund that ...", "were told by the board that ...": the one who
# notified says what follows "that" (a post and a bracketed acronym may stand before the name)
_INFORMED_BY = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:notified|told|informed|advised|assured|warned)\s+by\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:\([A-Z]{2,8}\)|(?:of|for|and)\s+[A-Z][\w’'.&-]*|[A-Z][\w’'.&-]*)){0,7})"
    r"\s+that\s+(?P<said>[a-z][^;“”\"]{10,}?)\s*[.!?]?$"
)
# "The road reopened at noon, informed the district's works officer.": a clause, then a verb of
# informing its speaker after it (what the inverted readings of "said" leave unread)
_INFORMED_AFTER = re.compile(
    r"^(?P<said>[A-Z][^;“”\"]{10,}?),\s+(?:informed|intimated|apprised|opined)\s+"
    r"(?P<who>(?:the|a|an)\s+[^,;“”\"]{3,80}?)\s*[.!]?$"
)
# "Two men went door to door informing tenants that the rent would rise": what the ones going about
# told others, in a participle's clause with no comma; a subject naming no one is no one's
_INFORMING = re.compile(
    r"^(?P<who>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,8}?)\s+(?:[a-z]+ed|went|came|drove|ran|rode|moved)\b"
    r"[^,;“”\"]{0,80}?\s+(?:informing|telling|warning|assuring|reminding|notifying|advising)\s+"
    r"(?:(?:the|their|his|her|its|local|other)\s+)?[a-z]+\s+that\s+"
    r"(?P<said>[a-z][^;“”\"]{10,}?)\s*[.!?]?$"
)
# "..., with one grower telling reporters he sold nothing": a second speaker in a participle's
# clause, what they say a claim of its own
_WITH_TELLING = re.compile(
    r",?\s+with\s+(?P<who>(?:one|a|an|another|some|several|many|most|two|three)\s+[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?:saying|telling\s+(?:[a-z]+|the\s+[a-z]+))\s+(?:that\s+)?"
    r"(?P<said>(?:he|she|they|it|we|I|there|the|his|her|their)\s[^;“”\"]{10,}?)\s*[.!?]?$"
)
_ADDING = re.compile(
    r",\s+(?:adding\s+(?!to\b)(?:that\s+)?"
    # "..., said Ana Ruiz, noting that turnout was up": another verb of saying with "that"
    r"|(?:noting|explaining|stressing|emphasi[sz]ing|insisting|arguing|acknowledging|warning|saying)\s+that\s+)"
    # ("adding that the judge noted a “serious lapse”": a short phrase quoted inside is no quote of its own)
    r"(?P<more>[a-z](?:[^;“”\"]|“[^;“”\"]{1,60}”){10,}?)\s*[.!?]?$"
)

# Words that open a sentence as its subject and name no one.
_NO_ONE_NAMED = {
    "He",
    "She",
    "They",
    "It",
    "We",
    "I",
    "You",
    "The",
    "This",
    "That",
    "These",
    "Those",
    "Officials",
}
# One named who would not say something, as a sentence opens: "Ruiz declined to comment on ...".
_DECLINED = re.compile(
    r"^(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:refused|declined|would\s+not|did\s+not)\s+"
    r"(?:to\s+)?(?:comment|say|discuss|elaborate|confirm|speculate)\b"
)


# What stands before a plural noun, never before a verb: "any reports", "receiving reports".
_NOUN_BEFORE = re.compile(
    r"\b(?:any|no|some|many|several|these|those|such|more|fewer|new|[a-z]+ing|received|receives)\s+$"
)


# The rest of a list of lower-case words that ends the sentence: ", culture, radio and sports."
_LIST_TO_THE_END = re.compile(
    r"(?:,\s*[a-z][\w-]*(?:\s+[a-z][\w-]*)?)+,?\s+and\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*[.!]?\s*"
)
# A speaker read after "than": "lower than the board predicts", "more than Acme said it would".
_COMPARED_WITH = re.compile(r"^(?:[a-z]+\s+)?than\b")
# After "according to" a post: the name of the one who holds it, set off by commas, before what
# they say in lower case (", Tom Berg, prices fell").
_NAME_OF_THE_POST = re.compile(r"\s*,\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}),\s+(?=[a-z])")
# The name after a post that said it ("was announced by the Ports Minister, Ana Ruiz, at ..."), its
# closing comma left off or a stop after it.
_NAME_OF_THE_POST_BY = re.compile(
    r"\s*,\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})"
    r"(?=\s*[,.;]|\s*$|\s+(?:at|in|on|during|after|before|when|while|last|this|yesterday|today)\b)"
)
# What is left of "..., officials with the X said" when X was read as the speaker.
_PEOPLE_OF_A_BODY_TAIL = re.compile(
    r",?\s+(?:officials|spokes(?:man|woman|men|women|person|people)|staff|experts|members|investigators"
    r"|researchers|scientists|biologists|engineers|inspectors|officers)\s+(?:with|of|from|at)(?:\s+the)?$"
)


# A quote split by its speaker and a verb of saying: "“If I had to choose,” she said, “it would be May.”",
# "“The road is open,” said Ana Ruiz, “but the bridge is shut.”"
_SPLIT_QUOTE = re.compile(
    r"^\s*[“\"](?P<first>[^”\"]{8,}?),?[”\"]\s*,?\s+(?:[^“”\",.]{1,60}?\s+)?"
    r"(?:said|says|added|adds|explained|explains|continued|continues)(?:\s+[^“”\",.]{1,60}?)?\s*,\s*"
    r"[“\"](?P<second>[a-z][^”\"]{4,}?)[.,!?]?[”\"]?\s*$"
)


# A body's count or report as a sentence's subject, and what it shows: "New estimates released by
# the Kessel Statistics Office show ...", "The Harbour Board report shows that ...".
_BODY = r"(?:[A-Z][\w’'.&-]*\s+(?:(?:of|for|and|on)\s+)?){0,5}[A-Z][\w’'.&-]*"
_DOCUMENT = r"(?i:estimates|figures|data|numbers|statistics|reports?|study|survey|records|count|analysis)"
_SHOWS = r"(?:shows?|showed|suggests?|suggested|indicates?|indicated|found|finds)"
_BODYS_FIGURES_SHOW = re.compile(
    rf"^(?:(?:The|New|Recent|Latest|Preliminary|Annual|Official|new|recent|latest|preliminary|annual)\s+)*"
    # ("Reports of the Roads Office indicate that": the body whose reports they are)
    rf"{_DOCUMENT}\s+(?:(?:released|published|issued|compiled|gathered)\s+(?:[\w-]+\s+){{0,2}}?)?(?:by|from|of)\s+"
    rf"(?:the\s+)?(?P<who>{_BODY})\s+{_SHOWS}\s+(?:that\s+)?(?P<said>[^“”\"]{{10,}}?)\s*[.!]?\s*$"
    rf"|^(?:The|A)\s+(?:(?:new|latest|recent|annual)\s+)?(?P<who_>{_BODY})\s+{_DOCUMENT}\s+{_SHOWS}\s+"
    r"(?:that\s+)?(?P<said_>[^“”\"]{10,}?)\s*[.!]?\s*$"
)


# "..., data showed.", "..., official figures showed on Tuesday.", "..., figures from the Kessel Wool
# Board show.": a count says what comes before it; the body whose count it is, when one is named.
_DATA_SHOWED = re.compile(
    r",\s+(?:the\s+)?(?:(?P<who_before>(?:[A-Z][\w’'.&-]*\s+){1,4}?)|(?:[a-z]+\s+){0,2}?)"
    r"(?:data|figures|statistics|numbers|records)"
    rf"(?:\s+(?:released\s+|published\s+)?(?:from|by|of)\s+(?:the\s+)?(?P<who>{_BODY})"
    # ("figures published by the Kessel College of Nursing (KCN) Orla": its branch, "KCN Orla")
    r"(?:\s+\((?P<initials>[A-Z]{2,8})\)(?:\s+(?P<branch>[A-Z][\w’'-]+))?)?)?"
    r"\s+(?:showed|shows?|indicated|suggested|(?:have\s+|has\s+)?(?:stated|revealed)|state|reveal)"
    rf"(?:\s+on\s+[A-Z][a-z]+|\s+(?:{_WHEN}))?\s*[.!]?\s*$"
)


# People no name is given for who complain or bear witness, in the writer's words: "Many attested to
# being stranded", "Shops and other traders in town complained about ..." (the sentence is theirs,
# no one named; not "He complained", whose speaker is named before)
_UNNAMED_GRIEVANCE = re.compile(
    r"^(?!(?:He|She|They|We|I|It|You)\b)[A-Z][a-z]+(?:\s+(?:[a-z][\w-]*|and))*\s+"
    r"(?:complained|complain|attested|attest|grumbled|grumble|protested|lamented)\s+(?:about|of|to|over)\s+[a-z]"
)


# A day or a time set off by a comma before a quote: "on Thursday, “...”", "yesterday, “...”"
_TIME_BEFORE_QUOTE = re.compile(
    r"^(?:(?:on|last|early|late)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today"
    r"|this\s+(?:morning|afternoon|evening|week))(?:\s+(?:morning|afternoon|evening|night))?\s*,\s*(?=[“\"])"
)


# A speaker that opens a clause of time: "... on Monday after the telco announced that ...", "...
# since Acme said ...": the subject of the clause speaks, not the words before the conjunction
_CLAUSE_SUBJECT = re.compile(
    r"(?:^|\s)(?:after|before|when|since|until|because|once)\s+"
    r"(?P<rest>(?:the|its|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})$"
)


# "Local media reports Ana Ruiz has told them ...", "The Courier reported Ben Cole, the mayor, said
# ...": what a report says is itself someone's words, the one named inside speaks and the report relays.
_REPORTS = re.compile(r"\s+(?:reports|reported)\s+(?!that\b)")


_OWNER_AFTER_SOURCE = re.compile(
    r"^of\s+(?:the\s+)?(?P<body>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,5})\s+(?P<rest>[a-z][^;]{8,})$"
)


# "Ana Ruiz was reported to be in Lisbon, and ...": what is reported of the subject, by no one named
# (the sentence's first clause, before "and" or "but" or its end)
_REPORTED_TO_BE = re.compile(
    r"^\s*(?P<said>(?:The\s+)?[A-Z][^,;“”\"]{0,80}?\s+(?:was|were|is|are)\s+(?:reported|said|believed|rumou?red)"
    r"\s+to\s+(?:be|have)\s[^,;“”\"]{3,160}?)\s*(?=,\s+(?:and|but)\s|[.!]?\s*$)"
)


_RUNS_OVER_A_SPEAKER = re.compile(
    r",\s+[^,“”\"]{2,80}?\s(?:said|says|reported|told\s+\w+)(?:\s+[^,“”\"]{0,30})?$"
)


# "Ana Ruiz, who is the club captain said ...": a clause on the speaker whose closing comma is missing
_WHO_IS_UNCLOSED = re.compile(
    r"\b[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3},\s+who\s+(?:is|was)\s+(?:the|a|an|its|their)\s+[a-z][^,;“”\"]{2,60}?"
    r"(?=\s+(?:said|says|added|told)\s)"
)


# A few words quoted inside a clause, a lowercase word on both sides: "a “meet the growers” visit".
_SCARE_QUOTE = re.compile(r"(?<=[a-z]\s)“(?P<words>[^“”\"]{2,40})”(?=\s+[a-z])")


# An aside of the subject's on those the sentence names: "..., who he said were hit by the flood"
_ASIDE_ON_THOSE_NAMED = re.compile(
    r",\s+(?:who|which)\s+(?:he|she|they)\s+(?:said|says)\s+(?P<said>(?:were|was|are|is|had|have|has)\s[^,;“”\"]+)"
)


def find_attributions(sentence: str) -> Iterator[Said]:
    """Who says what (`_attributions`); a report of what someone named said is theirs, relayed."""
    sentence = _WHO_IS_UNCLOSED.sub(r"\g<0>,", sentence)
    found = list(_attributions(sentence))
    aside = _ASIDE_ON_THOSE_NAMED.search(sentence)
    if aside is not None:
        # "... appealed for help for 60 families, who he said were hit by the flood": his aside on
        # those his sentence names is no claim of its own (the sentence is his, read whole)
        found = [f for f in found if not f.said.strip(" .").startswith(aside["said"].strip(" .")[:40])]
    plain = _SCARE_QUOTE.sub(r"\g<words>", sentence)
    if not found and plain != sentence:
        # "Ms Ruiz, in Orla for a “meet the growers” visit, said ...": a few words quoted inside the
        # speaker's aside hide her verb; read without their marks, what she says as the page has it
        found = [f for f in _attributions(plain) if f.said and f.said in sentence and f.speaker in sentence]
    # "Kessel has confirmed two cases, officials said late Friday": what the subject did is what the
    # officials say; no claim of the subject's that runs on over their verb
    found = [
        f
        for f in found
        if not (
            f.speaker[:1].isupper()
            and _RUNS_OVER_A_SPEAKER.search(f.said)
            and any(g is not f and g.said.startswith(f.speaker + " ") for g in found)
        )
    ]
    reported_to_be = _REPORTED_TO_BE.match(sentence)
    if reported_to_be is not None and not any(f.said in reported_to_be["said"] for f in found):
        found.insert(0, Said("", reported_to_be["said"]))
    reported = _REPORTS.search(sentence)
    rest = sentence[reported.end() :] if reported else ""
    if reported and rest[:1].isupper() and len(found) == 1 and found[0].said.startswith(rest[:20]):
        # "Local radio reports Ana Ruiz, head of the bakers' guild, told them ...": her
        # post set off by commas hides her verb from the reading of the whole; read what is reported
        inner = [s for s in _attributions(rest) if s.speaker[:1].isupper() and rest.startswith(s.speaker)]
        if len(inner) == 1:
            yield inner[0]
            return
    # "According to Resolution 12/40, of the Orla Assembly fishing is ...": a comma misplaced inside
    # the source; the body whose document it is says what follows its name
    found = [
        Said(owned["body"], owned["rest"], f.via)
        if (owned := _OWNER_AFTER_SOURCE.match(f.said))
        and f.speaker
        and f"ccording to {f.speaker}," in sentence
        else f
        for f in found
    ]
    # "..., but the judge said that ...": the conjunction opening the second clause is no speaker's word
    found = [
        Said(f.speaker[m.end() :], f.said, f.via)
        if (m := re.match(r"(?:but|and|yet|while|whereas)\s+(?=(?:the|a|an)\s)", f.speaker))
        else f
        for f in found
    ]
    # "The delays, according to the council, were caused by ...": the source set off by commas inside
    # a short subject's clause; what the source says is the predicate after it, as the page writes it
    found = [
        Said(f.speaker, aside["said"], f.via)
        if (aside := re.fullmatch(r"(?:[\w’'-]+\s+){0,5}[\w’'-]+,\s*,\s+(?P<said>[a-z].{11,})", f.said))
        else f
        for f in found
    ]
    # "Researchers at Kessel University found ..., according to a study published ...": a study no
    # one is named for is the work of the body its researchers work at
    researchers = _RESEARCHERS_AT.match(sentence)
    found = [
        Said(researchers["body"], f.said, f.via)
        if researchers is not None and (not f.speaker or _A_STUDY.match(f.speaker)) and f.said
        else f
        for f in found
    ]
    # "Orla Bakery shops and Tarnby Mills both reported ...", "the growers all said": a quantifier
    # after the subject is no word of its last name
    found = [
        Said(f.speaker[: m.start()], f.said, f.via)
        if (m := re.search(r"(?<=\w)\s+(?:both|all|each)$", f.speaker)) and f.speaker[:1].isupper()
        else f
        for f in found
    ]
    # "... after 11 p.m.": the stop of an abbreviation that ends what was said is its own
    found = [
        Said(f.speaker, f.said + ".", f.via)
        if re.search(r"(?:^|\s)(?:[A-Za-z]\.)+[A-Za-z]$", f.said) and f.said + "." in sentence
        else f
        for f in found
    ]
    for said in found:
        inner = [
            other
            for other in found
            if other is not said
            and other.speaker[:1].isupper()
            and other.said
            and said.said.startswith(other.speaker)
            and other.said in said.said
        ]
        if reported and said.speaker and inner and sentence[reported.end() :].startswith(said.said[:20]):
            continue  # "Local media reports Ana Ruiz has told them ...": Ana Ruiz's words, read below
        yield said
        if (more := _said_on_after(said, sentence)) is not None:
            yield more


# "..., Ana Ruiz said, but the cost was too high": after the speaker set off by commas, a clause with
# a subject of its own ("but declined to say" is what the speaker did, not said) goes on saying it.
_SAID_ON = r"\s+(?:said|says|added|adds|noted|explained)\s*,\s+(?:but|and|although|though)\s+"
# (or a subject with no article, "police", "Kessel Rail", before its verb: "..., she said, but police
# plan to ...")
_SAID_ON_SUBJECT = (
    r"(?P<more>(?:(?:the|a|an|this|that|these|those|it|there|we|our|its|I|my)\b"
    r"|(?!(?:then|also|still|later|now|so|yet|just|only|never)\b)(?:[a-z]+|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
    r"(?=\s+(?:plan|plans|will|would|could|may|might|can|cannot|are|were|is|was|have|has|had|expect|expects"
    r"|hope|hopes|intend|intends|want|wants|remain|remains)\b))[^;]{12,})"
)


def _said_on_after(said: Said, sentence: str) -> Said | None:
    """What the speaker goes on saying after "X said, but" (None when the sentence does not)."""
    if not said.speaker or not said.said or not (said.speaker[:1].isupper() or said.speaker in {"he", "she"}):
        return None
    on = re.search(
        re.escape(said.said) + r",\s+" + re.escape(said.speaker) + _SAID_ON + _SAID_ON_SUBJECT, sentence
    )
    return Said(said.speaker, on["more"].strip(" ."), said.via) if on else None


# "current KBC rules", "the latest NSO figures": a body's rules or figures, by its initials
_KEPT_BY_INITIALS = re.compile(
    r"^(?:[a-z]+\s+){0,2}(?P<body>[A-Z]{2,6})(?:\s+(?:rules|guidelines|regulations|data|figures|records|statistics))?$"
)


def _attributions(sentence: str) -> Iterator[Said]:
    """Who says what: "X said that ...", "..., X said", "according to X, ...", quotes, "X told Y"
    (relayed by Y); a speaker "he", "it" or "the report" is left for the caller to resolve."""
    impersonal = _IMPERSONAL.match(sentence) or _IMPERSONAL_AFTER.match(sentence)
    if impersonal is not None:
        said = sentence[impersonal.end() :].strip(" .")
        # "..., with the board pointing to the cost": a clause of what others do, set off after it
        # (their words are none of what was confirmed)
        said = _WITH_OTHERS_DOING.split(said, maxsplit=1)[0]
        yield Said("", said)  # no one is named
        return
    grievance = _UNNAMED_GRIEVANCE.match(sentence)
    if grievance is not None and not _quoted_spans(sentence):
        yield Said("", sentence.strip(" ."))  # "Many traders complained about ...": no one named
        return
    and_said = _SUBJECT_AND_SAID.search(sentence)
    if and_said is not None and not _quoted_spans(sentence):
        yield Said(and_said["who"], and_said["said"].strip())
        return
    shown = _DATA_SHOWED.search(sentence)
    if shown is not None and not _quoted_spans(sentence):
        # "India sold more tea, data showed": no one named says it, unless the count is a body's
        who = f"{shown['initials']} {shown['branch']}" if shown["branch"] else shown["who"]
        yield Said((who or shown["who_before"] or "").strip(), sentence[: shown.start()].strip(" ,"))
        return
    figures = _BODYS_FIGURES_SHOW.match(sentence.strip())
    if figures is not None:
        # what the body's own count shows, the body says
        yield Said(figures["who"] or figures["who_"], (figures["said"] or figures["said_"]).strip())
        return
    headline = headline_source(sentence)
    if headline is not None:
        yield headline
        return
    which = _which_they_say(sentence)
    if which is not None:
        yield which
        return
    written = _WRITING_READ.search(sentence) or _WRITING_READ_AFTER.match(sentence.strip())
    if written is not None:
        yield Said("", written["quote"].strip(" ,"))  # "a note that read “...”": its unnamed writer's words
        return
    relayed = _OUTLET_QUOTES.match(sentence.strip())
    if relayed is not None:
        yield Said(relayed["speaker"].strip(), relayed["saying"] or relayed["judging"], relayed["via"])
        return
    person = _PERSON_QUOTES.match(sentence.strip())
    if person is not None:
        yield Said(person["speaker"].strip(), (person["saying"] or person["quote"]).strip(), person["via"])
        return
    quoted = (
        _QUOTED_AS_SAYING.search(sentence) or _QUOTED_BY.search(sentence) or _REPORT_QUOTED.search(sentence)
    )
    if quoted is not None:
        # "“...,” Ana Ruiz was quoted as saying by Harbour Radio", "..., the Harbour Times quoted
        # an official as saying": the one quoted speaks, the one quoting relays
        via = quoted.groupdict().get("via")
        yield Said(quoted["speaker"].strip(), sentence[: quoted.start()].strip(' ,“”"'), via)
        return
    found: list[Said] = []
    circumstance: int | None = None  # where a clause of time with an act in it begins
    quoted_spans = _quoted_spans(sentence)
    general = find_spoken(sentence)
    for match in _ATTRIBUTION.finditer(sentence):
        if any(start <= match.start() < end for start, end in quoted_spans):
            continue  # “We can say that ...”: the speaker's own words
        if circumstance is not None and match.start() >= circumstance:
            continue  # "... after the firm reported a loss": the act read above
        speaker = _speaker(match, sentence)
        joined = (
            _POST_NAME_ACTS.match(sentence)
            if match["subject"] and match["subject"].endswith(" and")
            else None
        )
        if joined is not None:
            # "Acme's chief executive, Bo Lund, thanked staff and said ...": the one named after her
            # post, who did what the sentence tells first, then said it
            speaker = joined["name"]
        people = _PEOPLE_AT.fullmatch(sentence[: match.start("subject")]) if match["subject"] else None
        if people is not None:
            speaker = (
                people["people"] + speaker
            )  # "Nurses at the Orla Clinic say": the nurses, not the clinic
        if match["according"] and speaker.lower() in {"a", "an", "the"}:
            # "..., according to a survey published on Friday": a document whose maker goes unnamed
            # ("the report" may be one a body was named for before)
            document = "the report" if speaker.lower() == "the" else ""
            found.append(Said(document, sentence[: match.start()].strip(" ,.:")))
            continue
        if match["according"] and (keeper := _KEPT_BY_INITIALS.match(speaker)) is not None:
            speaker = keeper["body"]  # "according to current KBC rules": the body whose rules they are
        if match["according"] and match["according"].islower() and speaker != match["according"].strip():
            # "..., according to council figures, with 9,000 visits": a count that no one named keeps
            # (the figures of a body the words do not name), said in the writer's words with its
            # source: the whole sentence, for whoever keeps the figures
            found.append(Said(speaker, sentence.strip(" .")))
            continue
        listened = (
            re.fullmatch(r"(?P<who>.*\S)\s+(?:also\s+)?(?:was|were)", speaker)
            if match["verb"] == "told"
            else None
        )
        if listened is not None and _A_CLAUSE.match(sentence[match.end() :].lstrip()):
            # "Members of the board were told the road would close": what they heard, its speaker
            # unnamed (`claims` names no one for those told)
            speaker = listened["who"]
        if not speaker or speaker.lower() in _NOT_SPEAKERS or speaker.split()[-1].lower() in _NOT_SPEAKERS:
            continue
        if match["subject"] and speaker.split()[0] in _PREPOSITIONS and match["verb"] in _NOUN_VERBS:
            continue  # "its decision on the finance report that ...": a noun, no one who reports
        if match["verb"] in {"admits", "admitted"} and ADMITTED_CHARGE.match(sentence[match.end() :]):
            continue  # "Acme admitted three charges": a plea to what it was charged with, no statement
        if is_price(speaker.split()[-1]):
            continue  # "... up from Sh298 reported a week earlier": a price, no one who reports
        if match["subject"] and re.search(r"(?:\d\s*|\w-)$", sentence[: match.start("subject")]):
            continue  # "5,981 incidents reported last year", "the 61-year-old said": no subject of its own
        if (
            match["subject"]
            and match["subject"].islower()
            and re.match(r"\s+[a-z]+s\b(?!\s+that\b)", sentence[match.end() :])
            and match["verb"] in {"confirmed", "reported", "announced"}
        ):
            continue  # "four new confirmed cases": a participle before its noun
        if (
            match["subject"]
            and match["verb"] in {"confirmed", "reported", "announced", "stated", "estimated"}
            and OWNED_PARTICIPLE.search(sentence[: match.start("verb")])
            and re.match(r"\s+[a-z]", sentence[match.end() :])
        ):
            continue  # "Acmeco's recently announced merger": a name's own thing, a participle before it
        if (
            match["subject"]
            and match["verb"] in _ACTS
            and re.search(r"\b(?:after|before|when|as|since|until|because)\s", match["subject"])
            and _ACT_OBJECT.match(sentence[match.end() :])
        ):
            # "Shares fell 9 percent Monday after the firm reported a loss": an act in a clause of
            # time is the circumstance of what the sentence says, which no one named says (unless
            # someone else in it does: "according to X, ... when the firm reported ...")
            circumstance = match.start("subject")
            continue
        if match["apposed"] and is_post_word(match["apposed"].split()[-1]):
            continue  # "Ana Ruiz, Area Port Director, said": a post after the name, not a name
        clause = _CLAUSE_SUBJECT.search(speaker) if match["subject"] else None
        if clause is not None:
            speaker = clause["rest"]  # "... on Monday after the firm announced that ...": the firm
        if _inside_what_was_said(match, general):
            continue  # "notified X that timetables announced Feb. 3 will change": a participle
        if match["verb"] in {"reports", "claims", "notes"} and (
            _NOUN_BEFORE.search(sentence[: match.start("verb")])
            or re.search(r"\w(?:[’']s|s[’'])\s+$", sentence[: match.start("verb")])
        ):
            # "has not received any reports of ...", "dismissed Bo Lund’s claims as ...": the noun,
            # not the verb (what is whose, after an owner)
            continue
        longer = _longer_name(match, speaker, general)
        if longer is not None:
            found.append(Said(longer.speaker, longer.said))
            continue
        before = sentence[: match.start()].rstrip(" ,")
        if match["according"] or match["passive"]:
            rest = sentence[match.end() :]
            if match["according"]:
                # "according to a new X report": the report's noun is no part of what was said
                rest = re.sub(r"^\s+(?:assessment|report)\b", "", rest)
                if len(before.split()) >= 3 and re.match(r"\s*,\s*(?:and|but)\s+[a-z]", rest):
                    # "X opened at $6,000, according to Ana Ruiz, and rose to ...": hers is what
                    # comes before her name; the clause after it goes on in the writer's words
                    rest = ""
                named = _NAME_OF_THE_POST.match(rest)
                if named is not None and is_post_word(speaker.split()[-1]):
                    # "according to the Kessel Growers Association's branch president, Tom Berg, prices
                    # fell": the post, then the name of the one who holds it; she says what follows
                    speaker, rest = named["name"], rest[named.end() :]
                if _LIST_TO_THE_END.fullmatch(rest):
                    # "according to the department of tourism, culture and sports.": the list ends the
                    # body's name, not what it says
                    speaker, rest = f"{speaker}{rest.rstrip(' .')}", ""
            elif (named := _NAME_OF_THE_POST_BY.match(rest)) is not None and is_post_word(
                speaker.split()[-1]
            ):
                # "This was announced by the Ports Minister, Ana Ruiz at a briefing": the post, then
                # the name of the one who holds it, who spoke; where and when after it, nothing said
                speaker, rest = named["name"], rest[named.end() :]
                rest = "" if _ONLY_CIRCUMSTANCE.match(rest.strip(" ,.")) or not rest.strip(" ,.") else rest
            if (
                match["according"]
                and len(before.split()) <= 6
                and _OPENING_WHEN.match(before)
                and re.match(r"\s*,\s*(?:[A-Z][\w’'-]*|the|an?|it|he|she|they|we)\s+(?:\S+\s+){3}", rest)
            ):
                # "On Tuesday in court, according to the Kessel Courier, Bo Lund tried to ...": the
                # opening phrase says when or where; what the source says is the clause after it
                found.append(Said(speaker, rest.strip(" ,.:")))
                continue
            aside = re.match(r"\s*,\s*(?:which|who|whose)\s[^,]{3,80},\s*(?P<said>(?:\S+\s+){3}.*)", rest)
            if match["according"] and not before and aside is not None:
                # "According to Ana Ruiz, who heads the dock board, the pier is sinking": the aside on
                # the source set off, what she says is the clause after it
                found.append(Said(speaker, aside["said"].strip(" ,.:")))
                continue
            if re.match(r"\s*,\s*(?:which|who|whose|where)\b", rest):
                rest = ""  # "..., according to the statement, which did not name ...": about the source
            elif (
                match["according"]
                and len(before.split()) >= 3
                and re.match(r"\s*,\s*(?!and\b|but\b|or\b|so\b)(?:an?\s+)?[a-z]", rest)
            ):
                # "..., according to Ana Ruiz, director of the pantry, which ...": the speaker's post,
                # after what was said before her name
                rest = ""
            found.append(Said(speaker, (sentence[: match.start()] + rest).strip(" ,.:")))
        else:
            said, via = _what_was_said(match, sentence, before)
            if speaker.startswith("the ") and (spoken := re.search(rf",\s+{re.escape(speaker)}$", said)):
                # "..., the Orla-based federation of growers said": its noun, read past the words
                # of what it is, is the speaker, no part of what it said
                said = said[: spoken.start()]
            at = sentence.find(said)
            if at >= 0 and sentence[at + len(said) :].lstrip().startswith(speaker):
                # "..., Brightpeak spokeswoman Jo Reeve said.": the post is the speaker's
                said = POST_BEFORE_NAME.sub("", said.rstrip()).rstrip(" ,")
                post = _POST_OF_A_BODY.search(said)
                if post is not None and is_post_word(post["post"]):
                    # "..., former head of the Orla Roads Authority (ORA) Bo Lund said": her post in
                    # a body, its initials after it, is no part of what she said
                    said = said[: post.start()].rstrip(" ,")
            further = _reaching_further(match, general)
            if further is None:
                found.append(Said(speaker, said, via))
            else:  # what was said before the verb ends where the speaker's titles begin
                # a group that names no one stays in what is claimed ("Scientists ... say")
                keep = said in sentence[match.end() :] and not further.said.startswith(further.speaker)
                found.append(Said(further.speaker, said if keep else further.said, via))
    # ("sales will be lower than the board predicts": the one a figure is measured against, no speaker)
    found = [f for f in _checked_against(found, general) if not _COMPARED_WITH.match(f.speaker)]
    if circumstance is not None:
        found = [f for f in found if f.speaker and 0 <= sentence.find(f.speaker) < circumstance]
        found = found or [Said("", sentence.strip(" ."))]
    then_quote = _CLAUSE_THEN_QUOTE.match(sentence) if not found else None
    if then_quote is not None and then_quote["who"].split()[0] not in {"The", "A", "An", "This", "That"}:
        # "Ana Ruiz thanked the crews, “...”": no verb of saying, and the quote is the subject's
        found = [Said(then_quote["who"], then_quote["quote"].strip())]
    named_colon = _NAME_POST_COLON_QUOTE.match(sentence) if not found else None
    if named_colon is not None and named_colon["who"].split()[0] not in {"The", "A", "An", "This", "That"}:
        found = [Said(named_colon["who"], named_colon["quote"].strip(" ."))]
    colon_quote = _VERB_COLON_QUOTE.search(sentence)
    if colon_quote is not None and colon_quote["who"].split()[0] not in {"The", "A", "An", "This", "That"}:
        # "When a reporter asked, Ana Ruiz declined: “Not today.”": the quote after the colon is
        # the subject's, and no part of what anyone said before it
        quote, kept = colon_quote["quote"].strip(" ."), []
        for attributed in found:
            at = attributed.said.find(colon_quote["who"] + " ")
            if quote in attributed.said and at > 0:
                attributed = Said(attributed.speaker, attributed.said[:at].rstrip(" ,"), attributed.via)
            if quote not in attributed.said and attributed.said:
                kept.append(attributed)
        found = [*kept, Said(colon_quote["who"], quote)]
    with_saying = (
        (_WITH_SAYING.search(sentence) or _ACT_SAYING.match(sentence) or _NAMED_ACT_SAYING.match(sentence))
        if not found
        else None
    )
    if with_saying is not None:
        # "..., with officials saying more than a day into the search that the ferry had capsized"
        found = [Said(with_saying["who"], with_saying["said"].strip())]
    pleaded = _SUBJECT_SAYING.match(sentence)
    if pleaded is not None and all(f.said in pleaded["said"] for f in found):
        # "Ana Ruiz, who ..., wept and pleaded for leniency saying that she ... and promised that ...":
        # the subject says all that follows "saying that"
        found = [Said(pleaded["who"], pleaded["said"].strip())]
    stated = _STATEMENT_SAYING.match(sentence.strip())
    if stated is not None:
        # (the statement's words are the body's whatever else read a speaker inside them; the first
        # clause runs on to the end, as "..., adding that" does, never cut before "and announced")
        first = stated["said"] or stated["blamed"]
        whole = sentence.strip()[stated.start("said" if stated["said"] else "blamed") :].rstrip(" .!?")
        found = [
            Said(stated["who"], said.strip()) for said in (whole if first else None, stated["more"]) if said
        ]
    claiming = _AFTER_CLAIMING.match(sentence.strip()) if not found else None
    if claiming is not None:
        found = [Said(claiming["who"], claiming["said"].strip())]
    promising = _PROMISING.match(sentence.strip()) if not found else None
    if promising is not None:
        found = [Said(promising["who"], promising["said"].strip())]
    informed_after = _INFORMED_AFTER.match(sentence.strip()) if not found else None
    if informed_after is not None:
        found = [Said(informed_after["who"], informed_after["said"].strip())]
    informing = _INFORMING.match(sentence.strip()) if not found else None
    if informing is not None:
        who = informing["who"]
        found = [Said(who if is_proper_name(who, sentence) else "", informing["said"].strip())]
    with_telling = _WITH_TELLING.search(sentence) if found else None
    if with_telling is not None and any(with_telling["said"] in f.said for f in found):
        # (what the subject says stays whole, the second speaker's words within it)
        found.append(Said("", with_telling["said"].strip()))
    informed = _INFORMED_BY.search(sentence) if not found else None
    if informed is not None:
        # "The mayor was notified by the clerk, Bo Lund, that the vote was void": the one who told
        found = [Said(informed["who"], informed["said"].strip())]
    claimed = _CLAIMS_FROM.search(sentence)
    if claimed is not None:
        # "claims from Acme that it ...": the noun, not the verb "claims", and Acme says it
        found = [f for f in found if not f.said.startswith(("from ", "by "))]  # "claims" read as a verb
        found.insert(0, Said(claimed["who"], claimed["said"].strip()))
    # "..., said Ana Ruiz, a spokeswoman, adding the road would reopen": a second statement
    adding = _ADDING.search(sentence)
    # (no one named speaks in it: "that the full" of "that the full report will ..." names no one)
    declined = (
        _DECLINED.match(sentence) if adding and not any(f.speaker[:1].isupper() for f in found) else None
    )
    if adding and declined is not None and declined["who"] not in _NO_ONE_NAMED:
        # "Ruiz declined to comment on the cost, adding that the report will be out in May": what
        # she added is hers, though what she would not say is not
        found = [Said(declined["who"], adding["more"])]
    if adding and found and found[0].speaker:
        # a verb inside what is added is the speaker's words ("noting that visitors added 800 bids")
        inside = [f for f in found if f.speaker and sentence.find(f.speaker, adding.start()) >= 0]
        found = [f for f in found if f not in inside] or found
        if not any(adding["more"] in f.said for f in found):
            found.append(Said(found[0].speaker, adding["more"]))
    split = _SPLIT_QUOTE.match(sentence)
    if split is not None:
        # "“If I had to choose,” she said, “it would be May.”": one quote split by its speaker's verb;
        # its second half is hers as much as the first (each drafted as written, to be cited)
        first, second = split["first"].strip(" ,"), split["second"].strip(" .,")
        halves = [f for f in found if f.said.strip(" ,") == first]
        if halves and not any(second in f.said for f in found):
            found.append(Said(halves[0].speaker, second, halves[0].via))
    # "..., officials with the Kessel Parks and Wildlife Department said": the people who speak for
    # the body named after them are no part of what they say, whatever name the reading took
    found = [Said(f.speaker, _PEOPLE_OF_A_BODY_TAIL.sub("", f.said), f.via) for f in found]
    # "Ana Ruiz had stated in her letter, “...”": where it was written is no part of what was said
    found = [Said(f.speaker, _WRITTEN_IN.sub("", f.said), f.via) for f in found]
    # "X said on Thursday, “...”": the day between the verb and the quote is no part of the quote
    found = [Said(f.speaker, _TIME_BEFORE_QUOTE.sub("", f.said), f.via) for f in found]
    # "X said ..., according to Y": X's words as Y reports them.
    relays = [f for f in found if f.speaker and sentence.find("according to " + f.speaker) >= 0]
    for item in found:
        if relays and item not in relays and item.via is None:
            yield Said(item.speaker, item.said, relays[0].speaker)
        elif not (item in relays and len(found) > 1):
            yield item


# -- the draft ------------------------------------------------------------------------------------
