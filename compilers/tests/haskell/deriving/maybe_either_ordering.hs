-- The Prelude's derived orderings: Nothing < Just, Left < Right, LT < EQ < GT.
import Data.List (sort)

main :: IO ()
main = do
  print (sort [Just 3, Nothing, Just 1])
  print (sort [Right 'a', Left 2, Left 1, Right 'b'])
  print (sort [GT, LT, EQ])
  print (sort [(2, "b"), (1, "z"), (2, "a")])
  print (compare "abc" "abd", compare "ab" "a", max "zebra" "apple")
-- expect: [Nothing,Just 1,Just 3]
-- expect: [Left 1,Left 2,Right 'a',Right 'b']
-- expect: [LT,EQ,GT]
-- expect: [(1,"z"),(2,"a"),(2,"b")]
-- expect: (LT,GT,"zebra")
