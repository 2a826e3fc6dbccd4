-- Layout: an expression continued on more indented lines, and a type signature split over lines.
-- Worked by hand: 1 + 2 + 3 + 4 = 10.
-- expect: 10
sum4 : Integer ->
       Integer ->
       Integer ->
       Integer -> Integer
sum4 a b c d =
  a + b
    + c
    + d

main : IO ()
main = printLn (sum4 1 2 3 4)
