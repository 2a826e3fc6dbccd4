-- An error in a where binding happens only if the binding is used.
safeRatio :: Int -> Int -> String
safeRatio a b
  | b == 0 = "no ratio"
  | otherwise = show ratio
  where
    ratio = if a < 0 then error "negative numerator" else a `div` b

main :: IO ()
main = do
  putStrLn (safeRatio 10 0)
  putStrLn (safeRatio (-10) 0)
  putStrLn (safeRatio 10 3)
  putStrLn (safeRatio (-10) 3)
-- expect: no ratio
-- expect: no ratio
-- expect: 3
-- GHC reports on stderr (`ghc -o prog error_in_where.hs`); this compiler writes the same:
--   prog: negative numerator
--   CallStack (from HasCallStack):
--     error, called at error_in_where.hs:7:27 in main:Main
-- expect runtime error: trap
-- expect exit: 1
