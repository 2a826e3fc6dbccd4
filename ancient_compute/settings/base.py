"""Settings shared by every mode. The environment alone chooses the mode (ARCHITECTURE.md principle 10).

With no variables set the site runs on the embedded default: SQLite, the local-memory cache, the in-memory
channel layer and tasks run in a background thread of the serving process. With DATABASE_URL and REDIS_URL
it uses PostgreSQL, Redis (cache, channel layer, Celery broker) and real Celery workers.
"""

from __future__ import annotations

import importlib
import importlib.util
import ipaddress
import warnings
from pathlib import Path
from typing import Any

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# A .env file beside manage.py is read when present; real environment variables win over it.
if (BASE_DIR / ".env").is_file():
    environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env("DJANGO_SECRET_KEY", default="insecure-local-development-key-change-me-0123456789")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

# --- Mode -------------------------------------------------------------------------------------------
DATABASE_URL = env("DATABASE_URL", default="")
REDIS_URL = env("REDIS_URL", default="")
SERVICES_MODE = bool(DATABASE_URL and REDIS_URL)
# Set by `make worker` (and anything else that starts Celery workers): the process serves no requests.
WORKER_PROCESS = env.bool("WORKER_PROCESS", default=False)

INSTALLED_APPS = [
    "daphne",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework_simplejwt",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_htmx",
    "channels",
    "ancient_compute.apps.AncientComputeConfig",
    "accounts",
    "curriculum",
    "execution",
    "programs",
    "babbage.web.apps.BabbageConfig",
    "compilers.web.apps.CompilersConfig",
]

MIDDLEWARE = [
    "ancient_compute.lib.request_id.RequestIdMiddleware",
    # Any error answered under /api/ leaves in the API's one shape, never as an HTML page.
    "ancient_compute.lib.api_errors.ApiErrorShapeMiddleware",
    "ancient_compute.lib.metrics.RequestMetricsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "ancient_compute.lib.security.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "ancient_compute.lib.unavailable.ServiceUnavailableMiddleware",
]

ROOT_URLCONF = "ancient_compute.urls"
ASGI_APPLICATION = "ancient_compute.asgi.application"
WSGI_APPLICATION = None

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",  # csp_nonce, for the few inline scripts
                "ancient_compute.lib.context.site",
            ],
        },
    }
]

# --- Database ---------------------------------------------------------------------------------------
if DATABASE_URL:
    DATABASES = {"default": env.db_url("DATABASE_URL")}
    if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        # The site's queries are short: PostgreSQL's JIT compiles any query it prices high (on a database
        # not yet analysed, most of them) at a cost of tens of milliseconds each time. Off for the site.
        DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
    if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and not WORKER_PROCESS:
        # Under Daphne every request may run in another thread: Django's persistent connections would leak
        # one connection per thread, so connections are pooled by psycopg 3 instead (CONN_MAX_AGE = 0).
        DATABASES["default"]["CONN_MAX_AGE"] = 0
        DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
            "min_size": env.int("DATABASE_POOL_MIN", default=2),
            "max_size": env.int("DATABASE_POOL_MAX", default=20),
            "timeout": env.int("DATABASE_POOL_TIMEOUT", default=10),
        }
    elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        # A Celery worker process runs one task at a time on one thread: it keeps its connection between
        # tasks (checked before reuse) instead of paying a checkout and set-up for every run.
        DATABASES["default"]["CONN_MAX_AGE"] = env.int("WORKER_CONN_MAX_AGE", default=600)
        DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": env("SQLITE_PATH", default="") or str(BASE_DIR / "db.sqlite3"),
            # Runs are written from a background thread while pages read: WAL lets readers go on, and the
            # timeout makes a writer wait for the lock instead of failing.
            "OPTIONS": {
                "timeout": 20,
                "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
ATOMIC_REQUESTS = False  # transactions belong to services (ARCHITECTURE.md principle 6)

# --- Cache and channel layer -----------------------------------------------------------------------
# A run is computed once: its result is kept by content (the toolchain's version, the program, its input and
# limits; execution/result_cache.py) and a repeated run is served from it. Off: every run is computed.
RESULT_CACHE_ENABLED = env.bool("RESULT_CACHE_ENABLED", default=True)
RESULT_CACHE_SECONDS = env.int("RESULT_CACHE_SECONDS", default=7 * 24 * 3600)
# The toolchain's version in the cache's keys; empty: a hash of the compilers' and the Engine's sources.
TOOLCHAIN_VERSION = env("TOOLCHAIN_VERSION", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "SOCKET_CONNECT_TIMEOUT": 2,
                "SOCKET_TIMEOUT": 2,
            },
            "KEY_PREFIX": "ac",
        }
    }
    # A signed-in request reads its session from Redis (written through to the database): one query fewer.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    # Results of runs and compiles by content (execution/result_cache.py), shared by every process.
    CACHES["results"] = {**CACHES["default"], "KEY_PREFIX": "ac-results", "TIMEOUT": RESULT_CACHE_SECONDS}
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": [REDIS_URL], "capacity": 1000, "expiry": 60},
        }
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "ac"},
        # The embedded default runs its tasks in the serving process: its own memory is shared enough.
        "results": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "ac-results",
            "TIMEOUT": RESULT_CACHE_SECONDS,
            "OPTIONS": {"MAX_ENTRIES": 2000},
        },
    }
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

