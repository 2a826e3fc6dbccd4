-- Capitalise each word of the input lines with interact.
import Data.Char (toLower, toUpper)

capitalise :: String -> String
capitalise [] = []
capitalise (c : cs) = toUpper c : map toLower cs

main :: IO ()
main = interact (unlines . map (unwords . map capitalise . words) . lines)
-- stdin: the DIFFERENCE engine
-- stdin: ada lovelace's NOTES
-- expect: The Difference Engine
-- expect: Ada Lovelace's Notes
