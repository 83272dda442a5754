"""Who says it, found from the reporting verb: the general reading ``extraction.py`` checks its
patterns against.

News text puts many things between a speaker and the verb: "also" or "has" ("The ministry also
warned that"), a place ("The weather office in Lima said"), an age or a description set off by
commas ("Ana Ruiz, 54, said"), a time ("late on Tuesday"), titles before the name ("Unit Director
Dr. Ana Ruiz said"). Rather than a pattern for each, this module finds each reporting verb outside
quotes, walks back over what may stand between, and scores what it reaches: a proper name (its
titles left for the caller to resolve), a pronoun or a definite description ("the ministry"), or a
group that names no one ("officials", "witnesses"). "..., said witnesses." and "..., said the
ministry." put the speaker after the verb.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from generator.authoring.modifiers import is_price

# A clause whose subject is a name or a name's thing, its verb a few words on: "(believed) Orla's
# levy was fair", "(believes) Kessel Mills would close".
NAMED_CLAUSE = (
    r"\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?:[’']s)?\s+(?:[a-z][\w‘’'-]*\s+){0,5}?"
    r"(?:was|were|is|are|had|has|would|could|should|will|did)\b"
)
# What a court or a panel found, a clause with no "that": "(ruled) it was not fair", "(ruled) the
# levy was unlawful", "(ruled) there had been no breach".
RULED_CLAUSE = (
    r"\s+(?:(?:it|there|he|she|they)\s+|(?:the|his|her|their|its|this|that)\s+(?:[a-z][\w-]*\s+){1,3}?)"
    r"(?:was|were|is|are|had|has|would|could|should|did|must|cannot)\b"
)
# Reporting verbs: the forms news text uses, "forecast" and "warned" with what follows.
VERBS = (
    r"said|says|told|tells|added|adds|warned|warns|forecast|forecasts|predicted|predicts"
    r"|say|reported|announced|announces|stated|confirmed|confirms|noted|explained|insisted|stressed"
    r"|cautioned|acknowledged|admitted|admits|revealed|argued|claimed|wrote|estimated|estimates"
    # "The board has projected a profit of $3 million": a figure to come, as "forecast" says it
    # (not "is projected to", nor "the projected cost": no one projects there)
    r"|(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bthe\s)"
    r"projected(?=\s+(?:a|an|that|total|\d|[$€£])\b)"
    # "notified the city council that ...": a body told, then what it was told
    # ("reminded residents that ...": what the ones reminded were told)
    # ("assured the growers that ...": a promise to those assured, what follows "that")
    r"|(?:notified|informed|reminded|reminds|(?:re)?assured|(?:re)?assures)"
    r"(?=\s+(?:the\s+)?(?:[\w.’'-]+\s+){1,5}that\b)"
    # "“...,” the mayor reminded bakers at the fair.": the quote is what they were reminded of
    r"|(?:reminded|reminds)(?=\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}(?:\s+(?:during|at|in|on)\b[^“”\"]*)?"
    r"[.!]?\s*$)"
    # "The officer informed that ...": what was told, no one named as told
    r"|informed(?=\s+that\b)"
    # a court's or a panel's finding: "the judges held that the ...", "the tribunal ruled that ..."
    # ("held that lead": a thing held, no clause after "that")
    r"|ruled(?=\s+that\b|" + RULED_CLAUSE + ")"
    r"|held(?=\s+that\s+(?:the|a|an|his|her|their|its|he|she|it|they|we|there|having|no)\b)"
    # "declared that ...", or after a quote: "“... with costs,” they declared" (what else is declared,
    # "declared a state of emergency", is no one's words: see `find_spoken`)
    r"|declared|declares"
    # verbs that state something only before "that": "maintained that", "testified that", "found that"
    r"|(?:maintain|indicate|testifie|assert|contend|allege|concede|suggest|pledge|promise|vow|assure|agree)[sd]"
    r"(?=\s+that\b)|(?:maintain|assert|contend|suggest|vow|assure|find|show|express)(?:s|es|ed)?(?=\s+that\b)"
    r"|found(?=\s+that\b)|showed(?=\s+that\b)|notes(?=\s+that\b)"
    # "the group continues to argue that ...": a claim held on, its verb after "to"
    r"|(?:continues|continue|continued|continuing)\s+to\s+(?:argue|insist|maintain|claim|contend|say)(?=\s+that\b)"
    # an accusation: "the growers charged that ...", "the union charges that ..." (not "charged a fee")
    r"|charge[sd](?=\s+that\b)"
    # a message's verbs before "that": "emails that", "tweeted that"
    r"|(?:email|text|tweet)(?:s|ed)(?=\s+that\b)|posted(?=\s+that\b)"
    # "He has indicated he is willing to ...": a stance signalled, its clause right after
    r"|(?:indicate|signal)(?:s|d|led)(?=\s+(?:he|she|they|it|we)\s+(?:is|was|are|were|would|will|could|had|has)\b)"
    # "the police believe the fire started in a shed": what they hold, stated
    r"|believed?(?=\s+(?:that|the|it|he|she|they)\b|" + NAMED_CLAUSE + ")"
    # "the statement reads": a document's words
    r"|(?<=statement\s)reads|(?<=release\s)reads|(?<=notice\s)reads"
    # "The meeting heard that ...", "the inquest was told that ...": what was said there, by no one named
    r"|(?:(?<=meeting\s)|(?<=hearing\s)|(?<=inquest\s)|(?<=inquiry\s)|(?<=court\s)|(?<=tribunal\s))"
    r"(?:heard|was\s+told)(?=\s+that\b)"
    r"|commented"
    # "expressed concern over the new fees": the worry voiced, what follows it
    r"|expressed\s+(?:(?:deep|serious|grave|great|growing)\s+)?(?:concerns?|fears?|worry|worries|alarm|frustration"
    r"|anger|disappointment|doubts?)\s+(?:over|about|at)(?=\s+[a-z‘“])"
    # "expressed concern that the rumours could ...": the worry, a clause of its own
    r"|expressed\s+(?:(?:deep|serious|grave|great|growing)\s+)?(?:concerns?|fears?|worry|worries|alarm"
    r"|doubts?)(?=\s+that\b)"
    # "..., the board clarified.", "clarified that ...": what the one clarifying says (not "clarified
    # the rules", a thing made clear)
    r"|clarifie[sd](?=\s+that\b|\s*[.!]?\s*$)"
    # the last words of a speech or a ruling: "he concluded: “...”", "“...,” she concluded." (not "the
    # talks concluded on Friday": no words after it)
    r"|conclude[sd](?=\s*:\s*(?:[“\"]|$)|\s*[.!]?\s*$)"
    # "the inspectors are certain that": a conviction stated
    r"|(?:are|is|were|was)\s+(?:certain|sure|confident|convinced)(?=\s+that\b)"
    # "issued a statement, “...”": the quote after the verb
    r"|issued\s+a\s+statement(?=\s*[,:]\s*$|\s*[,:]\s{2,})"
    # "filed an application stating that: “...”": what a document a party filed says (the verb
    # may be doubled by a slip of the pen: "had filed filed a motion")
    r"|(?:(?:filed|submitted|lodged|sent)\s+){1,2}(?:a|an)\s+(?:[a-z]+\s+)?"
    r"(?:application|letter|petition|affidavit|submission|complaint|motion)\s+(?:stating|saying)(?:\s+that)?"
)
_VERB = re.compile(rf"\b(?:(?:has|have|had)\s+)?(?P<verb>{VERBS})\b")
# A post a person holds, written in capitals after the name.
_POSTS = (
    r"director|president|chairman|chairwoman|chairperson|chair|minister|secretary|spokesman|spokeswoman|spokesperson"
    r"|commissioner|chief|officer|manager|superintendent|executive|head|partner|governor|mayor|attorney"
    r"|principal|headteacher|headmaster|headmistress"
    # a cleric's office: "Bishop Lund ... the bishop said"
    r"|bishop|archbishop|pastor|imam|rabbi"
    # a court's: "Judge Ruiz ... the judge said", "Magistrate Lund ... the magistrate ruled"
    r"|judge|magistrate"
)
# A rank or a trade's post, in capitals set off by commas after a name: "Jo Hart, Chief Inspector,".
_RANKS = (
    r"inspector|constable|sergeant|co-?ordinator|advis[eo]r|warden|engineer|curator|treasurer|editor"
    r"|founder|leader|analyst|economist|scientist|researcher|lecturer|professor"
)
# What may stand between the speaker and the verb, at the end of the words before the verb.
_BETWEEN = re.compile(
    r"(?:\s+(?:also|again|later|earlier|previously|now|then|repeatedly|[a-z]+ly)"
    r"|,?\s+(?:Inc|Ltd|LLC|Corp|Co|plc)\.?"  # "Harbour Lines, Inc. said": the company's legal form
    r"|\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|today|yesterday|(?:last|this)\s+(?:week|month|year|night))"
    r"|\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,3}(?:statement|release|report|interview|email)"
    # ("the Weather Office in their reports yesterday said": more than one, and the day after them)
    r"(?:(?<=report)s)?(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?"
    # the document a court or a body decided in: "the judge said in the contempt order that"
    r"|\s+in\s+(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:order|ruling|judgment|judgement|decision)"
    r"|\s+(?:in|at|from)\s+(?:[A-Z][\w’'.-]*\s*){1,3}"
    r"|,\s+\d{1,3},?"
    # an age and a home town after the name: "Ana Ruiz, 72, of Lakeside said", "Ana Ruiz, 72, of
    # Lakeside, Ore., said"
    r"|,\s+\d{1,3},\s+(?:of|from)\s+(?:[A-Z][\w’'.-]*,?\s*){1,4}"
    # a bracket after the name: years of life, a party, a home state ("Ana Ruiz (1879-1935) said")
    r"|\s+\([^()“”\"]{1,40}\)"
    # a description or a relative clause set off by commas: "Ana Ruiz, head of the school board,",
    # "Acme, which employs 900 people in the valley,"
    # ("Ana Ruiz, head of the 1,200-member union,": a figure's thousands comma ends no description)
    r"|,\s+(?!(?:and|or|but|then)\b)[a-z](?:[^,“”\"]|(?<=\d),(?=\d{3}\b)){2,140},"
    # a post in capitals set off by commas: "Ana Ruiz, Area Port Director of Lima, said"; a seat's
    # ("Bo Lund, Cabinet Member for Parks and Green Spaces, said"); a rank or a trade's
    # ("Jo Hart, KRA District Roads Inspector, said:", "Bo Lund, Chief Engineer, said")
    rf"|,\s+(?:(?:[A-Z][\w.&’'-]*|of|for|and|the|at|&)\s+){{0,8}}(?i:{_POSTS}|member|councill?or|{_RANKS})"
    r"(?:\s+(?:of|for|at)"
    r"(?:\s+(?:the\s+|and\s+|&\s+)?[A-Z][\w.&’'-]*)+)?,)\s*$"
)
# A post written before a speaker's name at the end of what they said: ", Brightpeak spokeswoman",
# ", department spokesman", ", the company's chief executive".
# (or a union's or a body's man or woman: ", Kessel Riders Union official", ", branch organiser")
POST_BEFORE_NAME = re.compile(
    rf",\s+(?:(?:the|a|an)\s+)?(?:[\w’'.&-]+\s+){{0,3}}"
    rf"(?:{_POSTS}|official|organi[sz]er|representative|delegate|steward|convenor|convener)$"
)
# A family name whose lower-case particle is joined to it: "Ada vanBergen", "Leo deMarco".
GLUED = r"(?:van|von|de|di|da|du|del|della|der|den|ten|ter|le|la)[A-Z][a-z][\w’'-]*"
_NAME_WORD = (
    rf"(?:[A-Z][\w’'.&-]*|{GLUED}|al-[A-Z][\w-]*|(?:of|for|and|de|du|the|da|von|van)(?=\s+[A-Z])"
    r"|(?:of|for)(?=\s+the\s+[A-Z]))"  # "Ana Ruiz of the Kessel Department of ...": one speaker
)
_NAME_AT_END = re.compile(rf"(?<![\w’'-])(?:{_NAME_WORD}\s+)*(?:[A-Z][\w’'.&-]*|{GLUED})\s*$")
# A clause of time's subject, its own verb, then "and" before the verb: "... when Mayor Bo Lund rose at the
# end of the hearing and announced that ..."
_WHEN_SUBJECT = re.compile(
    r"\b(?:when|as|after|once|before|while|until)\s+(?P<who>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)"
    r"\s+[a-z]+\b[^,;:“”\"]*\s+and$"
)
# A name set off by commas at the end of the words before the verb: "..., Sutini," (after its post)
_NAME_AFTER_POST = re.compile(r",\s+(?P<who>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*),\s*$")
# A sentence's subject (a pronoun, a name, or a few words after an article: "A group of parents
# proposed the plan and has assured ..."), a clause of its own, then "and" before the verb.
_AND_SUBJECT = re.compile(
    r"^\s*[“\"]?(?P<who>(?:A|An|The|Some|Many|Several)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*"
    r"(?:\s+of\s+(?:the\s+)?[a-z][\w-]*)?|He|She|They|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)"
    r"\s+[a-z]+(?:ed|s)\b[^,;:“”\"]*\s+and$"
)
# A group's noun in lower case, then a participle whose object is the name before the verb:
# "Shipwreck divers searching Lake Kessel say", "Climbers crossing the Varna Glacier said".
_OBJECT_OF_PARTICIPLE = re.compile(
    r"(?:^|[,;:]\s+)(?P<who>(?:[A-Z]?[a-z]+\s+)?[A-Z]?[a-z]+s)\s+(?!representing\b)[a-z]+ing\s+(?:the\s+)?$"
)
_PRONOUN_AT_END = re.compile(r"\b(?:he|she|it|they|He|She|It|They)\s*$")
_DESCRIPTION_AT_END = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z\d][\w-]*\s+){0,2}(?:[a-z]|\d+-year-)[\w-]*\s*$"
    # "The Kessel K220 operator": a maker's name and a model before the noun
    r"|\b[Tt]he\s+[A-Z][\w-]*\s+[A-Z]*\d[\w-]*\s+[a-z][\w-]*\s*$"
)
# A group that names no one: the claim is unattributed ("officials", "witnesses", "researchers").
_GROUP = re.compile(
    r"^(?:(?:[A-Z][\w-]*|the|local|some|many|several|one|another|two|three)\s+)*"
    r"(?:officials|witnesses|residents|researchers|scientists|experts|analysts|economists|authorities"
    r"|police|doctors|sources|observers|critics|activists|investigators|officers|sources"
    r"|workers|employees|crews|neighbou?rs|parents|students|fishermen|farmers|passengers|customers"
    r"|homeowners|motorists|shoppers|visitors"
    # "Many fish traders expressed concern": people of a trade, none of them named (in lower case:
    # "the Orla Growers Association" is a body)
    r"|(?-i:traders|exporters|importers|dealers|vendors|buyers|sellers|merchants|retailers)"
    # "one follower commented": someone on a social network, unnamed
    r"|followers?|fans?|readers?|commenters?|viewers?|users?)\b",
    re.IGNORECASE,
)
_FUNCTION_WORDS = {
    *("of", "in", "on", "at", "to", "for", "with", "from", "by", "and", "or", "but", "the", "a", "an"),
    *("that", "which", "who", "was", "were", "is", "are", "be", "been", "not", "no", "newly", "first"),
}
_LEAD_THAT = re.compile(
    r"^\s*(?:(?:on|at|in|during|after|to)\s+[^,“\"]{0,60}?\s+)?(?:that|of)\s+"
    # "said afterward that", "said later that": when it was said, then "that"
    r"|^\s*(?:afterwards?|later|earlier|again|then|[a-z]{3,}ly)\s+that\s+"
    # "said here Thursday that": where the dateline is, and the day
    r"|^\s*here\s+(?:(?:on\s+)?[A-Z][a-z]+day|today|yesterday|tonight|this\s+[a-z]+)?\s*that\s+"
    r"|^\s*(?:(?:[\w-]+\s+){0,3}?(?:reporters|journalists|supporters|lawmakers|the court|[A-Z][\w-]*)"
    r"(?:\s+(?:at|in|on|after)\s+[^,“\"]{0,50}?)?\s+that\s+)"
)
# Words set off by commas between a verb and "that": ", among others,", ", therefore,".
_INTERJECTED = re.compile(r",\s+(?:[a-z]+\s+){0,2}[a-z]+,(?=\s+that\s)")
_AND_SAID = re.compile(r"\s+and\s+(?:said|added)\s+(?:that\s+)?(?P<more>[^.;]+)")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_INVERTED = re.compile(
    # ("..., hoped the official.", "..., noted the mayor.": a hope or a remark put the same way)
    r",\s+(?P<verb>said|says|added|warned|commented|hoped|hopes|noted|explained|stressed|insisted)"
    r"\s+(?P<speaker>(?:the\s+)?"
    rf"(?:[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|{GLUED})){{0,4}}"
    r"|[a-z]+(?:\s+[a-z]+)?"
    # "said Lakeside police officer Ana Ruiz": a place, a post in lower case, then the name
    rf"|(?:[A-Z][\w’'.-]*\s+){{0,3}}(?:(?:{_POSTS}|police|fire|city|county|state|senior)\s+){{1,3}}"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}"
    # "said Area Liaison Officer (ALO) Ana Ruiz": a post, its initials in brackets, then the name
    r"|(?:[A-Z][\w’'.-]*\s+){1,4}\([A-Z]{2,6}\)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}))"
    # "... while opening the school": what the speaker was doing as they spoke
    r"(?:\s+(?:while|as|when|after|before)\s+[a-z]+ing\b[^“”\"]*)?"
    # "said the harbour board yesterday (4 May)": the day it spoke, its date in brackets
    r"(?:\s+(?:yesterday|today|on\s+[A-Z][a-z]+day)(?:\s+\([^()]{3,20}\))?)?\s*[.!]?\s*$"
)


# "Acme's research shows the test works": what a body's work shows, the body says.
_WORK_SHOWS = re.compile(
    r"^(?P<who>(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*)[’']s\s+(?:new\s+|own\s+|latest\s+)?"
    r"(?:research|study|studies|report|analysis|data|survey|findings|tests|trials?)\s+"
    r"(?P<verb>shows?|showed|found|finds|suggests?|suggested|indicates?|indicated)\s+(?:that\s+)?"
)


# "The alternative, Chair Ana Ruiz asserts, would cost as much": the speaker set off by commas
# inside what is said.
_SET_OFF = re.compile(
    r"^(?P<head>[^,“”\"]{3,80}?),\s+(?P<who>[^,“”\"]{2,80}?)\s+"
    r"(?:says|said|asserts|asserted|argues|argued|believes|contends|notes|noted|adds|added|insists|insisted)"
    r",\s+(?P<rest>[a-z][^“”\"]+?)[.!]?\s*$"
)


def is_post_word(word: str) -> bool:
    """Whether a word names a post a person holds ("Director", "spokesman", "Inspector"), or a
    compound of one ("Director-General", "vice-president")."""
    return (
        re.fullmatch(rf"(?:vice-|deputy-|co-)?(?:{_POSTS}|{_RANKS})(?:-general)?", word.lower()) is not None
    )


def names_no_one(speaker: str) -> bool:
    """Whether a speaker phrase is a group that names no one ("officials", "local residents")."""
    return _GROUP.match(speaker.strip()) is not None


_BODY_HEADS = (
    r"department|ministry|agency|authority|board|council|commission|committee|office|service|bureau"
    r"|institute|university|college|school|hospital|company|corporation|association|union|court"
)
# A group's noun opening a sentence, then where its people are: "Farmers in the town of Kessel",
# "Residents of Lakeside": people of a place, whom no one names (the place does not speak).
_GROUP_OF_A_PLACE = re.compile(
    r"^(?:[A-Z][a-z-]+\s+)?(?P<noun>[A-Z][a-z]+s)\s+(?:in|of|from|near|across|around)\s+(?:the\s+)?\S"
)


# A group of a town opening the sentence, then the town's region set off by a comma: "Police in Orla,
# Kessel", "Firefighters in Tarnby, Orla Province" (what stood after it, "north of X", taken off).
_GROUP_IN_A_TOWN_OF_A_REGION = re.compile(
    r"^(?P<who>(?:Police|[A-Z][a-z]+s)\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}),"
    r"\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2},?\s*$"
)


def group_of_a_place(speaker: str) -> bool:
    """ "Farmers in the small town of Kessel", "Residents of Lakeside": a group, where its people
    live, that names no one; never a body's people ("Experts from the Kessel Health Department")."""
    found = _GROUP_OF_A_PLACE.match(speaker.strip())
    if found is None or _GROUP.fullmatch(found["noun"]) is None:
        return False
    return re.search(rf"\b(?:{_BODY_HEADS})\b", speaker[found.end("noun") :], re.IGNORECASE) is None


