-- let ... in is an expression; bindings may refer to each other.
cylinder :: Int -> Int -> Int
cylinder r h =
  let side = 2 * 3 * r * h
      top = 3 * r * r
  in side + 2 * top

main :: IO ()
main = do
  print (cylinder 2 5)
  print (let x = 3; y = x * x in x + y)
  print (let (a, b) = (10, 20) in a * b)
  let z = 4
      w = z + 1
  print (z * w)
-- expect: 84
-- expect: 12
-- expect: 200
-- expect: 20
