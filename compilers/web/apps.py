from pathlib import Path

from django.apps import AppConfig


class CompilersConfig(AppConfig):
    """The compilers' thin Django shell (the explorer page); the pure core lives in compilers itself."""

    name = "compilers"
    label = "compilers"
    # Templates and static files of the shell live beside it, not in the pure package.
    path = str(Path(__file__).resolve().parent)
    verbose_name = "Compilers"
