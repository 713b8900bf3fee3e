;; The folded text writer (folded-writer.ts): from a folder's distinct frame-id sequences to the
;; bytes of its folded text, sorted. `npm run build` assembles this file into folded-writer-wasm.ts
;; (scripts/build-wasm.mjs).
;;
;; The caller lays the memory out and passes every offset: the names' bytes; `spans`, per name
;; index, where its bytes start and their length (two i32); the sequences' ids one after the other
;; (`pool`) with, per sequence, where its ids start and how many (`entries`, two i32) and its
;; weight (`weights`, f64); and room for what the functions write.
(module
  (memory (export "memory") 1)

  ;; Writes the text of every sequence at `out`: its ids' names joined by ';', root first. Sequence
  ;; ids are leaf first when `leafFirst` is 1 (written last to first), else root first; id i has
  ;; the name at index i + `bias` of `spans`. Writes each text's start and length at `texts` (two
  ;; i32 per sequence) and returns where the last one ends (-1 when the memory cannot grow to hold them).
  (func (export "build") (param $pool i32) (param $entries i32) (param $count i32) (param $leafFirst i32)
                         (param $spans i32) (param $bias i32) (param $texts i32) (param $out i32) (result i32)
    (local $k i32) (local $at i32) (local $n i32) (local $step i32) (local $i i32) (local $span i32) (local $len i32) (local $start i32)
    (local $need i32) (local $have i32)
    (block $done
      (loop $sequence
        (br_if $done (i32.ge_u (local.get $k) (local.get $count)))
        (local.set $at (i32.add (local.get $pool) (i32.shl (i32.load (local.get $entries)) (i32.const 2))))
        (local.set $n (i32.load offset=4 (local.get $entries)))
        (local.set $step (i32.const 4))
        (if (local.get $leafFirst)
          (then
            (local.set $at (i32.add (local.get $at) (i32.shl (i32.sub (local.get $n) (i32.const 1)) (i32.const 2))))
            (local.set $step (i32.const -4))))
        (local.set $start (local.get $out))
        (local.set $i (i32.const 0))
        (block $names
          (loop $name
            (br_if $names (i32.ge_u (local.get $i) (local.get $n)))
            (if (local.get $i)
              (then
                (i32.store8 (local.get $out) (i32.const 59))
                (local.set $out (i32.add (local.get $out) (i32.const 1)))))
            (local.set $span (i32.add (local.get $spans) (i32.shl (i32.add (i32.load (local.get $at)) (local.get $bias)) (i32.const 3))))
            (local.set $len (i32.load offset=4 (local.get $span)))
            (local.set $need (i32.add (i32.add (local.get $out) (local.get $len)) (i32.const 16)))
            (local.set $have (i32.shl (memory.size) (i32.const 16)))
            (if (i32.gt_u (local.get $need) (local.get $have))
              (then
                (if (i32.lt_s (memory.grow (i32.add (i32.shr_u (i32.sub (local.get $need) (local.get $have)) (i32.const 16)) (i32.const 64))) (i32.const 0))
                  (then (return (i32.const -1))))))
            (call $copy (local.get $out) (i32.load (local.get $span)) (local.get $len))
            (local.set $out (i32.add (local.get $out) (local.get $len)))
            (local.set $at (i32.add (local.get $at) (local.get $step)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $name)))
        (i32.store (local.get $texts) (local.get $start))
        (i32.store offset=4 (local.get $texts) (i32.sub (local.get $out) (local.get $start)))
        (local.set $texts (i32.add (local.get $texts) (i32.const 8)))
        (local.set $entries (i32.add (local.get $entries) (i32.const 8)))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $sequence)))
    (local.get $out))

  ;; Copies `n` bytes from `src` to `dst` (a region after `src`'s, or apart from it), 8 at a time:
  ;; up to 7 bytes past `dst + n` are written too (the caller leaves room; what follows is written
  ;; later). Names are short, and a copy this way costs less than memory.copy's call.
  (func $copy (param $dst i32) (param $src i32) (param $n i32)
    (local $end i32)
    (local.set $end (i32.add (local.get $dst) (local.get $n)))
    (block $done
      (loop $word
        (br_if $done (i32.ge_u (local.get $dst) (local.get $end)))
        (i64.store (local.get $dst) (i64.load (local.get $src)))
        (local.set $dst (i32.add (local.get $dst) (i32.const 8)))
        (local.set $src (i32.add (local.get $src) (i32.const 8)))
        (br $word))))

  ;; Writes the folded lines of the `n` distinct texts whose numbers (i32) are at `sorted`, in that
  ;; order, at `out`: text, a space, the weight's text (its start and length, two i32 per distinct
  ;; text, at `weightSpans`), \n. Returns where the last line ends; -1 when the memory cannot grow.
  (func (export "emit") (param $sorted i32) (param $n i32) (param $distinct i32) (param $texts i32) (param $weightSpans i32) (param $out i32) (result i32)
    (local $i i32) (local $d i32) (local $text i32) (local $len i32) (local $weight i32) (local $wlen i32) (local $need i32) (local $have i32)
    (block $done
      (loop $line
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $d (i32.load (i32.add (local.get $sorted) (i32.shl (local.get $i) (i32.const 2)))))
        (local.set $text (i32.add (local.get $texts) (i32.shl (i32.load (i32.add (local.get $distinct) (i32.shl (local.get $d) (i32.const 2)))) (i32.const 3))))
        (local.set $len (i32.load offset=4 (local.get $text)))
        (local.set $weight (i32.add (local.get $weightSpans) (i32.shl (local.get $d) (i32.const 3))))
        (local.set $wlen (i32.load offset=4 (local.get $weight)))
        (local.set $need (i32.add (i32.add (local.get $out) (i32.add (local.get $len) (local.get $wlen))) (i32.const 16)))
        (local.set $have (i32.shl (memory.size) (i32.const 16)))
        (if (i32.gt_u (local.get $need) (local.get $have))
          (then
            (if (i32.lt_s (memory.grow (i32.add (i32.shr_u (i32.sub (local.get $need) (local.get $have)) (i32.const 16)) (i32.const 64))) (i32.const 0))
              (then (return (i32.const -1))))))
        (memory.copy (local.get $out) (i32.load (local.get $text)) (local.get $len))
        (local.set $out (i32.add (local.get $out) (local.get $len)))
        (i32.store8 (local.get $out) (i32.const 32))
        (call $copy (i32.add (local.get $out) (i32.const 1)) (i32.load (local.get $weight)) (local.get $wlen))
        (local.set $out (i32.add (local.get $out) (i32.add (local.get $wlen) (i32.const 1))))
        (i32.store8 (local.get $out) (i32.const 10))
        (local.set $out (i32.add (local.get $out) (i32.const 1)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $line)))
    (local.get $out))

  ;; include bytes-hash.wat

  ;; A hash of the `len` bytes at `s`.
  (func $hash (param $s i32) (param $len i32) (result i32)
    (call $finish (call $mix (i64.const 0x243F6A8885A308D3) (local.get $s) (local.get $len)) (local.get $len)))

  ;; Byte order of the `la` bytes at `a` and the `lb` bytes at `b`: < 0, 0 or > 0 (a text that is
  ;; the start of another comes first). Words are compared 8 bytes at a time; in a word that
  ;; differs, the lowest differing byte (little-endian: the first in memory) decides.
  (func $compare (param $a i32) (param $la i32) (param $b i32) (param $lb i32) (result i32)
    (local $n i32) (local $x i64) (local $k i32)
    (local.set $n (select (local.get $la) (local.get $lb) (i32.lt_u (local.get $la) (local.get $lb))))
    (block $bytes
      (loop $words
        (br_if $bytes (i32.lt_u (local.get $n) (i32.const 8)))
        (local.set $x (i64.xor (i64.load (local.get $a)) (i64.load (local.get $b))))
        (if (i64.ne (local.get $x) (i64.const 0))
          (then
            (local.set $k (i32.wrap_i64 (i64.shr_u (i64.ctz (local.get $x)) (i64.const 3))))
            (return (i32.sub (i32.load8_u (i32.add (local.get $a) (local.get $k))) (i32.load8_u (i32.add (local.get $b) (local.get $k)))))))
        (local.set $a (i32.add (local.get $a) (i32.const 8)))
        (local.set $b (i32.add (local.get $b) (i32.const 8)))
        (local.set $n (i32.sub (local.get $n) (i32.const 8)))
        (br $words)))
    (block $end
      (loop $tail
        (br_if $end (i32.eqz (local.get $n)))
        (local.set $k (i32.sub (i32.load8_u (local.get $a)) (i32.load8_u (local.get $b))))
        (if (local.get $k) (then (return (local.get $k))))
        (local.set $a (i32.add (local.get $a) (i32.const 1)))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $tail)))
    (i32.sub (local.get $la) (local.get $lb)))

  ;; Sums the sequences by text: for each sequence in order, its weight is added to the distinct
  ;; text it has (a new one when none before had it). `table` has `mask` + 1 i32 slots (a power of
  ;; two, more than twice `count`), zeroed. Writes each distinct text's first sequence at
  ;; `distinct` (i32) and its summed weight at `sums` (f64); returns how many there are.
  (func (export "sum") (param $count i32) (param $texts i32) (param $weights i32) (param $table i32) (param $mask i32)
                       (param $distinct i32) (param $sums i32) (result i32)
    (local $k i32) (local $d i32) (local $s i32) (local $len i32) (local $slot i32) (local $base i32) (local $stored i32) (local $other i32)
    (block $done
      (loop $sequence
        (br_if $done (i32.ge_u (local.get $k) (local.get $count)))
        (local.set $s (i32.load (i32.add (local.get $texts) (i32.shl (local.get $k) (i32.const 3)))))
        (local.set $len (i32.load offset=4 (i32.add (local.get $texts) (i32.shl (local.get $k) (i32.const 3)))))
        (local.set $slot (i32.and (call $hash (local.get $s) (local.get $len)) (local.get $mask)))
        (block $placed
          (loop $probe
            (local.set $base (i32.add (local.get $table) (i32.shl (local.get $slot) (i32.const 2))))
            (local.set $stored (i32.load (local.get $base)))
            (if (i32.eqz (local.get $stored))
              (then
                (i32.store (local.get $base) (i32.add (local.get $d) (i32.const 1)))
                (i32.store (i32.add (local.get $distinct) (i32.shl (local.get $d) (i32.const 2))) (local.get $k))
                (f64.store (i32.add (local.get $sums) (i32.shl (local.get $d) (i32.const 3)))
                           (f64.load (i32.add (local.get $weights) (i32.shl (local.get $k) (i32.const 3)))))
                (local.set $d (i32.add (local.get $d) (i32.const 1)))
                (br $placed)))
            (local.set $other (i32.add (local.get $texts) (i32.shl (i32.load (i32.add (local.get $distinct) (i32.shl (i32.sub (local.get $stored) (i32.const 1)) (i32.const 2)))) (i32.const 3))))
            (if (i32.eq (i32.load offset=4 (local.get $other)) (local.get $len))
              (then
                (if (i32.eqz (call $compare (i32.load (local.get $other)) (local.get $len) (local.get $s) (local.get $len)))
                  (then
                    (local.set $base (i32.add (local.get $sums) (i32.shl (i32.sub (local.get $stored) (i32.const 1)) (i32.const 3))))
                    (f64.store (local.get $base)
                               (f64.add (f64.load (local.get $base)) (f64.load (i32.add (local.get $weights) (i32.shl (local.get $k) (i32.const 3))))))
                    (br $placed)))))
            (local.set $slot (i32.and (i32.add (local.get $slot) (i32.const 1)) (local.get $mask)))
            (br $probe)))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $sequence)))
    (local.get $d))

  ;; Sorts the `n` distinct numbers (i32) at `order` — 0 … n-1, each the index of a distinct text
  ;; at `distinct` — by the byte order of their texts, with `scratch` (n i32) as room: a bottom-up
  ;; merge sort. Returns where the sorted numbers are (`order` or `scratch`).
  (func (export "sort") (param $order i32) (param $n i32) (param $scratch i32) (param $distinct i32) (param $texts i32) (result i32)
    (local $width i32) (local $from i32) (local $to i32) (local $swap i32) (local $lo i32) (local $mid i32) (local $hi i32)
    (local $i i32) (local $j i32) (local $k i32) (local $a i32) (local $b i32) (local $ta i32) (local $tb i32)
    (local.set $from (local.get $order))
    (local.set $to (local.get $scratch))
    (local.set $width (i32.const 1))
    (block $sorted
      (loop $pass
        (br_if $sorted (i32.ge_u (local.get $width) (local.get $n)))
        (local.set $lo (i32.const 0))
        (block $merged
          (loop $run
            (br_if $merged (i32.ge_u (local.get $lo) (local.get $n)))
            (local.set $mid (select (i32.add (local.get $lo) (local.get $width)) (local.get $n) (i32.lt_u (i32.add (local.get $lo) (local.get $width)) (local.get $n))))
            (local.set $hi (select (i32.add (local.get $mid) (local.get $width)) (local.get $n) (i32.lt_u (i32.add (local.get $mid) (local.get $width)) (local.get $n))))
            (local.set $i (local.get $lo))
            (local.set $j (local.get $mid))
            (local.set $k (local.get $lo))
            (block $copied
              (loop $take
                (br_if $copied (i32.ge_u (local.get $k) (local.get $hi)))
                (if (i32.ge_u (local.get $i) (local.get $mid))
                  (then (local.set $a (i32.load (i32.add (local.get $from) (i32.shl (local.get $j) (i32.const 2)))))
                        (local.set $j (i32.add (local.get $j) (i32.const 1))))
                  (else
                    (if (i32.ge_u (local.get $j) (local.get $hi))
                      (then (local.set $a (i32.load (i32.add (local.get $from) (i32.shl (local.get $i) (i32.const 2)))))
                            (local.set $i (i32.add (local.get $i) (i32.const 1))))
                      (else
                        (local.set $a (i32.load (i32.add (local.get $from) (i32.shl (local.get $i) (i32.const 2)))))
                        (local.set $b (i32.load (i32.add (local.get $from) (i32.shl (local.get $j) (i32.const 2)))))
                        (local.set $ta (i32.add (local.get $texts) (i32.shl (i32.load (i32.add (local.get $distinct) (i32.shl (local.get $a) (i32.const 2)))) (i32.const 3))))
                        (local.set $tb (i32.add (local.get $texts) (i32.shl (i32.load (i32.add (local.get $distinct) (i32.shl (local.get $b) (i32.const 2)))) (i32.const 3))))
                        (if (i32.gt_s (call $compare (i32.load (local.get $ta)) (i32.load offset=4 (local.get $ta)) (i32.load (local.get $tb)) (i32.load offset=4 (local.get $tb)))
                                      (i32.const 0))
                          (then (local.set $a (local.get $b))
                                (local.set $j (i32.add (local.get $j) (i32.const 1))))
                          (else (local.set $i (i32.add (local.get $i) (i32.const 1)))))))))
                (i32.store (i32.add (local.get $to) (i32.shl (local.get $k) (i32.const 2))) (local.get $a))
                (local.set $k (i32.add (local.get $k) (i32.const 1)))
                (br $take)))
            (local.set $lo (local.get $hi))
            (br $run)))
        (local.set $swap (local.get $from))
        (local.set $from (local.get $to))
        (local.set $to (local.get $swap))
        (local.set $width (i32.shl (local.get $width) (i32.const 1)))
        (br $pass)))
    (local.get $from))
)
