-- getLine reads one line without its newline; a greeting is built from it. Worked by hand.
-- stdin: Ada
-- expect: Hello, Ada!
main : IO ()
main = do
  name <- getLine
  putStrLn ("Hello, " ++ name ++ "!")
