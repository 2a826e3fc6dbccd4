-- Pairing elements with positions, and the positions of matches.
positions :: Eq a => a -> [a] -> [Int]
positions x xs = [i | (i, y) <- zip [0 ..] xs, y == x]

main :: IO ()
main = do
  print (positions 'a' "analytical engine")
  print (zip "abc" (tail "abc"))
  let (evens, odds) = unzip [(2 * i, 2 * i + 1) | i <- [0 .. 4]]
  print evens
  print odds
  print (lookup 'c' (zip ['a' ..] [1 ..]))
-- expect: [0,2,8]
-- expect: [('a','b'),('b','c')]
-- expect: [0,2,4,6,8]
-- expect: [1,3,5,7,9]
-- expect: Just 3
