"""The home page and the site's error pages."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string


def home_view(request: HttpRequest) -> HttpResponse:
    return render(request, "home.html")


def page_not_found_view(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "404.html", status=404)


def permission_denied_view(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "403.html", status=403)


def bad_request_view(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "400.html", status=400)


def server_error_view(request: HttpRequest) -> HttpResponse:
    # No request context: the failure may have come from a context processor or the database.
    return HttpResponse(render_to_string("500.html"), status=500)