# A person's name (two or three words), then "from" and the body or the place they come from, at the
# end of the words before the verb: "Ana Ruiz from the Growers Union of Kessel says".
_PERSON_FROM_A_BODY = re.compile(
    r"(?<![\w’'.-])(?P<who>(?!The\b)[A-Z][A-Za-z’'-]*[a-z](?:\s+[A-Z][A-Za-z’'-]*[a-z]){1,2})\s+from\s+(?:the\s+)?"
    r"[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w’'.&-]*)*\s*$"
)


class Spoken(NamedTuple):
    """A speaker phrase found from a reporting verb, where it starts, what was said, and where the
    verb is."""

    speaker: str
    start: int
    said: str
    verb: int


def paired(sentence: str) -> str:
    """The sentence with each straight quote mark written as the curly one it stands for, as long as
    the sentence: a quote opened with one kind of mark and closed with the other (“...," she said)
    is still one quote."""
    out, open_ = [], False
    for char in sentence:
        if char == '"':
            char = "”" if open_ else "“"
        if char in "“”":
            open_ = char == "“"
        out.append(char)
    return "".join(out)


def _masked(sentence: str) -> str:
    """The sentence with its quotes blanked: a verb inside a quote is the speaker's own word."""
    return _QUOTED.sub(lambda m: " " * len(m[0]), paired(sentence))


