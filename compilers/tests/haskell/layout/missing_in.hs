-- A let expression without its in is a parse error.
main :: IO ()
main = print (let x = 5 x * 2)
-- error: 3:30: parse error on input
