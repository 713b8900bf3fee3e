"""A small pricing job with a regression knob, for python-perf-gate's accuracy benchmark.

It generates order lines, parses them from CSV text, prices every line (discount rules, then
tax), aggregates by category and renders a compressed report, so its profile has a handful of
Python functions with different shares plus native time (str methods, zlib).

Two knobs, for the accuracy benchmark's power table:

- ``--share S`` sets how much of the baseline's samples ``apply_discounts`` holds (0 < S < 1,
  e.g. 0.05 or 0.8), by calling it on more or fewer lines (``calls per line`` = S / (1 − S) ×
  ``REST_PER_CALL``). The default is a third of the samples. The share is
  approximate (it depends on the interpreter and the machine); the benchmark measures it.
- ``--slowdown F`` makes every call of ``apply_discounts`` do (1 + F) times its work — more
  discount steps, with the call's fixed cost (``CALL_OVERHEAD_STEPS``) counted in, so its own
  time grows by F — with everything else unchanged: 0.10 is a 10% slowdown of that one function.
  (Calling it more often instead adds cheaper calls: a repeated call on the same line runs on
  warm caches and predicted branches, and perf saw only ~80% of the intended slowdown.) The
  default 0 is the baseline.

``--lines`` scales the run time; with ``--share`` the run time grows with the share (an 80%
function makes the run about three times longer than a 5% one), so pick ``--lines`` per share.

Usage: python app.py [--lines N] [--share S] [--slowdown F]
"""

from __future__ import annotations

import argparse
import zlib

CATEGORIES = ("books", "garden", "kitchen", "toys", "tools", "music", "sports", "office")
DISCOUNT_STEPS = 48
# A call's fixed cost (entering it, the amount and tier) in discount steps (timed, CPython 3.13).
CALL_OVERHEAD_STEPS = 2.5
# Own time of the rest of the program per line, in calls of apply_discounts (measured with perf-jit,
# CPython 3.13, so that --share is roughly the share perf reports).
REST_PER_CALL = 0.95


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


def price_lines(lines: list[dict], calls: float, steps: float) -> list[tuple[str, float]]:
    # Whole calls per line and whole steps per call, each carrying its fraction over, so 0.5 calls
    # per line is a call on every other line and 52.8 steps is 52 or 53. The net amount is the last
    # call's (or the undiscounted amount on a line where the carry gives no call).
    priced = []
    call_carry = 0.0
    step_carry = 0.0
    for line in lines:
        call_carry += calls
        whole = int(call_carry)
        call_carry -= whole
        net = line["price"] * line["quantity"]
        for _ in range(whole):
            step_carry += steps
            count = int(step_carry)
            step_carry -= count
            net = apply_discounts(line, count)
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


def run_batch(seed: int, count: int, calls: float, steps: float) -> float:
    lines = parse_lines(generate_csv(count, seed))
    priced = price_lines(lines, calls, steps)
    totals = summarize(priced)
    return render_report(totals, priced) + sum(total for _, total in totals.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=300_000, help="order lines to process (run time scales with it)")
    parser.add_argument("--share", type=float, default=1 / 3, help="apply_discounts' approximate share of the baseline's samples, e.g. 0.05")
    parser.add_argument("--slowdown", type=float, default=0.0, help="extra work in apply_discounts, e.g. 0.25 = 25%% more of its own time")
    options = parser.parse_args()
    if options.slowdown < 0:
        parser.error("--slowdown must be >= 0")
    if not 0 < options.share < 1:
        parser.error("--share must be between 0 and 1 (exclusive)")
    calls = options.share / (1 - options.share) * REST_PER_CALL
    steps = DISCOUNT_STEPS * (1 + options.slowdown) + CALL_OVERHEAD_STEPS * options.slowdown
    checksum = 0.0
    batch = 5_000
    for seed in range(0, options.lines, batch):
        checksum += run_batch(seed, min(batch, options.lines - seed), calls, steps)
    print("lines=%d calls_per_line=%.4f steps_per_call=%.3f checksum=%.3f" % (options.lines, calls, steps, checksum))


if __name__ == "__main__":
    main()
