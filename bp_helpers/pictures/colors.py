"""The colours of the course: one per quantity of the lesson, one per learning rate.

The diagram, the formulas and the prose all colour a quantity the same way,
so that a learner who has seen ``x`` in blue once finds it in blue
everywhere.  The hues are the Okabe-Ito palette, which stays
distinguishable for colour-blind readers; for text they are darkened until
they reach a contrast of 4.5:1 (the WCAG level for normal text) on white
and on the diagram's highlight tints, so that a projected value can be read
from the back row.  Colour never carries meaning alone: every coloured
value is also written with its name (``x  0.900``) and in its place (the
forward values above the line of a node, the derivatives below), and the
sign of a weight is also shown by its line style.

This file only names colours; where they are used is up to the drawing code.
``contrast(a, b)`` computes the ratio the tests check.
"""

import math

# Okabe-Ito palette (Okabe & Ito, "Color Universal Design", 2008).
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"

# The same hues darkened (lightness lowered, hue and saturation kept) to a
# contrast of at least 4.5:1 on TARGET_LABEL_TINT, the darkest background text sits on.
DARK_BLUE = "#006DAA"
DARK_VERMILLION = "#AC4C00"
DARK_ORANGE = "#8A6000"
DARK_BLUISH_GREEN = "#007555"
DARK_REDDISH_PURPLE = "#AB417C"

# The quantities of the lesson, as text.
X = DARK_BLUE                   # total input of a node, x
Y = DARK_VERMILLION             # output of a node, y (and the target output y_target)
DE_DX = DARK_ORANGE             # dE/dx
DE_DY = DARK_BLUISH_GREEN       # dE/dy
W = DARK_REDDISH_PURPLE         # a weight w (and a bias b)
DE_DW = DARK_REDDISH_PURPLE     # dE/dw (and dE/db)
TEXT = BLACK                    # everything else: node numbers, the error E
QUIET_TEXT = "#595959"          # the words of labels and keys: 7:1 on white
UNKNOWN = "#767676"             # a line not known yet (the lightest grey at 4.5:1)

# The colour of a quantity, by the name the code uses for it.
QUANTITY_COLORS = {
    "x": X, "y": Y, "dE_dx": DE_DX, "dE_dy": DE_DY,
    "w": W, "dE_dw": DE_DW, "b": W, "dE_db": DE_DW,
    "E": TEXT, "y_target": Y,
}

# Backgrounds of the diagram: white, and the highlight of a step.  The
# circle (or edge halo) a step computes gets TARGET_TINT, Okabe-Ito orange:
# 2.25:1 on white; what it reads READ_TINT: 1.38:1 on white and 1.63:1
# against TARGET_TINT, so that a projector keeps the three apart (and the
# target also has a thick outline).  No value is written on those: the tags
# and labels, where values are, take the pale LABEL tints, on which every
# quantity's colour reads at 4.5:1.
BACKGROUND = "#FFFFFF"
TARGET_TINT = ORANGE
READ_TINT = "#F9D88A"
TARGET_LABEL_TINT = "#FCE7A0"
READ_LABEL_TINT = "#FEF4D4"
QUIET_LINE = "#949494"          # the outline of a tag, at 3:1 on white (WCAG for graphics)

# Edges are grey or black by the sign of their weight, never coloured, so
# that an edge's colour is never read as "this is an x" or "this is a y".
# Negative weights are also dashed: the line style alone tells the sign.
POSITIVE_WEIGHT = "#6E6E6E"
NEGATIVE_WEIGHT = BLACK
# An edge a step computes is drawn in vermillion (3.9:1 on white), one it
# reads in amber (3.05:1), each at its own |w| width and dash: the width and
# the dash keep their meaning.  Its label gets the tint and outline of a
# highlighted tag, so the mark is never colour alone.
EDGE_TARGET = VERMILLION
EDGE_READ = "#C08A00"


# --- learning rates -------------------------------------------------------------
# Every figure of the course draws a learning rate alpha in the same colour,
# by alpha's decade.  The line style is the figure's choice (figures.ErrorCurve
# picks it per curve); ``rate_style`` offers one by alpha's leading digit
# (1, 2 or 5 x 10^k, the sliders' stops), so that two neighbouring rates
# differ in colour or style where a figure takes it.  The colours are none of the quantities'
# hues, each at least 3:1 on white (the WCAG level for lines), and a figure
# always names each rate too.
RATE_DECADE_COLORS = {            # 10^k: colour
    -3: "#000000",                # black
    -2: "#1B2A6B",                # navy
    -1: "#4F7F8C",                # slate teal
    0: "#6B6B3A",                 # olive
    1: "#8C5A2B",                 # brown
    2: "#5E2A4F",                 # plum
}
RATE_LINESTYLES = {1: "-", 2: "--", 5: "-."}     # leading digit: line style; others dotted


def rate_style(learning_rate):
    """``{"color": ..., "linestyle": ...}`` of ``learning_rate``: the colour every
    figure draws it in, and a line style a figure may take.

    ``learning_rate = d x 10^k``: the colour of decade ``k`` (clipped to
    0.001 .. 100), the line style of the leading digit ``d``.
    """
    decade = math.floor(math.log10(learning_rate) + 1e-9)
    mantissa = learning_rate / 10.0 ** decade
    digit = round(mantissa)
    color = RATE_DECADE_COLORS[min(max(decade, -3), 2)]
    linestyle = RATE_LINESTYLES.get(digit, ":") if abs(mantissa - digit) < 1e-6 else ":"
    return {"color": color, "linestyle": linestyle}


# --- contrast ------------------------------------------------------------------

def relative_luminance(color):
    """The WCAG 2 relative luminance of a ``"#RRGGBB"`` colour (0 black, 1 white)."""
    channels = [int(color[k:k + 2], 16) / 255 for k in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(foreground, background=BACKGROUND):
    """The WCAG 2 contrast ratio of two colours, from 1 (none) to 21 (black on white)."""
    lighter, darker = sorted([relative_luminance(foreground), relative_luminance(background)],
                             reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
