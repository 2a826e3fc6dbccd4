-- where after guards, nested where, and case inside where.
classify :: Int -> String
classify n
  | small = "small " ++ parity
  | otherwise = "large " ++ parity
  where
    small = n < limit
      where
        limit = 10
    parity = case n `mod` 2 of
      0 -> "even"
      _ -> "odd"

main :: IO ()
main = mapM_ (putStrLn . classify) [3, 12, 8, 15]
-- expect: small odd
-- expect: large even
-- expect: small even
-- expect: large odd
