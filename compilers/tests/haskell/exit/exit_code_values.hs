-- ExitCode is an ordinary data type: shown, compared and matched as GHC derives it; exitWith ExitSuccess
-- ends the run with 0, and ExitFailure 0 is refused (GHC's IOError, "exitWith: invalid argument").
import System.Exit

describe :: ExitCode -> String
describe ExitSuccess = "fine"
describe (ExitFailure n) = "failed with " ++ show n

main :: IO ()
main = do
  print [ExitSuccess, ExitFailure 2, ExitFailure (-1)]
  print (ExitFailure 2 == ExitFailure 2, ExitSuccess < ExitFailure 1, compare (ExitFailure 3) (ExitFailure 2))
  mapM_ (putStrLn . describe) [ExitSuccess, ExitFailure 4]
  exitWith ExitSuccess
  putStrLn "not reached"
-- expect: [ExitSuccess,ExitFailure 2,ExitFailure (-1)]
-- expect: (True,True,GT)
-- expect: fine
-- expect: failed with 4
