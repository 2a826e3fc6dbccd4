-- Constructors inside tuples and lists are not parenthesised; showsPrec puts them in context.
data C = C Int | D deriving Show

main :: IO ()
main = do
  print (C 1, D)
  print [C 1, D, C (-1)]
  print (Just [C 2])
  print (Just (C 3, D))
  putStrLn (showsPrec 11 (C 4) "")
  putStrLn (showsPrec 10 (C 4) "")
  putStrLn (shows (C 5) " and more")
-- expect: (C 1,D)
-- expect: [C 1,D,C (-1)]
-- expect: Just [C 2]
-- expect: Just (C 3,D)
-- expect: (C 4)
-- expect: C 4
-- expect: C 5 and more
