-- An average of Ints divided as Doubles: GHC checks the operator's arguments first, so the mismatch is
-- the whole division's, Int where Double is expected.
average :: [Int] -> Double
average xs = sum xs / length xs

main :: IO ()
main = print (average [1, 2, 3])
-- error: 4:14: Couldn't match expected type
