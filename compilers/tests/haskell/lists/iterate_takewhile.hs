-- iterate, takeWhile, dropWhile, span: the digits of a number in any base.
toBase :: Integer -> Integer -> [Integer]
toBase b 0 = [0]
toBase b n = reverse (map (`mod` b) (takeWhile (> 0) (iterate (`div` b) n)))

main :: IO ()
main = do
  print (toBase 2 1843)
  print (toBase 10 1843)
  print (toBase 16 65535)
  print (take 6 (iterate (* 3) 1))
  print (span (/= ' ') "Charles Babbage")
-- expect: [1,1,1,0,0,1,1,0,0,1,1]
-- expect: [1,8,4,3]
-- expect: [15,15,15,15]
-- expect: [1,3,9,27,81,243]
-- expect: ("Charles"," Babbage")
