-- Mutually recursive top-level functions.
isEven', isOdd' :: Int -> Bool
isEven' 0 = True
isEven' n = isOdd' (n - 1)
isOdd' 0 = False
isOdd' n = isEven' (n - 1)

main :: IO ()
main = do
  print (map isEven' [0, 1, 10, 15])
  print (map isOdd' [0, 1, 10, 15])
-- expect: [True,False,True,False]
-- expect: [False,True,False,True]
