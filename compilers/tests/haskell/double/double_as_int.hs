-- A Double result given where an Int is declared: round, truncate, floor or ceiling make an Int.
half :: Int -> Int
half n = fromIntegral n / 2

main :: IO ()
main = print (half 7)
-- error: 3:25: No instance for (Fractional Int) arising from a use of ‘/’
