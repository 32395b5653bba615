"""The bars of dE/dx layer by layer (notebook 7): one bar per layer, in dE/dx's colour."""

import numpy as np
import pytest
from matplotlib.colors import to_hex
from picture_checks import drawn_texts

from bp_helpers.pictures import colors
from bp_helpers.pictures.gradient_bars import MAX_GROUPS, plot_dE_dx_by_layer


def test_one_bar_per_layer_at_its_size_in_groups_named_above():
    figure = plot_dE_dx_by_layer({"sigmoid": [1e-6, 1e-3, 0.1], "relu": [0.01, 0.02]})
    ax = figure.axes[0]
    assert ax.get_yscale() == "log"
    bars = ax.patches
    np.testing.assert_allclose([bar.get_height() for bar in bars], [1e-6, 1e-3, 0.1, 0.01, 0.02])
    assert {to_hex(bar.get_facecolor()) for bar in bars} == {colors.DE_DX.lower()}
    assert [t.get_text() for t in ax.get_xticklabels()] == ["1", "2", "3", "1", "2"]
    lefts = [bar.get_x() for bar in bars]
    assert lefts[3] - lefts[2] > lefts[2] - lefts[1]        # a gap between the groups
    _, texts = drawn_texts(figure)
    assert {"sigmoid", "ReLU"} <= {text.get_text() for text in texts}


def test_a_zero_is_left_out_and_its_group_says_so():
    figure = plot_dE_dx_by_layer({"dead": [0.0, 0.0, 1e-2]})
    assert len(figure.axes[0].patches) == 1
    _, texts = drawn_texts(figure)
    assert "dead (0 in 2 layers)" in {text.get_text() for text in texts}


def test_bad_sizes_are_refused():
    with pytest.raises(TypeError, match="sizes"):
        plot_dE_dx_by_layer([1e-3, 1e-2])
    with pytest.raises(ValueError, match="finite"):
        plot_dE_dx_by_layer({"a": [np.nan, 1.0]})
    with pytest.raises(ValueError, match="at least 0"):
        plot_dE_dx_by_layer({"a": [-1.0, 1.0]})
    with pytest.raises(ValueError, match="at most"):
        plot_dE_dx_by_layer({str(k): [1.0] for k in range(MAX_GROUPS + 1)})
