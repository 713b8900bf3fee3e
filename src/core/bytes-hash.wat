;; Hashing bytes, shared by the WebAssembly modules (scripts/build-wasm.mjs puts this file where a
;; module says `;; include bytes-hash.wat`): `$mix` takes a hash state over bytes 8 at a time, and
;; `$finish` makes the 32-bit hash of a state and a length.
  ;; The hash state `h` after the `len` bytes at `s`, 8 at a time (the last word masked to them).
  (func $mix (param $h i64) (param $s i32) (param $len i32) (result i64)
    (local $end i32) (local $rest i32)
    (local.set $end (i32.add (local.get $s) (local.get $len)))
    (block $words
      (loop $word
        (br_if $words (i32.gt_u (i32.add (local.get $s) (i32.const 8)) (local.get $end)))
        (local.set $h (i64.mul (i64.xor (local.get $h) (i64.load (local.get $s))) (i64.const 0x9E3779B97F4A7C15)))
        (local.set $h (i64.xor (local.get $h) (i64.shr_u (local.get $h) (i64.const 29))))
        (local.set $s (i32.add (local.get $s) (i32.const 8)))
        (br $word)))
    (local.set $rest (i32.sub (local.get $end) (local.get $s)))
    (if (local.get $rest)
      (then
        (local.set $h (i64.mul (i64.xor (local.get $h)
                                        (i64.and (i64.load (local.get $s)) (i64.sub (i64.shl (i64.const 1) (i64.extend_i32_u (i32.shl (local.get $rest) (i32.const 3)))) (i64.const 1))))
                               (i64.const 0x9E3779B97F4A7C15)))
        (local.set $h (i64.xor (local.get $h) (i64.shr_u (local.get $h) (i64.const 29))))))
    (local.get $h))

  ;; The 32-bit hash of `len` bytes from their hash state `h`.
  (func $finish (param $h i64) (param $len i32) (result i32)
    (i32.xor (i32.wrap_i64 (i64.xor (local.get $h) (i64.shr_u (local.get $h) (i64.const 32))))
             (i32.mul (local.get $len) (i32.const 0x27d4eb2d))))
