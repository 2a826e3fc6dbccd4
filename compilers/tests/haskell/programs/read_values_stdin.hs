-- read: numbers, lists, tuples, and a sum of numbers read from lines of input.
main :: IO ()
main = do
  print (read "42" :: Int, read "-17" :: Int, read " 3.5 " :: Double, read "1e3" :: Double)
  print (read "[1,2,3]" :: [Int], read "(1,True)" :: (Int, Bool))
  print (read "Just 5" :: Maybe Int, read "[(1,2.5),(2,-1)]" :: [(Int, Double)])
  contents <- getContents
  let nums = map read (lines contents) :: [Double]
  print (sum nums, maximum nums, minimum nums)
  print (map (round :: Double -> Integer) nums, map truncate nums :: [Int])
-- stdin: 2.5
-- stdin: -3.5
-- stdin: 10
-- stdin: 0.125
-- expect: (42,-17,3.5,1000.0)
-- expect: ([1,2,3],(1,True))
-- expect: (Just 5,[(1,2.5),(2,-1.0)])
-- expect: (9.125,10.0,-3.5)
-- expect: ([2,-4,10,0],[2,-3,10,0])
