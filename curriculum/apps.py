from django.apps import AppConfig


class CurriculumConfig(AppConfig):
    name = "curriculum"

    def ready(self) -> None:
        from curriculum.content_cache import connect_signals

        connect_signals()
