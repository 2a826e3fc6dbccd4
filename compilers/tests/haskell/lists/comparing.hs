-- Data.Ord's comparing with sortBy, maximumBy and minimumBy: ties keep their order (sortBy is stable,
-- maximumBy takes the last of equals, minimumBy the first).
import Data.List (sortBy, maximumBy, minimumBy)
import Data.Ord (comparing)

scores :: [(String, Int)]
scores = [("ada", 3), ("charles", 5), ("mary", 3), ("luigi", 5), ("herschel", 1)]

main :: IO ()
main = do
  print (sortBy (comparing snd) scores)
  print (sortBy (comparing (negate . snd)) scores)
  print (maximumBy (comparing snd) scores, minimumBy (comparing snd) scores)
  print (maximumBy (comparing length) (words "the analytical engine weaves algebraic patterns"))
  print (comparing fst (1 :: Int, 'a') (1, 'b'), comparing abs (-3 :: Int) 2)
-- expect: [("herschel",1),("ada",3),("mary",3),("charles",5),("luigi",5)]
-- expect: [("charles",5),("luigi",5),("ada",3),("mary",3),("herschel",1)]
-- expect: (("luigi",5),("herschel",1))
-- expect: "analytical"
-- expect: (EQ,GT)
