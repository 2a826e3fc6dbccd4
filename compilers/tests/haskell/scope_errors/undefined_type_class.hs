-- An instance of a class that does not exist.
data Coin = Heads | Tails

instance Printable Coin where
  display _ = "coin"

main :: IO ()
main = putStrLn "coin"
-- error: 4:10: Not in scope: type constructor or class