# Those who speak for the body named after them: "Officials at", "Representatives of the"
_FOR_THE_BODY = re.compile(
    r"\s*(?:[Oo]fficials|[Oo]fficers|[Rr]epresentatives|[Ss]pokes(?:people|men|women))\s+(?:at|of|from|for)\s+"
    r"(?:the\s+)?(?P<body>[A-Z][\w’'.&-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w’'.&-]*){0,5})$"
)


def speaker_before(left: str) -> tuple[str, int] | None:
    """The speaker phrase that ends ``left`` (the words before the verb), past what may stand
    between, and where it starts; None when what is there is no speaker."""
    text = left.rstrip()
    if (body := _FOR_THE_BODY.match(text)) is not None:
        return body["body"], body.start("body")  # "Officials at Orla County Council say": the body
    while (between := _BETWEEN.search(text)) is not None and between.start() > 0:
        text = text[: between.start()].rstrip()
    person = _PERSON_FROM_A_BODY.search(text)
    if (
        person is not None
        and not _GROUP.match(person["who"])
        and re.search(rf"\b(?:{_BODY_HEADS})\b", person["who"], re.IGNORECASE) is None
    ):
        # "Ana Ruiz from the Growers Union of Kessel says": the person speaks, not the body
        return person["who"], person.start("who")
    set_off = _NAME_AFTER_POST.search(text)
    if set_off is not None and re.search(rf"\b(?i:{_POSTS})\b", text[: set_off.start()]):
        # "Head of the Orla parks office, Sutini, said": the name set off after the post it holds
        return set_off["who"], set_off.start("who")
    regional = _GROUP_IN_A_TOWN_OF_A_REGION.match(text)
    if regional is not None:
        # "Police in Orla, Kessel, north of Tarnby, say": the police of the town, not its region
        return regional["who"], 0
    subject = _WHEN_SUBJECT.search(text) or _AND_SUBJECT.match(text)
    if subject is not None:
        # "She moved to Norland in 2009 and says she plans to stay": the subject of the sentence
        return subject["who"], subject.start("who")
    if text.split()[-1:] and text.split()[-1].lower() in _FUNCTION_WORDS:
        return None  # "The isolation of confirmed cases": a participle, no one speaking
    for pattern in (_NAME_AT_END, _PRONOUN_AT_END, _DESCRIPTION_AT_END):
        found = pattern.search(text)
        if found is not None and found[0].strip():
            phrase = found[0].strip()
            if pattern is _NAME_AT_END:
                phrase = re.sub(r"^(?:of|for|and|de|du|the|da|von|van)\s+", "", phrase)
                participle = _OBJECT_OF_PARTICIPLE.search(text[: found.start()])
                if participle is not None:
                    # "Divers searching Lake Kessel say": the divers speak, not the lake they search
                    return participle["who"], participle.start("who")
                if group_of_a_place(text) and found.start() > 0:
                    # "Farmers in the small town of Kessel, west of Lakeside, say": the farmers
                    return text.strip(), 0
            return phrase, found.start()
    # the words after a quote's close too: '"Shocked," one follower commented'
    clause = re.split(r"[,;:—–][”\"]?\s+|\s+--\s+|\s+(?:and|but)\s+", text)[-1]
    group = _GROUP.match(clause.strip())
    if group is not None and len(group[0].split()) <= 4:  # not a clause ending in "farmers"
        return group[0], len(text) - len(clause.lstrip())
    return None


