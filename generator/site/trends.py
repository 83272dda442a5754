"""A series of figures told in one sentence: "The figure rose from 300 people on 10 January 2024
to 900 people on 12 January 2024."

A table of a count at several dates shows each figure; a reader still has to work out which way
it went. The sentence says it, and only what the figures allow: "rose" or "fell" where each
figure's span of values (``conflicts.span``: "more than 6,000" is anything above) lies wholly
above or below the one before, and otherwise only where the series started and ended; and nothing
where no one party gives every figure, which may be one count contradicting another, not a change
(unless the figures are one rate or level given exactly, which only changes: ``one_level``, a
running total that never falls: ``running_total``, or figures whose later reports say the count
rose or fell to them: ``told_as_change``). The notes name what the figures are
(``grammar.measured``): "the same rate", not "the same count", of a percentage.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from itertools import pairwise

from generator.format.conflicts import Comparison, certainty, compare, current, rate_period, rounding, span
from generator.format.conflicts import when as held_when
from generator.format.dates import PartialDate
from generator.format.model import Number, Qualifier
from generator.format.numbers import number_in_text
from generator.site.grammar import figure, measured, per
from generator.site.markup import escape
from generator.site.views import and_joined, period_text, when

# How a series ending in a forecast (``upcoming.forecast``) is told: not "fell to $200 on 1 June",
# said in March of a fee due to fall in June, but "is expected to fall to".
_EXPECTED = {"rose from": "is expected to rise from", "fell from": "is expected to fall from"}
# A series that ends in a figure already decided for a later day (a law's, a deal's, a budget's).
_SET = {"rose from": "is set to rise from", "fell from": "is set to fall from"}


def trend(numbers: Sequence[Number], ahead: Collection[str] = (), settled: Collection[str] = ()) -> str:
    """The sentence for the figures of one quantity, or "" unless they form a series: given at two
    or more dates (``as_of``), in one unit, with no two figures of one date that disagree. ``ahead``:
    the ids of the figures that are forecasts; a series that ends in one is expected to go there.
    ``settled``: those decided for a later day (by a law, a deal, a budget): it is set to go there."""
    told = _series(numbers)
    if told is None:
        return ""
    verb, first, last = told
    if last.id in ahead:
        verb = _EXPECTED.get(verb, "is expected to go from")
    elif last.id in settled:
        verb = _SET.get(verb, "is set to go from")
    return f"The figure {verb} {escape(figure(first))} {_on(first)} to {escape(figure(last))} {_on(last)}."


def since(numbers: Sequence[Number], latest: Number) -> str:
    """Where the series of ``numbers`` began, said of ``latest``, its last figure, as a line a key
    figure's card can hold: "Up from 632 people on 9 September 2023", "Down from ...", "Was more
    than 200 people on ..." where it may not have risen, or went up and down; "" when ``latest``
    ends no series.
    A card of a toll's last count alone read as one more figure, not as where a rise had got to."""
    told = _series(numbers)
    if told is None or told[2] is not latest:
        return ""
    verb, first, _ = told
    word = {"rose from": "Up from", "fell from": "Down from"}.get(verb, "Was")
    return f"{word} {escape(figure(first))} {_on(first)}"


def revised_from(old: Number, new: Number, link: str) -> str:
    """Under the card of a figure that revised ``old``, an earlier one, what it was, linked to it:
    "Revised up from [$2 million to $3 million](...), the figure as of May 2024." The card of a cost's
    latest estimate alone did not say it had been raised, nor from what. "" for a correction of a
    figure of the same time (a count of that day put right), whose wrong figure is no news, and where
    either date is missing or one holds within the other ("May 2024" and "10 May 2024")."""
    before, after = old.as_of or "", new.as_of or ""
    if not before or not after or after.startswith(before) or before >= after:
        return ""
    old_top = old.upper if old.upper is not None else old.value
    new_top = new.upper if new.upper is not None else new.value
    way = "up " if new.value > old_top else "down " if new_top < old.value else ""
    return f"Revised {way}from [{escape(figure(old))}]({link}), the figure as of {when(before)}."


