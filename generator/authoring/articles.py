"""An article's plain text as `explainer init --from-article` reads it: its head and its paragraphs.

The head is the few lines before the text: a headline, a line with the page's address, a date line
("May 29, 2025", "Published: 29 May 2025", "April 25, 2014 / 9:41 AM"), a byline ("By Anna Keller
and Marc Dubois") or a credit line ("John Smith And Jane Doe Los Angeles Times"), an outlet's name.
The text may open with a wire dateline ("ROTTERDAM, March 14, 2025 (Reuters) - ", "BRASILIA Jan 15 ",
"WASHINGTON (CN) — ") that gives the place, often the date, sometimes the agency. An article pasted
without its headline starts with its first paragraph; its first sentence then stands in as title.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

from generator.authoring import gazetteer, towns
from generator.authoring.quotemarks import open_quotes
from generator.authoring.readingtime import without_reading_time
from generator.authoring.siteaddress import names_the_site
from generator.authoring.speakers import paired
from generator.errors import GeneratorError

MAX_TITLE = 120
MAX_EVIDENCE = 300
_MONTHS = {name.lower(): index for index, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): index for index, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# ("Harbour FM": a radio station's band names it an outlet)
MEDIA_WORDS = {"voice", "times", "news", "post", "press", "agency", "tribune", "herald", "journal", "fm"}

# A date line: a short line near the top that is only a date ("Tuesday, July 23, 2013", "02 February
# 2010", "October 2010"), optionally after "Published:", "Updated:" or "Posted on".
# ("Published on: ..." too)
_DATELINE_PREFIX = re.compile(r"^(?:Published|Date|Updated|Posted)\s*(?:\bon\b\s*)?:?\s*", re.IGNORECASE)
# An agency in brackets before the time and the date ("(Xinhua) 13:17, January 15, 2024", pasted
# too with its opening bracket lost)
_AGENCY_BEFORE_TIME = re.compile(r"^\(?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?\)\s+(?=\d{1,2}:\d{2}\b)")
_DATELINE_WORDS = 6
_HEAD_LINES = 6
# A date opening a line, with a time or a section after it: "April 25, 2014 / 9:41 AM / 3 years ago",
# "June 3, 2015 at 4:20 PM",
# "February 23, 2011 in Nation/World", "Friday, May 2, 2014. Posted: 10:02:11 (AEST)".
_LEADING_DATE = re.compile(
    rf"^(?:[A-Z][a-z]+day,?\s+)?(?P<date>{_MONTH_NAME}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_NAME},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})(?=\s*(?:$|[/|·•,]|\bin\b|(?:at\s+)?\d{1,2}:\d{2}"
    # "Friday, May 2, 2014. Posted: 10:02:11": the date, a full stop, then when it was posted
    r"|\.\s+(?:Posted|Updated|Published)\b))"
)
# A wire dateline opening a paragraph: the place in capitals (and a region after a comma), then a
# date (with or without a year), an agency in brackets, and a dash; or the date and no dash.
_WIRE_DATELINE = re.compile(
    r"^(?P<place>[A-Z]{2}[A-Z.'’ -]*?[A-Z.](?:,\s*(?P<region>[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?))?)"
    # the date after a comma, or between dashes: "LAKESIDE, N.Z. — Feb. 9, 2018 — "
    rf"(?:(?:,?\s+|\s+[—–]{{1,2}}\s+)(?P<date>{_MONTH_NAME}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH_NAME}(?:\s+\d{{4}})?))?"
    r"\s*(?:\((?P<agency>[^()]{2,40})\))?"
    # (or a colon after the agency: "LAKESIDE, Ore. (KXYZ): The ...", its space lost in the paste too:
    # "ORLA, Mar 3 (KNA):The ...")
    r"(?:\s*\.?[-—–_]{1,2}\s+|(?<=\d)\s+(?=[A-Z])|(?<=\))\s*:\s*(?=[A-Z“\"]))"
    # or a date and an agency with no place: "May 26 (Reuters) - "
    rf"|^(?P<date_>{_MONTH_NAME}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)\s*\((?P<agency_>[^()]{{2,40}})\)\s*[-—–]{{1,2}}\s+"
    # or a town in title case, a comma and a day, its dash lost in the paste: "Port Orla, March 2 The
    # ministry said ..." (a day and a capital after it, so no sentence of the text)
    rf"|^(?P<place_>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}),\s+(?P<date__>{_MONTH_NAME}\s+\d{{1,2}}(?:,\s+\d{{4}})?)"
    r"\s+(?=[A-Z][a-z]+\s+(?:has|have|had|is|was|are|were|said|says|will|reported)\b|[A-Z][a-z]+\s+[a-z]+\s+[a-z]+)"
    # or a town in title case, a day and an agency's letters in brackets, the text right after them:
    # "Port Orla, Mar 3 (KNA) Some 400 ...", or its name in words and a dash glued to the text:
    # "Port Orla, Mar 3 (Kessel Wire)--Some 400 ..."
    rf"|^(?P<place__>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}),\s+(?P<date___>{_MONTH_NAME}\s+\d{{1,2}}(?:,\s+\d{{4}})?)"
    r"\s*\((?P<agency__>[A-Z]{2,6}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\)(?:\s+|\s*[-—–]{1,2}\s*)(?=[A-Z“\"])"
)
# A web address alone on a line of the head: where the article was read.
_URL_LINE = re.compile(r"^https?://\S+$")
# The date a page's address gives: /2011/05/12/, /2011-01/04/, -2010-01-19-, /2011/feb/23/.
# Not the number a slug opens with after /year/month/ ("/2022/10/13-people-were-rescued").
_URL_DATE = re.compile(
    r"(?<![\d])(?P<year>(?:19|20)\d{2})[/-](?P<month>0?[1-9]|1[0-2]|[a-z]{3})(?P<sep>[/-])"
    r"(?P<day>0?[1-9]|[12]\d|3[01])(?![\d])"
)
# The same written as one number between a slug's hyphens ("-ferry-fares-cut-20171004-story.html") or
# as a folder of its own, after a story's number ("/articles/5120/20171004/ferry-fares-cut.htm"), or
# its month and day as one folder after the year's ("/news/2017/1004/5120-ferry-fares-cut").
_URL_COMPACT_DATE = re.compile(
    r"(?<=[-/])(?P<year>(?:19|20)\d{2})(?:/(?=\d{4}/))?(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])"
    r"(?=[-./]|$)"
)
# Credits at the end of a wire report: "Reporting by ...; Editing by ...".
# ("(Edited by K. Lund)": an editor's credit alone)
_CREDITS = re.compile(r"^\(?(?:Additional\s+)?(?:Reporting|Writing|Editing|Edited)\s+by\b", re.IGNORECASE)
# The same in brackets closing a text pasted as one paragraph: "... No. 12-cr-00204. (Reporting by ...)"
_TRAILING_CREDITS = re.compile(
    r"(?<=[.!?”\"])\s*(?P<credits>\((?:Additional\s+)?(?:Reporting|Writing|Editing|Edited)\s+by\b[^()]*\))\s*$",
    re.IGNORECASE,
)
# A photo's credit: "(Photo: Ana Ruiz)", or after a bar at a caption's end ("... | File photo").
_PHOTO = re.compile(
    r"\((?:Photo|Image|Credit|Picture)\s*:"
    r"|\|\s*(?:contributed|file|submitted|courtesy|staff|provided)\s+(?:photo|image|picture)\s*$",
    re.IGNORECASE,
)
# A byline a page glued to the line above it: "... Facebook PageBy Ana Ruiz".
_GLUED_BY = re.compile(r"(?<=[a-z])(?=By\s+[A-Z][\w’'-]+\s+[A-Z][\w’'-]+$)")
# A photo's caption ending in its credit in brackets: "... the new depot. (Photo: Ana Ruiz)".
_CREDIT_CLOSING = re.compile(r"\((?:Photo|Image|Credit|Picture)\s*:[^()]*\)\s*$", re.IGNORECASE)
# A page's date later than its address's by more than this is the day the page was read.
_DAYS_A_PAGE_IS_NEWS = 2
# A caption ending in its photo credit with no "Photo:" before it: "... wildfires.Karl A. Wende /
# MICHAEL A. MARIANT", "Jane Roe/Staff", "... 2019. John Doe / dpa / AFP." (names split by slashes).
_CREDIT_NAMES = r"[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}"
_CAPTION_CREDIT = re.compile(
    rf"(?:^|[.!?)]\s*){_CREDIT_NAMES}(?:\s*/\s*[\w.'’&-]+(?:\s+[A-Z][\w.'’&-]*){{0,3}})+\s*\.?$"
)
# Titles shortened before a name ("Fire Capt. Ned Farrow"): no sentence ends after them.
TITLE_ABBREVIATIONS = (
    "Capt|Lt|Sgt|Gov|Sen|Rep|Det|Insp|Cmdr|Col|Maj|Gen|Adm|Supt|Atty|Cpl|Pvt|Dr|Prof|Rev|Fr|Dep|Coun|Cllr"
    "|Cst|Const|Lieut|Brig|Cmdt"
)
# Words of a place's name shortened, as the saints' and the landforms' names are in many countries:
# "St. Louis", "Sta. Orla" (Santa), "Sto. Kessel" (Santo), "Mt. Kenya", "Ft. Worth", "Pto. Tarn" (Puerto).
PLACE_ABBREVIATIONS = "St|Ste|Sta|Sto|Sts|Mt|Mte|Ft|Pt|Pta|Pto"
# Given names shortened inside a person's name, the old English ones and the Spanish "Ma." (Maria):
# "Wm. Tate", "Ana Ma. Ruiz", "Chas. Dunn".
GIVEN_ABBREVIATIONS = "Ma|Wm|Chas|Jas|Thos|Geo|Robt|Benj|Fco|Jno"
# A page's line that sends the reader to the outlet the report is from: "Click here to read more at
# the Kessel Courier.", "Read the full story at Harbour News".
_READ_MORE_AT = re.compile(
    r"^(?i:(?:click here to\s+)?read (?:more|the (?:full|whole|rest of the) (?:story|article|report))"
    r"\s+(?:at|on|in)\s+(?:the\s+)?)(?P<outlet>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,5})\s*\.?$"
)
# A copyright line below the text crediting outlets, the agency of its photo and the site's own tag:
# "© KNA Photo / #Harbour Daily" (each an agency's letters, a tag, or an outlet's name; no person's).
_COPYRIGHT_CREDITS = re.compile(r"^©\s*(?:\d{4}\s+)?(?P<credits>[^/]{2,40}(?:/[^/]{2,40})+)$")
_CREDITED_OUTLET = re.compile(
    r"#[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3}|[A-Z]{2,6}(?:\s+[A-Z][\w&’'.-]*){0,2}"
)


def _copyright_outlets(line: str) -> str | None:
    """The outlets a copyright line below the text credits, joined by slashes; None for any other line."""
    credits = _COPYRIGHT_CREDITS.match(line)
    parts = [part.strip() for part in credits["credits"].split("/")] if credits else []
    if not parts or not all(_CREDITED_OUTLET.fullmatch(part) or _is_outlet(part) for part in parts):
        return None
    return "/".join(part.lstrip("#") for part in parts)


# Lines of a web page that are not the article: advertisement markers, links to other stories,
# sharing, sign-up and comment notices, copyright lines, captions with a photo credit.
_BOILERPLATE = re.compile(
    r"^(?:advertisements?|sponsored(?:\s+content)?|story continues below\b.*|continue reading\b.*"
    r"|read (?:more|next|also)\b.{0,80}|related(?:\s+(?:stories|articles|coverage|content))?\s*:?.{0,80}"
    r"|latest(?:\s+(?:headlines|news|stories))|most (?:read|popular|viewed)|top stories|trending"
    r"|share (?:this|on)\b.{0,60}|sign up\b.*|subscribe\b.{0,80}|click here\b.*|follow us\b.*"
    r"|comments? (?:are|is) (?:closed|no longer available|disabled)\b.*|all rights reserved\b.*"
    r"|(?:™\s*&?\s*)?(?:copyright|©)\s.*|.*\ball rights reserved\.?"
    r"|(?:photo|image|picture|caption|file photo|pictured|credit)\s*:.*|watch\s*:.*"
    # a syndicating site's note on the copy: "Disclaimer: No X Journalist was involved in ..."
    r"|disclaimer\s*:.*"
    # a page's counters and account links: "3600" then "Views", "72 notes", "Log In"
    # (a count of views alone, not a date stamp of eight figures: "20160304")
    r"|(?!(?:19|20)\d{6}$)\d[\d,.]*k?(?:\s+(?:views|notes|comments|shares|likes|reads))?"
    r"|views|notes|log ?in|sign ?in"
    r"|reset password|forgot (?:your )?password|create (?:an )?account|request activation"
    # a row of sharing tools: "reprint or license print story Print email this story to a friend E-Mail"
    r"|(?:[\w ]{0,30}?\b(?:print|e-?mail|reprint|tweet)\b){3,}[\w ]{0,30}"
    # a weather widget: "54°F", "weather icon Partly Cloudy", "-3 °C Cloudy"
    r"|-?\d{1,3}\s*°\s*[FC]?(?:\s+[A-Za-z ]{0,30})?|weather icon\b.{0,30}"
    r"|listen\s*:.*|skip to (?:main )?content|skip navigation|(?:view|load|show) more\b.{0,40}|menu|search"
    # a page's prompts after the text: "Was this article valuable?", "More For You"
    r"|was this (?:article|story|page) (?:helpful|useful|valuable)\??|(?:here are )?more (?:articles|stories)"
    r" (?:you may|you might|to) (?:enjoy|like|read)\.?|more for you|you (?:may|might) also like"
    r"|.*\((?:AP|AFP|EPA|Reuters|Getty Images)\b[^()]{0,40}\b(?:Photo|Images?)\b[^()]*\)\s*)$",
    re.IGNORECASE,
)
# A newsletter's sign-up box inside the text: "Get the week's top stories delivered to your inbox.",
# "Get daily Kessel news", "By providing your email address, you agree to the Courier's Terms of Use".
_SIGN_UP_FORM = re.compile(
    r"^(?:.{0,160}\bdelivered\s+(?:straight\s+|directly\s+)?to\s+your\s+inbox\b.{0,60}"
    r"|get\s+(?:the\s+)?(?:daily|weekly|breaking|latest)\s+(?:[\w'’-]+\s+){0,3}(?:news|headlines|updates|alerts)"
    r"|by\s+(?:providing|entering|submitting|signing\s+up\s+with)\s+your\s+e-?mail(?:\s+address)?,?\s+you\b.{0,200})$",
    re.IGNORECASE,
)
# A one-word section label above the headline ("News", "Business"), not the headline itself.
_SECTIONS = {
    *("news", "world", "nation", "local", "politics", "business", "economy", "markets", "money"),
    *("science", "health", "technology", "tech", "environment", "sport", "sports", "culture"),
    *("entertainment", "opinion", "education", "national", "international", "region", "regional"),
    *("press releases", "press release", "news releases", "breaking news", "latest news", "top stories"),
    "recent news",
}


class DraftError(GeneratorError):
    """The article cannot be drafted from (empty, unreadable)."""


@dataclass
class Article:
    """An article's plain text, split into what the heuristics need."""

    path: Path
    text: str
    title: str
    published: dt.date | None
    authors: list[str]
    paragraphs: list[str]
    # The publication date as precisely as the article gives it: YYYY-MM-DD, YYYY-MM or YYYY.
    published_as: str | None = None
    # Who published it, when a line of the head names an outlet ("VOA News") or a wire dateline its
    # agency ("(Reuters)").
    publisher: str | None = None
    # Where it was read, when a line of the head is a web address.
    url: str | None = None
    # Where the date came from when not from the text itself: "the page's address".
    dated_by: str | None = None
    # The places of wire datelines, as written ("MOSCOW").
    places: list[str] = field(default_factory=list)
    # The day (month, day) of a wire dateline that gives no year: "VIENTIANE, July 24 --".
    dateline_day: tuple[int, int] | None = None
    # Who edited it, as a wire's credit names them: "(...; Editing by Ann Lee)".
    editors: list[str] = field(default_factory=list)
    # Whether that day stood on a line of its own ("Lakeside, June 25" over the text): a day the lead's
    # "today" names, but not always its weekday (a match "on Monday" reported the next day).
    dateline_alone: bool = False
    # Whether a wire dateline opening the text gave the day in full ("LAKESIDE, March 3, 2019 - ").
    dateline_dated: bool = False
    # Who issued the release a page reprints, as its "Source:" field names them on the next line
    # ("Source:" / "Kessel University"): no outlet.
    issuers: list[str] = field(default_factory=list)


