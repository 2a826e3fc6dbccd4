-- Data.List: foldl', intercalate, isPrefixOf, and some neighbours; zip4, zipWith4, unzip4.
import Data.List (foldl', intercalate, isPrefixOf, isSuffixOf, isInfixOf, transpose, insert, delete, (\\))
import Data.List (zip4, zipWith4, unzip4)

main :: IO ()
main = do
  print (foldl' (+) 0 [1 .. 1000])
  putStrLn (intercalate ", " ["Ada", "Charles", "Luigi"])
  print ("Ana" `isPrefixOf` "Analytical", "Eng" `isPrefixOf` "Analytical")
  print ("ine" `isSuffixOf` "Engine", "lyt" `isInfixOf` "Analytical")
  print (transpose [[1, 2, 3], [4, 5, 6]])
  print (insert 4 [1, 3, 5, 7], delete 3 [1, 3, 5, 3])
  print ([1 .. 10] \\ [2, 4 .. 10])
  print (zip4 [1, 2] "ab" [True, False] [(), ()], zipWith4 (\a b c d -> a + b * c - d) [1] [2] [3] [4, 5])
  print (unzip4 [(1, 'x', "s", False), (2, 'y', "t", True)])
-- expect: 500500
-- expect: Ada, Charles, Luigi
-- expect: (True,False)
-- expect: (True,True)
-- expect: [[1,4],[2,5],[3,6]]
-- expect: ([1,3,4,5,7],[1,5,3])
-- expect: [1,3,5,7,9]
-- expect: ([(1,'a',True,()),(2,'b',False,())],[3])
-- expect: ([1,2],"xy",["s","t"],[False,True])
