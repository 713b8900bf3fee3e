;; The line interner (line-interner.ts): numbers the distinct callchain lines of `perf script` text,
;; given as bytes. `npm run build` assembles this file into line-interner-wasm.ts (scripts/build-wasm.mjs).
;;
;; Memory: the input (whole lines, each ended by \n) at 0, up to $inputCapacity bytes and 256 bytes of
;; padding (words are read 8 bytes at a time, up to 7 bytes past a line's end); then, per line of the last scan, where it ends (the
;; offset of its \n) and its number; then the table (up to 2^18 slots of 8 bytes: hash, number + 1,
;; 0 for an empty slot; it starts at 2^12 slots and doubles to stay at most half full, so a capture
;; with few distinct lines probes a table that fits in a cache); then per number (32 bytes): where
;; its bytes are kept, their length, their hash, and the numbers of the last 4 different lines that
;; followed it, most recent first (-1: none); then the kept bytes of every numbered line.
;;
;; Most lines are one of the lines that followed the previous one before (perf prints the same
;; caller after the same callee; 75% of a capture's lines were the last one, 87–91% one of the
;; last 4): those are compared first, and the line is hashed and the table probed only when none is
;; the same.
(module
  (memory (export "memory") 320)
  (global (export "inputCapacity") i32 (i32.const 0x100000))
  (global $endsOffset (export "endsOffset") i32 (i32.const 0x100100))
  (global $numbersOffset (export "numbersOffset") i32 (i32.const 0x500100))
  (global $table i32 (i32.const 0x900100))
  (global $maxNumbers (mut i32) (i32.const 0x20000))
  (global $count (mut i32) (i32.const 0))
  (global $info i32 (i32.const 0xB00100))
  (global $storeEnd (mut i32) (i32.const 0xF00100))
  ;; The table uses its first slotMask + 1 slots (a power of two, 2^12 … 2^18).
  (global $slotMask (mut i32) (i32.const 0xfff))
  ;; The number of the previous line when it was a numbered callchain line, else -1.
  (global $previous (mut i32) (i32.const -1))

  ;; At most `max` lines get a number (≤ 2^17, so the table stays at most half full).
  (func (export "limit") (param $max i32)
    (global.set $maxNumbers (local.get $max)))

  ;; Whether `n` bytes at `a` and at `b` are the same.
  (func $same (param $a i32) (param $b i32) (param $n i32) (result i32)
    (block $bytes
      (loop $words
        (br_if $bytes (i32.lt_u (local.get $n) (i32.const 8)))
        (if (i64.ne (i64.load (local.get $a)) (i64.load (local.get $b))) (then (return (i32.const 0))))
        (local.set $a (i32.add (local.get $a) (i32.const 8)))
        (local.set $b (i32.add (local.get $b) (i32.const 8)))
        (local.set $n (i32.sub (local.get $n) (i32.const 8)))
        (br $words)))
    (block $end
      (loop $tail
        (br_if $end (i32.eqz (local.get $n)))
        (if (i32.ne (i32.load8_u (local.get $a)) (i32.load8_u (local.get $b))) (then (return (i32.const 0))))
        (local.set $a (i32.add (local.get $a) (i32.const 1)))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $tail)))
    (i32.const 1))

  ;; Whether number `n` is the `len` bytes at `s` followed by the `lb` bytes at `b` (0 for a line).
  (func $is (param $n i32) (param $s i32) (param $len i32) (param $b i32) (param $lb i32) (result i32)
    (local $row i32) (local $kept i32)
    (local.set $row (i32.add (global.get $info) (i32.shl (local.get $n) (i32.const 5))))
    (if (i32.ne (i32.load offset=4 (local.get $row)) (i32.add (local.get $len) (local.get $lb))) (then (return (i32.const 0))))
    (local.set $kept (i32.load (local.get $row)))
    (if (i32.eqz (call $same (local.get $kept) (local.get $s) (local.get $len))) (then (return (i32.const 0))))
    (call $same (i32.add (local.get $kept) (local.get $len)) (local.get $b) (local.get $lb)))

  ;; Makes `n` the first of the followers in `row`, moving the ones before its place `j` down one
  ;; (j = 3: a new follower, the oldest is dropped).
  (func $promote (param $row i32) (param $j i32) (param $n i32)
    (block $done
      (loop $shift
        (br_if $done (i32.eqz (local.get $j)))
        (i32.store offset=16 (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 2)))
                   (i32.load offset=12 (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 2)))))
        (local.set $j (i32.sub (local.get $j) (i32.const 1)))
        (br $shift)))
    (i32.store offset=16 (local.get $row) (local.get $n)))

  ;; The number of the line at `s` when it is one of the lines that followed the previous one (made
  ;; that one's newest follower), found without looking for the line's end: follower n is the line
  ;; when its kept bytes are there and a \n right after them, before `end` (the end of the input).
  ;; -1 when none is.
  (func $follower (param $s i32) (param $end i32) (result i32)
    (local $row i32) (local $j i32) (local $next i32) (local $info i32) (local $len i32) (local $e i32)
    (if (i32.lt_s (global.get $previous) (i32.const 0)) (then (return (i32.const -1))))
    (local.set $row (i32.add (global.get $info) (i32.shl (global.get $previous) (i32.const 5))))
    (block $none
      (loop $try
        (br_if $none (i32.ge_u (local.get $j) (i32.const 4)))
        (local.set $next (i32.load offset=16 (i32.add (local.get $row) (i32.shl (local.get $j) (i32.const 2)))))
        (br_if $none (i32.lt_s (local.get $next) (i32.const 0)))
        (local.set $info (i32.add (global.get $info) (i32.shl (local.get $next) (i32.const 5))))
        (local.set $len (i32.load offset=4 (local.get $info)))
        (local.set $e (i32.add (local.get $s) (local.get $len)))
        (if (i32.lt_u (local.get $e) (local.get $end))
          (then
            (if (i32.eq (i32.load8_u (local.get $e)) (i32.const 10))
              (then
                (if (call $same (i32.load (local.get $info)) (local.get $s) (local.get $len))
                  (then
                    (call $promote (local.get $row) (local.get $j) (local.get $next))
                    (global.set $previous (local.get $next))
                    (return (local.get $next))))))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $try)))
    (i32.const -1))

  ;; The number of the callchain line of `len` bytes at `s`, none of the previous line's followers:
  ;; looked up (or given one) and made the previous line's newest follower.
  (func $number (param $s i32) (param $len i32) (result i32)
    (local $found i32)
    (local.set $found (call $lookUp (local.get $s) (local.get $len) (i32.const 0) (i32.const 0)
                                    (call $finish (call $mix (i64.const 0x243F6A8885A308D3) (local.get $s) (local.get $len)) (local.get $len))))
    (if (i32.and (i32.ge_s (global.get $previous) (i32.const 0)) (i32.ge_s (local.get $found) (i32.const 0)))
      (then (call $promote (i32.add (global.get $info) (i32.shl (global.get $previous) (i32.const 5))) (i32.const 3) (local.get $found))))
    (global.set $previous (local.get $found))
    (local.get $found))

  ;; include bytes-hash.wat

  ;; The number of the `len` bytes at `s` followed by the `lb` bytes at `b` (hash `h32`) in the
  ;; table, else given the next one (the bytes are kept, one after the other); -2 when none is left
  ;; or memory cannot grow.
  (func $lookUp (param $s i32) (param $len i32) (param $b i32) (param $lb i32) (param $h32 i32) (result i32)
    (local $slot i32) (local $base i32) (local $stored i32) (local $need i32) (local $have i32) (local $row i32)
    (local.set $slot (i32.and (local.get $h32) (global.get $slotMask)))
    (loop $probe
      (local.set $base (i32.add (global.get $table) (i32.shl (local.get $slot) (i32.const 3))))
      (local.set $stored (i32.load offset=4 (local.get $base)))
      (if (i32.eqz (local.get $stored))
        (then
          (if (i32.ge_u (global.get $count) (global.get $maxNumbers)) (then (return (i32.const -2))))
          (local.set $need (i32.add (global.get $storeEnd) (i32.add (local.get $len) (local.get $lb))))
          (local.set $have (i32.shl (memory.size) (i32.const 16)))
          (if (i32.gt_u (local.get $need) (local.get $have))
            (then
              (if (i32.lt_s (memory.grow (i32.add (i32.shr_u (i32.sub (local.get $need) (local.get $have)) (i32.const 16)) (i32.const 64))) (i32.const 0))
                (then (return (i32.const -2))))))
          (memory.copy (global.get $storeEnd) (local.get $s) (local.get $len))
          (memory.copy (i32.add (global.get $storeEnd) (local.get $len)) (local.get $b) (local.get $lb))
          (local.set $row (i32.add (global.get $info) (i32.shl (global.get $count) (i32.const 5))))
          (i32.store (local.get $row) (global.get $storeEnd))
          (i32.store offset=4 (local.get $row) (i32.add (local.get $len) (local.get $lb)))
          (i32.store offset=8 (local.get $row) (local.get $h32))
          (i64.store offset=16 (local.get $row) (i64.const -1))
          (i64.store offset=24 (local.get $row) (i64.const -1))
          (i32.store (local.get $base) (local.get $h32))
          (i32.store offset=4 (local.get $base) (i32.add (global.get $count) (i32.const 1)))
          (global.set $storeEnd (local.get $need))
          (global.set $count (i32.add (global.get $count) (i32.const 1)))
          ;; Kept at most half full: twice the slots, every number placed again.
          (if (i32.gt_u (i32.shl (global.get $count) (i32.const 1)) (global.get $slotMask)) (then (call $grow)))
          (return (i32.sub (global.get $count) (i32.const 1)))))
      (if (i32.eq (i32.load (local.get $base)) (local.get $h32))
        (then
          (if (call $is (i32.sub (local.get $stored) (i32.const 1)) (local.get $s) (local.get $len) (local.get $b) (local.get $lb))
            (then (return (i32.sub (local.get $stored) (i32.const 1)))))))
      (local.set $slot (i32.and (i32.add (local.get $slot) (i32.const 1)) (global.get $slotMask)))
      (br $probe))
    (i32.const -2))

  ;; The key of the header line [s, e) (its first byte neither a space, a tab nor `#`): -3 - n, n a
  ;; number of the table, the same for every header with the same bytes outside its time — the first
  ;; `DIGITS.DIGITS` after a space or a tab and before a `:` — which is left out; -1 when the line has
  ;; no such time or no number is left. (A folder reads nothing of a header from its time.)
  (func $headerKey (param $s i32) (param $e i32) (result i32)
    (local $p i32) (local $t i32) (local $c i32) (local $dot i32) (local $len i32) (local $lb i32) (local $found i32)
    (local.set $p (i32.add (local.get $s) (i32.const 1)))
    (block $none
      (loop $search
        (br_if $none (i32.ge_u (local.get $p) (local.get $e)))
        (local.set $c (i32.load8_u (i32.sub (local.get $p) (i32.const 1))))
        (if (i32.and (i32.or (i32.eq (local.get $c) (i32.const 32)) (i32.eq (local.get $c) (i32.const 9)))
                     (i32.lt_u (i32.sub (i32.load8_u (local.get $p)) (i32.const 48)) (i32.const 10)))
          (then
            ;; DIGITS . DIGITS : from p?
            (local.set $t (local.get $p))
            (local.set $dot (i32.const 0))
            (block $shape
              (loop $token
                (br_if $shape (i32.ge_u (local.get $t) (local.get $e)))
                (local.set $c (i32.load8_u (local.get $t)))
                (if (i32.lt_u (i32.sub (local.get $c) (i32.const 48)) (i32.const 10))
                  (then (local.set $t (i32.add (local.get $t) (i32.const 1))) (br $token)))
                (if (i32.and (i32.eq (local.get $c) (i32.const 46)) (i32.eqz (local.get $dot)))
                  (then
                    ;; A digit must follow the dot.
                    (br_if $shape (i32.ge_u (i32.add (local.get $t) (i32.const 1)) (local.get $e)))
                    (br_if $shape (i32.ge_u (i32.sub (i32.load8_u (i32.add (local.get $t) (i32.const 1))) (i32.const 48)) (i32.const 10)))
                    (local.set $dot (i32.const 1))
                    (local.set $t (i32.add (local.get $t) (i32.const 1)))
                    (br $token)))
                (if (i32.and (i32.eq (local.get $c) (i32.const 58)) (local.get $dot))
                  (then
                    (local.set $len (i32.sub (local.get $p) (local.get $s)))
                    (local.set $lb (i32.sub (local.get $e) (local.get $t)))
                    (local.set $found (call $lookUp (local.get $s) (local.get $len) (local.get $t) (local.get $lb)
                                                    (call $finish (call $mix (call $mix (i64.const 0x452821E638D01377) (local.get $s) (local.get $len)) (local.get $t) (local.get $lb))
                                                                  (i32.add (local.get $len) (local.get $lb)))))
                    (if (i32.lt_s (local.get $found) (i32.const 0)) (then (return (i32.const -1))))
                    (return (i32.sub (i32.const -3) (local.get $found)))))
                (br $shape)))
            ;; Not the shape: go on after what was read.
            (local.set $p (local.get $t))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $search)))
    (i32.const -1))

  ;; Doubles the table (up to 2^18 slots) and places every number in it again by its kept hash.
  (func $grow
    (local $n i32) (local $h32 i32) (local $slot i32) (local $base i32)
    (if (i32.ge_u (global.get $slotMask) (i32.const 0x3ffff)) (then (return)))
    (global.set $slotMask (i32.or (i32.shl (global.get $slotMask) (i32.const 1)) (i32.const 1)))
    (memory.fill (global.get $table) (i32.const 0) (i32.shl (i32.add (global.get $slotMask) (i32.const 1)) (i32.const 3)))
    (block $done
      (loop $each
        (br_if $done (i32.ge_u (local.get $n) (global.get $count)))
        (local.set $h32 (i32.load offset=8 (i32.add (global.get $info) (i32.shl (local.get $n) (i32.const 5)))))
        (local.set $slot (i32.and (local.get $h32) (global.get $slotMask)))
        (block $placed
          (loop $probe
            (local.set $base (i32.add (global.get $table) (i32.shl (local.get $slot) (i32.const 3))))
            (br_if $placed (i32.eqz (i32.load offset=4 (local.get $base))))
            (local.set $slot (i32.and (i32.add (local.get $slot) (i32.const 1)) (global.get $slotMask)))
            (br $probe)))
        (i32.store (local.get $base) (local.get $h32))
        (i32.store offset=4 (local.get $base) (i32.add (local.get $n) (i32.const 1)))
        (local.set $n (i32.add (local.get $n) (i32.const 1)))
        (br $each))))

  ;; Cuts input[0, len) (whole lines, the last one ended by \n too) into lines; for line k, writes where
  ;; it ends (its \n) at endsOffset + 4k and its number at numbersOffset + 4k: ≥ 0 for a callchain line
  ;; (it starts with a space or a tab), -1 for any other line (empty ones included), -2 for a callchain
  ;; line left without a number. Returns the number of lines. A line that is one of the previous line's
  ;; followers is known by its bytes, its end from its length; any other line's end is found 8 bytes at
  ;; a time (a word holds a \n where (w ^ 0x0a…) has a zero byte, and the lowest such byte is the first
  ;; \n), and only such a line is hashed.
  (func (export "scan") (param $len i32) (result i32)
    (local $s i32) (local $p i32) (local $lines i32) (local $t i64) (local $m i64)
    (local $e i32) (local $number i32) (local $c i32)
    (block $done
      (loop $line
        (br_if $done (i32.ge_u (local.get $s) (local.get $len)))
        (local.set $number (call $follower (local.get $s) (local.get $len)))
        (if (i32.ge_s (local.get $number) (i32.const 0))
          (then (local.set $e (i32.add (local.get $s) (i32.load offset=4 (i32.add (global.get $info) (i32.shl (local.get $number) (i32.const 5)))))))
          (else
            (local.set $p (local.get $s))
            (block $found
              (loop $words
                (local.set $t (i64.xor (i64.load (local.get $p)) (i64.const 0x0a0a0a0a0a0a0a0a)))
                (local.set $m (i64.and (i64.and (i64.sub (local.get $t) (i64.const 0x0101010101010101))
                                                (i64.xor (local.get $t) (i64.const -1)))
                                       (i64.const 0x8080808080808080)))
                (br_if $found (i64.ne (local.get $m) (i64.const 0)))
                (local.set $p (i32.add (local.get $p) (i32.const 8)))
                (br $words)))
            (local.set $e (i32.add (local.get $p) (i32.wrap_i64 (i64.shr_u (i64.ctz (local.get $m)) (i64.const 3)))))
            ;; -1 for an empty line or one that is no callchain line (which no line follows).
            (local.set $c (if (result i32) (i32.gt_u (local.get $e) (local.get $s)) (then (i32.load8_u (local.get $s))) (else (i32.const 10))))
            (if (i32.or (i32.eq (local.get $c) (i32.const 32)) (i32.eq (local.get $c) (i32.const 9)))
              (then (local.set $number (call $number (local.get $s) (i32.sub (local.get $e) (local.get $s)))))
              (else
                (global.set $previous (i32.const -1))
                (if (i32.and (i32.ne (local.get $c) (i32.const 10)) (i32.ne (local.get $c) (i32.const 35)))
                  (then (local.set $number (call $headerKey (local.get $s) (local.get $e)))))))))
        (i32.store (i32.add (global.get $endsOffset) (i32.shl (local.get $lines) (i32.const 2))) (local.get $e))
        (i32.store (i32.add (global.get $numbersOffset) (i32.shl (local.get $lines) (i32.const 2))) (local.get $number))
        (local.set $lines (i32.add (local.get $lines) (i32.const 1)))
        (local.set $s (i32.add (local.get $e) (i32.const 1)))
        (br $line)))
    (local.get $lines))
)
