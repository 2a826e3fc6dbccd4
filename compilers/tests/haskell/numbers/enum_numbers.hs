-- Enum on numbers: succ, pred, toEnum, fromEnum, and ranges of Integer past 64 bits.
main :: IO ()
main = do
  print (succ 41 :: Int, pred 0 :: Integer)
  print (fromEnum 'z', toEnum 97 :: Char)
  print (take 3 [2 ^ 64 ..] :: [Integer])
  print [10 ^ 20, 10 ^ 20 + 5 .. 10 ^ 20 + 12 :: Integer]
  print (length [1 .. 10 :: Integer], sum [1, 4 .. 100 :: Int])
-- expect: (42,-1)
-- expect: (122,'a')
-- expect: [18446744073709551616,18446744073709551617,18446744073709551618]
-- expect: [100000000000000000000,100000000000000000005,100000000000000000010]
-- expect: (10,1717)
