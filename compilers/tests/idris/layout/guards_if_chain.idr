-- Layout: a chain of if/else if/else over several lines. Worked by hand.
-- expect: fizz
-- expect: buzz
-- expect: fizzbuzz
-- expect: 7
fizz : Integer -> String
fizz n =
  if mod n 15 == 0 then "fizzbuzz"
  else if mod n 3 == 0 then "fizz"
  else if mod n 5 == 0 then "buzz"
  else show n

main : IO ()
main = do
  putStrLn (fizz 9)
  putStrLn (fizz 10)
  putStrLn (fizz 30)
  putStrLn (fizz 7)
