-- fromList keeps the last value for a repeated key; insertWith combines.
import qualified Data.Map as Map

main :: IO ()
main = do
  print (Map.toList (Map.fromList [("a", 1), ("b", 2), ("a", 3)]))
  let counts = foldr (\c m -> Map.insertWith (+) c (1 :: Int) m) Map.empty "mississippi"
  print (Map.toList counts)
  print (Map.toList (Map.fromListWith (++) [(1, "a"), (2, "b"), (1, "c")]))
  print (Map.toList (Map.adjust (* 10) 'p' counts))
-- expect: [("a",3),("b",2)]
-- expect: [('i',4),('m',1),('p',2),('s',4)]
-- expect: [(1,"ca"),(2,"b")]
-- expect: [('i',4),('m',1),('p',20),('s',4)]
