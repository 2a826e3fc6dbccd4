-- A pair is given where a triple is expected.
sum3 :: (Int, Int, Int) -> Int
sum3 (a, b, c) = a + b + c

main :: IO ()
main = print (sum3 (1, 2))
-- error: 6:20: Couldn't match expected type
