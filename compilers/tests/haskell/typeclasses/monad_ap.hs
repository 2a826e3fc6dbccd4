-- Control.Monad's ap applies a function inside a monad to a value inside it: Maybe, lists, IO.
-- Expected output from GHC 9.0.2 (runghc).
import Control.Monad

pairUp :: Maybe (Int, Int)
pairUp = return (,) `ap` Just 3 `ap` Just 4

main :: IO ()
main = do
  print pairUp
  print (return (+ 1) `ap` [10, 20 :: Int])
  print ([(+ 1), (* 2)] `ap` [10, 20 :: Int])
  n <- return length `ap` return "four"
  print n
  print (liftM2 (+) (Just 1) (Just (2 :: Int)), Nothing `ap` Just (1 :: Int) :: Maybe Int)
-- expect: Just (3,4)
-- expect: [11,21]
-- expect: [11,21,20,40]
-- expect: 4
-- expect: (Just 3,Nothing)
