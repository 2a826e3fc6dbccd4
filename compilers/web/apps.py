from django.apps import AppConfig


class CompilersConfig(AppConfig):
    """The compilers' thin Django shell (the explorer page); the pure core lives in compilers itself."""

    name = "compilers"
    label = "compilers"
    verbose_name = "Compilers"
