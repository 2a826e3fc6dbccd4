"""POST /api/v1/analyze: a program's analysis before it runs, served bounded like a compile, in the API's
one error shape for a bad language or a program that does not compile. The figures are worked by hand
from the programs below (compilers/tests/test_analysis.py covers the analysis itself)."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient
from rest_framework.throttling import ScopedRateThrottle

pytestmark = pytest.mark.django_db

# count: one if inside a while loop, two decisions, so complexity 3; the loop nests one deep.
# fib: calls itself twice (direct recursion), one if: complexity 2.
PROGRAM = """\
#include <stdio.h>

int count(int n) {
    int k = 0;
    while (n > 0) {
        if (n % 3 == 0)
            k++;
        n--;
    }
    return k;
}

int fib(int n) {
    if (n < 2)
        return n;
    return fib(n - 1) + fib(n - 2);
}

int main(void) {
    int n;
    scanf("%d", &n);
    printf("%d %d\\n", count(n), fib(n));
    return 0;
}
"""


@pytest.fixture
def api(user: Any) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def test_a_program_is_analysed(api: APIClient) -> None:
    program = {"language": "c", "source": PROGRAM, "stdin": "10\n"}
    response = api.post("/api/v1/analyze", program, format="json")
    assert response.status_code == 200, response.content
    body = response.json()
    functions = {f["name"]: f for f in body["functions"]}
    assert list(functions) == ["count", "fib", "main"]
    assert (functions["count"]["complexity"], functions["count"]["loop_depth"]) == (3, 1)
    assert functions["count"]["lines"] == [3, 10]  # its header to `return k;` (the lines with code)
    assert (functions["fib"]["complexity"], functions["fib"]["recursive"]) == (2, "direct")
    assert functions["main"]["calls"] == ["count", "fib"]
    assert body["store"]["stack_unbounded"] is True and body["store"]["recursion"] == ["fib"]
    cost = body["cost"]
    assert cost["estimate"] is True and cost["finished"] is True and cost["instructions"] > 0
    assert "exact for this input" in cost["method"]
    assert body["warnings"] == []


def test_an_unknown_language_is_an_error_in_the_one_shape(api: APIClient) -> None:
    response = api.post("/api/v1/analyze", {"language": "cobol", "source": "x"}, format="json")
    assert response.status_code == 400
    body = response.json()
    assert set(body) == {"code", "message", "extra"}
    assert body["code"] in ("unknown_language", "invalid")


def test_a_compile_error_answers_its_diagnostics(api: APIClient) -> None:
    source = "int main(void) {\n    return y;\n}\n"
    response = api.post("/api/v1/analyze", {"language": "c", "source": source}, format="json")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "compile_error"
    assert body["message"].startswith("The program does not compile: ")
    diagnostics = body["extra"]["diagnostics"]
    assert diagnostics and diagnostics[0]["severity"] == "error" and "y" in diagnostics[0]["message"]


def test_analysing_needs_a_user_and_is_throttled_with_compiles(
    api: APIClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    anonymous = APIClient().post("/api/v1/analyze", {"language": "c", "source": PROGRAM}, format="json")
    assert anonymous.status_code in (401, 403)
    monkeypatch.setattr(ScopedRateThrottle, "THROTTLE_RATES", {"compiles": "2/min", "runs": "60/min"})
    program = {"language": "assembly", "source": "        HALT\n"}
    assert api.post("/api/v1/compile", program, format="json").status_code == 200
    assert api.post("/api/v1/analyze", program, format="json").status_code == 200
    response = api.post("/api/v1/analyze", program, format="json")
    assert response.status_code == 429 and response.json()["code"] == "throttled"


def test_the_endpoint_is_in_the_openapi_schema(api: APIClient) -> None:
    schema = api.get("/api/v1/schema/", HTTP_ACCEPT="application/json")
    assert schema.status_code == 200
    text = schema.content.decode()
    assert "/api/v1/analyze" in text and "CostEstimate" in text
