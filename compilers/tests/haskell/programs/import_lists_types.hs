-- Types from import lists: Map by its name from `import Data.Map (Map)`, Set only qualified, ExitCode's
-- constructors from `ExitCode(..)`; the program's own Queue and a type of its own named Handle.
import Data.Map (Map)
import qualified Data.Map as Map
import qualified Data.Set as S
import System.Exit (ExitCode(..), exitWith)

data Handle = Handle String Int deriving Show

type Inventory = Map String Int

stock :: Inventory
stock = Map.fromList [("apple", 3), ("pear", 0), ("plum", 7)]

available :: Inventory -> S.Set String
available inv = S.fromList [k | (k, n) <- Map.toList inv, n > 0]

status :: Inventory -> ExitCode
status inv = if Map.null inv then ExitFailure 2 else ExitSuccess

main :: IO ()
main = do
  print (available stock)
  print (Handle "h" 1)
  print (status stock, status Map.empty)
  exitWith (status (Map.filter (> 10) stock))
-- expect: fromList ["apple","plum"]
-- expect: Handle "h" 1
-- expect: (ExitSuccess,ExitFailure 2)
-- expect exit: 2
