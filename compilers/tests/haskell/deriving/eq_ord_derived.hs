-- Derived Eq and Ord compare constructors in declaration order, then fields left to right.
data Suit = Clubs | Diamonds | Hearts | Spades deriving (Show, Eq, Ord)
data Card = Card Int Suit deriving (Show, Eq, Ord)
data Shape = Circle Int | Rect Int Int deriving (Show, Eq, Ord)

main :: IO ()
main = do
  print (Clubs < Spades, Hearts == Hearts, compare Diamonds Clubs)
  print (Card 10 Clubs < Card 10 Hearts, Card 2 Spades < Card 3 Clubs)
  print (maximum [Card 5 Hearts, Card 12 Clubs, Card 12 Diamonds])
  print (Circle 100 < Rect 1 1, Rect 1 2 < Rect 1 3, Circle 3 == Circle 3)
  print (compare (Just 1) Nothing, compare [1, 2] [1, 2, 0])
-- expect: (True,True,GT)
-- expect: (True,True)
-- expect: Card 12 Diamonds
-- expect: (True,True,True)
-- expect: (GT,LT)
