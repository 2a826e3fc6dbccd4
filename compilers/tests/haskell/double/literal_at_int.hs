-- A literal with a point is Fractional: it cannot be an Int.
count :: Int
count = 2.5

main :: IO ()
main = print count
-- error: 3:9: No instance for (Fractional Int) arising from the literal ‘2.5’
