-- An RPN calculator reading commands line by line until "quit"; errors are reported and the stack kept.
import Control.Monad (unless)
import Text.Read (readMaybe)

step :: [Integer] -> String -> Either String [Integer]
step (y : x : st) "+" = Right (x + y : st)
step (y : x : st) "-" = Right (x - y : st)
step (y : x : st) "*" = Right (x * y : st)
step (y : x : st) "/"
  | y == 0 = Left "division by zero"
  | otherwise = Right (x `div` y : st)
step (x : st) "dup" = Right (x : x : st)
step (_ : st) "drop" = Right st
step (y : x : st) "swap" = Right (x : y : st)
step st tok
  | tok `elem` ["+", "-", "*", "/", "swap", "dup", "drop"] = Left ("not enough values for " ++ tok)
  | otherwise = maybe (Left ("unknown word " ++ show tok)) (\n -> Right (n : st)) (readMaybe tok)

evalLine :: [Integer] -> [String] -> Either String [Integer]
evalLine st [] = Right st
evalLine st (t : ts) = step st t >>= \st' -> evalLine st' ts

repl :: [Integer] -> IO ()
repl st = do
  line <- getLine
  unless (line == "quit") $ do
    case evalLine st (words line) of
      Left err -> do
        putStrLn ("error: " ++ err)
        repl st
      Right st' -> do
        putStrLn (unwords (map show (reverse st')))
        repl st'

main :: IO ()
main = do
  repl []
  putStrLn "bye"
-- stdin: 3 4 +
-- stdin: 5 *
-- stdin: 2 ^
-- stdin: 0 /
-- stdin: dup * 1000000000000 *
-- stdin: drop drop
-- stdin: 10 3 swap -
-- stdin: quit
-- stdin: ignored
-- expect: 7
-- expect: 35
-- expect: error: unknown word "^"
-- expect: error: division by zero
-- expect: 1225000000000000
-- expect: error: not enough values for drop
-- expect: 1225000000000000 -7
-- expect: bye
