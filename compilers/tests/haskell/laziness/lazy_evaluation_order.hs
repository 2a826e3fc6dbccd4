-- Short-circuiting is ordinary laziness: && and || are functions.
myAnd :: Bool -> Bool -> Bool
myAnd False _ = False
myAnd True b = b

main :: IO ()
main = do
  print (False && undefined)
  print (True || undefined)
  print (myAnd False (error "not needed"))
  print (any (> 10) [1 ..])
  print (all (< 10) [1 ..])
  print (elem 99 [1, 3 ..] || elem 100 [1, 3 ..])
  print (null (repeat 'a'))
-- expect: False
-- expect: True
-- expect: False
-- expect: True
-- expect: False
-- expect: True
-- expect: False
