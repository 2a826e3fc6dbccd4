-- Integer arithmetic with the Prelude's operators and their precedences.
main :: IO ()
main = do
  print (2 + 3 * 4)
  print ((2 + 3) * 4)
  print (2 ^ 10)
  print (10 - 3 - 2)
  print (2 ^ 3 ^ 2)
  print (negate 7 + 3)
  print (abs (-12), signum (-12), signum 0, signum 5)
  print (17 `div` 5, 17 `mod` 5)
  print (subtract 3 10)
-- expect: 14
-- expect: 20
-- expect: 1024
-- expect: 5
-- expect: 512
-- expect: -4
-- expect: (12,-1,0,1)
-- expect: (3,2)
-- expect: 7
