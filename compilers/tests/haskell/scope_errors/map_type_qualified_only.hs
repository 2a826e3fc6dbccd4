-- Importing Data.Map qualified brings its type as M.Map only, as GHC says.
import qualified Data.Map as M
f :: Map Int Int -> Int
f = M.size
main :: IO ()
main = print (f M.empty)
-- error: 3:6: Not in scope: type constructor or class ‘Map’
