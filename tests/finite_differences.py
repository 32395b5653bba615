"""The definition of a derivative, as the tests check every one: central differences."""

import numpy as np

H = 1e-6            # the step h


def numeric_gradient(error, value, h=H):
    """dE/dv ~ (E(v + h) - E(v - h)) / 2h for every entry of ``value``.

    ``error()`` computes E; ``value`` is changed in place and restored."""
    gradient = np.zeros_like(value)
    for index in np.ndindex(value.shape):
        saved = value[index]
        value[index] = saved + h
        E_plus = error()
        value[index] = saved - h
        E_minus = error()
        value[index] = saved
        gradient[index] = (E_plus - E_minus) / (2 * h)
    return gradient
