-- Producing and consuming separately: a generator of candidates and a searcher.
perfect :: Int -> Bool
perfect n = sum [d | d <- [1 .. n `div` 2], n `mod` d == 0] == n

main :: IO ()
main = do
  print (take 2 (filter perfect [1 ..]))
  print (head (dropWhile (\n -> n * n < 2000) [1 ..]))
  print (take 3 [(a, b) | a <- [1 ..], b <- [1 .. a], a * b == 12])
-- expect: [6,28]
-- expect: 45
-- expect: [(4,3),(6,2),(12,1)]
