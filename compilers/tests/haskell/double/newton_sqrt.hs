-- Newton's method for the square root, iterated until it stops changing.
newton :: Double -> Double
newton a = go a
  where
    go x = let x' = (x + a / x) / 2 in if abs (x' - x) < 1.0e-12 then x' else go x'

main :: IO ()
main = do
  print (newton 2)
  print (newton 1.0e10)
  print (map newton [9, 0.25])
-- expect: 1.414213562373095
-- expect: 100000.0
-- expect: [3.0,0.5]
