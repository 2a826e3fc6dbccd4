-- An IO action defined as a function and called with different arguments; pure returns a value.
-- Worked by hand.
-- expect: * Mill
-- expect: * Store
-- expect: 2
bullet : String -> IO ()
bullet s = putStrLn ("* " ++ s)

countParts : List String -> IO Nat
countParts xs = pure (length xs)

main : IO ()
main = do
  bullet "Mill"
  bullet "Store"
  n <- countParts ["Mill", "Store"]
  printLn n
