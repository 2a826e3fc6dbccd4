"""Text a person typed into a textarea, as they typed it.

A browser submits a textarea's lines ended by "\r\n" (the HTML form encoding), though what was typed, and
what the textarea holds, ends them with "\n". A program's standard input and a test's expected output are
given to programs byte for byte (a Python program's input() would return 'ann\r'), so the form's line ends
are taken back to the typed ones here.
"""

from __future__ import annotations

from typing import Any

from django import forms


def typed_line_ends(text: str) -> str:
    return text.replace("\r\n", "\n")


class TypedTextField(forms.CharField):
    """A CharField for a textarea's text, its line ends as typed."""

    def to_python(self, value: Any) -> str | None:
        text = super().to_python(value)
        return None if text is None else typed_line_ends(text)
