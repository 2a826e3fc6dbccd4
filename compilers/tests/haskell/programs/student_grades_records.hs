-- Students' grades: records in a list, sorting by field, average, grouping by letter.
import Data.List (sortBy, groupBy, maximumBy, minimumBy)

data Student = Student { sname :: String, score :: Int } deriving (Show, Eq)

letter :: Int -> Char
letter s | s >= 90 = 'A' | s >= 80 = 'B' | s >= 70 = 'C' | otherwise = 'F'

byScore :: Student -> Student -> Ordering
byScore a b = compare (score b) (score a)

main :: IO ()
main = do
  let ss = [Student "ada" 95, Student "bob" 72, Student "cy" 88, Student "di" 59, Student "ed" 91]
      sorted = sortBy byScore ss
  mapM_ print sorted
  print (fromIntegral (sum (map score ss)) / fromIntegral (length ss) :: Double)
  print (map (map sname) (groupBy (\a b -> letter (score a) == letter (score b)) sorted))
  print (maximumBy (\a b -> compare (score a) (score b)) ss, minimumBy (\a b -> compare (score a) (score b)) ss)
  print [(letter (score s), sname s) | s <- ss, score s > 80]
-- expect: Student {sname = "ada", score = 95}
-- expect: Student {sname = "ed", score = 91}
-- expect: Student {sname = "cy", score = 88}
-- expect: Student {sname = "bob", score = 72}
-- expect: Student {sname = "di", score = 59}
-- expect: 81.0
-- expect: [["ada","ed"],["cy"],["bob"],["di"]]
-- expect: (Student {sname = "ada", score = 95},Student {sname = "di", score = 59})
-- expect: [('A',"ada"),('B',"cy"),('A',"ed")]
