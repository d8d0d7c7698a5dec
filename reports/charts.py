"""Bar charts drawn on the server as SVG: no script, no inline style (the CSP allows neither).

Each bar has its label above it, across the chart's whole width, so a long label ("Minderjarigen, loverboys
en criminele uitbuiting") is wrapped onto a second line instead of cut off on the left. The chart is narrow
(`WIDTH` units) and the stylesheet (`static/css/admin.css`) lets it fill the width up to about 28rem: on a
390 px phone the 15-unit text is still about 12 px, on a laptop about 16 px.

The SVG is hidden from screen readers; the template shows the same figures as a table.
"""

import textwrap
from dataclasses import dataclass

from django.utils.formats import number_format

BAR_AREA = 340
VALUE_WIDTH = 80
WIDTH = BAR_AREA + VALUE_WIDTH
FONT_SIZE = 15
LINE_HEIGHT = 18
BAR_HEIGHT = 18
ROW_GAP = 12
LABEL_CHARACTERS = 48  # per line: 15-unit text is about 7.5 units a character, so 48 fit in the width
LABEL_LINES = 2


@dataclass
class Bar:
    label: str
    lines: list
    value: float
    display: str
    y: int
    text_y: int
    width: int
    value_x: int


@dataclass
class BarChart:
    title: str
    label_heading: str
    value_heading: str
    bars: list
    width: int
    height: int
    font_size: int = FONT_SIZE
    bar_height: int = BAR_HEIGHT

    @property
    def view_box(self):
        return f"0 0 {self.width} {self.height}"


@dataclass
class Line:
    text: str
    y: int


def label_lines(label):
    """A label wrapped at word boundaries onto at most `LABEL_LINES` lines, the last ending in "…" if more
    was left (the table below the chart has it in full)."""
    lines = textwrap.wrap(label, LABEL_CHARACTERS, break_long_words=True) or [""]
    if len(lines) > LABEL_LINES:
        last = textwrap.shorten(" ".join(lines[LABEL_LINES - 1 :]), LABEL_CHARACTERS - 1, placeholder="")
        lines = [*lines[: LABEL_LINES - 1], f"{last}…"]
    return lines


def bar_chart(title, rows, label_heading, value_heading, unit=""):
    """rows: (label, value) pairs; the longest bar fills the area, zero draws no bar. Values are written as the
    tables write them, in the interface language: "23,9%" in Dutch."""
    values = [value or 0 for _, value in rows]
    top = max(values, default=0) or 1
    bars = []
    y = 0
    for label, value in rows:
        number = value or 0
        width = round(BAR_AREA * number / top)
        display = "–" if value is None else f"{number_format(value, use_l10n=True)}{unit}"
        texts = label_lines(str(label))
        lines = [Line(text, y + LINE_HEIGHT * (index + 1) - 4) for index, text in enumerate(texts)]
        bar_y = y + LINE_HEIGHT * len(lines) + 2
        bars.append(
            Bar(
                label=str(label),
                lines=lines,
                value=number,
                display=display,
                y=bar_y,
                text_y=bar_y + BAR_HEIGHT - 4,
                width=width,
                value_x=width + 6,
            )
        )
        y = bar_y + BAR_HEIGHT + ROW_GAP
    return BarChart(
        title=title,
        label_heading=label_heading,
        value_heading=value_heading,
        bars=bars,
        width=WIDTH,
        height=max(y - ROW_GAP, LINE_HEIGHT),
    )
