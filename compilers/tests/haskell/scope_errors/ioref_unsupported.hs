-- Data.IORef is mutable state, outside this subset (GHC runs this program and prints 55).
import Data.IORef

main :: IO ()
main = do
  r <- newIORef (0 :: Int)
  mapM_ (\x -> modifyIORef r (+ x)) [1 .. 10]
  readIORef r >>= print
-- error: 2:1: the module ‘Data.IORef’ is not in this subset of Haskell
