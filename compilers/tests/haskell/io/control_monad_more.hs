-- Control.Monad's replicateM, foldM, zipWithM, filterM, join, liftM2, >=> and the rest, and Data.Function's
-- on, & and fix, Data.Functor's <&> and $>, Data.Tuple's swap, as course programs use them (replicateM n
-- getLine reads n lines).
import Control.Monad
import Data.Function (on, (&), fix)
import Data.Functor ((<&>), ($>))
import Data.Tuple (swap)
import Data.List (groupBy, sortBy)

main :: IO ()
main = do
  xs <- replicateM 2 getLine
  print xs
  s <- foldM (\acc x -> do { print x; return (acc + x) }) 0 [1, 2, 3 :: Int]
  print s
  print (replicateM 2 "ab", filterM (const [True, False]) [1, 2 :: Int])
  zipWithM_ (\i l -> putStrLn (show i ++ ": " ++ l)) [1 :: Int ..] ["x", "y"]
  r <- zipWithM (\a b -> return (a * b)) [1, 2, 3] [4, 5, 6 :: Int]
  print r
  replicateM_ 2 (putStrLn "hi")
  foldM_ (\a x -> print (a + x) >> return (a + x)) 0 [10, 20 :: Int]
  print (join [[1], [2, 3 :: Int]], join (Just (Just 'c')))
  print (liftM (+ 1) (Just 2), liftM2 (+) (Just 1) (Just (2 :: Int)))
  let safeRecip x = if x == 0 then Nothing else Just (1 / x)
      halve x = if x > 1 then Just (x / 2) else Nothing
  print ((safeRecip >=> halve) (0.25 :: Double), (halve <=< safeRecip) 4)
  void (return (3 :: Int))
  print (groupBy ((==) `on` fst) [(1, 'a'), (1, 'b'), (2, 'c') :: (Int, Char)])
  print (sortBy (compare `on` snd) [(1, 'z'), (2, 'a') :: (Int, Char)])
  print ([1, 2, 3 :: Int] & map (* 2) & sum)
  print (take 5 (fix (\rec n -> n : rec (n * 2)) (1 :: Int)))
  when (s > 5) $ putStrLn "big"
  unless (s > 5) $ putStrLn "small"
  forM_ [1, 2 :: Int] print
  n <- pure 20 <&> (* 2) <&> show
  print (n, Just 'j' $> "x", map swap [(1 :: Int, 'a')], (Just 1 <&> (+ 1)) $> 9)
-- stdin: a
-- stdin: b
-- expect: ["a","b"]
-- expect: 1
-- expect: 2
-- expect: 3
-- expect: 6
-- expect: (["aa","ab","ba","bb"],[[1,2],[1],[2],[]])
-- expect: 1: x
-- expect: 2: y
-- expect: [4,10,18]
-- expect: hi
-- expect: hi
-- expect: 10
-- expect: 30
-- expect: ([1,2,3],Just 'c')
-- expect: (Just 3,Just 3)
-- expect: (Just 2.0,Nothing)
-- expect: [[(1,'a'),(1,'b')],[(2,'c')]]
-- expect: [(2,'a'),(1,'z')]
-- expect: 12
-- expect: [1,2,4,8,16]
-- expect: big
-- expect: 1
-- expect: 2
-- expect: ("40",Just "x",[('a',1)],Just 9)