def parse_day(text: str) -> dt.date | None:
    """A whole date written in ``text`` ("March 14, 2025", "14 March 2025"), or None."""
    match = re.search(
        rf"\b(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH_NAME})|(?P<month2>{_MONTH_NAME})\s+"
        r"(?P<day2>\d{1,2})(?:st|nd|rd|th)?),?"
        r"\s+(?P<year>\d{4})\b",
        text,
    )
    if not match:
        return None
    month = (match["month"] or match["month2"]).rstrip(".").lower()
    try:
        return dt.date(int(match["year"]), _MONTHS[month], int(match["day"] or match["day2"]))
    except (KeyError, ValueError):
        return None


# A day written in figures on a labelled header line: "03/09/15", "3/9/2015", "09.03.2015".
_NUMERIC_DAY = re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})\b")


def _numeric_day(line: str) -> dt.date | None:
    """The day a header line writes in figures, month first as American pages write it ("03/09/15")
    unless the first figure cannot be a month ("25/12/2014"), day first with dots ("09.03.2015");
    None when it is no date."""
    match = _NUMERIC_DAY.search(line)
    if match is None:
        return None
    a, b, year = int(match["a"]), int(match["b"]), int(match["year"])
    year += (2000 if year < 70 else 1900) if year < 100 else 0
    month, day = (b, a) if match["sep"] == "." or a > 12 else (a, b)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_dateline(line: str) -> str | None:
    """The date a date line gives, as precisely as it gives it; None when the line is not a date.

    dateparser reads the many ways dates are written; it is asked for absolute dates only, so the
    result never depends on the day the draft is made.
    """
    import dateparser  # imported here: only `explainer init` needs it

    text = _AGENCY_BEFORE_TIME.sub("", _DATELINE_PREFIX.sub("", without_reading_time(line))).strip(" .,")
    leading = _LEADING_DATE.match(text)
    if leading and leading.end() < len(text):
        text = leading["date"]
    if not text or len(text.split()) > _DATELINE_WORDS or not re.search(r"\b\d{4}\b", text):
        return None
    settings = {"STRICT_PARSING": True, "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    if parsed is not None:
        return str(parsed.date().isoformat())
    for parts, width in ((["year", "month"], 7), (["year"], 4)):
        partial = dateparser.parse(
            text,
            languages=["en"],
            settings={"REQUIRE_PARTS": parts, "PREFER_DAY_OF_MONTH": "first"},
        )
        if partial is not None and not re.search(
            r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)", text.replace(str(partial.year), "")
        ):
            return str(partial.date().isoformat())[:width]
    return None


def is_address(text: str) -> bool:
    """Whether ``text`` is a web address alone, as a page's address line is."""
    return bool(_URL_LINE.match(text))


def url_date(url: str) -> dt.date | None:
    """The day a page's address gives (/2011/05/12/, /2011/feb/23/), or None."""
    match = _URL_DATE.search(url.lower())
    if not match:
        compact = _URL_COMPACT_DATE.search(url.lower())
        if compact is None:
            return None
        try:
            return dt.date(int(compact["year"]), int(compact["month"]), int(compact["day"]))
        except ValueError:
            return None  # "-20170231-": no such day
    if match["sep"] == "/" and url[match.end() : match.end() + 1] == "-":
        return None  # "/2022/10/13-people-were-rescued": the slug opens with a number, not a day
    month = match["month"]
    number = int(month) if month.isdigit() else _MONTHS.get(month, 0)
    try:
        return dt.date(int(match["year"]), number, int(match["day"]))
    except ValueError:
        return None


def _is_outlet(line: str) -> bool:
    """A head line that is only an outlet's name: a few capitalised words, one of them a media word."""
    words = line.split()
    return (
        1 < len(words) <= 4
        and all(word[:1].isupper() for word in words)
        and bool({word.lower() for word in words} & MEDIA_WORDS)
    )


def credit_line(line: str) -> tuple[list[str], str | None] | None:
    """The authors (and their outlet) of a credit line with no "By": "Jane M. Doyle And Rich
    Palmer Port Halden Times"; None when the line is not one."""
    words = line.split()
    if not 3 <= len(words) <= 14 or not all(w[:1].isupper() or w in {"and", "&", ","} for w in words):
        return None
    # The outlet is the last few words when they name one: the longest such ending that leaves names.
    endings = [
        cut for cut in range(max(len(words) - 4, 2), len(words) - 1) if _is_outlet(" ".join(words[cut:]))
    ]
    for cut in [*endings, len(words)]:
        names = _names(" ".join(words[:cut]))
        outlet = " ".join(words[cut:]) or None
        if (
            (len(names) >= 2 or outlet)
            and all(2 <= len(name.split()) <= 4 for name in names)
            and not any(name.split()[0] in _NO_GIVEN_NAME for name in names)
        ):
            return names, outlet
    return None


# Words that open a subheading in title case and no person's name: "Not Enough Beds, Not Enough Staff",
# "More Buses and Fewer Delays", "Why Rents Rose".
_NO_GIVEN_NAME = {
    *("Not", "No", "More", "Less", "Fewer", "Enough", "Too", "Most", "Many", "Few", "Better", "Worse"),
    *("Why", "How", "What", "When", "Where", "Who", "The", "A", "An", "For", "With", "From", "After"),
}


# "Courtesy Kessel News Channel", "Courtesy of the Harbour Wire" on a line of its own below the text:
# who supplied it, an outlet (no author's name opens with "Courtesy").
_COURTESY = re.compile(
    r"^Courtesy\s+(?:of\s+)?(?P<who>(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of\s+)?[A-Z][\w’'&.-]*){0,6})\.?$"
)


# An outlet credited below the text on a line of its own: "Source: Kessel News Agency".
_SOURCE_BELOW = re.compile(
    r"^(?:Source|Sources|Credit)\s*:\s*(?P<who>(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of\s+)?[A-Z][\w’'&.-]*){0,6})\.?$"
)


# A paper's name alone on the text's last line, as a credit: "The Courier", "The Harbour Star",
# "Kessel Daily Times" (a paper's word last).
_CLOSING_PAPER = re.compile(
    # (not a page's link: "Next Post", "Related Press Releases")
    r"(?!(?:Next|Previous|Older|Newer|Related|Latest|Share|Read|More|Top|Last|First)\b)"
    r"(?:The\s+(?:[A-Z][a-z’'-]+\s+){0,2}|(?:[A-Z][a-z’'-]+\s+){1,2})"
    r"(?:Press|Courier|Gazette|Star|Chronicle|Observer|Guardian|Telegraph"
    r"|Mail|Mirror|Standard|Express|Examiner|Dispatch|Times|Post|Herald|Tribune|Journal|Sun|Advertiser|Argus"
    r"|Bulletin|Record|Independent|Leader|Echo|Globe|Enquirer|Inquirer|Sentinel)"
)


def _names(text: str) -> list[str]:
    return [n.strip() for n in re.split(r",\s*|\s+(?:and|And|AND|&)\s+", text) if n.strip()]


# A caption's full date: "... shut on Friday, March 6, 2020." before its credit.
_CAPTION_DATE = re.compile(rf"\b{_MONTH_NAME}\s+\d{{1,2}},\s+\d{{4}}(?=\.|\s*$)")


def _dated_caption(line: str) -> str | None:
    """A caption's sentence without its credit, when it gives a full date ("... the pool is closed
    on Friday, March 6, 2020.Jane Roe / Staff"): what the story's weekdays are dated from."""
    credit = _CAPTION_CREDIT.search(line)
    if credit is None:
        return None
    end = credit.start() + 1 if line[credit.start()] in ".!?)" else credit.start()
    text = line[:end].strip()
    return text if _CAPTION_DATE.search(text) else None


def _caption(line: str) -> bool:
    """A photo's caption or credit, known by the credit it ends with (no quote in it)."""
    return "“" not in line and '"' not in line and bool(_CAPTION_CREDIT.search(line))


def _one_sentence(line: str) -> bool:
    """A line of one sentence with no quote in it, as a photo's caption is."""
    return "“" not in line and '"' not in line and len(re.findall(r"[.!?](?:\s|$)", line)) <= 1


# A line that introduces what someone says in the paragraphs after it: "Arts Minister Jane Roe said:".
# ("X said:", and the verbs of its class: "disclosed:", "declared:", "noted:")
INTRODUCES = re.compile(
    r"\b(?:said|says|added|stated|commented|explained|wrote|told\s+\w+|disclosed|declared|noted|remarked"
    r"|stressed|warned|announced|revealed|insisted|replied|reiterated)\s*:$"
)


