-- Student records: parsing lines into records, updates with record syntax, averages and letter grades.
import Data.List (sortBy, intercalate)
import Data.Ord (comparing)
import Text.Printf (printf)

data Student = Student
  { name :: String
  , scores :: [Int]
  , bonus :: Int
  } deriving (Show, Eq)

average :: Student -> Double
average s
  | null (scores s) = 0
  | otherwise = fromIntegral (sum (scores s) + bonus s) / fromIntegral (length (scores s))

grade :: Double -> Char
grade a
  | a >= 90 = 'A'
  | a >= 80 = 'B'
  | a >= 70 = 'C'
  | a >= 60 = 'D'
  | otherwise = 'F'

parseStudent :: String -> Maybe Student
parseStudent line = case words line of
  (n : rest@(_ : _)) | all (all (`elem` "0123456789")) rest -> Just (Student n (map read rest) 0)
  _ -> Nothing

main :: IO ()
main = do
  input <- getContents
  let parsed = map parseStudent (lines input)
      students = [s | Just s <- parsed]
      bad = length (filter (== Nothing) parsed)
      boosted = map (\s -> if name s == "carol" then s { bonus = 10 } else s) students
  printf "%d students, %d bad lines\n" (length students) bad
  mapM_ (\s -> printf "%-6s %6.2f %c\n" (name s) (average s) (grade (average s)))
    (sortBy (comparing (negate . average)) boosted)
  putStrLn (intercalate ", " [name s | s <- boosted, grade (average s) `elem` "AB"])
  print (head boosted)
-- stdin: alice 92 88 95
-- stdin: bob 71 64 80
-- stdin: carol 55 60 58
-- stdin: dave
-- stdin: erin 85 91 x
-- stdin: frank 100 99
-- expect: 4 students, 2 bad lines
-- expect: frank   99.50 A
-- expect: alice   91.67 A
-- expect: bob     71.67 C
-- expect: carol   61.00 D
-- expect: alice, frank
-- expect: Student {name = "alice", scores = [92,88,95], bonus = 0}
