-- Optional fields as Maybe, defaults with maybe.
data Config = Config {host :: String, port :: Maybe Int, debug :: Bool} deriving Show

defaultConfig :: Config
defaultConfig = Config {host = "localhost", port = Nothing, debug = False}

address :: Config -> String
address c = host c ++ ":" ++ maybe "80" show (port c)

main :: IO ()
main = do
  putStrLn (address defaultConfig)
  putStrLn (address defaultConfig {port = Just 8080})
  print defaultConfig {debug = True}
-- expect: localhost:80
-- expect: localhost:8080
-- expect: Config {host = "localhost", port = Nothing, debug = True}
