"""Numbers as people write them: "3,850", "four", "1.2 million".

Only cardinal forms count as writing a value. Ordinals and words that imply a value ("a fourth",
"half", "a decade") do not: a number derived from them must say how in ``derivation:``.
"""

from __future__ import annotations

import re

NUMBER_WORDS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
]
_SCALES = ((1_000_000_000, "billion", "bn"), (1_000_000, "million", "m"), (1_000, "thousand", "k"))
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_TRILLION = (1_000_000_000_000, "trillion", "tn")


def _in_words(whole: int) -> str | None:
    """A number below a hundred in words: "nineteen", "sixty-eight"."""
    if 0 <= whole < len(NUMBER_WORDS):
        return NUMBER_WORDS[whole]
    if whole < 100:
        tens, ones = divmod(whole, 10)
        return _TENS[tens] + (f"-{NUMBER_WORDS[ones]}" if ones else "")
    return None


def _scaled(value: float | int, scale: int) -> str | None:
    """ "1.68" for 1,680,000,000 in billions: the value over the scale, when three decimals say it."""
    if abs(value) < scale:
        return None
    short = f"{round(value / scale, 3):g}"
    return short if abs(float(short) * scale - value) < 0.5 else None


def _in_lakhs(whole: int) -> str:
    """ "22,40,395" for 2,240,395: the last three digits together, pairs before them."""
    digits = str(abs(whole))
    head, tail = digits[:-3], digits[-3:]
    pairs = [head[max(0, i - 2) : i] for i in range(len(head), 0, -2)][::-1]
    return ("-" if whole < 0 else "") + ",".join([*pairs, tail])


# A fraction written as one character: "2½", "¾".
_VULGAR = {0.5: "½", 0.25: "¼", 0.75: "¾"}


def written_forms(value: float | int) -> list[str]:
    """The ways a text may write ``value``, most specific first."""
    forms: list[str] = []
    if float(value).is_integer():
        whole = int(value)
        forms += [
            f"{whole:,}",
            str(whole),
            f"{whole:,}".replace(",", " "),
            f"{whole:,}".replace(",", "\u00a0"),
        ]
        forms.append(f"{whole:,}".replace(",", "."))
        if abs(whole) >= 100_000:
            forms.append(_in_lakhs(whole))  # "22,40,395": grouped in lakhs and crores
        words = _in_words(whole)
        if words:
            forms.append(words)
            if "-" in words:
                forms.append(words.replace("-", " "))  # "Sixty three boats": the hyphen left out
        # No ordinals ("a fourth leader", "a second time", "a third of"), no "half", no "a decade":
        # a value worked out from such words says so in the number's `derivation:`.
    else:
        forms += [f"{value:,}", repr(float(value)), f"{value:.2f}"]  # "10.50 percent" for 10.5
        if abs(value) < 1000 and round(value, 2) == value:
            forms.append(f"{value:.2f}".replace(".", ","))  # "US$2,35": a decimal comma, two places
        units, part = divmod(value, 1)
        fraction = _VULGAR.get(round(part, 2))
        if fraction is not None:
            forms.append(f"{int(units) or ''}{fraction}")  # "2½ years" for 2.5
    for scale, word, abbreviation in (_TRILLION, *_SCALES):
        short = _scaled(value, scale)
        if short is not None:
            forms += [f"{short} {word}", f"{short}{abbreviation}"]
            if abbreviation == "m":
                forms.append(f"{short}mn")  # "$910mn in losses", as financial news writes millions
            # "one million dollars", "a million people", "twenty-five billion": the scale's count in words
            count = _in_words(int(short)) if short.isdigit() else None
            if count:
                forms += [f"{count} {word}", f"{count.replace('-', ' ')} {word}"]
                if short == "1":
                    forms.append(f"a {word}")
    return list(dict.fromkeys(forms))


