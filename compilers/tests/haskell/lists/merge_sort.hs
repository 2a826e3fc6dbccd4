-- Merge sort on lists.
msort :: Ord a => [a] -> [a]
msort [] = []
msort [x] = [x]
msort xs = merge (msort left) (msort right)
  where
    (left, right) = splitAt (length xs `div` 2) xs

merge :: Ord a => [a] -> [a] -> [a]
merge [] ys = ys
merge xs [] = xs
merge (x : xs) (y : ys)
  | x <= y = x : merge xs (y : ys)
  | otherwise = y : merge (x : xs) ys

main :: IO ()
main = do
  print (msort [38, 27, 43, 3, 9, 82, 10])
  print (msort (reverse [1 .. 20]))
  print (msort ["lovelace", "babbage", "menabrea", "ada"])
-- expect: [3,9,10,27,38,43,82]
-- expect: [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20]
-- expect: ["ada","babbage","lovelace","menabrea"]
