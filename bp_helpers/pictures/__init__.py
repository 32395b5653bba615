"""The pictures of the course: matplotlib figures sized for a notebook.

This file only hands names on.  Each module is one kind of picture:

- ``canvas``: one way to make every picture: its size in CSS pixels, its
  text (14 px, 20 px after ``presentation()``; Chinese words in the font of
  ``fonts/``, shipped with the package), its PNG and SVG;
- ``colors``: one colour per quantity of the lesson, one per learning rate;
- ``diagram`` (with ``diagram_layout``, where everything goes): the network
  drawn as the lesson draws it, circles and arrows with their numbers;
- ``formula_latex`` and ``formula_images``: the steps' formulas coloured like
  the diagram, as LaTeX and drawn as pictures;
- ``plot_layout``: the axes, ticks and legends every plot shares;
- ``lesson_plots``: the notebooks' one-off plots (an activation function,
  the error against one weight);
- ``gradient_bars``: the size of ``dE/dx`` layer by layer, as bars (where a
  gradient vanishes or explodes);
- ``chain_rule``: one path of the network written out value by value, a derivative
  as the product of the local derivatives along it, and the paths of a node
  with several outgoing edges adding up;
- ``widget_plots``: the figures the widgets redraw (error curves, decision
  boundaries, the final error against the learning rate);
- ``surface_plots``: the error over two parameters as a map, with the
  gradient, the update's step and the paths of gradient descent, momentum
  and Adam;
- ``worksheet_pages``: the printable worksheet, its answer key and the
  lecturer's crib sheet, as PDF pages (imported by itself: ``make worksheet``).
"""

from .canvas import presentation
from .chain_rule import draw_chain_rule, draw_paths_adding
from .diagram import DEFAULT_SHOW, NetworkDiagram, draw_network
from .formula_images import formula_figure
from .formula_latex import colorize, show_steps
from .lesson_plots import plot_activation, plot_activations, plot_error_against_weight
from .plot_layout import new_plot
from .surface_plots import plot_example_gradients, plot_paths, plot_surface

__all__ = [
    "presentation",
    "DEFAULT_SHOW", "NetworkDiagram", "draw_network",
    "formula_figure", "colorize", "show_steps",
    "plot_activation", "plot_activations", "plot_error_against_weight", "new_plot",
    "draw_chain_rule", "draw_paths_adding",
    "plot_surface", "plot_paths", "plot_example_gradients",
]
