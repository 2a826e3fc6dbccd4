-- Layout: if/then/else inside a do block, each branch a nested do. Worked by hand.
-- expect: big
-- expect: still big
-- expect: end
check : Integer -> IO ()
check n = do
  if n > 10
    then do
      putStrLn "big"
      putStrLn "still big"
    else putStrLn "small"
  putStrLn "end"

main : IO ()
main = check 11
