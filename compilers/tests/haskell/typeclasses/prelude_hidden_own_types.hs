-- A teaching program's own Maybe, Either, Functor and list functions, the Prelude's hidden: the Prelude's
-- own code (show, words, sum) keeps meaning its own, and `P.` names the Prelude's through a qualified import.
import Prelude hiding (Either (..), Functor (..), Maybe (..), filter, foldr, length, lookup, map)
import qualified Prelude as P

data Maybe a = Nothing | Just a deriving (Show, Eq, Ord)

data Either a b = Left a | Right b deriving Show

class Functor f where
  fmap :: (a -> b) -> f a -> f b

instance Functor Maybe where
  fmap _ Nothing = Nothing
  fmap f (Just x) = Just (f x)

instance Functor (Either e) where
  fmap _ (Left e) = Left e
  fmap f (Right x) = Right (f x)

instance Functor [] where
  fmap = map

map :: (a -> b) -> [a] -> [b]
map _ [] = []
map f (x : xs) = f x : map f xs

filter :: (a -> Bool) -> [a] -> [a]
filter _ [] = []
filter p (x : xs)
  | p x = x : filter p xs
  | otherwise = filter p xs

foldr :: (a -> b -> b) -> b -> [a] -> b
foldr _ z [] = z
foldr f z (x : xs) = f x (foldr f z xs)

length :: [a] -> Int
length = foldr (\_ n -> n + 1) 0

lookup :: Eq k => k -> [(k, v)] -> Maybe v
lookup _ [] = Nothing
lookup k ((k', v) : rest)
  | k == k' = Just v
  | otherwise = lookup k rest

safeDiv :: Int -> Int -> Either String Int
safeDiv _ 0 = Left "divide by zero"
safeDiv a b = Right (a `div` b)

main :: IO ()
main = do
  print (map (* 2) [1, 2, 3], filter even [1 .. 10 :: Int], length "hello")
  print (lookup 2 [(1, "a"), (2, "b")], lookup 3 [(1, "a")] :: Maybe String)
  print (fmap (+ 1) (Just 41), fmap negate (Nothing :: Maybe Int), fmap show [1, 2 :: Int])
  print (fmap (* 10) (safeDiv 7 2), fmap (* 10) (safeDiv 1 0))
  print (Just 3 < Just 4, Nothing < Just 'a', Just (Just 1) == Just (Just 1))
  print (P.fmap (+ 1) (P.Just 1), P.lookup 1 [(1, 'x')], P.length (words "a b c"))
  print (sum [1 .. 10 :: Int], P.maybe 0 (+ 1) (P.Just 5), show (Main.Just 'q'))
  print (Main.length [Main.Left 1, Right 'c'])
-- expect: ([2,4,6],[2,4,6,8,10],5)
-- expect: (Just "b",Nothing)
-- expect: (Just 42,Nothing,["1","2"])
-- expect: (Right 30,Left "divide by zero")
-- expect: (True,True,True)
-- expect: (Just 2,Just 'x',3)
-- expect: (55,6,"Just 'q'")
-- expect: 2
