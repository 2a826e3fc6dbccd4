-- A bank ledger: Either for failed transactions, a fold over commands read from input.
import qualified Data.Map as M

data Cmd = Deposit String Int | Withdraw String Int | Transfer String String Int deriving Show

parse :: String -> Maybe Cmd
parse l = case words l of
  ["deposit", who, n] -> Just (Deposit who (read n))
  ["withdraw", who, n] -> Just (Withdraw who (read n))
  ["transfer", a, b, n] -> Just (Transfer a b (read n))
  _ -> Nothing

type Bank = M.Map String Int

apply :: Bank -> Cmd -> Either String Bank
apply b (Deposit w n)
  | n <= 0 = Left ("bad amount " ++ show n)
  | otherwise = Right (M.insertWith (+) w n b)
apply b (Withdraw w n) = case M.lookup w b of
  Nothing -> Left ("no account " ++ w)
  Just bal
    | bal < n -> Left (w ++ " has only " ++ show bal)
    | otherwise -> Right (M.insert w (bal - n) b)
apply b (Transfer x y n) = apply b (Withdraw x n) >>= \b' -> apply b' (Deposit y n)

step :: (Bank, [String]) -> String -> (Bank, [String])
step (b, logs) l = case parse l of
  Nothing -> (b, logs ++ ["unreadable: " ++ show l])
  Just c -> case apply b c of
    Left err -> (b, logs ++ ["rejected " ++ show c ++ ": " ++ err])
    Right b' -> (b', logs)

main :: IO ()
main = do
  input <- getContents
  let (bank, logs) = foldl step (M.empty, []) (lines input)
  mapM_ putStrLn logs
  mapM_ (\(k, v) -> putStrLn (k ++ " " ++ show v)) (M.toList bank)
-- stdin: deposit ada 100
-- stdin: deposit charles 50
-- stdin: withdraw ada 30
-- stdin: transfer charles ada 80
-- stdin: transfer ada charles 20
-- stdin: withdraw bob 5
-- stdin: deposit bob -3
-- stdin: hello
-- expect: rejected Transfer "charles" "ada" 80: charles has only 50
-- expect: rejected Withdraw "bob" 5: no account bob
-- expect: rejected Deposit "bob" (-3): bad amount -3
-- expect: unreadable: "hello"
-- expect: ada 50
-- expect: charles 70
