"""`python -m compilers`: see compilers/cli.py."""

import sys

from compilers.cli import main

sys.exit(main())
