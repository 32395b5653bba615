"""The chain rule, drawn (notebook 3): every number it shows is the engine's, the
product of the local derivatives along a path is the derivative a gradient check
measures, the paths of a node add up, and the pictures are legible and fit."""

import re

import numpy as np
import pytest
from finite_differences import numeric_gradient
from matplotlib.colors import to_hex
from matplotlib.patches import FancyArrowPatch
from picture_checks import assert_legible, drawn_texts

from bp_helpers import DEMO_EXAMPLE, Network, demo_network
from bp_helpers.formatting import format_number
from bp_helpers.names import edge_label
from bp_helpers.network import forward_pass
from bp_helpers.pictures import canvas, colors, draw_chain_rule, draw_paths_adding
from bp_helpers.pictures.diagram import edge_look

X_INPUT, Y_TARGET = DEMO_EXAMPLE
NUMBER = re.compile(r"-?\d+\.\d+(?:e[-+]\d+)?")      # 0.661, -0.0436, 6.71e-05; not w_46 or 1


def ran(net, x_input=X_INPUT, y_target=Y_TARGET):
    """The network after its own forward and backward pass: the engine's numbers."""
    net.forward(x_input)
    net.backward(y_target)
    return net


def shown(figure):
    """Every text the figure draws, one string each."""
    return [text.get_text() for text in drawn_texts(figure)[1]]


def numbers_in(texts):
    return {number for text in texts for number in NUMBER.findall(text)}


def factor(value):
    """A number as a factor of a product, in brackets when negative."""
    return f"({format_number(value)})" if value < 0 else format_number(value)


def engine_numbers_of_w_46(net):
    """What the first picture must show for w_46 of the demo, by name, from the engine."""
    l, i, j = 2, 0, 0
    y_6 = net.y[3][j]
    return {"w_46": net.weights[l][i, j], "x_6": net.x[3][j], "y_6": y_6, "E": net.E,
            "dx_6/dw_46": net.y[l][i], "dy_6/dx_6": y_6 * (1 - y_6),
            "dE/dy_6": net.dE_dy[3][j], "dE/dx_6": net.dE_dx[3][j],
            "dE/dw_46": net.dE_dw[l][i, j]}


def test_every_number_of_the_path_is_the_engines():
    texts = shown(draw_chain_rule(demo_network(), X_INPUT, Y_TARGET, edge=(2, 0, 0)))
    expected = {format_number(value) for value in engine_numbers_of_w_46(ran(demo_network())).values()}
    assert numbers_in(texts) == expected | {format_number(Y_TARGET[0])}
    assert f"y_target = {format_number(Y_TARGET[0])}" in texts       # to check dE/dy_6 by hand


def colored_texts(figure):
    """``(text, colour)`` of every text the figure draws, in the order drawn."""
    return [(text.get_text(), text.get_color()) for text in drawn_texts(figure)[1]]


def test_local_derivatives_and_products_are_told_apart():
    """Each local derivative under the header "local derivative", all in one colour; each
    product under the header "product from E back", in the colour of its derivative;
    dE/dE = 1 under E."""
    net = ran(demo_network())
    texts = colored_texts(draw_chain_rule(demo_network(), X_INPUT, Y_TARGET))
    headers = [k for k, (text, _) in enumerate(texts) if text == "local derivative"]
    assert [texts[k + 1][0] for k in headers] == ["dx_6/dw_46", "dy_6/dx_6", "dE/dy_6"]
    local = {color for k in headers for _, color in texts[k + 1:k + 3]}
    assert local == {colors.TEXT}
    products = [k for k, (text, _) in enumerate(texts) if text == "from E back"]
    assert [texts[k - 1][0] for k in products] == ["product"] * 4
    expected = {"dE/dw_46": (format_number(net.dE_dw[2][0, 0]), colors.DE_DW),
                "dE/dx_6": (format_number(net.dE_dx[3][0]), colors.DE_DX),
                "dE/dy_6": (format_number(net.dE_dy[3][0]), colors.DE_DY),
                "dE/dE": ("1", colors.TEXT)}
    found = {texts[k + 1][0]: (texts[k + 2][0][2:], texts[k + 1][1]) for k in products}
    assert found == expected


