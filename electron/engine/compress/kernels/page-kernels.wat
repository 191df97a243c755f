;; The page kernels in WebAssembly with 128-bit SIMD (page-kernels.ts loads them): the passes over a page's
;; pixels of bilevel.ts (the threshold's rows, the paper rows, painting over the ink and inkGrey's tally),
;; mrc-background.ts (the colour layer), classify-page.ts, image-pixels.ts' toGrey and validate's blurScore.
;;
;; Hand-written text format, assembled by wabt (`npm run build:kernels` writes page-kernels-wasm.ts): every
;; vector instruction is the one written here, and every result is the one the JavaScript passes gave, byte
;; for byte. Doubles are computed as JavaScript computed them (f64 and f64x2: the same IEEE operations, and
;; WebAssembly never fuses a multiply-add); integer work (luma, colour spread, paper skips) is exact in lanes.
;;
;; Memory is the caller's (imported): it lays out its regions in it with 16 bytes of slack after each, so a
;; 16-byte load or store at a row's last pixels stays inside it (each function says what it reads or writes
;; past its ends).
(module
  (import "env" "memory" (memory 0))

  ;; Marks the ink of one row of `width` pixels at `src` (1 or 3 channels) into the mask row at `out` (`ink`
  ;; or `paper` in every byte; a last group of four may write `paper` up to 3 bytes past the row), and
  ;; returns the ink count (bilevel.ts' inkRow says what ink is). `bound`: the smallest integer at or above
  ;; the row's highest limit (an integer luma is below the limit only if below it). `floor`: a level whose
  ;; 1000 × level reaches that limit (a pixel with every byte at least `floor` is paper), or −1 for none:
  ;; sixteen such pixels are passed over at once. `counts`: the ink per block of this row's picture-block
  ;; row (0 when not counted), `blockOf` the block of each column.
  (func (export "inkRow")
    (param $src i32) (param $lo i32) (param $hi i32) (param $out i32) (param $width i32) (param $channels i32)
    (param $t f64) (param $bound i32) (param $floor i32) (param $excludeColour i32) (param $ink i32)
    (param $paper i32) (param $counts i32) (param $blockOf i32)
    (result i32)
    (local $x i32) (local $gx i32) (local $end i32) (local $count i32) (local $p i32)
    (local $tv v128) (local $boundv v128) (local $floorv v128) (local $inkv v128) (local $paperv v128) (local $left v128)
    (local $v v128) (local $r v128) (local $g v128) (local $b v128) (local $lum v128) (local $keep v128)
    (local $m v128) (local $l v128) (local $h v128) (local $lum23 v128) (local $l23 v128) (local $h23 v128)
    (local $c01 v128) (local $c23 v128) (local $bits i32) (local $j i32) (local $at i32)
    (local $fa v128) (local $fb v128) (local $fc v128) (local $ok i64) (local $groupBits i64)
    (local.set $tv (f64x2.splat (local.get $t)))
    (local.set $boundv (i32x4.splat (local.get $bound)))
    (local.set $floorv (i8x16.splat (local.get $floor)))
    (local.set $inkv (i8x16.splat (local.get $ink)))
    (local.set $paperv (i8x16.splat (local.get $paper)))
    (block $done
      (loop $chunks
        (br_if $done (i32.ge_s (local.get $x) (local.get $width)))
        (local.set $ok (i64.const 0))
        (block $compare
          ;; Sixteen pixels of paper are passed over without their limits. `ok` keeps which of their bytes are
          ;; at least `floor` (bit k for byte k), for the groups of four below.
          (br_if $compare (i32.lt_s (local.get $floor) (i32.const 0)))
          (br_if $compare (i32.gt_s (i32.add (local.get $x) (i32.const 16)) (local.get $width)))
          (if (i32.eq (local.get $channels) (i32.const 3))
            (then
              (local.set $p (i32.add (local.get $src) (i32.mul (local.get $x) (i32.const 3))))
              (local.set $fa (i8x16.ge_u (v128.load (local.get $p)) (local.get $floorv)))
              (local.set $fb (i8x16.ge_u (v128.load offset=16 (local.get $p)) (local.get $floorv)))
              (local.set $fc (i8x16.ge_u (v128.load offset=32 (local.get $p)) (local.get $floorv)))
              (local.set $ok
                (i64.or
                  (i64.extend_i32_u (i8x16.bitmask (local.get $fa)))
                  (i64.or
                    (i64.shl (i64.extend_i32_u (i8x16.bitmask (local.get $fb))) (i64.const 16))
                    (i64.shl (i64.extend_i32_u (i8x16.bitmask (local.get $fc))) (i64.const 32))))))
            (else
              (local.set $fa (i8x16.ge_u (v128.load (i32.add (local.get $src) (local.get $x))) (local.get $floorv)))
              (local.set $ok (i64.extend_i32_u (i8x16.bitmask (local.get $fa))))))
          (br_if $compare (i64.ne (local.get $ok) (select (i64.const 0xffffffffffff) (i64.const 0xffff) (i32.eq (local.get $channels) (i32.const 3)))))
          (v128.store (i32.add (local.get $out) (local.get $x)) (local.get $paperv))
          (local.set $x (i32.add (local.get $x) (i32.const 16)))
          (br $chunks))
        ;; Else four pixels at a time, the lanes past the row's end left out.
        (local.set $gx (local.get $x))
        (local.set $end (i32.add (local.get $x) (i32.const 16)))
        (block $groupsDone
          (loop $groups
            (br_if $groupsDone (i32.ge_s (local.get $gx) (local.get $width)))
            (br_if $groupsDone (i32.ge_s (local.get $gx) (local.get $end)))
            (local.set $at (i32.add (local.get $out) (local.get $gx)))
            (v128.store32_lane 0 (local.get $at) (local.get $paperv))
            ;; Four pixels with every byte at least `floor` are paper (their bits of `ok`: 12 or 4 from the
            ;; group's first byte).
            (local.set $groupBits (select (i64.const 0xfff) (i64.const 0xf) (i32.eq (local.get $channels) (i32.const 3))))
            (if (i64.eq
                  (i64.and
                    (i64.shr_u (local.get $ok)
                      (i64.extend_i32_u (i32.mul (i32.sub (local.get $gx) (local.get $x)) (local.get $channels))))
                    (local.get $groupBits))
                  (local.get $groupBits))
              (then
                (local.set $gx (i32.add (local.get $gx) (i32.const 4)))
                (br $groups)))
            (local.set $left
              (i32x4.lt_s (v128.const i32x4 0 1 2 3) (i32x4.splat (i32.sub (local.get $width) (local.get $gx)))))
            (if (i32.eq (local.get $channels) (i32.const 3))
              (then
                (local.set $v (v128.load (i32.add (local.get $src) (i32.mul (local.get $gx) (i32.const 3)))))
                (local.set $r (i8x16.swizzle (local.get $v) (v128.const i8x16 0 -1 -1 -1 3 -1 -1 -1 6 -1 -1 -1 9 -1 -1 -1)))
                (local.set $g (i8x16.swizzle (local.get $v) (v128.const i8x16 1 -1 -1 -1 4 -1 -1 -1 7 -1 -1 -1 10 -1 -1 -1)))
                (local.set $b (i8x16.swizzle (local.get $v) (v128.const i8x16 2 -1 -1 -1 5 -1 -1 -1 8 -1 -1 -1 11 -1 -1 -1)))
                (local.set $lum
                  (i32x4.add
                    (i32x4.add
                      (i32x4.mul (local.get $r) (i32x4.splat (i32.const 299)))
                      (i32x4.mul (local.get $g) (i32x4.splat (i32.const 587))))
                    (i32x4.mul (local.get $b) (i32x4.splat (i32.const 114)))))
                (local.set $keep (local.get $left))
                ;; A colour (stamp) is not ink: max − min of its channels above 48.
                (if (local.get $excludeColour)
                  (then
                    (local.set $keep
                      (v128.and (local.get $keep)
                        (i32x4.le_s
                          (i32x4.sub
                            (i32x4.max_s (i32x4.max_s (local.get $r) (local.get $g)) (local.get $b))
                            (i32x4.min_s (i32x4.min_s (local.get $r) (local.get $g)) (local.get $b)))
                          (i32x4.splat (i32.const 48))))))))
              (else
                (local.set $lum
                  (i32x4.mul
                    (i32x4.extend_low_i16x8_u
                      (i16x8.extend_low_i8x16_u (v128.load32_zero (i32.add (local.get $src) (local.get $gx)))))
                    (i32x4.splat (i32.const 1000))))
                (local.set $keep (local.get $left))))
            ;; The four pixels: those of `keep` whose luma (1000 × level) is below the row's highest limit and
            ;; below their own limit lo + (hi − lo) × t get `ink` in their mask bytes, and are counted (and counted
            ;; per picture block when `counts` is not 0).
            (block $marked
              ;; Below the row's highest limit: most of a page's grey and colour (paper) stops here.
              (local.set $m (v128.and (local.get $keep) (i32x4.lt_s (local.get $lum) (local.get $boundv))))
              (if (i32.eqz (v128.any_true (local.get $m))) (then (br $marked)))
              (local.set $l (v128.load (i32.add (local.get $lo) (i32.shl (local.get $gx) (i32.const 2)))))
              (local.set $h (v128.load (i32.add (local.get $hi) (i32.shl (local.get $gx) (i32.const 2)))))
              ;; Lanes 0 and 1: lum < l + (h − l) × t, in doubles as JavaScript computes it.
              (local.set $c01
                (f64x2.lt
                  (f64x2.convert_low_i32x4_s (local.get $lum))
                  (f64x2.add
                    (f64x2.promote_low_f32x4 (local.get $l))
                    (f64x2.mul
                      (f64x2.sub (f64x2.promote_low_f32x4 (local.get $h)) (f64x2.promote_low_f32x4 (local.get $l)))
                      (local.get $tv)))))
              ;; Lanes 2 and 3, moved down.
              (local.set $lum23 (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $lum) (local.get $lum)))
              (local.set $l23 (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $l) (local.get $l)))
              (local.set $h23 (i8x16.shuffle 8 9 10 11 12 13 14 15 8 9 10 11 12 13 14 15 (local.get $h) (local.get $h)))
              (local.set $c23
                (f64x2.lt
                  (f64x2.convert_low_i32x4_s (local.get $lum23))
                  (f64x2.add
                    (f64x2.promote_low_f32x4 (local.get $l23))
                    (f64x2.mul
                      (f64x2.sub (f64x2.promote_low_f32x4 (local.get $h23)) (f64x2.promote_low_f32x4 (local.get $l23)))
                      (local.get $tv)))))
              ;; The four 64-bit answers as four 32-bit lanes.
              (local.set $m
                (v128.and (local.get $m)
                  (i8x16.shuffle 0 1 2 3 8 9 10 11 16 17 18 19 24 25 26 27 (local.get $c01) (local.get $c23))))
              (local.set $bits (i32x4.bitmask (local.get $m)))
              (if (i32.eqz (local.get $bits)) (then (br $marked)))
              (local.set $count (i32.add (local.get $count) (i32.popcnt (local.get $bits))))
              ;; The mask's four bytes: `ink` where marked, `paper` elsewhere.
              (v128.store32_lane 0 (local.get $at)
                (v128.bitselect
                  (local.get $inkv)
                  (local.get $paperv)
                  (i8x16.narrow_i16x8_s
                    (i16x8.narrow_i32x4_s (local.get $m) (local.get $m))
                    (i16x8.narrow_i32x4_s (local.get $m) (local.get $m)))))
              (if (local.get $counts)
                (then
                  (loop $each
                    (local.set $j (i32.ctz (local.get $bits)))
                    (local.set $p
                      (i32.add (local.get $counts)
                        (i32.shl
                          (i32.load (i32.add (local.get $blockOf) (i32.shl (i32.add (local.get $gx) (local.get $j)) (i32.const 2))))
                          (i32.const 2))))
                    (i32.store (local.get $p) (i32.add (i32.load (local.get $p)) (i32.const 1)))
                    (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
                    (br_if $each (local.get $bits))))))
            (local.set $gx (i32.add (local.get $gx) (i32.const 4)))
            (br $groups)))
        (local.set $x (local.get $end))
        (br $chunks)))
    (local.get $count))

  ;; PaperRows' widening of one small row (bilevel.ts): run by run of columns lying between the same two small
  ;; columns, lo + (hi − lo) × t per column (t in single precision), as the level itself (kind 0) or as the ink
  ;; limit min(p × 0.72 × 1000, (p − 28) × 1000 + 0.5) (kind 1), in doubles as JavaScript computed it, stored
  ;; in single precision at `into`. `row`: the small row's bytes; `runStart` (runs + 1 of them, the last the
  ;; width), `runLo`, `runHi`: each run's first column and its two small columns (i32). Returns the largest
  ;; value stored.
  (func (export "widen")
    (param $kind i32) (param $row i32) (param $runStart i32) (param $runLo i32) (param $runHi i32) (param $runs i32)
    (param $colT i32) (param $into i32)
    (result f64)
    (local $r i32) (local $x i32) (local $end i32) (local $lo f64) (local $step f64) (local $p f64)
    (local $ratio f64) (local $contrast f64) (local $v f32) (local $max f64)
    (local $lo2 v128) (local $step2 v128) (local $p2 v128) (local $ratio2 v128) (local $contrast2 v128) (local $v2 v128)
    (local $max2 v128)
    (local.set $max (f64.const -inf))
    (local.set $max2 (f64x2.splat (f64.const -inf)))
    (block $done
      (loop $runs
        (br_if $done (i32.ge_s (local.get $r) (local.get $runs)))
        (local.set $x (i32.load (i32.add (local.get $runStart) (i32.shl (local.get $r) (i32.const 2)))))
        (local.set $end (i32.load offset=4 (i32.add (local.get $runStart) (i32.shl (local.get $r) (i32.const 2)))))
        (local.set $lo
          (f64.convert_i32_u
            (i32.load8_u (i32.add (local.get $row) (i32.load (i32.add (local.get $runLo) (i32.shl (local.get $r) (i32.const 2))))))))
        (local.set $step
          (f64.sub
            (f64.convert_i32_u
              (i32.load8_u (i32.add (local.get $row) (i32.load (i32.add (local.get $runHi) (i32.shl (local.get $r) (i32.const 2)))))))
            (local.get $lo)))
        ;; Two columns at a time in f64x2 (the same operations per lane), then the run's last odd column.
        (local.set $lo2 (f64x2.splat (local.get $lo)))
        (local.set $step2 (f64x2.splat (local.get $step)))
        (block $pairsDone
          (loop $pairs
            (br_if $pairsDone (i32.gt_s (i32.add (local.get $x) (i32.const 2)) (local.get $end)))
            (local.set $p2
              (f64x2.add (local.get $lo2)
                (f64x2.mul (local.get $step2)
                  (f64x2.promote_low_f32x4 (v128.load64_zero (i32.add (local.get $colT) (i32.shl (local.get $x) (i32.const 2))))))))
            (if (local.get $kind)
              (then
                (local.set $ratio2 (f64x2.mul (f64x2.mul (local.get $p2) (f64x2.splat (f64.const 0.72))) (f64x2.splat (f64.const 1000))))
                (local.set $contrast2
                  (f64x2.add
                    (f64x2.mul (f64x2.sub (local.get $p2) (f64x2.splat (f64.const 28))) (f64x2.splat (f64.const 1000)))
                    (f64x2.splat (f64.const 0.5))))
                (local.set $p2
                  (v128.bitselect (local.get $ratio2) (local.get $contrast2) (f64x2.lt (local.get $ratio2) (local.get $contrast2))))))
            (local.set $v2 (f32x4.demote_f64x2_zero (local.get $p2)))
            (v128.store64_lane 0 (i32.add (local.get $into) (i32.shl (local.get $x) (i32.const 2))) (local.get $v2))
            (local.set $max2 (f64x2.pmax (local.get $max2) (f64x2.promote_low_f32x4 (local.get $v2))))
            (local.set $x (i32.add (local.get $x) (i32.const 2)))
            (br $pairs)))
        (block $runDone
          (loop $columns
            (br_if $runDone (i32.ge_s (local.get $x) (local.get $end)))
            (local.set $p
              (f64.add (local.get $lo)
                (f64.mul (local.get $step)
                  (f64.promote_f32 (f32.load (i32.add (local.get $colT) (i32.shl (local.get $x) (i32.const 2))))))))
            (if (local.get $kind)
              (then
                (local.set $ratio (f64.mul (f64.mul (local.get $p) (f64.const 0.72)) (f64.const 1000)))
                (local.set $contrast
                  (f64.add (f64.mul (f64.sub (local.get $p) (f64.const 28)) (f64.const 1000)) (f64.const 0.5)))
                (local.set $p
                  (select (local.get $ratio) (local.get $contrast) (f64.lt (local.get $ratio) (local.get $contrast))))))
            (local.set $v (f32.demote_f64 (local.get $p)))
            (f32.store (i32.add (local.get $into) (i32.shl (local.get $x) (i32.const 2))) (local.get $v))
            (if (f64.gt (f64.promote_f32 (local.get $v)) (local.get $max))
              (then (local.set $max (f64.promote_f32 (local.get $v)))))
            (local.set $x (i32.add (local.get $x) (i32.const 1)))
            (br $columns)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $runs)))
    (if (f64.gt (f64x2.extract_lane 0 (local.get $max2)) (local.get $max))
      (then (local.set $max (f64x2.extract_lane 0 (local.get $max2)))))
    (if (f64.gt (f64x2.extract_lane 1 (local.get $max2)) (local.get $max))
      (then (local.set $max (f64x2.extract_lane 1 (local.get $max2)))))
    (local.get $max))

  ;; The index of the first ink byte (0) of the mask in [from, to), or `to`: sixteen bytes at a time.
  (func $nextInk (export "nextInk") (param $mask i32) (param $from i32) (param $to i32) (result i32)
    (local $i i32)
    (local.set $i (local.get $from))
    (block $done
      (loop $wide
        (br_if $done (i32.gt_s (i32.add (local.get $i) (i32.const 16)) (local.get $to)))
        (br_if $done
          (v128.any_true (i8x16.eq (v128.load (i32.add (local.get $mask) (local.get $i))) (v128.const i64x2 0 0))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $wide)))
    (block $found
      (loop $bytes
        (br_if $found (i32.ge_s (local.get $i) (local.get $to)))
        (br_if $found (i32.eqz (i32.load8_u (i32.add (local.get $mask) (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $bytes)))
    (local.get $i))

  ;; One row of paintOverInk (bilevel.ts): first inkGrey's tally (mrc.ts), the levels of the ink pixels at every
  ;; 7th pixel of the page from `first` on (luma / 1000 for colour), added in order to `sum` as doubles, and
  ;; their count; then each ink pixel of the mask row at `mask` (byte 0) gets the paper level
  ;; Math.round(lo + (hi − lo) × t) in each of its channels at `data`. Returns the sum and count carried on.
  (func (export "paintRow")
    (param $data i32) (param $mask i32) (param $lo i32) (param $hi i32) (param $width i32) (param $channels i32)
    (param $t f64) (param $first i32) (param $sum f64) (param $count i32)
    (result f64 i32)
    (local $x i32) (local $l f64) (local $lv f64) (local $f f64) (local $v i32) (local $p i32)
    (local.set $x (local.get $first))
    (block $tallied
      (loop $sevenths
        (br_if $tallied (i32.ge_s (local.get $x) (local.get $width)))
        (if (i32.eqz (i32.load8_u (i32.add (local.get $mask) (local.get $x))))
          (then
            (if (i32.eq (local.get $channels) (i32.const 3))
              (then
                (local.set $p (i32.add (local.get $data) (i32.mul (local.get $x) (i32.const 3))))
                (local.set $sum
                  (f64.add (local.get $sum)
                    (f64.div
                      (f64.convert_i32_s
                        (i32.add
                          (i32.add
                            (i32.mul (i32.load8_u (local.get $p)) (i32.const 299))
                            (i32.mul (i32.load8_u offset=1 (local.get $p)) (i32.const 587)))
                          (i32.mul (i32.load8_u offset=2 (local.get $p)) (i32.const 114))))
                      (f64.const 1000)))))
              (else
                (local.set $sum
                  (f64.add (local.get $sum) (f64.convert_i32_u (i32.load8_u (i32.add (local.get $data) (local.get $x))))))))
            (local.set $count (i32.add (local.get $count) (i32.const 1)))))
        (local.set $x (i32.add (local.get $x) (i32.const 7)))
        (br $sevenths)))
    (local.set $x (i32.const 0))
    (block $done
      (loop $runs
        (local.set $x (call $nextInk (local.get $mask) (local.get $x) (local.get $width)))
        (br_if $done (i32.ge_s (local.get $x) (local.get $width)))
        ;; A run of ink (a stroke's width), pixel by pixel; then on to the next ink.
        (loop $run
          (local.set $l (f64.promote_f32 (f32.load (i32.add (local.get $lo) (i32.shl (local.get $x) (i32.const 2))))))
          ;; JavaScript's Math.round of the level (in [0, 255]): its floor, plus one when the fraction is at
          ;; least ½ (f64.nearest rounds halves to even; lv − floor(lv) is exact here).
          (local.set $lv
            (f64.add (local.get $l)
              (f64.mul
                (f64.sub
                  (f64.promote_f32 (f32.load (i32.add (local.get $hi) (i32.shl (local.get $x) (i32.const 2)))))
                  (local.get $l))
                (local.get $t))))
          (local.set $f (f64.floor (local.get $lv)))
          (local.set $v
            (i32.add
              (i32.trunc_f64_s (local.get $f))
              (f64.ge (f64.sub (local.get $lv) (local.get $f)) (f64.const 0.5))))
          (if (i32.eq (local.get $channels) (i32.const 3))
            (then
              (local.set $p (i32.add (local.get $data) (i32.mul (local.get $x) (i32.const 3))))
              (i32.store8 (local.get $p) (local.get $v))
              (i32.store8 offset=1 (local.get $p) (local.get $v))
              (i32.store8 offset=2 (local.get $p) (local.get $v)))
            (else (i32.store8 (i32.add (local.get $data) (local.get $x)) (local.get $v))))
          (local.set $x (i32.add (local.get $x) (i32.const 1)))
          (br_if $done (i32.ge_s (local.get $x) (local.get $width)))
          (br_if $run (i32.eqz (i32.load8_u (i32.add (local.get $mask) (local.get $x))))))
        (br $runs)))
    (local.get $sum)
    (local.get $count))

  ;; mrc-background.ts' dilate3x3, first pass: `across` is 1 where a pixel of the row or its left or right
  ;; neighbour has coverage below 250 (ink near), else 0; sixteen pixels at a time, the row's two ends
  ;; fixed after (their vector lanes read the rows around). Writes up to 15 bytes past a row's end.
  (func (export "dilateAlongRows") (param $coverage i32) (param $across i32) (param $width i32) (param $height i32)
    (local $y i32) (local $x i32) (local $row i32) (local $c i32) (local $nearInk v128) (local $one v128)
    (local.set $nearInk (i8x16.splat (i32.const 250)))
    (local.set $one (i8x16.splat (i32.const 1)))
    (block $rowsDone
      (loop $rows
        (br_if $rowsDone (i32.ge_s (local.get $y) (local.get $height)))
        (local.set $row (i32.mul (local.get $y) (local.get $width)))
        (local.set $x (i32.const 0))
        (block $done
          (loop $chunks
            (br_if $done (i32.ge_s (local.get $x) (local.get $width)))
            (local.set $c (i32.add (local.get $coverage) (i32.add (local.get $row) (local.get $x))))
            (v128.store (i32.add (local.get $across) (i32.add (local.get $row) (local.get $x)))
              (v128.and (local.get $one)
                (v128.or
                  (v128.or
                    (i8x16.lt_u (v128.load (i32.sub (local.get $c) (i32.const 1))) (local.get $nearInk))
                    (i8x16.lt_u (v128.load (local.get $c)) (local.get $nearInk)))
                  (i8x16.lt_u (v128.load offset=1 (local.get $c)) (local.get $nearInk)))))
            (local.set $x (i32.add (local.get $x) (i32.const 16)))
            (br $chunks)))
        ;; The first and last pixels: only their neighbours within the row.
        (local.set $c (i32.add (local.get $coverage) (local.get $row)))
        (i32.store8 (i32.add (local.get $across) (local.get $row))
          (i32.or
            (i32.lt_u (i32.load8_u (local.get $c)) (i32.const 250))
            (i32.and (i32.gt_s (local.get $width) (i32.const 1))
              (i32.lt_u (i32.load8_u offset=1 (local.get $c)) (i32.const 250)))))
        (local.set $c (i32.add (local.get $c) (i32.sub (local.get $width) (i32.const 1))))
        (i32.store8 (i32.add (local.get $across) (i32.add (local.get $row) (i32.sub (local.get $width) (i32.const 1))))
          (i32.or
            (i32.lt_u (i32.load8_u (local.get $c)) (i32.const 250))
            (i32.and (i32.gt_s (local.get $width) (i32.const 1))
              (i32.lt_u (i32.load8_u (i32.sub (local.get $c) (i32.const 1))) (i32.const 250)))))
        (local.set $y (i32.add (local.get $y) (i32.const 1)))
        (br $rows))))

  ;; dilate3x3's second pass: `near` is the OR of `across` in the row and the rows above and below (the
  ;; page's first and last rows use themselves for the missing one). Writes up to 15 bytes past a row's end.
  (func (export "dilateAcrossRows") (param $across i32) (param $near i32) (param $width i32) (param $height i32)
    (local $y i32) (local $x i32) (local $row i32) (local $up i32) (local $down i32)
    (block $rowsDone
      (loop $rows
        (br_if $rowsDone (i32.ge_s (local.get $y) (local.get $height)))
        (local.set $row (i32.mul (local.get $y) (local.get $width)))
        (local.set $up (select (i32.sub (local.get $row) (local.get $width)) (local.get $row) (i32.gt_s (local.get $y) (i32.const 0))))
        (local.set $down
          (select (i32.add (local.get $row) (local.get $width)) (local.get $row)
            (i32.lt_s (i32.add (local.get $y) (i32.const 1)) (local.get $height))))
        (local.set $x (i32.const 0))
        (block $done
          (loop $chunks
            (br_if $done (i32.ge_s (local.get $x) (local.get $width)))
            (v128.store (i32.add (local.get $near) (i32.add (local.get $row) (local.get $x)))
              (v128.or
                (v128.or
                  (v128.load (i32.add (local.get $across) (i32.add (local.get $up) (local.get $x))))
                  (v128.load (i32.add (local.get $across) (i32.add (local.get $row) (local.get $x)))))
                (v128.load (i32.add (local.get $across) (i32.add (local.get $down) (local.get $x))))))
            (local.set $x (i32.add (local.get $x) (i32.const 16)))
            (br $chunks)))
        (local.set $y (i32.add (local.get $y) (i32.const 1)))
        (br $rows))))

  ;; paperColour's histograms (mrc-background.ts): 256 counts (i32) per channel of `n` bytes at `data`, 1 or
  ;; 3 channels (a last partial pixel left out).
  (func (export "histograms") (param $data i32) (param $n i32) (param $channels i32) (param $hist i32)
    (local $i i32) (local $end i32) (local $at i32)
    (if (i32.eq (local.get $channels) (i32.const 3))
      (then
        (local.set $end (i32.sub (local.get $n) (i32.rem_u (local.get $n) (i32.const 3))))
        (block $done
          (loop $pixels
            (br_if $done (i32.ge_u (local.get $i) (local.get $end)))
            (local.set $at
              (i32.add (local.get $hist) (i32.shl (i32.load8_u (i32.add (local.get $data) (local.get $i))) (i32.const 2))))
            (i32.store (local.get $at) (i32.add (i32.load (local.get $at)) (i32.const 1)))
            (local.set $at
              (i32.add (local.get $hist)
                (i32.shl (i32.add (i32.const 256) (i32.load8_u offset=1 (i32.add (local.get $data) (local.get $i)))) (i32.const 2))))
            (i32.store (local.get $at) (i32.add (i32.load (local.get $at)) (i32.const 1)))
            (local.set $at
              (i32.add (local.get $hist)
                (i32.shl (i32.add (i32.const 512) (i32.load8_u offset=2 (i32.add (local.get $data) (local.get $i)))) (i32.const 2))))
            (i32.store (local.get $at) (i32.add (i32.load (local.get $at)) (i32.const 1)))
            (local.set $i (i32.add (local.get $i) (i32.const 3)))
            (br $pixels))))
      (else
        (block $done
          (loop $pixels
            (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
            (local.set $at
              (i32.add (local.get $hist) (i32.shl (i32.load8_u (i32.add (local.get $data) (local.get $i))) (i32.const 2))))
            (i32.store (local.get $at) (i32.add (i32.load (local.get $at)) (i32.const 1)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $pixels))))))

  ;; One sample of flattenPaper's grey path, or one channel of its colour path once judged grey: paper
  ;; (255) when near ink and at least the ghost level (150), or at least the paper level (232); faded
  ;; towards paper above the ramp (200); else as it is. `v` is the balanced level, `lum` the luma.
  (func $flattenLevel (param $v f64) (param $lum f64) (param $near i32) (result f64)
    (if (i32.or
          (i32.and (i32.ne (local.get $near) (i32.const 0)) (f64.ge (local.get $lum) (f64.const 150)))
          (f64.ge (local.get $lum) (f64.const 232)))
      (then (return (f64.const 255))))
    (if (f64.gt (local.get $lum) (f64.const 200))
      (then
        (return
          (f64.add (local.get $v)
            (f64.mul (f64.sub (f64.const 255) (local.get $v))
              (f64.div (f64.sub (local.get $lum) (f64.const 200)) (f64.const 32)))))))
    (local.get $v))

  ;; flattenPaper's pass (mrc-background.ts), in place over `n` pixels at `data`: each byte balanced through
  ;; its channel's table of doubles (`gains`: 256 per channel), then grey pixels near ink or light made paper
  ;; as $flattenLevel says, stored truncated as a Uint8Array stores a double. Colour pixels (channel spread
  ;; above 40) keep their balanced levels. `white`: per channel the least raw level that balances to the
  ;; paper level (256 when none): a pixel at or above all three is paper, sixteen such at once.
  (func (export "flatten")
    (param $data i32) (param $near i32) (param $n i32) (param $channels i32) (param $gains i32)
    (param $whiteR i32) (param $whiteG i32) (param $whiteB i32)
    (local $i i32) (local $p i32) (local $end i32) (local $wide i32)
    (local $w0 v128) (local $w1 v128) (local $w2 v128)
    (local $r f64) (local $g f64) (local $b f64) (local $max f64) (local $min f64) (local $lum f64) (local $t f64)
    (if (i32.ne (local.get $channels) (i32.const 3))
      (then
        (block $done
          (loop $samples
            (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
            (local.set $p (i32.add (local.get $data) (local.get $i)))
            (local.set $r (f64.load (i32.add (local.get $gains) (i32.shl (i32.load8_u (local.get $p)) (i32.const 3)))))
            (local.set $lum
              (f64.div
                (f64.add
                  (f64.add (f64.mul (local.get $r) (f64.const 299)) (f64.mul (local.get $r) (f64.const 587)))
                  (f64.mul (local.get $r) (f64.const 114)))
                (f64.const 1000)))
            (i32.store8 (local.get $p)
              (i32.trunc_f64_s
                (call $flattenLevel (local.get $r) (local.get $lum) (i32.load8_u (i32.add (local.get $near) (local.get $i))))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $samples)))
        (return)))
    ;; The white levels as three byte patterns, one per phase of RGB in 16 bytes (none when one is 256).
    (local.set $wide
      (i32.and (i32.lt_u (local.get $whiteR) (i32.const 256))
        (i32.and (i32.lt_u (local.get $whiteG) (i32.const 256)) (i32.lt_u (local.get $whiteB) (i32.const 256)))))
    (local.set $w0 (i8x16.splat (local.get $whiteR)))
    (local.set $w0 (i8x16.replace_lane 1 (local.get $w0) (local.get $whiteG)))
    (local.set $w0 (i8x16.replace_lane 2 (local.get $w0) (local.get $whiteB)))
    (local.set $w0 (i8x16.shuffle 0 1 2 0 1 2 0 1 2 0 1 2 0 1 2 0 (local.get $w0) (local.get $w0)))
    (local.set $w1 (i8x16.shuffle 1 2 0 1 2 0 1 2 0 1 2 0 1 2 0 1 (local.get $w0) (local.get $w0)))
    (local.set $w2 (i8x16.shuffle 2 0 1 2 0 1 2 0 1 2 0 1 2 0 1 2 (local.get $w0) (local.get $w0)))
    (block $done
      (loop $pixels
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $p (i32.add (local.get $data) (i32.mul (local.get $i) (i32.const 3))))
        (block $one
          (br_if $one (i32.eqz (local.get $wide)))
          (br_if $one (i32.gt_u (i32.add (local.get $i) (i32.const 16)) (local.get $n)))
          (br_if $one
            (i32.eqz
              (i32.and
                (i8x16.all_true (i8x16.ge_u (v128.load (local.get $p)) (local.get $w0)))
                (i32.and
                  (i8x16.all_true (i8x16.ge_u (v128.load offset=16 (local.get $p)) (local.get $w1)))
                  (i8x16.all_true (i8x16.ge_u (v128.load offset=32 (local.get $p)) (local.get $w2)))))))
          (v128.store (local.get $p) (v128.const i64x2 -1 -1))
          (v128.store offset=16 (local.get $p) (v128.const i64x2 -1 -1))
          (v128.store offset=32 (local.get $p) (v128.const i64x2 -1 -1))
          (local.set $i (i32.add (local.get $i) (i32.const 16)))
          (br $pixels))
        ;; Else the next sixteen pixels (or those left) one at a time.
        (local.set $end (i32.add (local.get $i) (i32.const 16)))
        (if (i32.gt_u (local.get $end) (local.get $n)) (then (local.set $end (local.get $n))))
        (block $oneDone
          (loop $each
            (br_if $oneDone (i32.ge_u (local.get $i) (local.get $end)))
            (local.set $p (i32.add (local.get $data) (i32.mul (local.get $i) (i32.const 3))))
            (block $stored
              (if (i32.and
                    (i32.ge_u (i32.load8_u (local.get $p)) (local.get $whiteR))
                    (i32.and
                      (i32.ge_u (i32.load8_u offset=1 (local.get $p)) (local.get $whiteG))
                      (i32.ge_u (i32.load8_u offset=2 (local.get $p)) (local.get $whiteB))))
                (then
                  (i32.store8 (local.get $p) (i32.const 255))
                  (i32.store8 offset=1 (local.get $p) (i32.const 255))
                  (i32.store8 offset=2 (local.get $p) (i32.const 255))
                  (br $stored)))
              (local.set $r (f64.load (i32.add (local.get $gains) (i32.shl (i32.load8_u (local.get $p)) (i32.const 3)))))
              (local.set $g
                (f64.load offset=2048 (i32.add (local.get $gains) (i32.shl (i32.load8_u offset=1 (local.get $p)) (i32.const 3)))))
              (local.set $b
                (f64.load offset=4096 (i32.add (local.get $gains) (i32.shl (i32.load8_u offset=2 (local.get $p)) (i32.const 3)))))
              (local.set $max (f64.max (f64.max (local.get $r) (local.get $g)) (local.get $b)))
              (local.set $min (f64.min (f64.min (local.get $r) (local.get $g)) (local.get $b)))
              (if (f64.le (f64.sub (local.get $max) (local.get $min)) (f64.const 40))
                (then
                  (local.set $lum
                    (f64.div
                      (f64.add
                        (f64.add (f64.mul (local.get $r) (f64.const 299)) (f64.mul (local.get $g) (f64.const 587)))
                        (f64.mul (local.get $b) (f64.const 114)))
                      (f64.const 1000)))
                  ;; One decision for the pixel (as $flattenLevel makes per channel): paper, or faded by t.
                  (if (i32.or
                        (i32.and
                          (i32.ne (i32.load8_u (i32.add (local.get $near) (local.get $i))) (i32.const 0))
                          (f64.ge (local.get $lum) (f64.const 150)))
                        (f64.ge (local.get $lum) (f64.const 232)))
                    (then
                      (local.set $r (f64.const 255))
                      (local.set $g (f64.const 255))
                      (local.set $b (f64.const 255)))
                    (else
                      (if (f64.gt (local.get $lum) (f64.const 200))
                        (then
                          (local.set $t (f64.div (f64.sub (local.get $lum) (f64.const 200)) (f64.const 32)))
                          (local.set $r (f64.add (local.get $r) (f64.mul (f64.sub (f64.const 255) (local.get $r)) (local.get $t))))
                          (local.set $g (f64.add (local.get $g) (f64.mul (f64.sub (f64.const 255) (local.get $g)) (local.get $t))))
                          (local.set $b (f64.add (local.get $b) (f64.mul (f64.sub (f64.const 255) (local.get $b)) (local.get $t))))))))))
              (i32.store8 (local.get $p) (i32.trunc_f64_s (local.get $r)))
              (i32.store8 offset=1 (local.get $p) (i32.trunc_f64_s (local.get $g)))
              (i32.store8 offset=2 (local.get $p) (i32.trunc_f64_s (local.get $b))))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $each)))
        (br $pixels))))

  ;; classify-page.ts' counts over `n` pixels (1 or 3 channels) at `data` against the local paper level per
  ;; pixel at `background`: paper (luma sum at least paperFrom[level]), mid tone (else at least
  ;; midFrom[level]) and colour (channel spread above 48), added to the three i32 counts at `counts`. The
  ;; luma sum is r·299 + g·587 + b·114, or the grey level; the tables are i32[256].
  (func (export "countClasses")
    (param $data i32) (param $background i32) (param $n i32) (param $channels i32) (param $paperFrom i32)
    (param $midFrom i32) (param $counts i32)
    (local $i i32) (local $p i32) (local $r i32) (local $g i32) (local $b i32) (local $sum i32) (local $level i32)
    (local $isPaper i32) (local $paper i32) (local $mid i32) (local $colour i32) (local $mx i32) (local $mn i32)
    (block $done
      (loop $pixels
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (if (i32.eq (local.get $channels) (i32.const 3))
          (then
            (local.set $p (i32.add (local.get $data) (i32.mul (local.get $i) (i32.const 3))))
            (local.set $r (i32.load8_u (local.get $p)))
            (local.set $g (i32.load8_u offset=1 (local.get $p)))
            (local.set $b (i32.load8_u offset=2 (local.get $p)))
            (local.set $sum
              (i32.add
                (i32.add (i32.mul (local.get $r) (i32.const 299)) (i32.mul (local.get $g) (i32.const 587)))
                (i32.mul (local.get $b) (i32.const 114))))
            ;; Colour: max(r, g, b) − min(r, g, b) above 48.
            (local.set $mx (select (local.get $r) (local.get $g) (i32.gt_u (local.get $r) (local.get $g))))
            (local.set $mx (select (local.get $b) (local.get $mx) (i32.gt_u (local.get $b) (local.get $mx))))
            (local.set $mn (select (local.get $r) (local.get $g) (i32.lt_u (local.get $r) (local.get $g))))
            (local.set $mn (select (local.get $b) (local.get $mn) (i32.lt_u (local.get $b) (local.get $mn))))
            (local.set $colour
              (i32.add (local.get $colour) (i32.gt_s (i32.sub (local.get $mx) (local.get $mn)) (i32.const 48)))))
          (else (local.set $sum (i32.load8_u (i32.add (local.get $data) (local.get $i))))))
        (local.set $level (i32.shl (i32.load8_u (i32.add (local.get $background) (local.get $i))) (i32.const 2)))
        (local.set $isPaper (i32.ge_s (local.get $sum) (i32.load (i32.add (local.get $paperFrom) (local.get $level)))))
        (local.set $paper (i32.add (local.get $paper) (local.get $isPaper)))
        (local.set $mid
          (i32.add (local.get $mid)
            (i32.and
              (i32.eqz (local.get $isPaper))
              (i32.ge_s (local.get $sum) (i32.load (i32.add (local.get $midFrom) (local.get $level)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $pixels)))
    (i32.store (local.get $counts) (i32.add (i32.load (local.get $counts)) (local.get $paper)))
    (i32.store offset=4 (local.get $counts) (i32.add (i32.load offset=4 (local.get $counts)) (local.get $mid)))
    (i32.store offset=8 (local.get $counts) (i32.add (i32.load offset=8 (local.get $counts)) (local.get $colour))))

  ;; localBackground's pass (classify-page.ts): the brightest whole luma level ((sum + 500) / 1000, or the grey
  ;; level) of each block of `shrink` × `shrink` pixels into the small image at `small` (bytes, zero before),
  ;; `smallW` blocks a row; `blockOf`: the block of each column (i32).
  (func (export "brightestPerBlock")
    (param $data i32) (param $channels i32) (param $width i32) (param $height i32) (param $shrink i32)
    (param $smallW i32) (param $blockOf i32) (param $small i32)
    (local $y i32) (local $x i32) (local $row i32) (local $i i32) (local $p i32) (local $lum i32) (local $k i32)
    (block $rowsDone
      (loop $rows
        (br_if $rowsDone (i32.ge_s (local.get $y) (local.get $height)))
        (local.set $row (i32.add (local.get $small) (i32.mul (i32.div_u (local.get $y) (local.get $shrink)) (local.get $smallW))))
        (local.set $x (i32.const 0))
        (block $done
          (loop $pixels
            (br_if $done (i32.ge_s (local.get $x) (local.get $width)))
            (if (i32.eq (local.get $channels) (i32.const 3))
              (then
                (local.set $p (i32.add (local.get $data) (i32.mul (local.get $i) (i32.const 3))))
                (local.set $lum
                  (i32.div_u
                    (i32.add
                      (i32.add
                        (i32.add
                          (i32.mul (i32.load8_u (local.get $p)) (i32.const 299))
                          (i32.mul (i32.load8_u offset=1 (local.get $p)) (i32.const 587)))
                        (i32.mul (i32.load8_u offset=2 (local.get $p)) (i32.const 114)))
                      (i32.const 500))
                    (i32.const 1000))))
              (else (local.set $lum (i32.load8_u (i32.add (local.get $data) (local.get $i))))))
            (local.set $k (i32.add (local.get $row) (i32.load (i32.add (local.get $blockOf) (i32.shl (local.get $x) (i32.const 2))))))
            (if (i32.gt_u (local.get $lum) (i32.load8_u (local.get $k)))
              (then (i32.store8 (local.get $k) (local.get $lum))))
            (local.set $x (i32.add (local.get $x) (i32.const 1)))
            (local.set $i (i32.add (local.get $i) (i32.const 1)))
            (br $pixels)))
        (local.set $y (i32.add (local.get $y) (i32.const 1)))
        (br $rows))))

  ;; image-pixels.ts' toGrey: Rec. 601 luma (r·299 + g·587 + b·114 + 500) / 1000, truncated as a Uint8Array
  ;; stores it, of `n` RGB pixels at `src` into `out`, sixteen at a time. In f32: the sum is exact there
  ;; (under 2^24), and a correctly rounded quotient by 1000 never reaches the next integer (it is at least
  ;; 1/1000 away, far more than half an ulp at 256), so truncating it is the integer quotient. Reads up to 4
  ;; and writes up to 15 bytes past the ends.
  (func (export "luma") (param $src i32) (param $out i32) (param $n i32)
    (local $i i32) (local $p i32) (local $q0 v128) (local $q1 v128) (local $q2 v128) (local $q3 v128)
    (block $done
      (loop $chunks
        (br_if $done (i32.ge_s (local.get $i) (local.get $n)))
        (local.set $p (i32.add (local.get $src) (i32.mul (local.get $i) (i32.const 3))))
        (local.set $q0 (call $luma4 (v128.load (local.get $p))))
        (local.set $q1 (call $luma4 (v128.load offset=12 (local.get $p))))
        (local.set $q2 (call $luma4 (v128.load offset=24 (local.get $p))))
        (local.set $q3 (call $luma4 (v128.load offset=36 (local.get $p))))
        (v128.store (i32.add (local.get $out) (local.get $i))
          (i8x16.narrow_i16x8_u
            (i16x8.narrow_i32x4_u (local.get $q0) (local.get $q1))
            (i16x8.narrow_i32x4_u (local.get $q2) (local.get $q3))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $chunks))))

  ;; The luma (see luma) of the four RGB pixels in the first 12 bytes of `v`, as i32x4.
  (func $luma4 (param $v v128) (result v128)
    (i32x4.trunc_sat_f32x4_s
      (f32x4.div
        (f32x4.convert_i32x4_s
          (i32x4.add
            (i32x4.add
              (i32x4.add
                (i32x4.mul
                  (i8x16.swizzle (local.get $v) (v128.const i8x16 0 -1 -1 -1 3 -1 -1 -1 6 -1 -1 -1 9 -1 -1 -1))
                  (i32x4.splat (i32.const 299)))
                (i32x4.mul
                  (i8x16.swizzle (local.get $v) (v128.const i8x16 1 -1 -1 -1 4 -1 -1 -1 7 -1 -1 -1 10 -1 -1 -1))
                  (i32x4.splat (i32.const 587))))
              (i32x4.mul
                (i8x16.swizzle (local.get $v) (v128.const i8x16 2 -1 -1 -1 5 -1 -1 -1 8 -1 -1 -1 11 -1 -1 -1))
                (i32x4.splat (i32.const 114))))
            (i32x4.splat (i32.const 500))))
        (f32x4.splat (f32.const 1000)))))

  ;; validate/page-metrics.ts' blurScore sums over rows [fromRow, toRow) of the grey image at `data`, columns 1
  ;; to width − 2: for each edge pixel (squared gradient (right − left)² + (below − above)² at least 1600) the
  ;; squared 4-neighbour Laplacian and the squared gradient, and how many; eight pixels a step in i16x8, the
  ;; squares in i32, the sums in i64 (exact integers, returned as doubles: well under 2^53). Reads up to 6
  ;; bytes past the image's end.
  (func (export "edgeSums") (param $data i32) (param $width i32) (param $fromRow i32) (param $toRow i32)
    (result f64 f64 f64)
    (local $y i32) (local $x i32) (local $p i32) (local $last v128)
    (local $c v128) (local $l v128) (local $r v128) (local $u v128) (local $d v128) (local $gx v128) (local $gy v128)
    (local $lap v128) (local $g2lo v128) (local $g2hi v128) (local $mlo v128) (local $mhi v128) (local $t v128)
    (local $sumL v128) (local $sumG v128) (local $count v128)
    (local.set $y (local.get $fromRow))
    (block $rowsDone
      (loop $rows
        (br_if $rowsDone (i32.ge_s (local.get $y) (local.get $toRow)))
        (local.set $x (i32.const 1))
        (block $done
          (loop $pixels
            (br_if $done (i32.ge_s (local.get $x) (i32.sub (local.get $width) (i32.const 1))))
            (local.set $p (i32.add (local.get $data) (i32.add (i32.mul (local.get $y) (local.get $width)) (local.get $x))))
            (local.set $c (i16x8.extend_low_i8x16_u (v128.load64_zero (local.get $p))))
            (local.set $l (i16x8.extend_low_i8x16_u (v128.load64_zero (i32.sub (local.get $p) (i32.const 1)))))
            (local.set $r (i16x8.extend_low_i8x16_u (v128.load64_zero offset=1 (local.get $p))))
            (local.set $u (i16x8.extend_low_i8x16_u (v128.load64_zero (i32.sub (local.get $p) (local.get $width)))))
            (local.set $d (i16x8.extend_low_i8x16_u (v128.load64_zero (i32.add (local.get $p) (local.get $width)))))
            (local.set $gx (i16x8.sub (local.get $r) (local.get $l)))
            (local.set $gy (i16x8.sub (local.get $d) (local.get $u)))
            (local.set $g2lo
              (i32x4.add (i32x4.extmul_low_i16x8_s (local.get $gx) (local.get $gx)) (i32x4.extmul_low_i16x8_s (local.get $gy) (local.get $gy))))
            (local.set $g2hi
              (i32x4.add (i32x4.extmul_high_i16x8_s (local.get $gx) (local.get $gx)) (i32x4.extmul_high_i16x8_s (local.get $gy) (local.get $gy))))
            ;; Edge pixels among the lanes before column width − 1.
            (local.set $last (i32x4.splat (i32.sub (i32.sub (local.get $width) (i32.const 1)) (local.get $x))))
            (local.set $mlo
              (v128.and (i32x4.ge_s (local.get $g2lo) (i32x4.splat (i32.const 1600)))
                (i32x4.lt_s (v128.const i32x4 0 1 2 3) (local.get $last))))
            (local.set $mhi
              (v128.and (i32x4.ge_s (local.get $g2hi) (i32x4.splat (i32.const 1600)))
                (i32x4.lt_s (v128.const i32x4 4 5 6 7) (local.get $last))))
            (if (v128.any_true (v128.or (local.get $mlo) (local.get $mhi)))
              (then
                (local.set $lap
                  (i16x8.sub
                    (i16x8.add (i16x8.add (local.get $l) (local.get $r)) (i16x8.add (local.get $u) (local.get $d)))
                    (i16x8.shl (local.get $c) (i32.const 2))))
                (local.set $t (v128.and (i32x4.extmul_low_i16x8_s (local.get $lap) (local.get $lap)) (local.get $mlo)))
                (local.set $sumL (i64x2.add (local.get $sumL) (i64x2.extend_low_i32x4_s (local.get $t))))
                (local.set $sumL (i64x2.add (local.get $sumL) (i64x2.extend_high_i32x4_s (local.get $t))))
                (local.set $t (v128.and (i32x4.extmul_high_i16x8_s (local.get $lap) (local.get $lap)) (local.get $mhi)))
                (local.set $sumL (i64x2.add (local.get $sumL) (i64x2.extend_low_i32x4_s (local.get $t))))
                (local.set $sumL (i64x2.add (local.get $sumL) (i64x2.extend_high_i32x4_s (local.get $t))))
                (local.set $t (v128.and (local.get $g2lo) (local.get $mlo)))
                (local.set $sumG (i64x2.add (local.get $sumG) (i64x2.extend_low_i32x4_s (local.get $t))))
                (local.set $sumG (i64x2.add (local.get $sumG) (i64x2.extend_high_i32x4_s (local.get $t))))
                (local.set $t (v128.and (local.get $g2hi) (local.get $mhi)))
                (local.set $sumG (i64x2.add (local.get $sumG) (i64x2.extend_low_i32x4_s (local.get $t))))
                (local.set $sumG (i64x2.add (local.get $sumG) (i64x2.extend_high_i32x4_s (local.get $t))))
                ;; The masks are −1 per edge lane.
                (local.set $count (i32x4.sub (i32x4.sub (local.get $count) (local.get $mlo)) (local.get $mhi)))))
            (local.set $x (i32.add (local.get $x) (i32.const 8)))
            (br $pixels)))
        (local.set $y (i32.add (local.get $y) (i32.const 1)))
        (br $rows)))
    (f64.convert_i64_s (i64.add (i64x2.extract_lane 0 (local.get $sumL)) (i64x2.extract_lane 1 (local.get $sumL))))
    (f64.convert_i64_s (i64.add (i64x2.extract_lane 0 (local.get $sumG)) (i64x2.extract_lane 1 (local.get $sumG))))
    (f64.convert_i32_s
      (i32.add
        (i32.add (i32x4.extract_lane 0 (local.get $count)) (i32x4.extract_lane 1 (local.get $count)))
        (i32.add (i32x4.extract_lane 2 (local.get $count)) (i32x4.extract_lane 3 (local.get $count)))))))
