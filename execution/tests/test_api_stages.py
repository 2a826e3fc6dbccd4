"""The compile API lists every stage the compile reached, as the explorer does (compilers.driver.STAGES):
a System F program's include its functional core, typed and erased."""

from __future__ import annotations

from typing import Any

import pytest
from rest_framework.test import APIClient

from compilers import driver

pytestmark = pytest.mark.django_db

CHURCH = """let two = /\\A. \\s:A -> A. \\z:A. s (s z)
print two [Int] (\\n:Int. n + 1) 0
"""


@pytest.fixture
def api(user: Any) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def test_a_system_f_compile_lists_its_core_typed_and_erased(api: APIClient) -> None:
    response = api.post("/api/v1/compile", {"language": "systemf", "source": CHURCH}, format="json")
    assert response.status_code == 200
    body = response.json()
    assert body["ok"] is True
    stages = {stage["key"]: stage for stage in body["stages"]}
    assert [stage["key"] for stage in body["stages"]] == [stage.key for stage in driver.STAGES]
    assert stages["core"]["title"] == "Core, with its types"
    assert "(let! two (forall A (-> (-> 'A 'A) (-> 'A 'A))) (tylam A" in stages["core"]["text"]
    assert "(tyapp two Int)" in stages["core"]["text"]
    erased = stages["erased"]["text"]
    assert "two." in erased and "forall" not in erased and "tyapp" not in erased
    assert stages["ir"]["text"] == body["ir"] and stages["deck"]["text"] == body["deck"]
    assert any(d["severity"] == "note" and "does not use fix" in d["message"] for d in body["diagnostics"])


def test_a_c_compile_has_no_core_stage(api: APIClient) -> None:
    source = '#include <stdio.h>\nint main(void) {\n    printf("%d\\n", 6 * 7);\n    return 0;\n}\n'
    body = api.post("/api/v1/compile", {"language": "c", "source": source}, format="json").json()
    assert [stage["key"] for stage in body["stages"]] == ["tokens", "ast", "ir", "asm", "deck"]
