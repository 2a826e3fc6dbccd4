-- Eq and Ord on Nat, and compare giving an Ordering, matched with case. Worked by hand.
-- expect: True
-- expect: less
-- expect: 9
order : Ordering -> String
order LT = "less"
order EQ = "equal"
order GT = "greater"

main : IO ()
main = do
  printLn (the Nat 3 == 3)
  putStrLn (order (compare (the Nat 2) 5))
  printLn (max (the Nat 4) 9)
