"""The colours of the lesson's quantities, one name per colour.

The diagram, the formulas and the prose all colour a quantity the same way,
so that a learner who has seen ``x`` in blue once finds it in blue
everywhere.  The colours are the Okabe-Ito palette, which stays
distinguishable for colour-blind readers.  Colour never carries meaning
alone: every coloured value is also written with its name (``x = 0.900``),
and the sign of a weight is also shown by its line style.

This file only names colours; where they are used is up to the drawing code.
"""

# Okabe-Ito palette (Okabe & Ito, "Color Universal Design", 2008).
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"

# The quantities of the lesson.
X = BLUE                  # total input of a node, x
Y = VERMILLION            # output of a node, y (and the target output y_target)
DE_DX = ORANGE            # dE/dx
DE_DY = BLUISH_GREEN      # dE/dy
W = REDDISH_PURPLE        # a weight w (and a bias b)
DE_DW = REDDISH_PURPLE    # dE/dw (and dE/db)
TEXT = BLACK              # everything else: node numbers, the error E
UNKNOWN = "#999999"       # grey (not a quantity's colour): a value not known yet
GREY = "#808080"          # a darker grey, not a quantity's colour either

# The colour of a quantity, by the name the code uses for it.
QUANTITY_COLORS = {
    "x": X, "y": Y, "dE_dx": DE_DX, "dE_dy": DE_DY,
    "w": W, "dE_dw": DE_DW, "b": W, "dE_db": DE_DW,
    "E": TEXT, "y_target": Y,
}

# Edges are grey or black by the sign of their weight, never coloured (the
# palette's unused sky blue reads as a paler x), so that an edge's colour is
# never read as "this is an x" or "this is a y".  Negative weights are also
# dashed: the line style alone tells the sign.
POSITIVE_WEIGHT = GREY
NEGATIVE_WEIGHT = BLACK
