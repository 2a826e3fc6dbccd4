-- Reverse the words of every line.
main :: IO ()
main = interact (unlines . map (unwords . reverse . words) . lines)
-- stdin: the quick brown fox
-- stdin: jumps over
-- expect: fox brown quick the
-- expect: over jumps
