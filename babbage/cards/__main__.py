"""`python -m babbage.cards DECK.ae ...`, the same as `python -m babbage cards DECK.ae ...`."""

import sys

from babbage.cards.cli import main

sys.exit(main(sys.argv[1:]))
