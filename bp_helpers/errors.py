"""The error function of a network: the lesson's squared error, or cross-entropy.

``Network(sizes, activation, error="squared")`` is the lesson (section 3):

    E = 1/2 * sum over outputs k of (y_k - y_target_k)^2,    dE/dy_output = y_output - y_target

and backpropagation goes on with ``dE/dx = f'(x) dE/dy`` (section 7).

``error="cross_entropy"`` measures the distance of probabilities: for one
output with the sigmoid, ``E = -[t ln y + (1 - t) ln(1 - y)]``; for several
outputs with softmax, ``E = -sum_k t_k ln y_k`` (``t`` is ``y_target``;
``formulas.binary_cross_entropy``, ``formulas.softmax_cross_entropy``).
Each is paired with its output activation because then the chain rule at
the output simplifies to

    dE/dx_output = f'(x) dE/dy = y_output - y_target

(for the sigmoid, ``dE/dy = (y - t) / (y (1 - y))`` and ``f'(x) = y (1 - y)``;
for softmax, whose ``f'`` joins every pair of outputs, the sum over them
gives the same; ``formulas.cross_entropy_dE_dx``).  So the engine's loop
(``network.backward_pass``), at the output and with cross-entropy, gives
``dE/dx`` as ``y_output - y_target`` directly, in place of formula 2: no
``f'(x)`` and no division by ``y``, which may round to exactly 0 or 1.  The
output's ``dE/dy`` is the cross-entropy's own
(``formulas.cross_entropy_dE_dy``), kept for the record.

The targets of cross-entropy are probabilities: each in [0, 1], and with
softmax each row sums to 1.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from . import formulas
from .activations import OUTPUT_ACTIVATIONS, Activation
from .language import tr

SUM_TOLERANCE = 1e-9    # how far from 1 a softmax target's row may sum


@dataclass(frozen=True)
class ErrorFunction:
    """One error function: its name, ``E(x_output, y_output, y_target)`` (the
    mean over a batch), the output's ``dE/dy`` and whether it pairs with the
    output activation (cross-entropy: ``dE/dx_output = y - y_target``)."""

    name: str
    E: Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray]
    output_dE_dy: Callable[[np.ndarray, np.ndarray], np.ndarray]
    paired: bool

    def __repr__(self) -> str:
        return f"ErrorFunction({self.name!r})"

    def check_output(self, activations: Sequence[Activation], n_outputs: int,
                     argument: str = "activation") -> None:
        """Raise ``ValueError`` unless the activations suit this error: softmax only on
        the output layer and only with cross-entropy, which needs the sigmoid for one
        output and softmax for several.  The message names ``argument``."""
        for l, activation in enumerate(activations[:-1], start=1):
            if activation.name in OUTPUT_ACTIVATIONS:
                raise ValueError(tr("{argument} {name!r} is for the output layer only, got it for layer {l}",
                                    argument=argument, name=activation.name, l=l))
        name = activations[-1].name
        if not self.paired:
            if name in OUTPUT_ACTIVATIONS:
                raise ValueError(tr("{argument} {name!r} on the output layer needs error='cross_entropy', "
                                    "got error={error!r}", argument=argument, name=name, error=self.name))
            return
        wanted = "sigmoid" if n_outputs == 1 else "softmax"
        if name != wanted:
            outputs = tr("one output") if n_outputs == 1 else tr("{n_outputs} outputs", n_outputs=n_outputs)
            raise ValueError(tr("error='cross_entropy' with {outputs} needs the output activation "
                                "{wanted!r}, got {argument} {name!r}",
                                outputs=outputs, wanted=wanted, argument=argument, name=name))

    def check_targets(self, name: str, y_target: np.ndarray) -> np.ndarray:
        """``y_target`` itself, if it suits this error: for cross-entropy, numbers in
        [0, 1] and, for several outputs (softmax), rows that sum to 1."""
        if not self.paired:
            return y_target
        if ((y_target < 0.0) | (y_target > 1.0)).any():
            raise ValueError(tr("{name} must be probabilities from 0 to 1 for error='cross_entropy', got "
                                "{y_target!r}", name=name, y_target=y_target))
        if y_target.shape[-1] > 1 and not np.allclose(y_target.sum(axis=-1), 1.0,
                                                      rtol=0.0, atol=SUM_TOLERANCE):
            raise ValueError(tr("{name} must have rows that sum to 1 (one probability per softmax output) "
                                "for error='cross_entropy', got {y_target!r}", name=name, y_target=y_target))
        return y_target


def _squared_error(x_output, y_output, y_target):
    """The lesson's E, written with ``y``."""
    return formulas.squared_error(y_output, y_target)


def _cross_entropy(x_output, y_output, y_target):
    """Cross-entropy, written with ``x`` (finite where ``y`` rounds to 0 or 1):
    of the sigmoid for one output, of softmax for several."""
    if x_output.shape[-1] == 1:
        return formulas.binary_cross_entropy(x_output, y_target)
    return formulas.softmax_cross_entropy(x_output, y_target)


ERRORS = {
    "squared": ErrorFunction("squared", _squared_error, formulas.output_dE_dy, paired=False),
    "cross_entropy": ErrorFunction("cross_entropy", _cross_entropy, formulas.cross_entropy_dE_dy,
                                   paired=True),
}


def get_error(name: str) -> ErrorFunction:
    """Return the :class:`ErrorFunction` called ``name`` (``"squared"`` or ``"cross_entropy"``)."""
    if not isinstance(name, str):
        raise TypeError(tr("error must be a name (one of {errors}), got {type} {name!r}",
                           errors=sorted(ERRORS), type=type(name).__name__, name=name))
    if name not in ERRORS:
        raise ValueError(tr("error must be one of {errors}, got {name!r}", errors=sorted(ERRORS), name=name))
    return ERRORS[name]
