-- The Prelude's list functions written by recursion.
myLength :: [a] -> Int
myLength [] = 0
myLength (_ : xs) = 1 + myLength xs

myReverse :: [a] -> [a]
myReverse = go []
  where
    go acc [] = acc
    go acc (x : xs) = go (x : acc) xs

myZip :: [a] -> [b] -> [(a, b)]
myZip (x : xs) (y : ys) = (x, y) : myZip xs ys
myZip _ _ = []

myElem :: Eq a => a -> [a] -> Bool
myElem _ [] = False
myElem y (x : xs) = x == y || myElem y xs

myLast :: [a] -> a
myLast [x] = x
myLast (_ : xs) = myLast xs

main :: IO ()
main = do
  print (myLength "Babbage", myReverse [1, 2, 3])
  print (myZip [1, 2, 3] "ab")
  print (myElem 3 [1, 2, 3], myElem 'z' "abc")
  print (myLast [4, 5, 6])
-- expect: (7,[3,2,1])
-- expect: [(1,'a'),(2,'b')]
-- expect: (True,False)
-- expect: 6
