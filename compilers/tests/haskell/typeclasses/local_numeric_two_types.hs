-- Local functions without signatures used at two numeric types that unify: kept at one type they would
-- both be Double (9.0, 2.43290200817664e18); Haskell 2010 generalises them (NoMonoLocalBinds, GHC's
-- default), so the use at an integer literal defaults to Integer. Output checked against GHC 9.0.2.
area = (sq 3, sq 2.5)
  where
    sq x = x * x

main = do
  let square x = x * x
  print (square 3, square 2.5)
  let go 0 acc = acc
      go n acc = go (n - 1) (acc * n)
  print (go 20 1)
  print (go 3 1.5)
  print area
  let half x = x / 2
      inc x = x + 1
  print (inc 1, inc (half 3), map inc [1, 2])
  print (let twice f x = f (f x) in (twice inc 5, twice (* 2.5) 1))
-- expect: (9,6.25)
-- expect: 2432902008176640000
-- expect: 9.0
-- expect: (9,6.25)
-- expect: (2,2.5,[2,3])
-- expect: (7,6.25)
