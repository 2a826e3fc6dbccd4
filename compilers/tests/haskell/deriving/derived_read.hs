-- Derived Read: nullary, prefix, record and infix constructors, in parentheses, as a whole word.
data Day = Mon | Tue | Monday deriving (Show, Read, Eq)
data Shape = Circle Double | Rect Int Int | Named { label :: Int, sides :: Int } deriving (Show, Read)
data Pair a = a :& a deriving (Show, Read)
infix 4 :&
data T a = L | N (T a) a (T a) deriving (Show, Read)

main :: IO ()
main = do
  print (map read (words "Mon Tue Monday") :: [Day])
  print (read "[Circle 2.5,Rect 3 (-4), Named {label = 7, sides = 3}]" :: [Shape])
  print (read " ( Circle (-1.0e-2) ) " :: Shape)
  print (read "3 :& 4" :: Pair Int, read "N (N L 1 L) 2 L" :: T Int)
  print ((reads :: String -> [(Day, String)]) "Tuesday", (reads :: String -> [(Day, String)]) "Mon rest")
  print (read "Rect 1" :: Shape)
-- expect: [Mon,Tue,Monday]
-- expect: [Circle 2.5,Rect 3 (-4),Named {label = 7, sides = 3}]
-- expect: Circle (-1.0e-2)
-- expect: (3 :& 4,N (N L 1 L) 2 L)
-- expect: ([],[(Mon," rest")])
-- GHC reports on stderr: Prelude.read: no parse
-- expect runtime error: trap
-- expect exit: 1
