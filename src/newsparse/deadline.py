"""An optional time budget for one parse, checked between the pipeline's stages.

The budget is cooperative: each stage (decoding, the tree, metadata, the story walk, the
field extractors) runs to its end, and the clock is read before the next one starts. Work
in every stage is linear in the input (see docs/robustness.md), so a parse overshoots its
budget by at most one stage of that page. A caller who needs a hard wall-clock deadline,
one that can stop a stage half-way, runs parses in a worker it can stop (``parse_many``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from .errors import TimeBudgetError


@dataclass(frozen=True, slots=True)
class Deadline:
    """When the budget runs out on the monotonic clock; ``None``: never."""

    budget: float | None = None
    at: float | None = None

    @classmethod
    def start(cls, budget: float | None) -> Deadline:
        if budget is None:
            return NO_DEADLINE
        if not budget > 0:
            raise ValueError(f"time_budget must be a positive number of seconds, not {budget!r}")
        return cls(budget, time.monotonic() + budget)

    def check(self, done: str) -> None:
        """Raise ``TimeBudgetError`` when the budget ran out; ``done`` names the last stage."""
        if self.at is not None and time.monotonic() > self.at:
            raise TimeBudgetError(
                f"parsing took longer than the time budget of {self.budget:g} s (stopped after {done}); "
                "raise Settings.time_budget, or run pages in workers you can stop (parse_many)"
            )


NO_DEADLINE = Deadline()