# "said in a statement", "said on Monday": where or when it was said, not what.
_ONLY_CIRCUMSTANCE = re.compile(
    r"^(?:(?:on|at|in|during|after|before|following|ahead\s+of|to|via|by)\b[^“\"]{0,60}|(?:on\s+)?[A-Z][a-z]+day(?:\s+\w+)?"
    r"|(?:last|this|next|earlier\s+this|late\s+last)\s+(?:week|month|year|night|weekend)\b[^“\"]{0,60}"
    # ("said recently", "said earlier": when, a word alone)
    r"|recently|earlier|later|previously|afterwards|again|separately)$"
)


# Who was told, after "told": a name, a pronoun or people written in lower case ("firefighters").
_TOLD_WHOM = re.compile(
    # (a station's name may end in its channel's number: "told News 12 that")
    r"^\s+(?:the\s+)?(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?:\s+\d{1,2}\b)?|me|us|him|her|them|[a-z]+s)\b(?![’'])"
    r"(?:\s+that\b)?"
)


_TOLD_WHEN = re.compile(r"^(?:\s+[a-z][\w-]*){1,5}?\s+that\s+(?=\S)")


def _what_after(right: str) -> str:
    said = _LEAD_THAT.sub("", right, count=1).strip(" ,.:")
    said = re.split(r"\s+and\s+(?:said|added)\s+", said)[0]
    # (what "that" opens is said, whatever time it opens with: "says that on May 3 it will ...")
    that_led = re.match(r"^\s*that\s", right) is not None
    return "" if _ONLY_CIRCUMSTANCE.match(said) and not that_led else said


