-- The Prelude's fixities from the Haskell 2010 report.
main :: IO ()
main = do
  print (1 + 2 * 3 ^ 2)
  print (2 * 3 `div` 2)
  print (7 - 2 - 1)
  print (1 : 2 : [3] ++ [4])
  print (1 < 2 && 2 < 3 || False)
  print (negate 2 ^ 2)
  print (- 2 ^ 2)
  print (10 `mod` 4 * 3)
  print (map (* 2) . filter even $ [1 .. 6])
  print (3 == 1 + 2)
-- expect: 19
-- expect: 3
-- expect: 4
-- expect: [1,2,3,4]
-- expect: True
-- expect: 4
-- expect: -4
-- expect: 6
-- expect: [4,8,12]
-- expect: True
