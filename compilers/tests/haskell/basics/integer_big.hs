-- Integer arithmetic past 64 bits (well inside the Engine's 50 digits).
main :: IO ()
main = do
  let big = 2 ^ 100 :: Integer
  print big
  print (big `div` 3, big `mod` 7)
  print (product [1 .. 30 :: Integer])
  print (gcd (2 ^ 80) (6 ^ 40 :: Integer))
  print (lcm 12 18 :: Integer)
-- expect: 1267650600228229401496703205376
-- expect: (422550200076076467165567735125,2)
-- expect: 265252859812191058636308480000000
-- expect: 1099511627776
-- expect: 36
