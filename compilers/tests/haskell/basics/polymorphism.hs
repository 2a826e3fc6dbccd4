-- Polymorphic functions used at several types; let-polymorphism.
identity :: a -> a
identity x = x

pair :: a -> b -> (a, b)
pair x y = (x, y)

main :: IO ()
main = do
  print (identity 3, identity "three", identity True)
  print (pair 'x' [1, 2])
  let twice f = f . f
  print (twice (+ 1) 5, twice ('a' :) "")
  print (const 1 "ignored", flip (-) 1 10)
  print (map (uncurry (+)) [(1, 2), (3, 4)], curry fst 'p' 'q')
-- expect: (3,"three",True)
-- expect: ('x',[1,2])
-- expect: (7,"aa")
-- expect: (1,9)
-- expect: ([3,7],'p')
