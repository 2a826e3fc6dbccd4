-- The Prelude imported qualified, and only some of its names unqualified: `do`, arithmetic sequences,
-- negative literals and derived instances still mean the Prelude's, whatever the program calls its own.
import qualified Prelude as P
import Prelude (IO, Int, Show, Eq, print, putStrLn, show, (+), (-), (*), (==), Bool(..), Maybe(..))

data Shape = Circle Int | Rect Int Int deriving (Show, Eq)

map :: (a -> b) -> [a] -> [b]
map _ [] = []
map f (x:xs) = f x : map f xs

showString :: Int
showString = 3

showParen :: Bool
showParen = False

main :: IO ()
main = do
  let xs = [1 .. 5] :: [Int]
  print (map (* 2) xs)
  print (P.map (+ 1) xs, P.sum xs)
  print (map flipIt [Circle 3, Rect (-2) 4], Just (Circle (-1)))
  print (Main.map (+ showString) [1, 2], showParen)
  print (Circle 3 == Circle 3, Circle 3 == Rect 3 3)
  r <- P.return 5
  print (r - 1 :: Int)
  where
    flipIt (Circle r) = Circle (-r)
    flipIt s = s
-- expect: [2,4,6,8,10]
-- expect: ([2,3,4,5,6],15)
-- expect: ([Circle (-3),Rect (-2) 4],Just (Circle (-1)))
-- expect: ([4,5],False)
-- expect: (True,False)
-- expect: 4
