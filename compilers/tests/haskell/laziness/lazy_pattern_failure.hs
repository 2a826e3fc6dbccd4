-- A lazy pattern that does not match fails only when one of its variables is used, with GHC's message
-- naming the equation and the pattern.
firstTwo :: [Int] -> (Int, Int)
firstTwo ~(a : b : _) = (a, b)

main :: IO ()
main = do
  print (fst (firstTwo [7, 8, 9]))
  case firstTwo [7] of
    (_, _) -> putStrLn "the pair is built without matching"
  print (snd (firstTwo [7]))
-- expect: 7
-- expect: the pair is built without matching
-- GHC reports on stderr (`ghc -o prog lazy_pattern_failure.hs`); this compiler writes the same:
--   prog: lazy_pattern_failure.hs:4:1-30: Non-exhaustive patterns in a : b : _
-- expect runtime error: trap
-- expect exit: 1