def revised_through(chain: Sequence[tuple[Number, str]], new: Number) -> str:
    """Under the card of a figure revised more than once, from the first of the figures it replaced
    whose date is before its own, then through the later ones: "Revised down from [$9 million](...),
    the figure as of 2 March 2024, then [$7 million](...) in May 2024." ``chain``: the figures ``new``
    replaced, each with its link, latest first (the one it revises, then the one that one revised).
    The card of a fee cut twice in one month, the second cut dated within the first's month, said
    nothing of where the fee began: the step before it alone could not be told apart from a
    correction of the same time (``revised_from``). "" where no figure of the chain is dated before."""
    for at, (old, link) in enumerate(chain):
        first = revised_from(old, new, link)
        if not first:
            continue
        steps = [
            f"[{escape(figure(step))}]({to}) {_on(step)}" for step, to in reversed(chain[:at]) if step.as_of
        ]
        return f"{first[:-1]}, then {and_joined(steps)}." if steps else first
    return ""


def _series(numbers: Sequence[Number]) -> tuple[str, Number, Number] | None:
    """How the figures of one quantity went, as ``(verb, first, last)`` ("rose from", ...), or None
    unless they form a series (``trend``)."""
    compared = compare(numbers)
    # A revised figure is replaced: the series goes on from its revision.
    dated = [n for n in current(compared.numbers) if n.as_of]
    if not compared.series or compared.conflicts or len({n.as_of for n in dated}) < 2:
        return None
    if len({n.unit for n in dated}) > 1 or len({certainty(n) for n in dated}) > 1:
        # Confirmed cases, then suspected ones, are no series of one count.
        return None
    # Figures from different parties that "fall" may be one party's count contradicting another's:
    # a series is told only where some party gives every figure of it (its own count over time), or
    # where the figures are one rate or level that reports give exactly.
    if (
        not set.intersection(*(_parties(n) for n in dated))
        and not one_level(dated)
        and not running_total(dated)
        and not one_body(dated)
        and not told_as_change(dated)
    ):
        return None
    # A running total a body raised during the day (632 dead in the morning, 2,012 by night) rose
    # from its first count: "rose from 2,012", the day's last, hid where the count began.
    first = _first_count(dated, compared.revised)
    last = dated[-1]
    spans = [span(n) for n in (first, *dated[1:])]
    steps = list(pairwise(spans))
    if all(later[0] > earlier[1] for earlier, later in steps) or (
        # A total that stood still between two reports and rose overall has risen: "rose from 20
        # to 66", not "went from", though 66 was given twice at the end.
        running_total(dated) and spans[-1][0] > spans[0][1]
    ):
        verb = "rose from"
    elif all(later[1] < earlier[0] for earlier, later in steps):
        verb = "fell from"
    else:
        verb = "went from"
    return verb, first, last


def _first_count(dated: Sequence[Number], revised: Sequence[tuple[Number, Number]]) -> Number:
    """Where a series of ``dated`` figures (the revised left out) began: its first figure, or, for
    a running total, the earliest figure that figure revised upwards, step by step. A running total
    that one body raised is its rise, not a correction; a figure revised down stays left out."""
    first = dated[0]
    earlier = {id(new): old for old, new in revised}
    while (old := earlier.get(id(first))) is not None and running_total([old, *dated]):
        if span(old)[0] >= span(first)[0]:
            break
        first = old
    return first


def one_level(numbers: Sequence[Number]) -> bool:
    """Whether ``numbers`` are one rate or level (``grammar.measured``), each given exactly, and
    stated by at most one named party: a rate one body sets or publishes ("the lending rate, 4.5%"),
    which reports repeat. Two such figures at two dates differ because the rate changed, not because
    two parties count differently; an "about", a range or a second party who states one leaves that
    doubt."""
    stated = {actor for n in numbers for actor in n.stated_by}
    return (
        bool(numbers)
        and len(stated) <= 1
        and all(
            measured(n) == "rate" and n.qualifier is Qualifier.EXACT and n.upper is None and n.amount is None
            for n in numbers
        )
    )


