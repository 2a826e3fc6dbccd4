-- The layout rule: a do block's statements line up; a deeper line continues the one above.
main :: IO ()
main = do
  let total = sum
        [ 1
        , 2
        , 3
        ]
  print total
  if total > 5
    then putStrLn "big"
    else putStrLn "small"
  mapM_ print
    [10, 20]
-- expect: 6
-- expect: big
-- expect: 10
-- expect: 20
