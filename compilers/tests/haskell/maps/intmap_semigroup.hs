-- Data.IntMap (a Map at Int, with IntMap's own message for a missing key), Data.Semigroup's Max and Min,
-- and System.Environment's getArgs and getProgName (no arguments; the reference's executable is named
-- "program").
import qualified Data.IntMap.Strict as IM
import Data.IntMap (IntMap)
import Data.Semigroup
import System.Environment (getArgs, getProgName)

data Level = Low | High deriving (Show, Eq)

histogram :: [Int] -> IntMap Int
histogram = foldr (\k -> IM.insertWith (+) k 1) IM.empty

main :: IO ()
main = do
  args <- getArgs
  name <- getProgName
  print (args, length args)
  putStrLn ("running " ++ name)
  let h = histogram [3, -1, 3, 2, 3, -1]
  print h
  print (IM.toList h, IM.lookup 3 h, IM.findWithDefault 0 9 h, IM.size h)
  print (IM.keys (IM.filter (> 1) h), IM.foldrWithKey (\k v acc -> k * v + acc) 0 h)
  print (Max 3 <> Max 5, Min 3 <> Min 5, getMax (foldMap Max [4, 9, 2 :: Int]))
  print (getMin (foldMap Min "semigroup"), sconcatMax [Max 'a', Max 'q', Max 'c'])
  print (Sum 3 <> Sum 4, getProduct (foldMap Product [1 .. 5 :: Int]), [Low, High])
  print (h IM.! 2)
  print (h IM.! 7)
  where
    sconcatMax = foldr1 (<>)
-- expect: ([],0)
-- expect: running program
-- expect: fromList [(-1,2),(2,1),(3,3)]
-- expect: ([(-1,2),(2,1),(3,3)],Just 3,0,3)
-- expect: ([-1,3],9)
-- expect: (Max {getMax = 5},Min {getMin = 3},9)
-- expect: ('e',Max {getMax = 'q'})
-- expect: (Sum {getSum = 7},120,[Low,High])
-- expect: 1
-- GHC reports on stderr: program: IntMap.!: key 7 is not an element of the map (and containers' call stack)
-- expect runtime error: trap
-- expect exit: 1
