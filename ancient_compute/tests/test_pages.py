"""The site shell: home page, error pages, API docs served from this site, service outages."""

from __future__ import annotations

import re

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_home_page_says_what_the_site_is(client: Client) -> None:
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Analytical Engine" in html
    assert 'href="/course/"' in html
    assert "htmx" in html
    assert "X-CSRFToken" in html


def test_no_page_loads_anything_from_outside_the_site(client: Client) -> None:
    for url in ["/", "/api/docs/", "/accounts/login/"]:
        html = client.get(url).content.decode()
        external = re.findall(r'(?:src|href)=["\'](https?:)?//[^"\']+', html)
        assert external == [], (url, external)


def test_api_docs_and_schema(client: Client) -> None:
    docs = client.get("/api/docs/")
    assert docs.status_code == 200
    assert "swagger-ui" in docs.content.decode()
    schema = client.get("/api/v1/schema/", headers={"Accept": "application/vnd.oai.openapi+json"})
    assert schema.status_code == 200
    assert schema.json()["openapi"].startswith("3.")


def test_unknown_page_is_the_sites_404(client: Client) -> None:
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_server_error_page_renders_without_a_database(client: Client) -> None:
    from ancient_compute.views import server_error_view

    response = server_error_view(client.get("/").wsgi_request)
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()


def test_static_files_are_served_by_the_site_itself(client: Client) -> None:
    # Daphne serves no static files: WhiteNoise must, from the apps' static folders, with a request id.
    response = client.get("/static/css/site.css")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/css")
    assert b"--brass" in b"".join(response.streaming_content)  # type: ignore[attr-defined]
    assert response["X-Request-ID"]
    htmx = client.get("/static/django_htmx/ext/hx-ws-2.min.js")
    assert htmx.status_code == 200
