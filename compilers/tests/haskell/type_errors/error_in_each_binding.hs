-- Three bindings with an error each: GHC reports each binding's, in the order of the file.
total :: [Int] -> String
total xs = sum xs

greeting = "hello" ++ 42

isSmall :: Int -> Bool
isSmall n = if n < 10 then "yes" else False

main :: IO ()
main = do
  putStrLn (total [1, 2, 3])
  putStrLn greeting
  print (isSmall 3)
-- GHC leaves out greeting's No instance for (Num [Char]): a class constraint that cannot be solved is
-- reported only when no types failed to match.
-- error: 3:12: Couldn't match expected type
-- error: 8:28: Couldn't match expected type
