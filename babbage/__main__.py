"""`python -m babbage`: see babbage/cli.py."""

from babbage.cli import main

raise SystemExit(main())
