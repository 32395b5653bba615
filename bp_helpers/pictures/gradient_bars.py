"""The size of ``dE/dx`` layer by layer, as bars: where a gradient vanishes.

``plot_dE_dx_by_layer`` draws, for each network of a few (one group of
bars each, named above it), the mean ``|dE/dx|`` of every layer from the
first hidden layer to the output, on a log scale.  Going back, each layer
multiplies by weights and by ``f'(x)``,

    dE/dx_i = f'(x_i) * sum over j in out(i) of w_ij dE/dx_j

so a factor below 1 at every layer shows as a staircase down towards the
input.  The sizes come from ``diagnoses.gradient_ratio``; the bars have
the colour of ``dE/dx`` (``colors.DE_DX``), and the groups are told apart
by place and name, not by colour.  Notebook 7.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from matplotlib.figure import Figure
from matplotlib.transforms import blended_transform_factory
from numpy.typing import ArrayLike

from ..checks import check_array
from ..language import tr
from . import colors
from .lesson_plots import display_name
from .plot_layout import course_style, log_scale, new_plot

MAX_GROUPS = 3          # groups of bars side by side in 800 px: at most 3 of 9 layers
GAP = 1.5               # bar widths between two groups


@course_style
def plot_dE_dx_by_layer(sizes: Mapping[str, ArrayLike]) -> Figure:
    """Bars of the mean ``|dE/dx|`` of each layer, one group per entry of ``sizes``.

    ``sizes`` is a dict: label (an activation's name is written as the
    lesson writes it, ``"relu"`` as ReLU) -> an array of positive sizes, entry
    ``l - 1`` for layer ``l`` (``gradient_ratio(net, X, T).sizes``), at most
    ``MAX_GROUPS`` entries.  A size of 0 cannot be drawn on a log scale: its
    bar is left out, and the group's name says so.  Returns the figure.
    """
    if not isinstance(sizes, dict) or not sizes:
        raise TypeError(tr("sizes must be a dict of label -> array, got {sizes!r}", sizes=sizes))
    if len(sizes) > MAX_GROUPS:
        raise ValueError(tr("sizes can hold at most {max_groups} groups, got {n_sizes} (more bars would not "
                            "fit side by side)", max_groups=MAX_GROUPS, n_sizes=len(sizes)))
    groups = {label: check_array(f"sizes[{label!r}]", values, (None,))
              for label, values in sizes.items()}
    for label, values in groups.items():
        if np.any(values < 0):
            raise ValueError(tr("sizes[{label!r}] must hold sizes (at least 0), got {values}",
                                label=label, values=values))
    figure, ax = new_plot(800, 420)
    above = blended_transform_factory(ax.transData, ax.transAxes)
    start, ticks, tick_labels = 0.0, [], []
    for label, values in groups.items():
        layers = np.arange(1, len(values) + 1)
        places = start + layers - 1
        drawn = values > 0
        ax.bar(places[drawn], values[drawn], width=0.7, color=colors.DE_DX,
               edgecolor=colors.BLACK, linewidth=0.8)
        name = display_name(label)
        if not drawn.all():
            name = tr("{name} (0 in {count} layers)", name=name, count=np.count_nonzero(~drawn))
        ax.text(places.mean(), 1.02, name, transform=above, ha="center", va="bottom")
        ticks += list(places)
        tick_labels += [str(l) for l in layers]
        start = places[-1] + 1 + GAP
    ax.set_xticks(ticks, tick_labels)
    ax.set_xlim(-0.7, start - GAP - 0.3)
    log_scale(ax, "y")
    ax.set_xlabel(tr("layer l (1 = the first hidden layer, the last = the output)"))
    ax.set_ylabel(tr("mean |dE/dx| (log scale)"))
    ax.grid(True, axis="y", which="major", alpha=0.3)
    return figure
