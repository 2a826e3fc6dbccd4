-- String escapes in literals, as putStrLn writes them and as show writes them.
main :: IO ()
main = do
  putStrLn "tab:\there"
  putStrLn "quote: \" backslash: \\"
  print "tab:\there"
  print "newline:\nend"
  print '\t'
  print "\1234"
  print "\200\&9"
  putStrLn "two\nlines"
-- expect: tab:	here
-- expect: quote: " backslash: \
-- expect: "tab:\there"
-- expect: "newline:\nend"
-- expect: '\t'
-- expect: "\1234"
-- expect: "\200\&9"
-- expect: two
-- expect: lines
