"""A table of figures pasted with an article ("Power Company  State  Out Now" and a row per
utility): its rows, the figures in them and the names that label them, for `explainer init`.

A table is three or more lines in a row whose cells are set apart by two or more spaces or a tab,
the first of them its header, one row at least with a figure in it. Each figure of a row counts what
its column's header says, for what the row's first cell names ("out now, GridLine TX"); that
first cell is an actor of the kind the first header says ("Power Company": an organisation). The
evidence of each is the row as written (the validator reads runs of spaces as one).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from generator.authoring.figures import Figure
from generator.authoring.kinds import kind_of
from generator.authoring.notnames import NOT_NAMES

_CELLS = re.compile(r"\s{2,}|\t")
_FIGURE = re.compile(r"^[$€£]?(?P<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<unit>%)?$")
_TOTALS = {"total", "totals", "all", "overall", "sum"}


@dataclass(frozen=True)
class Table:
    """A header's cells and each row's, with each row's line as written."""

    header: list[str]
    rows: list[tuple[list[str], str]]


def _cells(line: str) -> list[str]:
    return [cell for cell in _CELLS.split(line.strip()) if cell]


def find_tables(text: str) -> list[Table]:
    """Every table of the text, in order."""
    tables: list[Table] = []
    block: list[str] = []
    for line in [*text.splitlines(), ""]:
        if len(_cells(line)) >= 2:
            block.append(line)
            continue
        if len(block) >= 3 and any(_FIGURE.match(cell) for row in block[1:] for cell in _cells(row)):
            header = _cells(block[0])
            tables.append(Table(header, [(_cells(row), " ".join(_cells(row))) for row in block[1:]]))
        block = []
    return tables


def _figure_cells(table: Table, cells: list[str]) -> Iterator[tuple[str, re.Match[str]]]:
    """(column header, figure) for each figure of a row; a row shorter than the header (an empty
    first cell: "Total  169,800") lines up with the header's last columns."""
    offset = len(table.header) - len(cells)
    for index, cell in enumerate(cells):
        figure = _FIGURE.match(cell)
        if figure is not None and 0 <= index + offset < len(table.header):
            yield table.header[index + offset], figure


def table_figures(table: Table) -> Iterator[Figure]:
    """A figure for each number of each row, counting its column for the row's label."""
    for cells, line in table.rows:
        label = " ".join(cell for cell in cells if not _FIGURE.match(cell))
        for column, figure in _figure_cells(table, cells):
            number = figure["number"].replace(",", "")
            value: int | float = float(number) if "." in number else int(number)
            counts = "percent" if figure["unit"] else column.lower()
            yield Figure(value, "exact", f"{counts}, {label}" if label else counts, line)


def row_names(table: Table) -> Iterator[tuple[str, str, str]]:
    """(name, kind, evidence) for the first cell of each row that names something."""
    kind = kind_of(table.header[0], "") if table.header else "organisation"
    for cells, line in table.rows:
        name = cells[0]
        if _FIGURE.match(name) or name.lower() in _TOTALS or name in NOT_NAMES or not name[:1].isupper():
            continue
        if len(cells) < len(table.header):
            continue  # a row without its first cell: the first cell shown is of another column
        yield name, kind if kind not in {"person", "group"} else "organisation", line
