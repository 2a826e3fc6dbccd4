-- Tuples of 8 to 15 components: GHC's Show, Eq and Ord instances go up to 15.
import Data.List (sort)

type Row = (Int, Char, Bool, String, Int, Double, Maybe Int, [Int])

rows :: [Row]
rows =
  [ (3, 'c', True, "three", -3, 3.5, Just 3, [3])
  , (1, 'a', False, "one", -1, 1.5, Nothing, [])
  , (3, 'c', True, "three", -3, 3.5, Just 2, [3, 3])
  ]

third :: Row -> Bool
third (_, _, b, _, _, _, _, _) = b

main :: IO ()
main = do
  mapM_ print (sort rows)
  print (maximum rows == head rows, map third rows)
  print ((1, 2, 3, 4, 5, 6, 7, 8, 9) < (1, 2, 3, 4, 5, 6, 7, 8, 10 :: Int))
  print ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o')
  print (compare (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1) (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 :: Int))
  print (Just (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, -11), [(True, (), "", 'x', 0, 1, 2, 3, 4, 5, 6, 7)])
-- expect: (1,'a',False,"one",-1,1.5,Nothing,[])
-- expect: (3,'c',True,"three",-3,3.5,Just 2,[3,3])
-- expect: (3,'c',True,"three",-3,3.5,Just 3,[3])
-- expect: (True,[True,False,True])
-- expect: True
-- expect: ('a','b','c','d','e','f','g','h','i','j','k','l','m','n','o')
-- expect: GT
-- expect: (Just (1,2,3,4,5,6,7,8,9,10,-11),[(True,(),"",'x',0,1,2,3,4,5,6,7)])
