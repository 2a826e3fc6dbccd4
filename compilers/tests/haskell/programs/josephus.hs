-- The Josephus problem: every k-th person leaves the circle; who remains?
josephus :: Int -> Int -> [Int]
josephus n k = go [1 .. n] 0
  where
    go [] _ = []
    go people i =
      let j = (i + k - 1) `mod` length people
          (before, out : after) = splitAt j people
      in out : go (before ++ after) j

main :: IO ()
main = do
  print (josephus 7 3)
  print (last (josephus 41 3))
  print (map (\n -> last (josephus n 2)) [1 .. 16])
-- expect: [3,6,2,7,5,1,4]
-- expect: 31
-- expect: [1,1,3,1,3,5,7,1,3,5,7,9,11,13,15,1]
