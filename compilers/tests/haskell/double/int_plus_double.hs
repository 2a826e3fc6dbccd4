-- + takes two arguments of one type: an Int and a Double do not add without a conversion. GHC reports
-- the sum's mismatch (Int where Double is wanted) and then its second argument's.
total :: Int -> Double -> Double
total n x = n + x

main :: IO ()
main = print (total 2 0.5)
-- error: 4:13: Couldn't match expected type ‘Double’ with actual type ‘Int’
-- error: 4:17: Couldn't match expected type ‘Int’ with actual type ‘Double’
