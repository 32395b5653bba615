"""Every picture the notebooks draw, in Chinese: every word through ``tr``, none left in
English, every character from a font the package brings, at the course's size and apart.

Each picture is drawn with ``set_language("zh")`` and with warnings as errors, so that
matplotlib's "Glyph ... missing from font(s)" (an empty box where a character should be)
fails the test.  The paths' own labels (made by ``error_surface``) and the notebooks' own
words (a title, a network's name) are given here as symbols or in Chinese: they are
translated where they are written.
"""

import warnings

import numpy as np
import pytest
from fontTools.ttLib import TTFont
from matplotlib import font_manager
from matplotlib.font_manager import FontProperties
from matplotlib.text import Text
from picture_checks import assert_legible, drawn_texts

from bp_helpers import DEMO_EXAMPLE, STEPPER_SHOW, Network, demo_network, trace, train
from bp_helpers.datasets import curve, three_classes, two_circles, xor
from bp_helpers.error_choice import compare_error_functions
from bp_helpers.error_surface import descent_path, error_surface
from bp_helpers.experiments import compare_learning_rates, explorer_first_state, plot_fits, plot_one_update
from bp_helpers.language import is_english, set_language, untranslated
from bp_helpers.optimisers import GradientDescent
from bp_helpers.pictures import (
    NetworkDiagram,
    canvas,
    draw_chain_rule,
    draw_network,
    draw_paths_adding,
    plot_activations,
    plot_error_against_weight,
    plot_example_gradients,
    plot_paths,
    plot_surface,
)
from bp_helpers.pictures.gradient_bars import plot_dE_dx_by_layer
from bp_helpers.pictures.lesson_plots import plot_error_choice
from bp_helpers.pictures.widget_plots import (
    ClassRegions,
    DecisionBoundary,
    ErrorCurve,
    RateSweepPlot,
    run_label,
)
from bp_helpers.rate_sweep import train_rates
from bp_helpers.training import verdict
from bp_helpers.words_zh import WORDS

x_demo, t_demo = DEMO_EXAMPLE


# every test here runs in Chinese (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("chinese")


def player_step(k):
    """The player's picture after ``k`` steps of the demo's trace (the first: nothing known yet)."""
    record = trace(demo_network(), x_demo, t_demo, 1.0)
    diagram = NetworkDiagram(record.sizes, show=STEPPER_SHOW)
    diagram.update(record.snapshot(k), record[k - 1].highlight if k else None)
    return diagram.figure


def error_curve():
    error_curve = ErrorCurve()
    for k, rate in enumerate([0.01, 100.0, 1.0]):
        if k:
            error_curve.keep()
        result = train(demo_network(), x_demo, t_demo, rate, 100)
        error_curve.show(result.errors, run_label(rate, verdict(result).label), result.diverged_at,
                         learning_rate=rate)
    return error_curve.figure


def rate_sweep():
    rates = list(np.logspace(-3, 2, 16))
    sweep = train_rates(demo_network(), x_demo, t_demo, rates, 100)
    picture = RateSweepPlot()
    picture.show(rates, sweep.results, [verdict(result) for result in sweep.results])
    picture.mark(1.0)
    return picture.figure


def boundary():
    X, T = two_circles()
    net = Network([2, 6, 1], ["tanh", "sigmoid"])
    train(net, X, T, 3.0, 300)
    picture = DecisionBoundary(X, T)
    picture.show(net)
    return picture.figure


def regions():
    X, T = three_classes()
    net = Network([2, 8, 3], ["tanh", "softmax"], error="cross_entropy")
    train(net, X, T, 1.0, 200)
    picture = ClassRegions(X, T)
    picture.show(net)
    return picture.figure


def paths():
    surface = error_surface(demo_network(), x_demo, t_demo, ("w_46", "b_6"))
    walked = [descent_path(surface, GradientDescent(rate), 20) for rate in (0.3, 1.0)]
    return plot_paths(surface, walked, labels=["α = 0.3", "α = 1"])


