-- Eq and Ord implementations for a user type; sort (Data.List) uses compare. Worked by hand.
-- expect: True
-- expect: False
-- expect: [Low, Mid, High]
import Data.List

data Level = Low | Mid | High

Show Level where
  show Low  = "Low"
  show Mid  = "Mid"
  show High = "High"

rank : Level -> Integer
rank Low  = 0
rank Mid  = 1
rank High = 2

Eq Level where
  a == b = rank a == rank b

Ord Level where
  compare a b = compare (rank a) (rank b)

main : IO ()
main = do
  printLn (Mid == Mid)
  printLn (High < Low)
  printLn (sort [High, Low, Mid])