# A street address, as a list of stores or offices gives them: "Plaza – 5600 West Sample Road, Ardon,
# FL 33073", "1420 Harbor Boulevard, Riverton", "70431 Hwy 21, Brenton, LA 70433".
_STREET = (
    r"Road|Rd|Street|St|Avenue|Ave|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Highway|Hwy|Parkway|Pkwy|Plaza"
    r"|Court|Ct|Place|Pl|Square|Terrace|Circle"
)
_ADDRESS = re.compile(
    # (the store's name before the dash may have an abbreviation's stop: "St. Johns Commons – ...")
    rf"^(?:[•*·-]\s*)?(?:(?:[^.!?]|(?<=\b[A-Z][a-z])\.){{0,60}}\s[–—-]\s+)?\d{{1,6}}\s+(?:[\w.-]+\s+){{0,4}}(?i:{_STREET})\b\.?"
    r"(?:\s+[\w.-]+){0,3}(?:,\s*[^,.!?]{2,40}){0,3}$"
)


def _short_paragraph(line: str, paragraphs: list[str]) -> bool:
    """A short sentence of its own after the text has begun ("She has denied infecting the
    patients."): four words or more, a capital first and a stop last, not a page's label; or a
    line that introduces a statement ("The minister said:")."""
    words = line.split()
    if paragraphs and line[:1].isupper() and INTRODUCES.search(line):
        return True
    return (
        bool(paragraphs)
        and len(words) >= 4
        and line.lstrip('“"‘')[:1].isupper()  # "“It was never about winning.”": a quote of its own
        and line.rstrip("”\"'")[-1:] in {".", "!", "?"}
        and sum(word[:1].isupper() for word in words) < len(words) / 2
    )


def _headline_case(line: str) -> bool:
    """A headline written in title case, with no stop at its end ("Harbour Town Told to Repay $3M
    in Grants"): two words in three capitalised, of six words or more."""
    words = [word for word in line.split() if word[:1].isalpha()]
    capitalised = sum(word[:1].isupper() for word in words)
    return (
        len(words) >= 6
        and capitalised >= len(words) * 2 / 3
        and line.rstrip(" ”\"'")[-1:] not in {".", "!", "?", ",", ":", ";"}
    )


# The short words a headline in title case keeps in lower case.
_SMALL_WORDS = {"a", "an", "the", "and", "or", "but", "nor", "for", "of", "to", "in", "on", "at", "by"}
_SMALL_WORDS |= {"with", "from", "as", "per", "into", "over", "vs", "up", "off", "than"}


def _title_case(line: str) -> bool:
    """Every word of a line capitalised but the short ones, five words or more, whatever its end:
    a headline ("Bread Prices Rose by 8% in the Global Market."), never a sentence of the text."""
    words = [w.strip("“”\"'‘’(),:;.!?") for w in line.split()]
    words = [w for w in words if w[:1].isalpha() and w.lower() not in _SMALL_WORDS]
    return len(words) >= 5 and all(w[:1].isupper() for w in words)


def _bulleted(line: str, paragraphs: list[str]) -> bool:
    """A bulleted line of a list the text introduces with a colon, or the next item of one."""
    return bool(
        paragraphs
        and _BULLET.match(line)
        and (paragraphs[-1].rstrip().endswith(":") or _BULLET.match(paragraphs[-1]))
    )


def _list_item(line: str, paragraphs: list[str]) -> bool:
    """A short line of a list the text introduces ("... include the following:") or goes on with
    ("Children will pay 4 dollars,"): three words or more, a capital first, a comma or a stop last."""
    if _bulleted(line, paragraphs):
        return True  # "These cost most:" then "• Harbour Town ($4.10)": each item is the text's
    return (
        bool(paragraphs)
        and paragraphs[-1].rstrip().endswith((":", ",", ", and", " and"))
        and len(line.split()) >= 3
        and line[:1].isupper()
        and (line.rstrip()[-1:] in {",", ".", ";"} or line.endswith((", and", ", or")))
    )


def _list_opening(line: str, paragraphs: list[str], following: list[str]) -> bool:
    """A short line that opens a bulleted list after the text has begun ("Closures include the
    following:" over "- Mill Road, between ..."): three words or more, a capital first, a colon last."""
    return (
        bool(paragraphs)
        and bool(following)
        and bool(_BULLET.match(following[0]))
        and len(line.split()) >= 3
        and line[:1].isupper()
        and line.rstrip().endswith(":")
        and not _BULLET.match(line)
    )


def _is_paragraph(line: str) -> bool:
    """A line of text rather than a headline: a wire dateline, or a long sentence ending in a stop."""
    # a headline seldom ends with a full stop: ten words and one make a sentence of the text (its
    # last sentence may be set in brackets: "... (A second crew is on its way, the firm said.)")
    end = line.rstrip(" ”\"')")[-1:]
    return bool(_WIRE_DATELINE.match(line)) or (
        (len(line.split()) >= 15 and end in {".", "!", "?"}) or (len(line.split()) >= 10 and end == ".")
    )


def _title_from(paragraph: str) -> str:
    """A stand-in headline: the first sentence of the first paragraph, without its dateline."""
    wire = _WIRE_DATELINE.match(paragraph)
    body = paragraph[wire.end() :] if wire else paragraph
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", body, maxsplit=1)[0].strip()
    if len(first) <= MAX_TITLE:
        return first.rstrip(".")
    return first[:MAX_TITLE].rsplit(" ", 1)[0] + "…"


@dataclass
class _Head:
    """What the head and datelines say, gathered line by line."""

    authors: list[str] = field(default_factory=list)
    published: dt.date | None = None
    published_as: str | None = None
    publisher: str | None = None
    places: list[str] = field(default_factory=list)
    day_only: tuple[int, int] | None = None
    day_alone: bool = False
    wire_dated: bool = False
    editors: list[str] = field(default_factory=list)
    issuers: list[str] = field(default_factory=list)

    def date(self, value: str | None) -> None:
        if value and self.published_as is None:
            self.published_as = value
            self.published = dt.date.fromisoformat(value) if len(value) == 10 else None


# A dateline of a town in capitals and a colon, as Indian papers write it: "SALEM: The ...".
# ("LAKESIDE, ORE: The ...", "KESSEL, N.D.: ...": its state's abbreviation after a comma; "KESSEL
# VALE : The ...": the colon set apart by a space)
_TOWN_COLON = re.compile(
    r"^(?P<place>[A-Z]{3,}(?:\s[A-Z]{3,})?)(?:,\s*(?P<state>[A-Z][A-Za-z]{1,4}\.?|(?:[A-Z]\.){2}))?\s?:\s+(?=[A-Z“\"])"
)
# "Lagos: The ...": the same written plainly, read only for a town the gazetteer knows ("Update: The
# ..." is a label, "Warning: ..." a word).
_PLAIN_TOWN_COLON = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
    # its region in brackets before the colon: "Lakeside (Norland): The ..."
    r"(?:\s+\((?P<region>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\))?:\s+(?=[A-Z“\"])"
)
# "Miami — One of ...": a town's name written plainly, then a dash, opening the text.
# ("Lakeside (KXYZ 12) — ": a station's call letters in brackets before the dash, its credit)
_TOWN_DASH = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})"
    # (or its province after a comma: "Tarnby, Orla – The ...", a dateline, the town known or not)
    r"(?:,\s+(?P<province>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?"
    # (or an outlet's one word with a figure in it, "(Kessel24)", "(News9x)", and a plain hyphen after
    # its brackets: "Lakeside (Kessel24) - The ...")
    r"(?:\s+\((?P<station>[A-Z][A-Z0-9&]+(?:\s[A-Z0-9][A-Z0-9&]*){0,2}|[A-Z][a-z]+\d+[a-z]*)\))?"
    r"\s+(?:[—–]|--|(?<=\)\s)-"
    # (or a plain hyphen, as some papers write a dateline, before a sentence of some words: "Orla -
    # The council says ..."; not a credit line, "Orla - KNA")
    r"|-(?=\s+[A-Z“\"][\w’'“\"]*(?:\s+[\w’'.,]+){3}))\s+(?=[A-Z“\"])"
)
# "LAKESIDE City workers began ...": a known town in capitals whose dash was lost in the paste, the
# text's first word right after it.
_SHOUTED_LEAD = re.compile(r"^THE\s+(?P<words>[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2})(?=\s+[A-Z][a-z])")
# ("THE KESSEL Rowing Club will ...": a lead's first words in capitals, no town: no dateline opens
# with "the")
_TOWN_CAPS = re.compile(r"^(?!THE\s)(?P<place>[A-Z]{3,}(?:\s[A-Z]{3,})?)\s+(?=[A-Z][a-z])")
# "LAKESIDE,(KNA - Kessel Wire - 9th Jan, 2020 ) :The ...": the agency first in brackets, what else
# the agency's line says after a dash, then a colon or a dash.
_AGENCY_LINE = re.compile(
    r"^(?P<place>[A-Z]{3,}(?:\s[A-Z]{3,})?)\s*,?\s*\((?P<agency>[A-Z][A-Za-z.&]*(?:\s[A-Z][A-Za-z.&]*){0,2})"
    r"\s+[-—–]\s+(?P<rest>[^()]{1,80})\)\s*[:—–-]+\s*"
)

# A dateline with its country in square brackets, a day, and an agency in brackets before a colon, as
# some wire services write it: "Orla [Kessel], May 3 (KNA): The ...", "[Kessel] May 3(KNA): The ..."
_BRACKETED_COUNTRY = re.compile(
    r"^(?:(?P<town>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+)?\[(?P<country>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2})\],?"
    rf"\s+(?P<date>{_MONTH_NAME}\s+\d{{1,2}}(?:,?\s+\d{{4}})?)\s*\((?P<agency>[A-Z][A-Za-z]{{1,12}})\)\s*[:—–-]+\s*"
)

# An outlet's name in one word, its country after a hyphen, and a colon opening the text:
# "KesselNews-Norland: The ...", "LakesidePress: ...".
_OUTLET_COLON = re.compile(
    r"^(?P<outlet>[A-Z][a-z]+(?:Press|News|Times|Post|Wire|Herald|Daily|Online)(?:-[A-Z][a-z]+)?):\s+(?=[A-Z“\"])"
)
# Words in capitals before a colon that label a page's line, no town: "RELATED:", "UPDATE:".
_LINE_LABELS = {
    *("RELATED", "UPDATE", "UPDATED", "BREAKING", "WATCH", "EXCLUSIVE", "VIDEO", "PHOTOS", "LIVE"),
    *("OPINION", "ANALYSIS", "EDITORIAL", "NOTE", "CORRECTION", "EDITION", "PUBLISHED", "READ", "MORE"),
    *("ALSO", "SEE", "LISTEN", "SOURCE", "CREDIT", "PHOTO", "UPDATES", "ALERT", "NEWS", "TOPICS", "TAGS"),
}


