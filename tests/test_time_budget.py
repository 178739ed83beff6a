"""``Settings.time_budget``: an opt-in deadline, checked between the pipeline's stages."""

from __future__ import annotations

import itertools

import pytest

import newsparse
from newsparse import deadline

PAGE = (
    "<html><head><title>Ferry strike ends | Example</title></head><body><article>"
    "<h1>Ferry strike ends</h1><p>BERGEN, June 4 (Reuters) - Pilots voted to end the strike.</p>"
    "<p>Ferries run again on Monday, the union said.</p></article></body></html>"
)


class _Clock:
    """A monotonic clock that moves ``step`` seconds each time it is read."""

    def __init__(self, step: float) -> None:
        self._ticks = itertools.count()
        self._step = step

    def __call__(self) -> float:
        return next(self._ticks) * self._step


def test_no_budget_by_default() -> None:
    assert newsparse.Settings().time_budget is None


def test_a_budget_the_parse_keeps_changes_nothing() -> None:
    generous = newsparse.Settings(time_budget=600.0)
    assert newsparse.parse(PAGE, settings=generous) == newsparse.parse(PAGE)


@pytest.mark.parametrize("parse", [newsparse.parse, newsparse.parse_html, newsparse.parse_text])
def test_a_spent_budget_raises_a_typed_error(monkeypatch: pytest.MonkeyPatch, parse: object) -> None:
    monkeypatch.setattr(deadline.time, "monotonic", _Clock(step=10.0))
    with pytest.raises(newsparse.TimeBudgetError) as caught:
        parse(PAGE, settings=newsparse.Settings(time_budget=5.0))  # type: ignore[operator]
    assert isinstance(caught.value, newsparse.NewsparseError)
    assert isinstance(caught.value, TimeoutError)
    assert "time budget of 5 s" in str(caught.value)
    assert "stopped after loading the page" in str(caught.value)


def test_the_budget_is_checked_between_stages(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each read moves the clock 1 s: start at 0, then 1 after loading, 2 after parsing...
    monkeypatch.setattr(deadline.time, "monotonic", _Clock(step=1.0))
    with pytest.raises(newsparse.TimeBudgetError, match="stopped after the metadata"):
        newsparse.parse_html(PAGE, settings=newsparse.Settings(time_budget=2.5))


@pytest.mark.parametrize("budget", [0.0, -1.0, float("nan")])
def test_a_budget_must_be_a_positive_number(budget: float) -> None:
    with pytest.raises(ValueError, match="time_budget must be a positive number"):
        newsparse.parse(PAGE, settings=newsparse.Settings(time_budget=budget))


def test_the_text_door_checks_the_budget_inside(monkeypatch: pytest.MonkeyPatch) -> None:
    # Start at 0, 1 after loading, 2 after removing chrome: a budget of 1.5 ends there.
    monkeypatch.setattr(deadline.time, "monotonic", _Clock(step=1.0))
    text = "Ferry strike ends\n\nBERGEN, June 4 (Reuters) - Pilots voted to end the strike.\n"
    with pytest.raises(newsparse.TimeBudgetError, match="stopped after removing chrome"):
        newsparse.parse_text(text, settings=newsparse.Settings(time_budget=1.5))
