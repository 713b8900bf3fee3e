"""A small, realistic CPU-bound workload for python-perf-gate's demo.

It builds a synthetic order book, serialises and parses it as JSON, scores
records with pure-Python arithmetic, compresses a report and walks a tree
recursively, so the flame graph shows Python functions nested under each
other, a stdlib module (json), and native time in a C extension (zlib).

Usage: python bench.py [--seconds S]   (default: about 3 seconds of work)
"""

from __future__ import annotations

import argparse
import json
import time
import zlib


def make_orders(count: int, seed: int) -> list[dict]:
    state = seed
    orders = []
    for i in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        orders.append(
            {
                "id": i,
                "symbol": "SYM%d" % (state % 97),
                "price": (state % 10_000) / 100.0,
                "quantity": 1 + state % 50,
                "side": "buy" if state & 1 else "sell",
            }
        )
    return orders


def round_trip(orders: list[dict]) -> list[dict]:
    text = json.dumps(orders)
    return json.loads(text)


def score_order(order: dict) -> float:
    value = order["price"] * order["quantity"]
    for k in range(20):
        value = (value * 1.0001 + k) % 1_000_003.0
    return value if order["side"] == "buy" else -value


def score_all(orders: list[dict]) -> float:
    return sum(score_order(order) for order in orders)


def compress_report(orders: list[dict]) -> int:
    lines = ["%(id)d,%(symbol)s,%(price).2f,%(quantity)d,%(side)s" % o for o in orders]
    return len(zlib.compress("\n".join(lines).encode(), 9))


def tree_depth(node: int, depth: int) -> int:
    if depth == 0:
        return node & 7
    return tree_depth(node * 2, depth - 1) + tree_depth(node * 2 + 1, depth - 1)


def walk_tree() -> int:
    return tree_depth(1, 12)


def run_round(seed: int) -> float:
    orders = make_orders(4_000, seed)
    parsed = round_trip(orders)
    total = score_all(parsed)
    total += compress_report(parsed)
    total += walk_tree()
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=3.0, help="approximate run time")
    parser.add_argument("--rounds", type=int, default=0, help="fixed number of rounds (overrides --seconds)")
    options = parser.parse_args()
    started = time.perf_counter()
    rounds = 0
    checksum = 0.0
    while True:
        checksum += run_round(rounds)
        rounds += 1
        if options.rounds and rounds >= options.rounds:
            break
        if not options.rounds and time.perf_counter() - started >= options.seconds:
            break
    print("rounds=%d checksum=%.3f" % (rounds, checksum))


if __name__ == "__main__":
    main()
