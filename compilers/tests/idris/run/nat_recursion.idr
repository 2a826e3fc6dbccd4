-- Structural recursion on Nat: addition, multiplication and a power, defined here by hand.
-- Worked by hand: 3 + 4 = 7, 3 * 4 = 12, 2 ^ 10 = 1024.
-- expect: 7
-- expect: 12
-- expect: 1024
add : Nat -> Nat -> Nat
add Z     m = m
add (S k) m = S (add k m)

times : Nat -> Nat -> Nat
times Z     _ = Z
times (S k) m = add m (times k m)

power : Nat -> Nat -> Nat
power _ Z     = 1
power b (S e) = times b (power b e)

main : IO ()
main = do
  printLn (add 3 4)
  printLn (times 3 4)
  printLn (power 2 10)
