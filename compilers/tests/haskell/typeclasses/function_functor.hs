-- A function is a Functor, Applicative and Monad in its result (GHC's reader instances): zip <*> tail,
-- a do block over a record's fields, sequence of functions, join, liftM2, traverse of functions.
import Control.Monad (join, liftM2)
import Data.Char (toUpper)
data Config = Config { verbose :: Bool, name :: String }

greet :: Config -> String
greet = do
  n <- name
  v <- verbose
  return (if v then "Hello, " ++ n ++ "!" else n)

main :: IO ()
main = do
  print ((zip <*> tail) [1, 2, 3 :: Int])
  print (fmap (+ 1) (* 2) (5 :: Int), ((+) <$> (* 2) <*> (+ 10)) (3 :: Int))
  putStrLn (greet (Config True "Ada"))
  putStrLn (greet (Config False "Bob"))
  print (sequence [(+ 1), (* 2), subtract 3] (10 :: Int))
  print (join (+) (7 :: Int), liftM2 (&&) even (> 10) (12 :: Int))
  print (traverse (\f -> f) [map toUpper, reverse] "abc")
  print ((fmap . fmap) (+ 1) [Just 1, Nothing :: Maybe Int])
  print (((,) <$> fst <*> snd) (1 :: Int, 'x'), (pure 5 :: Int -> Int) 99)
  print ((length >>= \n -> \xs -> take (n `div` 2) xs) "abcdef")
-- expect: [(1,2),(2,3)]
-- expect: (11,19)
-- expect: Hello, Ada!
-- expect: Bob
-- expect: [11,20,7]
-- expect: (14,True)
-- expect: ["ABC","cba"]
-- expect: [Just 2,Nothing]
-- expect: ((1,'x'),5)
-- expect: "abc"
