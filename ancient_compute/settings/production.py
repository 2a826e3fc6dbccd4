"""Production: secrets and hosts from the environment, HTTPS everywhere, JSON logs.

Three variables are required, and each missing one stops the start with a message naming it:
DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS and EMAIL_HOST (password-reset e-mail must really leave the site,
so production sends it through SMTP rather than printing it to a log nobody reads).
"""

import copy

from django.core.exceptions import ImproperlyConfigured

from ancient_compute.settings.base import *  # noqa: F403
from ancient_compute.settings.base import LOGGING, env


def _required(name: str, why: str) -> str:
    value = str(env(name, default="")).strip()
    if not value:
        raise ImproperlyConfigured(
            f"{name} is not set: {why} Production needs DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS and "
            "EMAIL_HOST (README.md, 'Modes and settings')."
        )
    return value


DEBUG = False
SECRET_KEY = _required("DJANGO_SECRET_KEY", "sessions, tokens and password resets are signed with it.")
ALLOWED_HOSTS = [
    host.strip()
    for host in _required(
        "DJANGO_ALLOWED_HOSTS", "name the host names the site answers to, comma-separated."
    ).split(",")
    if host.strip()
]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = False

MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": _required("EMAIL_HOST", "password-reset e-mail is sent through this SMTP server."),
            "port": env.int("EMAIL_PORT", default=587),
            "username": env("EMAIL_USER", default=""),
            "password": env("EMAIL_PASSWORD", default=""),
            "use_tls": env.bool("EMAIL_USE_TLS", default=True),
            "timeout": 10,
        },
    }
}

# A copy: the imported dict is base's own, which other settings modules must not see changed.
LOGGING = copy.deepcopy(LOGGING)
LOGGING["handlers"]["console"]["formatter"] = env("LOG_FORMAT", default="json")
