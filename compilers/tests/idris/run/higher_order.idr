-- map, filter and foldl over a list, a lambda and an operator section. Worked by hand:
-- squares of 1..5 = [1, 4, 9, 16, 25]; the even ones [4, 16]; their sum 20.
-- expect: [1, 4, 9, 16, 25]
-- expect: [4, 16]
-- expect: 20
main : IO ()
main = do
  let squares = map (\x => x * x) (the (List Integer) [1 .. 5])
  printLn squares
  let evens = filter (\x => mod x 2 == 0) squares
  printLn evens
  printLn (foldl (+) 0 evens)
