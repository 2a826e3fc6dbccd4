"""The Analytical Engine's own card language (CARDS.md), compatible with John Walker's emulator.

deck = mount(source, "deck.ae")          # raises CardError listing every malformed card
result = run_cards(deck, max_steps=...)  # a RunResult, as the ISA emulator returns
"""

from babbage.cards.engine import run_cards
from babbage.cards.errors import CardDiagnostic, CardError
from babbage.cards.mount import MountedDeck, mount

__all__ = ["CardDiagnostic", "CardError", "MountedDeck", "mount", "run_cards"]
