-- + takes two arguments of one type: an Int and a Double do not add without a conversion.
total :: Int -> Double -> Double
total n x = n + x

main :: IO ()
main = print (total 2 0.5)
-- error: 3:13: Couldn't match expected type ‘Double’ with actual type ‘Int’
