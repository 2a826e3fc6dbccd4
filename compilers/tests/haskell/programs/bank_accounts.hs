-- Processing transactions from the input with a Map of balances.
import qualified Data.Map as Map

step :: Map.Map String Int -> [String] -> Either String (Map.Map String Int)
step m ["open", who] = Right (Map.insert who 0 m)
step m ["deposit", who, amt] = case Map.lookup who m of
  Nothing -> Left ("no account " ++ who)
  Just b -> Right (Map.insert who (b + read amt) m)
step m ["withdraw", who, amt] = case Map.lookup who m of
  Nothing -> Left ("no account " ++ who)
  Just b
    | b < read amt -> Left (who ++ " cannot withdraw " ++ amt)
    | otherwise -> Right (Map.insert who (b - read amt) m)
step _ ws = Left ("cannot read: " ++ unwords ws)

run :: Map.Map String Int -> [String] -> [String]
run m [] = [k ++ ": " ++ show v | (k, v) <- Map.toList m]
run m (l : ls) = case step m (words l) of
  Left err -> err : run m ls
  Right m' -> run m' ls

main :: IO ()
main = interact (unlines . run Map.empty . lines)
-- stdin: open ada
-- stdin: open charles
-- stdin: deposit ada 100
-- stdin: withdraw charles 5
-- stdin: deposit luigi 3
-- stdin: withdraw ada 30
-- stdin: close ada
-- expect: charles cannot withdraw 5
-- expect: no account luigi
-- expect: cannot read: close ada
-- expect: ada: 70
-- expect: charles: 0
