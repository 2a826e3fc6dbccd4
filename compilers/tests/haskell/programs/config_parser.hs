-- Parsing "key = value" lines with Maybe and Either: errors carry the line number.
import Data.Char (isSpace, isDigit)
import Text.Read (readMaybe)
import qualified Data.Map as M

data Value = IntV Int | BoolV Bool | StrV String deriving (Show, Eq)

trim :: String -> String
trim = f . f where f = reverse . dropWhile isSpace

parseValue :: String -> Value
parseValue s
  | Just n <- readMaybe s = IntV n
  | s == "true" = BoolV True
  | s == "false" = BoolV False
  | otherwise = StrV s

parseLine :: (Int, String) -> Either String (Maybe (String, Value))
parseLine (n, raw)
  | null line || head line == '#' = Right Nothing
  | otherwise = case break (== '=') line of
      (k, '=' : v)
        | null (trim k) -> Left ("line " ++ show n ++ ": missing key")
        | any isSpace (trim k) -> Left ("line " ++ show n ++ ": bad key " ++ show (trim k))
        | otherwise -> Right (Just (trim k, parseValue (trim v)))
      _ -> Left ("line " ++ show n ++ ": no '=' in " ++ show line)
  where
    line = trim raw

parseConfig :: String -> Either String (M.Map String Value)
parseConfig text = do
  entries <- mapM parseLine (zip [1 ..] (lines text))
  return (M.fromList [e | Just e <- entries])

main :: IO ()
main = do
  let good = "# settings\nport = 8080\ndebug = true\n\nname = demo server\nport = 9090\n"
  case parseConfig good of
    Left err -> putStrLn ("error: " ++ err)
    Right cfg -> do
      print cfg
      print (M.lookup "port" cfg, M.lookup "missing" cfg)
  mapM_ (putStrLn . either ("error: " ++) (show . M.toList) . parseConfig)
    ["a = 1\nb 2\n", "= 3\n", "my key = 4\n", "x=-12\ny = 007\n"]
  print (all isDigit "123", readMaybe "12x" :: Maybe Int, readMaybe " 42 " :: Maybe Int)
-- expect: fromList [("debug",BoolV True),("name",StrV "demo server"),("port",IntV 9090)]
-- expect: (Just (IntV 9090),Nothing)
-- expect: error: line 2: no '=' in "b 2"
-- expect: error: line 1: missing key
-- expect: error: line 1: bad key "my key"
-- expect: [("x",IntV (-12)),("y",IntV 7)]
-- expect: (True,Nothing,Just 42)
