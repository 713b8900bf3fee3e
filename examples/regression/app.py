"""A small pricing job with a regression knob, for python-perf-gate's accuracy benchmark.

It generates order lines, parses them from CSV text, prices every line (discount rules, then
tax), aggregates by category and renders a compressed report, so its profile has a handful of
Python functions with different shares plus native time (str methods, zlib).

``--slowdown F`` makes ``apply_discounts`` do (1 + F) times its normal work, with everything
else unchanged: 0.25 is a 25% slowdown of that one function. The default 0 is the baseline.

Usage: python app.py [--lines N] [--slowdown F]
"""

from __future__ import annotations

import argparse
import zlib

CATEGORIES = ("books", "garden", "kitchen", "toys", "tools", "music", "sports", "office")
DISCOUNT_STEPS = 16


def generate_csv(count: int, seed: int) -> str:
    state = seed
    rows = []
    for i in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        category = CATEGORIES[state % len(CATEGORIES)]
        price = (state % 20_000) / 100.0
        quantity = 1 + (state >> 8) % 9
        rows.append("%d,%s,%.2f,%d,C%05d" % (i, category, price, quantity, state % 50_000))
    return "\n".join(rows)


def parse_lines(text: str) -> list[dict]:
    lines = []
    for row in text.split("\n"):
        ident, category, price, quantity, customer = row.split(",")
        lines.append(
            {
                "id": int(ident),
                "category": category,
                "price": float(price),
                "quantity": int(quantity),
                "customer": customer,
            }
        )
    return lines


def apply_discounts(line: dict, steps: int) -> float:
    amount = line["price"] * line["quantity"]
    tier = len(line["customer"]) + line["quantity"]
    for step in range(steps):
        if (tier + step) % 7 == 0:
            amount *= 0.999
        elif (tier + step) % 5 == 0:
            amount -= 0.001
        else:
            amount += 0.0001 * step
    return amount


def tax_for(category: str, amount: float) -> float:
    rate = 0.07 if category in ("books", "music") else 0.19
    return round(amount * rate, 2)


def price_lines(lines: list[dict], steps: float) -> list[tuple[str, float]]:
    # Whole steps per line, carrying the fraction over, so a 10% slowdown is 10% more work on average.
    priced = []
    carry = 0.0
    for line in lines:
        carry += steps
        whole = int(carry)
        carry -= whole
        net = apply_discounts(line, whole)
        priced.append((line["category"], net + tax_for(line["category"], net)))
    return priced


def summarize(priced: list[tuple[str, float]]) -> dict[str, tuple[int, float]]:
    totals: dict[str, tuple[int, float]] = {}
    for category, amount in priced:
        count, total = totals.get(category, (0, 0.0))
        totals[category] = (count + 1, total + amount)
    return totals


def render_report(totals: dict[str, tuple[int, float]], priced: list[tuple[str, float]]) -> int:
    body = "\n".join("%s;%.4f" % (category, amount) for category, amount in priced)
    head = "\n".join("%-8s %6d %14.2f" % (name, count, total) for name, (count, total) in sorted(totals.items()))
    return len(zlib.compress((head + "\n" + body).encode(), 6))


def run_batch(seed: int, count: int, steps: float) -> float:
    lines = parse_lines(generate_csv(count, seed))
    priced = price_lines(lines, steps)
    totals = summarize(priced)
    return render_report(totals, priced) + sum(total for _, total in totals.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=300_000, help="order lines to process (run time scales with it)")
    parser.add_argument("--slowdown", type=float, default=0.0, help="extra work in apply_discounts, e.g. 0.25 = 25%% more")
    options = parser.parse_args()
    if options.slowdown < 0:
        parser.error("--slowdown must be >= 0")
    steps = DISCOUNT_STEPS * (1 + options.slowdown)
    checksum = 0.0
    batch = 5_000
    for seed in range(0, options.lines, batch):
        checksum += run_batch(seed, min(batch, options.lines - seed), steps)
    print("lines=%d steps=%.2f checksum=%.3f" % (options.lines, steps, checksum))


if __name__ == "__main__":
    main()
