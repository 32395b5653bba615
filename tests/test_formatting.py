"""How numbers are written: one rule, hand-worked cases."""

import math
import warnings
from decimal import Decimal

import numpy as np
import pytest

from bp_helpers.formatting import (
    digits_to_tell_apart,
    format_factor,
    format_latex_from_ln,
    format_latex_number,
    format_number,
    format_rate,
)


@pytest.mark.parametrize("value, text", [
    # the lesson's numbers, in plain decimals as before
    (0.6200819, "0.620"), (-0.0020345, "-0.00203"), (0.00037515, "0.000375"),
    (12.3, "12.3"), (-0.2799181, "-0.280"), (1.0, "1.00"),
    # rounded first, then the number of decimals is chosen
    (0.9995, "1.00"),          # 0.9995 is stored as 0.99950000000000005507..., rounds up
    (9.996, "10.0"),           # 9.996 -> 10.0, three significant digits
    (1234.5, "1230"),          # three significant digits, even above 1000
    (9.9996e-5, "0.000100"),   # rounds up to 1.00e-4: inside the plain range
    (9999.6, "1.00e+04"),      # rounds up to 1.00e4: outside it
    # outside 1e-4 <= |value| < 1e4: scientific notation
    (6.7089e-5, "6.71e-05"), (-5.39e-5, "-5.39e-05"), (1e20, "1.00e+20"), (1e-8, "1.00e-08"),
    # zero, signed zero, and what is not a finite number
    (0.0, "0.00"), (-0.0, "0.00"),
    (math.inf, "inf"), (-math.inf, "-inf"), (math.nan, "nan"),
])
def test_format_number(value, text):
    assert format_number(value) == text


@pytest.mark.parametrize("value, significant, text", [
    (0.99995, 4, "1.000"), (0.96, 1, "1"), (-0.04360299, 6, "-0.0436030"), (1.2345e-13, 6, "1.23450e-13"),
])
def test_format_number_with_other_significant_digits(value, significant, text):
    assert format_number(value, significant) == text


@pytest.mark.parametrize("value, text", [
    (0.6200819, "0.620"), (-0.0020345, "-0.00203"),
    (6.7089e-5, r"6.71 \times 10^{-5}"), (-2.5e12, r"-2.50 \times 10^{12}"),
    (1e-8, r"1.00 \times 10^{-8}"), (-0.0, "0.00"),
    (math.inf, r"\infty"), (-math.inf, r"-\infty"), (math.nan, r"\text{NaN}"),
])
def test_format_latex_number(value, text):
    assert format_latex_number(value) == text


@pytest.mark.parametrize("ln_value, text", [
    (math.log(0.75), "0.750"), (0.0, "1.00"), (math.log(6.7089e-5), r"6.71 \times 10^{-5}"),
    # below the smallest normal float (2.2e-308), written from the log:
    # e^-800 = 3.66787458...e-348 (mpmath), e^-745.5 = 1.7128...e-324
    (-800.0, r"3.67 \times 10^{-348}"), (-745.5, r"1.71 \times 10^{-324}"),
    # 9.9996e-320 rounds to 10.0e-320: written 1.00e-319
    (math.log(9.9996) - 320 * math.log(10), r"1.00 \times 10^{-319}"),
])
def test_format_latex_from_ln_writes_numbers_too_small_for_a_float(ln_value, text):
    assert format_latex_from_ln(ln_value) == text


@pytest.mark.parametrize("value, text", [
    (0.5, "0.500"), (-0.6, "(-0.600)"), (1e-8, r"(1.00 \times 10^{-8})"),
    (-3e6, r"(-3.00 \times 10^{6})"),
])
def test_format_factor_brackets_negative_and_scientific_numbers(value, text):
    assert format_factor(value) == text
    # so that a square reads right: (1 - (1.00 \times 10^{-8})^2)
    assert f"(1 - {format_factor(1e-8)}^2)" == r"(1 - (1.00 \times 10^{-8})^2)"


def test_numbers_of_every_size_are_short_and_round_correctly():
    for exponent in range(-30, 31):
        for mantissa in (1.0, 1.2345, 9.9949, 9.9951):
            for sign in (1, -1):
                value = sign * mantissa * 10.0 ** exponent
                text = format_number(value)
                assert len(text) <= 9, (value, text)            # -0.000123 or -1.23e-05
                # within half a unit of the third significant digit of the value
                unit = 10.0 ** (math.floor(math.log10(abs(value))) - 2)
                assert abs(float(text) - value) <= 0.5 * unit * (1 + 1e-9), (value, text)
                latex = format_latex_number(value)
                assert "e-" not in latex and "e+" not in latex, latex


