-- words, unwords, lines and unlines.
main :: IO ()
main = do
  print (words "  the   analytical\tengine\nweaves ")
  putStrLn (unwords ["one", "two", "three"])
  print (lines "first\nsecond\n\nfourth")
  print (lines "trailing\n")
  putStr (unlines ["a", "b"])
  print (unlines ["x", "y"])
-- expect: ["the","analytical","engine","weaves"]
-- expect: one two three
-- expect: ["first","second","","fourth"]
-- expect: ["trailing"]
-- expect: a
-- expect: b
-- expect: "x\ny\n"
