-- A class with an operator method and its fixity, lex, asTypeOf, until, showParen, and ioError (userError ...),
-- which stops the program with GHC's "user error (...)".
class Container f where
  empty :: f a
  insert :: a -> f a -> f a
  (+++) :: f a -> f a -> f a
  infixr 5 +++
  toList' :: f a -> [a]
  size :: f a -> Int
  size = length . toList'

newtype Box a = Box [a] deriving Show

instance Container Box where
  empty = Box []
  insert x (Box xs) = Box (x : xs)
  Box a +++ Box b = Box (a ++ b)
  toList' (Box xs) = xs

main :: IO ()
main = do
  let b = insert 1 (insert 2 empty) +++ Box [3] +++ empty :: Box Int
  print b
  print (size b, toList' b)
  print (lex " hello world", lex "123abc", lex "")
  print (asTypeOf 3 (4 :: Int), until ((> 100) . fst) (\(a, c) -> (a * 2, c + 1)) (1 :: Int, 0 :: Int))
  print (showString "ab" "cd", shows 12 "!", showParen True (shows 'x') "")
  print (curry fst 1 'x', uncurry max (3, 9), zipWith3 zip3 [[1 :: Int]] ["a"] [[True]])
  print (read "(  1 , -2 )" :: (Int, Int), read " [ ( 1 , \"a\" ) ] " :: [(Int, String)])
  print (fromEnum 'A', toEnum 66 :: Char, ['a' ..] !! 25, [10, 8 .. 1 :: Int])
  print (maximum (map length (words "the quick brown fox")), concat [[1], [2, 3 :: Int]])
  ioError (userError "custom failure")
  putStrLn "unreachable"
-- expect: Box [1,2,3]
-- expect: (3,[1,2,3])
-- expect: ([("hello"," world")],[("123","abc")],[("","")])
-- expect: (3,(128,7))
-- expect: ("abcd","12!","('x')")
-- expect: (1,9,[[(1,'a',True)]])
-- expect: ((1,-2),[(1,"a")])
-- expect: (65,'B','z',[10,8,6,4,2])
-- expect: (5,[1,2,3])
-- GHC reports on stderr: user error (custom failure)
-- expect runtime error: trap
-- expect exit: 1
