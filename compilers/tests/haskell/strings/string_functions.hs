-- Strings are lists of Char: the list functions all apply.
main :: IO ()
main = do
  let s = "Analytical Engine"
  print (length s, reverse s)
  print (take 10 s, drop 11 s)
  print (filter (/= 'a') s)
  print (words s, unwords (reverse (words s)))
  print (concat ["Ada", " ", "Lovelace"])
  print (zip s [1 .. 3])
  print (s ++ "!", 'x' : s)
  print (elem 'E' s, lookup 'y' (zip s [0 ..]))
-- expect: (17,"enignE lacitylanA")
-- expect: ("Analytical","Engine")
-- expect: "Anlyticl Engine"
-- expect: (["Analytical","Engine"],"Engine Analytical")
-- expect: "Ada Lovelace"
-- expect: [('A',1),('n',2),('a',3)]
-- expect: ("Analytical Engine!","xAnalytical Engine")
-- expect: (True,Just 4)
