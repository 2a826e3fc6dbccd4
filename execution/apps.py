from django.apps import AppConfig


class ExecutionConfig(AppConfig):
    name = "execution"
    verbose_name = "Execution"

    def ready(self) -> None:
        from ancient_compute.lib.metrics import REGISTRY
        from curriculum.admin import reference_check_register
        from execution import metrics, services, tasks

        # The tasks register with Celery when their module is imported: every process that sends them by
        # name (services.RUN_EXECUTE_TASK) finds them, a web process as much as a worker.
        del tasks
        metrics.register(REGISTRY)
        # The exercise admin's "Check reference solution": judging is this app's, the admin is curriculum's
        # (which never imports execution), so the check is handed to it here.
        reference_check_register(services.exercise_check_reference)
