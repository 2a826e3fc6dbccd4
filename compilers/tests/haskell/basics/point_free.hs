-- Point-free definitions built from composition, sections and flip.
countWords :: String -> Int
countWords = length . words

sumOfSquares :: [Int] -> Int
sumOfSquares = sum . map (^ 2)

averageLength :: [String] -> Int
averageLength = uncurry div . foldr (\w (t, n) -> (t + length w, n + 1)) (0, 0)

main :: IO ()
main = do
  print (countWords "the engine weaves patterns")
  print (sumOfSquares [1 .. 10])
  print (averageLength ["mill", "store", "barrel", "card"])
  print ((flip replicate 'x' . (* 2)) 3)
  print (map (uncurry (flip (-))) [(1, 10), (5, 2)])
-- expect: 4
-- expect: 385
-- expect: 4
-- expect: "xxxxxx"
-- expect: [9,-3]
