-- Reading lines until an empty one, summing them (a covering but not total loop: it recurses
-- on nothing smaller, so it is marked partial). Worked by hand: 5 + 10 + 20 = 35.
-- stdin: 5
-- stdin: 10
-- stdin: 20
-- stdin:
-- expect: 35
partial
sumLines : Integer -> IO Integer
sumLines acc = do
  line <- getLine
  if line == "" then pure acc else sumLines (acc + cast line)

partial
main : IO ()
main = do
  s <- sumLines 0
  printLn s
