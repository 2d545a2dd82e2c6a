"""``python -m benchmarks [name ...]``: run the benchmarks and print each beside its baseline."""

from __future__ import annotations

import importlib
import sys

BENCHES = ["bench_law", "bench_triage", "bench_analyze"]


def main(argv: list[str]) -> int:
    names = argv or BENCHES
    for name in names:
        try:
            mod = importlib.import_module(f"benchmarks.{name}")
        except ModuleNotFoundError as err:
            print(f"{name}: not available ({err})")
            continue
        mod.main()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
