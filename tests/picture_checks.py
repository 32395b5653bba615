"""What every plot of the course must be, checked on the figure's own artists after drawing it.

- ``drawn_texts``: the texts matplotlib actually draws (a tick label out of
  view, an empty string or a hidden text is not drawn, so not checked);
- ``assert_legible``: at most ``canvas.MAX_WIDTH_PX`` wide; every text at
  least the course's size, inside the figure, at least 4.5:1 on white, and
  clear of every other text;
- ``assert_markers_inside``: every marker drawn (a dot, a diamond, a ✕, a
  scatter point) lies inside its axes, its whole symbol clear of the border;
- ``assert_rate_styles``: every line labelled "α = ..." has that learning
  rate's colour and line style (``colors.rate_style``).
"""

import itertools
from unittest import mock

import numpy as np
from matplotlib.colors import to_hex
from matplotlib.text import Text

from bp_helpers.pictures import canvas, colors

TOLERANCE_PX = 0.5       # rounding of the renderer's extents


def drawn_texts(figure):
    """Draw ``figure``; return its renderer and the non-empty texts it drew.

    The tests measure pictures drawn with ``draw_without_rendering``: every text and
    patch is placed as a real draw places it (the same extents), without its pixels,
    in a quarter of the time."""
    drawn = []
    draw = Text.draw

    def recording_draw(text, renderer):
        if text.get_visible() and text.get_text().strip():
            drawn.append(text)
        return draw(text, renderer)

    with mock.patch.object(Text, "draw", recording_draw):
        figure.draw_without_rendering()
    return figure.canvas.get_renderer(), drawn


def assert_legible(figure):
    """At most a notebook column wide; every text big enough, inside, dark enough, apart."""
    width, height = canvas.shown_size(figure)
    assert width <= canvas.MAX_WIDTH_PX
    renderer, texts = drawn_texts(figure)
    assert texts, "the figure draws no text at all"
    frame = figure.bbox
    extents = []
    for text in texts:
        name = repr(text.get_text())
        assert text.get_fontsize() >= canvas.font_size() - 1e-9, \
            f"{name} is {text.get_fontsize():.1f} pt, under {canvas.font_size():.1f}"
        extent = text.get_window_extent(renderer)
        assert (extent.x0 >= frame.x0 - TOLERANCE_PX and extent.x1 <= frame.x1 + TOLERANCE_PX
                and extent.y0 >= frame.y0 - TOLERANCE_PX
                and extent.y1 <= frame.y1 + TOLERANCE_PX), f"{name} runs off the figure"
        ratio = colors.contrast(to_hex(text.get_color()))
        assert ratio >= 4.5, f"{name} has a contrast of {ratio:.2f} on white"
        extents.append((name, extent.padded(-TOLERANCE_PX)))
    for (a, box_a), (b, box_b) in itertools.combinations(extents, 2):
        assert not box_a.overlaps(box_b), f"{a} and {b} overlap"


def _all_axes(figure):
    """Every axes of ``figure``, insets included."""
    return [ax for top in figure.axes for ax in [top] + list(top.child_axes)]


def assert_markers_inside(figure):
    """Every marker of every axes lies inside it, its whole symbol clear of the border."""
    figure.draw_without_rendering()
    px_per_point = figure.dpi / 72
    for ax in _all_axes(figure):
        box = ax.bbox
        for line in ax.get_lines():
            if line.get_marker() in ("None", "", None, " ") or not len(line.get_xdata()):
                continue
            points = np.column_stack([line.get_xdata(), line.get_ydata()]).astype(float)
            every = line.get_markevery()
            points = points if every is None else points[every]
            radius = line.get_markersize() * px_per_point / 2
            _assert_inside(ax, box, points, radius, f"the markers of {line.get_label()!r}")
        for collection in ax.collections:
            points = collection.get_offsets()
            if len(points) and collection.get_offset_transform() == ax.transData:
                radius = np.sqrt(np.max(collection.get_sizes())) * px_per_point / 2
                _assert_inside(ax, box, np.asarray(points, float), radius,
                               f"the points of {collection.get_label()!r}")


def _assert_inside(ax, box, points, radius, what):
    """``points`` (data coordinates of ``ax``) at least ``radius`` pixels inside ``box``."""
    x, y = ax.transData.transform(points).T
    inside = ((x - radius >= box.x0 - TOLERANCE_PX) & (x + radius <= box.x1 + TOLERANCE_PX)
              & (y - radius >= box.y0 - TOLERANCE_PX) & (y + radius <= box.y1 + TOLERANCE_PX))
    assert inside.all(), f"{what} reach past the axes at {points[~inside].tolist()}"


def rate_lines(figure):
    """``{learning rate: [lines]}`` of the lines labelled "α = <rate> ..."."""
    lines = {}
    for ax in figure.axes:
        for line in ax.get_lines():
            if line.get_label().startswith("α = ") and len(line.get_xdata()):
                rate = float(line.get_label().split()[2])
                lines.setdefault(rate, []).append(line)
    return lines


def assert_rate_styles(figure):
    """Each line labelled "α = ..." has its rate's colour and line style (``rate_style``)."""
    for rate, lines in rate_lines(figure).items():
        style = colors.rate_style(rate)
        for line in lines:
            assert to_hex(line.get_color()) == to_hex(style["color"]), line.get_label()
            assert line.get_linestyle() == style["linestyle"], line.get_label()
