-- A partial function on Maybe, written by hand, fails on Nothing.
unwrap :: Maybe a -> a
unwrap (Just x) = x

main :: IO ()
main = do
  print (unwrap (lookup 2 [(1, "one"), (2, "two")]))
  print (unwrap (lookup 3 [(1, "one"), (2, "two")]))
-- expect: "two"
-- GHC reports on stderr: fromjust_like.hs:3:1-19: Non-exhaustive patterns in function unwrap
-- expect runtime error: trap
-- expect exit: 1
