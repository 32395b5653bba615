"""One way to make every picture of the course: its size, its text, its pixels.

Every figure (the network diagram, the widgets' plots, the notebooks'
pictures) is a :class:`CourseFigure`, measured in inches and shown at
``PX_PER_INCH`` CSS pixels per inch at 100 % zoom (96, the CSS inch, so
that a point is a point in the browser too), whatever the screen:

- **legible**: text is ``text_px()`` CSS pixels (14, the least for a
  lecture hall's back row; 20 after ``presentation()``), legends and ticks
  included: ``font_size()`` gives it in points for matplotlib;
- **in the learner's language**: the words come through ``tr``; in Chinese
  the characters matplotlib's font lacks come from the font the package
  brings (``families()``, ``fonts/README.md``);
- **within a notebook column**: at most ``MAX_WIDTH_PX`` wide, so that no
  front end shrinks it;
- **crisp**: its PNG has ``PIXEL_RATIO`` pixels per CSS pixel and says so
  (``width``/``height`` metadata), so a HiDPI screen or a projector shows it
  sharp, and a normal screen shows it at the same size.

Two formats, one place each.  ``png(figure)``: pixels, for the pictures a
notebook keeps in its outputs (the same on every machine).  ``svg(figure)``:
shapes and text, for what the widgets redraw on every click: three times
faster to make than a 2x PNG, and sharp at any zoom.  ``shown_size(figure)``
is a figure's size on the page in CSS pixels; ``show_in(image, figure)``
puts a figure into a widget.
"""

from __future__ import annotations

import contextlib
import functools
import io
import struct
import threading
import zlib
from pathlib import Path

import matplotlib
import numpy as np
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ..language import language, tr

PX_PER_INCH = 96                   # CSS pixels per inch of a figure, as shown
PIXEL_RATIO = 2                    # PNG pixels per CSS pixel
# JupyterLab at 1024x768 (a projector) with the left sidebar collapsed shows
# an output column 844 px wide and a notebook panel 647 px tall; a wider
# picture is scaled down (its 14 px text shown smaller).  With a margin:
MAX_WIDTH_PX = 800                 # every picture at most this wide ...
MAX_HEIGHT_PX = 600                # ... and a network diagram at most this tall
TEXT_PX = {"notebook": 14, "presentation": 20}   # text height (font size) in CSS pixels
FONT = "DejaVu Sans"               # matplotlib's own font: the same on every machine
MONO_FONT = "DejaVu Sans Mono"     # the diagram's numbers, aligned
# Chinese words: Noto Sans CJK SC cut down to the characters of Chinese text, shipped
# with the package (fonts/README.md), so that every machine shows them.
CJK_FAMILY = "Course Sans SC"
CJK_FONT = Path(__file__).with_name("fonts") / "CourseSansSC-Regular.otf"


@functools.cache
def _cjk_family():
    """``CJK_FAMILY``, once its file is known to matplotlib's font manager."""
    font_manager.fontManager.addfont(str(CJK_FONT))
    return CJK_FAMILY


def families(font=FONT):
    """The font families a text in ``font`` is drawn with: ``[font]``, and in Chinese
    ``CJK_FAMILY`` after it, for the characters ``font`` has not (matplotlib takes each
    character from the first family that has it: Latin letters, digits and symbols stay
    in ``font``)."""
    return [font, _cjk_family()] if language() == "zh" else [font]


# Two threads may draw at once (an explorer's background work and a notebook
# cell): every drawing of the course holds this lock, as the widgets share
# their figures between threads.
DRAWING = threading.RLock()


# --- the course's private style --------------------------------------------------
#
# matplotlib keeps its settings (rcParams) in one dict for the whole program, and
# ``rc_context`` changes that dict for a while: a background drawing under it would
# change what the learner's code sees, and a learner's ``rc_context`` block would
# change (and on leaving, reset) the settings a background drawing is using.  So the
# course never changes the dict: a thread drawing for the course reads its own
# settings (``private_style``), and every other thread reads the dict as before.

class _ThreadStyle(threading.local):
    settings = None         # this thread's private settings, or None: the global ones


