-- when and traverse_ from the Prelude over a list. Worked by hand: prints the numbers over 2.
-- expect: 3
-- expect: 4
-- expect: done
main : IO ()
main = do
  traverse_ (\x => when (x > 2) (printLn x)) (the (List Integer) [1, 2, 3, 4])
  putStrLn "done"