# "..., said the harbour officer who asked not to be named.", "..., said a special weather bulletin here
# this noon.": one left unnamed (or a document) after the verb, then who they are or where and when
# they spoke; the speaker is the description, for the caller to resolve or leave unnamed.
_INVERTED_UNNAMED = re.compile(
    r",\s+(?P<verb>said|says|added)\s+(?P<speaker>(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:officer|official|officials|source|sources|spokesperson|spokesman|spokeswoman|bulletin|statement"
    r"|notice|report|advisory))"
    r"(?:\s+who\s+(?:(?:asked|requested|wished)\s+not|declined)\s+to\s+be\s+(?:named|identified)"
    r"|\s+who\s+(?:spoke|was\s+speaking)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity)?"
    r"(?:\s+here)?(?:\s+(?:this\s+(?:morning|noon|afternoon|evening)|today|yesterday|tonight))?\s*[.!]?\s*$"
)


# A sentence's subject described, then a clause of "who" about it set off by commas, before its verb
_SUBJECT_WHO_BEFORE = re.compile(r"^\s*(?:An?|The|One)\s+[^,“”\"]{2,100},\s+who\s+[^,“”\"]{2,80}?,?\s*$")


def _inverted_unnamed(masked: str, sentence: str) -> list[Spoken]:
    """ "..., said the official who asked not to be named.": the words before, and who said them."""
    inverted = _INVERTED_UNNAMED.search(masked)
    if inverted is None:
        return []
    before = sentence[: inverted.start()].strip(' ,“”"')
    return [Spoken(inverted["speaker"], inverted.start("speaker"), before, inverted.start("verb"))]


