-- Memoising a recursive function in a lazily built list.
ways :: Int -> Integer
ways n = table !! n
  where
    table = map count [0 ..]
    count 0 = 1
    count 1 = 1
    count k = table !! (k - 1) + table !! (k - 2)

catalans :: [Integer]
catalans = 1 : [sum (zipWith (*) (take k catalans) (reverse (take k catalans))) | k <- [1 ..]]

main :: IO ()
main = do
  print (ways 90)
  print (take 12 catalans)
-- expect: 4660046610375530309
-- expect: [1,1,2,5,14,42,132,429,1430,4862,16796,58786]
