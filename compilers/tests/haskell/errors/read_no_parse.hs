-- read of text that is not a number fails with "no parse".
main :: IO ()
main = do
  print (read "12" + 1 :: Int)
  print (read "twelve" + 1 :: Int)
-- expect: 13
-- GHC reports on stderr: Prelude.read: no parse
-- expect runtime error: trap
-- expect exit: 1