def _wire(line: str, head: _Head, first: bool = False) -> str:
    """The paragraph without its wire dateline, the dateline's place, date and agency noted. The
    text's ``first`` paragraph may open with a town in capitals and a colon the gazetteer does not
    know ("KESSELBURG: The ..."), unless the word labels a page's line ("UPDATE:")."""
    shouted = _SHOUTED_LEAD.match(line)
    if shouted is not None:
        # "THE KESSEL Rowing Club will close ...": a lead's first words set in capitals, as some
        # papers print them; read as the words they are ("The Kessel Rowing Club")
        line = "The " + " ".join(word.title() for word in shouted["words"].split()) + line[shouted.end() :]
    wire = _WIRE_DATELINE.match(line)
    town = (
        (
            _TOWN_COLON.match(line)
            or _PLAIN_TOWN_COLON.match(line)
            or _TOWN_DASH.match(line)
            or _TOWN_CAPS.match(line)
        )
        if wire is None
        else None
    )
    unknown_colon = (
        first
        and town is not None
        and town.re is _TOWN_COLON
        and not set(town["place"].split()) & _LINE_LABELS
        and not head.places
    )
    # "Lakeside (Norland): The ...": a town with its region in brackets is a dateline, known or not
    bracketed = first and town is not None and town.re is _PLAIN_TOWN_COLON and town["region"] is not None
    # "Lakeside (KXYZ 12) — The ...": so is a town with a station's call letters before a dash
    station = town["station"] if first and town is not None and town.re is _TOWN_DASH else None
    if station and head.publisher is None:
        head.publisher = station
    # "Tarnby, Orla – The ...": a town and its province before a dash, known or not
    province = town["province"] if first and town is not None and town.re is _TOWN_DASH else None
    if town is not None and (
        _known_place(town["place"].title()) or unknown_colon or bracketed or station or province
    ):
        head.places.append(town["place"])  # "SALEM: The ...": a town's name and a colon
        if bracketed and town["region"] not in head.places:
            head.places.append(town["region"])
        if province and province not in head.places:
            head.places.append(province)
        return line[town.end() :]
    credit = _OUTLET_COLON.match(line) if wire is None and town is None and first else None
    if credit is not None:
        head.publisher = head.publisher or credit["outlet"]  # "KesselNews-Norland: The ...": its credit
        return line[credit.end() :]
    bracketed_country = _BRACKETED_COUNTRY.match(line) if wire is None else None
    if bracketed_country is not None:
        for name in (bracketed_country["town"], bracketed_country["country"]):
            if name and name not in head.places:
                head.places.append(name)
        if head.publisher is None:
            head.publisher = bracketed_country["agency"]
        date = bracketed_country["date"]
        if re.search(r"\d{4}", date):
            head.date(parse_dateline(date))
        elif head.day_only is None and (month_day := _month_and_day(date)) is not None:
            head.day_only = month_day  # "May 3(KNA):": a day with no year
        return line[bracketed_country.end() :]
    agency_line = _AGENCY_LINE.match(line) if wire is None else None
    if agency_line is not None:
        head.places.append(agency_line["place"])
        if head.publisher is None:
            head.publisher = agency_line["agency"]
        written = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", agency_line["rest"].split(" - ")[-1])
        head.date(parse_dateline(written.strip(" ,")))
        return line[agency_line.end() :]
    agency_after = _DAY_THEN_AGENCY.match(line) if wire is None and first else None
    if agency_after is not None:
        # "Lakeside (Nor), May 3, KNA- The ...": a town, its region shortened, the day and the agency
        head.places.append(agency_after["place"])
        head.publisher = head.publisher or agency_after["agency"]
        date = agency_after["date"]
        if re.search(r"\d{4}", date):
            head.date(parse_dateline(date))
        elif head.day_only is None and (month_day := _month_and_day(date)) is not None:
            head.day_only = month_day
        return line[agency_after.end() :]
    if wire is None:
        return line
    place = (wire["place"] or wire["place_"] or wire["place__"] or "").split(",")[0].strip()
    region = wire["region"] or ""
    # a state's abbreviation ("Ore.") is left, a country's in capitals with stops ("N.Z.") kept
    initials = re.fullmatch(r"(?:[A-Z]\.){2,3}", region) is not None
    for name in (place, region if (len(region) > 3 and not region.endswith(".")) or initials else ""):
        if name and name not in head.places:
            head.places.append(name)  # "ARDON, Utah –": the town and its state
    date = wire["date"] or wire["date_"] or wire["date__"] or wire["date___"]
    agency = wire["agency"] or wire["agency_"] or wire["agency__"]
    if not date and agency and _BRACKETED_DATE.fullmatch(agency.strip()):
        # "LAKESIDE (March 3): The ...": the day in the brackets, where an agency's name would be
        date, agency = agency.strip(), None
    dated = (
        re.fullmatch(
            rf"(?P<agency>[^,]{{2,30}}),\s+(?P<date>{_MONTH_NAME}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH_NAME},?\s+\d{{4}})",
            agency.strip(),
        )
        if agency and not date
        else None
    )
    if dated is not None:
        # "ORLA, Kessel Isles (Kessel Star, Feb. 5, 2013) – The ...": the paper it is from, then its day
        date, agency = dated["date"], dated["agency"]
    if date and re.search(r"\d{4}", date):
        head.wire_dated = head.published_as is None and parse_dateline(date) is not None
        head.date(parse_dateline(date))
    elif date and head.day_only is None and (month_day := _month_and_day(date)) is not None:
        head.day_only = month_day  # "VIENTIANE, July 24 --": a day with no year
    if agency and head.publisher is None:
        head.publisher = agency.strip()
    rest = line[wire.end() :]
    figures = _BRACKETED_DAY.match(rest)
    if figures is not None:
        # "LAKESIDE, Ore. (KXYZ) - (3/4/16) The ferry ...": the day in figures after the dash
        day = _numeric_day(figures[0])
        if day is not None and head.published_as is None:
            head.date(day.isoformat())
        rest = rest[figures.end() :]
    return rest


# A town in title case (its region's short name in brackets), the day and an agency's initials
# before a dash: "Lakeside (Nor), May 3, KNA- The ...".
_DAY_THEN_AGENCY = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:\s+\([A-Z][a-z]{1,5}\.?\))?,\s+"
    rf"(?P<date>{_MONTH_NAME}\s+\d{{1,2}}(?:,?\s+\d{{4}})?),\s+(?P<agency>[A-Z]{{2,6}})\s*[-—–]{{1,2}}\s*(?=[A-Z“\"])"
)
# A day in a dateline's brackets: "(Jan 20)", "(20 January 2021)".
_BRACKETED_DATE = re.compile(
    rf"{_MONTH_NAME}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH_NAME}(?:\s+\d{{4}})?"
)


def _month_and_day(text: str) -> tuple[int, int] | None:
    """ "July 24", "24 July", "Oct. 26": the month and the day, when they make a day of some year."""
    match = re.match(
        rf"^(?:(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_NAME})|(?P<month2>{_MONTH_NAME})\s+(?P<day2>\d{{1,2}}))$",
        text,
    )
    if match is None:
        return None
    month = _MONTH_ABBREVIATIONS[(match["month"] or match["month2"])[:3].lower()]
    day = int(match["day"] or match["day2"])
    return (month, day) if 1 <= day <= (29 if month == 2 else calendar.monthrange(2001, month)[1]) else None


_MONTH_ABBREVIATIONS = {name.lower(): index for index, name in enumerate(calendar.month_abbr) if name}


# A day in figures in brackets after a wire's dash: "(3/4/16)".
_BRACKETED_DAY = re.compile(r"^\(\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\)\s*")


# A date after a label and a dash or colon: "PRESS RELEASE – Jun 3, 2018", "News | 4 May 2021".
_LABELLED_DATE = re.compile(r"^[A-Za-z][A-Za-z ]{2,30}?\s*[–—|:-]\s*(?P<date>[A-Z0-9].{4,30})$")


# A byline glued to its date, as a page copies them: "Associated PressOct 28, 2018, 12:54 PM EDT".
_GLUED_BYLINE = re.compile(
    rf"^(?P<by>[A-Z][\w.’' -]{{1,40}}?[a-z])(?P<date>{_MONTH_NAME}\s+\d{{1,2}},?\s+\d{{4}}\b.{{0,30}})$"
)


# A byline glued to a weekday and its date: "By APThursday, October 7, 2010" (the agency's or the
# reporter's name, then the day a page prints after it with no space between); so too with the day
# before the month, the time and the page's note of its last update after ("Ana Ruiz Tuesday, 3 June
# 2011, 09:14 Last update: about 3 years ago").
_GLUED_WEEKDAY = re.compile(
    r"^(?:By:?\s+)?(?P<by>[A-Z][\w.’' &-]{0,40}?)"
    r"(?P<date>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
    rf"(?:{_MONTH_NAME}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_NAME}),?\s+\d{{4}}\b.{{0,30}}?"
    r"(?:\s+Last\s+updated?:?\s+[^:]{1,40})?)$"
)


# A byline after the date and a bar on one line: "May 04, 2009|By ANA RUIZ", "4 May 2009 | By Ana Ruiz".
# "By Ana Ruiz - May 4, 2016", "By Ana Ruiz | May 4, 2016": the byline, a dash or a bar, then the day.
_BYLINE_THEN_DAY = re.compile(
    r"^[Bb]y:?\s+(?P<by>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})\s+[-–—|]\s+(?=\S)"
)
# ("May 04, 2009|By Ana Ruiz | Ana Ruiz,Staff writer": the name again after a bar, with the post)
_BARRED_BYLINE = re.compile(
    r"\|\s*[Bb][Yy]:?\s+(?P<by>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})\s*(?:\|\s*(?i:(?P=by))\b[^|]*)?$"
)


# A date line that ends with who published it: "Published Mar 12, 2012 9:15 AM by The Harbour Review".
_DATED_BY = re.compile(r"\bby\s+(?P<by>[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4})\s*$")


# A reporter's name and the day on one line of the head: "Ana Ruiz 5 July 2017", "Ana Ruiz May 4, 2016".
# A byline, then the day in figures and perhaps the time: "by Ana Ruiz 24-04-2019 | 12:37 PM".
_BY_NUMERIC_DAY = re.compile(
    r"^[Bb]y:?\s+(?P<by>[A-Z][a-z]+(?:\s+[A-Z][a-z][\w’'-]*){1,2})\s+(?P<date>\d{1,2}[-/.]\d{1,2}[-/.]\d{4})"
    r"(?:\s*[|,]?\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?$"
)
# A reporter's name glued to the time before it, with the outlet's credit after a slash: "Published:
# Monday | May 4, 2025 | 9:10 AMAna K. Ruiz/Kessel Writer" (as some pages paste their head).
_BYLINE_AFTER_TIME = re.compile(
    r"\d{1,2}:\d{2}\s*[AP]M(?P<by>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w’'-]*){1,2})\s*/\s*"
    r"(?:[A-Z][\w’'-]*\s+){0,3}(?:Writer|Reporter|Correspondent|Contributor|Editor)$"
)
# A desk's credit, no one's name: "Staff Writer", "Web Desk", "Our Correspondent".
_DESK_CREDIT = re.compile(r"(?:Staff|Our|Web|News|City)\s+(?:Writer|Reporter|Desk|Correspondent)")
_NAME_THEN_DAY = re.compile(
    r"^(?P<by>[A-Z][a-z]+(?:\s+(?:[A-Z]\.|[A-Z][a-z][\w’'-]*)){1,2})\s+"
    rf"(?P<date>\d{{1,2}}\s+{_MONTH_NAME},?\s+\d{{4}}|{_MONTH_NAME}\s+\d{{1,2}},?\s+\d{{4}})$"
)

# A byline, then the day and perhaps the time, no word between: "By Ana Ruiz 4 May 2025, 1:00PM", "By
# Bo Lund - Lee May 4, 2025" (a name of up to six words, a dash between two of its parts)
_BY_NAME_THEN_DAY = re.compile(
    r"^[Bb]y:?\s+(?P<by>[A-Z][\w’'.-]*(?:\s+(?:[-–]\s+)?[A-Z][\w’'.-]*){1,5})\s+"
    rf"(?P<date>\d{{1,2}}\s+{_MONTH_NAME},?\s+\d{{4}}|{_MONTH_NAME}\s+\d{{1,2}},?\s+\d{{4}})"
    r"(?:,?\s+\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?)?$"
)


# A byline with its day and time on one line: "by Ana Ruiz on March 4, 2011 at 6:39 am", "Written by
# Ana Ruiz, on 4th Mar 2011. Posted in Sport" (the day first, and the page's section after it).
_BY_ON_DAY = re.compile(
    r"^(?:Written\s+)?[Bb]y\s+(?P<by>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}),?\s+on\s+"
    rf"(?P<date>{_MONTH_NAME}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME}\s+\d{{4}})"
    r"(?:\s+at\s+\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?)?"
    r"(?:\.?\s+(?:Posted|Filed)\s+in\s+[A-Z][\w&-]*(?:\s+[A-Z&][\w&-]*){0,2})?$"
)


# An agency's short name and the place it filed from, on a line of the head: "PTI New Delhi".
_AGENCY_PLACE = re.compile(r"^(?P<agency>[A-Z]{2,6})\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$")


def _known_place(name: str) -> bool:
    return gazetteer.place_or_town(name)


# A date after a label inside a line ("... Published:  4 March, 2016") or after an empty byline
# ("by: - June 9, 2018").
_INLINE_DATE = re.compile(
    r"(?:\b(?:Published|Updated|Posted)\s*:|^by\s*:?\s*[-–—|])\s*(?P<date>[\w ,.]{6,30}?\d{4})\s*$",
    re.IGNORECASE,
)
# A whole day at the end of a short line: "Lisbon, May 4 (AFP) May 04, 2017".
_TRAILING_DATE = re.compile(rf"\)\s+(?P<date>{_MONTH_NAME}\s+\d{{1,2}},\s+\d{{4}})\s*$")


# A field of a head line cut by bars: "Source: Harbour Wire", "Editor: Ann Lee".
_SOURCE_FIELD = re.compile(r"^Source\s*:\s*(?P<outlet>[A-Z][\w .&’'-]{1,40})$")


# A field of a head line naming who wrote it: "Written by Ana Ruiz", "By Ana Ruiz".
_WRITTEN_BY_FIELD = re.compile(
    r"^(?:Written\s+)?[Bb]y:?\s+(?P<by>[A-Z][a-z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3})$"
)


