-- Data.Bits at Int (64 bits, two's complement) and Integer: and, or, xor of negative numbers too, shifts
-- past the sign bit, population counts, single bits, and the operators' fixities.
import Data.Bits

toBinary :: Int -> String
toBinary 0 = "0"
toBinary n = reverse (go n)
  where
    go 0 = ""
    go k = (if testBit k 0 then '1' else '0') : go (k `shiftR` 1)

main :: IO ()
main = do
  print (5 .&. 3 :: Int, 5 .|. 3 :: Int, xor 5 (3 :: Int), complement (0 :: Int), shiftL 1 10 :: Int)
  print ((-6) .&. 13 :: Int, (-6) .|. 13 :: Int, xor (-6) (-13) :: Int, (-6) .&. (-13) :: Int)
  print (popCount (255 :: Int), popCount (-1 :: Int), popCount (-8 :: Integer), testBit (5 :: Int) 2)
  print (shiftR (-17) 2 :: Int, shiftL 3 63 :: Int, shiftR minBound 63 :: Int, shift (1 :: Int) (-1))
  print (setBit (0 :: Int) 4, clearBit (31 :: Int) 0, complementBit (5 :: Int) 1, bit 3 :: Integer)
  print (2 ^ 70 .&. (2 ^ 70 + 5) :: Integer, xor (2 ^ 65) (-1) :: Integer, shiftR (2 ^ 80) 78 :: Integer)
  print (map toBinary [0, 5, 255], foldr xor 0 [1 .. 10 :: Int], 1 .|. 2 `shiftL` 3 .&. 7 :: Int)
  print (testBit (-1 :: Int) 63, testBit (-1 :: Integer) 100, maxBound .&. (minBound :: Int))
-- expect: (1,7,6,-1,1024)
-- expect: (8,-1,9,-14)
-- expect: (8,64,-1,True)
-- expect: (-5,-9223372036854775808,-1,0)
-- expect: (16,30,7,8)
-- expect: (1180591620717411303424,-36893488147419103233,4)
-- expect: (["0","101","11111111"],11,1)
-- expect: (True,True,0)
