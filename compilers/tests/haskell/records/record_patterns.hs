-- Matching on records by field names and by position.
data Account = Account {owner :: String, balance :: Integer} deriving Show

deposit :: Integer -> Account -> Account
deposit n acct@Account {balance = b} = acct {balance = b + n}

describe :: Account -> String
describe Account {owner = o, balance = b}
  | b < 0 = o ++ " is overdrawn"
  | otherwise = o ++ " has " ++ show b

isEmpty :: Account -> Bool
isEmpty (Account _ 0) = True
isEmpty _ = False

main :: IO ()
main = do
  let a = Account "Ada" 10
  print (deposit 5 a)
  putStrLn (describe a)
  putStrLn (describe (Account "Charles" (-3)))
  print (isEmpty (Account "Luigi" 0), isEmpty a)
-- expect: Account {owner = "Ada", balance = 15}
-- expect: Ada has 10
-- expect: Charles is overdrawn
-- expect: (True,False)
