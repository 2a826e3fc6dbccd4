-- A function that examines its second argument first stops with that argument's failure when both
-- arguments fail: here a division by zero, not the first argument's error.
pick :: Int -> Int -> Int
pick a b = if b > 0 then a else 0

main :: IO ()
main = do
  let zero = length (filter (> 5) [1, 2, 3]) :: Int
  print (pick 1 2)
  print (pick (error "the first argument") (10 `div` zero))
-- expect: 1
-- GHC reports on stderr: divide by zero
-- expect runtime error: division_by_zero
-- expect exit: 1