# What a plea admits: "admitted three charges", "admits two counts of fraud", "admitted liability"
ADMITTED_CHARGE = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:charges?|counts?|offen[cs]es?|liability|responsibility|guilt|breach(?:es)?"
    r"|manslaughter|murder|theft|fraud|assault|wrongdoing)\b"
)


# A name's own, then a verb of saying as a participle before its noun: "Acmeco's recently announced
# merger", "the board's newly stated aim", "Orla's announced cuts" (not "It's reported that")
OWNED_PARTICIPLE = re.compile(r"(?<![\w’'])(?!It[’']s|it[’']s)[\w-]+[’']s\s+(?:[a-z]+ly\s+)?$")


def find_spoken(sentence: str) -> list[Spoken]:
    """Each reporting verb outside quotes, with the speaker it has and what was said."""
    # "contended, among others, that ...": words set off by commas between the verb and "that"
    masked = _INTERJECTED.sub(lambda m: " " * len(m[0]), _masked(sentence))
    set_off = _SET_OFF.match(sentence.strip())
    if set_off is not None:
        who = speaker_before(set_off["who"])
        if who is not None and (who[0][:1].isupper() or _GROUP.match(who[0])):
            said = sentence.strip().rstrip(".!")  # the whole sentence: the words as written
            return [Spoken(who[0], set_off.start("who") + who[1], said, set_off.end("who"))]
    work = _WORK_SHOWS.match(sentence.strip())
    if work is not None:
        return [Spoken(work["who"], 0, sentence.strip()[work.end() :].rstrip(". "), work.start("verb"))]
    inverted = _INVERTED.search(masked)
    if (
        inverted is not None
        and inverted["speaker"].islower()
        and _SUBJECT_WHO_BEFORE.match(sentence[: inverted.start()])
    ):
        # "An official of the board, who declined to be named, said prices rose.": the subject and
        # the clause about it come before "said"; what follows is what was said, no speaker
        inverted = None
    if inverted is not None and re.search(r"[“\"]\s*\w", sentence[inverted.end("speaker") :]):
        # 'Jo Hart, the club's head, said the fee was "far too high."': the words after the verb, a
        # quote among them, are what was said (masked, the quote looked like the sentence's end)
        inverted = None
    if inverted is not None:
        before = sentence[: inverted.start()].strip(' ,“”"')
        # (the name after a post and its initials: "Area Liaison Officer (ALO) Ana Ruiz")
        speaker = re.sub(r"^.*\([A-Z]{2,6}\)\s+", "", inverted["speaker"].rstrip("."))
        return [Spoken(speaker, inverted.start("speaker"), before, inverted.start("verb"))]
    if unnamed := _inverted_unnamed(masked, sentence):
        return unnamed
    found: list[Spoken] = []
    for verb in _VERB.finditer(masked):
        if OWNED_PARTICIPLE.search(sentence[: verb.start()]) and re.match(
            r"\s+[a-z]", sentence[verb.end() :]
        ):
            continue  # "Acmeco's recently announced merger": what a name's own was announced, no saying
        spoken = speaker_before(sentence[: verb.start()])
        if spoken is None and _SUBJECT_WHO_BEFORE.match(sentence[: verb.start()]):
            # "A manager at the Kessel mill, who asked not to be named, said ...": the subject the
            # sentence opens with, the clause about it set off by commas
            subject = sentence.split(",")[0].strip()
            spoken = (subject[:1].lower() + subject[1:], sentence.find(subject))
        if verb["verb"] in {"admits", "admitted"} and ADMITTED_CHARGE.match(masked[verb.end() :]):
            continue  # "Acme admitted three charges": a plea, no statement
        if spoken is None or is_price(spoken[0].split()[-1]):
            continue  # ("... down from Sh47 reported a week ago": a price, no one who reports)
        speaker, start = spoken
        right = sentence[verb.end() :]
        if verb["verb"] in {"declared", "declares"} and not masked[verb.end() :].lstrip().startswith("that "):
            if not re.search(r"[”\"],?\s*$", sentence[:start].rstrip()):
                continue  # "declared a state of emergency": what was declared, not said
            right = ""  # "..., with costs,” they declared in favour of ...": the quote is what was said
        if (interjected := _INTERJECTED.match(right)) is not None:
            right = right[interjected.end() :]  # ", among others, that ...": "that" opens what was said
        if verb["verb"] in {"notified", "informed", "reminded", "reminds"}:
            # who was told is no part of what was said (nor all of it, after a quote: "“...,” she
            # reminded bakers.")
            right = right.split(" that ", 1)[1] if " that " in right else ""
        if verb["verb"] in {"assured", "assures", "reassured", "reassures"}:
            # "assured the growers that they will not be fined": a promise made to them, the verb and
            # those assured part of it (what is promised is to them)
            right = verb["verb"] + right
        warned = verb["verb"] in {"warned", "warns", "cautioned", "cautions"}
        if warned and re.match(r"\s+against\s+[a-z]", right):
            right = verb["verb"] + right  # "warned against buying old boats" (as `extraction` reads it)
        if verb["verb"] in {"told", "tells", "tell"}:
            right = _TOLD_WHOM.sub("", right, count=1)  # "told Reuters.", "told firefighters they ..."
            # "told state television last night that ...": the rest of who was told, or when, then "that"
            right = _TOLD_WHEN.sub("", right, count=1)
        # "..., Unit Director Dr. Ana Ruiz said.": what was said comes before the speaker
        said = _what_after(right)
        if said and _GROUP.match(speaker) and not verb["verb"].startswith("expressed"):
            # "Researchers using a telescope say they have found ...": a group that names no one
            # stays in what is claimed (a worry voiced is what it is over: "bakers expressed concern
            # over the new fees")
            said = sentence[start:].strip().rstrip(".")
        # "..., Brightpeak spokeswoman Jo Reeve said.": the post before the name is the speaker's
        # ('“...,” minister Bo Lund reminded': the post in lower case after the quote's close)
        before = re.sub(rf"(?<=[,.?!][”\"])\s+(?i:{_POSTS})$", "", sentence[:start].rstrip())
        said = said or POST_BEFORE_NAME.sub("", before).strip(' ,“”"')
        if said:
            found.append(Spoken(speaker, start, said, verb.start("verb")))
        # "... that the ruling was a joke and said he would appeal": a second claim, same speaker
        more = _AND_SAID.search(masked, verb.end())
        if more is not None:
            rest = sentence[more.start("more") :].split(".")[0]
            found.append(Spoken(speaker, start, rest, verb.start("verb")))
    return found
