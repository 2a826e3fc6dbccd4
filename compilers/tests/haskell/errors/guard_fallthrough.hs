-- Guards that are all false, with no otherwise, fall off the end of the function.
sign :: Int -> String
sign n
  | n > 0 = "positive"
  | n < 0 = "negative"

main :: IO ()
main = do
  putStrLn (sign 5)
  putStrLn (sign (-5))
  putStrLn (sign 0)
-- expect: positive
-- expect: negative
-- GHC reports on stderr: guard_fallthrough.hs:(3,1)-(5,22): Non-exhaustive patterns in function sign
-- expect runtime error: trap
-- expect exit: 1
