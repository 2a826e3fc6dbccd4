from django.apps import AppConfig


class ProgramsConfig(AppConfig):
    name = "programs"
    verbose_name = "Saved programs"

    def ready(self) -> None:
        from programs.featured_cache import connect_signals

        connect_signals()
