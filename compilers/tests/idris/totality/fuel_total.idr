-- The usual way to make an open-ended search total: recurse on a fuel counter, which decreases.
-- It works on Nat with structural halving and parity, because the Prelude's div and mod are declared
-- partial in the Integral interface (libs/prelude/Prelude/Num.idr) and a total function may not call
-- them. Worked by hand: 27 reaches 1 in 111 steps, so 50 steps are not enough and 200 are.
-- expect: Nothing
-- expect: Just 111
%default total

halve : Nat -> Nat
halve (S (S k)) = S (halve k)
halve _         = Z

evenN : Nat -> Bool
evenN Z         = True
evenN (S Z)     = False
evenN (S (S k)) = evenN k

steps : Nat -> Nat -> Maybe Nat
steps Z        _ = Nothing
steps (S fuel) n =
  if n == 1 then Just 0
  else map S (steps fuel (if evenN n then halve n else 3 * n + 1))

main : IO ()
main = do
  printLn (steps 50 27)
  printLn (steps 200 27)
