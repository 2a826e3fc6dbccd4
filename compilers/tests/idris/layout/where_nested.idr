-- Layout: a where block under a clause, with its own where block, indented further. Worked by hand:
-- hyp 3 4 = 25 (sum of squares).
-- expect: 25
hyp : Integer -> Integer -> Integer
hyp a b = sq a + sq b
  where
    sq : Integer -> Integer
    sq x = twice x
      where
        twice : Integer -> Integer
        twice y = y * y

main : IO ()
main = printLn (hyp 3 4)
