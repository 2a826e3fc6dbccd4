-- maximum and minimum on tuples and strings, and a hand-written argmax.
argmax :: Ord b => (a -> b) -> [a] -> a
argmax f = foldr1 (\x y -> if f x >= f y then x else y)

main :: IO ()
main = do
  print (maximum [(2, 'a'), (3, 'b'), (3, 'a')])
  print (minimum ["engine", "mill", "store"])
  print (argmax length ["mill", "store", "card", "barrel"])
  print (argmax negate [5, 3, 9, 1])
-- expect: (3,'b')
-- expect: "engine"
-- expect: "barrel"
-- expect: 1