def one_body(numbers: Sequence[Number]) -> bool:
    """Whether ``numbers`` are, but for figures whose reports name no one for them, one party's:
    every figure that names who gives it names the same one, and those outnumber the rest (a health
    agency's case fatality ratio week by week, and a report's last figure naming no one). A report
    that names no one adds no second party to measure it otherwise: the figures are told as that
    party's series, not as figures "from who measures it"."""
    named = [n for n in numbers if n.stated_by]
    if len(named) < 2 or len(named) * 2 <= len(numbers):
        return False
    return bool(set.intersection(*(set(n.stated_by) for n in named)))


# A report's words that say a count went up or down to its figure: "the fleet grew to more than
# 400 boats", "the queue fell to 120 ships". "Reached" says neither way.
_ROSE = r"grew|grown|rose|risen|climbed|increased|swelled|swollen|expanded|jumped|soared|mounted"
_FELL = r"fell|fallen|dropped|declined|decreased|shrank|shrunk|dipped|sank|sunk"


# The verb, "to", then within a few words the first figure: the one the count went to.
def _changed_to(verbs: str) -> re.Pattern[str]:
    figure_after = r"[^.;:\d]{0,40}?(?P<figure>\d[\d,.]*(?:\s+(?:thousand|million|billion|trillion))?)"
    return re.compile(rf"\b(?:{verbs})\s+to\b{figure_after}", re.IGNORECASE)


_CHANGED = {"rose": _changed_to(_ROSE), "fell": _changed_to(_FELL)}


def told_as_change(numbers: Sequence[Number]) -> str:
    """ "rose" or "fell" when ``numbers`` (of one thing, from different sources) are each of their
    own date, and every figure after the first is cited from a report that says the count rose (or
    fell) to it, in the way their values go: a harbour's 90 boats, then a later report's "the
    fleet grew to more than 400 boats" is the fleet's growth, which its report tells, not two counts
    that may differ by who counts; "" otherwise. Two figures of one date still disagree."""
    dated = sorted((n for n in numbers if n.as_of), key=lambda n: PartialDate.parse(n.as_of or ""))
    if len(dated) < 2 or len({n.as_of for n in dated}) < len(dated):
        return ""
    spans = [span(n) for n in dated]
    for way, pattern in _CHANGED.items():
        goes = all(
            (later[0] > earlier[1]) if way == "rose" else (later[1] < earlier[0])
            for earlier, later in pairwise(spans)
        )
        if goes and all(_says_it_went(n, pattern) for n in dated[1:]):
            return way
    return ""


def _says_it_went(number: Number, pattern: re.Pattern[str]) -> bool:
    """Whether a report ``number`` is cited from says the count went, by ``pattern``'s verb, to it."""
    measures = f"{number.unit or ''} {number.counts}"
    quotes = [text for c in number.cite for text in (c.evidence, c.translation) if text]
    return any(
        number_in_text(number.value, found["figure"], measures)
        for quote in quotes
        for found in pattern.finditer(quote)
    )


# What says a count is a running total, kept since a start: "cases since the outbreak began",
# "people vaccinated so far", "deaths to date", "the total of homes lost".
_RUNNING = re.compile(r"\b(?:since|so far|to date|in total|in all|cumulative|total)\b", re.IGNORECASE)
# A toll: the dead and injured of one disaster or attack only add up ("people killed by the
# storm"), each count the total since it struck, though its words name no start.
_TOLL = re.compile(r"\b(?:killed|dead|deaths?|died|fatalities|injured|wounded)\b", re.IGNORECASE)
# Words that make a toll one of a span of time, not a total: "new deaths", "deaths a day",
# "people killed in 2023", "deaths in the past week".
_SPAN = re.compile(
    r"\b(?:new|daily|weekly|monthly|annual|yearly|each|every|per|a (?:day|week|month|year)|past|last"
    r"|this|overnight|latest)\b|\d",
    re.IGNORECASE,
)


def running_words(number: Number) -> bool:
    """Whether ``number``'s words name a total kept since a start (``_RUNNING``): "cases so far"."""
    return bool(_RUNNING.search(number.counts))


def _kept_since_a_start(number: Number) -> bool:
    """Whether ``number``'s words say it is a total kept since a start: a word of one (``_RUNNING``),
    or a toll (``_TOLL``) of no span of time (no ``per``, no ``period``, no ``_SPAN`` word)."""
    if running_words(number):
        return True
    return (
        bool(_TOLL.search(number.counts))
        and number.per is None
        and number.period is None
        and not _SPAN.search(number.counts)
    )


