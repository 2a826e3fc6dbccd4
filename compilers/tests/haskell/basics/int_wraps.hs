-- Int is 64-bit and wraps around as GHC's does.
main :: IO ()
main = do
  print (maxBound :: Int)
  print (minBound :: Int)
  print ((maxBound :: Int) + 1)
  print ((2 :: Int) ^ 63)
  print ((2 :: Int) ^ 64)
  print (product [1 .. 25 :: Int])
  print (fromIntegral (maxBound :: Int) + 1 :: Integer)
-- expect: 9223372036854775807
-- expect: -9223372036854775808
-- expect: -9223372036854775808
-- expect: -9223372036854775808
-- expect: 0
-- expect: 7034535277573963776
-- expect: 9223372036854775808
