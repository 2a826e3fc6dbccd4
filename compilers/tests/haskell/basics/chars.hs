-- Char is an enumeration; show quotes and escapes it.
main :: IO ()
main = do
  print 'a'
  print '\n'
  print '\''
  print ['a' .. 'f']
  print (succ 'a', pred 'z')
  print (fromEnum 'A', toEnum 66 :: Char)
  putStrLn ['H', 'i']
  print "tab\there \"quoted\" back\\slash"
-- expect: 'a'
-- expect: '\n'
-- expect: '\''
-- expect: "abcdef"
-- expect: ('b','y')
-- expect: (65,'B')
-- expect: Hi
-- expect: "tab\there \"quoted\" back\\slash"
