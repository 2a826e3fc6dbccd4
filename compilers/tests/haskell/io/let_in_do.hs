-- let inside do binds pure values; several bindings in one let block.
main :: IO ()
main = do
  line <- getLine
  let ws = words line
      n = length ws
      longest = foldr (\w b -> if length w >= length b then w else b) "" ws
  putStrLn (show n ++ " words")
  putStrLn ("longest: " ++ longest)
  let shout s = s ++ "!"
  putStrLn (shout longest)
-- stdin: the engine can weave algebraical patterns
-- expect: 6 words
-- expect: longest: algebraical
-- expect: algebraical!
