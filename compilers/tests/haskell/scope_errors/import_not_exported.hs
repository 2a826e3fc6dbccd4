-- An import list naming what the module does not export: GHC's error at the name.
import Data.List (sortBy, sortWith)

main :: IO ()
main = print (sortBy compare [3, 1, 2 :: Int])
-- error: 2:27: Module ‘Data.List’ does not export