# Units written glued to a number ("1.1C", "32km", "40mph"): the number stands alone before them.
GLUED_UNITS = {
    "c": "degrees Celsius",
    "f": "degrees Fahrenheit",
    "km": "kilometres",
    "kms": "kilometres",
    "kmh": "kilometres an hour",
    "mph": "miles per hour",
    "kg": "kilograms",
    "cm": "centimetres",
    "mm": "millimetres",
    # a medicine's dose: "a 250mg tablet", "a 5ml spoon"
    "mg": "milligrams",
    "ml": "millilitres",
    "ft": "feet",
    "mw": "megawatts",
    "gw": "gigawatts",
    "kw": "kilowatts",
    "mwh": "megawatt hours",
    "gwh": "gigawatt hours",
    "kwh": "kilowatt hours",
    "ha": "hectares",
    "sq": "square",
    "cr": "crore",  # "Rs 90cr": crores, as South Asian papers shorten them
}
_GLUED_UNIT = re.compile(r"(?:" + "|".join(sorted(GLUED_UNITS, key=len, reverse=True)) + r")(?![a-z0-9])")


# A glued "m" is metres, not millions, before a length in brackets ("100m (328ft)"); for a number of
# metres, also alone ("a 100m mast"), unless the metres are written after it ("1.2m cubic metres").
_METRES_CONVERTED = re.compile(r"(?<=\d)m(?=\s*\(\s*[\d,.]+\s*(?:ft|feet|foot|yards?)\b)")
_METRES_ALONE = re.compile(r"(?<=\d)m(?![a-z0-9])(?!\s+(?:[a-z]+\s+){0,2}met(?:re|er)s?\b)")
_OF_METRES = re.compile(r"(?:^|\s)(?:m|met(?:re|er)s?)\b")
# Currencies by their ISO 4217 codes and the local abbreviations papers glue before a figure ("JD0.40",
# "GHC7,600", "KD 5", "Dh200"), read by the draft only where the sentence is about money (a code can
# also begin a flight's or a model's name). Codes that are English words or common names in capitals
# ("ALL", "TOP", "CUP", "COP28", "AMD") are left out.
CURRENCY_CODES = {
    **{"JD": "dinars", "JOD": "dinars", "KD": "dinars", "KWD": "dinars", "BD": "dinars", "BHD": "dinars"},
    **{"IQD": "dinars", "LYD": "dinars", "TND": "dinars", "DZD": "dinars", "RSD": "dinars"},
    **{"GHC": "cedis", "GH¢": "cedis", "GH₵": "cedis", "QR": "riyals", "QAR": "riyals", "SR": "riyals"},
    **{"SAR": "riyals", "OMR": "rials", "RO": "rials", "AED": "dirhams", "Dh": "dirhams", "Dhs": "dirhams"},
    **{"EGP": "pounds", "LE": "pounds", "LBP": "pounds", "SDG": "pounds", "PKR": "rupees", "LKR": "rupees"},
    **{"NPR": "rupees", "MUR": "rupees", "BDT": "taka", "VND": "dong", "KRW": "won", "TWD": "dollars"},
    **{"NT": "dollars", "MMK": "kyat", "KHR": "riels", "LAK": "kip", "MXN": "pesos", "ARS": "pesos"},
    **{"CLP": "pesos", "UYU": "pesos", "DOP": "pesos", "BRL": "reais", "R$": "reais", "GTQ": "quetzales"},
    **{"HNL": "lempiras", "CRC": "colones", "JMD": "dollars", "TTD": "dollars", "FJD": "dollars"},
    **{"PGK": "kina", "XOF": "CFA francs", "XAF": "CFA francs", "CFA": "CFA francs", "ZMW": "kwacha"},
    **{"MWK": "kwacha", "MZN": "meticais", "BWP": "pula", "NAD": "dollars", "AOA": "kwanzas"},
    **{"SEK": "kronor", "NOK": "kroner", "DKK": "kroner", "ISK": "kronur", "PLN": "zloty", "CZK": "koruna"},
    **{"HUF": "forint", "RON": "lei", "BGN": "leva", "RUB": "roubles", "UAH": "hryvnias", "ILS": "shekels"},
    **{"NIS": "shekels", "KZT": "tenge", "UZS": "som", "AZN": "manat", "TRL": "lira", "YTL": "lira"},
    # the Pacific's: "Vt500 a bundle", "SBD 40", "WST 12", "XPF 1,000"
    **{"Vt": "vatu", "VUV": "vatu", "SBD": "dollars", "WST": "tala", "XPF": "CFP francs"},
}
# The codes of the most traded currencies, glued before a figure by financial and trade news
# ("USD380 million", "EUR1.2bn"); not in CURRENCY_CODES, whose codes the draft reads as money.
_MAJOR_CODES = "usd|eur|gbp|jpy|cny|rmb|inr|chf|cad|aud|nzd|hkd|sgd|zar|ngn|kes|idr|myr|thb"
# A currency's letters glued before a figure: "RM2,000", "Rs500", "KSh300" (read in lower case).
_CURRENCY_GLUED = re.compile(
    r"(?<![a-z])(?:rm|rs|rp|ksh|sh|tk|rwf|frw|ugx|ush|tsh|tzs|etb|ghs|euro|"
    + _MAJOR_CODES
    + "|"
    + "|".join(re.escape(code.casefold()) for code in sorted(CURRENCY_CODES, key=len, reverse=True))
    + r")$"
)
# A currency written as one capital letter glued to the figure ("raised by P18", "R3.7-billion"): a
# cut only where the number counts that currency ("pesos"), as the draft reads it only in money; and
# the euro's sign typed as the letter it looks like ("E40 million").
_LETTER_CURRENCY_GLUED = {
    "p": "pesos",
    "r": "rand",
    "n": "naira",
    "k": "kwacha",
    "q": "quetzales",
    "e": "euros",
}
# A share whose space the pasting lost: "12per cent", "40percent"; or a paper's style glued it: "10pc"
_SHARE_GLUED = re.compile(r"per\s?cent\b|pc\b")
# A small word a pasted page glued to the figure after it, its space lost: "and12 per cent"
_SMALL_WORD_GLUED = re.compile(r"(?<![a-z])(?:and|or|of|to|from|at|by|with|than|about|nearly|over)$")
# A whole number and its fraction, joined by a hyphen or a space: "2-1/2", "12 3/4".
_MIXED = re.compile(
    r"(?<![0-9a-z_.,/])(?P<whole>\d+)[- ](?P<over>\d{1,2})/(?P<under>\d{1,2})(?![\d/]|[.,]\d)"
)
_FRACTION_AFTER = re.compile(r"[- ]\d{1,2}/\d|/\d")  # "2" of "2-1/2", "1" of "1/2"


