-- mapM_, forM_ and when from Control.Monad.
import Control.Monad (forM_, when, unless)

main :: IO ()
main = do
  mapM_ print [1, 2, 3]
  forM_ [1 .. 5] $ \i ->
    when (odd i) $ putStrLn ("odd " ++ show i)
  forM_ (zip "abc" [1 :: Int ..]) $ \(c, n) -> do
    putStr [c]
    putStrLn (replicate n '*')
  unless False (putStrLn "unless ran")
  when False (putStrLn "never")
-- expect: 1
-- expect: 2
-- expect: 3
-- expect: odd 1
-- expect: odd 3
-- expect: odd 5
-- expect: a*
-- expect: b**
-- expect: c***
-- expect: unless ran
