-- Doubles in records, Eq and Ord derived over them, sorting by a Double field.
import Data.List (sortBy)

data Item = Item { name :: String, price :: Double } deriving (Show, Eq, Ord)

main :: IO ()
main = do
  let items = [Item "tea" 3.5, Item "cake" 2.25, Item "jam" 4.0]
  print (sortBy (\a b -> compare (price a) (price b)) items)
  print (sum (map price items))
  print (Item "a" 1 < Item "a" 1.5, maximum (map price items))
-- expect: [Item {name = "cake", price = 2.25},Item {name = "tea", price = 3.5},Item {name = "jam", price = 4.0}]
-- expect: 9.75
-- expect: (True,4.0)
