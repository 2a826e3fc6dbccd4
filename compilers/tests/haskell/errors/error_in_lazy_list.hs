-- An error inside a list appears only when that element is printed; earlier output stays.
main :: IO ()
main = do
  let xs = [1, 2, error "element three", 4] :: [Int]
  print (length xs)
  print (take 2 xs)
  mapM_ print xs
-- expect: 4
-- expect: [1,2]
-- expect: 1
-- expect: 2
-- GHC reports on stderr (`ghc -o prog error_in_lazy_list.hs`); this compiler writes the same:
--   prog: element three
--   CallStack (from HasCallStack):
--     error, called at error_in_lazy_list.hs:4:19 in main:Main
-- expect runtime error: trap
-- expect exit: 1