def number_in_text(value: float | int, text: str, measures: str = "") -> bool:
    """True when ``text`` writes ``value`` in one of its usual forms, as a whole number token.
    ``measures`` (the number's unit and what it counts) says whether a glued "m" is metres."""
    lowered = text.casefold()
    metres = _METRES_ALONE if _OF_METRES.search(measures.casefold()) else _METRES_CONVERTED
    lowered = metres.sub(" m", lowered)  # the number stands alone before its metres
    # "£3million": a scale's whole word glued to the figure, as some papers write it
    # ("a $3.7-billion deal": the scale after a hyphen, a compound adjective's)
    lowered = re.sub(r"(?<=\d)-?(?=(?:thousand|million|billion|trillion)\b)", " ", lowered)
    if not float(value).is_integer() and any(_is_mixed(found, value) for found in _MIXED.finditer(lowered)):
        return True
    for form in written_forms(value):
        needle = form.casefold()
        start = lowered.find(needle)
        while start != -1:
            end = start + len(needle)
            before = lowered[start - 1] if start else " "
            after = lowered[end : end + 2]
            # Only Latin letters and digits glue onto a number: in "明珍珍4人" the 4 stands alone.
            # A denominator ("2" of "1/2") belongs to its fraction, as a numerator does.
            cut_before = (
                (
                    before.isascii()
                    and before.isalnum()
                    and not _CURRENCY_GLUED.search(lowered, 0, start)
                    and not _SMALL_WORD_GLUED.search(lowered, 0, start)
                    and not _letter_currency(lowered, start, measures)
                )
                or before in ".,_"
                or (before == "/" and lowered[start - 2 : start - 1].isdigit())
            )
            # "their total to 47.0": a whole value written with zeros after the point
            zeros = float(value).is_integer() and re.match(r"\.0+(?!\d|[.,]\d)", lowered[end:]) is not None
            cut_after = bool(after) and (
                (
                    after[0].isascii()
                    and after[0].isalnum()
                    and not _GLUED_UNIT.match(lowered, end)
                    and not _SHARE_GLUED.match(lowered, end)
                )
                or after[0] == "_"
                or (after[0] in ".," and after[1:2].isdigit() and not zeros)
                or bool(_FRACTION_AFTER.match(lowered, end))
            )
            if not cut_before and not cut_after:
                return True
            start = lowered.find(needle, start + 1)
    return False


