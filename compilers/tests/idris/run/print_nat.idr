-- printLn of Nat values built with Z and S, and with literals. Show Nat shows the number
-- (show n = show (the Integer (natToInteger n)), libs/prelude/Prelude/Show.idr).
-- expect: 0
-- expect: 3
-- expect: 12
main : IO ()
main = do
  printLn Z
  printLn (S (S (S Z)))
  printLn (the Nat 12)
