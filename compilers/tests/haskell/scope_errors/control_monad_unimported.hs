-- Control.Monad's when and forM_ are not the Prelude's: without the import they are not in scope.
main :: IO ()
main = do
  when True (putStrLn "x")
  forM_ [1, 2 :: Int] print
-- error: 4:3: Variable not in scope: when
-- error: 5:3: Variable not in scope: forM_
