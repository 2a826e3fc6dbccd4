"""Explanations of a run's failures: the deterministic explainer (always there, no network) and the
optional model provider that adds a hint in words when one is configured."""

from execution.explain.explainer import explain
from execution.explain.facts import Difference, Explanation, RunFacts, TestFacts

__all__ = ["Difference", "Explanation", "RunFacts", "TestFacts", "explain"]
