-- Show (a, b) is "(" ++ show x ++ ", " ++ show y ++ ")" (libs/prelude/Prelude/Show.idr); a nested
-- pair (a, b, c) is (a, (b, c)) and shows as such.
-- expect: (1, "one")
-- expect: (True, (2, 'c'))
-- expect: (Just 3, [4])
main : IO ()
main = do
  printLn (the Integer 1, "one")
  printLn (True, the Integer 2, 'c')
  printLn (Just (the Integer 3), the (List Integer) [4])