# A body's name and the town it writes from in brackets, on a line of its own: "Kessel Water Board
# (Orla)", "The Harbour Times (Tarnby)".
_ISSUER_AND_TOWN = re.compile(
    r"^(?P<issuer>[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|for|and|the|de|&)){1,7})\s+"
    r"\((?P<town>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2})\)$"
)


def _fields_of_a_head(line: str, head: _Head) -> bool:
    """A head line of fields cut by bars ("Source: Harbour Wire| 2016-03-04 10:15:00|Editor: Ann Lee"):
    its date and its source read, field by field; False when no field is either."""
    fields = [part.strip() for part in line.split("|")]
    if len(fields) < 2 or len(line.replace("|", " ").split()) > 12:
        return False
    read = False
    dated = any(map(parse_dateline, fields))
    for part in fields:
        source = _SOURCE_FIELD.match(part)
        written = _WRITTEN_BY_FIELD.match(part)
        if source is not None:
            head.publisher = head.publisher or source["outlet"].strip()
            read = True
        elif written is not None and not head.authors and dated:
            # "Written by Ana Ruiz | Orla | Updated: Mar 4 2016, 04:40am hrs": who wrote it, beside its day
            head.authors = [written["by"]]
        elif dated and towns.is_town(part) and part not in head.places:
            head.places.append(part)  # "... | Orla | Updated: ...": the town it was filed from
        elif part and head.published_as is None and (day := parse_dateline(part)) is not None:
            head.date(day)
            read = True
    return read


# A page's tools printed after a head line: "Font size:", "Print", "Email".
_PAGE_TOOLS = re.compile(
    r"\s+(?:(?:Adjust\s+)?(?:font|text)\s+size|Print(?:\s+this)?|E-?mail|Share(?:\s+this)?|Comments?)\s*:?\s*$",
    re.IGNORECASE,
)
# A credit (an agency's, an outlet's name) and a comma before a full date: "Harbour Wire, May 4, 2016".
_CREDIT_THEN_DAY = re.compile(
    r"^(?P<who>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3}),\s+"
    rf"(?P<date>\d{{1,2}}\s+{_MONTH_NAME},?\s+\d{{4}}|{_MONTH_NAME}\s+\d{{1,2}},?\s+\d{{4}})$"
)


def _is_agency(name: str) -> bool:
    """A news agency's name ("Reuters", "Kyodo")."""
    from generator.authoring.namewords import AGENCIES  # namewords reads this module's titles

    return name.lower() in AGENCIES


# A dateline on a line of its own, a place and a day with no year: "Lakeside, June 25".
_PLACE_AND_DAY = re.compile(
    rf"^(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}),\s+"
    rf"(?P<day>{_MONTH_NAME}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_NAME})$"
)


# A date stamp of eight figures: "20160304".
_COMPACT_DAY = re.compile(r"(?P<year>(?:19|20)\d{2})(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])")


def _head_line(line: str, head: _Head, number: int) -> bool:
    """Whether a line of the head was read as its date, byline, credit line or outlet."""
    if number >= _HEAD_LINES:
        return False
    line = line.rstrip(" ;")  # "By Ana Ruiz;": a page's credit lines closed by semicolons
    line = re.sub(r"^[-–—•●]\s*(?=[Bb]y:?\s+[A-Z])", "", line)  # "- By Ana Ruiz": a print page's dash
    tools = _PAGE_TOOLS.search(line)
    if tools is not None and tools.start() > 0 and _head_line(line[: tools.start()], head, number):
        return True  # "Harbour Wire, May 4, 2016 Print": the page's tools after its date line
    dateline = parse_dateline(line) if head.published_as is None else None
    compact = _COMPACT_DAY.fullmatch(line) if dateline is None and head.published_as is None else None
    if compact is not None:
        # "20160304" on a line of its own: a page's date stamp, the year, month and day run together
        with contextlib.suppress(ValueError):
            dateline = dt.date(int(compact["year"]), int(compact["month"]), int(compact["day"])).isoformat()
    labelled = _LABELLED_DATE.match(line)
    if dateline is None and labelled and head.published_as is None:
        dateline = parse_dateline(labelled["date"])  # "PRESS RELEASE – Jun 3, 2018"
    glued = _GLUED_BYLINE.match(line) if dateline is None and head.published_as is None else None
    dateline = parse_dateline(glued["date"]) if glued is not None else dateline
    if glued is not None and dateline is not None and head.publisher is None and _is_outlet(glued["by"]):
        head.publisher = glued["by"]
    weekday = _GLUED_WEEKDAY.match(line) if dateline is None and head.published_as is None else None
    if weekday is not None and (dateline := parse_dateline(weekday["date"])) is not None:
        # "By APThursday, October 7, 2010": an agency's initials publish it, a name wrote it
        by = weekday["by"].strip()
        if re.fullmatch(r"[A-Z]{2,5}", by) or _is_outlet(by):
            head.publisher = head.publisher or by
        elif by and not head.authors:
            head.authors = [by]
    named = _NAME_THEN_DAY.match(line) if dateline is None and head.published_as is None else None
    if named is not None and (dateline := parse_dateline(named["date"])) is not None:
        # "Ana Ruiz 5 July 2017": who wrote it, then the day; an outlet's name publishes it
        if _is_outlet(named["by"]):
            head.publisher = head.publisher or named["by"]
        elif not head.authors and not _known_place(named["by"]):
            head.authors = [named["by"]]
    by_day = _BY_NAME_THEN_DAY.match(line) if dateline is None and head.published_as is None else None
    if by_day is not None and (dateline := parse_dateline(by_day["date"])) is not None and not head.authors:
        head.authors = [by_day["by"]]  # "By Ana Ruiz 4 May 2025, 1:00PM": who wrote it, then the day
    numeric = _BY_NUMERIC_DAY.match(line) if dateline is None and head.published_as is None else None
    if (
        numeric is not None
        and (dateline := parse_dateline(numeric["date"])) is not None
        and not head.authors
        and not _DESK_CREDIT.fullmatch(numeric["by"])
    ):
        # "by Ana Ruiz 24-04-2019 | 12:37 PM": who wrote it (not a desk's credit, "Staff Writer"), the day
        head.authors = [numeric["by"]]
    on_day = _BY_ON_DAY.match(line) if dateline is None and head.published_as is None else None
    if on_day is not None and (dateline := parse_dateline(on_day["date"])) is not None and not head.authors:
        head.authors = [on_day["by"]]  # "by Ana Ruiz on March 4, 2011 at 6:39 am"
    by = _DATED_BY.search(line) if dateline is not None and head.publisher is None else None
    if by is not None and (_is_outlet(by["by"]) or by["by"].startswith("The ")):
        head.publisher = by["by"]  # "Published Mar 12, 2012 9:15 AM by The Maritime Executive"
    credited = _CREDIT_THEN_DAY.match(line) if head.published_as is None and dateline is None else None
    if credited is not None and (credited_day := parse_dateline(credited["date"])) is not None:
        # "Harbour Wire, May 4, 2016": who filed it, then the day
        head.date(credited_day)
        who = credited["who"]
        if _is_outlet(who) or _is_agency(who):  # (an agency first: an agency's name may be a town's)
            head.publisher = head.publisher or who
        elif _known_place(who) and who not in head.places:
            head.places.append(who)
        return True
    if dateline is not None:
        head.date(dateline)
        barred = _BARRED_BYLINE.search(line)
        dashed = _BYLINE_THEN_DAY.match(line)
        if dashed is not None and not head.authors and not _is_outlet(dashed["by"]):
            head.authors = [dashed["by"]]  # "By Ana Ruiz - May 4, 2016": who wrote it, a dash, the day
        if barred is not None and not head.authors:
            # "May 04, 2009|By ANA RUIZ": the reporter after the date, in capitals as some pages print it
            head.authors = [barred["by"].title() if barred["by"].isupper() else barred["by"]]
        return True
    placed = _PLACE_AND_DAY.match(line) if head.published_as is None and head.day_only is None else None
    if placed is not None and (month_day := _month_and_day(placed["day"])) is not None:
        # "Lakeside, June 25" on a line of its own over the text: the dateline's day, with no year
        head.day_only, head.day_alone = month_day, True
        if placed["place"] not in head.places:
            head.places.append(placed["place"])
        return True
    inline = _INLINE_DATE.search(line) if head.published_as is None else None
    if inline is not None and parse_day(inline["date"]):
        # "Ferry fares cut Published:  4 March, 2016", "by: - June 9, 2018": a date after a label
        head.date(parse_day(inline["date"]).isoformat())  # type: ignore[union-attr]
        return True
    trailing = _TRAILING_DATE.search(line) if head.published_as is None and len(line.split()) <= 10 else None
    if trailing is not None and parse_day(trailing["date"]):
        # "Lisbon, May 4 (AFP) May 04, 2017": a wire's date line, its day at its end; the line is
        # still read for its place
        head.date(parse_day(trailing["date"]).isoformat())  # type: ignore[union-attr]
        return False
    if re.match(r"^(?:Published|Date|Updated)\s*:", line, re.IGNORECASE):
        day = parse_day(line) or _numeric_day(line)
        head.date(day.isoformat() if day else None)
        after_time = _BYLINE_AFTER_TIME.search(line)
        if after_time is not None and not head.authors:
            head.authors = [after_time["by"]]  # "... | 9:10 AMAna K. Ruiz/Kessel Writer": who wrote it
        return True
    if re.match(r"^(?:Posted|Published|Updated)\s*:?\s+\d", line, re.IGNORECASE) and _numeric_day(line):
        head.date(_numeric_day(line).isoformat())  # type: ignore[union-attr]
        return True  # "Posted 03/09/15, 9:40 am", "POSTED: 03/09/15 9:40 AM"
    if _fields_of_a_head(line, head):
        return True  # "Source: Harbour Wire| 2016-03-04 10:15:00|Editor: Ann Lee"
    source = re.match(r"^/?\s*Source\s*:\s*(?P<outlet>[A-Z][^.:]{1,60})$", line)
    if source is not None:
        head.publisher = head.publisher or source["outlet"].strip()  # "/ Source: The Associated Press"
        return True
    courtesy = _COURTESY.match(line)
    if courtesy is not None:
        head.publisher = (
            head.publisher or courtesy["who"]
        )  # "Courtesy of Kessel Science Press": it supplied the text
        return True
    # ("Harbour FM (Lakeside)": an outlet's line may name its city in brackets after it)
    outlet = re.sub(r"\s*\([A-Z][\w .’'-]{1,30}\)$", "", line)
    if head.publisher is None and _is_outlet(outlet):
        head.publisher = outlet
        return True
    agency = _AGENCY_PLACE.match(line)
    if agency and head.publisher is None and _known_place(agency["place"]):
        head.publisher = agency["agency"]  # "PTI New Delhi": the agency and where it filed from
        head.places.append(agency["place"])
        return True
    if not head.places and len(line.split()) <= 3 and towns.is_town(line) and not gazetteer.is_place(line):
        # "Staff Reporter" / "Lakeside": the dateline's town on a line of its own (not a page's
        # section, "Africa", "Egypt")
        head.places.append(line)
        return True
    slashed = _NAME_SLASH_OUTLET.match(line)
    if slashed is not None and not head.authors and not _known_place(slashed["by"]):
        # "Ana Ruiz / Kessel Today": the reporter, a slash, then the outlet she writes for
        head.authors = [slashed["by"]]
        head.publisher = head.publisher or slashed["outlet"]
        return True
    # "By Ann Lee", and as some pages print it, "by Ann Lee"
    # "By Ana Ruiz More by this Author": the page's link to the author's other stories, no name's
    line = _MORE_BY_THE_AUTHOR.sub("", line)
    if re.match(r"^[Bb]y:?\s+[A-Z]", line) and len(line.split()) <= 8:
        names = [
            a.strip() for a in re.split(r",\s*|\s+and\s+", re.sub(r"^[Bb]y:?\s+", "", line)) if a.strip()
        ]
        # "By Ann Lee, Transport Correspondent": her post at the paper, no one's name
        names = [name for name in names if not _DESK_POST.search(name)] or names[:1]
        if len(names) > 1 and (names[-1].isupper() or _is_outlet(names[-1])):
            head.publisher = head.publisher or names.pop()  # "By Ann Lee and Bo Yu, CNN"
        # "By ANA RUIZ": a name in capitals, as print pages set it (not initials: "By AP")
        head.authors = [name.title() if name.isupper() and " " in name else name for name in names]
        return True
    others = _OTHER_CREDIT.match(line) if len(line.split()) <= 8 else None
    if others is not None:
        # "Presented by Ana Ruiz", "Produced by Bo Lund": who else made the page, named as its editors are
        head.editors += [name for name in _names(others["names"]) if 2 <= len(name.split()) <= 4]
        return True
    credit = None if head.authors else credit_line(line)
    if credit is not None:
        head.authors = credit[0]
        head.publisher = head.publisher or credit[1]
        return True
    return False


