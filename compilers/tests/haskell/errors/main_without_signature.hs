-- A main without a type signature whose last action is `error`: GHC generalises it to `forall a. IO a`
-- and runs it as an IO action (it was an internal error of the elaboration).
check :: Int -> Bool
check n = n `mod` 7 == 3

main = do
  putStrLn "checking"
  mapM_ (print . check) [3, 10, 11]
  let bad = filter (not . check) [3, 10, 11]
  putStrLn ("failed: " ++ show bad)
  error ("check failed for " ++ show (head bad))
-- expect: checking
-- expect: True
-- expect: True
-- expect: False
-- expect: failed: [11]
-- GHC reports on stderr (`ghc -o prog main_without_signature.hs`); this compiler writes the same:
--   prog: check failed for 11
--   CallStack (from HasCallStack):
--     error, called at main_without_signature.hs:11:3 in main:Main
-- expect runtime error: trap
-- expect exit: 1
