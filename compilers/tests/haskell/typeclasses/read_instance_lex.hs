-- A Read instance written by hand with lex and readParen, as Haskell 2010's report writes them.
data Color = Red | Green | Blue deriving (Show, Eq)

instance Read Color where
  readsPrec _ s = [(c, rest) | (w, rest) <- lex s, Just c <- [lookup w table]]
    where table = [("red", Red), ("green", Green), ("blue", Blue)]

data V2 = V2 Int Int deriving Show

instance Read V2 where
  readsPrec d = readParen (d > 10) $ \s ->
    [(V2 x y, r3) | ("<", r1) <- lex s, (x, r2) <- reads r1, (",", r2') <- lex r2, (y, r2'') <- reads r2', (">", r3) <- lex r2'']

main :: IO ()
main = do
  print (read "green" :: Color, map read (words "red blue") :: [Color])
  print (read " < 3 , -4 > " :: V2)
  print (reads "blue sky" :: [(Color, String)], reads "purple" :: [(Color, String)])
  print (read "[red,green]" :: [Color])
  print (lex "'a' rest", lex "\"str\\\"ing\" more", lex "x' = 1", lex "<= 3", lex "1.5e3x", lex "(a)")
  print (read "(<1,2>)" :: V2)
-- expect: (Green,[Red,Blue])
-- expect: V2 3 (-4)
-- expect: ([(Blue," sky")],[])
-- expect: [Red,Green]
-- expect: ([("'a'"," rest")],[("\"str\\\"ing\""," more")],[("x'"," = 1")],[("<="," 3")],[("1.5e3","x")],[("(","a)")])
-- expect: V2 1 2
