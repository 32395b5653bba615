r"""Each step's formula in LaTeX: in symbols, and with the numbers put in.

The step record (``steps.py``) says which steps the algorithm takes, in
which order, and what each computes and reads.  Here each step is written
as the lesson writes it, twice: in symbols, e.g.
``x_{4} = w_{24}\,y_{2} + w_{34}\,y_{3} + b_{4}``, and with the numbers put
in and the result, ``x_{4} = 0.500 \cdot 0.711 + 0.300 \cdot 0.378 + 0.200
= 0.669``.  Nodes are numbered as in ``names.py`` (1..6 in the demo),
numbers are written by ``formatting.py``.

The activation's part of two formulas, ``y = f(x)`` and ``f'(x)``, differs
from one activation function to the next: ``ACTIVATION_TEMPLATES`` holds it
for each function of ``activations.py``.  With the cross-entropy error
(``errors.py``), the error step, the output's ``dE/dy`` and its ``dE/dx``
(``y - y_target``) are written as cross-entropy gives them.

The pictures colour these formulas like the diagram
(``pictures/formula_latex.py``) and draw them for the player
(``pictures/formula_images.py``).
"""

from dataclasses import dataclass

from . import formulas
from .activations import LEAKY_SLOPE
from .formatting import (
    digits_to_tell_apart,
    format_factor,
    format_latex_from_ln,
    format_latex_number,
)
from .names import edge_subscript, node_number


@dataclass(frozen=True)
class ActivationTemplates:
    """One activation function's part of the formulas of one node, each a pair
    of templates (in symbols, with numbers): ``y`` gives ``f(x_n)``, ``f_prime``
    gives ``f'(x_n)``, as a factor.

    Their keys, filled by ``str.format``: ``n`` (the node's number), ``x``,
    ``y`` (its values, written by ``formatting.format_latex_number``), ``xf``,
    ``yf`` (the same as factors: negative and scientific numbers in brackets),
    ``d`` (the value of ``f'(x)``) and ``powers`` (the sum ``sum_m exp(x_m)``
    over the layer's nodes, for softmax).  Softmax has no ``f_prime``: it is
    used with cross-entropy only, whose output ``dE/dx`` is ``y - y_target``.
    """

    y: tuple[str, str]
    f_prime: tuple[str, str] | None = None


# By the names of ``activations.ACTIVATIONS``.
ACTIVATION_TEMPLATES = {
    "sigmoid": ActivationTemplates(
        y=(r"\frac{{1}}{{1 + \exp(-x_{n})}}", r"\frac{{1}}{{1 + \exp(-{xf})}}"),
        f_prime=(r"y_{n}\,(1 - y_{n})", r"{yf} \cdot (1 - {y})")),
    "tanh": ActivationTemplates(
        y=(r"\tanh(x_{n})", r"\tanh({x})"),
        f_prime=(r"(1 - y_{n}^2)", r"(1 - {yf}^2)")),
    "relu": ActivationTemplates(
        y=(r"\max(0, x_{n})", r"\max(0, {x})"),
        f_prime=(r"[x_{n} > 0]", r"{d}")),         # [x > 0] is 1 when x > 0, else 0
    "leaky_relu": ActivationTemplates(
        y=(fr"\max({LEAKY_SLOPE:g}\,x_{{n}}, x_{{n}})", fr"\max({LEAKY_SLOPE:g} \cdot {{xf}}, {{x}})"),
        f_prime=(fr"(1 \text{{{{ if }}}} x_{{n}} > 0 \text{{{{ else }}}} {LEAKY_SLOPE:g})", r"{d}")),
    "linear": ActivationTemplates(
        y=(r"x_{n}", r"{x}"),
        f_prime=(r"1", r"{d}")),
    "softmax": ActivationTemplates(
        y=(r"\frac{{\exp(x_{n})}}{{{powers}}}", r"\frac{{\exp({x})}}{{{powers}}}")),
}


