-- sort needs Ord on the elements; a type that derives only Eq has none.
import Data.List (sort)

data Coin = Heads | Tails deriving (Eq, Show)

main :: IO ()
main = print (sort [Tails, Heads])
-- error: 7:15: No instance for (Ord Coin)