# --- Tasks ------------------------------------------------------------------------------------------
# "celery": sent to the broker on commit, run by `make worker` (services mode);
# "thread": run in a background thread of this process on commit (embedded default: streaming stays live);
# "eager": run synchronously on commit (tests).
TASK_RUNNER = env("TASK_RUNNER", default="celery" if SERVICES_MODE else "thread")
TASK_THREADS = env.int("TASK_THREADS", default=2)

CELERY_BROKER_URL = env("CELERY_BROKER_URL", default=REDIS_URL or "memory://")
CELERY_RESULT_BACKEND = None  # results live on the Run row, never in the broker
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True  # a worker that dies mid-run leaves the message for redelivery
# Not for every task: the run task alone, being idempotent, asks for it (execution/tasks.py), and its
# attempt counter stops a program that kills its worker after two deliveries.
CELERY_TASK_REJECT_ON_WORKER_LOST = False
CELERY_WORKER_PREFETCH_MULTIPLIER = 1  # runs are long and uneven: one at a time per process
# A pool process is replaced after this many runs (each worker's count is raised by up to a quarter at its
# start, ancient_compute/celery.py, so that workers sharing the load are not replaced together): a
# replacement holds its worker's next run for up to seconds, so it is rare; growth is bounded by memory.
CELERY_WORKER_MAX_TASKS_PER_CHILD = env.int("CELERY_WORKER_MAX_TASKS_PER_CHILD", default=10_000)
CELERY_WORKER_MAX_MEMORY_PER_CHILD = env.int("CELERY_WORKER_MAX_MEMORY_PER_CHILD", default=512_000)  # KiB
CELERY_TASK_TIME_LIMIT = None  # set below from RUN_WALL_TIME_LIMIT
CELERY_TASK_SOFT_TIME_LIMIT = None
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS: dict[str, Any] = {}  # the visibility timeout: below, from the time limit
CELERY_TASK_DEFAULT_QUEUE = "runs"
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
# `make beat` runs the schedule (one beat process for the whole deployment): runs that no worker will ever
# finish (a worker killed mid-run, say) are given up, even when nobody creates or reads runs.
CELERY_BEAT_SCHEDULE = {
    "sweep-stuck-runs": {"task": "execution.run_sweep_stuck", "schedule": 60.0},
}

