-- Guards pick the first true condition; otherwise is True.
classify :: Int -> String
classify n
  | n < 0 = "negative"
  | n == 0 = "zero"
  | n < 10 = "small"
  | otherwise = "large"

main :: IO ()
main = mapM_ (putStrLn . classify) [-5, 0, 7, 42]
-- expect: negative
-- expect: zero
-- expect: small
-- expect: large
