-- interact: number the lines, upper-case the words starting with a vowel, report totals.
import Data.Char (toUpper)

shout :: String -> String
shout w@(c:_) | c `elem` "aeiouAEIOU" = map toUpper w
shout w = w

process :: String -> String
process s = unlines (zipWith line [1 :: Int ..] ls) ++ "total: " ++ show (length ls) ++ " lines\n"
  where
    ls = lines s
    line n l = show n ++ ". " ++ unwords (map shout (words l))

main :: IO ()
main = interact process
-- stdin: an engine of iron and brass
-- stdin: operating upon other things besides number
-- stdin:
-- stdin: it might act upon other things
-- expect: 1. AN ENGINE OF IRON AND brass
-- expect: 2. OPERATING UPON OTHER things besides number
-- expect: 3. 
-- expect: 4. IT might ACT UPON OTHER things
-- expect: total: 4 lines
