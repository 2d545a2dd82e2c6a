"""Small timing helpers: best-of-N wall time, so a busy machine disturbs the ratio as little as possible."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    """The fastest of ``repeat`` runs of ``fn``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def row(name: str, seconds: float, baseline: float, target: str, extra: str = "") -> str:
    ratio = seconds / baseline if baseline else float("inf")
    return f"{name:<46} {seconds * 1000:9.1f} ms   baseline {baseline * 1000:8.2f} ms   ×{ratio:7.1f}   {target} {extra}"
