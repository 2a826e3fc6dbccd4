-- showHex of a negative number stops the program as GHC's does (Numeric.showIntAtBase: applied to
-- negative number -5), after the output before it.
import Numeric (showHex)

main :: IO ()
main = do
  putStrLn (showHex (255 :: Int) "")
  putStrLn (showHex (-5 :: Int) "")
-- expect: ff
-- expect runtime error: trap
-- expect exit: 1