# --- Runs on the Engine ----------------------------------------------------------------------------
RUN_DEFAULT_MAX_STEPS = env.int("RUN_DEFAULT_MAX_STEPS", default=10_000_000)
RUN_MAX_STEPS_CAP = env.int("RUN_MAX_STEPS_CAP", default=100_000_000)
RUN_DEFAULT_MAX_OUTPUT = env.int("RUN_DEFAULT_MAX_OUTPUT", default=65_536)
RUN_MAX_OUTPUT_CAP = env.int("RUN_MAX_OUTPUT_CAP", default=1_048_576)
# Unset: each program gets a Store sized for it, whose heap and stack can grow up to the cap; a number
# fixes every run's Store (an exercise or a request may still fix its own).
RUN_DEFAULT_STORE_SIZE: int | None = env.int("RUN_DEFAULT_STORE_SIZE", default=None)
RUN_STORE_SIZE_CAP = env.int("RUN_STORE_SIZE_CAP", default=1_000_000)
RUN_WALL_TIME_LIMIT = env.int("RUN_WALL_TIME_LIMIT", default=60)  # seconds of worker time per run
RUN_THROTTLE_RATE = env("RUN_THROTTLE_RATE", default="60/min")
SHARE_THROTTLE_RATE = env("SHARE_THROTTLE_RATE", default="30/min")  # programs a user may share
# Origins (scheme://host[:port]) to which a run's callback_url may point; empty: callbacks are refused.
# The one allow-list: a callback is POSTed by a worker, so any other address is refused when the run is made.
RUN_CALLBACK_ALLOWED_ORIGINS: list[str] = env.list("RUN_CALLBACK_ALLOWED_ORIGINS", default=[])
CELERY_TASK_SOFT_TIME_LIMIT = RUN_WALL_TIME_LIMIT
CELERY_TASK_TIME_LIMIT = RUN_WALL_TIME_LIMIT + 15
# A message that a whole worker took with it (killed, its machine gone) is delivered again after this many
# seconds unacknowledged: longer than any run may take, even one held for its retry's delay (at most
# 30 s, execution/tasks.py), so a run still going is never delivered twice.
CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"] = CELERY_TASK_TIME_LIMIT + 60
# A run still active this long after it was created was lost even to redelivery: the sweep gives it up.
RUN_STUCK_SECONDS = CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"] + CELERY_TASK_TIME_LIMIT
# Memory a worker's pool process may add to what it has at its start, for compiles and runs (MB).
RUN_MEMORY_LIMIT_MB = env.int("RUN_MEMORY_LIMIT_MB", default=1024)
# A compile asked by a page or the API (the explorer, compile, validate) runs in a child process bounded
# by these (ancient_compute/lib/bounded.py), and is throttled per user, or per address for visitors.
COMPILE_TIME_LIMIT = env.int("COMPILE_TIME_LIMIT", default=10)  # seconds
COMPILE_MEMORY_LIMIT_MB = env.int("COMPILE_MEMORY_LIMIT_MB", default=512)
COMPILE_THROTTLE_RATE = env("COMPILE_THROTTLE_RATE", default="30/min")
# The optional model provider of hints (execution/explain/provider.py): off unless HINT_PROVIDER is
# "openai-compatible" with a base URL and a model; any failure falls back to the deterministic explainer.
HINT_PROVIDER = env("HINT_PROVIDER", default="")
HINT_BASE_URL = env("HINT_BASE_URL", default="")
HINT_MODEL = env("HINT_MODEL", default="")
HINT_API_KEY = env("HINT_API_KEY", default="")
HINT_TIMEOUT = env.float("HINT_TIMEOUT", default=10.0)  # seconds to wait for the model's answer
HINT_THROTTLE_RATE = env("HINT_THROTTLE_RATE", default="10/hour")  # model hints per user

# --- Auth -------------------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "curriculum:course"
LOGOUT_REDIRECT_URL = "home"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
LOGIN_FAILURE_WINDOW = env.int("LOGIN_FAILURE_WINDOW", default=900)  # seconds

# --- Security headers, in every mode (a page that breaks the policy breaks in development first) -------
# Scripts and styles come from this site only; an inline <script> or <style> needs the request's nonce
# ({{ csp_nonce }}). Images may be data: URLs (the API documentation's icons). WebSockets are same-origin.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    # The editor (CodeMirror) sets style attributes from script; an attribute can style, never run code.
    "style-src-attr": [CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
# Powerful browser features the site never uses, refused for it and anything it embeds.
PERMISSIONS_POLICY: dict[str, list[str]] = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
        "serial",
        "hid",
    )
}
PERMISSIONS_POLICY["fullscreen"] = ["self"]

# --- Who may read /metrics: these addresses (the peer's, REMOTE_ADDR), or a scraper with the token ------
METRICS_ALLOWED_NETWORKS = env.list("METRICS_ALLOWED_NETWORKS", default=["127.0.0.1/32", "::1/128"])
for _network in METRICS_ALLOWED_NETWORKS:
    try:
        ipaddress.ip_network(_network, strict=False)
    except ValueError as _error:
        raise ImproperlyConfigured(
            f"METRICS_ALLOWED_NETWORKS: {_network!r} is not an address or network ({_error})."
        ) from None
METRICS_TOKEN = env("METRICS_TOKEN", default="")  # sent as "Authorization: Bearer <token>"

