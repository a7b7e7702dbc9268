"""``python -m analysis.models export|check|prune`` (see :mod:`analysis.models.check`)."""

from .check import main

raise SystemExit(main())
