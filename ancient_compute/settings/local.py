"""Local development: the embedded default unless DATABASE_URL and REDIS_URL are set."""

from ancient_compute.settings.base import *  # noqa: F403
from ancient_compute.settings.base import env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
