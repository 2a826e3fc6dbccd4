-- A record built without one of its fields: the field is GHC's run-time error when it is used, naming
-- the construction's span (no call stack). Checked against GHC 9.0.2 (ghc -O0).
data Config = Config
  { host :: String
  , port :: Int
  , verbose :: Bool
  }
  deriving Show

defaults :: Config
defaults = Config
  { host = "localhost"
  , port = 8080
  }

describe :: Config -> String
describe c = host c ++ ":" ++ show (port c)

main :: IO ()
main = do
  putStrLn (describe defaults)
  let quiet = defaults { verbose = False }
  print quiet
  print (verbose defaults)
-- expect: localhost:8080
-- expect: Config {host = "localhost", port = 8080, verbose = False}
-- GHC reports on stderr, then an empty line:
--   prog: record_missing_field.hs:(11,12)-(14,3): Missing field in record construction verbose
-- expect runtime error: trap
-- expect exit: 1
