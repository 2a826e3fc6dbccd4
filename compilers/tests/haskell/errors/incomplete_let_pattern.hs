-- A lazy pattern binding fails only when one of its variables is used.
main :: IO ()
main = do
  let (a : b : _) = [1] :: [Int]
  putStrLn "the binding itself is lazy"
  print a
  print b
-- expect: the binding itself is lazy
-- GHC reports on stderr: incomplete_let_pattern.hs:4:7-32: Non-exhaustive patterns in a : b : _
-- expect runtime error: trap
-- expect exit: 1
