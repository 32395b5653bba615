"""Widgets with part of their work left out, for tests about the rest of it."""

from bp_helpers import widgets


class ExplorerWithBackground(widgets.LearningRateExplorer):
    """With its work in the background, but for drawing every rate's pictures ahead, which
    takes seconds (test_widgets.py's
    test_once_every_rate_is_trained_every_rates_pictures_are_drawn_ahead tests that part)."""

    def _draw_every_rate(self, rates, stale):
        pass
