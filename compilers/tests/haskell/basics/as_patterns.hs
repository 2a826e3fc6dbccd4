-- As-patterns name a whole value and its parts at once.
dupFirst :: [a] -> [a]
dupFirst all'@(x : _) = x : all'
dupFirst [] = []

suffixes :: [a] -> [[a]]
suffixes xs@(_ : rest) = xs : suffixes rest
suffixes [] = [[]]

main :: IO ()
main = do
  print (dupFirst "abc")
  print (suffixes [1, 2, 3])
-- expect: "aabc"
-- expect: [[1,2,3],[2,3],[3],[]]
