-- Data.Either: lefts, rights, partitionEithers, isLeft, isRight, fromLeft, fromRight.
import Data.Either (lefts, rights, partitionEithers, isLeft, isRight, either, fromLeft, fromRight)

parseNum :: String -> Either String Int
parseNum s = case reads s of
  [(n, "")] -> Right n
  _ -> Left ("bad: " ++ s)

main :: IO ()
main = do
  let rs = map parseNum ["1", "x", "22", "3y", "-4"]
  print rs
  print (lefts rs)
  print (rights rs)
  print (partitionEithers rs)
  print (map isLeft rs, map isRight rs)
  print (map (either length (* 2)) rs)
  print (fromLeft "none" (head rs), fromRight 0 (head rs), fromLeft "none" (rs !! 1))
  print (sequence rs, traverse parseNum ["5", "6"])
-- expect: [Right 1,Left "bad: x",Right 22,Left "bad: 3y",Right (-4)]
-- expect: ["bad: x","bad: 3y"]
-- expect: [1,22,-4]
-- expect: (["bad: x","bad: 3y"],[1,22,-4])
-- expect: ([False,True,False,True,False],[True,False,True,False,True])
-- expect: [2,6,44,7,-8]
-- expect: ("none",1,"bad: x")
-- expect: (Left "bad: x",Right [5,6])
