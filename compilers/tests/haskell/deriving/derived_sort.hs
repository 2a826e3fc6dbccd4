-- Sorting values of a derived Ord type.
import Data.List (sort, nub)

data Rank = Two | Three | Jack | Queen | King | Ace deriving (Show, Eq, Ord, Enum, Bounded)
data Hand = Hand [Rank] deriving (Show, Eq, Ord)

main :: IO ()
main = do
  print (sort [King, Two, Ace, Jack, Two])
  print (nub (sort [Queen, Two, Queen, Three]))
  print (sort [Hand [Ace], Hand [Two, King], Hand []])
  print [minBound .. maxBound :: Rank]
-- expect: [Two,Two,Jack,King,Ace]
-- expect: [Two,Three,Queen]
-- expect: [Hand [],Hand [Two,King],Hand [Ace]]
-- expect: [Two,Three,Jack,Queen,King,Ace]