def test_numpy_numbers_are_numbers():
    assert format_number(np.float32(0.5)) == "0.500"
    assert format_number(np.array(0.25)) == "0.250"


@pytest.mark.parametrize("rate, text", [
    (0.01, "0.01"), (0.3, "0.3"), (1.0, "1"), (3, "3"), (14.125375, "14.1"), (100, "100"),
    (1000, "1000"), (0.001, "0.001"), (1e-5, "1e-05"), (12345, "1.23e+04"), (10 ** 0.05, "1.12"),
])
def test_format_rate_drops_trailing_zeros(rate, text):
    assert format_rate(rate) == text


def test_bad_input_is_named():
    with pytest.raises(TypeError, match="value must be a number"):
        format_number("0.5")
    with pytest.raises(TypeError, match="value must be a number"):
        format_number(None)
    with pytest.raises(ValueError, match="significant"):
        format_number(0.5, 0)


@pytest.mark.parametrize("value", [10**400, -(10**309), 2**1024])
@pytest.mark.parametrize("write", [format_number, format_latex_number, format_rate, format_factor])
def test_an_integer_too_large_for_a_float_is_a_value_error_naming_the_value(write, value):
    with pytest.raises(ValueError, match=r"^value must be a number a float can hold .* got an "
                                         r"integer of about \d+ digits"):
        write(value)


@pytest.mark.parametrize("value", [1j, np.complex128(1), np.array(1 + 0j)])
def test_a_complex_number_is_a_type_error_without_a_warning(value):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(TypeError, match="value must be a real number"):
            format_number(value)


@pytest.mark.parametrize("value", [Decimal("1e400"), np.longdouble("1e4000"),
                                   -np.longdouble("1e4000")])
def test_a_number_past_the_largest_float_is_a_value_error_not_inf(value):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(ValueError, match="^value must be a number a float can hold"):
            format_number(value)


@pytest.mark.parametrize("value, text", [(Decimal("Infinity"), "inf"), (np.longdouble("-inf"), "-inf"),
                                         (Decimal("0.5"), "0.500"), (np.longdouble("0.25"), "0.250")])
def test_infinities_and_numbers_of_other_types_are_written(value, text):
    assert format_number(value) == text


def test_significant_is_at_most_17():
    assert format_number(1 / 3, 17) == "0.33333333333333331"
    with pytest.raises(ValueError, match=r"significant must be at most 17 \(a float holds"):
        format_number(1.0, 10**9)


@pytest.mark.parametrize("value, text", [(10**300, "1.00e+300"), (2**1023, "8.99e+307"),
                                         (-(10**20), "-1.00e+20")])
def test_a_large_integer_that_a_float_holds_is_written_by_the_rule(value, text):
    assert format_number(value) == text


@pytest.mark.parametrize("before, after, digits", [
    (0.8, 0.800235, 4),        # 0.800 and 0.800; 0.8000 and 0.8002
    (0.1, 0.10659, 3),         # 0.100 and 0.107 already differ
    (-0.4, -0.40000375, 6),    # -0.400000 and -0.400004
    (0.64, 0.64, 3),           # no change at all: the usual 3
    (0.5, 0.5 + 1e-9, 3),      # a change too small for 6 digits: the usual 3
    (3e6, 3.0004e6, 5),        # 3.00e+06 ... 3.0004e+06
])
def test_digits_to_tell_apart(before, after, digits):
    assert digits_to_tell_apart(before, after) == digits
    if digits > 3:
        assert format_number(before, digits) != format_number(after, digits)
        assert format_number(before, digits - 1) == format_number(after, digits - 1)


@pytest.mark.parametrize("value", [np.ma.masked, np.ma.array(0.5), np.ma.array([0.5], mask=[1])])
@pytest.mark.parametrize("write", [format_number, format_latex_number, format_rate, format_factor])
def test_a_masked_value_is_a_type_error_not_nan(write, value):
    with warnings.catch_warnings():
        warnings.simplefilter("error")      # not "converting a masked element to nan"
        with pytest.raises(TypeError, match="value must be a number, got"):
            write(value)
