"""``python -m analysis.models export|check`` (see :mod:`analysis.models.check`)."""

from .check import main

raise SystemExit(main())
