-- The list monad: do notation as nested loops.
pairsSummingTo :: Int -> [(Int, Int)]
pairsSummingTo n = do
  a <- [1 .. n]
  b <- [a .. n]
  if a + b == n then return (a, b) else []

main :: IO ()
main = do
  print (pairsSummingTo 6)
  print ([1, 2] >>= \x -> [x, x * 10])
  print (concat (mapM (const "01") [1, 2, 3]))
-- expect: [(1,5),(2,4),(3,3)]
-- expect: [1,10,2,20]
-- expect: "000001010011100101110111"