class StepFormulas:
    """Writes the formulas of the steps, reading every number from ``net``, a
    network that has run them: its pass (``x``, ``y``, the derivatives) and
    its weights and biases after the update.  ``weights_before`` and
    ``biases_before`` are those the pass used.

    Each method writes one step and returns ``(formula, substituted)``:
    the formula in symbols, and with the numbers put in and the result.
    """

    def __init__(self, net, weights_before, biases_before, y_target, learning_rate):
        self.net = net
        self.sizes = net.sizes
        self.w, self.b = weights_before, biases_before
        self.y_target = y_target
        self.alpha = learning_rate
        self.cross_entropy = net.error_function.name == "cross_entropy"

    def n(self, l, i):
        return node_number(self.sizes, l, i)

    def w_name(self, l, i, j):
        return "w_{" + edge_subscript(self.sizes, l, i, j) + "}"

    def target_symbol(self, k):
        if self.sizes[-1] == 1:
            return r"y_{\text{target}}"
        return r"y_{\text{target}," + str(self.n(len(self.sizes) - 1, k)) + "}"

    # --- forward --------------------------------------------------------

    def node_x(self, l, j):
        """``x_j = sum_i w_ij y_i + b_j``; an input node's ``x`` is the input."""
        n, value = self.n(l, j), format_latex_number(self.net.x[l][j])
        if l == 0:
            return fr"x_{{{n}}} = x_{{\text{{input}}}}", fr"x_{{{n}}} = {value}"
        before = range(self.sizes[l - 1])
        terms = [f"{self.w_name(l - 1, i, j)}\\,y_{{{self.n(l - 1, i)}}}" for i in before]
        numbers = [f"{format_factor(self.w[l - 1][i, j])} \\cdot {format_factor(self.net.y[l - 1][i])}"
                   for i in before]
        formula = f"x_{{{n}}} = " + " + ".join(terms) + f" + b_{{{n}}}"
        substituted = (f"x_{{{n}}} = " + " + ".join(numbers)
                       + f" + {format_factor(self.b[l - 1][j])} = {value}")
        return formula, substituted

    def node_y(self, l, j):
        """``y_j = f(x_j)``; an input node's ``y`` is its ``x``."""
        n, x, value = self.n(l, j), self.net.x[l][j], format_latex_number(self.net.y[l][j])
        if l == 0:
            return f"y_{{{n}}} = x_{{{n}}}", f"y_{{{n}}} = {value}"
        symbols, numbers = self.templates(l).y
        layer = range(self.sizes[l])
        powers = " + ".join(fr"\exp(x_{{{self.n(l, k)}}})" for k in layer)
        powers_numbers = " + ".join(fr"\exp({format_latex_number(self.net.x[l][k])})" for k in layer)
        formula = f"y_{{{n}}} = f(x_{{{n}}}) = " + symbols.format(n=f"{{{n}}}", powers=powers)
        substituted = (f"y_{{{n}}} = " + numbers.format(x=format_latex_number(x), xf=format_factor(x),
                                                        powers=powers_numbers)
                       + f" = {value}")
        return formula, substituted

    def templates(self, l):
        """The :class:`ActivationTemplates` of layer ``l``'s activation function."""
        return ACTIVATION_TEMPLATES[self.net.activations[l - 1].name]

    # --- error ----------------------------------------------------------

    def error(self, E):
        """``E = 1/2 sum_k (y_k - y_target_k)^2``, without the brackets for one output;
        or cross-entropy (``cross_entropy_error``)."""
        if self.cross_entropy:
            return self.cross_entropy_error(E)
        L = len(self.sizes) - 1
        outputs = range(self.sizes[L])
        terms = [f"(y_{{{self.n(L, k)}}} - {self.target_symbol(k)})^2" for k in outputs]
        numbers = [f"({format_latex_number(self.net.y[L][k])} - {format_factor(self.y_target[k])})^2"
                   for k in outputs]
        formula = r"E = \frac{1}{2}\left[" + " + ".join(terms) + r"\right]"
        substituted = (r"E = \frac{1}{2}\left[" + " + ".join(numbers) + r"\right] = "
                       + format_latex_number(E))
        if len(terms) == 1:
            formula = formula.replace(r"\left[", "").replace(r"\right]", "")
            substituted = substituted.replace(r"\left[", "").replace(r"\right]", "")
        return formula, substituted

    def cross_entropy_error(self, E):
        """``E = -[t ln y + (1 - t) ln(1 - y)]`` for one output, ``E = -sum_k t_k ln y_k``
        for several (softmax); ``t`` is ``y_target``.  Substituted, each log shows the
        number it takes, ``y`` or ``1 - y``, written from the log as the engine
        computes it (``formulas.ln_sigmoid``, ``formulas.ln_softmax``): never
        ``ln 0``, even where the number is too small for a float."""
        L = len(self.sizes) - 1
        x, t = self.net.x[L], self.y_target
        if self.sizes[L] == 1:
            n, target = self.n(L, 0), self.target_symbol(0)
            formula = fr"E = -\left[{target} \ln y_{{{n}}} + (1 - {target}) \ln(1 - y_{{{n}}})\right]"
            substituted = (fr"E = -\left[{format_factor(t[0])} \cdot {_ln(formulas.ln_sigmoid(x[0]))}"
                           fr" + (1 - {format_factor(t[0])}) \cdot {_ln(formulas.ln_sigmoid(-x[0]))}"
                           fr"\right] = {format_latex_number(E)}")
            return formula, substituted
        outputs, ln_y = range(self.sizes[L]), formulas.ln_softmax(x)
        terms = [fr"{self.target_symbol(k)} \ln y_{{{self.n(L, k)}}}" for k in outputs]
        numbers = [fr"{format_factor(t[k])} \cdot {_ln(ln_y[k])}" for k in outputs]
        return (r"E = -\left[" + " + ".join(terms) + r"\right]",
                r"E = -\left[" + " + ".join(numbers) + r"\right] = " + format_latex_number(E))

    # --- backward -------------------------------------------------------

    def node_dE_dy(self, l, j):
        """``dE/dy = y - y_target`` at the output, ``dE/dy_i = sum_j w_ij dE/dx_j`` before it."""
        n, value = self.n(l, j), format_latex_number(self.net.dE_dy[l][j])
        dE_dy = fr"\frac{{dE}}{{dy_{{{n}}}}}"
        if l == len(self.sizes) - 1 and self.cross_entropy:
            return self.cross_entropy_dE_dy(j)
        if l == len(self.sizes) - 1:
            return (fr"{dE_dy} = y_{{{n}}} - {self.target_symbol(j)}",
                    fr"{dE_dy} = {format_latex_number(self.net.y[l][j])} - "
                    fr"{format_factor(self.y_target[j])} = {value}")
        after = range(self.sizes[l + 1])
        terms = [fr"{self.w_name(l, j, k)}\,\frac{{dE}}{{dx_{{{self.n(l + 1, k)}}}}}" for k in after]
        numbers = [f"{format_factor(self.w[l][j, k])} \\cdot {format_factor(self.net.dE_dx[l + 1][k])}"
                   for k in after]
        return (f"{dE_dy} = " + " + ".join(terms),
                f"{dE_dy} = " + " + ".join(numbers) + f" = {value}")

    def cross_entropy_dE_dy(self, j):
        """The output's ``dE/dy`` under cross-entropy: ``(y - t) / (y (1 - y))`` for one
        output, ``-t_k / y_k`` for several (softmax); ``t`` is ``y_target``."""
        L = len(self.sizes) - 1
        n, target = self.n(L, j), self.target_symbol(j)
        y, t = format_latex_number(self.net.y[L][j]), format_factor(self.y_target[j])
        value = format_latex_number(self.net.dE_dy[L][j])
        dE_dy = fr"\frac{{dE}}{{dy_{{{n}}}}}"
        if self.sizes[L] == 1:
            return (fr"{dE_dy} = \frac{{y_{{{n}}} - {target}}}{{y_{{{n}}}\,(1 - y_{{{n}}})}}",
                    fr"{dE_dy} = \frac{{{y} - {t}}}{{{y} \cdot (1 - {y})}} = {value}")
        return (fr"{dE_dy} = -\frac{{{target}}}{{y_{{{n}}}}}",
                fr"{dE_dy} = -\frac{{{t}}}{{{y}}} = {value}")

    def node_dE_dx(self, l, j):
        """``dE/dx = f'(x) dE/dy``; an input node's ``dE/dx`` is its ``dE/dy``; with
        cross-entropy, the output's is ``y - y_target``."""
        n, value = self.n(l, j), format_latex_number(self.net.dE_dx[l][j])
        dE_dx, dE_dy = fr"\frac{{dE}}{{dx_{{{n}}}}}", fr"\frac{{dE}}{{dy_{{{n}}}}}"
        if l == 0:
            return f"{dE_dx} = {dE_dy}", f"{dE_dx} = {value}"
        if l == len(self.sizes) - 1 and self.cross_entropy:
            return (fr"{dE_dx} = y_{{{n}}} - {self.target_symbol(j)}",
                    fr"{dE_dx} = {format_latex_number(self.net.y[l][j])} - "
                    fr"{format_factor(self.y_target[j])} = {value}")
        symbols, numbers = self.templates(l).f_prime
        x, y = self.net.x[l][j], self.net.y[l][j]
        f_prime = self.net.activations[l - 1].df(x, y)
        f_prime_numbers = numbers.format(x=format_latex_number(x), y=format_latex_number(y),
                                         xf=format_factor(x), yf=format_factor(y),
                                         d=format_latex_number(f_prime))
        return (fr"{dE_dx} = f'(x_{{{n}}})\,{dE_dy} = " + symbols.format(n=f"{{{n}}}")
                + fr"\,{dE_dy}",
                f"{dE_dx} = {f_prime_numbers} \\cdot {format_factor(self.net.dE_dy[l][j])} = {value}")

    def edge_dE_dw(self, l, i, j):
        """``dE/dw_ij = y_i dE/dx_j``."""
        w, a, b = self.w_name(l, i, j), self.n(l, i), self.n(l + 1, j)
        return (fr"\frac{{dE}}{{d{w}}} = y_{{{a}}}\,\frac{{dE}}{{dx_{{{b}}}}}",
                fr"\frac{{dE}}{{d{w}}} = {format_factor(self.net.y[l][i])} \cdot "
                fr"{format_factor(self.net.dE_dx[l + 1][j])} = "
                f"{format_latex_number(self.net.dE_dw[l][i, j])}")

    def bias_dE_db(self, l, j):
        """``dE/db_j = dE/dx_j``."""
        n = self.n(l, j)
        return (fr"\frac{{dE}}{{db_{{{n}}}}} = \frac{{dE}}{{dx_{{{n}}}}}",
                fr"\frac{{dE}}{{db_{{{n}}}}} = {format_latex_number(self.net.dE_db[l - 1][j])}")

    # --- update ---------------------------------------------------------

    def weight_update(self, l, i, j):
        """``w_ij <- w_ij - alpha dE/dw_ij``."""
        return self.parameter_update(self.w_name(l, i, j), self.w[l][i, j],
                                     self.net.dE_dw[l][i, j], self.net.weights[l][i, j])

    def bias_update(self, l, j):
        """``b_j <- b_j - alpha dE/db_j``."""
        return self.parameter_update(f"b_{{{self.n(l, j)}}}", self.b[l - 1][j],
                                     self.net.dE_db[l - 1][j], self.net.biases[l - 1][j])

    def parameter_update(self, name, before, slope, after):
        """The update rule for one weight or bias ``name``: ``p <- p - alpha dE/dp``;
        ``p`` before and after written with the digits that show the change."""
        digits = digits_to_tell_apart(before, after)
        return (fr"{name} \leftarrow {name} - \alpha\,\frac{{dE}}{{d{name}}}",
                fr"{name} \leftarrow {format_latex_number(before, digits)} - "
                fr"{format_factor(self.alpha)} \cdot {format_factor(slope)} = "
                fr"{format_latex_number(after, digits)}")


def _ln(ln_value):
    r"""``\ln`` of the number whose log is ``ln_value``: ``\ln 0.750``, or with brackets
    in scientific notation, ``\ln(3.67 \times 10^{-348})``."""
    number = format_latex_from_ln(ln_value)
    return fr"\ln({number})" if r"\times" in number else fr"\ln {number}"
