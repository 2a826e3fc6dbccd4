-- Layout: case alternatives aligned on their own lines, one spanning two lines. Worked by hand.
-- expect: small
-- expect: large: 100
size : Integer -> String
size n = case n < 10 of
           True  => "small"
           False =>
             "large: " ++ show n

main : IO ()
main = do
  putStrLn (size 3)
  putStrLn (size 100)
