-- A case with no alternative for the value fails at run time.
describe :: Int -> String
describe n = case n of
  0 -> "zero"
  1 -> "one"

main :: IO ()
main = do
  putStrLn (describe 0)
  putStrLn (describe 2)
-- expect: zero
-- GHC reports on stderr: non_exhaustive_case.hs:(3,14)-(5,12): Non-exhaustive patterns in case
-- expect runtime error: trap
-- expect exit: 1