def _letter_currency(lowered: str, start: int, measures: str) -> bool:
    """Whether one letter glued before the figure at ``start`` is the currency it counts ("p18")."""
    letter = lowered[start - 1 : start]
    alone = start < 2 or not lowered[start - 2].isalnum()
    currency = _LETTER_CURRENCY_GLUED.get(letter)
    return alone and currency is not None and currency in measures.casefold()


def _is_mixed(found: re.Match[str], value: float | int) -> bool:
    """ "2-1/2" writes 2.5, and "3-1/3" writes 3.33 as two decimals round it."""
    over, under = int(found["over"]), int(found["under"])
    return 0 < over < under and round(int(found["whole"]) + over / under, 2) == round(value, 2)


class WrittenFloat(float):
    """A decimal that keeps the places its writer gave it: a magnitude written 7.0 has one, a rate
    written 2.50 two. A float forgets them ("7.0" read back as 7), and the precision the source gave
    is information: "7" said less than the source did."""

    places: int

    def __new__(cls, value: float, places: int) -> WrittenFloat:
        written = super().__new__(cls, value)
        written.places = places
        return written

    def __reduce__(self) -> tuple[type[WrittenFloat], tuple[float, int]]:
        return WrittenFloat, (float(self), self.places)


# Past this many places a float cannot hold what was written: the digits shown would be its noise.
MOST_PLACES = 12


def written_places(text: str) -> int | None:
    """The decimal places of a number as written ("7.0" has one, "2.50" two); None for a whole
    number, an exponent or more places than a float holds."""
    found = re.fullmatch(r"[-+]?[0-9][0-9_]*\.([0-9]+)", text.strip())
    if found is None or len(found.group(1)) > MOST_PLACES:
        return None
    return len(found.group(1))


def format_value(value: float | int, places: int | None = None) -> str:
    """The value as a reader sees it: thousands separated, no trailing ".0", unless its source wrote
    it with decimals (``places``): "7.0", "2.50"."""
    if places is not None and isinstance(value, float) and float(f"{value:.{places}f}") == value:
        return f"{value:,.{places}f}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,}"


def newspaper_value(value: float | int, places: int | None = None) -> str:
    """The value as a newspaper prints it: "14 billion", "88.59 billion", "1.2 million", "3,850". A
    million or more takes the largest scale word it reaches when two decimals say it exactly, three
    for billions and trillions (as financial news prints them: "2.417 billion", where "2,417,000,000"
    beside "6.3 billion" hid that both are billions); smaller or less round values keep
    digits, with the decimals their source wrote (``places``: "7.0"). Never a smaller scale than the
    value reaches: "88590 million" hid its size.

    Two decimals of a million, as a newspaper prints a sum ("$12.45 million", where "$12,450,000"
    made the reader count digits to learn it is millions): the same value, no digit rounded away.
    A count takes the same rule, "12.45 million people" as a census total is printed, since a figure
    that ends in four zeros was rounded by its source to that place and the decimals say all it
    gave; a count exact to the unit ("12,453,218") keeps its digits."""
    for scale, word, _ in (_TRILLION, *_SCALES[:2]):
        if abs(value) >= scale:
            steps = 100 if scale < 1_000_000_000 else 1000
            if (value * steps) % scale == 0:
                return f"{value / scale:g} {word}"
            break
    return format_value(value, places)
