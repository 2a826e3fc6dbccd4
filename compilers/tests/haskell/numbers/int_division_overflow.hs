-- Int division of minBound by -1: mod and rem are 0, quotRem and divMod pair GHC's overflow error with 0,
-- div and quot stop with it; an Integer's quotient is exact.
main :: IO ()
main = do
  let m = minBound :: Int
  print (m `mod` (-1), m `rem` (-1), snd (quotRem m (-1)), snd (divMod m (-1)))
  print (quotRem (m + 1) (-1), divMod (m + 1) (-1), (-7) `div` (-1) :: Int, 7 `quot` (-1) :: Int)
  print (divMod (-7) 2 :: (Int, Int), quotRem (-7) 2 :: (Int, Int), divMod 7 (-2) :: (Int, Int))
  print (toInteger m `div` (-1), toInteger m `quotRem` (-1))
  print (m `div` (-1))
-- expect: (0,0,0,0)
-- expect: ((9223372036854775807,0),(9223372036854775807,0),7,-7)
-- expect: ((-4,1),(-3,-1),(-4,-1))
-- expect: (9223372036854775808,(9223372036854775808,0))
-- GHC reports on stderr: arithmetic overflow
-- expect runtime error: trap
-- expect exit: 1
