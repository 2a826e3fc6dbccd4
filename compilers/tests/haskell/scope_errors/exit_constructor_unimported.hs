-- An import list naming ExitCode without (..) brings the type but not its constructors.
import Data.Map (fromList)
import System.Exit (ExitCode)
main :: IO ()
main = print (fromList [(1,ExitSuccess)])
-- error: 5:28: Data constructor not in scope: ExitSuccess
