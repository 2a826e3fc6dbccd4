{- A block comment {- with a nested one -} before the module's code. -}
module Main where

-- a line comment
main :: IO ()
main = do
  print 1 -- after code
  print 2 {- inline -}
  putStrLn "-- not a comment"
  print ((--->) 3 4) -- an operator that starts with dashes is not a comment
  where
    (--->) a b = a * 10 + b
-- expect: 1
-- expect: 2
-- expect: -- not a comment
-- expect: 34