def test_each_value_is_written_under_its_name():
    net = ran(demo_network())
    texts = shown(draw_chain_rule(demo_network(), X_INPUT, Y_TARGET))
    for name, value in engine_numbers_of_w_46(net).items():
        number = format_number(value)
        after_name = [k for k, text in enumerate(texts) if text == name]
        assert after_name, f"{name} is not written"
        assert any(number in text for k in after_name for text in texts[k + 1:k + 4]), \
            f"{name} = {number} is not written under {name}"


def test_the_product_of_the_local_derivatives_is_the_measured_derivative():
    """The three local derivatives shown, multiplied, give dE/dw_46 as backpropagation
    has it and as central differences measure it."""
    net = ran(demo_network())
    local = engine_numbers_of_w_46(net)
    product = local["dx_6/dw_46"] * local["dy_6/dx_6"] * local["dE/dy_6"]
    measured = numeric_gradient(lambda: net.error(X_INPUT, Y_TARGET), net.weights[2])[0, 0]
    assert product == pytest.approx(net.dE_dw[2][0, 0], rel=1e-12)
    assert product == pytest.approx(measured, rel=1e-6)
    texts = shown(draw_chain_rule(demo_network(), X_INPUT, Y_TARGET))
    factors = " × ".join(factor(local[name]) for name in ("dx_6/dw_46", "dy_6/dx_6", "dE/dy_6"))
    assert f"= {factors} = {format_number(product)}" in texts


def test_the_two_paths_of_node_2_add_up_to_its_dE_dy():
    net = ran(demo_network())
    texts = shown(draw_paths_adding(demo_network(), X_INPUT, Y_TARGET, node=(1, 0)))
    terms = [net.weights[1][0, j] * net.dE_dx[2][j] for j in (0, 1)]
    assert sum(terms) == pytest.approx(net.dE_dy[1][0], rel=1e-12)
    y_1 = net.y[1].copy()
    measured = numeric_gradient(lambda: error_from_layer_1(net, y_1), y_1)[0]
    assert sum(terms) == pytest.approx(measured, rel=1e-6)
    engine = [net.y[1][0], net.x[2][0], net.x[2][1], net.E, net.weights[1][0, 0],
              net.weights[1][0, 1], net.dE_dx[2][0], net.dE_dx[2][1], *terms, net.dE_dy[1][0]]
    assert numbers_in(texts) == {format_number(value) for value in engine}
    assert any(text.startswith("= ") and text.endswith(f"= {format_number(net.dE_dy[1][0])}")
               for text in texts)
    for name in ("y_2", "x_4", "x_5", "node 2", "node 4", "node 5", "error", "dE/dy_2",
                 edge_label(net.sizes, 1, 0, 0), edge_label(net.sizes, 1, 0, 1)):
        assert any(name in text for text in texts), name
    assert texts.count("via node 6") == 2            # both rests of the path: x_j -> node 6 -> E


def test_edges_look_as_the_node_diagram_draws_them_and_the_rest_is_dotted():
    """The arrow y_2 -> x_j solid for a positive weight, dashed for a negative one (as
    the node diagram draws w_24 and w_25); the rest of each path dotted grey."""
    net = demo_network()
    figure = draw_paths_adding(net, X_INPUT, Y_TARGET, node=(1, 0))
    arrows = [patch for patch in figure.axes[0].patches if isinstance(patch, FancyArrowPatch)]
    looks = [(to_hex(arrow.get_edgecolor()), arrow.get_linestyle()) for arrow in arrows]
    edges = [edge_look(w) for w in net.weights[1][0]]
    assert {style for _, style in edges} == {"-", "--"}          # one of each in the demo
    rest = (colors.QUIET_LINE.lower(), ":")
    assert looks == [(to_hex(color), style) for color, style in edges] + [rest, rest]


