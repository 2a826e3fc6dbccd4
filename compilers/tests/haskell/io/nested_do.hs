-- do blocks inside if and case branches.
main :: IO ()
main = do
  inputs <- fmap lines getContents
  mapM_ handle inputs
  putStrLn "done"
  where
    handle l = case words l of
      ["add", a, b] -> print (read a + read b :: Int)
      ["say", w] -> do
        putStr "saying: "
        putStrLn w
      [] -> return ()
      _ -> if length l > 10
        then putStrLn "too long to understand"
        else putStrLn ("unknown: " ++ l)
-- stdin: add 2 3
-- stdin: say hello
-- stdin:
-- stdin: what is this command
-- stdin: hmm
-- expect: 5
-- expect: saying: hello
-- expect: too long to understand
-- expect: unknown: hmm
-- expect: done
