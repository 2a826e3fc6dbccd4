-- A pair is a Functor in its second component (fmap over a Map's pairs).
import qualified Data.Map as M

main :: IO ()
main = do
  print (fmap (+ 1) (1 :: Int, 2 :: Int))
  print (fmap length ("k", "abc"), (+ 1) <$> ('x', 41 :: Int))
  print (map (fmap negate) (M.toList (M.fromList [("a", 1 :: Int), ("b", 2)])))
-- expect: (1,3)
-- expect: (("k",3),('x',42))
-- expect: [("a",-1),("b",-2)]
