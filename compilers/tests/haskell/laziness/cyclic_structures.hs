-- A cyclic list is one cons cell that points back to itself.
ones :: [Int]
ones = 1 : ones

alternating :: [Bool]
alternating = True : False : alternating

main :: IO ()
main = do
  print (take 5 ones)
  print (sum (take 100 ones))
  print (take 5 alternating)
  print (take 7 (zipWith (\b n -> if b then n else negate n) alternating [1 ..]))
-- expect: [1,1,1,1,1]
-- expect: 100
-- expect: [True,False,True,False,True]
-- expect: [1,-2,3,-4,5,-6,7]
