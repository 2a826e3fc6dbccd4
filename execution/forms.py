"""Parsing what the pages post. Validation of the program itself belongs to the services."""

from __future__ import annotations

from django import forms

from ancient_compute.lib.typed_text import TypedTextField
from babbage.machine import STORE_MIN
from execution import toolchain


def language_choices() -> list[tuple[str, str]]:
    # Every language: one whose programs cannot run is refused by the services with the reason (its
    # compiler is coming, or failed to load), not with a bare "not a valid choice".
    return [(lang.key, lang.name) for lang in toolchain.languages()]


class RunForm(forms.Form):
    # The templates render these fields by hand (the editor enhances the source textarea).
    language = forms.ChoiceField(choices=language_choices)
    source = forms.CharField(strip=False)
    stdin = TypedTextField(required=False, strip=False)
    # Empty: a Store sized for the program (its heap and stack grow up to the site's cap); a number fixes
    # it, from the Engine's smallest Store up (the services cap it), e.g. 1000 for the Store Babbage planned.
    store_size = forms.IntegerField(required=False, min_value=STORE_MIN)
