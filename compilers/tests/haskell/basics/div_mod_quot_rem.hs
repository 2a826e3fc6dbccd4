-- div and mod round towards negative infinity; quot and rem towards zero.
main :: IO ()
main = do
  print (7 `div` 2, 7 `mod` 2, 7 `quot` 2, 7 `rem` 2)
  print ((-7) `div` 2, (-7) `mod` 2, (-7) `quot` 2, (-7) `rem` 2)
  print (7 `div` (-2), 7 `mod` (-2), 7 `quot` (-2), 7 `rem` (-2))
  print ((-7) `div` (-2), (-7) `mod` (-2), (-7) `quot` (-2), (-7) `rem` (-2))
  print (divMod 23 5, quotRem (-23) 5)
-- expect: (3,1,3,1)
-- expect: (-4,1,-3,-1)
-- expect: (-4,-1,-3,1)
-- expect: (3,-1,3,-1)
-- expect: ((4,3),(-4,-3))