def running_total(numbers: Sequence[Number]) -> bool:
    """Whether ``numbers`` are one running total at several dates: counts (``grammar.measured``)
    whose words say they are kept since a start, and whose figures never fall, each at least the
    one before. Such a total only grows, so successive figures from different parties (a minister,
    then a ministry, then an agency) read as its rise, not as counts that may contradict one
    another; one that falls is a contradiction, or not a running total, and keeps that doubt."""
    dated = sorted((n for n in numbers if n.as_of), key=lambda n: n.as_of or "")
    if len(dated) < 2 or not all(measured(n) == "count" and _kept_since_a_start(n) for n in dated):
        return False
    return all(later[0] >= earlier[0] for earlier, later in pairwise(span(n) for n in dated))


def _noun(numbers: Sequence[Number]) -> str:
    """What a series is of, for its notes: "count", "rate", "share", "amount"; "figure" for a mix."""
    kinds = {measured(n) for n in numbers}
    return kinds.pop() if len(kinds) == 1 else "figure"


# Why figures of one thing from different sources may differ without a change: who counts a
# count, who measures a rate or a share.
_WHO_GIVES = {"rate": "who measures it", "share": "who measures it"}


def _who_gives(numbers: Sequence[Number]) -> str:
    return _WHO_GIVES.get(_noun(numbers), "who counts")


def series_note(numbers: Sequence[Number], ahead: Collection[str] = (), settled: Collection[str] = ()) -> str:
    """What the table of a quantity given at several dates, none disagreeing, tells a reader: which
    way it went, when one party gives every figure (or they are one rate, ``one_level``); else that
    the change may be who counts. Each names what the figures are: "the same rate", "the same count".
    ``ahead``: the ids of the figures that are forecasts, ``settled`` those decided (``trend``)."""
    if sure := _sureness(numbers):
        return sure
    if spans := _overlapping_periods(numbers):
        return spans
    noun = _noun(numbers)
    told = trend(numbers, ahead, settled)
    dated = [n for n in current(numbers) if n.as_of]
    if told and dated and not set.intersection(*(_parties(n) for n in dated)) and running_total(dated):
        return f"A running total, which different sources give at different dates, earliest first. {told}"
    if (
        told
        and dated
        and not set.intersection(*(_parties(n) for n in dated))
        and (way := told_as_change(dated))
    ):
        # Why figures from different sources read as a change: the later reports say so.
        which = "the later one" if len(dated) == 2 else "each later one"
        change = "a rise" if way == "rose" else "a fall"
        lead = "Different sources give this at different dates, earliest first"
        return f"{lead}; {which} reports {change}. {told}"
    if told:
        return f"The same {noun} at different dates, earliest first. {told}"
    if expected := _expected_from_now(dated, ahead, settled):
        return f"The same {noun} at different dates, earliest first. {expected}"
    if (
        dated
        and not set.intersection(*(_parties(n) for n in dated))
        and not one_level(dated)
        and not one_body(dated)
    ):
        if len({(n.value, n.upper, n.unit) for n in dated}) == 1:
            # One figure said again later by another: "a difference between them may come from who
            # counts" spoke of a difference the table does not show.
            return "Different sources give the same figure at different dates, earliest first."
        return (
            "Different sources give this at different dates, earliest first: a difference between"
            f" them may come from {_who_gives(numbers)}, not from a change."
        )
    return f"The same {noun} at different dates, earliest first: the figures follow one another."


def _expected_from_now(dated: Sequence[Number], ahead: Collection[str], settled: Collection[str] = ()) -> str:
    """ "The figure is expected to go from ... to ...", for figures of one thing in one unit whose
    last alone is a forecast (``ahead``), given by someone else than the earlier ones: a fare of
    today and the fare a union expects in 2030 differ because a change is expected, not because
    different parties count; "is set to go from" where the last is decided (``settled``: a wage a
    signed deal sets for 2028); "" otherwise."""
    ordered = sorted(dated, key=lambda n: n.as_of or "")
    if (
        len(ordered) < 2
        or len({n.unit for n in ordered}) > 1
        or len({n.as_of for n in ordered}) < len(ordered)
    ):
        return ""
    *before, last = ordered
    later = {*ahead, *settled}
    if last.id not in later or any(n.id in later for n in before):
        return ""
    first = ordered[0]
    verb = "is expected to go" if last.id in ahead else "is set to go"
    return (
        f"The figure {verb} from {escape(figure(first))} {_on(first)} to {escape(figure(last))} {_on(last)}."
    )


