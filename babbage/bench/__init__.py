"""`python -m babbage bench`: the emulator's speed beside CPython's on the same algorithms."""
