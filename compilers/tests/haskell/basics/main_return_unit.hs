-- A main without a signature whose actions fix no monad (`return ()`, `pure ()`, a `let`): GHC takes it
-- as an IO action before it defaults the module's constraints (it was an ambiguous Monad here). Checked
-- against GHC 9.0.2: the program prints nothing and exits 0.
data Account = Account { owner :: String, balance :: Integer } deriving Show

deposit :: Integer -> Account -> Account
deposit n acc = acc { balance = balance acc + n }

main = do
  let acc = deposit 50 (Account "ada" 100)
      _unused = show acc
  pure ()
  return ()
