-- A where-bound knot: two lists defined by each other, and a value used before it is finished.
hamming :: [Integer]
hamming = 1 : merge3 (map (* 2) hamming) (map (* 3) hamming) (map (* 5) hamming)
  where
    merge3 a b c = merge a (merge b c)
    merge xx@(x : xs) yy@(y : ys)
      | x < y = x : merge xs yy
      | x > y = y : merge xx ys
      | otherwise = x : merge xs ys

evensOdds :: ([Int], [Int])
evensOdds = (evens, odds)
  where
    evens = 0 : map (+ 1) odds
    odds = map (+ 1) evens

main :: IO ()
main = do
  print (take 20 hamming)
  print (take 5 (fst evensOdds), take 5 (snd evensOdds))
-- expect: [1,2,3,4,5,6,8,9,10,12,15,16,18,20,24,25,27,30,32,36]
-- expect: ([0,2,4,6,8],[1,3,5,7,9])
