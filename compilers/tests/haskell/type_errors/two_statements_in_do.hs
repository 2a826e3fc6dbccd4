-- Two statements of one `do` block with a mismatch each: GHC reports both.
area :: Double -> Double
area r = pi * r * r

main :: IO ()
main = do
  let n = 3 :: Int
  print (area n)
  putStrLn (area 2.0)
-- error: 8:15: Couldn't match expected type
-- error: 9:13: Couldn't match expected type
