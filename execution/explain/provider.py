"""The optional model provider: a hint in words from any server that speaks OpenAI's chat-completions
protocol (HINT_PROVIDER=openai-compatible, HINT_BASE_URL, HINT_MODEL, HINT_API_KEY).

Standard library only (urllib): no vendor SDK. What is sent is built here from a run's facts, which hold
the student's own program, its diagnostics, its trap and the visible tests only: a hidden test is sent as
its name and status, and the reference solution is never among the facts. Every failure (no answer in
time, an error status, a body that is not an answer) raises ProviderError, and the caller falls back to
the deterministic explainer.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from dataclasses import dataclass

from execution.explain.facts import Explanation, RunFacts

OPENAI_COMPATIBLE = "openai-compatible"
PROVIDERS = (OPENAI_COMPATIBLE,)
# What is sent is bounded: a long program or output is cut, and said to be.
MAX_SOURCE_CHARS = 12_000
MAX_OUTPUT_CHARS = 2_000
MAX_ANSWER_BYTES = 64 * 1024
MAX_TOKENS = 400

_SYSTEM = (
    "You are a patient programming tutor on a site where students run programs on an emulation of "
    "Charles Babbage's Analytical Engine. Explain, in at most five short sentences, why the student's "
    "program failed and what to try next. Name the line and the variable concerned. Do not write the "
    "corrected program for them."
)


class ProviderError(Exception):
    """The provider gave no hint; the message says why, in words for the page."""


@dataclass(frozen=True, slots=True)
class ProviderConfig:
    provider: str = ""  # "" (off) or one of PROVIDERS
    base_url: str = ""  # e.g. http://localhost:11434/v1; /chat/completions is added
    model: str = ""
    api_key: str = ""
    timeout: float = 10.0

    @property
    def enabled(self) -> bool:
        return self.provider == OPENAI_COMPATIBLE and bool(self.base_url) and bool(self.model)


@dataclass(frozen=True, slots=True)
class ModelHint:
    text: str
    model: str


def request_body(
    config: ProviderConfig, facts: RunFacts, explanations: list[Explanation]
) -> dict[str, object]:
    """The chat-completions request: the run's own facts and the deterministic explanations."""
    return {
        "model": config.model,
        "temperature": 0.2,
        "max_tokens": MAX_TOKENS,
        "messages": [
            {"role": "system", "content": _SYSTEM},
            {"role": "user", "content": _prompt(facts, explanations)},
        ],
    }


def ask(config: ProviderConfig, facts: RunFacts, explanations: list[Explanation]) -> ModelHint:
    """The model's hint, or ProviderError."""
    if not config.enabled:
        raise ProviderError("no model provider is configured")
    url = config.base_url.rstrip("/") + "/chat/completions"
    if not url.startswith(("http://", "https://")):
        raise ProviderError("the provider's address is not an http(s) URL")
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if config.api_key:
        headers["Authorization"] = f"Bearer {config.api_key}"
    data = json.dumps(request_body(config, facts, explanations)).encode()
    request = urllib.request.Request(url, data=data, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=config.timeout) as response:
            raw = response.read(MAX_ANSWER_BYTES + 1)
    except urllib.error.HTTPError as error:
        if error.code == 429:
            raise ProviderError("the model service is busy (it answered 429: too many requests)") from None
        raise ProviderError(f"the model service answered with an error ({error.code})") from None
    except TimeoutError:
        raise ProviderError(f"the model service did not answer within {config.timeout:g} s") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        if isinstance(reason, TimeoutError):
            raise ProviderError(f"the model service did not answer within {config.timeout:g} s") from None
        raise ProviderError("the model service could not be reached") from None
    if len(raw) > MAX_ANSWER_BYTES:
        raise ProviderError("the model service's answer was too long")
    return ModelHint(_answer_text(raw), config.model)


def _answer_text(raw: bytes) -> str:
    try:
        body = json.loads(raw)
        text = body["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        raise ProviderError("the model service's answer was not a chat completion") from None
    if not isinstance(text, str) or not text.strip():
        raise ProviderError("the model service's answer was empty")
    return text.strip()


def _prompt(facts: RunFacts, explanations: list[Explanation]) -> str:
    parts = [f"Language: {facts.language}", f"Outcome: {facts.status}", "Program:", _numbered(facts.source)]
    if facts.diagnostics:
        parts.append("Compiler diagnostics:")
        parts.extend(
            f"- line {d.get('line')}: {d.get('code')}: {d.get('message')}" for d in facts.diagnostics
        )
    if facts.trap:
        parts.append(f"The Engine stopped with {facts.trap} at line {facts.trap_line}: {facts.trap_message}")
    for test in facts.tests:
        if test.status == "passed":
            continue
        if not test.visible:
            parts.append(f"Hidden test {test.name}: {test.status} (its input and expected output are secret)")
            continue
        parts.append(
            f"Visible test {test.name}: {test.status}\n"
            f"Input:\n{_cut(test.input)}\nExpected:\n{_cut(test.expected)}\nActual:\n{_cut(test.actual)}"
        )
    if not facts.tests and facts.output:
        parts.append(f"Output:\n{_cut(facts.output)}")
    if explanations:
        parts.append("What the site's own explainer says:")
        parts.extend(f"- {e.what} {e.cause}" for e in explanations)
    return "\n".join(parts)


def _numbered(source: str) -> str:
    cut = source[:MAX_SOURCE_CHARS]
    lines = [f"{n:4d} | {line}" for n, line in enumerate(cut.splitlines(), start=1)]
    if len(source) > MAX_SOURCE_CHARS:
        lines.append("     | ... (the rest of the program is left out)")
    return "\n".join(lines)


def _cut(text: str) -> str:
    return text if len(text) <= MAX_OUTPUT_CHARS else text[:MAX_OUTPUT_CHARS] + "\n... (cut)"
