-- undefined stops the program when its value is needed.
main :: IO ()
main = do
  let pair = (1 :: Int, undefined :: Int)
  print (fst pair)
  print (snd pair)
-- expect: 1
-- GHC reports on stderr: Prelude.undefined
-- expect runtime error: trap
-- expect exit: 1
