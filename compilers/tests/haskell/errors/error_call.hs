-- error stops the program with its message.
checkedDiv :: Int -> Int -> Int
checkedDiv _ 0 = error "checkedDiv: division by zero"
checkedDiv a b = a `div` b

main :: IO ()
main = do
  print (checkedDiv 10 2)
  print (checkedDiv 1 0)
  putStrLn "not reached"
-- expect: 5
-- GHC reports on stderr (`ghc -o prog error_call.hs`); this compiler writes the same:
--   prog: checkedDiv: division by zero
--   CallStack (from HasCallStack):
--     error, called at error_call.hs:3:18 in main:Main
-- expect runtime error: trap
-- expect exit: 1
