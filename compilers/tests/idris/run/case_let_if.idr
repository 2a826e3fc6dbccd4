-- case, let and if in one function. Worked by hand: classify 0, 7 and 12.
-- expect: zero
-- expect: odd 7
-- expect: even, half 6
classify : Integer -> String
classify n =
  let half = div n 2 in
  case n of
    0 => "zero"
    _ => if mod n 2 == 0 then "even, half " ++ show half else "odd " ++ show n

main : IO ()
main = do
  putStrLn (classify 0)
  putStrLn (classify 7)
  putStrLn (classify 12)
