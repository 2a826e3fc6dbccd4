-- More of Data.List (dropWhileEnd, unfoldr, mapAccumL/R, isSubsequenceOf, the By and generic functions) and
-- of Data.Char, and show of a 7-tuple.
import Data.List
import Data.Char (isSpace, isAsciiUpper, isAsciiLower, isLatin1, isNumber, isSeparator, isSymbol, isPunctuation)

digits :: Int -> [Int]
digits = reverse . unfoldr (\n -> if n == 0 then Nothing else Just (n `mod` 10, n `div` 10))

main :: IO ()
main = do
  putStrLn (dropWhileEnd isSpace "trail   " ++ "|")
  print (digits 12345, unfoldr (\n -> if n > 60 then Nothing else Just (n, n * 2)) 1)
  print (mapAccumL (\acc x -> (acc + x, acc + x)) 0 [1, 2, 3, 4 :: Int])
  print (mapAccumR (\acc x -> (acc + x, acc * x)) 0 [1, 2, 3 :: Int])
  print ("ace" `isSubsequenceOf` "abcde", "aec" `isSubsequenceOf` "abcde")
  print (uncons "hi", uncons "", findIndices even [1, 2, 4, 5, 6 :: Int], singleton 'x')
  print (deleteBy (\a b -> a == b + 1) 3 [1, 2, 3 :: Int], deleteFirstsBy (==) [1, 2, 3, 2] [2 :: Int])
  print (unionBy (==) [1, 2] [2, 3, 3 :: Int], intersectBy (==) [1, 2, 3] [3, 1 :: Int])
  print (foldl1' max [3, 9, 2 :: Int], scanl' (+) 0 [1, 2, 3 :: Int], take 4 (iterate' (* 3) (1 :: Int)))
  print (scanr1 (+) [1, 2, 3 :: Int], scanr1 max ([] :: [Int]))
  print (genericTake (2 :: Integer) "abc", genericDrop (1 :: Integer) "abc", genericReplicate (3 :: Integer) 'z', genericSplitAt (1 :: Integer) "ab")
  print (map isAsciiUpper "aZ", map isAsciiLower "aZ", isLatin1 'é', map isNumber "5x\178", map isSeparator " a\160", map isSymbol "+a$", map isPunctuation "!a")
-- expect: trail|
-- expect: ([1,2,3,4,5],[1,2,4,8,16,32])
-- expect: (10,[1,3,6,10])
-- expect: (6,[5,6,0])
-- expect: (True,False)
-- expect: (Just ('h',"i"),Nothing,[1,2,4],"x")
-- expect: ([1,3],[1,3,2])
-- expect: ([1,2,3],[1,3])
-- expect: (9,[0,1,3,6],[1,3,9,27])
-- expect: ([6,5,3],[])
-- expect: ("ab","bc","zzz",("a","b"))
-- expect: ([False,True],[True,False],True,[True,False,True],[True,False,True],[True,False,True],[True,False])