_THREAD_STYLE = _ThreadStyle()
# What a private style starts from: matplotlib's defaults, the same on every machine
# (a matplotlibrc, or a learner's own settings, change no picture of the course).
_DEFAULTS = {key: matplotlib.rcParamsDefault[key] for key in matplotlib.rcParamsDefault
             if key != "backend"}


class _CourseRcParams(matplotlib.RcParams):
    """``matplotlib.rcParams``, read through the private style of the reading thread."""

    def _get(self, key):
        settings = _THREAD_STYLE.settings
        if settings is not None and key in settings:
            return settings[key]
        return super()._get(key)


# Every read of a setting goes through ``RcParams._get``: the global settings object
# stays the same (with the same values), only read through this thread-aware class.
matplotlib.rcParams.__class__ = _CourseRcParams


@contextlib.contextmanager
def private_style(settings=None):
    """Within, this thread reads matplotlib's settings as matplotlib's defaults with
    ``settings`` (a dict of rcParams) over them (over the enclosing private style,
    inside one); ``matplotlib.rcParams`` itself is neither read nor changed, so
    other threads, the learner's code among them, neither see nor change them."""
    checked = matplotlib.RcParams()
    checked.update(settings or {})          # checked as rcParams are, "DejaVu Sans" -> [...]
    outer = _THREAD_STYLE.settings
    _THREAD_STYLE.settings = {**(_DEFAULTS if outer is None else outer),
                              **{key: checked._get(key) for key in checked}}
    try:
        yield
    finally:
        _THREAD_STYLE.settings = outer


class _Settings:
    """The course's current picture size (``presentation()`` changes it)."""
    text_px = TEXT_PX["notebook"]


def text_px():
    """Height of the course's text, in CSS pixels: 14, or 20 in presentation mode."""
    return _Settings.text_px


def font_size(scale=1.0):
    """The course's text size in points (what matplotlib takes), times ``scale`` (>= 1)."""
    return text_px() * scale * 72 / PX_PER_INCH


def presentation(on: bool = True) -> int:
    """Switch the whole course to text for a projector (20 px), or back (14 px).

    Every picture and widget made after the call uses the new size; a big
    network then shows a more compact diagram rather than a wider one.
    Returns the new text size in CSS pixels.
    """
    if not isinstance(on, bool):
        raise TypeError(tr("on must be True or False, got {on!r}", on=on))
    _Settings.text_px = TEXT_PX["presentation" if on else "notebook"]
    return _Settings.text_px


def plot_style():
    """matplotlib settings for a plot at the course's text size (for ``private_style``)."""
    size = font_size()
    return {
        "font.family": families(FONT), "font.size": size, "axes.titlesize": size,
        "axes.labelsize": size, "xtick.labelsize": size, "ytick.labelsize": size,
        "legend.fontsize": size, "legend.title_fontsize": size,
        "figure.titlesize": size, "mathtext.fontset": "dejavusans",
        "axes.spines.top": False, "axes.spines.right": False,
        "lines.linewidth": 2.0, "figure.dpi": PX_PER_INCH,
    }


class CourseFigure(Figure):
    """A matplotlib Figure that a notebook shows as a crisp picture on its own.

    Jupyter shows a plain Figure as a picture only once matplotlib's inline
    backend is on; this one always shows, through ``png``, at its size in
    CSS pixels.
    """

    def __repr__(self):
        """Without the figure's size, which for a picture sized to its words depends on
        the font's measured widths (a pixel more or less in another matplotlib): the
        text a notebook shows for it is then the same everywhere."""
        return f"<{type(self).__name__} with {len(self.axes)} Axes>"

    def _repr_png_(self):
        width, height = shown_size(self)
        return png(self), {"width": width, "height": height}

    def _repr_mimebundle_(self, include=None, exclude=None):
        """The same crisp PNG, ahead of what ``%matplotlib inline`` would show
        for a Figure (a 1x PNG cropped to its content)."""
        data, metadata = self._repr_png_()
        return {"image/png": data}, {"image/png": metadata}


