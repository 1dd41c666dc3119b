"""``python -m teachapp``: the same as the ``teachapp`` command."""

from .cli import main

raise SystemExit(main())
