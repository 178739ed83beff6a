"""``python -m newsparse.example``: parse a small built-in page and print its JSON."""

from __future__ import annotations

import newsparse

PAGE = """top of page

Update: Biden and Putin talked for nearly an hour as concerns about Ukraine grow.

London, Thursday, 30 December 2021 -

Presidents Joe Biden and Vladimir Putin spoke candidly for nearly an hour late Thursday amid
mounting concern over Russia's troop build-up near Ukraine.

The contact began at 3:35 p.m. EST and ended 50 minutes later, after midnight in Moscow,
according to White House officials.

(Reporting by Jane Doe; Additional reporting by John Roe; Editing by Ann Poe and Bo Lee)

bottom of page
"""


def main() -> None:
    print(newsparse.parse(PAGE).to_json(indent=1))


if __name__ == "__main__":
    main()
