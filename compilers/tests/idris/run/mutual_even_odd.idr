-- Mutually recursive functions in a mutual block, on Nat. Worked by hand.
-- expect: True
-- expect: False
-- expect: True
mutual
  isEven : Nat -> Bool
  isEven Z     = True
  isEven (S k) = isOdd k

  isOdd : Nat -> Bool
  isOdd Z     = False
  isOdd (S k) = isEven k

main : IO ()
main = do
  printLn (isEven 10)
  printLn (isEven 7)
  printLn (isOdd 7)
