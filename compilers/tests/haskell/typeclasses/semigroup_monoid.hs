-- Semigroup and Monoid as GHC's Prelude has them: (<>) on strings and lists, Ordering's chain of
-- comparisons (through the instance for functions), Maybe and pairs, mconcat and mempty.
import Data.List (sortBy)
import Data.Ord (comparing)

data Shape = Circle Int | Square Int deriving Show

greet :: String -> String
greet name = "Hello, " <> name <> "!"

main :: IO ()
main = do
  putStrLn (greet "Ada")
  print (mconcat ["ab", "cd", "ef"], mempty :: String)
  print ([1, 2] <> [3 :: Int], mappend [4] [5 :: Int])
  print (LT <> GT, EQ <> GT, mconcat [EQ, EQ, LT], mempty :: Ordering)
  print (Just "x" <> Nothing <> Just "y", (Nothing :: Maybe String) <> Nothing)
  print (("a", [1 :: Int]) <> ("b", [2]))
  let people = [("mary", 31), ("ada", 36), ("charles", 31), ("alan", 41 :: Int)]
  print (sortBy (comparing snd <> comparing fst) people)
  print (sortBy (flip (comparing snd) <> comparing fst) people)
  print (compare 1 (2 :: Int) <> compare 'b' 'a')
  putStrLn (concatMap (\s -> show s <> ";") [Circle 1, Square 2])
-- expect: Hello, Ada!
-- expect: ("abcdef","")
-- expect: ([1,2,3],[4,5])
-- expect: (LT,GT,LT,EQ)
-- expect: (Just "xy",Nothing)
-- expect: ("ab",[1,2])
-- expect: [("charles",31),("mary",31),("ada",36),("alan",41)]
-- expect: [("alan",41),("ada",36),("charles",31),("mary",31)]
-- expect: LT
-- expect: Circle 1;Square 2;
