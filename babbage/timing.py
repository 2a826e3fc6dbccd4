"""Timing profiles: what a program would have cost on the real Engine.

Profiles are data (ISA.md section 7, CARDS.md "Timing"). Both machines charge through the same profile so
that a card program and an assembly program are measured in the same seconds.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from babbage.numbers import digit_count


@dataclass(frozen=True, slots=True)
class TimingProfile:
    name: str
    description: str
    card_read: float  # every card read (each instruction executed)
    card_passed: float  # per card of distance moved by a taken jump
    add: float  # ADD SUB CMP NEG ABS, and the card Mill's + and -
    mul_base: float
    mul_per_digit: float  # per digit of the shorter operand
    div_base: float
    div_per_digit: float  # per digit of the quotient
    step_per_place: float  # SHL SHR, and the card Mill's < and >
    sqrt_base: float
    sqrt_per_digit: float  # per digit of the result
    store_transfer: float  # each Store word read or written
    print_per_char: float
    read_per_card: float
    mul_div_factor: float = 1.0  # multiplies the whole cost of MUL, DIV and MOD

    def mul_cost(self, left: int, right: int) -> float:
        shorter = min(digit_count(left), digit_count(right))
        return (self.mul_base + self.mul_per_digit * shorter) * self.mul_div_factor

    def div_cost(self, quotient: int) -> float:
        return (self.div_base + self.div_per_digit * digit_count(quotient)) * self.mul_div_factor

    def sqrt_cost(self, result: int) -> float:
        return self.sqrt_base + self.sqrt_per_digit * digit_count(result)


BABBAGE_1864 = TimingProfile(
    name="babbage-1864",
    description=(
        "John Walker's Fourmilab timing model, after Babbage, Passages from the Life of a Philosopher "
        "(1864), ch. VIII: sixty additions a minute, a 50x50-digit product in a minute."
    ),
    card_read=0.5,
    card_passed=0.5,
    add=1.0,
    mul_base=10.0,
    mul_per_digit=1.0,
    div_base=10.0,
    div_per_digit=1.0,
    step_per_place=0.1,
    sqrt_base=10.0,
    sqrt_per_digit=2.0,
    store_transfer=0.25,
    print_per_char=1.0,
    read_per_card=0.5,
)

# Only the Mill's long operations differ: everything else is Babbage's own figures.
MENABREA_1842 = replace(
    BABBAGE_1864,
    name="menabrea-1842",
    description=(
        "Menabrea, Sketch of the Analytical Engine (1842): a 20x20-digit product in three minutes; "
        "babbage-1864 with MUL, DIV and MOD six times slower."
    ),
    mul_div_factor=6.0,
)

PROFILES: dict[str, TimingProfile] = {p.name: p for p in (BABBAGE_1864, MENABREA_1842)}
DEFAULT_PROFILE = BABBAGE_1864.name


def get_profile(name: str) -> TimingProfile:
    """The profile of that name; KeyError names the known ones."""
    try:
        return PROFILES[name]
    except KeyError:
        known = ", ".join(sorted(PROFILES))
        raise KeyError(f"unknown timing profile {name!r} (known: {known})") from None


def format_duration(seconds: float) -> str:
    """Human units for a simulated time: '0.5 s', '3 min 12 s', '3 h 12 min', '2 d 4 h', '3 y 12 d'."""
    if seconds < 60:
        text = f"{seconds:.2f}".rstrip("0").rstrip(".")
        return f"{text} s"
    whole = round(seconds)
    minutes, secs = divmod(whole, 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    years, days = divmod(days, 365)
    if years:
        return f"{years} y {days} d"
    if days:
        return f"{days} d {hours} h"
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min {secs} s"
