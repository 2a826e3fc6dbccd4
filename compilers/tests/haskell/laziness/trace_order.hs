-- Debug.Trace shows when a value is evaluated: each trace writes its line on standard error then.
import Debug.Trace (trace, traceShow, traceShowId)

fact :: Int -> Int
fact n | trace ("fact " ++ show n) False = undefined
fact 0 = 1
fact n = n * fact (n - 1)

main :: IO ()
main = do
  let xs = map (\x -> traceShow x (x * 2)) [1, 2, 3 :: Int]
  print (fact 3)
  print (head xs)
  print (sum xs)
  print (traceShowId (length xs))
  let lazyPair = (trace "left evaluated" 'L', trace "right evaluated" 'R')
  print (fst lazyPair)
-- expect: 6
-- expect: 2
-- expect: 12
-- expect: 3
-- expect: 'L'
-- expect stderr: left evaluated
