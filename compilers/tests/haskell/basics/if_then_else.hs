-- if is an expression with both branches.
describe :: Int -> String
describe n = if even n then "even" else "odd"

maxOf3 :: Int -> Int -> Int -> Int
maxOf3 a b c = if a > b then (if a > c then a else c) else (if b > c then b else c)

main :: IO ()
main = do
  putStrLn (describe 4)
  putStrLn (describe 7)
  print (maxOf3 3 9 5)
  print (if 1 < 2 && not (3 < 2) || False then 100 else 200)
-- expect: even
-- expect: odd
-- expect: 9
-- expect: 100