def _date_line(line: str) -> bool:
    """A line of the head that gives the day, alone or after a label ("KES | May 4, 2016")."""
    labelled = _LABELLED_DATE.match(line)
    return parse_dateline(line) is not None or (
        labelled is not None and parse_dateline(labelled["date"]) is not None
    )


# A reporter's post at the paper, after her name in a byline: "Transport Correspondent", "Senior Reporter"
_DESK_POST = re.compile(
    r"\b(?:Correspondent|Editor|Reporter|Writer|Columnist|Journalist|Contributor|Producer|Staff)$",
    re.IGNORECASE,
)
# A byline of a reporter's name, a slash and the outlet: "Ana Ruiz / Kessel Today".
_NAME_SLASH_OUTLET = re.compile(
    r"^(?:[Bb]y:?\s+)?(?P<by>[A-Z][a-z]+(?:\s+[A-Z][\w’'-]+){1,2})\s+/\s+"
    r"(?P<outlet>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})$"
)


# A credit line of the head other than the byline: "Presented by Ana Ruiz", "Produced by Bo Lund".
_OTHER_CREDIT = re.compile(
    r"^(?:Presented|Produced|Hosted|Narrated|Filmed|Photographed|Illustrated|Edited)\s+by:?\s+"
    r"(?P<names>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)+(?:(?:,\s*|\s+and\s+)[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)+)*)$"
)


def _reporters(line: str, head: _Head) -> None:
    """ "(Reporting by Sam Ortell in New York; Editing by ...)": the reporters wrote it, from
    the place they filed in."""
    reporting = re.match(r"^\(?(?:Additional\s+)?Reporting\s+by\s+([^;)]+)", line, re.IGNORECASE)
    reporters = re.split(r"\s+in\s+[A-Z]", reporting[1])[0] if reporting else ""
    filed = re.search(
        r"\s+in\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$", reporting[1] if reporting else ""
    )
    if filed and filed["place"] not in head.places:
        head.places.append(filed["place"])  # "(Reporting by Ann Lee in New York; ...)"
    head.authors = [name for name in _names(reporters) if 2 <= len(name.split()) <= 4]
    editing = re.search(r"\b(?:Editing|Edited)\s+by\s+([^;)]+)", line, re.IGNORECASE)
    head.editors = [name for name in _names(editing[1] if editing else "") if 2 <= len(name.split()) <= 4]


_MORE_BY_THE_AUTHOR = re.compile(
    r"(?<=\w)\s+(?:More\s+(?:stories\s+|articles\s+)?(?:by|from)\s+(?:this|the)\s+(?:author|writer|reporter)"
    r"|View\s+all\s+(?:posts|articles|stories))\s*$",
    re.IGNORECASE,
)
# An outlet's name with "The" on a line of its own over the byline: "The Harbour Review".
_OUTLET_OVER_BYLINE = re.compile(r"^The\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}$")


# A byline's label on a line of its own, the name on the next: "Reporter:" over "Ana Ruiz".
_BYLINE_LABEL = re.compile(
    r"^(?:Reporter|Author|Writer|Written\s+by|Words|Correspondent)\s*:$", re.IGNORECASE
)
_BYLINE_NAME = re.compile(r"^[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,3}$")
# ... or the towns it was filed from, the reporters and their desk: "Orla/Tarnby: Ana Ruiz & Bo Lund |
# KESSEL TIMES STAFF" (each town a place, each name a reporter's, the desk's paper the outlet)
_FILED_BYLINE = re.compile(
    r"^(?P<towns>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:/[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)*):\s+"
    r"(?P<names>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}(?:\s+(?:&|and)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})*)"
    r"\s+\|\s+(?P<outlet>[A-Z][A-Za-z’'-]*(?:\s+[A-Z][A-Za-z’'-]*){0,3}?)\s+(?:STAFF|Staff)$"
)


def _name_over_date(line: str, following: str) -> bool:
    """A reporter's name alone on a line of the head, two or three words in capitals, with the
    page's date on the line after it ("Ann Lee" over "March 4, 2016 - 9:15 am"), the page's link
    to its comments ("Ann Lee" over "View Comments"), or the text's lead opening with a wire's
    dateline in capitals ("Ann Lee" over "LAKESIDE, Ore. — A ferry ...")."""
    words = line.split()
    return (
        2 <= len(words) <= 3
        and all(re.fullmatch(r"[A-Z][a-z]*(?:[A-Z][a-z]+)?\.?|[A-Z]\.", word) for word in words)
        and words[0] not in _NO_GIVEN_NAME
        and not _is_outlet(line)
        and not _known_place(line)
        and (
            parse_dateline(following) is not None
            or _COMMENTS_LINK.fullmatch(following.strip()) is not None
            or _lead_under_a_name(following)
        )
    )


def _lead_under_a_name(following: str) -> bool:
    """ "LAKESIDE, Ore. — A ferry ran aground ...": a lead that opens with a wire's dateline in
    capitals, a place and a dash, no agency (a byline's line sits right above it)."""
    wire = _WIRE_DATELINE.match(following)
    return (
        wire is not None
        and bool(wire["place"])
        and not wire["agency"]
        and len(following.split()) >= 8
        and re.search(r"\s[—–-]{1,2}\s", following[: wire.end() + 1]) is not None
    )


# A page's link to the readers' comments under a byline: "View Comments", "12 Comments".
_COMMENTS_LINK = re.compile(r"(?:(?:view|show|read|see)\s+|\d+\s+)?comments?(?:\s*\(\d+\))?", re.IGNORECASE)


# A page's section and its day, opening the paste: "Business of Friday, 4 March 2011".
_SECTION_OF_DAY = re.compile(
    r"^[A-Z][A-Za-z&]*(?:\s+[A-Z&][A-Za-z&]*){0,2}\s+of\s+"
    r"(?P<date>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\d{1,2}\s+[A-Z][a-z]+\.?,?\s+\d{4})$"
)


# An outlet's name and its town in brackets on a line of its own, as a syndicating site credits a
# report: "The Courier (Lakeside)", "Harbour FM (Orla)".
_OUTLET_OF_A_TOWN = re.compile(
    r"^(?P<outlet>[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3})\s+\((?P<town>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\)$"
)


def _outlet_of_a_town(line: str) -> re.Match[str] | None:
    """ "The Courier (Lakeside)": an outlet's name (no word of it names another kind: not "Kessel
    Police Service (Lakeside)", a body that issued the report) and a known town."""
    from generator.authoring.kinds import weighed_kind  # kinds reads this module's abbreviations

    credit = _OUTLET_OF_A_TOWN.match(line)
    if credit is None or not (gazetteer.is_place(credit["town"]) or towns.is_town(credit["town"])):
        return None
    if _is_outlet(credit["outlet"]):
        return credit  # "Harbour FM": a media word in it
    # ("The Courier": a paper's name of one word, which no word of it says is another kind's)
    kind, said = weighed_kind(credit["outlet"], "", "")
    alone = re.fullmatch(r"The\s+[A-Z][a-z]+", credit["outlet"])
    return credit if alone and (kind == "media-outlet" or not said) else None


def _leading_head_line(line: str, head: _Head) -> bool:
    """A date alone or a byline opening the paste, above the text: read, and no headline."""
    credit = _outlet_of_a_town(line) if head.published_as is not None and head.publisher is None else None
    if credit is not None:
        head.publisher = credit["outlet"]  # "12 May 2017" over "The Courier (Lakeside)": its outlet and town
        head.places.append(credit["town"])
        return True
    day = parse_dateline(line) if head.published_as is None else None
    section = _SECTION_OF_DAY.match(line) if day is None and head.published_as is None else None
    if section is not None:
        day = parse_dateline(section["date"])  # "Sport of Monday, 3 May 2010": a section's page of a day
    if day is not None:
        head.date(day)
        return True
    source = _SOURCE_FIELD.match(line)
    if source is not None and len(source["outlet"].split()) <= 4:
        head.publisher = head.publisher or source["outlet"].strip()  # "Source: KNA" over the headline
        return True
    if head.published_as is not None and (issued := _ISSUER_AND_TOWN.match(line)) is not None:
        # "Kessel Police Service (Orla)" under the page's date, over the headline: whose release
        # the page carries, and the town it was issued in
        if not _known_place(issued["town"]):
            return False
        if _is_outlet(issued["issuer"]):
            head.publisher = head.publisher or issued["issuer"]
        else:
            head.issuers.append(issued["issuer"])
        head.places.append(issued["town"])
        return True
    return bool(re.match(r"^By:?\s+[A-Z]", line)) and len(line.split()) <= 8 and _head_line(line, head, 0)


# "[Breaking news update at 2:38 p.m. ET]", "[Original story posted at 1:36 p.m. ET]": an editor's
# note in square brackets, about the page rather than the story.
_EDITORS_NOTE = re.compile(
    r"\[[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}?\s+(?:update|updated|posted|published|added)\b[^\]]{0,60}\]"
)
_BULLET = re.compile(r"^[-•*]\s+\S")


def _without_linked_list(lines: list[str]) -> list[str]:
    """The text without the list of other stories a page shows below it: two or more bulleted lines
    at its end, none of them a sentence ("- The Ocean Is Climate Change’s First Victim")."""
    end = len(lines)
    while end > 0 and _BULLET.match(lines[end - 1]) and lines[end - 1].rstrip()[-1:] not in {".", ",", ";"}:
        end -= 1
    if end > 0 and lines[end - 1].rstrip().endswith(":"):
        return lines  # the text's own list, which its last sentence introduces ("... according to X:")
    return lines[:end] if len(lines) - end >= 2 and end > 0 else lines


# A line of a page asking its reader for money: "Your support helps us to tell the story", "Your
# donation keeps us independent", "Please support our journalism", "Become a member today".
_APPEAL = re.compile(
    r"^(?:your\s+(?:support|donation|contribution|gift)s?\b|(?:please\s+)?(?:support|donate\s+to)\s+"
    r"(?:us|our\s+(?:journalism|reporting|work)|independent\s+journalism)\b|become\s+a\s+(?:member|supporter)\b)",
    re.IGNORECASE,
)
# How many lines an appeal runs to between its opening and closing lines, at most.
_APPEAL_LINES = 6


def _without_appeal(lines: list[str]) -> list[str]:
    """The text without a page's appeal for money: each line that asks for it, and the lines between
    two of them a few lines apart, where the outlet speaks of itself ("From climate change to Big
    Tech, we are on the ground...") and whatever it names is no part of the story."""
    asks = [n for n, line in enumerate(lines) if _APPEAL.match(line)]
    dropped = set(asks)
    for first, last in itertools.pairwise(asks):
        if last - first <= _APPEAL_LINES:
            dropped.update(range(first, last))
    return [line for n, line in enumerate(lines) if n not in dropped]


# A page's breadcrumb above the headline, as a numbered list: "1. Home", "2. Local Sport".
_BREADCRUMB = re.compile(r"^\d\.\s+[A-Z][\w&’'-]*(?:\s+[\w&’'-]+){0,2}$")


# "... was closed for repairs,its director said": a space the paste lost after a comma between two
# words (not inside a web address or a figure)
_LOST_SPACE = re.compile(r"(?<![/@\w.-])([a-z]{2,}),([a-z]{2,})\b")
# "... said Area Officer(AO)Ana Ruiz": the spaces the paste lost around a post's initials in brackets
_GLUED_INITIALS = re.compile(r"(?<=[a-z])\(([A-Z]{2,6})\)(?=[A-Z][a-z])")


# A post the page broke at a line's end and the paste kept hyphenated: "spokes-man", "chair-woman".
_BROKEN_POST = re.compile(r"\b(spokes|chair)-(man|woman|person|men|women|people)\b", re.IGNORECASE)
# A quote opening a paragraph whose closing mark the paste lost before its speaker: '"We are
# ready, said Ana Ruiz. "The boats are in."' (the marks left are odd in number): read without its
# opening mark, as words the speaker said (no mark is added, so the evidence is the page's own).
_UNCLOSED_QUOTE = re.compile(r'^["“](?=[^"“”]{8,}?,\s+(?:said|says|added)\s+[A-Z])')


# A quote in single marks, as some outlets print them: "‘We were scared,’ said Ana Ruiz." (an
# apostrophe inside a word, "There’s", is no closing mark: the closing one follows a stop or a comma)
# is read as a quote in double marks.
_SINGLE_QUOTED = re.compile(r"(?:(?<=^)|(?<=\s))‘(?P<words>[^‘“”\"]{8,}?[,.!?])’(?=\s|$)")