def error_from_layer_1(net, y_1):
    """E of the demo's example with the outputs of layer 1 (nodes 2 and 3) set to ``y_1``,
    the layers after it run by the engine's own forward pass."""
    _, y = forward_pass(y_1[np.newaxis], net.weights[1:], net.biases[1:], net.activations[1:])
    return 0.5 * float(np.sum((y[-1][0] - Y_TARGET) ** 2))


@pytest.mark.parametrize("picture", [draw_chain_rule, draw_paths_adding])
@pytest.mark.parametrize("mode", ["notebook", "presentation"])
def test_legible_and_within_a_notebook_column(picture, mode):
    canvas.presentation(mode == "presentation")
    try:
        figure = picture(demo_network(), X_INPUT, Y_TARGET)
        assert_legible(figure)
        width, height = canvas.shown_size(figure)
        assert width <= canvas.MAX_WIDTH_PX and height <= canvas.MAX_HEIGHT_PX
    finally:
        canvas.presentation(False)


@pytest.mark.parametrize("activation", ["tanh", "relu", "linear"])
def test_any_activation_its_own_f_prime(activation):
    net = Network([2, 3, 1], activation, seed=3)
    x_input, y_target = np.array([0.5, -1.0]), np.array([0.2])
    texts = shown(draw_chain_rule(net, x_input, y_target, edge=(1, 2, 0)))
    ran(net, x_input, y_target)
    f_prime = net.activations[1].df(net.x[2][0], net.y[2][0])
    assert format_number(f_prime) in numbers_in(texts)
    assert f"= {format_number(net.dE_dw[1][2, 0])}" in " ".join(texts)
    assert_legible(draw_paths_adding(net, x_input, y_target, node=(0, 1)))


def test_the_network_is_left_as_it_was():
    net = demo_network()
    weights = [w.copy() for w in net.weights]
    draw_chain_rule(net, X_INPUT, Y_TARGET)
    draw_paths_adding(net, X_INPUT, Y_TARGET)
    assert net.x is None and net.E is None
    for before, after in zip(weights, net.weights):
        np.testing.assert_array_equal(before, after)


@pytest.mark.parametrize(("call", "error", "message"), [
    (lambda: draw_chain_rule("net", X_INPUT, Y_TARGET), TypeError, "net must be a Network"),
    (lambda: draw_chain_rule(demo_network(), X_INPUT, Y_TARGET, edge=(1, 0, 0)), ValueError,
     "edge must lead into the output layer"),
    (lambda: draw_chain_rule(demo_network(), X_INPUT, Y_TARGET, edge=(2, 5, 0)), ValueError,
     "edge must be"),
    (lambda: draw_chain_rule(demo_network(), np.ones((2, 1)), np.ones((2, 1))), ValueError,
     "x_input must be one example"),
    (lambda: draw_chain_rule(demo_network(), X_INPUT, [0.1, 0.2]), ValueError, "y_target"),
    (lambda: draw_paths_adding(demo_network(), X_INPUT, Y_TARGET, node=(3, 0)), ValueError,
     "an output node has no edge out of it"),
    (lambda: draw_paths_adding(demo_network(), X_INPUT, Y_TARGET, node=1), TypeError,
     "node must be"),
    (lambda: draw_paths_adding(Network([1, 5, 1]), X_INPUT, Y_TARGET, node=(0, 0)), ValueError,
     "at most 3 paths"),
])
def test_bad_input_is_named(call, error, message):
    with pytest.raises(error, match=message):
        call()


@pytest.mark.parametrize("picture", [draw_chain_rule, draw_paths_adding])
def test_names_are_the_lessons_never_the_codes(picture):
    """``w_46``, ``dE/dx_6``, ``y_target`` as the diagram and the lesson write them;
    never ``dE_dx`` or ``weights``."""
    for text in shown(picture(demo_network(), X_INPUT, Y_TARGET)):
        for word in re.findall(r"[A-Za-z]\w*_\w+", text):
            assert re.fullmatch(r"d?[A-Za-z]_\d+|y_target", word), f"{word!r} in {text!r}"