PICTURES = {
    "the diagram": lambda: draw_network(demo_network()),
    "the player, before the first step": lambda: player_step(0),
    "the player, a forward step": lambda: player_step(3),
    "the player, a backward step": lambda: player_step(14),
    "the player, the last step": lambda: player_step(len(trace(demo_network(), x_demo, t_demo, 1.0))),
    "one update, notebook 4": lambda: plot_one_update(demo_network(), x_demo, t_demo,
                                                      np.logspace(-2, 2.5, 46)),
    "learning rates compared, one diverged": lambda: compare_learning_rates(
        Network([1, 1], "linear"), np.linspace(-1, 1, 10).reshape(10, 1),
        2.0 * np.linspace(-1, 1, 10).reshape(10, 1) + 0.5, [0.3, 3.0, 10.0], 20).figure,
    "the explorer's first state": lambda: explorer_first_state(
        Network([2, 4, 1], ["tanh", "sigmoid"]), *xor(), learning_rate=3.0, updates=500,
        compare=[0.3, 30.0]).figure,
    "fits to a data set": lambda: plot_fits(
        {"训练前": Network([1, 4, 1], seed=0), "XOR": Network([1, 4, 1], seed=1)}, *curve()),
    "the activations": lambda: plot_activations(["sigmoid", "tanh", "relu", "linear"]),
    "E against a weight": lambda: plot_error_against_weight(demo_network(), x_demo, t_demo, (2, 0, 0)),
    "the explorer's error curves": error_curve,
    "the explorer's rate sweep": rate_sweep,
    "the explorer's decision boundary": boundary,
    "the playground's class regions": regions,
    "the error surface": lambda: plot_surface(
        error_surface(demo_network(), x_demo, t_demo, ("w_46", "b_6")), learning_rate=1.0),
    "paths on the error surface": paths,
    "the examples' gradients": lambda: plot_example_gradients(
        error_surface(Network([1, 1], "linear", seed=0), np.linspace(-1, 1, 6).reshape(6, 1),
                      np.linspace(-1, 1, 6).reshape(6, 1), ("w_12", "b_2"))),
    "dE/dx layer by layer": lambda: plot_dE_dx_by_layer(
        {"sigmoid": [1e-6, 1e-3, 0.1], "linear": [0.0, 0.02, 0.1]}),
    "the chain rule": lambda: draw_chain_rule(demo_network(), x_demo, t_demo),
    "paths adding up": lambda: draw_paths_adding(demo_network(), x_demo, t_demo),
    "the error functions compared": lambda: plot_error_choice(
        compare_error_functions(learning_rate=1.0, updates=50)),
}


@pytest.mark.parametrize("name", PICTURES)
def test_every_word_is_chinese_and_every_character_has_its_glyph(name):
    with warnings.catch_warnings():
        warnings.simplefilter("error")          # "Glyph ... missing from font(s)" fails
        figure = PICTURES[name]()
        canvas.png(figure)
        canvas.svg(figure)
    assert not untranslated, f"shown in English: {sorted(untranslated)}"
    english = [text.get_text() for text in figure.findobj(Text)
               if is_english(text.get_text().replace("y_target", "y"))]   # a symbol
    assert not english, f"English words in the picture: {english}"
    chinese = [text for text in drawn_texts(figure)[1] if _has_chinese(text.get_text())]
    assert chinese, "the picture shows no Chinese word"


@pytest.mark.parametrize("name", PICTURES)
def test_chinese_pictures_are_legible_inside_the_figure_and_apart(name):
    assert_legible(PICTURES[name]())


def _has_chinese(text):
    return any("\u4e00" <= character <= "\u9fff" for character in text)


def test_the_chinese_characters_come_from_the_font_the_package_brings():
    families = canvas.families()
    assert families == [canvas.FONT, canvas.CJK_FAMILY]
    found = font_manager.findfont(FontProperties(family=[canvas.CJK_FAMILY]), fallback_to_default=False)
    assert found == str(canvas.CJK_FONT)
    # matplotlib's fallback: Latin from the course's font, Chinese from the shipped file
    fonts = font_manager.fontManager._find_fonts_by_props(FontProperties(family=families))
    assert fonts[-1] == str(canvas.CJK_FONT)
    assert canvas.CJK_FONT.stat().st_size < 3 * 2**20        # a few MB at most


def test_the_fonts_have_every_character_of_the_chinese_table():
    """Each character of a translation is in the course's fonts (Latin, digits and
    symbols such as ✕ and −, in both) or else in the Chinese font."""
    def characters(path):
        return set(TTFont(path).getBestCmap())
    latin = [font_manager.findfont(FontProperties(family=[font]), fallback_to_default=False)
             for font in (canvas.FONT, canvas.MONO_FONT)]
    found = (characters(latin[0]) & characters(latin[1])) | characters(canvas.CJK_FONT)
    missing = {c for text in WORDS.values() for c in text if c.isprintable() and ord(c) not in found}
    assert not missing, f"run tools/make_cjk_font.py: the font lacks {sorted(missing)}"


def test_english_pictures_use_no_chinese_font():
    set_language("en")
    assert canvas.families() == [canvas.FONT]
    assert canvas.plot_style()["font.family"] == [canvas.FONT]
