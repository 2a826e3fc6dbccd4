-- undefined stops the program when its value is needed.
main :: IO ()
main = do
  let pair = (1 :: Int, undefined :: Int)
  print (fst pair)
  print (snd pair)
-- expect: 1
-- GHC reports on stderr (`ghc -o prog undefined_forced.hs`); this compiler writes the same:
--   prog: Prelude.undefined
--   CallStack (from HasCallStack):
--     error, called at libraries/base/GHC/Err.hs:75:14 in base:GHC.Err
--     undefined, called at undefined_forced.hs:4:25 in main:Main
-- expect runtime error: trap
-- expect exit: 1
