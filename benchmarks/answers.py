"""Answers at hand, measured: for each labelled question (tests/fixtures/answers/questions.jsonl)
about an item on air (products.json, built from the merchant sheets A-C), is a line that answers
it among the desk's top 3? Prints top-1 and top-3 accuracy for the tuning part and the held-out
part (never used to tune), and the questions per second.

    .venv/bin/python benchmarks/answers.py [--misses]   (--misses lists the tuning part's misses)
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.answers import Matcher, item_lines  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "answers"


def load() -> tuple[dict[int, Matcher], list[dict[str, object]]]:
    products = json.loads((FIXTURES / "products.json").read_text(encoding="utf-8"))
    matchers = {p["id"]: Matcher(item_lines(p, [("问答", f, None) for f in p["faq"]])) for p in products}
    questions = [json.loads(line) for line in (FIXTURES / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    return matchers, questions


def rank_of(matcher: Matcher, q: dict[str, object]) -> int | None:
    """1-based rank of the first answering line in the top 3, None when none of them answers."""
    for i, m in enumerate(matcher.top(str(q["q"]), 3)):
        if any(a in m.line.text for a in q["answer"]):  # type: ignore[attr-defined]
            return i + 1
    return None


def evaluate(show_misses: bool = False) -> dict[str, dict[str, float]]:
    matchers, questions = load()
    out: dict[str, dict[str, float]] = {}
    t0 = time.perf_counter()
    for split in ("tune", "held"):
        part = [q for q in questions if q["split"] == split]
        ranks = [rank_of(matchers[int(q["product"])], q) for q in part]  # type: ignore[call-overload]
        out[split] = {"n": len(part), "top1": sum(r == 1 for r in ranks) / len(part),
                      "top3": sum(r is not None for r in ranks) / len(part)}
        if show_misses and split == "tune":
            for q, r in zip(part, ranks, strict=True):
                if r is None:
                    got = [m.line.text[:30] for m in matchers[int(q["product"])].top(str(q["q"]), 3)]  # type: ignore[call-overload]
                    print(f"MISS p{q['product']} {q['q']!r} want {q['answer']} got {got}")
    out["speed"] = {"questions_per_s": len(questions) / (time.perf_counter() - t0)}
    return out


def main() -> None:
    res = evaluate("--misses" in sys.argv)
    for split, name in (("tune", "tuning set"), ("held", "held-out set")):
        r = res[split]
        print(f"{name:13s} n={int(r['n']):3d}  top-1 {r['top1']:.1%}  top-3 {r['top3']:.1%}")
    print(f"speed: {res['speed']['questions_per_s']:.0f} questions/s (lines built per item once)")


if __name__ == "__main__":
    main()
