-- Two lines read and cast to Integer (Cast String Integer), then added. Worked by hand: 1815 + 28.
-- stdin: 1815
-- stdin: 28
-- expect: 1843
main : IO ()
main = do
  a <- getLine
  b <- getLine
  printLn (the Integer (cast a) + cast b)