# The same in straight single marks, as some outlets print every quote: "'We were scared,' said Ana
# Ruiz." The quote opens with a capital or a figure and closes after a stop or a comma; an apostrophe
# inside it ("doesn't", "the farmers' stall") closes nothing. Read only on a line with no double
# marks (a quote nested in one stays as it is).
_STRAIGHT_QUOTED = re.compile(r"(?:(?<=^)|(?<=\s))'(?P<words>[A-Z\d][^‘’“”\"]{7,}?[,.!?])'(?=\s|$)")


# Two straight single marks for one double mark, as some agencies' copy prints a quote: "''We are
# ready,'' the official said." (a pair, opening before a word: a closing pair alone after a double
# mark, '"good for us'' and', stays as the page printed it).
_TWO_SINGLE_MARKS = re.compile(r"(?:(?<=^)|(?<=\s))''(?P<words>[A-Z\d](?:(?!'')[^\"“”])+?[,.!?])''(?=\s|$)")


def _double_quoted(match: re.Match[str]) -> str:
    """A quote in single marks read as one in double marks; not one nested inside a quote in double
    marks ("“Under the rules, ‘in person,’ we read ...”": the words the speaker quotes)."""
    before = match.string[: match.start()]
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return match[0]
    return f"“{match['words']}”"


# A quote closed by an opening mark set apart at the paragraph's end, as a slip of the keyboard
# prints it: "... said: “We are ready. “" (read without it: the quote runs to the paragraph's end,
# and no mark is added, so the evidence is the page's own).
_OPENING_FOR_CLOSING = re.compile(r"(?<=[.!?,])\s+“$")


def _closed_quote(line: str) -> str:
    marks = line.count('"') + line.count("“") + line.count("”")
    if marks % 2 == 0 and line.count("“") == line.count("”") + 2 and _OPENING_FOR_CLOSING.search(line):
        return _OPENING_FOR_CLOSING.sub("", line)
    return _UNCLOSED_QUOTE.sub("", line) if marks % 2 else line


# A text hard-wrapped at a fixed width, as wire copy and mail are ("... said Marta" / "Olsen, who chairs
# ..."): most of its lines are near the widest and end inside a sentence. Lines no wider than this,
# at least this many of them, at least this share within a fifth of the widest, and at least this
# share ending inside a sentence.
_WRAP_WIDTH = 100
_WRAP_LINES = 8
_WRAP_FULL = 0.6
_WRAP_OPEN = 0.4
# How a line ends a sentence (or a paragraph's last words): a stop, a quote's closing mark, a colon.
_LINE_CLOSED = re.compile(r"[.!?:;\"”’)]$")


# A text pasted with the spaces after its stops lost: "... rose on Monday.Shipments fell ...", '...
# next month."By region, ...'. The space goes back after a word's two small letters and a stop,
# before a capital and a small letter (never "U.S.Army", "1.5" or "www.kessel.com").
_GLUED_STOP = re.compile(r"(?<=[a-z]{2}[.!?])(?P<mark>[\"”“]?)(?=[A-Z][a-z])")
# A closing credit glued to the last sentence: "... fell 3 percent.Harbour Wire" (no stop of its own).
_GLUED_CREDIT = re.compile(
    r"(?:(?<=[a-z]{2}[.!?])|(?<=[a-z]{2}[.!?][\"”]))\s*(?P<credit>[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,3})$"
)

# A closing credit after the last sentence's stop and a dash: "... on Friday. -Harbour Wire".
_DASHED_CREDIT = re.compile(
    r"(?<=\w[.!?])(?:[\"”])?\s+[-–—]\s?(?P<credit>[A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,3})$"
)


def _unglued(line: str) -> list[str]:
    """The line with the space after each glued stop put back, and a closing agency's or outlet's
    credit glued to its last sentence set on a line of its own. A straight quote glued to the stop
    closes a quote when an odd number of them came before it in the line, else it opens one."""
    dashed = _DASHED_CREDIT.search(line)
    if dashed is not None and (_is_agency(dashed["credit"]) or _is_outlet(dashed["credit"])):
        return [line[: dashed.start()], dashed["credit"]]  # "... on Friday. -Harbour Wire"
    if len(_GLUED_STOP.findall(line)) < 2:
        return [line]  # (one glued stop is read as a sentence's end by `sentences`, its space kept out)

    def spaced(match: re.Match[str]) -> str:
        mark = match["mark"]
        closing = mark == "”" or (mark == '"' and line.count('"', 0, match.start()) % 2 == 1)
        return f"{mark} " if closing else f" {mark}"

    line = _GLUED_STOP.sub(spaced, line)
    credit = _GLUED_CREDIT.search(line)
    if credit is not None and (_is_agency(credit["credit"]) or _is_outlet(credit["credit"])):
        return [line[: credit.start()], credit["credit"]]
    return [line]


def _unwrapped(text: str) -> list[str]:
    """The text's lines, those of a hard-wrapped text joined back into its paragraphs: a line near
    the full width, or one past half of it that ends inside a sentence, runs on into the next (a
    blank line, or a short line that ends a sentence, ends a paragraph). Any other text's lines as
    they are."""
    raw = [line.strip() for line in text.splitlines()]
    body = [line for line in raw if len(line) >= 20]
    width = max((len(line) for line in body), default=0)
    if len(body) < _WRAP_LINES or width > _WRAP_WIDTH:
        return raw
    full = sum(1 for line in body if len(line) >= 0.8 * width)
    open_ = sum(1 for line in body if not _LINE_CLOSED.search(line))
    if full < _WRAP_FULL * len(body) or open_ < _WRAP_OPEN * len(body):
        return raw
    out: list[str] = []
    running = False
    for line in raw:
        if running and line:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        # (a short line left open is a head's: "By Ana Ruiz", "| KESSEL, July 23")
        running = len(line) >= 0.8 * width or (len(line) >= 0.5 * width and not _LINE_CLOSED.search(line))
    return out


# A byline line, bulleted or set after a dash as some print pages show it: "- By ANA RUIZ".
_BYLINE_LINE = re.compile(r"^(?:[-–—•●]\s*)?[Bb]y:?\s+[A-Z]")


def _masthead(lines: list[str]) -> bool:
    """ "The Harbour Review" on the first line, a longer headline under it and a byline further down
    the head (a standfirst between them): a paper's masthead at the top of a pasted print page."""
    return (
        len(lines) > 3
        and _OUTLET_OVER_BYLINE.match(lines[0].rstrip(" ;")) is not None
        and len(lines[1].split()) > len(lines[0].split()) + 1
        and not _BYLINE_LINE.match(lines[1])
        and any(_BYLINE_LINE.match(line) for line in lines[2:_HEAD_LINES])
    )


# "the Orla Rangers‚ the navy‚ and ...": a low single quote (U+201A) a page's typesetting wrote for a
# comma, after a word and before a space or a closing quote (as an opening quote it stands before
# its word), or between the thousands of a figure ("2‚450 hectares")
_LOW_COMMA = re.compile(r"(?<=[^\s\u201a])\u201a(?=[\s\u201d\"])|(?<=\d)\u201a(?=\d{3}(?!\d))")
# "Deputy Mayor Ana  Ruiz said": two spaces or more a paste left between words of a sentence (a
# line of prose, never a table's columns)
_DOUBLED_SPACE = re.compile(r"(?<=[A-Za-z.,])[ \t]{2,}(?=[A-Za-z])")
_PROSE = re.compile(r"^(?:\S+\s+){14,}.*[.!?”\"]$")
# "told the broadcaster KTVExternal link.": a page's marker for a link to another site, its text
# glued to the linked name when the page is pasted (no word of the name)
_LINK_MARKER = re.compile(r"(?<=[A-Za-z])External\s+link\b")


# A line below the text that says when it was published: "Published Monday June 3, 2019", "Posted on
# 12 March 2019" (not "Updated": a later day than the report's); a wire's note, "This report by the
# Harbour Press was first published May 4, 2016.", "This story was originally posted on 4 May 2016".
_PUBLISHED_BELOW = re.compile(
    r"^(?:This\s+(?:report|story|article)\s+(?:by\s+(?P<by>[A-Z][^.]{1,60}?)\s+)?was\s+)?"
    # ("Publish Date : 4 May 2016 10:15 AM": a page's field, its colon set apart)
    r"(?:(?:First|originally)\s+)?(?:Published|Posted|Publish(?:ed)?\s+Date)\b(?:\s+on\b)?\s*:?\s+(?=\S)",
    re.IGNORECASE,
)


def _published_below(line: str) -> str | None:
    """The day a line below the text says the report was published; None for any other line."""
    labelled = _PUBLISHED_BELOW.match(line)
    return parse_dateline(line[labelled.end() :].rstrip(".")) if labelled is not None else None


# A press release's field label on a line of its own, what it names on the next: "Source:" over
# "Kessel University" (a name in capitals, no sentence).
_SOURCE_LABEL = re.compile(r"^Source\s*:$")
_ISSUER = re.compile(r"^[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|for|and|the|de|&)){0,7}$")


def _issuer(line: str, following: str) -> str | None:
    """The body a "Source:" field names on the line after it; None for any other line."""
    return (
        following.strip() if _SOURCE_LABEL.match(line.strip()) and _ISSUER.match(following.strip()) else None
    )


# A line of its own that only says who speaks ("Ana Ruiz, the clinic's head, said:", "Ana added:"): the
# words spoken are the next paragraph's.
_SPEAKER_LINE = re.compile(
    r"^[A-Z][\w’'.-]*(?:,?\s+[\w’'.()-]+){0,11}\s+(?:said|says|added|adds|stated|states|explained"
    r"|continued|commented|remarked|noted)\s*:$"
)


def _with_introduced_quotes(lines: list[str]) -> list[str]:
    """The lines with each line that only says who speaks joined to the quote spoken, the next
    line's (a blank line between them or not): "Ana Ruiz said:" over "“We are ready.”" reads as
    "Ana Ruiz said: “We are ready.”" (words without marks are read as her paragraphs already)."""
    out: list[str] = []
    waiting = False
    for line in lines:
        if waiting and not line:
            continue
        if waiting and line[:1] in {"“", '"'}:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        waiting = bool(_SPEAKER_LINE.match(line)) and len(line.split()) <= 12 and not waiting
    return out


