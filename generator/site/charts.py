"""A small static bar chart of figures of one quantity: horizontal bars from zero, one per row in
date order, each labelled above its bar and valued beside it, as a raw HTML block holding an SVG
whose title and description screen readers get (a table beside it always gives the same figures).
Drawn on the server: no script, nothing fetched, the same bytes for the same figures."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from generator.format.model import Number
from generator.site.diagram import text_width, wrap
from generator.site.grammar import short_figure
from generator.site.views import capitalised, in_words

WIDTH = 360  # fits a phone's column; wider screens keep the natural size
LABEL_X = 4
BAR_X = 4
BAR_HEIGHT = 16
LABEL_LINE = 18  # a line of a label, at the chart's 14 px
ROW_GAP = 10  # below a bar, before the next label
GAP = 6  # between a bar and its value
BARS = 40  # the most a chart shows, the latest by date


@dataclass(frozen=True)
class Bar:
    """One figure to draw: its label (its date, and what tells it from the others) and whether it is
    a forecast, drawn as an outline."""

    label: str
    number: Number
    forecast: bool = False


def bar_chart(bars: Sequence[Bar], *, key: str, title: str) -> str:
    """``bars`` in the order given (date order), the latest ``BARS`` of them. A forecast is drawn as an
    outline, not a solid bar: beside measured figures it read as one more measurement. "" when
    fewer than two figures, or when they are in different units, which one scale cannot compare."""
    if len(bars) < 2 or len({b.number.unit for b in bars}) > 1:
        return ""
    # A quantity given many times (a running toll) charts its latest figures; the table has all.
    every = len(bars)
    bars = bars[-BARS:]
    largest = max(max(b.number.value, b.number.upper or 0) for b in bars)
    if largest <= 0:
        return ""
    # The longest bar leaves room for the widest value beside it, and is never shorter than half the width.
    room = max(text_width(short_figure(b.number)) for b in bars) + GAP + 2
    scale = max(WIDTH - BAR_X - room, WIDTH / 2) / largest
    parts = []
    top = 0
    for drawn_bar in bars:
        number = drawn_bar.number
        # The whole label, wrapped: cut short, two labels may not be told apart.
        lines = wrap(drawn_bar.label, WIDTH - 2 * LABEL_X)
        for line_number, line in enumerate(lines):
            parts.append(
                f'<text class="explainer-chart__label" x="{LABEL_X}" '
                f'y="{top + 14 + line_number * LABEL_LINE}">{html.escape(line)}</text>'
            )
        bar = max(number.value * scale, 1)
        y = top + len(lines) * LABEL_LINE + 2
        drawn = (
            "explainer-chart__bar explainer-chart__forecast" if drawn_bar.forecast else "explainer-chart__bar"
        )
        parts.append(f'<rect class="{drawn}" x="{BAR_X}" y="{y}" width="{bar:.1f}" height="{BAR_HEIGHT}"/>')
        end = bar
        if number.upper is not None:
            end = number.upper * scale
            parts.append(
                f'<rect class="explainer-chart__range" x="{BAR_X + bar:.1f}" y="{y}" '
                f'width="{end - bar:.1f}" height="{BAR_HEIGHT}"/>'
            )
        value = html.escape(short_figure(number))
        parts.append(
            f'<text class="explainer-chart__value" x="{BAR_X + end + GAP:.1f}" y="{y + 13}">{value}</text>'
        )
        top = y + BAR_HEIGHT + ROW_GAP
    height = top - ROW_GAP + 2
    width = max(WIDTH, round(BAR_X + largest * scale + room))  # a very wide value widens the chart
    first, last = bars[0].number, bars[-1].number
    span = f"from {short_figure(first)} to {short_figure(last)}"
    latest = f"the latest {len(bars)} of {every} figures" if every > len(bars) else f"{every} figures"
    ahead = [b for b in bars if b.forecast]
    if not ahead:
        forecasts = ""
    elif len(ahead) == len(bars):
        forecasts = "; all of them forecasts, drawn as outlines"
    else:
        which = "one of them a forecast" if len(ahead) == 1 else f"{in_words(len(ahead))} of them forecasts"
        forecasts = f"; {which}, drawn as {'an outline' if len(ahead) == 1 else 'outlines'}"
    description = f"{capitalised(latest)} in date order, {span}{forecasts}; the table above gives each one."
    # One line each: a blank line would end the raw HTML block in the middle of the SVG.
    return "\n".join(
        [
            f'<div class="explainer-chart" id="{key}" data-search-exclude>',
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="{key}-title {key}-desc">',
            f'<title id="{key}-title">{html.escape(" ".join(title.split()))}</title>',
            f'<desc id="{key}-desc">{html.escape(description)}</desc>',
            *parts,
            "</svg>",
            "</div>",
        ]
    )
