-- read at Char and String: literals with every escape (numeric, named, \^C, gaps, \&), a String as a
-- literal or a list of characters, inside pairs, lists and Maybe; what show writes reads back.
main :: IO ()
main = do
  print (read "[(1,\"a\")]" :: [(Int, String)])
  print (read "'x'" :: Char, read " '\\n' " :: Char, read "'\\''" :: Char, read "('\\65')" :: Char)
  print (read "\"hello\\tworld\\\"!\"" :: String, read "['a','b']" :: String)
  let s = "tab\there \1234\&5 \SOH\SO\&H \DEL \\ end"
  print (read (show s) == s, read (show "") :: String)
  print (read "\"gap\\   \\ped\"" :: String, read "\"\\x41\\o102\\^C\"" :: String)
  print (read "(\"a\",'b')" :: (String, Char), read "Just \"m\"" :: Maybe String)
  print (words (read "\"a b  c\""), (read "[\"x\",\"yz\"]" :: [String]))
  print ((reads :: ReadS String) "\"ab\" rest")
-- expect: [(1,"a")]
-- expect: ('x','\n','\'','A')
-- expect: ("hello\tworld\"!","ab")
-- expect: (True,"")
-- expect: ("gapped","AB\ETX")
-- expect: (("a",'b'),Just "m")
-- expect: (["a","b","c"],["x","yz"])
-- expect: [("ab"," rest")]
