-- Mutual structural recursion is total: each call takes the predecessor of the matched S k, so every
-- path from a function back to itself makes its argument smaller (Idris 2's size-change check; the
-- values worked by hand: 10 is even, 7 is odd). A pair shows as (a, b) (libs/prelude/Prelude/Show.idr).
-- expect: (True, True)
mutual
  total
  isEven : Nat -> Bool
  isEven Z = True
  isEven (S k) = isOdd k

  total
  isOdd : Nat -> Bool
  isOdd Z = False
  isOdd (S k) = isEven k

main : IO ()
main = printLn (isEven 10, isOdd 7)
