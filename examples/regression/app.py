"""A small pricing job with a regression knob, for python-perf-gate's accuracy benchmark.

It generates order lines, parses them from CSV text, prices every line (discount rules, then
tax), aggregates by category and renders a compressed report, so its profile has a handful of
Python functions with different shares plus native time (str methods, zlib).

Two knobs, for the accuracy benchmark's power table:

- ``--slowdown F`` makes ``apply_discounts``' own time (1 + F) times longer, with everything else
  unchanged: 0.10 is a 10% slowdown of that one function. Each call does ``BASE_UNITS`` units of
  the same CPU work (``UNIT_STEPS`` discount steps each, their rules drawn from an LCG the
  function computes itself, so no unit is cheaper than another); a slowdown does
  ``BASE_UNITS × (1 + F)`` units per call (fractions carried from call to call). Only the call's
  fixed cost (entering it, the amount and tier: about 2 µs of a ≈ 290 µs call) does not scale.
  No sleeps: cpu-clock samples CPU time. Timed call by call (interleaved 100/105/110/120 units,
  median of paired ratios, on a loaded 2-core machine): 1.045–1.052, 1.092–1.103, 1.191–1.203.
  (Earlier versions added discount steps following a fixed ``step % 7`` pattern to a short call:
  the branch predictor learns such a pattern within a call, so the added steps were cheaper than
  the average one, and hot shares realised only about 7% of a nominal 10%.)
- ``--share S`` sets roughly how much of the baseline's samples ``apply_discounts`` holds
  (0 < S < 1), by calling it on a fraction of the lines: ``calls per line`` = S / (1 − S) ×
  ``REST_PER_CALL``, the rest of the program's own time per line in calls (calibrated with
  perf-jit, CPython 3.13, at S = 0.35 on the development machine). A call is long and rare (at
  most 0.2 per line below S = 0.9), so the caller's per-call cost is negligible; but the cost per
  call of the rest and of the function still depend on how densely they interleave (caches), so
  --share 0.05 gives about 6% and 0.8 about 76% there. ``--calls-per-line C`` sets the rate
  directly: the accuracy benchmark measures the share in a pilot run and corrects C until it
  holds.

``--lines`` scales the run time; with ``--share`` the run time grows with the share (an 80%
function makes the run about five times longer than a 5% one), so pick ``--lines`` per share.

Usage: python app.py [--lines N] [--share S | --calls-per-line C] [--slowdown F]
"""

from __future__ import annotations

import argparse
import zlib

CATEGORIES = ("books", "garden", "kitchen", "toys", "tools", "music", "sports", "office")
BASE_UNITS = 100
UNIT_STEPS = 8
# Own time of the rest of the program per line, in (unslowed) calls of apply_discounts.
REST_PER_CALL = 0.028


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


def apply_discounts(line: dict, units: int) -> float:
    amount = line["price"] * line["quantity"]
    tier = len(line["customer"]) + line["quantity"]
    state = line["id"]
    for _ in range(units * UNIT_STEPS):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        rule = (state >> 16) % 3
        if rule == 0:
            amount *= 0.999
        elif rule == 1:
            amount -= 0.001 * tier
        else:
            amount += 0.0001 * rule
    return amount


def tax_for(category: str, amount: float) -> float:
    rate = 0.07 if category in ("books", "music") else 0.19
    return round(amount * rate, 2)


def price_lines(lines: list[dict], calls: float, units: float, carry: list) -> list[tuple[str, float]]:
    # Whole calls per line and whole units per call, each carrying its fraction over (from batch to
    # batch too, in ``carry``), so 0.25 calls per line is a call on every fourth line and 21.5 units
    # is 21 or 22. The net amount is the last call's (or the undiscounted amount on a line where the
    # carry gives no call).
    priced = []
    call_carry, unit_carry = carry
    for line in lines:
        call_carry += calls
        whole = int(call_carry)
        call_carry -= whole
        net = line["price"] * line["quantity"]
        for _ in range(whole):
            unit_carry += units
            count = int(unit_carry)
            unit_carry -= count
            net = apply_discounts(line, count)
        priced.append((line["category"], net + tax_for(line["category"], net)))
    carry[:] = [call_carry, unit_carry]
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


def run_batch(seed: int, count: int, calls: float, units: float, carry: list) -> float:
    lines = parse_lines(generate_csv(count, seed))
    priced = price_lines(lines, calls, units, carry)
    totals = summarize(priced)
    return render_report(totals, priced) + sum(total for _, total in totals.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lines", type=int, default=300_000, help="order lines to process (run time scales with it)")
    parser.add_argument("--share", type=float, default=1 / 3, help="apply_discounts' share of the baseline's samples, e.g. 0.05")
    parser.add_argument("--calls-per-line", type=float, help="calls of apply_discounts per line (overrides --share)")
    parser.add_argument("--slowdown", type=float, default=0.0, help="extra own time of apply_discounts, e.g. 0.25 = 25%% more")
    options = parser.parse_args()
    if options.slowdown < 0:
        parser.error("--slowdown must be >= 0")
    if not 0 < options.share < 1:
        parser.error("--share must be between 0 and 1 (exclusive)")
    if options.calls_per_line is not None and not options.calls_per_line > 0:
        parser.error("--calls-per-line must be > 0")
    calls = options.calls_per_line if options.calls_per_line is not None else options.share / (1 - options.share) * REST_PER_CALL
    units = BASE_UNITS * (1 + options.slowdown)
    carry = [0.0, 0.0]
    checksum = 0.0
    batch = 5_000
    for seed in range(0, options.lines, batch):
        checksum += run_batch(seed, min(batch, options.lines - seed), calls, units, carry)
    print("lines=%d calls_per_line=%.5f units_per_call=%.3f checksum=%.3f" % (options.lines, calls, units, checksum))


if __name__ == "__main__":
    main()