def new_figure(width_px, height_px):
    """A :class:`CourseFigure` of ``width_px`` x ``height_px`` CSS pixels (not managed by pyplot)."""
    if width_px > MAX_WIDTH_PX:
        raise ValueError(tr("width_px must be at most {max_width_px} (a notebook column), got {width_px}",
                            max_width_px=MAX_WIDTH_PX, width_px=width_px))
    figure = CourseFigure(figsize=(round(width_px) / PX_PER_INCH, round(height_px) / PX_PER_INCH),
                          dpi=PX_PER_INCH)          # whole CSS pixels
    FigureCanvasAgg(figure)
    return figure


def png(figure):
    """The PNG bytes of ``figure``: ``PIXEL_RATIO`` pixels per CSS pixel.

    Drawn without font hinting (the same glyphs at every size), and encoded
    by ``_png_bytes`` with one filter for every row of pixels (``savefig``'s
    encoder, Pillow, tries five on every row: the same picture, more slowly).
    """
    canvas = figure.canvas if isinstance(figure.canvas, FigureCanvasAgg) else FigureCanvasAgg(figure)
    dpi = figure.dpi
    figure.dpi = PX_PER_INCH * PIXEL_RATIO
    try:
        with DRAWING, private_style({"text.hinting": "none"}):
            rgba, (width, height) = canvas.print_to_buffer()
    finally:
        figure.dpi = dpi
    return _png_bytes(np.frombuffer(rgba, np.uint8).reshape(height, width, 4))


def _png_bytes(rgba):
    """PNG bytes of a picture given as an array of RGBA pixels, rows top first.

    A mostly white picture compresses well with its rows left unfiltered
    (filter type 0, the byte in front of each row), by zlib at its fastest
    level.
    """
    height, width, _ = rgba.shape
    rows = np.zeros((height, 1 + 4 * width), np.uint8)
    rows[:, 1:] = rgba.reshape(height, 4 * width)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA, not interlaced
    chunks = [(b"IHDR", header), (b"IDAT", zlib.compress(rows, 1)), (b"IEND", b"")]
    return b"\x89PNG\r\n\x1a\n" + b"".join(
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        for kind, data in chunks)


# The fonts a browser takes for the SVG's text, in order: matplotlib's own
# where installed, else a monospace or sans-serif font of about the same
# width (no monospace font is wider than DejaVu Sans Mono's 0.602 em).
SVG_FONTS = {
    "'DejaVu Sans Mono'": "'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', monospace",
    "'DejaVu Sans'": "'DejaVu Sans', Verdana, 'Liberation Sans', Arial, sans-serif",
}


def svg(figure):
    """The SVG text of ``figure``, its size in CSS pixels, its text as text.

    The text stays text (``svg.fonttype: none``), spaces and all, in the
    fonts ``SVG_FONTS`` lists; the ids inside are the same on every call
    (``svg.hashsalt``).  In Chinese the text is drawn as outlines
    (``svg.fonttype: path``): the browser may have no Chinese font.
    """
    buffer = io.StringIO()
    text_as = "path" if language() == "zh" else "none"
    with DRAWING, private_style({"svg.fonttype": text_as, "svg.hashsalt": "bp_helpers"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    # Runs of spaces line the numbers up: keep them (SVG joins them by default).
    text = buffer.getvalue().replace('<text style="', '<text style="white-space: pre; ')
    for family, fallbacks in SVG_FONTS.items():
        text = text.replace(f"font-family: {family}", f"font-family: {fallbacks}")
    return text


def shown_size(figure):
    """``(width, height)`` of ``figure`` on the page, in whole CSS pixels."""
    width, height = figure.get_size_inches()
    return round(width * PX_PER_INCH), round(height * PX_PER_INCH)


def show_in(image, figure, picture=None):
    """Show ``figure`` in the ipywidgets ``Image`` ``image``, as SVG, at its size in CSS
    pixels; ``picture``: the figure's SVG bytes, if made before (``svg(figure).encode()``)."""
    width, height = shown_size(figure)
    image.format = "svg+xml"
    image.value = picture if picture is not None else svg(figure).encode()
    image.width, image.height = str(width), str(height)
