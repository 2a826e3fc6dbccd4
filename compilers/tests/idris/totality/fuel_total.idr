-- The usual way to make an open-ended search total: recurse on a fuel counter, which decreases.
-- Worked by hand: 27 reaches 1 in 111 steps, so 50 steps are not enough and 200 are.
-- expect: Nothing
-- expect: Just 111
%default total

collatzFuel : Nat -> Integer -> Maybe Integer
collatzFuel Z        _ = Nothing
collatzFuel (S fuel) n =
  if n == 1 then Just 0
  else map (+ 1) (collatzFuel fuel (if mod n 2 == 0 then div n 2 else 3 * n + 1))

main : IO ()
main = do
  printLn (collatzFuel 50 27)
  printLn (collatzFuel 200 27)
