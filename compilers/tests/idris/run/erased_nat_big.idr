-- A Nat computation of a thousand steps: Nat is an Engine integer after erasure, so it is cheap.
-- Worked by hand: sum of 1..1000 = 500500; sumTo with an accumulator.
-- expect: 500500
sumTo : Nat -> Nat -> Nat
sumTo acc Z     = acc
sumTo acc (S k) = sumTo (acc + S k) k

main : IO ()
main = printLn (sumTo 0 1000)
