-- A program's own list type, with the names the textbooks give it (which are also the names the
-- compiler's core gives Haskell's lists), beside types named Unit and Tuple2.
data List a = Nil | Cons a (List a) deriving (Show, Eq)

data Unit = Unit deriving Show

data Tuple2 a b = Tuple2 a b deriving Show

toList :: List a -> [a]
toList Nil = []
toList (Cons x xs) = x : toList xs

fromList :: [a] -> List a
fromList = foldr Cons Nil

lengthL :: List a -> Int
lengthL Nil = 0
lengthL (Cons _ xs) = 1 + lengthL xs

headL :: List a -> a
headL (Cons x _) = x

main :: IO ()
main = do
  let xs = fromList [1, 2, 3 :: Int]
  print xs
  print (toList xs, lengthL xs, xs == fromList [1, 2, 3], xs == Nil)
  print (Nil :: List Int)
  print (Unit, Tuple2 'a' [Unit])
  print (headL (Cons "x" Nil))
  print (headL (Nil :: List Int))
-- expect: Cons 1 (Cons 2 (Cons 3 Nil))
-- expect: ([1,2,3],3,True,False)
-- expect: Nil
-- expect: (Unit,Tuple2 'a' [Unit])
-- expect: "x"
-- GHC reports on stderr: own_list.hs:21:1-20: Non-exhaustive patterns in function headL
-- expect runtime error: trap
-- expect exit: 1
