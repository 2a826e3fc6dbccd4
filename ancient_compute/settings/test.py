"""Tests: the same two modes, chosen by DATABASE_URL and REDIS_URL; tasks run synchronously on commit."""

import copy

from ancient_compute.settings.base import *  # noqa: F403
from ancient_compute.settings.base import DATABASES, env

DEBUG = False
TASK_RUNNER = env("TASK_RUNNER", default="eager")
# Tests of running expect their runs computed; the result cache's own tests turn it on.
RESULT_CACHE_ENABLED = env.bool("RESULT_CACHE_ENABLED", default=False)
JWT_USER_CACHE_SECONDS = 0.0  # tests change users between requests; jwt_auth's own test turns it on
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # speed: tests create many users
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["NAME"] = ":memory:"
    DATABASES["default"]["TEST"] = {"NAME": ":memory:"}
    DATABASES["default"]["OPTIONS"] = {"timeout": 20}
LOGGING = copy.deepcopy(LOGGING)  # noqa: F405  (base's own dict stays as it is)
LOGGING["root"]["level"] = "WARNING"
