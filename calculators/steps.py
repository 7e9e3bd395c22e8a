"""One recorded step of a calculation: what happened, on which date, under which provision."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from .provisions import Provision


@dataclass(frozen=True)
class Step:
    """A step of a calculation, with the provision that decided it.

    >>> from .provisions import HESC_RULE_12_2
    >>> Step("next-working-day", datetime.date(2027, 3, 1), HESC_RULE_12_2).as_dict()["date"]
    '2027-03-01'

    ``key`` says what kind of step it is; ``facts`` hold details such as the bank holiday's name.
    """

    key: str
    date: datetime.date | None
    provision: Provision
    facts: dict[str, object] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        """The step as plain JSON data.

        >>> from .provisions import HESC_RULE_12_2
        >>> Step("x", None, HESC_RULE_12_2).as_dict()["provision"]["unit"]
        'rule 12(2)'

        Dates become ISO strings.
        """
        return {
            "key": self.key,
            "date": self.date.isoformat() if self.date else None,
            "provision": self.provision.as_dict(),
            "facts": {k: (v.isoformat() if isinstance(v, datetime.date) else v)
                      for k, v in self.facts.items()},
        }
