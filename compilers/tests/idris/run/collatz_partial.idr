-- A partial function (the Collatz problem is open, so no checker can show it terminates) still runs.
-- Worked by hand: 27 takes 111 steps to reach 1; 6 takes 8.
-- expect: 111
-- expect: 8
partial
steps : Integer -> Integer
steps 1 = 0
steps n = 1 + steps (if mod n 2 == 0 then div n 2 else 3 * n + 1)

partial
main : IO ()
main = do
  printLn (steps 27)
  printLn (steps 6)
