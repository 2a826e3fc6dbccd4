-- A do block in IO: actions in order, let bindings, putStr without a newline. Worked by hand.
-- expect: one, two
-- expect: 3
main : IO ()
main = do
  putStr "one"
  putStr ", "
  putStrLn "two"
  let n = the Integer 1 + 2
  printLn n
