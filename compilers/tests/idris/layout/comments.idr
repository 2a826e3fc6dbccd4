-- Comments: line comments, nested block comments and a documentation comment (|||) are ignored.
-- Worked by hand.
-- expect: 6
{- A block comment {- with a nested one -} still a comment -}

||| Adds three numbers.
add3 : Integer -> Integer -> Integer -> Integer
add3 a b c = a + b + c -- a trailing comment

main : IO ()
main = printLn (add3 1 2 3) {- after the expression -}
