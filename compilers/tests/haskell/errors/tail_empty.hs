-- tail of an empty list is a runtime error.
main :: IO ()
main = do
  putStrLn "before"
  print (length (tail (drop 3 "abc")))
-- expect: before
-- GHC reports on stderr: Prelude.tail: empty list
-- expect runtime error: trap
-- expect exit: 1
