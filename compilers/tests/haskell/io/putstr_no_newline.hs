-- putStr writes without a newline; print adds one after show.
main :: IO ()
main = do
  putStr "a"
  putStr "b"
  putStrLn "c"
  putStr "multi\nline\n"
  print "quoted"
  putStrLn ""
  putStrLn "after an empty line"
-- expect: abc
-- expect: multi
-- expect: line
-- expect: "quoted"
-- expect:
-- expect: after an empty line
