-- An Ord instance by compare; sort and maximum use it.
import Data.List (sort)

data Card = Card Int String

instance Eq Card where
  Card a _ == Card b _ = a == b

instance Ord Card where
  compare (Card a _) (Card b _) = compare a b

instance Show Card where
  show (Card n s) = s ++ "#" ++ show n

main :: IO ()
main = do
  let hand = [Card 7 "seven", Card 2 "two", Card 11 "jack", Card 5 "five"]
  print (sort hand)
  print (maximum hand, minimum hand)
  print (Card 3 "x" < Card 4 "y", Card 3 "x" >= Card 3 "z")
-- expect: [two#2,five#5,seven#7,jack#11]
-- expect: (jack#11,two#2)
-- expect: (True,True)
