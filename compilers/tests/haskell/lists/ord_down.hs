-- Data.Ord's Down: a reversed order for sortOn and comparing, shown as GHC 9.0 shows it.
import Data.List (sortOn, sortBy)
import Data.Ord (comparing, Down(..), getDown)

main :: IO ()
main = do
  print (sortOn Down [3, 1, 2 :: Int])
  print (sortBy (comparing (Down . snd)) [("a", 2), ("b", 5), ("c", 1 :: Int)])
  print (Down 3 < Down (4 :: Int), compare (Down 'a') (Down 'b'), maximum (map Down "hello"))
  print (Just (Down (-2.5 :: Double)), getDown (Down "x"), [Down 1, Down (2 :: Integer)])
-- expect: [3,2,1]
-- expect: [("b",5),("a",2),("c",1)]
-- expect: (False,GT,Down 'e')
-- expect: (Just (Down (-2.5)),"x",[Down 1,Down 2])
