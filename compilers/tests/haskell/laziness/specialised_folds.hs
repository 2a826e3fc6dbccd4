-- Library loops given a known function or class instance (foldr (||), foldl' (+), elem at Int and Char,
-- maximum, any, all, zipWith (+)) evaluate no more than GHC's: an infinite list or an `undefined`
-- past the point where the answer is known stays unevaluated, and an error that is reached is reported.
import Data.List (foldl')

data Colour = Red | Green | Blue deriving (Show, Eq, Ord)

isBig :: Int -> Bool
isBig n = n > 100

firstOf :: Int -> Int -> Int
firstOf a _ = a

main :: IO ()
main = do
  print (foldr (||) False (map even [1, 3, 4, undefined]))
  print (foldr (&&) True (repeat False))
  print (foldr firstOf 0 [7 ..])
  print (elem 3 [1 ..])
  print (elem 'c' ('a' : 'c' : undefined))
  print (notElem 'z' "lazy evaluation")
  print (any isBig (50 : 150 : undefined), all isBig (150 : 50 : undefined))
  print (any even [], all odd [])
  print (elem Blue [Red, Green, Blue], elem Red [Green, Blue])
  print (maximum [Green, Red, Blue], minimum "evaluation")
  print (sum [1 .. 100 :: Int], product [1 .. 20 :: Integer], sum [] :: Int)
  print (foldl' (+) 0 [1 .. 10000 :: Int])
  print (foldl' max 0 [3, 9, 2 :: Int], foldl' min 10 [3, 9, 2 :: Int])
  print (zipWith (+) [1, 2, 3] [10, 20 :: Int], zipWith max "abc" "bab")
  print (foldr max 0 [4, 8, 1 :: Int], foldl (-) 100 [1, 2, 3 :: Int])
  print (take 3 (filter isBig [1, 50 ..]))
  print (length (filter even [1 .. 1000 :: Int]))
  print (foldl' (+) 0 [1, 2, error "an element that is added", 4 :: Int])
-- expect: True
-- expect: False
-- expect: 7
-- expect: True
-- expect: True
-- expect: False
-- expect: (True,False)
-- expect: (False,True)
-- expect: (True,False)
-- expect: (Blue,'a')
-- expect: (5050,2432902008176640000,0)
-- expect: 50005000
-- expect: (9,2)
-- expect: ([11,22],"bbc")
-- expect: (8,94)
-- expect: [148,197,246]
-- expect: 500
-- GHC reports on stderr (`ghc -o prog specialised_folds.hs`):
--   prog: an element that is added
--   CallStack (from HasCallStack):
--     error, called at specialised_folds.hs:33:30 in main:Main
-- expect runtime error: trap
-- expect exit: 1
