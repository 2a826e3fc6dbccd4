from django.apps import AppConfig


class BabbageConfig(AppConfig):
    """The Engine's thin Django shell: the pure core lives in the babbage package itself."""

    name = "babbage"
    label = "babbage"
    verbose_name = "Babbage Engine"