def _bounds(number: Number) -> tuple[str, str] | None:
    """The first and last day a figure's period covers, as comparable text ("2000" starts at
    "2000-00-00" and ends at "2000-99-99"); None for a figure with no period of both ends."""
    period = number.period
    if number.as_of or period is None or not period.start or not period.end:
        return None
    return (period.start + "-00-00"[len(period.start) - 4 :], period.end + "-99-99"[len(period.end) - 4 :])


def _overlapping_periods(numbers: Sequence[Number]) -> str:
    """ "Each figure is an average a year over its own period, and the periods overlap: ..." for
    figures of one quantity each given over a period, some of which overlap (2000 to 2011, 2000 to
    2019, 2000 to 2023): no series over dates, whose figures "follow one another", but averages or
    totals over spans that take in one another, which differ without disagreeing. "" otherwise."""
    bounds = [_bounds(n) for n in numbers]
    if len(bounds) < 2 or None in bounds:
        return ""
    spans = sorted({b for b in bounds if b is not None})
    if len(spans) < 2 or not any(
        a[0] <= b[1] and b[0] <= a[1] for i, a in enumerate(spans) for b in spans[i + 1 :]
    ):
        return ""
    rates = {per(n).strip() for n in numbers}
    what = f"an average {rates.pop()} over" if len(rates) == 1 and "" not in rates else "for"
    return (
        f"Each figure is {what} its own period, and some of the periods overlap: a longer period takes in"
        " the shorter ones within it, so these figures differ without disagreeing: they are not a series"
        " over time."
    )


def across_note(numbers: Sequence[Number]) -> str:
    """What the figures several stories give for one quantity show, in a sentence above their table:
    which way a series went (``trend``); where different sources give its figures, where it started
    and ended and why that may not be a change; figures that cannot all hold; else estimates that
    can. "" for figures that are all alike, which need no sentence."""
    told = trend(numbers)
    if told:
        return told
    compared = compare(numbers)
    if compared.conflicts:
        return disagreement(compared)
    dated = [n for n in compared.numbers if n.as_of]
    if compared.series and len({n.as_of for n in dated}) > 1 and len({n.unit for n in dated}) == 1:
        first, last = dated[0], dated[-1]
        return (
            f"The figures go from {escape(figure(first))} {_on(first)} to {escape(figure(last))} {_on(last)},"
            " but different sources give them: a difference may come from"
            f" {_who_gives(dated)}, not from a change."
        )
    if len({(span(n), n.unit) for n in numbers}) < 2:
        return ""
    return agreement(numbers)


# How a qualifier reads before a figure, in the sentence that says why figures can all be true.
QUALIFIER_WORDS = {
    Qualifier.ABOUT: "about",
    Qualifier.MORE_THAN: "more than",
    Qualifier.AT_LEAST: "at least",
    Qualifier.AT_MOST: "at most",
    Qualifier.UP_TO: "up to",
    Qualifier.FEWER_THAN: "fewer than",
}
# Up to this many figures that disagree are each named; more are told by their lowest and highest.
NAMED_FIGURES = 3


