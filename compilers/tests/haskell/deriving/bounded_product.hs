-- Derived Bounded of a type of one constructor with fields: each field at its own bound, as GHC derives it
-- (a playing card's lowest and highest, a pair of settings, a newtype, an infix constructor).
data Suit = Hearts | Diamonds | Clubs | Spades deriving (Show, Eq, Ord, Enum, Bounded)

data Rank = Two | Three | Four | Jack | Queen | King | Ace deriving (Show, Eq, Ord, Enum, Bounded)

data Card = Card { rank :: Rank, suit :: Suit } deriving (Show, Eq, Ord, Bounded)

data Setting a = Setting a Bool deriving (Show, Bounded)

newtype Level = Level Int deriving (Show, Bounded)

data Range = Char :..: Char deriving (Show, Bounded)

fullDeck :: [Card]
fullDeck = [Card r s | s <- [minBound .. maxBound], r <- [minBound .. maxBound]]

main :: IO ()
main = do
  print (minBound :: Card)
  print (maxBound :: Card)
  print (length fullDeck, head fullDeck == minBound, last fullDeck == maxBound)
  print (filter (\c -> c > Card King Spades) fullDeck)
  print (minBound :: Setting Suit, maxBound :: Setting Rank)
  print (minBound :: Level, maxBound :: Level)
  print (minBound :: Range)
  print ((minBound, maxBound) :: (Setting Bool, Level))
-- expect: Card {rank = Two, suit = Hearts}
-- expect: Card {rank = Ace, suit = Spades}
-- expect: (28,True,True)
-- expect: [Card {rank = Ace, suit = Hearts},Card {rank = Ace, suit = Diamonds},Card {rank = Ace, suit = Clubs},Card {rank = Ace, suit = Spades}]
-- expect: (Setting Hearts False,Setting Ace True)
-- expect: (Level (-9223372036854775808),Level 9223372036854775807)
-- expect: '\NUL' :..: '\NUL'
-- expect: (Setting False False,Level 9223372036854775807)
