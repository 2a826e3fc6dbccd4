-- A program's own `length` and the Prelude's: every unqualified use is ambiguous (the signature and the
-- equations' left sides are not uses), as GHC reports.
length :: [a] -> Int
length [] = 0
length (_:xs) = 1 + length xs

main :: IO ()
main = print (length "abc")
-- error: 5:21: Ambiguous occurrence
-- error: 8:15: Ambiguous occurrence
