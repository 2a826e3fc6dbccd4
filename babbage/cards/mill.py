"""The Mill of the card language: ingress axes I0, I1 and I0', egress axes E and E', the run-up lever.

Every rule here is CARDS.md's ("Machine model" and "Details of Walker's emulator that decks depend
on"). Arithmetic is on Python integers, truncating toward zero as the Engine does.
"""

from __future__ import annotations

from babbage.cards.card import ADD, DIVIDE, MULTIPLY, SUBTRACT
from babbage.numbers import WORD_MODULUS, trunc_div, trunc_mod


def split_double(value: int) -> tuple[int, int]:
    """(upper, lower) halves of a double-length value, truncating: upper * 10^50 + lower == value."""
    return trunc_div(value, WORD_MODULUS), trunc_mod(value, WORD_MODULUS)


class Mill:
    __slots__ = ("egress", "egress_prime", "index", "ingress", "last", "lever", "operation", "prime")

    def __init__(self) -> None:
        self.operation = 0  # no operation card read yet
        self.ingress = [0, 0]  # I0, I1
        self.prime = 0  # I0', the upper half of a 100-digit dividend
        self.egress = 0  # E
        self.egress_prime = 0  # E'
        self.index = 0  # the ingress axis the next unprimed load fills
        self.lever = False  # the run-up lever
        self.last = 0  # the last value moved: what P prints

    def set_operation(self, operation: int) -> None:
        self.operation = operation
        self.index = 0

    def load(self, value: int, prime: bool) -> bool:
        """Move a value into the Mill; True when it filled the second axis, so the Mill cranked."""
        self.last = value
        if prime:
            self.prime = value  # a primed load does not count towards the pair
            return False
        self.ingress[self.index] = value
        if self.index == 0:
            self.prime = 0  # filling the first axis clears I0'
            self.index = 1
            return False
        self.index = 0  # two loads after a crank start a new pair under the same operation
        self.crank()
        return True

    def take(self, prime: bool) -> int:
        """The value an S card stores: E, or E' for a primed S."""
        value = self.egress_prime if prime else self.egress
        self.last = value
        return value

    def crank(self) -> None:
        self.lever = False
        first, second = self.ingress
        operation = self.operation
        if operation in (ADD, SUBTRACT):
            result = first + second if operation == ADD else first - second
            if result >= WORD_MODULUS:
                self.lever = True
                result -= WORD_MODULUS
            elif result <= -WORD_MODULUS:
                self.lever = True
                result += WORD_MODULUS
                if operation == SUBTRACT:
                    # Walker's Mill negates a borrow past -10^50 (CARDS.md details): -6e49 - 7e49 = +3e49.
                    result = -result
            elif first >= 0 and result < 0:
                self.lever = True  # a change of sign from plus to minus
            self.egress = result
            self.egress_prime = 0
        elif operation == MULTIPLY:
            product = first * second
            if abs(product) > WORD_MODULUS:  # a product of exactly 10^50 is not split
                self.egress_prime, self.egress = split_double(product)
            else:
                self.egress_prime, self.egress = 0, product
        elif operation == DIVIDE:
            dividend = first + self.prime * WORD_MODULUS
            if second == 0:
                self.lever = True
                self.egress = self.egress_prime = 0
            else:
                quotient = trunc_div(dividend, second)
                if abs(quotient) > WORD_MODULUS:  # a quotient of exactly 10^50 is not an overflow
                    self.lever = True
                    self.egress = self.egress_prime = 0
                else:
                    self.egress_prime = quotient
                    self.egress = dividend - quotient * second  # the remainder, with the dividend's sign
        else:
            # No operation card yet: the Mill passes the last value through to E, as Walker's does.
            self.egress = second
        self.last = self.egress

    def step_up(self, places: int) -> None:
        """`<n`: shift the dividend (I0' I0) left, before the divisor is loaded."""
        shifted = (self.ingress[0] + self.prime * WORD_MODULUS) * 10**places
        if shifted == WORD_MODULUS:
            self.prime, self.ingress[0] = 0, shifted
        else:
            self.prime, self.ingress[0] = split_double(shifted)
        self.last = self.ingress[0]  # P shows the lower half of the shifted dividend

    def step_down(self, places: int) -> None:
        """`>n`: shift the double product (E' E) right, after a multiply and before S.

        `>0` is Walker's zero-place step up: his Mill takes the direction from the sign of -n, and -0 is
        not negative, so it renormalises the dividend (I0' I0), leaves E and E' alone and P then shows
        I0 (after a load pair, the first value loaded)."""
        if places == 0:
            self.step_up(0)
            return
        shifted = trunc_div(self.egress + self.egress_prime * WORD_MODULUS, 10**places)
        if shifted == WORD_MODULUS:
            self.egress_prime, self.egress = 0, shifted
        else:
            self.egress_prime, self.egress = split_double(shifted)
        self.last = self.egress
