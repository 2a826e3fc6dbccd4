-- Data.Set: building, querying and combining sets of numbers and words.
import qualified Data.Set as Set
import Data.Set (Set)

primesBelow :: Int -> Set Int
primesBelow n = Set.fromList [p | p <- [2 .. n - 1], all (\d -> p `mod` d /= 0) [2 .. p - 1]]

main :: IO ()
main = do
  let s = Set.fromList [5, 3, 8, 3, 1, 5 :: Int]
  print s
  print (Set.toList s, Set.size s, Set.null s, Set.null (Set.empty :: Set Int))
  print (Set.member 3 s, Set.member 4 s, Set.notMember 4 s)
  print (Set.insert 4 s, Set.delete 3 s, Set.delete 42 s)
  let evens = Set.fromList [0, 2 .. 10 :: Int]
  print (Set.union s evens)
  print (Set.intersection s evens)
  print (Set.difference s evens, s Set.\\ evens)
  print (Set.elems (Set.singleton 'x'), Set.toDescList s)
  print (Set.map (`div` 2) s, Set.filter odd s, Set.partition even s)
  print (Set.findMin s, Set.findMax s, Set.lookupMin (Set.empty :: Set Int), Set.lookupMax s)
  print (Set.deleteMin s, Set.deleteMax s, Set.minView s, Set.maxView (Set.empty :: Set Int))
  print (Set.isSubsetOf (Set.fromList [1, 3]) s, Set.isSubsetOf evens s)
  print (Set.foldr (:) [] s, Set.foldl (flip (:)) [] s)
  print (Set.unions [s, evens, Set.fromList [100]])
  print (primesBelow 30)
  print (Set.fromList (words "the cat and the hat and the bat"))
  print (s == Set.fromList [1, 3, 5, 8], compare s evens, Just (Set.fromList "hello"))
  print (Set.size (Set.fromList [x * x `mod` 1000 | x <- [1 .. 300 :: Int]]))
-- expect: fromList [1,3,5,8]
-- expect: ([1,3,5,8],4,False,True)
-- expect: (True,False,True)
-- expect: (fromList [1,3,4,5,8],fromList [1,5,8],fromList [1,3,5,8])
-- expect: fromList [0,1,2,3,4,5,6,8,10]
-- expect: fromList [8]
-- expect: (fromList [1,3,5],fromList [1,3,5])
-- expect: ("x",[8,5,3,1])
-- expect: (fromList [0,1,2,4],fromList [1,3,5],(fromList [8],fromList [1,3,5]))
-- expect: (1,8,Nothing,Just 8)
-- expect: (fromList [3,5,8],fromList [1,3,5],Just (1,fromList [3,5,8]),Nothing)
-- expect: (True,False)
-- expect: ([1,3,5,8],[8,5,3,1])
-- expect: fromList [0,1,2,3,4,5,6,8,10,100]
-- expect: fromList [2,3,5,7,11,13,17,19,23,29]
-- expect: fromList ["and","bat","cat","hat","the"]
-- expect: (True,GT,Just (fromList "ehlo"))
-- expect: 159
