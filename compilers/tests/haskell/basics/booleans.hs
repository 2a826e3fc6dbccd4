-- Bool and its operators; and, or, any, all.
main :: IO ()
main = do
  print (True && False, True || False, not True)
  print (and [True, True], and [], or [False], or [])
  print (any even [1, 3, 5], all odd [1, 3, 5])
  print (True == False, True /= False, False < True)
  print (compare True False, max False True)
  print [minBound .. maxBound :: Bool]
-- expect: (False,True,False)
-- expect: (True,True,False,False)
-- expect: (False,True)
-- expect: (False,True,True)
-- expect: (GT,True)
-- expect: [False,True]
