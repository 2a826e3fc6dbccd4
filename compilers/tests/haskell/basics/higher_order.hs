-- Functions that take and return functions.
applyN :: Int -> (a -> a) -> a -> a
applyN 0 _ x = x
applyN n f x = applyN (n - 1) f (f x)

adder :: Int -> (Int -> Int)
adder n = \x -> x + n

main :: IO ()
main = do
  print (applyN 5 (* 2) 1)
  print (map (adder 10) [1, 2, 3])
  print (zipWith ($) [(+ 1), (* 2), negate] [10, 20, 30])
  print (map ($ 3) [(+ 1), (* 2), (^ 2)])
  print (until (> 1000) (* 3) 1)
-- expect: 32
-- expect: [11,12,13]
-- expect: [11,40,-30]
-- expect: [4,6,9]
-- expect: 2187
