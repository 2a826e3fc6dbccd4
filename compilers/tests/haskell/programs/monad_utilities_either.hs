-- Control.Monad's utilities over Maybe, Either, lists and IO (foldM, zipWithM, filterM, msum, mfilter, ...),
-- a calculator's operations failing with Left.
module Main where

import Control.Monad
import Data.Maybe (fromMaybe, listToMaybe, maybeToList, isJust)
import Data.Either (lefts, rights, partitionEithers, either)
import qualified Data.Map as M

data Op = Add | Sub | Mul | Div deriving (Show, Eq, Enum, Bounded)

type Env = M.Map String Int

safeDivE :: Int -> Int -> Either String Int
safeDivE _ 0 = Left "divide by zero"
safeDivE a b = Right (a `div` b)

applyOp :: Op -> Int -> Int -> Either String Int
applyOp Add a b = Right (a + b)
applyOp Sub a b = Right (a - b)
applyOp Mul a b = Right (a * b)
applyOp Div a b = safeDivE a b

lookupAll :: Env -> [String] -> Maybe [Int]
lookupAll env = mapM (`M.lookup` env)

validateAge :: Int -> Either String Int
validateAge n = do
  when (n < 0) $ Left ("negative age " ++ show n)
  unless (n < 150) $ Left "too old"
  return n

pairs :: [a] -> [(a, a)]
pairs xs = do
  (i, x) <- zip [0 :: Int ..] xs
  (j, y) <- zip [0 ..] xs
  guard (i < j)
  return (x, y)

main :: IO ()
main = do
  let env = M.fromList [("x", 10), ("y", 0), ("z", -4)]
  print (lookupAll env ["x", "z"], lookupAll env ["x", "w"])
  print [applyOp op 12 5 | op <- [minBound .. maxBound]]
  print (foldM (\acc (op, v) -> applyOp op acc v) 100 [(Sub, 10), (Div, 3), (Mul, -2)])
  print (foldM (\acc (op, v) -> applyOp op acc v) 100 [(Sub, 10), (Div, 0), (Mul, -2)])
  print (map validateAge [30, -1, 200])
  print (partitionEithers (map validateAge [1, -2, 3, 400]))
  print (lefts [Left 'a', Right 1, Left 'b' :: Either Char Int], rights [Left 'a', Right (1 :: Int)])
  print (pairs "abcd")
  print (zipWithM safeDivE [10, 20, 30] [2, 5, 3], zipWithM safeDivE [1, 2] [1, 0])
  zipWithM_ (\i s -> putStrLn (show i ++ ") " ++ s)) [1 :: Int ..] ["first", "second", "third"]
  r <- foldM (\acc x -> do { putStrLn ("acc=" ++ show acc); return (acc + x) }) 0 [1, 2, 3 :: Int]
  print r
  print (sequence_ [Just 1, Just 2 :: Maybe Int], sequence_ [Just 1, Nothing :: Maybe Int])
  print (replicateM 2 "ab", replicateM_ 3 (Just ()), filterM (const [True, False]) [1, 2 :: Int])
  print (join [[1, 2], [3 :: Int]], join (Just (Just 'j')), msum [Nothing, Just 1, Just (2 :: Int)])
  print (liftM2 (+) (Just 3) (Just (4 :: Int)), ap [(+ 1)] [10, 20 :: Int], (>=>) (\x -> Just (x + 1)) (\y -> Just (y * 2)) (5 :: Int))
  print (listToMaybe [9, 8 :: Int], listToMaybe ([] :: [Int]), maybeToList (Just 'm'), fromMaybe 0 (M.lookup "q" env))
  print (either show (map succ) (Right "abc" :: Either Int String), isJust (mfilter even (Just (3 :: Int))))
  forM_ (M.toList env) $ \(k, v) -> when (v /= 0) $ putStrLn (k ++ "=" ++ show v)
  mapM_ print =<< mapM (return . (* 2)) [1, 2, 3 :: Int]
  print =<< foldM (\a b -> return (a * b)) 1 [1 .. 10 :: Integer]
  void (return (3 :: Int))
  print (fmap (+ 1) (Right 3 :: Either String Int), fmap (+ 1) (Left "e" :: Either String Int))
  print (do { x <- [1, 2, 3]; y <- "ab"; return (x :: Int, y) })
  print ([x | Just x <- [Just 1, Nothing, Just (3 :: Int)]], concat <$> mapM (\x -> if x > 0 then Just [x, x] else Nothing) [1, 2 :: Int])
-- expect: (Just [10,-4],Nothing)
-- expect: [Right 17,Right 7,Right 60,Right 2]
-- expect: Right (-60)
-- expect: Left "divide by zero"
-- expect: [Right 30,Left "negative age -1",Left "too old"]
-- expect: (["negative age -2","too old"],[1,3])
-- expect: ("ab",[1])
-- expect: [('a','b'),('a','c'),('a','d'),('b','c'),('b','d'),('c','d')]
-- expect: (Right [5,4,10],Left "divide by zero")
-- expect: 1) first
-- expect: 2) second
-- expect: 3) third
-- expect: acc=0
-- expect: acc=1
-- expect: acc=3
-- expect: 6
-- expect: (Just (),Nothing)
-- expect: (["aa","ab","ba","bb"],Just (),[[1,2],[1],[2],[]])
-- expect: ([1,2,3],Just 'j',Just 1)
-- expect: (Just 7,[11,21],Just 12)
-- expect: (Just 9,Nothing,"m",0)
-- expect: ("bcd",False)
-- expect: x=10
-- expect: z=-4
-- expect: 2
-- expect: 4
-- expect: 6
-- expect: 3628800
-- expect: (Right 4,Left "e")
-- expect: [(1,'a'),(1,'b'),(2,'a'),(2,'b'),(3,'a'),(3,'b')]
-- expect: ([1,3],Just [1,1,2,2])
