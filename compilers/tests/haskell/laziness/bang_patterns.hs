{-# LANGUAGE BangPatterns #-}
-- Bang patterns (GHC's BangPatterns, the one extension of the subset): a strict accumulator in a
-- function's equations, a lambda and a case alternative, `let !x`, and `!` in a data declaration. A
-- bang evaluates its value before the right side: the traces and the error below come out as GHC's.
-- Checked against GHC 9.0.2 (ghc -O0).
import Data.List (foldl')
import Debug.Trace (trace)
import qualified Data.Map as M

data Stats = Stats !Int !Double deriving Show

mean :: [Double] -> Double
mean = go 0 0
  where
    go :: Double -> Int -> [Double] -> Double
    go !s !n [] = s / fromIntegral n
    go !s !n (x : xs) = go (s + x) (n + 1) xs

stats :: [Double] -> Stats
stats = foldl' step (Stats 0 0)
  where step (Stats n s) x = Stats (n + 1) (s + x)

firstArg :: Int -> Int -> Int
firstArg !a _ = a

main :: IO ()
main = do
  let !total = sum [1 .. 100 :: Int]
      m = M.fromList [(1 :: Int, "one")]
  print (mean [1, 2, 3, 4], total, stats [0.5, 1.5], m M.! 1)
  print (foldl' (\ !acc v -> acc * 2 + v) 0 [1, 0, 1, 1 :: Int])
  print (case Just 5 of Just !v -> v + 1; Nothing -> 0 :: Int)
  print (firstArg 1 (error "not evaluated: no bang on the second argument"))
  print (let f !_ = "forced" in f (trace "the argument is evaluated first" ()))
  print (let !y = (error "a strict let is evaluated" :: Int) in "never printed")
-- expect: (2.5,5050,Stats 2 2.0,"one")
-- expect: 11
-- expect: 6
-- expect: 1
-- expect: "forced"
-- GHC reports on stderr: the trace line, then
--   prog: a strict let is evaluated
--   CallStack (from HasCallStack):
--     error, called at bang_patterns.hs:35:20 in main:Main
-- expect runtime error: trap
-- expect exit: 1
