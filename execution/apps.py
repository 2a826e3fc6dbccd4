from django.apps import AppConfig


class ExecutionConfig(AppConfig):
    name = "execution"
    verbose_name = "Execution"

    def ready(self) -> None:
        from ancient_compute.lib.metrics import REGISTRY
        from execution import metrics

        metrics.register(REGISTRY)