# --- E-mail: the console locally; SMTP when EMAIL_HOST is set -------------------------------------
# Read into a lower-case name: Django 6.1 refuses the old EMAIL_* settings beside MAILERS.
_smtp_host = env("EMAIL_HOST", default="")
if _smtp_host:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": _smtp_host,
                "port": env.int("EMAIL_PORT", default=587),
                "username": env("EMAIL_USER", default=""),
                "password": env("EMAIL_PASSWORD", default=""),
                "use_tls": env.bool("EMAIL_USE_TLS", default=True),
                "timeout": 10,
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Ancient Compute <noreply@localhost>")

# --- Internationalisation and static files ---------------------------------------------------------
LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True  # serve straight from the apps' static folders without collectstatic
# Outside production STATIC_ROOT is only filled by collectstatic; its absence is expected there.
warnings.filterwarnings("ignore", message="No directory at", module="whitenoise.base")

# --- API --------------------------------------------------------------------------------------------
REST_FRAMEWORK: dict[str, Any] = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework_simplejwt.authentication.JWTAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticatedOrReadOnly"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    # JSON within the upload limit and without runaway nesting; forms go through Django's own limits.
    "DEFAULT_PARSER_CLASSES": [
        "ancient_compute.lib.drf.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_PAGINATION_CLASS": "ancient_compute.lib.drf.Pagination",
    "PAGE_SIZE": 20,
    "DEFAULT_THROTTLE_CLASSES": [
        "rest_framework.throttling.AnonRateThrottle",
        "rest_framework.throttling.UserRateThrottle",
        "rest_framework.throttling.ScopedRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env("API_ANON_RATE", default="120/min"),
        "user": env("API_USER_RATE", default="600/min"),
        "runs": RUN_THROTTLE_RATE,
        "compiles": COMPILE_THROTTLE_RATE,
        "programs": env("PROGRAM_WRITE_RATE", default="30/min"),  # saves, edits and forks of programs
    },
    "EXCEPTION_HANDLER": "ancient_compute.lib.drf.exception_handler",
    # drf-spectacular's, plus the errors each operation can answer with (ancient_compute/lib/schema.py).
    "DEFAULT_SCHEMA_CLASS": "ancient_compute.lib.schema.AutoSchema",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Ancient Compute API",
    "DESCRIPTION": (
        "Run programs on Babbage's Analytical Engine: languages, runs, compilation stages, exercises and "
        "submissions. Every error has the shape {code, message, extra}."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    # Swagger UI is served from this site (the sidecar package), never from a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # One name for the one list of languages, whichever field carries it.
    "ENUM_NAME_OVERRIDES": {"LanguageEnum": "ancient_compute.lib.schema.LANGUAGE_KEYS"},
}
SIMPLE_JWT: dict[str, object] = {}
# An API token's user is read from the database at most this often per process (lib/jwt_auth.py): a user
# made inactive, or whose password changed, is refused at most this many seconds later. 0: every request.
JWT_USER_CACHE_SECONDS = env.float("JWT_USER_CACHE_SECONDS", default=5.0)
# The accounts app may refine API authentication (token lifetimes, classes) in accounts/drf.py.
if importlib.util.find_spec("accounts.drf") is not None:
    _accounts_drf = importlib.import_module("accounts.drf")
    REST_FRAMEWORK["DEFAULT_AUTHENTICATION_CLASSES"] = getattr(
        _accounts_drf, "AUTHENTICATION_CLASSES", REST_FRAMEWORK["DEFAULT_AUTHENTICATION_CLASSES"]
    )
    SIMPLE_JWT = getattr(_accounts_drf, "SIMPLE_JWT", SIMPLE_JWT)

# --- Logging: readable lines locally, JSON lines in production; a request id on every line --------
LOG_LEVEL = env("LOG_LEVEL", default="INFO")
LOG_FORMAT = env("LOG_FORMAT", default="text")  # "text" or "json"
LOGGING: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "ancient_compute.lib.request_id.RequestIdFilter"}},
    "formatters": {
        "text": {"format": "%(asctime)s %(levelname)-7s [%(request_id)s] %(name)s: %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT, "filters": ["request_id"]},
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "daphne": {"level": "WARNING"},
        "celery": {"level": "INFO"},
    },
}

SITE_NAME = "Ancient Compute"
