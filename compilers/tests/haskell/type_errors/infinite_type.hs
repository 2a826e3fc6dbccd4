-- A list cannot contain itself as an element: the occurs check rejects x : x.
selfCons x = x : x

main :: IO ()
main = print (length (selfCons []))
-- error: 2:18: cannot construct the infinite type
