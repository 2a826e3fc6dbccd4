from django.apps import AppConfig


class AncientComputeConfig(AppConfig):
    name = "ancient_compute"
    verbose_name = "Ancient Compute"
