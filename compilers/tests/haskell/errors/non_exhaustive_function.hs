-- A function whose equations do not cover every constructor fails on the missing one.
data Colour = Red | Green | Blue deriving Show

warmth :: Colour -> String
warmth Red = "warm"
warmth Green = "cool"

main :: IO ()
main = do
  putStrLn (warmth Red)
  putStrLn (warmth Green)
  putStrLn (warmth Blue)
-- expect: warm
-- expect: cool
-- GHC reports on stderr: non_exhaustive_function.hs:(5,1)-(6,21): Non-exhaustive patterns in function warmth
-- expect runtime error: trap
-- expect exit: 1
