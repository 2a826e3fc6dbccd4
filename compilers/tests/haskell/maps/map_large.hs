-- A Map of a thousand keys stays balanced: lookups and ordered traversal.
-- max-steps: 150000000
import qualified Data.Map as Map

main :: IO ()
main = do
  let squares = Map.fromList [(k, k * k) | k <- [1000, 999 .. 1 :: Int]]
  print (Map.size squares)
  print (Map.lookup 500 squares, Map.lookup 1001 squares)
  print (take 5 (Map.toList squares))
  print (sum (Map.elems squares))
  print (fst <$> Map.lookupMin squares, fst <$> Map.lookupMax squares)
-- expect: 1000
-- expect: (Just 250000,Nothing)
-- expect: [(1,1),(2,4),(3,9),(4,16),(5,25)]
-- expect: 333833500
-- expect: (Just 1,Just 1000)
