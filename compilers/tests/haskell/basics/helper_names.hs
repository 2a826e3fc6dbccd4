-- A program may name its functions as the Prelude names its own helpers, which GHC's Prelude does not
-- export (sum', zipWith', readLine, nextChar, showDigits, ...): they are the program's, with no
-- ambiguity.
sum' :: [Int] -> Int
sum' = foldr (+) 0

zipWith' :: (a -> b -> c) -> [a] -> [b] -> [c]
zipWith' f (x : xs) (y : ys) = f x y : zipWith' f xs ys
zipWith' _ _ _ = []

readLine :: String -> [String]
readLine = words

nextChar :: Char -> Char
nextChar c = succ c

showDigits :: Int -> String
showDigits n = concatMap show (reverse (digits n))
  where
    digits 0 = []
    digits k = k `mod` 10 : digits (k `div` 10)

readToken :: String -> (String, String)
readToken = span (/= ' ')

intDiv :: Int -> Int -> Int
intDiv = div

wrapAround :: Int -> Int
wrapAround n = n `mod` 7

powAcc :: Int -> Int -> Int -> Int
powAcc acc _ 0 = acc
powAcc acc b e = powAcc (acc * b) b (e - 1)

showInteger :: Integer -> String
showInteger n = "#" ++ show n

putLoop :: [String] -> IO ()
putLoop = mapM_ putStrLn

exitStatus :: Int
exitStatus = 3

main :: IO ()
main = do
  print (sum' [1, 2, 3], zipWith' (*) [1, 2, 3] [4, 5, 6 :: Int])
  print (readLine "to be or not", nextChar 'a', showDigits 1234)
  print (readToken "hello world", intDiv 17 5, wrapAround 23, powAcc 1 2 10)
  putLoop [showInteger 42, show exitStatus]
-- expect: (6,[4,10,18])
-- expect: (["to","be","or","not"],'b',"1234")
-- expect: (("hello"," world"),3,2,1024)
-- expect: #42
-- expect: 3