def disagreement(compared: Comparison) -> str:
    """The figures of a quantity that cannot all be right, told: "The sources disagree, and their
    figures cannot all be right: for 10 January 2024, one gives 12 people and another 30 people."
    The table under it says who gives each; the sentence says how far apart they are."""
    parts = []
    for conflict in compared.conflicts:
        # Lowest first, so that the sentence reads as a spread.
        shown = [escape(figure(n)) for n in sorted(conflict, key=lambda n: n.value)]
        official = [n for n in conflict if n.official]
        if len(official) == 1:
            # Which one is the official figure, said plainly; the others dispute it.
            others = [escape(figure(n)) for n in sorted(conflict, key=lambda n: n.value) if not n.official]
            give = "another source gives" if len(others) == 1 else "other sources give"
            told = f"the official figure is {escape(figure(official[0]))}; {give} {and_joined(others)}"
        elif len(conflict) == 2:
            told = f"one gives {shown[0]} and another {shown[1]}"
        elif len(conflict) <= NAMED_FIGURES:
            told = f"they give {and_joined(shown)}"
        else:
            low = min(conflict, key=lambda n: n.value)
            high = max(conflict, key=lambda n: n.upper if n.upper is not None else n.value)
            told = f"they run from {escape(figure(low))} to {escape(figure(high))}"
        held = _held(conflict[0])
        parts.append(f"{held}, {told}" if held else told)
    return f"The sources disagree, and their figures cannot all be right: {'; '.join(parts)}."


def _sureness(numbers: Sequence[Number]) -> str:
    """ "These figures differ but do not disagree: ..." for figures of one quantity that say they are
    differently sure ("confirmed", "suspected"); "" otherwise."""
    kinds = {certainty(n) for n in numbers}
    if len(kinds) < 2:
        return ""
    words = [f"“{word}”" for word in sorted({word for kind in kinds for word in kind})]
    if len(words) == 1:
        return f"These figures differ but do not disagree: what is {words[0]} is counted apart from the rest."
    return f"These figures differ but do not disagree: {and_joined(words)} are counted apart."


def rate_periods(numbers: Sequence[Number]) -> str:
    """ "Not every figure is counted over the same time: ..." for figures of one quantity some of which
    are rates of a period ("$14 billion a year") and others of another period or of none
    ("$30 billion"), which ``compare`` does not set against one another; "" otherwise. Side by
    side with nothing said, a year's sum and a figure that may be a total of several read as a
    dispute, or as one amount."""
    periods = {rate_period(n) for n in numbers}
    if len(periods) < 2:
        return ""
    lead = "Not every figure is counted over the same time"
    rates = [escape(figure(n)) for n in numbers if rate_period(n)]
    bare = [escape(figure(n)) for n in numbers if not rate_period(n)]
    if not bare:
        return f"{lead}: {and_joined(rates)} are rates over different periods."
    (period,) = periods - {""} if len(periods) == 2 else ("",)
    each = (
        ("is for one " if len(rates) == 1 else "are each for one ") + period
        if period
        else "are rates over different periods"
    )
    say = "gives no period and may be a total" if len(bare) == 1 else "give no period and may be totals"
    told = f"{lead}: {and_joined(rates)} {each}, while {and_joined(bare)} {say} over a longer time."
    return " ".join([told, *_rounded_alike(numbers)])


def _rounded_alike(numbers: Sequence[Number]) -> list[str]:
    """For each set of figures of one period that differ only as roundings of one figure can (``rounding``),
    beside figures of another period: "$40 billion and $41 billion may be one figure, each rounded."
    Told apart from the periods, two such figures read as a dispute left unexplained."""
    by_period: dict[tuple[object, ...], list[Number]] = {}
    for number in numbers:  # as ``compare`` sets figures side by side: same period, date and sureness
        key = (rate_period(number), held_when(number), certainty(number))
        by_period.setdefault(key, []).append(number)
    told = []
    for group in by_period.values():
        shown = list(dict.fromkeys(escape(figure(n)) for n in group))
        exact = all(n.qualifier is Qualifier.EXACT and n.margin is None for n in group)
        if len(shown) > 1 and exact and any(rounding(n) for n in group) and not compare(group).conflicts:
            told.append(f"{and_joined(shown)} may be one figure, {_which_rounded(group)}.")
    return told


def _which_rounded(numbers: Sequence[Number]) -> str:
    """ "each rounded" when every figure is round at its scale, else which are: "3,100 people
    rounded" beside an exact 3,047 people, which "each rounded" called rounded too."""
    round_ones = list(dict.fromkeys(escape(figure(n)) for n in numbers if rounding(n)))
    if len(round_ones) == len({escape(figure(n)) for n in numbers}):
        return "each rounded"
    return f"{and_joined(round_ones)} rounded"