def read_article(path: Path, url: str | None = None, published: str | None = None) -> Article:
    """Title, byline, publication date, address and body paragraphs of a plain-text article.

    ``url`` and ``published`` are what the contributor knows of the page beside its text (``init
    --url``, ``--published``): they stand before what the text's head gives, as if the page's
    address had stood on its first line and its date on a date line.
    """
    given_url = url
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise DraftError(f"cannot read {path} as UTF-8 text: {error}") from error
    text = _LINK_MARKER.sub("", _LOW_COMMA.sub(",", text))
    lines = [part for line in _unwrapped(text) if line for part in _unglued(line)]
    lines = [_DOUBLED_SPACE.sub(" ", line) if _PROSE.search(line) else line for line in lines]
    lines = _with_introduced_quotes(lines)
    if not lines:
        raise DraftError(f"{path} holds no text")
    # "... Facebook PageBy Ana Ruiz": a byline a page glued to the caption above it, two lines
    glued = [_GLUED_BY.split(line) if n < _HEAD_LINES else [line] for n, line in enumerate(lines)]
    lines = [part for parts in glued for part in parts]
    url = next((line for line in lines[: _HEAD_LINES + 1] if _URL_LINE.match(line)), None)
    # "Click here to read more at the Kessel Courier.": the outlet whose report the page shows
    read_more = next((m["outlet"] for line in lines if (m := _READ_MORE_AT.match(line))), None)
    read_more = read_more or next((found for line in lines[-3:] if (found := _copyright_outlets(line))), None)
    lines = [
        line
        for line in lines
        if line != url and not _BOILERPLATE.match(line) and not _SIGN_UP_FORM.match(line)
    ] or lines
    lines = _without_appeal(_without_linked_list(lines))
    if len(lines) > 2 and lines[0].lower().rstrip(":") in _SECTIONS:
        lines = lines[1:]
    crumbs = next((n for n, line in enumerate(lines) if not _BREADCRUMB.match(line)), 0)
    if crumbs >= 2 and len(lines) - crumbs > 2:
        lines = lines[crumbs:]
    head = _Head()
    if _masthead(lines):
        head.publisher, lines = lines[0], lines[1:]  # "The Harbour Review" over its headline
    while len(lines) > 2 and _leading_head_line(lines[0], head):
        lines = lines[1:]  # "2016-03-04", "By Ann Lee" above the text: no headline
    while len(lines) > 1 and _CREDIT_CLOSING.search(lines[0]):
        lines = lines[1:]  # a photo's caption above the text ("... (Photo: Ana Ruiz)"): no headline
    # "... the rink is shut on Friday, March 6, 2020.Jane Roe / Staff" above the text: a caption
    # whose date the story's weekdays are read from, the text's first paragraph; no headline
    dated = _dated_caption(lines[0]) if len(lines) > 2 else None
    lines = lines[1:] if dated is not None else lines
    # A text pasted as one paragraph is still a text: its first sentence stands in for a headline.
    # (not a headline in title case that ends with a stop: "Bread Prices Rose by 8% in the Year.")
    headless = (
        _is_paragraph(lines[0])
        and (len(lines) > 1 or len(sentences(lines[0])) > 1)
        and not (len(lines) > 1 and len(sentences(lines[0])) == 1 and _title_case(lines[0]))
    )
    title = _title_from(lines[0]) if headless else lines[0]
    paragraphs: list[str] = [dated] if dated is not None else []
    credited = issued = False
    for number, line in enumerate(lines if headless else lines[1:]):
        # a photo's credit on a line of its own ("AP Photo/Karl Wende"): the caption follows
        caption, credited = (
            # a paragraph opening with a wire dateline is the text's lead, never a caption
            # (nor a date line: "Ana Ruiz / Kessel Today" over "KES | May 4, 2016" is a byline)
            credited and _one_sentence(line) and not _WIRE_DATELINE.match(line) and not _date_line(line),
            _caption(line) and "." not in line.rstrip(".")[:-1],
        )
        following = (lines if headless else lines[1:])[number + 1 : number + 2]
        if (
            number < _HEAD_LINES
            and head.publisher is None
            and following
            and re.match(r"^[Bb]y:?\s+[A-Z]", following[0])
            and _OUTLET_OVER_BYLINE.match(line.rstrip(" ;"))
        ):
            head.publisher = line.rstrip(" ;")  # "The Harbour Review;" over "By Ana Ruiz;": its outlet
            continue
        if issued:
            issued = False
            continue
        if number < _HEAD_LINES and following and (issuer := _issuer(line, following[0])) is not None:
            if _is_outlet(issuer):
                head.publisher = head.publisher or issuer
            else:
                head.issuers.append(issuer)
            issued = True  # "Source:" over "Kessel University": the field and what it names
            continue
        if (
            number < _HEAD_LINES
            and not head.authors
            and following
            and _BYLINE_LABEL.match(line)
            and _BYLINE_NAME.match(following[0])
            and not _known_place(following[0])
        ):
            head.authors = [following[0]]  # "Reporter:" on a line of its own, the name on the next
            issued = True  # (the name's line is read)
            continue
        filed = _FILED_BYLINE.match(following[0]) if following else None
        if number < _HEAD_LINES and not head.authors and filed is not None and _BYLINE_LABEL.match(line):
            head.authors = _names(filed["names"])  # "Author:" over "Orla: Ana Ruiz & Bo Lund | ... STAFF"
            head.places += [town for town in filed["towns"].split("/") if town not in head.places]
            head.publisher = head.publisher or filed["outlet"]
            issued = True
            continue
        if number < _HEAD_LINES and not head.authors and following and _name_over_date(line, following[0]):
            head.authors = [line]  # "Ann Lee" on a line of its own, the page's date on the next
            continue
        if caption or _head_line(line, head, number) or (line == title and not headless):
            continue  # a page may show its headline twice
        # two straight single marks for one double mark, as some agencies' copy prints a quote:
        # "''We are ready,'' the official said."
        line = _TWO_SINGLE_MARKS.sub(r"“\g<words>”", line)
        line = _closed_quote(_LOST_SPACE.sub(r"\1, \2", _EDITORS_NOTE.sub("", line).strip()))
        line = _GLUED_INITIALS.sub(r" (\1) ", line)
        line = _BROKEN_POST.sub(r"\1\2", line)
        line = _SINGLE_QUOTED.sub(_double_quoted, line)
        if not any(mark in line for mark in '“”"'):
            line = _STRAIGHT_QUOTED.sub(lambda m: f"“{m['words']}”", line)
        if (trailing := _TRAILING_CREDITS.search(line)) is not None:
            if not head.authors:
                _reporters(trailing["credits"], head)
            line = line[: trailing.start()].strip()
        if not line:
            continue
        if (
            paragraphs
            and paragraphs[-1].count("(") > paragraphs[-1].count(")")
            and line.count(")") > line.count("(")
        ):
            # "... 900 million euros (about 1 billion U.S." / "Dollars) last year, ...": a sentence the
            # paste broke inside its brackets goes on in the next line
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
            continue
        if _CREDITS.match(line) and not head.authors:
            _reporters(line, head)
        if _CREDITS.match(line) or _PHOTO.search(line) or _caption(line) or _ADDRESS.match(line):
            continue
        if paragraphs and (footer := _published_below(line)) is not None:
            head.date(footer)  # "Published Monday June 3, 2019" below the text, when the head gives no day
            wire = _PUBLISHED_BELOW.match(line)
            if wire is not None and wire["by"] and _is_outlet(wire["by"]):
                head.publisher = head.publisher or wire["by"]  # "This report by the Harbour Press was ..."
            continue
        if paragraphs and _is_agency(line.strip(" -—–")):
            head.publisher = head.publisher or line.strip(" -—–")  # a news agency's name alone below the text
            continue
        courtesy = _COURTESY.match(line) if paragraphs else None
        source = _SOURCE_BELOW.match(line) if paragraphs else None
        if courtesy is None and source is not None and _is_outlet(source["who"]):
            courtesy = source  # "Source: Kessel News Agency" below the text: the outlet whole
        if courtesy is not None:
            head.publisher = head.publisher or courtesy["who"]  # "Courtesy Kessel News" below the text
            continue
        signed = credit_line(line) if paragraphs and not head.authors and line[-1:] not in '.!?”"' else None
        if signed is not None and signed[1] is not None:
            # "Ana Ruiz, Harbour News Service" below the text: who wrote it, and for whom
            head.authors, head.publisher = signed[0], head.publisher or signed[1]
            continue
        if paragraphs and not following and _CLOSING_PAPER.fullmatch(line.strip(" -—–")):
            head.publisher = head.publisher or line.strip(" -—–")  # "The Courier" alone, the text's last line
            continue
        if paragraphs and _headline_case(line) and not _bulleted(line, paragraphs):
            # another story's headline, linked below the text (not an item of a list the text
            # opens with a colon: "- Mill Road, West, between Elm and Oak Streets")
            continue
        if (
            len(line.split()) >= 8
            or (not paragraphs and _WIRE_DATELINE.match(line))
            or _short_paragraph(line, paragraphs)
            or _list_item(line, paragraphs)
            or _list_opening(line, paragraphs, following)
        ):
            # A standfirst may come before the paragraph that opens with the dateline.
            # A teaser and a caption may come before it too: a town's colon dateline is read further.
            town = len(paragraphs) < 4 and not head.places and _TOWN_COLON.match(line)
            # a wire's dateline with its agency further down opens an earlier story the page keeps
            # below the update ("NEW YORK (AP) — ..."): its place and date are not the text's words
            again = (wire := _WIRE_DATELINE.match(line)) is not None and bool(wire["agency"])
            again = again or (len(paragraphs) < 4 and not head.places and bool(_AGENCY_LINE.match(line)))
            first = not paragraphs
            paragraphs.append(_wire(line, head, first) if len(paragraphs) < 2 or town or again else line)
    stripped = paragraphs and paragraphs[0] != lines[0] and lines[0].endswith(paragraphs[0])
    if headless and stripped and not dated:
        # "KESSELBURG: The film ...": a text with no headline stands in its first sentence, without
        # the dateline (no town is said to say it)
        title = _title_from(paragraphs[0])
    if head.publisher is None and len(head.authors) == 1 and names_the_site(head.authors[0], text):
        # "Written by Harbour Wire" over a text that ends "visit www.harbourwire.com": the site's name
        head.publisher = head.authors.pop()
    dated_by = None
    url = given_url or url
    if published:
        head.published_as = head.published = None
        head.date(published)
    address_day = url_date(url) if url and not published else None
    if address_day and head.published and (head.published - address_day).days > _DAYS_A_PAGE_IS_NEWS:
        # a site's date line later than the day the report's address gives ("Tuesday, March 19,
        # 2024" over /2021/10/15/): the day the page was read, not the report's
        head.published_as = head.published = None
    if head.published_as is None and url and url_date(url):
        head.date(url_date(url).isoformat())  # type: ignore[union-attr]
        dated_by = "the page's address"
    return Article(
        path,
        text,
        title,
        head.published,
        head.authors,
        open_quotes(paragraphs),
        head.published_as,
        head.publisher or read_more,
        url,
        dated_by,
        head.places,
        head.day_only if head.published_as is None else None,
        head.editors,
        dateline_alone=head.day_alone,
        dateline_dated=head.wire_dated,
        issuers=head.issuers,
    )


# ("v." and "vs." of a case's name: "The case is Norland v. Ruiz, No. 12-204"; "mr." in lower case,
# a lawyer's title as the Dutch write it before a name: "Judge mr. A. de Wit", "attorney mr. B. Lund")
_ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|mr|mrs|No|Jr|Sr|v|vs"
    rf"|{TITLE_ABBREVIATIONS}|{PLACE_ABBREVIATIONS}|{GIVEN_ABBREVIATIONS})\.)$"
)
# The capitals of the letters Latin adds for Central European and Turkish names ("Şule", "Łukasz",
# "Žana"), beyond Latin-1's ("Éire", "Ömer")
EXTENDED_CAPITALS = "".join(letter for letter in map(chr, range(0x100, 0x180)) if letter.isupper())
# After a stop, or a stop and a closing quote (kept with its sentence: “... increase.” Hollister).
# Also a stop a page glued to the next sentence ("the poachers.Officials have filed ...", and after
# a quote's closing marks, one or two: "... in good order.””Over the last year ...").
# A sentence may be set in brackets of its own: "... 20 branches. (The plan also ...) The ...".
_SENTENCE_END = re.compile(
    rf"(?:(?<=[.!?])|(?<=[.!?][”\")]))\s+(?=[“\"A-ZÀ-ÖØ-Þ{EXTENDED_CAPITALS}]|\((?:[A-Z][a-z]|A\s))"
    r"|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])"
    r"|(?<=[a-z][.!?][”\"])(?=[A-Z][a-z])|(?<=[a-z][.!?][”\"]{2})(?=[A-Z][a-z])"
    # a year's stop glued to the next sentence ("by the end of 2021.An initial ..."; never "1.5")
    r"|(?<=\d{4}[.!?])(?<![\d.,]\d{4}[.!?])(?=[A-Z][a-z])"
)


# "around 5 a.m. Sunday", "at 3 p.m. ET": a clock time's stop goes on to the day or zone it names.
_CLOCK_STOP = re.compile(r"\b\d{1,2}(?::\d\d)?\s*[ap]\.m\.$")
_DAY_OR_ZONE = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|"
    r"(?:[ECMP][SD]?T|GMT|UTC)\b)"
)


# "on Sat. Sept. 26", "Tues. Oct. 13": a weekday's shortened name goes on to the month it dates.
_WEEKDAY_STOP = re.compile(r"\b(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)\.$")
_MONTH_OPENS = re.compile(rf"^{_MONTH_NAME}\s*\d{{1,2}}\b")


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences without cutting after "U.S." or "Dr."."""
    pieces = _SENTENCE_END.split(paragraph)
    out: list[str] = []
    for piece in pieces:
        clock = out and _CLOCK_STOP.search(out[-1]) and _DAY_OR_ZONE.match(piece)
        clock = clock or (out and _WEEKDAY_STOP.search(out[-1]) and _MONTH_OPENS.match(piece))
        if out and (_ABBREVIATION.search(out[-1]) or _open_quote(out[-1]) or clock):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return [piece.strip() for piece in out if piece.strip()]


def _open_quote(text: str) -> bool:
    """Whether a quotation opened in ``text`` is not closed yet: its sentences belong together."""
    marks = paired(text)
    return marks.rfind("“") > marks.rfind("”")


_BREAK = re.compile(r",(?!\d)|;|:|\(|\)|\s[–—]\s")


def clause(sentence: str, start: int, end: int) -> str:
    """The stretch of ``sentence`` between punctuation that contains ``start:end``, as evidence.
    A comma inside a number ("1,000") is not a break."""
    lefts = [m.end() for m in _BREAK.finditer(sentence, 0, start)]
    right_match = _BREAK.search(sentence, end)
    left = lefts[-1] if lefts else 0
    right = right_match.start() if right_match else len(sentence)
    text = sentence[left:right].strip(" .")
    if text.count("“") != text.count("”"):
        text = text.strip("“”")
    if len(text) > MAX_EVIDENCE:
        text = sentence[start:end]
    return text
