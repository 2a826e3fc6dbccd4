-- interact passes the whole input through a pure function.
import Data.Char (toUpper)

main :: IO ()
main = interact (map toUpper)
-- stdin: the analytical engine
-- stdin: weaves algebraical patterns
-- expect: THE ANALYTICAL ENGINE
-- expect: WEAVES ALGEBRAICAL PATTERNS
