"""Production: secrets and hosts from the environment, HTTPS everywhere, JSON logs."""

import copy

from ancient_compute.settings.base import *  # noqa: F403
from ancient_compute.settings.base import LOGGING, env

DEBUG = False
SECRET_KEY = env("DJANGO_SECRET_KEY")  # no default: production refuses to start without one
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")

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

# Password-reset e-mail must really leave: production needs an SMTP server (EMAIL_HOST and friends).
MAILERS = {
    "default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": env("EMAIL_HOST"),
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
