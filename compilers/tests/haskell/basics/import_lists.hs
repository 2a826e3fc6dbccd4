-- Import lists with types, constructors, operators and classes, and hiding, all as GHC accepts them.
import Data.Map (Map, fromList, toList)
import qualified Data.Map as M
import Data.Ord (Down(..), comparing)
import Control.Monad (forM_, when)
import Prelude hiding (lookup)
import Data.Char (toUpper, isDigit)
import System.Exit (ExitCode(..), exitWith)
import Data.List ((\\), nub)

m :: Map Int String
m = fromList [(1, "a")]

main :: IO ()
main = do
  print (toList m, M.size m, [1, 2, 3] \\ [2 :: Int])
  forM_ [1 :: Int] print
-- expect: ([(1,"a")],1,[1,3])
-- expect: 1
