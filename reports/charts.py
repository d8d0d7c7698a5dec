"""Bar charts drawn on the server as SVG: no script, no inline style (the CSP allows neither).

The SVG is hidden from screen readers; the template shows the same figures as a table.
"""

from dataclasses import dataclass

from django.utils.formats import number_format

LABEL_WIDTH = 220
BAR_AREA = 360
VALUE_WIDTH = 70
ROW_HEIGHT = 28
BAR_HEIGHT = 18


@dataclass
class Bar:
    label: str
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
    label_width: int = LABEL_WIDTH

    @property
    def view_box(self):
        return f"0 0 {self.width} {self.height}"


def bar_chart(title, rows, label_heading, value_heading, unit=""):
    """rows: (label, value) pairs; the longest bar fills the area, zero draws no bar. Values are written as the
    tables write them, in the interface language: "23,9%" in Dutch."""
    values = [value or 0 for _, value in rows]
    top = max(values, default=0) or 1
    bars = []
    for index, (label, value) in enumerate(rows):
        number = value or 0
        width = round(BAR_AREA * number / top)
        y = index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) // 2
        display = "–" if value is None else f"{number_format(value, use_l10n=True)}{unit}"
        bars.append(
            Bar(
                label=str(label),
                value=number,
                display=display,
                y=y,
                text_y=y + BAR_HEIGHT - 4,
                width=width,
                value_x=LABEL_WIDTH + width + 6,
            )
        )
    return BarChart(
        title=title,
        label_heading=label_heading,
        value_heading=value_heading,
        bars=bars,
        width=LABEL_WIDTH + BAR_AREA + VALUE_WIDTH,
        height=max(len(bars), 1) * ROW_HEIGHT,
    )