def agreement(numbers: Sequence[Number]) -> str:
    """Why figures of one quantity that differ need not contradict one another: their "about" or
    "up to" lets them overlap; or, where one gives no date, they may be of different times."""
    if sure := _sureness(numbers):
        return sure
    if periods := rate_periods(numbers):
        return periods
    if len({figure(n) for n in numbers}) < 2:
        return "The sources give the same figure."
    spans = [span(n) for n in numbers]
    if len({n.unit for n in numbers}) > 1:
        if len(set(spans)) == 1:
            # "25 basis points" and "0.25 percentage points": one figure, said two ways.
            return "The sources give the same figure in different units."
        return "These figures differ but can all be true."
    if max(low for low, _ in spans) > min(high for _, high in spans):
        if all(n.as_of or (n.period and (n.period.start or n.period.end)) for n in numbers):
            # A period is a date too: "not every one says as of when" of 2% over May to June was
            # untrue. Figures that ``compare`` found no conflict in, each dated, hold for different times.
            return "These figures differ, and each holds for its own date or period."
        return "These figures differ, and not every one says as of when: they may count at different times."
    words = list(
        dict.fromkeys(QUALIFIER_WORDS[n.qualifier] for n in numbers if n.qualifier in QUALIFIER_WORDS)
    )
    every = "both" if len(numbers) == 2 else "all of them"
    if words:
        given = and_joined([f"“{word}”" for word in words])
        return f"These figures differ but can all be true: given with {given}, one figure can fit {every}."
    if any(n.upper is not None for n in numbers):
        return f"These figures differ but can all be true: the ranges overlap, so one figure can fit {every}."
    if all(rounding(n) for n in numbers):
        return (
            f"These figures differ but can all be true: each is rounded, and one figure can round to {every}."
        )
    if any(rounding(n) for n in numbers):
        round_ones = list(dict.fromkeys(escape(figure(n)) for n in numbers if rounding(n)))
        exact = list(dict.fromkeys(escape(figure(n)) for n in numbers if not rounding(n)))
        verb = "may be" if len(round_ones) == 1 else "may each be"
        told = f"{and_joined(round_ones)} {verb} {and_joined(exact)}, rounded"
        return f"These figures differ but can all be true: {told}."
    return "These figures differ but can all be true."


def _held(number: Number) -> str:
    """ "for 10 January 2024", or "over September to November 2023": the date or period a set of
    figures that disagree holds for; "" when they give none."""
    if number.as_of:
        return f"for {when(number.as_of)}"
    return f"over {period_text(number.period)}" if number.period and period_text(number.period) else ""


def _parties(number: Number) -> set[str]:
    """Who gives a figure: the actors stating it, else the sources it is cited from."""
    return set(number.stated_by) or {f"source {c.source}" for c in number.cite}


def _on(number: Number) -> str:
    """ "on 10 January 2024" for a day, "in January 2024" or "in 2024" for a month or a year."""
    date = number.as_of or ""
    return f"{'on' if len(date) == 10 else 'in'} {when(date)}"


def day_counts(numbers: Sequence[Number], day: str) -> list[tuple[Number, Number]]:
    """The counts a running total (``running_total``: a toll, cases since an outbreak began) was
    given at on ``day``, a full date: for each such total of ``numbers`` with a figure that day, its
    first and its latest figure (the one no other of the day revises), in the order the totals are
    first given. The timeline told a toll's first count and its last, each an event, and not the
    rise between; a count is no event, but the day's count says where the toll stood on an event's
    day. A total given at one date only is no series to place."""
    if PartialDate.parse(day).day is None:
        return []
    by_quantity: dict[str, list[Number]] = {}
    for number in numbers:
        if number.quantity:
            by_quantity.setdefault(number.quantity, []).append(number)
    told = []
    for series in by_quantity.values():
        if len({n.as_of for n in series if n.as_of}) < 2 or not running_total(current(series)):
            continue
        that_day = [n for n in series if n.as_of == day]
        if not that_day:
            continue
        revised = {n.revises for n in that_day}
        latest = ([n for n in that_day if n.id not in revised] or that_day)[-1]
        told.append((that_day[0], latest))
    return told
