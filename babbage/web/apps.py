from pathlib import Path

from django.apps import AppConfig


class BabbageConfig(AppConfig):
    """The Engine's thin Django shell: the pure core lives in the babbage package itself."""

    name = "babbage"
    label = "babbage"
    # Templates and static files of the shell live beside it, not in the pure package.
    path = str(Path(__file__).resolve().parent)
    verbose_name = "Babbage Engine"
