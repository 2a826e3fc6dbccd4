-- Counting characters by class, with a fold over a string.
import Data.Char (isAlpha, toLower)

counts :: String -> (Int, Int, Int)
counts = foldr step (0, 0, 0)
  where
    step c (v, k, o)
      | toLower c `elem` "aeiou" = (v + 1, k, o)
      | isAlpha c = (v, k + 1, o)
      | otherwise = (v, k, o + 1)

main :: IO ()
main = do
  print (counts "The Analytical Engine, 1837")
  print (counts "")
-- expect: (8,11,8)
-- expect: (0,0,0)
