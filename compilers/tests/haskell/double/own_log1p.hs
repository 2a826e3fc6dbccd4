-- With Numeric not imported, a program may define its own log1p: the Prelude's Floating hides it.
log1p :: Double -> Double
log1p x = log (1 + x)

main :: IO ()
main = print (log1p 1)
-- expect: 0.6931471805599453
