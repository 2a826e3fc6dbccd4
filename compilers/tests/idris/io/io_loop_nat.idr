-- A loop in IO by structural recursion on a Nat counter. Worked by hand.
-- expect: 3
-- expect: 2
-- expect: 1
-- expect: lift off
countdown : Nat -> IO ()
countdown Z     = putStrLn "lift off"
countdown (S k) = do
  printLn (S k)
  countdown k

main : IO ()
main = countdown 3
