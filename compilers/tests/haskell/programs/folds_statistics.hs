-- Folds: foldr, foldl, scanl, running statistics, and a fold building a string.
import Data.List (foldl')

mean :: [Double] -> Double
mean xs = s / fromIntegral n
  where (s, n) = foldl' (\(a, k) x -> (a + x, k + 1 :: Int)) (0, 0) xs

variance :: [Double] -> Double
variance xs = sum [(x - m) ^ 2 | x <- xs] / fromIntegral (length xs)
  where m = mean xs

main :: IO ()
main = do
  let xs = [2.5, 3.75, -1.25, 10, 0.1, 7]
  print (foldr (:) [] "fold", foldl (flip (:)) [] "fold")
  print (scanl (+) 0 [1, 2, 3, 4, 5], scanr (+) 0 [1, 2, 3], scanl1 max [3, 1, 4, 1, 5])
  print (mean xs, variance xs, sqrt (variance xs))
  print (foldr (\x acc -> show x ++ "," ++ acc) "" [1 :: Int, -2, 3])
  print (foldl (-) 100 [1, 2, 3], foldr (-) 100 [1, 2, 3])
  print (sum [0.1, 0.2, 0.3 :: Double], product [1 .. 20 :: Integer], product [1 .. 20 :: Int])
  print (and [], or [], all even [2, 4], any odd [2, 4], concatMap show [1, 2, 3 :: Int])
-- expect: ("fold","dlof")
-- expect: ([0,1,3,6,10,15],[6,5,3,0],[3,3,4,4,5])
-- expect: (3.6833333333333336,14.91388888888889,3.8618504487989807)
-- expect: "1,-2,3,"
-- expect: (94,-98)
-- expect: (0.6000000000000001,2432902008176640000,2432902008176640000)
-- expect: (True,False,True,False,"123")
