-- Nested case blocks are closed by indentation.
f :: Maybe (Either Int String) -> String
f m = case m of
  Nothing -> "nothing"
  Just e -> case e of
    Left n -> "number " ++ show n
    Right s -> "string " ++ s

main :: IO ()
main = do
  putStrLn (f Nothing)
  putStrLn (f (Just (Left 3)))
  putStrLn (f (Just (Right "x")))
-- expect: nothing
-- expect: number 3
-- expect: string x
