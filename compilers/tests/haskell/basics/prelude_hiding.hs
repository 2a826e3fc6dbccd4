-- A program's own versions of Prelude functions, with the Prelude's hidden; the Prelude's still reachable
-- qualified (a qualified import of its own: hiding hides the qualified names too), and the
-- program's by the module's name.
import Prelude hiding (length, lookup, (++), filter)
import qualified Prelude
import Data.List (sortBy)
import Data.Ord (comparing)

infixr 5 ++
(++) :: [a] -> [a] -> [a]
[] ++ ys = ys
(x:xs) ++ ys = x : (xs ++ ys)

length :: [a] -> Int
length = foldr (\_ n -> n + 1) 0

lookup :: String -> [(String, Int)] -> Int
lookup k kvs = case [v | (k', v) <- kvs, k' == k] of
  (v:_) -> v
  [] -> 0

filter :: (a -> Bool) -> [a] -> [a]
filter p xs = [x | x <- xs, p x]

data Shape = Circle Double | Square Double deriving (Show, Eq)

main :: IO ()
main = do
  let kvs = [("b", 2), ("a", 1)]
  print (sortBy (comparing snd) kvs)
  print (lookup "a" kvs, Main.lookup "z" kvs, Prelude.lookup "b" kvs)
  print (length "hello" + Prelude.length [1, 2, 3 :: Int])
  putStrLn ("abc" ++ "def" Prelude.++ "!")
  print (filter even [1 .. 10 :: Int])
  print (map negate [1, -2 :: Int], [Circle 1.5, Square (-2)])
  mapM_ print (take 2 [x * x | x <- [1 :: Int ..]])
-- expect: [("a",1),("b",2)]
-- expect: (1,0,Just 2)
-- expect: 8
-- expect: abcdef!
-- expect: [2,4,6,8,10]
-- expect: ([-1,2],[Circle 1.5,Square (-2.0)])
-- expect: 1
-- expect: 4
