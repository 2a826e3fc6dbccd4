-- Folds and scans over a list of daily temperatures: running maxima, streaks, a strict mean.
import Data.List (foldl', group, sort, maximumBy)
import Data.Ord (comparing)

temps :: [Int]
temps = [12, 15, 15, 9, 11, 18, 21, 21, 21, 17, 14, 16, 19, 19, 8]

longestRise :: [Int] -> Int
longestRise xs = maximum (0 : map length (filter (all id) (group rises))) + 1
  where rises = zipWith (<) xs (tail xs)

meanAndVariance :: [Int] -> (Double, Double)
meanAndVariance xs = (mean, var)
  where
    (n, s, sq) = foldl' (\(a, b, c) x -> let x' = fromIntegral x in a `seq` b `seq` c `seq` (a + 1, b + x', c + x' * x')) (0 :: Int, 0, 0) xs
    mean = s / fromIntegral n
    var = sq / fromIntegral n - mean * mean

mode :: [Int] -> Int
mode = head . maximumBy (comparing length) . group . sort

main :: IO ()
main = do
  print (scanl1 max temps)
  print (scanl (+) 0 (take 5 temps))
  print (scanr (+) 0 [1, 2, 3 :: Int])
  print (foldr (\x acc -> if x > 15 then x : acc else acc) [] temps)
  print (longestRise temps)
  let (m, v) = meanAndVariance temps
  putStrLn ("mean " ++ show m ++ ", variance " ++ show v)
  print (mode temps, foldl (flip (:)) [] [1, 2, 3 :: Int])
  print (takeWhile (< 20) (iterate (* 2) 1), until (> 100) (* 3) 1 :: Int)
-- expect: [12,15,15,15,15,18,21,21,21,21,21,21,21,21,21]
-- expect: [0,12,27,42,51,62]
-- expect: [6,5,3,0]
-- expect: [18,21,21,21,17,16,19,19]
-- expect: 4
-- expect: mean 15.733333333333333, variance 17.128888888888923
-- expect: (21,[3,2,1])
-- expect: ([1,2,4,8,16],243)
